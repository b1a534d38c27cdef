#include "intake/intake_workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>

#include "base/dutch_format.h"
#include "intake/xlsx_reader.h"
#include "render/xlsx/library_guard.h"
#include "rules/interventie_keuzes.h"

namespace mtvp::intake {
namespace {

constexpr lxw_col_t kKey = 0;

lxw_datetime ToLxw(const Date& d) { return lxw_datetime{d.year, d.month, d.day, 0, 0, 0}; }

struct Formats {
  lxw_format* titel;
  lxw_format* kop;
  lxw_format* label;
  lxw_format* tekst;
  lxw_format* datum;
  lxw_format* invoer;
  lxw_format* invoer_datum;
  lxw_format* invoer_tekst;
};

/// Column widths from column B on (A holds the hidden keys).
void Widths(lxw_worksheet* ws, std::initializer_list<double> widths) {
  lxw_col_t col = 1;
  for (double w : widths) {
    worksheet_set_column(ws, col, col, w, nullptr);
    ++col;
  }
}

/// The sheets' common set-up: protected (labels locked, input unlocked),
/// the key column hidden, A4 landscape, header row frozen and repeated.
void SetUp(lxw_worksheet* ws, lxw_row_t header_row) {
  lxw_row_col_options hidden{};
  hidden.hidden = LXW_TRUE;
  worksheet_set_column_opt(ws, kKey, kKey, 12, nullptr, &hidden);
  worksheet_freeze_panes(ws, header_row + 1, 0);
  worksheet_repeat_rows(ws, header_row, header_row);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  lxw_protection protection{};
  protection.no_select_locked_cells = LXW_FALSE;
  protection.format_columns = LXW_TRUE;
  protection.format_rows = LXW_TRUE;
  worksheet_protect(ws, nullptr, &protection);
}

void Header(lxw_worksheet* ws, lxw_row_t row, const std::vector<std::string>& heads, const Formats& f) {
  worksheet_write_string(ws, row, kKey, "sleutel", f.kop);
  for (size_t i = 0; i < heads.size(); ++i) {
    worksheet_write_string(ws, row, static_cast<lxw_col_t>(i + 1), heads[i].c_str(), f.kop);
  }
}

void Str(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f) {
  worksheet_write_string(ws, r, c, s.c_str(), f);
}

void WholeNumberValidation(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, bool integer, const char* title) {
  lxw_data_validation v{};
  v.validate = integer ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
  v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
  v.value_number = 0;
  v.error_title = const_cast<char*>(title);
  v.error_message =
      const_cast<char*>(integer ? "Vul een geheel getal van 0 of meer in." : "Vul een getal van 0 of meer in.");
  worksheet_data_validation_cell(ws, r, c, &v);
}

void ListValidation(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::vector<std::string>& items, bool strict) {
  std::vector<char*> list;
  for (const std::string& s : items) list.push_back(const_cast<char*>(s.c_str()));
  list.push_back(nullptr);
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  v.error_type = strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_INFORMATION;
  v.error_title = const_cast<char*>("Kies uit de lijst");
  v.error_message = const_cast<char*>("Kies een waarde uit de lijst.");
  worksheet_data_validation_cell(ws, r, c, &v);
}

/// The metrics a voorwaarde needs, with the requirement worked out.
void CollectMetrics(const Regel& r, const Praktijk& p, const Regioplan& plan,
                    std::vector<std::pair<std::string, std::string>>* out) {
  auto add = [out](const std::string& metriek, const std::string& eis) {
    for (const auto& [m, e] : *out) {
      if (m == metriek) return;
    }
    out->emplace_back(metriek, eis);
  };
  switch (r.soort) {
    case Soort::kMinimaal:
      if (r.per_normpraktijk) {
        add(r.metriek, "minimaal " + FormatGetal(r.waarde * p.normpraktijken) + ": " + FormatGetal(r.waarde) +
                           " per normpraktijk × " + FormatGetal(p.normpraktijken));
      } else if (!r.per_metriek.empty()) {
        // The figure the requirement scales with is asked first.
        const Metriek* pm = plan.FindMetriek(r.per_metriek);
        const std::string label = pm ? pm->label : r.per_metriek;
        add(r.per_metriek, "nodig voor: " + r.omschrijving);
        add(r.metriek, "minimaal " + FormatGetal(r.waarde) + " per " + label);
      } else {
        add(r.metriek, "minimaal " + FormatGetal(r.waarde));
      }
      break;
    case Soort::kMaximaal: add(r.metriek, "hoogstens " + FormatGetal(r.waarde)); break;
    case Soort::kAandeel:
      add(r.metriek, "minimaal " + FormatPercentage(r.waarde) + " van " +
                         (r.rol == "alle" ? std::string("al het personeel") : "de " + plan.RolLabel(r.rol)));
      break;
    case Soort::kJaNee: add(r.metriek, "ja"); break;
    case Soort::kEenVan:
      for (const Regel& o : r.opties) CollectMetrics(o, p, plan, out);
      break;
    // The other kinds ask no figure of the Cijfers sheet: they judge the
    // interventions, the intervisie sessions or the registry's facts, which
    // have sheets (or the register) of their own.
    case Soort::kMinInterventies:
    case Soort::kMinNieuw:
    case Soort::kVorigeVoortgezet:
    case Soort::kMinVoortgezet:
    case Soort::kMinDoorontwikkeling:
    case Soort::kNieuwOfDoorontwikkeling:
    case Soort::kOnderbouwingBijDoorontwikkeling:
    case Soort::kNooitEnige:
    case Soort::kInterventieVerplicht:
    case Soort::kPerHuisarts:
    case Soort::kUitwisselbijeenkomsten:
    case Soort::kMinBijeenkomsten:
    case Soort::kElkKwartaal:
    case Soort::kVrijeVorm:
    case Soort::kKoptarief: break;
  }
  if (r.ontheffing) add(r.ontheffing->metriek, "ja als: " + r.ontheffing->omschrijving);
}

/// A row tall enough for its wrapped texts: libxlsxwriter does not size
/// rows, and spreadsheets do not resize them when opening a file.
void FitRow(lxw_worksheet* ws, lxw_row_t r, const std::vector<std::pair<std::string, double>>& texts) {
  size_t lines = 1;
  for (const auto& [text, width] : texts) {
    size_t chars = 0, n = 1;
    for (unsigned char c : text) {
      if (c == '\n') {
        ++n;
        chars = 0;
      } else if ((c & 0xC0) != 0x80 && ++chars > static_cast<size_t>(width * 1.1)) {
        ++n;
        chars = 0;
      }
    }
    lines = std::max(lines, n);
  }
  if (lines > 1) worksheet_set_row(ws, r, 15.0 * static_cast<double>(lines), nullptr);
}

bool Actief(InterventieStatus s) { return s != InterventieStatus::kGestopt; }

// The cell formats of an intake workbook: yellow, unlocked input cells.
Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  f.titel = xlsx::Need(workbook_add_format(wb));
  format_set_bold(f.titel);
  format_set_font_size(f.titel, 14);
  f.kop = xlsx::Need(workbook_add_format(wb));
  format_set_bold(f.kop);
  format_set_bg_color(f.kop, 0xD9E1F2);
  format_set_bottom(f.kop, LXW_BORDER_THIN);
  format_set_text_wrap(f.kop);
  f.label = xlsx::Need(workbook_add_format(wb));
  format_set_bold(f.label);
  f.tekst = xlsx::Need(workbook_add_format(wb));
  format_set_text_wrap(f.tekst);
  format_set_align(f.tekst, LXW_ALIGN_VERTICAL_TOP);
  f.datum = xlsx::Need(workbook_add_format(wb));
  format_set_num_format(f.datum, "dd-mm-yyyy");
  format_set_align(f.datum, LXW_ALIGN_LEFT);
  auto input = [](lxw_format* fmt) {
    format_set_unlocked(fmt);
    format_set_bg_color(fmt, 0xFFF2CC);
    format_set_border(fmt, LXW_BORDER_THIN);
    format_set_border_color(fmt, 0xBF9000);
    return fmt;
  };
  f.invoer = input(xlsx::Need(workbook_add_format(wb)));
  f.invoer_datum = input(xlsx::Need(workbook_add_format(wb)));
  format_set_num_format(f.invoer_datum, "dd-mm-yyyy");
  format_set_align(f.invoer_datum, LXW_ALIGN_LEFT);
  f.invoer_tekst = input(xlsx::Need(workbook_add_format(wb)));
  format_set_text_wrap(f.invoer_tekst);
  format_set_num_format(f.invoer_tekst, "@");
  return f;
}

// The sheets of one intake workbook, each written by its own function, in
// sheet order.
struct UitvraagSheets {
  lxw_workbook* wb;
  const Formats& f;
  const UitvraagInput& in;
  const Regioplan& plan;
  const Praktijk& p;
  const Inzending* bron;    // the submission sent back, or null
  const Inzending* vorige;  // last programme year's submission, or null

