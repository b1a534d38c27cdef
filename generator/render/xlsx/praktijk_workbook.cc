// praktijk-<agb>.xlsx: one practice's own workbook. It reads only that
// practice's PraktijkResultaat (and the plan for names), so it cannot show
// another practice's figures; other practices' names and codes in texts are
// hidden as on the page. It speaks plain Dutch, in the words of the page
// (praktijk_rows.h): no rule ids, internal citations or file paths.
#include "model/report.h"
#include "model/vocabulary.h"
#include "render/html/afscherming.h"
#include "render/xlsx/praktijk_rows.h"
#include "render/xlsx/rows.h"
#include "render/xlsx/writers.h"
#include "report/bron_tekst.h"

namespace mtvp::xlsx {
namespace {

void Overzicht(Workbook* wb, const Report& report, const PraktijkResultaat& pr) {
  Sheet s = wb->AddSheet("Praktijk");
  const Regioplan& plan = *report.plan;
  const Praktijk& p = pr.praktijk;
  const Formats& f = s.formats();
  s.Width(0, 28);
  s.Width(1, 40);
  s.Title(0, plan.programma + " " + plan.regio + ": " + p.naam);
  lxw_row_t r = 2;
  auto tekst = [&](const std::string& label, const std::string& value) {
    s.Text(r, 0, label, f.label);
    s.Text(r++, 1, value);
  };
  tekst("AGB", p.agb);
  tekst("Praktijk", p.naam);
  tekst("Wijk", p.wijk);
  tekst("Subregio", p.subregio);
  const Cohort* cohort = plan.FindCohort(p.cohort);
  // As on the page: the cohort's name without the project leader's notes.
  tekst("Cohort", cohort ? ZonderInterneVerwijzingen(cohort->naam) : p.cohort);
  tekst("Krachtige basiszorg", p.krachtige_basiszorg ? "ja" : "nee");
  s.Text(r, 0, "Normpraktijken", f.label);
  s.Number(r++, 1, p.normpraktijken, f.getal);
  tekst("Plangroep", p.plangroep);
  if (p.uitgetreden_op) {
    s.Text(r, 0, "Uitgetreden op", f.label);
    s.DateCell(r++, 1, *p.uitgetreden_op);
  }
  s.Text(r, 0, "Peildatum", f.label);
  s.DateCell(r++, 1, report.peildatum);
  s.Text(r, 0, "Lopend programmajaar", f.label);
  if (pr.lopend_jaar <= kProgrammajaren) {
    s.Number(r++, 1, pr.lopend_jaar, f.getal);
  } else {
    s.Text(r++, 1, "alle programmajaren afgerond");
  }
  s.Text(r, 0, "Oordeel", f.label);
  s.Text(r, 1, Name(pr.oordeel));
  s.StatusColours(r, 1, r);
  ++r;
  ++r;
  s.Text(r++, 0, "Werkbladen", f.label);
  const std::pair<const char*, const char*> bladen[] = {
      {"Traject", "per programmajaar: inzending en oordeel per kernelement"},
      {"Oordelen", "elke regel: werkelijk, vereist, tekort en uitleg"},
      {"Interventies", "de opgegeven interventies en hoe ze meetellen"},
  };
  for (const auto& [naam, wat] : bladen) {
    s.Text(r, 0, naam);
    s.Text(r++, 1, wat);
  }
  s.OnePage();
  worksheet_activate(s.raw());
}

void Traject(Workbook* wb, const Report& report, const PraktijkResultaat& pr, const Verberg& verberg) {
  Tabel t(wb->AddSheet("Traject"), PraktijkJaarKolommen(*report.plan));
  for (const JaarResultaat& jr : pr.jaren) {
    t.Rij();
    PraktijkJaarCellen(&t, *report.plan, jr, verberg);
  }
  t.Finish(1);
}

void Oordelen(Workbook* wb, const Report& report, const PraktijkResultaat& pr, const Verberg& verberg) {
  Tabel t(wb->AddSheet("Oordelen"), PraktijkVerdictKolommen());
  for (const JaarResultaat& jr : pr.jaren) {
    for (const Verdict& v : jr.verdicts) {
      t.Rij();
      PraktijkVerdictCellen(&t, *report.plan, jr.jaar, v, verberg);
    }
  }
  t.Finish(2);
}

void Interventies(Workbook* wb, const Report& report, const PraktijkResultaat& pr, const Verberg& verberg) {
  Tabel t(wb->AddSheet("Interventies"), PraktijkInterventieKolommen());
  for (const JaarResultaat& jr : pr.jaren) {
    for (const InterventieKeuze& k : jr.interventies) {
      t.Rij();
      PraktijkInterventieCellen(&t, *report.plan, jr.jaar, k, verberg);
    }
  }
  t.Finish(2);
}

}  // namespace

bool WritePraktijkWorkbook(const Report& report, const PraktijkResultaat& pr, const html::Praktijknamen& namen,
                           const std::filesystem::path& path, std::string* error) {
  const Regioplan& plan = *report.plan;
  std::unique_ptr<Workbook> wb =
      Workbook::Create(path, report.peildatum, plan.programma + " " + plan.regio + ": " + pr.praktijk.naam, error);
  if (!wb) return false;
  Overzicht(wb.get(), report, pr);
  const html::Afscherming af(namen, pr.praktijk);
  const Verberg verberg = [&af](const std::string& text) { return af(text); };
  Traject(wb.get(), report, pr, verberg);
  Oordelen(wb.get(), report, pr, verberg);
  Interventies(wb.get(), report, pr, verberg);
  return wb->Close(error);
}

}  // namespace mtvp::xlsx
