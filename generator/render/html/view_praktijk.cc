// The practice page (praktijken/<agb>/index.html): one practice's verdict,
// its trajectory over the programme years and what next year will ask. The
// page is sent to the practice, so it holds nothing about any other practice.
#include <algorithm>

#include "base/dutch_format.h"
#include "model/vocabulary.h"
#include "render/html/view_common.h"
#include "render/html/view_praktijk.h"
#include "render/html/views.h"
#include "report/bron_tekst.h"
#include "report/regio_model.h"

namespace mtvp::html {
namespace {

Data RegelView(const Regioplan& plan, const Regel& g) {
  Data d;
  d.set("omschrijving", g.omschrijving);
  d.set("ernst", ErnstVoorPraktijk(g.ernst));
  d.set("geen_eis", g.ernst != Ernst::kEis);
  d.set("bron", BronVoorPraktijk(plan, g.bron));
  return d;
}

std::string OordeelTekst(Status s) {
  switch (s) {
    case Status::kVoldoet: return "U voldoet aan alle eisen van de beoordeelde programmajaren.";
    case Status::kVoldoetNiet:
      return "U voldoet niet aan een of meer eisen. Hieronder staat wat u moet verbeteren, het belangrijkste eerst.";
    case Status::kAfwijkingGeaccepteerd:
      return "U voldoet, met een of meer afwijkingen die de projectleider heeft geaccepteerd (zie Afwijkingen).";
    case Status::kOnvolledig:
    case Status::kOnbeslist:
      return "Uw beoordeling is nog niet compleet: er ontbreekt een inzending of een gegeven. Hieronder staat wat er "
             "nog nodig is.";
    case Status::kNietVanToepassing: return "Er is nog geen programmajaar afgerond, dus er is nog niets beoordeeld.";
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
  d.set("cohort", ZonderInterneVerwijzingen(CohortNaam(plan, p.cohort)));
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
      Data cel = StatusCelView(s);
      cel.set("label", ke.naam);  // the column heading of a stacked cell on a phone
      kes.push_back(std::move(cel));
    }
    r.set("kernelementen", ListOf(std::move(kes)));
    r.set("intervisie", StatusCelView(j.Beoordeeld() ? std::optional<Status>(j.intervisie) : std::nullopt));
    r.set("oordeel", StatusCelView(j.Beoordeeld() ? std::optional<Status>(j.oordeel) : std::nullopt));
    rijen.push_back(std::move(r));
  }
  return ListOf(std::move(rijen));
}

// What the practice must fix, most important first: missing or rejected
// submissions, then eisen it does not meet (latest year first), then eisen
// that could not be judged for want of data.
Data Verbeterpunten(const Regioplan& plan, const PraktijkResultaat& pr, const Afscherming& af) {
  std::vector<Data> niet, open, inzendingen;
  for (auto j = pr.jaren.rbegin(); j != pr.jaren.rend(); ++j) {
    if (Achterstallig(j->inzending)) {
      Data d;
      d.set("jaar", std::to_string(j->jaar));
      d.set("status", InzendView(j->inzending));
      d.set("uiterste_datum", j->uiterste_datum.Dutch());
      d.set("ongeldig", j->inzending == InzendStatus::kOngeldig);
      d.set("ontbreekt", j->inzending == InzendStatus::kOntbreekt);
      d.set("te_laat", j->inzending == InzendStatus::kTeLaat);
      inzendingen.push_back(std::move(d));
    }
    for (size_t i = 0; i < j->verdicts.size(); ++i) {
      const Verdict& v = j->verdicts[i];
      if (v.ernst != Ernst::kEis) continue;
      if (v.status == Status::kVoldoetNiet) niet.push_back(VerdictView(plan, v, j->jaar, i, af));
      if (v.status == Status::kOnvolledig) open.push_back(VerdictView(plan, v, j->jaar, i, af));
    }
  }
  Data d;
  d.set("heeft_items", !niet.empty() || !open.empty() || !inzendingen.empty());
  d.set("niet", VerdictTabel("Eisen waaraan u niet voldoet", std::move(niet), false, true));
  d.set("open",
        VerdictTabel("Eisen die niet te beoordelen zijn, omdat een gegeven ontbreekt", std::move(open), false, true));
  d.set("inzendingen", ListOf(std::move(inzendingen)));
  return d;
}

// The next submission: the first year whose submission is still to come, or
// one that is overdue.
Data VolgendeInzending(const PraktijkResultaat& pr) {
  Data d;
  d.set("heeft", false);
  if (pr.uitgetreden) return d;
  for (const JaarResultaat& j : pr.jaren) {
    if (j.inzending == InzendStatus::kVerwacht || j.inzending == InzendStatus::kNogNietVerschuldigd) {
      d.set("heeft", true);
      d.set("jaar", std::to_string(j.jaar));
      d.set("uiterste_datum", j.uiterste_datum.Dutch());
      d.set("periode", PeriodeTekst(j.periode));
      d.set("loopt_nog", j.inzending == InzendStatus::kNogNietVerschuldigd);
      return d;
    }
  }
  return d;
}

Data ContactView(const Regioplan& plan) {
  Data d;
  d.set("heeft", plan.contact.has_value());
  d.set("rho", plan.rho);
  if (!plan.contact) return d;
  const Contact& c = *plan.contact;
  d.set("naam", c.naam);
  d.set("organisatie", c.organisatie);
  d.set("heeft_organisatie", !c.organisatie.empty());
  d.set("email", c.email);
  d.set("telefoon", c.telefoon);
  d.set("heeft_telefoon", !c.telefoon.empty());
  d.set("bezwaar", c.bezwaar);
  d.set("heeft_bezwaar", !c.bezwaar.empty());
  return d;
}

Data VolgendJaarView(const Regioplan& plan, const PraktijkResultaat& pr) {
  const VolgendJaar volgend = VolgendJaarVan(plan, pr);
  Data d;
  d.set("jaar", std::to_string(volgend.jaar));
  d.set("uitgetreden", pr.uitgetreden);
  d.set("heeft", volgend.heeft);
  d.set("laatste", volgend.laatste);
  std::vector<Data> kes, intervisie;
  if (volgend.heeft) {
    d.set("periode", volgend.periode ? PeriodeTekst(*volgend.periode) : std::string());
    d.set("cohort", ZonderInterneVerwijzingen(CohortNaam(plan, pr.praktijk.cohort)));
    d.set("kbz", pr.praktijk.krachtige_basiszorg ? std::string("u doet mee aan Krachtige basiszorg")
                                                 : std::string("u doet niet mee aan Krachtige basiszorg"));
    for (const VolgendJaar::KernelementRegels& ke : volgend.kernelementen) {
      std::vector<Data> regels;
      for (const Regel* g : ke.regels) regels.push_back(RegelView(plan, *g));
      Data k;
      k.set("naam", ke.kernelement->naam);
      k.set("heeft_regels", !regels.empty());
      k.set("regels", ListOf(std::move(regels)));
      kes.push_back(std::move(k));
    }
    for (const Regel* g : volgend.intervisie) intervisie.push_back(RegelView(plan, *g));
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

// "jaar-2.json" -> "Uw inzending over programmajaar 2"; a file path never
// reaches the practice.
std::string InzendingNaam(const std::string& bestand) {
  if (bestand.size() == 11 && bestand.starts_with("jaar-") && bestand.ends_with(".json") && bestand[5] >= '1' &&
      bestand[5] <= '9') {
    return "Uw inzending over programmajaar " + std::string(1, bestand[5]);
  }
  return "Een bestand bij uw inzendingen";
}

// Input problems in this practice's own submission files.
Data Problemen(const Report& report, const Praktijk& p, const Afscherming& af) {
  const std::string prefix = "inzendingen/" + p.agb + "/";
  std::vector<Data> items;
  for (const Diagnostic& diag : report.problemen) {
    if (!diag.file.starts_with(prefix)) continue;
    Data d;
    d.set("ernst", std::string(diag.severity == Severity::kFout ? "fout" : "waarschuwing"));
    d.set("inzending", InzendingNaam(diag.file.substr(prefix.size())));
    d.set("melding", af(ZonderInterneVerwijzingen(diag.message)));
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
  view.set("verbeterpunten", Verbeterpunten(plan, pr, af));
  view.set("volgende_inzending", VolgendeInzending(pr));
  view.set("contact", ContactView(plan));
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
  view.set("volgend_jaar", VolgendJaarView(plan, pr));
  view.set("afwijkingen", Afwijkingen(pr, af));
  view.set("problemen", Problemen(report, pr.praktijk, af));
  return view;
}

}  // namespace mtvp::html