  void WriteUitleg(const std::string& titel) const;
  void WritePraktijk() const;
  void WritePersoneel() const;
  std::vector<const Interventie*> InterventieRijen() const;
  void WriteInterventies(const std::vector<const Interventie*>& rows) const;
  void WriteCijfers(const std::vector<const Interventie*>& rows) const;
  void WriteIntervisie() const;
  void WriteMarker() const;
};

// Sheet 1: the letter to the practice.
void UitvraagSheets::WriteUitleg(const std::string& titel) const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, "Uitleg")));
  worksheet_set_column(ws, 0, 0, 85, f.tekst);
  worksheet_set_paper(ws, 9);
  worksheet_fit_to_pages(ws, 1, 0);
  lxw_row_t r = 0;
  Str(ws, r++, 0, titel, f.titel);
  r++;
  const Date deadline = in.periode.tot.AddDays(plan.inzendtermijn_dagen);
  std::vector<std::string> lines = {
      "Beste " + p.naam + ",",
      "",
      "Met dit werkboek legt u verantwoording af over programmajaar " + std::to_string(in.jaar) + " van " +
          plan.programma + ": de periode van " + in.periode.van.Dutch() + " tot en met " + in.periode.tot.Dutch() + ".",
      "U vult alleen de gele cellen in; de andere cellen zijn vergrendeld. Voeg geen werkbladen toe en hernoem "
      "ze niet. Rijen van de intervisie mag u leeg laten.",
      "Stuur het ingevulde werkboek uiterlijk " + deadline.Dutch() + " terug" +
          (plan.contact ? " naar " + plan.contact->naam +
                              (plan.contact->organisatie.empty() ? "" : " (" + plan.contact->organisatie + ")") + ", " +
                              plan.contact->email +
                              (plan.contact->telefoon.empty() ? "" : ", telefoon " + plan.contact->telefoon)
                        : std::string(" naar ") + plan.rho) +
          ".",
      "",
      "Wat u invult:",
      "- Praktijk: uw gegevens (vastgezet) en ruimte voor een toelichting.",
      "- Personeel: het aantal personen per functie in dit programmajaar (geen namen).",
      "- Interventies: per interventie die u dit jaar kunt kiezen de status: niet gekozen, nieuw, voortgezet, "
      "doorontwikkeling of gestopt; bij doorontwikkeling een onderbouwing.",
      "- Cijfers: de cijfers die bij uw gekozen interventies horen, met wat er van u gevraagd wordt.",
      "- Intervisie: elke bijeenkomst op een eigen rij: datum, soort, duur en deelnemers (een aantal, of "
      "pseudoniemen gescheiden door ;, nooit namen).",
      "",
      "Wat het groeimodel in programmajaar " + std::to_string(in.jaar) + " van u vraagt:",
  };
  for (const Kernelement& k : plan.kernelementen) {
    const auto it = k.groeimodel.find(in.jaar);
    if (it == k.groeimodel.end()) continue;
    for (const Regel& g : it->second) {
      if (!RegelGeldtVoor(g, p) || g.ernst == Ernst::kInfo) continue;
      lines.push_back("- " + k.naam + ": " + g.omschrijving + (g.ernst == Ernst::kAdvies ? " (advies)" : ""));
    }
  }
  if (const auto it = plan.intervisie.find(in.jaar); it != plan.intervisie.end()) {
    for (const Regel& g : it->second) {
      if (!RegelGeldtVoor(g, p) || g.ernst == Ernst::kInfo) continue;
      lines.push_back("- Intervisie: " + g.omschrijving + (g.ernst == Ernst::kAdvies ? " (advies)" : ""));
    }
  }
  if (plan.contact && !plan.contact->bezwaar.empty()) {
    lines.push_back("");
    lines.push_back("Bezwaar tegen het oordeel: " + plan.contact->bezwaar);
  }
  for (const std::string& l : lines) {
    FitRow(ws, r, {{l, 80}});
    Str(ws, r++, 0, l, f.tekst);
  }
  worksheet_protect(ws, nullptr, nullptr);
}

