// The region overview (index.html) for the project leader: who complies, who
// does not and why, who has not submitted, and what to follow up.
#include <algorithm>
#include <map>
#include <set>

#include "base/dutch_format.h"
#include "model/vocabulary.h"
#include "render/html/svg_charts.h"
#include "render/html/view_common.h"
#include "render/html/views.h"
#include "report/regio_model.h"

namespace mtvp::html {
namespace {

std::string PraktijkLink(const Praktijk& p) { return "praktijken/" + p.agb + "/index.html"; }

Data Samenvatting(const Report& report) {
  const ReportCounts& c = report.regio->counts;
  Data d;
  d.set("praktijken", std::to_string(c.praktijken));
  d.set("heeft_uitgetreden", c.uitgetreden > 0);
  d.set("uitgetreden", std::to_string(c.uitgetreden));
  std::vector<Data> oordelen;
  StaafDiagramInhoud diagram{
      "diagram-oordelen", "Praktijken per eindoordeel", "Aantal praktijken per eindoordeel op de peildatum.", 1, {}};
  for (Status s : kStatusVolgorde) {
    const auto it = c.per_oordeel.find(s);
    const size_t n = it == c.per_oordeel.end() ? 0 : it->second;
    if (n == 0 && s == Status::kNietVanToepassing) continue;
    Data o;
    o.set("status", OordeelView(s));
    o.set("aantal", std::to_string(n));
    oordelen.push_back(std::move(o));
    diagram.staven.push_back({std::string(s == Status::kNietVanToepassing ? "nog niet beoordeeld" : Name(s)),
                              static_cast<double>(n), std::to_string(n), true, StatusKlasse(s)});
    diagram.max = std::max(diagram.max, static_cast<double>(n));
  }
  d.set("oordelen", ListOf(std::move(oordelen)));
  d.set("diagram", StaafDiagram(diagram));
  std::vector<Data> inzendingen;
  for (const auto& [status, n] : c.per_inzending) {
    Data i;
    i.set("status", InzendView(status));
    i.set("aantal", std::to_string(n));
    inzendingen.push_back(std::move(i));
  }
  d.set("inzendingen", ListOf(std::move(inzendingen)));
  d.set("fouten", Aantal(static_cast<double>(c.fouten), "fout", "fouten"));
  d.set("waarschuwingen", Aantal(static_cast<double>(c.waarschuwingen), "waarschuwing", "waarschuwingen"));
  d.set("heeft_problemen", c.fouten + c.waarschuwingen > 0);
  return d;
}

Data PraktijkRij(const Report& report, const PraktijkSamenvatting& pr, const HtmlOptions& options) {
  const Regioplan& plan = *report.plan;
  const Praktijk& p = pr.praktijk;
  const Cohort* cohort = plan.FindCohort(p.cohort);
  Data d;
  d.set("agb", p.agb);
  d.set("naam", p.naam);
  d.set("link", PraktijkLink(p));
  d.set("wijk", p.wijk);
  d.set("heeft_wijk", !p.wijk.empty());
  d.set("cohort", p.cohort);
  d.set("cohort_naam", CohortNaam(plan, p.cohort));
  d.set("cohort_sort", cohort ? cohort->start.Iso() + p.cohort : p.cohort);
  d.set("jaar", ProgrammajaarTekst(pr.lopend_jaar));
  d.set("jaar_sort", SortKey(pr.lopend_jaar));
  d.set("oordeel", OordeelRef(pr.oordeel));
  d.set("uitgetreden", pr.uitgetreden);
  d.set("uitgetreden_op", p.uitgetreden_op ? p.uitgetreden_op->Dutch() : std::string());
  std::vector<Data> kes;
  for (const Kernelement& ke : plan.kernelementen) kes.push_back(StatusCelView(KernelementOverJaren(pr, ke.id)));
  d.set("kernelementen", ListOf(std::move(kes)));
  d.set("intervisie", StatusCelView(IntervisieOverJaren(pr)));
  d.set("heeft_downloads", options.praktijk_werkboeken || options.pdf);
  d.set("heeft_werkboek", options.praktijk_werkboeken);
  // The paths the xlsx and verzenden renderers write (a later stage; e2e.sendout
  // checks that every link resolves).
  d.set("werkboek", "downloads/praktijk-" + p.agb + ".xlsx");
  d.set("heeft_pdf", options.pdf);
  d.set("pdf_link", "verzenden/" + p.agb + ".pdf");
  return d;
}

Data Filters(const Report& report) {
  const Regioplan& plan = *report.plan;
  std::set<std::string> wijken;
  std::set<std::string> cohort_ids;
  for (const PraktijkSamenvatting& pr : report.praktijken) {
    if (!pr.praktijk.wijk.empty()) wijken.insert(pr.praktijk.wijk);
    cohort_ids.insert(pr.praktijk.cohort);
  }
  std::vector<Data> cohorten, wijk_list, oordelen;
  for (const Cohort& c : plan.cohorten) {
    if (!cohort_ids.count(c.id)) continue;
    Data d;
    d.set("id", c.id);
    d.set("naam", c.naam);
    cohorten.push_back(std::move(d));
  }
  for (const std::string& w : wijken) {
    Data d;
    d.set("naam", w);
    wijk_list.push_back(std::move(d));
  }
  for (Status s : kStatusVolgorde) oordelen.push_back(OordeelView(s));
  Data d;
  d.set("cohorten", ListOf(std::move(cohorten)));
  d.set("wijken", ListOf(std::move(wijk_list)));
  d.set("heeft_wijken", !wijken.empty());
  d.set("oordelen", ListOf(std::move(oordelen)));
  return d;
}

// The submissions to chase (RegioModel::inzendingen).
Data Volledigheid(const Report& report) {
  std::vector<Data> items;
  for (const InzendingTeVolgen& t : report.regio->inzendingen) {
    const PraktijkSamenvatting& pr = report.praktijken[t.praktijk];
    const JaarSamenvatting& j = pr.jaren.at(static_cast<size_t>(t.jaar - 1));
    Data d;
    d.set("agb", pr.praktijk.agb);
    d.set("naam", pr.praktijk.naam);
    d.set("link", PraktijkLink(pr.praktijk));
    d.set("jaar", std::to_string(j.jaar));
    d.set("periode", PeriodeTekst(j.periode));
    d.set("uiterste_datum", j.uiterste_datum.Dutch());
    d.set("ingediend_op", j.gegevens ? j.gegevens->ingediend_op.Dutch() : std::string("–"));
    d.set("status", InzendView(j.inzending));
    items.push_back(std::move(d));
  }
  Data d;
  d.set("heeft_items", !items.empty());
  d.set("items", ListOf(std::move(items)));
  return d;
}

// Rules that hold practices back (RegioModel::knelpunten).
Data Knelpunten(const Report& report) {
  const Regioplan& plan = *report.plan;
  std::vector<Data> items;
  for (const Knelpunt& k : report.regio->knelpunten) {
    const Verdict& v = k.voorbeeld;
    Data d;
    d.set("regel", k.regel);
    d.set("omschrijving", v.omschrijving);
    d.set("onderdeel", std::string(Name(v.onderdeel)));
    d.set("waar", v.kernelement.empty() ? std::string("Intervisie") : KernelementNaam(plan, v.kernelement));
    d.set("aanname", v.zekerheid == Zekerheid::kAanname);
    d.set("aantal", std::to_string(k.tegengehouden.size()));
    d.set("voldoet_niet", std::to_string(k.voldoet_niet.size()));
    d.set("onvolledig", std::to_string(k.onvolledig.size()));
    d.set("afwijking", std::to_string(k.afwijking.size()));
    std::vector<Data> praktijken;
    for (const size_t i : k.tegengehouden) {
      const Praktijk& p = report.praktijken[i].praktijk;
      Data pd;
      pd.set("naam", p.naam);
      pd.set("link", PraktijkLink(p));
      pd.set("alleen_onvolledig", !k.voldoet_niet.count(p.agb));
      praktijken.push_back(std::move(pd));
    }
    d.set("praktijken", ListOf(std::move(praktijken)));
    items.push_back(std::move(d));
  }
  Data d;
  d.set("heeft_items", !items.empty());
  d.set("items", ListOf(std::move(items)));
  return d;
}

Data GroepRij(const Groep& g) {
  Data d;
  d.set("naam", g.naam);
  d.set("aantal", std::to_string(g.aantal));
  std::vector<Data> cellen;
  for (Status s : kStatusVolgorde) {
    const auto it = g.per_oordeel.find(s);
    Data c;
    c.set("aantal", std::to_string(it == g.per_oordeel.end() ? 0 : it->second));
    cellen.push_back(std::move(c));
  }
  d.set("cellen", ListOf(std::move(cellen)));
  d.set("achterstallig", std::to_string(g.achterstallig));
  return d;
}

// Practices per wijk and per cohort (RegioModel::wijken, cohorten).
Data Rollups(const Report& report) {
  const RegioModel& m = *report.regio;
  std::vector<Data> wijk_rijen, cohort_rijen;
  for (const Groep& g : m.wijken) wijk_rijen.push_back(GroepRij(g));
  for (const Groep& g : m.cohorten) cohort_rijen.push_back(GroepRij(g));
  std::vector<Data> koppen;
  for (Status s : kStatusVolgorde) koppen.push_back(OordeelView(s));
  Data d;
  d.set("koppen", ListOf(std::move(koppen)));
  d.set("wijken", ListOf(std::move(wijk_rijen)));
  d.set("heeft_wijken", m.heeft_wijken);
  d.set("cohorten", ListOf(std::move(cohort_rijen)));
  return d;
}

Data Kalender(const Report& report) {
  std::vector<Data> cohorten;
  bool heeft_data = false;
  for (const Cohort& c : report.plan->cohorten) {
    std::vector<Date> data = c.uitwisselbijeenkomsten;
    std::sort(data.begin(), data.end());
    std::vector<Data> items;
    for (const Date& datum : data) {
      std::string jaar = "buiten de programmajaren";
      for (int j = 1; j <= kProgrammajaren; ++j) {
        if (ProgrammeYear(c.start, j).Contains(datum)) jaar = "jaar " + std::to_string(j);
      }
      Data i;
      i.set("datum", datum.Dutch());
      i.set("datum_iso", datum.Iso());
      i.set("jaar", jaar);
      i.set("voorbij", datum <= report.peildatum);
      items.push_back(std::move(i));
    }
    heeft_data = heeft_data || !items.empty();
    Data d;
    d.set("naam", c.naam);
    d.set("start", c.start.Dutch());
    d.set("heeft_data", !items.empty());
    d.set("data", ListOf(std::move(items)));
    cohorten.push_back(std::move(d));
  }
  Data d;
  d.set("cohorten", ListOf(std::move(cohorten)));
  d.set("heeft_data", heeft_data);
  return d;
}

}  // namespace

Data OverzichtView(const Report& report, const HtmlOptions& options) {
  const Regioplan& plan = *report.plan;
  Data view = PageView(report, plan.programma + " " + plan.regio + ": overzicht");
  view.set("samenvatting", Samenvatting(report));
  view.set("filters", Filters(report));
  std::vector<Data> kes, rijen;
  for (const Kernelement& ke : plan.kernelementen) {
    Data k;
    k.set("id", ke.id);
    k.set("naam", ke.naam);
    kes.push_back(std::move(k));
  }
  for (const PraktijkSamenvatting& pr : report.praktijken) rijen.push_back(PraktijkRij(report, pr, options));
  view.set("kernelementen", ListOf(std::move(kes)));
  view.set("praktijken", ListOf(std::move(rijen)));
  view.set("aantal_praktijken", std::to_string(report.praktijken.size()));
  view.set("volledigheid", Volledigheid(report));
  view.set("knelpunten", Knelpunten(report));
  view.set("rollups", Rollups(report));
  view.set("kalender", Kalender(report));
  view.set("normpraktijk", FormatGetal(plan.normpraktijk_patienten));
  view.set("praktijk_werkboeken", options.praktijk_werkboeken);
  view.set("pdf", options.pdf);
  view.set("verzendlijst", "verzenden/verzendlijst.xlsx");
  return view;
}

}  // namespace mtvp::html
