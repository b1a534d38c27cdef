// The practice page (praktijken/<agb>/index.html): one practice's verdict,
// its trajectory over the programme years and what next year will ask. The
// page is sent to the practice, so it holds nothing about any other practice.
#include <algorithm>

#include "dutch_format.h"
#include "html/view_common.h"
#include "html/view_praktijk.h"
#include "html/views.h"
#include "vocabulary.h"

namespace mtvp::html {
namespace {

Data RegelView(const Regel& g) {
  Data d;
  d.set("omschrijving", g.omschrijving);
  d.set("aanname", g.zekerheid == Zekerheid::kAanname);
  d.set("ernst", std::string(Name(g.ernst)));
  d.set("geen_eis", g.ernst != Ernst::kEis);
  d.set("bron", g.bron);
  return d;
}

std::string OordeelTekst(Status s) {
  switch (s) {
    case Status::kVoldoet: return "De praktijk voldoet aan alle eisen van de beoordeelde programmajaren.";
    case Status::kVoldoetNiet:
      return "De praktijk voldoet niet aan een of meer eisen. Die staan hieronder bij de aandachtspunten.";
    case Status::kAfwijkingGeaccepteerd:
      return "De praktijk voldoet, met een of meer geaccepteerde afwijkingen (zie Afwijkingen).";
    case Status::kOnvolledig:
      return "De beoordeling is onvolledig: er ontbreekt een inzending of een gegeven. Zie de aandachtspunten.";
    case Status::kNietVanToepassing:
      return "Er is nog geen programmajaar afgerond, dus er is nog niets beoordeeld.";
    case Status::kUitgetreden:
      return "De praktijk is uitgetreden vóór het einde van programmajaar 3. Het regioplan vraagt commitment voor de "
             "volle drie jaar, dus de praktijk voldoet als geheel niet; de oordelen per jaar staan hieronder.";
  }
  return "";
}

Data PraktijkGegevens(const Regioplan& plan, const PraktijkResultaat& pr) {
  const Praktijk& p = pr.praktijk;
  const Cohort* cohort = plan.FindCohort(p.cohort);
  Data d;
  d.set("agb", p.agb);
  d.set("naam", p.naam);
  d.set("wijk", p.wijk);
  d.set("heeft_wijk", !p.wijk.empty());
  d.set("subregio", p.subregio);
  d.set("heeft_subregio", !p.subregio.empty());
  d.set("cohort", CohortNaam(plan, p.cohort));
  d.set("cohort_start", cohort ? cohort->start.Dutch() : std::string());
  d.set("jaar", pr.lopend_jaar > kProgrammajaren ? std::string("alle drie programmajaren zijn afgelopen")
                                                 : "programmajaar " + std::to_string(pr.lopend_jaar) + " loopt");
  d.set("normpraktijken", FormatGetal(p.normpraktijken));
  d.set("kbz", JaNee(p.krachtige_basiszorg));
  d.set("plangroep", p.plangroep);
  d.set("heeft_plangroep", !p.plangroep.empty());
  d.set("uitgetreden", p.uitgetreden_op.has_value());
  d.set("uitgetreden_op", p.uitgetreden_op ? p.uitgetreden_op->Dutch() : std::string());
  return d;
}


Data Traject(const Regioplan& plan, const PraktijkResultaat& pr) {
  std::vector<Data> rijen;
  for (const JaarResultaat& j : pr.jaren) {
    Data r;
    r.set("jaar", std::to_string(j.jaar));
    r.set("periode", KortePeriode(j.periode));
    r.set("periode_lang", PeriodeTekst(j.periode));
    r.set("inzending", InzendView(j.inzending));
    r.set("ingediend_op", j.gegevens ? j.gegevens->ingediend_op.Dutch() : std::string("–"));
    std::vector<Data> kes;
    for (const Kernelement& ke : plan.kernelementen) {
      std::optional<Status> s;
      for (const KernelementOordeel& k : j.per_kernelement) {
        if (j.Beoordeeld() && k.kernelement == ke.id) s = k.status;
      }
      kes.push_back(StatusCelView(s));
    }
    r.set("kernelementen", ListOf(std::move(kes)));
    r.set("intervisie", StatusCelView(j.Beoordeeld() ? std::optional<Status>(j.intervisie) : std::nullopt));
    r.set("oordeel", StatusCelView(j.Beoordeeld() ? std::optional<Status>(j.oordeel) : std::nullopt));
    rijen.push_back(std::move(r));
  }
  return ListOf(std::move(rijen));
}

// Eis-verdicts that hold the practice back, latest year first, and the
// submissions that are missing or rejected.
Data Aandachtspunten(const PraktijkResultaat& pr, const Afscherming& af) {
  std::vector<Data> punten, inzendingen;
  for (auto j = pr.jaren.rbegin(); j != pr.jaren.rend(); ++j) {
    if (j->inzending == InzendStatus::kOntbreekt || j->inzending == InzendStatus::kOngeldig ||
        j->inzending == InzendStatus::kVerwacht || j->inzending == InzendStatus::kTeLaat) {
      Data d;
      d.set("jaar", std::to_string(j->jaar));
      d.set("status", InzendView(j->inzending));
      d.set("uiterste_datum", j->uiterste_datum.Dutch());
      inzendingen.push_back(std::move(d));
    }
    for (const Verdict& v : j->verdicts) {
      if (v.ernst == Ernst::kEis && (v.status == Status::kVoldoetNiet || v.status == Status::kOnvolledig)) {
        punten.push_back(VerdictView(v, j->jaar, af));
      }
    }
  }
  Data d;
  d.set("heeft_items", !punten.empty() || !inzendingen.empty());
  d.set("punten", VerdictTabel("Eisen waaraan de praktijk niet voldoet of waarvoor gegevens ontbreken",
                               std::move(punten), false, true));
  d.set("inzendingen", ListOf(std::move(inzendingen)));
  return d;
}

Data VolgendJaar(const Regioplan& plan, const PraktijkResultaat& pr) {
  const int jaar = Verslagjaar(pr) + 1;
  Data d;
  d.set("jaar", std::to_string(jaar));
  d.set("uitgetreden", pr.uitgetreden);
  const bool heeft = jaar <= kProgrammajaren && !pr.uitgetreden;
  d.set("heeft", heeft);
  d.set("laatste", jaar > kProgrammajaren && !pr.uitgetreden);
  std::vector<Data> kes, intervisie;
  if (heeft) {
    const Cohort* cohort = plan.FindCohort(pr.praktijk.cohort);
    d.set("periode", cohort ? PeriodeTekst(ProgrammeYear(cohort->start, jaar)) : std::string());
    for (const Kernelement& ke : plan.kernelementen) {
      std::vector<Data> regels;
      if (const auto it = ke.groeimodel.find(jaar); it != ke.groeimodel.end()) {
        for (const Regel& g : it->second) {
          if (RegelGeldtVoor(g, pr.praktijk)) regels.push_back(RegelView(g));
        }
      }
      Data k;
      k.set("naam", ke.naam);
      k.set("heeft_regels", !regels.empty());
      k.set("regels", ListOf(std::move(regels)));
      kes.push_back(std::move(k));
    }
    if (const auto it = plan.intervisie.find(jaar); it != plan.intervisie.end()) {
      for (const Regel& g : it->second) {
        if (RegelGeldtVoor(g, pr.praktijk)) intervisie.push_back(RegelView(g));
      }
    }
  } else {
    d.set("periode", std::string());
  }
  d.set("kernelementen", ListOf(std::move(kes)));
  d.set("heeft_intervisie", !intervisie.empty());
  d.set("intervisie", ListOf(std::move(intervisie)));
  return d;
}

Data Afwijkingen(const PraktijkResultaat& pr, const Afscherming& af) {
  std::vector<Data> items;
  for (const JaarResultaat& j : pr.jaren) {
    for (const Verdict& v : j.verdicts) {
      if (!v.afwijking) continue;
      Data d;
      d.set("jaar", std::to_string(j.jaar));
      d.set("regel", v.regel);
      d.set("omschrijving", af(v.omschrijving));
      d.set("reden", af(v.afwijking->reden));
      d.set("goedgekeurd_door", af(v.afwijking->goedgekeurd_door));
      d.set("geldig_tot", v.afwijking->geldig_tot.Dutch());
      d.set("geldig", v.afwijking->geldig);
      items.push_back(std::move(d));
    }
  }
  Data d;
  d.set("heeft_items", !items.empty());
  d.set("items", ListOf(std::move(items)));
  return d;
}

// Input problems in this practice's own submission files.
Data Problemen(const Report& report, const Praktijk& p, const Afscherming& af) {
  const std::string prefix = "inzendingen/" + p.agb + "/";
  std::vector<Data> items;
  for (const Diagnostic& diag : report.problemen) {
    if (!diag.file.starts_with(prefix)) continue;
    Data d;
    d.set("ernst", std::string(diag.severity == Severity::kFout ? "fout" : "waarschuwing"));
    d.set("bestand", diag.file);
    d.set("pad", diag.pointer);
    d.set("melding", af(diag.message));
    items.push_back(std::move(d));
  }
  Data d;
  d.set("heeft_items", !items.empty());
  d.set("items", ListOf(std::move(items)));
  return d;
}

}  // namespace

Data PraktijkView(const Report& report, const PraktijkResultaat& pr, const Praktijknamen& namen) {
  const Regioplan& plan = *report.plan;
  const Afscherming af(namen, pr.praktijk);
  Data view = PageView(report, pr.praktijk.naam + ": " + plan.programma + "-beoordeling");
  view.set("praktijk", PraktijkGegevens(plan, pr));
  view.set("oordeel", OordeelView(pr.oordeel));
  view.set("oordeel_tekst", OordeelTekst(pr.oordeel));
  std::vector<std::string> beoordeeld;
  for (const JaarResultaat& j : pr.jaren) {
    if (j.Beoordeeld()) beoordeeld.push_back(std::to_string(j.jaar));
  }
  std::string jaren;
  for (size_t i = 0; i < beoordeeld.size(); ++i) {
    jaren += (i == 0 ? "" : i + 1 == beoordeeld.size() ? " en " : ", ") + beoordeeld[i];
  }
  view.set("beoordeelde_jaren", jaren);
  view.set("heeft_beoordeelde_jaren", !beoordeeld.empty());
  view.set("aandachtspunten", Aandachtspunten(pr, af));
  std::vector<Data> kes;
  for (const Kernelement& ke : plan.kernelementen) {
    Data k;
    k.set("naam", ke.naam);
    kes.push_back(std::move(k));
  }
  view.set("kernelementen", ListOf(std::move(kes)));
  view.set("traject", Traject(plan, pr));
  // The latest year first: that is what the practice reads for.
  std::vector<Data> jaren_views;
  const int verslagjaar = Verslagjaar(pr);
  for (auto j = pr.jaren.rbegin(); j != pr.jaren.rend(); ++j) {
    if (j->jaar > verslagjaar) continue;
    Data jv = JaarView(report, *j, af);
    jv.set("laatste", j->jaar == verslagjaar);
    jaren_views.push_back(std::move(jv));
  }
  view.set("jaren", ListOf(std::move(jaren_views)));
  view.set("volgend_jaar", VolgendJaar(plan, pr));
  view.set("afwijkingen", Afwijkingen(pr, af));
  view.set("problemen", Problemen(report, pr.praktijk, af));
  return view;
}

}  // namespace mtvp::html