// Sheet 2: the practice's facts, locked, and its toelichting.
void UitvraagSheets::WritePraktijk() const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kPraktijkSheet)));
  Header(ws, 0, {"Gegeven", "Waarde"}, f);
  Widths(ws, {28, 60});
  const Cohort* cohort = plan.FindCohort(p.cohort);
  const std::vector<std::pair<std::string, std::string>> facts = {
      {"AGB-code", p.agb},
      {"Naam", p.naam},
      {"Cohort", cohort ? cohort->naam : p.cohort},
      {"Programmajaar", std::to_string(in.jaar)},
      {"Periode", in.periode.van.Dutch() + " tot en met " + in.periode.tot.Dutch()},
      {"Normpraktijken", FormatGetal(p.normpraktijken)},
      {"Subregio", p.subregio.empty() ? "geen" : p.subregio},
  };
  lxw_row_t r = 1;
  for (const auto& [label, value] : facts) {
    Str(ws, r, 1, label, f.label);
    Str(ws, r++, 2, value, nullptr);
  }
  Str(ws, r, kKey, "toelichting", nullptr);
  Str(ws, r, 1, "Toelichting (vrij)", f.label);
  Str(ws, r, 2, bron ? bron->toelichting : "", f.invoer_tekst);
  worksheet_set_row(ws, r, 90, nullptr);
  SetUp(ws, 0);
}

