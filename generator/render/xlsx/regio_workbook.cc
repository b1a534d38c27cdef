// regio-overzicht.xlsx: the project leader's workbook. One sheet per
// question: how does the region stand (Samenvatting), how does each practice
// stand per year (Praktijken), why (Oordelen), what did they choose
// (Interventies), what is missing (Volledigheid), what could not be read
// (Invoerproblemen).
#include <algorithm>
#include <tuple>

#include "model/report.h"
#include "model/status_table.h"
#include "model/vocabulary.h"
#include "render/xlsx/rows.h"
#include "render/xlsx/writers.h"
#include "report/regio_model.h"

namespace mtvp::xlsx {
namespace {

template <typename K>
size_t Get(const std::map<K, size_t>& m, K key) {
  const auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

/// Practices by AGB; the report is sorted already, this keeps the workbook
/// sorted whatever the report does.
std::vector<const PraktijkSamenvatting*> Sorted(const Report& report) {
  std::vector<const PraktijkSamenvatting*> out;
  for (const PraktijkSamenvatting& p : report.praktijken) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const PraktijkSamenvatting* a, const PraktijkSamenvatting* b) {
    return a->praktijk.agb < b->praktijk.agb;
  });
  return out;
}

void Samenvatting(Workbook* wb, const Report& report) {
  Sheet s = wb->AddSheet("Samenvatting");
  const Regioplan& plan = *report.plan;
  const ReportCounts& c = report.regio->counts;
  const Formats& f = s.formats();
  s.Width(0, 34);
  s.Width(1, 16);
  s.Title(0, plan.programma + " " + plan.regio + ": regio-overzicht");
  lxw_row_t r = 2;
  auto tekst = [&](const std::string& label, const std::string& value) {
    s.Text(r, 0, label, f.label);
    s.Text(r++, 1, value);
  };
  auto getal = [&](const std::string& label, double value, lxw_format* format) {
    s.Text(r, 0, label, format);
    s.Number(r++, 1, value, f.getal);
  };
  tekst("Regio", plan.regio);
  tekst("RHO", plan.rho);
  tekst("Programma", plan.programma);
  s.Text(r, 0, "Peildatum", f.label);
  s.DateCell(r++, 1, report.peildatum);
  getal("Praktijken", static_cast<double>(c.praktijken), f.label);
  getal("Waarvan uitgetreden", static_cast<double>(c.uitgetreden), f.label);
  ++r;
  s.Text(r++, 0, "Oordeel per praktijk", f.label);
  const lxw_row_t statussen_van = r;
  for (Status st : kStatusVolgorde) getal(std::string(Name(st)), static_cast<double>(Get(c.per_oordeel, st)), nullptr);
  ++r;
  s.Text(r++, 0, "Inzendingen (praktijk × programmajaar)", f.label);
  for (InzendStatus st : kInzendVolgorde)
    getal(std::string(Name(st)), static_cast<double>(Get(c.per_inzending, st)), nullptr);
  s.StatusColours(statussen_van, 0, r - 1);
  ++r;
  s.Text(r++, 0, "Invoerproblemen", f.label);
  getal("fouten", static_cast<double>(c.fouten), nullptr);
  getal("waarschuwingen", static_cast<double>(c.waarschuwingen), nullptr);
  ++r;
  s.Text(r++, 0, "Werkbladen", f.label);
  const std::pair<const char*, const char*> bladen[] = {
      {"Praktijken", "één rij per praktijk en programmajaar: inzending en oordeel per kernelement"},
      {"Oordelen",
       "elke eis of advies die niet voldoet, onvolledig is of een geaccepteerde afwijking heeft, per praktijk "
       "en programmajaar: werkelijk, vereist, tekort, uitleg (alle regels: data/resultaten.json en "
       "de praktijkpagina's)"},
      {"Interventies", "de interventies die elke praktijk per programmajaar opgaf"},
      {"Volledigheid", "welke inzendingen binnen, te laat of ontbrekend zijn"},
      {"Invoerproblemen", "fouten en waarschuwingen in de invoerbestanden"},
  };
  for (const auto& [naam, wat] : bladen) {
    s.Text(r, 0, naam);
    s.Text(r++, 1, wat);
  }
  s.OnePage();
  worksheet_activate(s.raw());
}

std::vector<Kolom> PraktijkKolommen() { return {{"AGB", 10, 10}, {"Praktijk", 16, 40}}; }

void PraktijkCellen(Tabel* t, const Praktijk& p) {
  t->Text(p.agb);
  t->Text(p.naam);
}

void Praktijken(Workbook* wb, const Report& report) {
  const Regioplan& plan = *report.plan;
  Tabel t(wb->AddSheet("Praktijken"), Plus(Plus(PraktijkKolommen(), {{"Wijk", 10, 25},
                                                                     {"Subregio", 10, 25},
                                                                     {"Cohort", 9, 12},
                                                                     {"Krachtige basiszorg", 9, 11},
                                                                     {"Normpraktijken", 9, 12},
                                                                     {"Uitgetreden op", 11, 12},
                                                                     {"Oordeel praktijk", 12, 22, true}}),
                                           JaarKolommen(plan)));
  for (const PraktijkSamenvatting* pr : Sorted(report)) {
    const Praktijk& p = pr->praktijk;
    for (const JaarSamenvatting& jr : pr->jaren) {
      t.Rij();
      PraktijkCellen(&t, p);
      t.Text(p.wijk);
      t.Text(p.subregio);
      t.Text(p.cohort);
      t.Text(p.krachtige_basiszorg ? "ja" : "nee");
      t.Number(p.normpraktijken);
      t.DateCell(p.uitgetreden_op);
      t.Text(Name(pr->oordeel));
      JaarCellen(&t, plan, jr);
    }
  }
  t.Finish(2);
}

// The rows of Oordelen are the verdicts to follow up (VerdictOpvolgen). The
// passing verdicts (about 98% in a typical region) stay out: a national
// region has a million of them, more than a sheet holds, and they are on
// the practice pages and in data/resultaten.json.
void Oordelen(Workbook* wb, const Report& report) {
  const Regioplan& plan = *report.plan;
  const RegelIndex& index = *report.regels;
  Tabel t(wb->AddSheet("Oordelen"), Plus(Plus(PraktijkKolommen(), {{"Programmajaar", 14, 14}}), VerdictKolommen()));
  for (const PraktijkSamenvatting* pr : Sorted(report)) {
    for (const JaarSamenvatting& jr : pr->jaren) {
      for (const Verdict& v : jr.aandacht) {
        if (!VerdictOpvolgen(v)) continue;
        t.Rij();
        PraktijkCellen(&t, pr->praktijk);
        t.Number(jr.jaar);
        VerdictCellen(&t, plan, index, v);
      }
    }
  }
  t.Finish(2);
}

void Interventies(Workbook* wb, const Report& report) {
  const Regioplan& plan = *report.plan;
  Tabel t(wb->AddSheet("Interventies"),
          Plus(Plus(PraktijkKolommen(), {{"Programmajaar", 14, 14}}), InterventieKolommen()));
  for (const PraktijkSamenvatting* pr : Sorted(report)) {
    for (const JaarSamenvatting& jr : pr->jaren) {
      for (const InterventieKeuze& k : jr.interventies) {
        t.Rij();
        PraktijkCellen(&t, pr->praktijk);
        t.Number(jr.jaar);
        InterventieCellen(&t, plan, k);
      }
    }
  }
  t.Finish(2);
}

/// What the project leader should chase for this practice (RegioModel::opvolgen).
std::string OpTeVolgen(const Report& report, const PraktijkSamenvatting& pr) {
  std::string out;
  for (const Opvolgpunt& p : report.regio->opvolgen.at(static_cast<size_t>(&pr - report.praktijken.data()))) {
    out += (out.empty() ? "jaar " : "; jaar ") + std::to_string(p.jaar) + " " +
           std::string(p.inzending ? Name(*p.inzending) : Name(*p.oordeel));
  }
  return out;
}

void Volledigheid(Workbook* wb, const Report& report) {
  std::vector<Kolom> kolommen =
      Plus(PraktijkKolommen(), {{"Cohort", 9, 12}, {"Wijk", 10, 25}, {"Lopend programmajaar", 9, 12}});
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    kolommen.push_back({"Jaar " + std::to_string(jaar) + ": inzending", 12, 22, true});
    kolommen.push_back({"Jaar " + std::to_string(jaar) + ": uiterste datum", 11, 12});
    kolommen.push_back({"Jaar " + std::to_string(jaar) + ": ingediend op", 11, 12});
  }
  kolommen.push_back({"Oordeel praktijk", 12, 22, true});
  kolommen.push_back({"Op te volgen", 20, 60});
  Tabel t(wb->AddSheet("Volledigheid"), kolommen);
  for (const PraktijkSamenvatting* pr : Sorted(report)) {
    t.Rij();
    PraktijkCellen(&t, pr->praktijk);
    t.Text(pr->praktijk.cohort);
    t.Text(pr->praktijk.wijk);
    if (pr->lopend_jaar <= kProgrammajaren) {
      t.Number(pr->lopend_jaar);
    } else {
      t.Text("afgerond");
    }
    for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
      const auto it =
          std::find_if(pr->jaren.begin(), pr->jaren.end(), [&](const JaarSamenvatting& jr) { return jr.jaar == jaar; });
      if (it == pr->jaren.end()) {
        t.Empty();
        t.Empty();
        t.Empty();
        continue;
      }
      t.Text(Name(it->inzending));
      t.DateCell(it->uiterste_datum);
      t.DateCell(it->gegevens ? std::optional<Date>(it->gegevens->ingediend_op) : std::nullopt);
    }
    t.Text(Name(pr->oordeel));
    t.Text(OpTeVolgen(report, *pr));
  }
  t.Finish(2);
}

