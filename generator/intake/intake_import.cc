#include "intake/intake_import.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/dutch_format.h"
#include "intake/intake_workbook.h"
#include "load/submission_loader.h"

namespace mtvp::intake {
namespace {

std::string Trim(std::string s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && ws(s.back())) s.pop_back();
  size_t i = 0;
  while (i < s.size() && ws(s[i])) ++i;
  return s.substr(i);
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

/// What a practice sees of a cell in a message: its text, quoted, cut short.
std::string Shown(const XlsxCell& c) {
  std::string t = c.kind == XlsxCell::Kind::kNumber ? FormatGetal(c.number)
                  : c.kind == XlsxCell::Kind::kBool ? JaNee(c.boolean)
                                                    : c.text;
  if (t.size() > 40) t = t.substr(0, 40) + "…";
  return "\"" + t + "\"";
}

bool IsEmpty(const XlsxCell* c) { return !c || (c->kind == XlsxCell::Kind::kText && Trim(c->text).empty()); }

/// "HA-1; HA-2 ;POH-1" -> ["HA-1", "HA-2", "POH-1"] (empty parts dropped).
Json SplitPseudoniemen(const std::string& t) {
  Json names = Json::array();
  size_t start = 0;
  while (start <= t.size()) {
    const size_t semi = t.find(';', start);
    const std::string name = Trim(t.substr(start, semi == std::string::npos ? std::string::npos : semi - start));
    if (!name.empty()) names.push_back(name);
    if (semi == std::string::npos) break;
    start = semi + 1;
  }
  return names;
}

class Reader {
 public:
  Reader(const XlsxWorkbook& wb, WerkboekInzending* out) : wb_(wb), out_(out) {}

  void Fout(const XlsxSheet& s, int row, int col, const std::string& what) {
    out_->fouten.push_back(s.name + "!" + CellRef(row, col) + ": " + what);
  }
  void Waarschuwing(const XlsxSheet& s, int row, int col, const std::string& what) {
    out_->waarschuwingen.push_back(s.name + "!" + CellRef(row, col) + ": " + what);
  }

  std::string Text(const XlsxCell* c) {
    if (!c) return "";
    if (c->kind == XlsxCell::Kind::kNumber) return FormatGetal(c->number) == c->text ? c->text : FormatGetal(c->number);
    if (c->kind == XlsxCell::Kind::kBool) return JaNee(c->boolean);
    return c->text;
  }