// Sheet 3: staff per role.
void UitvraagSheets::WritePersoneel() const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kPersoneelSheet)));
  Header(ws, 0, {"Functie", "Aantal personen", "Pseudoniemen bij intervisie (alleen huisartsen, gescheiden door ;)"},
         f);
  Widths(ws, {30, 18, 40});
  const Inzending* staff = bron ? bron : vorige;
  lxw_row_t r = 1;
  for (const Rol& rol : plan.rollen) {
    Str(ws, r, kKey, "personeel:" + rol.id, nullptr);
    Str(ws, r, 1, rol.label, nullptr);
    if (staff && staff->personeel.count(rol.id)) {
      worksheet_write_number(ws, r, 2, staff->Personeel(rol.id), f.invoer);
    } else {
      worksheet_write_blank(ws, r, 2, f.invoer);
    }
    WholeNumberValidation(ws, r, 2, true, "Aantal personen");
    // Which intervisie participants are huisartsen: only their attendance
    // counts for intervisie per huisarts (HOOG: POH and DA need not take part).
    if (rol.id == "huisarts") {
      std::string namen;
      if (bron) {
        for (const std::string& h : bron->huisartsen) namen += (namen.empty() ? "" : "; ") + h;
      }
      if (namen.empty()) {
        worksheet_write_blank(ws, r, 3, f.invoer_tekst);
      } else {
        Str(ws, r, 3, namen, f.invoer_tekst);
      }
    }
    ++r;
  }
  SetUp(ws, 0);
}