void Invoerproblemen(Workbook* wb, const Report& report) {
  std::vector<const Diagnostic*> problemen;
  for (const Diagnostic& d : report.problemen) problemen.push_back(&d);
  std::stable_sort(problemen.begin(), problemen.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->file, a->pointer) < std::tie(b->file, b->pointer);
  });
  Tabel t(wb->AddSheet("Invoerproblemen"),
          {{"Ernst", 10, 14}, {"Bestand", 16, 45}, {"Pad", 10, 40}, {"Melding", 30, 90}});
  for (const Diagnostic* d : problemen) {
    t.Rij();
    t.Text(d->severity == Severity::kFout ? "fout" : "waarschuwing");
    t.Text(d->file);
    t.Text(d->pointer);
    t.Text(d->message);
  }
  t.Finish();
}

}  // namespace

bool WriteRegioWorkbook(const Report& report, const std::filesystem::path& path, std::string* error) {
  const Regioplan& plan = *report.plan;
  std::unique_ptr<Workbook> wb =
      Workbook::Create(path, report.peildatum, plan.programma + " " + plan.regio + ": regio-overzicht", error,
                       Workbook::Geheugen::kConstant);
  if (!wb) return false;
  Samenvatting(wb.get(), report);
  Praktijken(wb.get(), report);
  Oordelen(wb.get(), report);
  Interventies(wb.get(), report);
  Volledigheid(wb.get(), report);
  Invoerproblemen(wb.get(), report);
  return wb->Close(error);
}

}  // namespace mtvp::xlsx