  /// A number ≥ 0 (whole when `integer`), from a number cell or text such as
  /// "20", "20,0", "2,5".
  std::optional<double> Number(const XlsxSheet& s, int row, int col, bool integer) {
    const XlsxCell* c = s.At(row, col);
    if (IsEmpty(c)) return std::nullopt;
    double v = 0;
    bool ok = false;
    if (c->kind == XlsxCell::Kind::kNumber) {
      v = c->number;
      ok = true;
    } else if (c->kind == XlsxCell::Kind::kText) {
      std::string t = Trim(c->text);
      std::replace(t.begin(), t.end(), ',', '.');
      char* end = nullptr;
      if (!t.empty() && t.find_first_not_of("0123456789.-+") == std::string::npos) {
        v = std::strtod(t.c_str(), &end);
        ok = end == t.c_str() + t.size() && std::isfinite(v);
      }
    }
    if (!ok) {
      Fout(s, row, col, Shown(*c) + (integer ? " is geen geheel getal" : " is geen getal"));
      return std::nullopt;
    }
    if (integer && v != std::floor(v)) {
      Fout(s, row, col, Shown(*c) + " is geen geheel getal");
      return std::nullopt;
    }
    if (v < 0) {
      Fout(s, row, col, Shown(*c) + " is kleiner dan 0");
      return std::nullopt;
    }
    if (v > 1e9) {
      Fout(s, row, col, Shown(*c) + " is onwaarschijnlijk groot");
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> JaNeeCell(const XlsxSheet& s, int row, int col) {
    const XlsxCell* c = s.At(row, col);
    if (IsEmpty(c)) return std::nullopt;
    if (c->kind == XlsxCell::Kind::kBool) return c->boolean;
    const std::string t = Lower(Trim(Text(c)));
    if (t == "ja" || t == "waar" || t == "true") return true;
    if (t == "nee" || t == "onwaar" || t == "false") return false;
    Fout(s, row, col, Shown(*c) + " is geen ja of nee");
    return std::nullopt;
  }

  std::optional<Date> DateCell(const XlsxSheet& s, int row, int col) {
    const XlsxCell* c = s.At(row, col);
    if (IsEmpty(c)) return std::nullopt;
    if (c->kind == XlsxCell::Kind::kNumber) {
      if (auto d = SerialToDate(c->number, wb_.date1904)) return d;
    } else if (c->kind == XlsxCell::Kind::kText) {
      const std::string t = Trim(c->text);
      if (auto d = Date::Parse(t.substr(0, 10)); d && (t.size() == 10 || t[10] == 'T' || t[10] == ' ')) return d;
      // dd-mm-jjjj or d-m-jjjj, with - / or .
      int dd = 0, mm = 0, yy = 0;
      char s1 = 0, s2 = 0;
      if (std::sscanf(t.c_str(), "%2d%c%2d%c%4d", &dd, &s1, &mm, &s2, &yy) == 5 && s1 == s2 &&
          (s1 == '-' || s1 == '/' || s1 == '.')) {
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", yy, mm, dd);
        if (auto d = Date::Parse(iso)) return d;
      }
    }
    Fout(s, row, col, Shown(*c) + " is geen datum; vul een datum in als 15-03-2025");
    return std::nullopt;
  }

  /// Rows of `sheet` by key in column A: key -> row. Duplicate keys are errors.
  std::map<std::string, int> Keys(const XlsxSheet& s, const std::string& prefix, std::vector<int>* unkeyed_with_input,
                                  int first_col, int last_col) {
    std::map<std::string, int> rows;
    std::set<int> keyed;
    for (const auto& [rc, cell] : s.cells) {
      if (rc.second != 1 || cell.kind != XlsxCell::Kind::kText) continue;
      const std::string& key = cell.text;
      if (!key.starts_with(prefix)) continue;
      keyed.insert(rc.first);
      const auto [it, inserted] = rows.emplace(key.substr(prefix.size()), rc.first);
      if (!inserted) {
        Fout(s, rc.first, 1,
             "deze rij staat twee keer in het werkboek (ook rij " + std::to_string(it->second) +
                 "); verwijder de kopie");
      }
    }
    if (unkeyed_with_input) {
      for (const auto& [rc, cell] : s.cells) {
        if (rc.first <= 1 || keyed.count(rc.first) || rc.second < first_col || rc.second > last_col) continue;
        if (IsEmpty(&cell)) continue;
        if (unkeyed_with_input->empty() || unkeyed_with_input->back() != rc.first)
          unkeyed_with_input->push_back(rc.first);
      }
    }
    return rows;
  }

 private:
  const XlsxWorkbook& wb_;
  WerkboekInzending* out_;
};

std::string Marker(const XlsxSheet& s, const std::string& key) {
  for (int r = 1; r <= std::min(s.MaxRow(), 50); ++r) {
    const XlsxCell* k = s.At(r, 1);
    const XlsxCell* v = s.At(r, 2);
    if (k && k->kind == XlsxCell::Kind::kText && k->text == key) {
      if (!v) return "";
      return v->kind == XlsxCell::Kind::kNumber ? FormatGetal(v->number) : v->text;
    }
  }
  return "";
}

// Every sheet must be there under its own name; a missing one is a fout
// that names the sheet it may have been renamed to.
std::map<std::string, const XlsxSheet*> FindSheets(const XlsxWorkbook& wb, WerkboekInzending* out) {
  std::vector<std::string> onbekend;
  for (const XlsxSheet& s : wb.sheets) {
    if (s.name != "Uitleg" && s.name != kMarkerSheet && s.name != kPraktijkSheet && s.name != kPersoneelSheet &&
        s.name != kInterventiesSheet && s.name != kCijfersSheet && s.name != kIntervisieSheet) {
      onbekend.push_back(s.name);
    }
  }
  std::map<std::string, const XlsxSheet*> sheets;
  for (const char* naam : {kPraktijkSheet, kPersoneelSheet, kInterventiesSheet, kCijfersSheet, kIntervisieSheet}) {
    const XlsxSheet* s = wb.Find(naam);
    if (!s) {
      std::string msg = "het werkblad \"" + std::string(naam) + "\" ontbreekt";
      if (!onbekend.empty()) msg += "; is het hernoemd tot \"" + onbekend.front() + "\"?";
      out->fouten.push_back(msg + " Geef het zijn oorspronkelijke naam terug");
      continue;
    }
    sheets[naam] = s;
  }
  return sheets;
}

// Reads the sheets of an intake workbook into the submission `doc`, with
// every fout and waarschuwing in `out`; one function per sheet, called in
// sheet order so the messages come in that order.
struct WerkboekLezer {
  Reader& rd;
  WerkboekInzending& out;
  const Regioplan& plan;
  const Praktijk& praktijk;
  const std::string& jaar_text;
  const Periode& periode;
  Json& doc;

  /// The rows of `s` keyed `prefix…`; a row without a key but with input
  /// in columns first..last is a fout (inserted by the practice).
  std::map<std::string, int> KeyedRows(const XlsxSheet& s, const std::string& prefix, int first, int last);
  void CheckPraktijkFacts(const XlsxSheet& ps);
  void ReadToelichting(const XlsxSheet& ps);
  void ReadPersoneel(const XlsxSheet& s);
  void ReadInterventies(const XlsxSheet& s);
  void ReadCijfers(const XlsxSheet& s);
  void ReadIntervisie(const XlsxSheet& s);
};

std::map<std::string, int> WerkboekLezer::KeyedRows(const XlsxSheet& s, const std::string& prefix, int first,
                                                    int last) {
  std::vector<int> loose;
  std::map<std::string, int> keys = rd.Keys(s, prefix, &loose, first, last);
  for (int r : loose) {
    rd.Fout(s, r, first, "deze rij hoort niet bij het werkboek (ingevoegd?); vul alleen de gele cellen in");
  }
  return keys;
}

// The facts on the practice sheet must be this practice's.
void WerkboekLezer::CheckPraktijkFacts(const XlsxSheet& ps) {
  for (int r = 2; r <= ps.MaxRow(); ++r) {
    const XlsxCell* label = ps.At(r, 2);
    if (!label || label->kind != XlsxCell::Kind::kText) continue;
    if (label->text == "AGB-code" && rd.Text(ps.At(r, 3)) != out.agb) {
      rd.Fout(ps, r, 3,
              "AGB-code " + rd.Text(ps.At(r, 3)) + " is niet die van het werkboek (" + out.agb +
                  "); dit blad komt uit het werkboek van een andere praktijk");
    }
    if (label->text == "Programmajaar" && rd.Text(ps.At(r, 3)) != jaar_text) {
      rd.Fout(ps, r, 3,
              "programmajaar " + rd.Text(ps.At(r, 3)) + " is niet dat van het werkboek (" + jaar_text +
                  "); dit blad komt uit een ander werkboek");
    }
  }
}

// The practice's toelichting, when it wrote one.
void WerkboekLezer::ReadToelichting(const XlsxSheet& ps) {
  const auto keys = rd.Keys(ps, "toelichting", nullptr, 0, 0);
  if (const auto it = keys.find(""); it != keys.end()) {
    const std::string t = rd.Text(ps.At(it->second, 3));
    if (!Trim(t).empty()) doc["toelichting"] = t;
  }
}

// Staff, and which intervisie participants are huisartsen.
void WerkboekLezer::ReadPersoneel(const XlsxSheet& s) {
  const auto keys = KeyedRows(s, "personeel:", 3, 3);
  Json personeel = Json::object();
  for (const auto& [rol, row] : keys) {
    if (!plan.FindRol(rol)) {
      rd.Fout(s, row, 1, "onbekende functie \"" + rol + "\"; deze rij komt niet uit dit werkboek");
      continue;
    }
    if (const auto v = rd.Number(s, row, 3, true)) personeel[rol] = static_cast<long>(*v);
    if (rol == "huisarts") {
      // The pseudonyms of the huisartsen among the intervisie participants.
      Json namen = SplitPseudoniemen(rd.Text(s.At(row, 4)));
      if (!namen.empty()) doc["huisartsen"] = namen;
    }
  }
  for (const Rol& rol : plan.rollen) {
    if (!keys.count(rol.id)) {
      out.waarschuwingen.push_back(s.name + ": de rij van " + rol.label +
                                   " ontbreekt (verwijderd?); geteld als niet ingevuld");
    }
  }
  doc["personeel"] = personeel;
}

// Interventions.
void WerkboekLezer::ReadInterventies(const XlsxSheet& s) {
  const auto keys = KeyedRows(s, "interventie:", 4, 6);
  std::vector<std::pair<int, std::string>> by_row;
  for (const auto& [id, row] : keys) by_row.emplace_back(row, id);
  std::sort(by_row.begin(), by_row.end());
  Json list = Json::array();
  for (const auto& [row, id] : by_row) {
    const Interventie* iv = plan.FindInterventie(id);
    if (!iv) {
      rd.Fout(s, row, 1, "onbekende interventie \"" + id + "\"; deze rij komt niet uit dit werkboek");
      continue;
    }
    const std::string status = Lower(Trim(rd.Text(s.At(row, 4))));
    if (status.empty() || status == "niet gekozen") {
      if (!IsEmpty(s.At(row, 6)) || !IsEmpty(s.At(row, 5))) {
        rd.Waarschuwing(
            s, row, 4,
            "\"" + iv->naam + "\" heeft geen status, maar wel een onderbouwing of jaar; telt als niet gekozen");
      }
      continue;
    }
    if (status != "nieuw" && status != "voortgezet" && status != "doorontwikkeling" && status != "gestopt") {
      rd.Fout(
          s, row, 4,
          Shown(*s.At(row, 4)) + " is geen status; kies niet gekozen, nieuw, voortgezet, doorontwikkeling of gestopt");
      continue;
    }
    Json item = {{"id", id}, {"status", status}};
    if (const auto sinds = rd.Number(s, row, 5, true)) {
      if (*sinds < 1 || *sinds > out.jaar) {
        rd.Fout(s, row, 5, FormatGetal(*sinds) + " is geen programmajaar van 1 tot en met " + jaar_text);
      } else {
        item["sinds_jaar"] = static_cast<int>(*sinds);
      }
    }
    const std::string onderbouwing = rd.Text(s.At(row, 6));
    if (!Trim(onderbouwing).empty()) item["onderbouwing"] = onderbouwing;
    list.push_back(item);
  }
  for (const Interventie* iv : KiesbareInterventies(plan, praktijk, out.jaar)) {
    if (!keys.count(iv->id)) {
      out.waarschuwingen.push_back(s.name + ": de rij van \"" + iv->naam +
                                   "\" ontbreekt (verwijderd?); geteld als niet gekozen");
    }
  }
  doc["interventies"] = list;
}

// Figures.
void WerkboekLezer::ReadCijfers(const XlsxSheet& s) {
  const auto keys = KeyedRows(s, "metriek:", 3, 3);
  Json waarden = Json::object();
  for (const auto& [id, row] : keys) {
    const Metriek* m = plan.FindMetriek(id);
    if (!m) {
      rd.Fout(s, row, 1, "onbekend cijfer \"" + id + "\"; deze rij komt niet uit dit werkboek");
      continue;
    }
    if (m->type == MetriekType::kJaNee) {
      if (const auto v = rd.JaNeeCell(s, row, 3)) waarden[id] = *v;
    } else if (const auto v = rd.Number(s, row, 3, m->type == MetriekType::kGeheelGetal)) {
      if (m->type == MetriekType::kGeheelGetal) {
        waarden[id] = static_cast<long>(*v);
      } else {
        waarden[id] = *v;
      }
    }
  }
  doc["waarden"] = waarden;
}

// Intervisie: every row below the header with anything in C..F, with or
// without a key (rows the practice inserted count too).
void WerkboekLezer::ReadIntervisie(const XlsxSheet& s) {
  Json list = Json::array();
  for (int row = 2; row <= s.MaxRow(); ++row) {
    if (IsEmpty(s.At(row, 3)) && IsEmpty(s.At(row, 4)) && IsEmpty(s.At(row, 5)) && IsEmpty(s.At(row, 6)) &&
        IsEmpty(s.At(row, 7)) && IsEmpty(s.At(row, 8))) {
      continue;
    }
    const XlsxCell* key = s.At(row, 1);
    if (key && key->kind == XlsxCell::Kind::kText && !key->text.empty() && key->text != "bijeenkomst") continue;
    Json b = Json::object();
    const size_t before = out.fouten.size();
    const auto datum = rd.DateCell(s, row, 3);
    if (datum) {
      b["datum"] = datum->Iso();
      if (!periode.Contains(*datum)) {
        rd.Waarschuwing(s, row, 3,
                        datum->Dutch() + " valt buiten programmajaar " + jaar_text + " (" + periode.van.Dutch() +
                            " tot en met " + periode.tot.Dutch() + ")");
      }
    } else if (out.fouten.size() == before) {
      rd.Fout(s, row, 3, "vul de datum van de bijeenkomst in");
    }
    const std::string soort = Trim(rd.Text(s.At(row, 4)));
    if (soort.empty()) {
      rd.Fout(s, row, 4, "vul de soort bijeenkomst in");
    } else {
      b["soort"] = soort;
    }
    if (const auto duur = rd.Number(s, row, 5, true)) b["duur_minuten"] = static_cast<long>(*duur);
    const XlsxCell* dc = s.At(row, 6);
    if (IsEmpty(dc)) {
      rd.Fout(s, row, 6, "vul het aantal deelnemers in, of hun pseudoniemen gescheiden door ;");
    } else if (dc->kind == XlsxCell::Kind::kNumber ||
               Trim(dc->text).find_first_not_of("0123456789") == std::string::npos) {
      if (const auto n = rd.Number(s, row, 6, true)) b["deelnemers"] = static_cast<long>(*n);
    } else {
      b["deelnemers"] = SplitPseudoniemen(dc->text);
    }
    for (const auto& [col, veld] : {std::pair<int, const char*>{7, "onderwerp"}, {8, "toelichting"}}) {
      const std::string t = Trim(rd.Text(s.At(row, col)));
      if (!t.empty()) b[veld] = t;
    }
    list.push_back(b);
  }
  doc["intervisie"] = list;
}

}  // namespace

WerkboekInzending ReadUitvraagWerkboek(const XlsxWorkbook& wb, const Regioplan& plan,
                                       const std::vector<Praktijk>& praktijken, std::optional<Date> ontvangen_op,
                                       const Date& vandaag) {
  WerkboekInzending out;
  Reader rd(wb, &out);
  const XlsxSheet* marker = wb.Find(kMarkerSheet);
  if (!marker || Marker(*marker, "formaat").empty()) {
    out.fouten.push_back("dit is geen uitvraag-werkboek van mtvp-monitor (het verborgen blad \"" +
                         std::string(kMarkerSheet) +
                         "\" ontbreekt); vul het werkboek in dat `mtvp-monitor uitvraag` maakte");
    return out;
  }
  if (const std::string f = Marker(*marker, "formaat"); f != kUitvraagFormaat) {
    out.fouten.push_back("onbekend werkboekformaat \"" + f + "\"; verwacht " + kUitvraagFormaat);
    return out;
  }
  if (const std::string regio = Marker(*marker, "regio"); regio != plan.regio) {
    out.fouten.push_back("dit werkboek hoort bij regio \"" + regio + "\", niet bij " + plan.regio +
                         "; importeer het in de map van die regio");
    return out;
  }
  out.agb = Marker(*marker, "agb");
  const auto pit =
      std::find_if(praktijken.begin(), praktijken.end(), [&](const Praktijk& p) { return p.agb == out.agb; });
  if (pit == praktijken.end()) {
    out.fouten.push_back("AGB-code \"" + out.agb + "\" van dit werkboek staat niet in praktijken.json");
    return out;
  }
  const Praktijk& praktijk = *pit;
  const std::string jaar_text = Marker(*marker, "programmajaar");
  if (jaar_text != "1" && jaar_text != "2" && jaar_text != "3") {
    out.fouten.push_back("programmajaar \"" + jaar_text + "\" in het werkboek is geen 1, 2 of 3");
    return out;
  }
  out.jaar = jaar_text[0] - '0';
  const Cohort* cohort = plan.FindCohort(praktijk.cohort);
  if (!cohort) {
    out.fouten.push_back("cohort \"" + praktijk.cohort + "\" van praktijk " + out.agb + " staat niet in het regioplan");
    return out;
  }
  const Periode periode = ProgrammeYear(cohort->start, out.jaar);

  std::map<std::string, const XlsxSheet*> sheets = FindSheets(wb, &out);
  if (sheets.size() < 5) return out;
  const XlsxSheet& ps = *sheets[kPraktijkSheet];
  Json doc = Json::object();
  WerkboekLezer lezer{rd, out, plan, praktijk, jaar_text, periode, doc};
  lezer.CheckPraktijkFacts(ps);

  doc["formaat"] = kInzendingFormaat;
  doc["agb"] = out.agb;
  doc["programmajaar"] = out.jaar;
  doc["periode"] = {{"van", periode.van.Iso()}, {"tot", periode.tot.Iso()}};
  Date ingediend = vandaag;
  if (ontvangen_op) {
    ingediend = *ontvangen_op;
  } else if (auto kept = Date::Parse(Marker(*marker, "ingediend_op"))) {
    ingediend = *kept;
  }
  doc["ingediend_op"] = ingediend.Iso();

  lezer.ReadToelichting(ps);
  lezer.ReadPersoneel(*sheets[kPersoneelSheet]);
  lezer.ReadInterventies(*sheets[kInterventiesSheet]);
  lezer.ReadCijfers(*sheets[kCijfersSheet]);
  lezer.ReadIntervisie(*sheets[kIntervisieSheet]);
  if (out.fouten.empty()) out.inzending = std::move(doc);
  return out;
}

}  // namespace mtvp::intake