// The rows of the interventions sheet: choosable ones, plus any the
// submission lists that are not (so it reads back as it was).
std::vector<const Interventie*> UitvraagSheets::InterventieRijen() const {
  std::vector<const Interventie*> rows = KiesbareInterventies(plan, p, in.jaar);
  if (bron) {
    for (const GekozenInterventie& g : bron->interventies) {
      const Interventie* iv = plan.FindInterventie(g.id);
      if (iv && std::find(rows.begin(), rows.end(), iv) == rows.end()) rows.push_back(iv);
    }
  }
  // Kernelement order, then plan order. A submission sent back lists its own
  // choices first, in its order, so it reads back as the same file.
  std::map<std::string, size_t> ke_order;
  for (size_t i = 0; i < plan.kernelementen.size(); ++i) ke_order[plan.kernelementen[i].id] = i;
  std::map<const Interventie*, size_t> in_bron;
  if (bron) {
    for (const GekozenInterventie& g : bron->interventies) in_bron.emplace(plan.FindInterventie(g.id), in_bron.size());
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const Interventie* a, const Interventie* b) {
    const auto ia = in_bron.find(a), ib = in_bron.find(b);
    if ((ia != in_bron.end()) != (ib != in_bron.end())) return ia != in_bron.end();
    if (ia != in_bron.end()) return ia->second < ib->second;
    return ke_order[a->kernelement] < ke_order[b->kernelement];
  });
  return rows;
}

// Sheet 4: interventions.
void UitvraagSheets::WriteInterventies(const std::vector<const Interventie*>& rows) const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kInterventiesSheet)));
  Header(ws, 0, {"Kernelement", "Interventie", "Status", "Sinds programmajaar", "Onderbouwing", "Toelichting"}, f);
  Widths(ws, {24, 40, 18, 14, 50, 50});
  worksheet_set_row(ws, 0, 30, nullptr);
  const std::vector<std::string> statuses = {"niet gekozen", "nieuw", "voortgezet", "doorontwikkeling", "gestopt"};
  lxw_row_t r = 1;
  for (const Interventie* iv : rows) {
    const Kernelement* ke = plan.FindKernelement(iv->kernelement);
    Str(ws, r, kKey, "interventie:" + iv->id, nullptr);
    Str(ws, r, 1, ke ? ke->naam : iv->kernelement, f.tekst);
    Str(ws, r, 2, iv->naam, f.tekst);
    std::string status = "niet gekozen", onderbouwing;
    std::optional<int> sinds;
    if (bron) {
      for (const GekozenInterventie& g : bron->interventies) {
        if (g.id != iv->id) continue;
        status = std::string(Name(g.status));
        sinds = g.sinds_jaar;
        onderbouwing = g.onderbouwing;
      }
    } else if (vorige) {
      for (const GekozenInterventie& g : vorige->interventies) {
        if (g.id != iv->id || !Actief(g.status)) continue;
        status = "voortgezet";
        sinds = g.sinds_jaar ? g.sinds_jaar : std::optional<int>(vorige->programmajaar);
      }
    }
    Str(ws, r, 3, status, f.invoer);
    ListValidation(ws, r, 3, statuses, true);
    if (sinds) {
      worksheet_write_number(ws, r, 4, *sinds, f.invoer);
    } else {
      worksheet_write_blank(ws, r, 4, f.invoer);
    }
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_INTEGER;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_number = 1;
    v.maximum_number = in.jaar;
    worksheet_data_validation_cell(ws, r, 4, &v);
    Str(ws, r, 5, onderbouwing, f.invoer_tekst);
    std::string uitleg;
    if (const auto m = CheckMenu(*iv, p, in.jaar, plan)) uitleg = "Telt niet mee: " + m->uitleg;
    if (!iv->alias_van.empty()) {
      const Interventie* t = plan.FindInterventie(iv->alias_van);
      uitleg += (uitleg.empty() ? "" : " ") + std::string("Telt als ") + (t ? t->naam : iv->alias_van) + ".";
    }
    if (!iv->ondersteuning.empty()) uitleg += (uitleg.empty() ? "" : " ") + ("Ondersteuning: " + iv->ondersteuning);
    Str(ws, r, 6, uitleg, f.tekst);
    FitRow(ws, r, {{ke ? ke->naam : iv->kernelement, 24}, {iv->naam, 40}, {onderbouwing, 50}, {uitleg, 50}});
    ++r;
  }
  SetUp(ws, 0);
}

// Sheet 5: figures, one row per metric a voorwaarde (or a year rule) needs.
void UitvraagSheets::WriteCijfers(const std::vector<const Interventie*>& rows) const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kCijfersSheet)));
  Header(ws, 0, {"Cijfer (bij interventie)", "Waarde", "Eenheid", "Wat er van u gevraagd wordt"}, f);
  Widths(ws, {60, 14, 16, 50});
  // The label goes in B with the metric; C holds the value (Cijfers!C14).
  std::vector<std::tuple<std::string, std::string, std::string>> list;  // bij, metriek, eis
  std::set<std::string> seen;
  auto add_rules = [&](const std::string& bij, const std::vector<Regel>& regels) {
    std::vector<std::pair<std::string, std::string>> metrics;
    for (const Regel& r : regels) {
      // A voorwaarde with `jaren` is asked only in those years.
      const bool dit_jaar = r.jaren.empty() || std::find(r.jaren.begin(), r.jaren.end(), in.jaar) != r.jaren.end();
      if (RegelGeldtVoor(r, p) && dit_jaar) CollectMetrics(r, p, plan, &metrics);
    }
    for (const auto& [m, eis] : metrics) {
      if (seen.insert(m).second) list.emplace_back(bij, m, eis);
    }
  };
  for (const Interventie* iv : rows) add_rules(iv->naam, iv->voorwaarden);
  for (const Kernelement& k : plan.kernelementen) {
    if (const auto it = k.groeimodel.find(in.jaar); it != k.groeimodel.end()) add_rules(k.naam, it->second);
  }
  if (bron) {
    for (const auto& [m, w] : bron->waarden) {
      if (seen.insert(m).second) list.emplace_back("Overig", m, "");
    }
  }
  lxw_row_t r = 1;
  for (const auto& [bij, id, eis] : list) {
    const Metriek* m = plan.FindMetriek(id);
    Str(ws, r, kKey, "metriek:" + id, nullptr);
    Str(ws, r, 1, bij + ": " + (m ? m->label : id), f.tekst);
    const Waarde* w = bron ? bron->FindWaarde(id) : nullptr;
    const MetriekType type = m ? m->type : MetriekType::kGetal;
    if (type == MetriekType::kJaNee) {
      Str(ws, r, 2, w ? JaNee(w->ja) : "", f.invoer);
      ListValidation(ws, r, 2, {"ja", "nee"}, true);
    } else {
      if (w && !w->is_ja_nee) {
        worksheet_write_number(ws, r, 2, w->getal, f.invoer);
      } else {
        worksheet_write_blank(ws, r, 2, f.invoer);
      }
      WholeNumberValidation(ws, r, 2, type == MetriekType::kGeheelGetal, "Cijfer");
    }
    Str(ws, r, 3, m ? m->eenheid : "", nullptr);
    Str(ws, r, 4, eis, f.tekst);
    FitRow(ws, r, {{bij + ": " + (m ? m->label : id), 60}, {eis, 50}});
    ++r;
  }
  SetUp(ws, 0);
}

// Sheet 6: intervisie, one row per session.
void UitvraagSheets::WriteIntervisie() const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kIntervisieSheet)));
  Header(ws, 0,
         {"Nr", "Datum", "Soort", "Duur (minuten)",
          "Deelnemers (aantal, of pseudoniemen gescheiden door ;; welke huisarts is, noemt u op het blad Personeel)",
          "Onderwerp", "Toelichting"},
         f);
  Widths(ws, {6, 14, 26, 14, 50, 30, 40});
  std::vector<std::string> soorten = {"intervisie", "uitwisselbijeenkomst"};
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& g : regels) {
      if (!g.bijeenkomst.empty() && std::find(soorten.begin(), soorten.end(), g.bijeenkomst) == soorten.end()) {
        soorten.push_back(g.bijeenkomst);
      }
    }
  }
  const size_t n = bron ? bron->intervisie.size() : 0;
  const int total = std::max<int>(kIntervisieRijen, static_cast<int>(n) + 20);
  const Periode jaar_periode = in.periode;
  for (int i = 0; i < total; ++i) {
    const lxw_row_t r = static_cast<lxw_row_t>(i + 1);
    Str(ws, r, kKey, "bijeenkomst", nullptr);
    worksheet_write_number(ws, r, 1, i + 1, nullptr);
    const Bijeenkomst* b = static_cast<size_t>(i) < n ? &bron->intervisie[static_cast<size_t>(i)] : nullptr;
    if (b) {
      lxw_datetime dt = ToLxw(b->datum);
      worksheet_write_datetime(ws, r, 2, &dt, f.invoer_datum);
      Str(ws, r, 3, b->soort, f.invoer);
      if (b->duur_minuten) {
        worksheet_write_number(ws, r, 4, *b->duur_minuten, f.invoer);
      } else {
        worksheet_write_blank(ws, r, 4, f.invoer);
      }
      if (!b->pseudoniemen.empty()) {
        std::string s;
        for (const std::string& ps : b->pseudoniemen) s += (s.empty() ? "" : "; ") + ps;
        Str(ws, r, 5, s, f.invoer_tekst);
      } else {
        worksheet_write_number(ws, r, 5, b->deelnemers, f.invoer_tekst);
      }
      for (const auto& [col, tekst] :
           {std::pair<lxw_col_t, const std::string*>{6, &b->onderwerp}, {7, &b->toelichting}}) {
        if (tekst->empty()) {
          worksheet_write_blank(ws, r, col, f.invoer_tekst);
        } else {
          Str(ws, r, col, *tekst, f.invoer_tekst);
        }
      }
    } else {
      worksheet_write_blank(ws, r, 2, f.invoer_datum);
      worksheet_write_blank(ws, r, 3, f.invoer);
      worksheet_write_blank(ws, r, 4, f.invoer);
      worksheet_write_blank(ws, r, 5, f.invoer_tekst);
      worksheet_write_blank(ws, r, 6, f.invoer_tekst);
      worksheet_write_blank(ws, r, 7, f.invoer_tekst);
    }
    // Dates within the programme year only when a practice types them;
    // a submission sent back keeps what it holds (also cohort meetings
    // reported in another year).
    if (!bron) {
      lxw_data_validation v{};
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = ToLxw(jaar_periode.van);
      v.maximum_datetime = ToLxw(jaar_periode.tot);
      v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
      v.error_message = const_cast<char*>("Deze datum valt buiten het programmajaar.");
      worksheet_data_validation_cell(ws, r, 2, &v);
    }
    ListValidation(ws, r, 3, soorten, false);
    WholeNumberValidation(ws, r, 4, true, "Duur");
  }
  SetUp(ws, 0);
}

// The hidden marker: format, region, AGB, year, and the date kept from a
// submission sent back.
void UitvraagSheets::WriteMarker() const {
  lxw_worksheet* ws = (xlsx::NeedHeadroom(), xlsx::Need(workbook_add_worksheet(wb, kMarkerSheet)));
  const std::vector<std::pair<std::string, std::string>> marker = {
      {"formaat", kUitvraagFormaat},
      {"regio", plan.regio},
      {"agb", p.agb},
      {"programmajaar", std::to_string(in.jaar)},
      {"ingediend_op", bron ? bron->ingediend_op.Iso() : ""},
  };
  lxw_row_t r = 0;
  for (const auto& [k, v] : marker) {
    Str(ws, r, 0, k, nullptr);
    Str(ws, r++, 1, v, nullptr);
  }
  worksheet_hide(ws);
  worksheet_protect(ws, nullptr, nullptr);
}

}  // namespace

std::vector<const Interventie*> KiesbareInterventies(const Regioplan& plan, const Praktijk& praktijk, int jaar) {
  std::vector<const Interventie*> out;
  for (const Interventie& iv : plan.interventies) {
    if (!CheckMenu(iv, praktijk, jaar, plan)) out.push_back(&iv);
  }
  return out;
}

std::optional<int> UitvraagJaar(const Regioplan& plan, const Praktijk& praktijk, const Date& peildatum,
                                std::optional<int> jaar) {
  const Cohort* cohort = plan.FindCohort(praktijk.cohort);
  if (!cohort) return std::nullopt;
  auto asked = [&](int j) {
    const Periode p = ProgrammeYear(cohort->start, j);
    if (p.van > peildatum) return false;
    return !(praktijk.uitgetreden_op && *praktijk.uitgetreden_op < p.van);
  };
  if (jaar) return asked(*jaar) ? jaar : std::nullopt;
  for (int j = kProgrammajaren; j >= 1; --j) {
    if (asked(j)) return j;
  }
  return std::nullopt;
}

std::string UitvraagBestand(const std::string& agb, int jaar) {
  return agb + "-jaar-" + std::to_string(jaar) + ".xlsx";
}

bool WriteUitvraag(const std::filesystem::path& path, const UitvraagInput& in, std::string* error) {
  const Regioplan& plan = *in.plan;
  const Praktijk& p = *in.praktijk;
  lxw_workbook_options options{};
  xlsx::NeedHeadroom();
  const xlsx::LibraryGuard quiet;  // libxlsxwriter's own lines never reach the user
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) {
    *error = "kan werkboek " + path.string() + " niet aanmaken (te weinig geheugen)";
    return false;
  }
  const std::string titel =
      plan.programma + " " + plan.regio + ": uitvraag programmajaar " + std::to_string(in.jaar) + ", " + p.naam;
  lxw_doc_properties props{};
  props.title = const_cast<char*>(titel.c_str());
  props.author = const_cast<char*>("mtvp-monitor");
  props.created = static_cast<time_t>(in.peildatum.DayNumber()) * 86400;
  workbook_set_properties(wb, &props);

  const Formats f = MakeFormats(wb);
  const Inzending* vorige = nullptr;
  for (const Inzending* e : in.eerdere) {
    if (e->programmajaar == in.jaar - 1) vorige = e;
  }
  const UitvraagSheets sheets{wb, f, in, plan, p, in.inzending, vorige};
  sheets.WriteUitleg(titel);
  sheets.WritePraktijk();
  sheets.WritePersoneel();
  const std::vector<const Interventie*> rows = sheets.InterventieRijen();
  sheets.WriteInterventies(rows);
  sheets.WriteCijfers(rows);
  sheets.WriteIntervisie();
  sheets.WriteMarker();

  const lxw_error err = xlsx::CloseWorkbook(wb);
  if (err != LXW_NO_ERROR) {
    *error = "kan werkboek " + path.string() + " niet schrijven: " + xlsx::DutchError(err);
    return false;
  }
  return true;
}

}  // namespace mtvp::intake
