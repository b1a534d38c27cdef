// The insurer report (zorgverzekeraar/index.html): aggregates only, from the
// shared insurer model (aggregates.h), which already applied small-cell
// suppression. No practice name, AGB code, wijk or free text appears here:
// the model holds none.
#include "render/html/view_zorgverzekeraar.h"

#include <algorithm>

#include "base/dutch_format.h"
#include "render/html/svg_charts.h"
#include "render/html/view_common.h"
#include "render/html/views.h"
#include "model/vocabulary.h"

namespace mtvp::html {
namespace {

Data Onderdrukt(const Cijfer& c, int min_cel, const std::string& tekst) {
  Data d;
  d.set("onderdrukt", !c.Getoond());
  switch (c.zicht) {
    case Zicht::kGetoond:
      d.set("tekst", tekst);
      d.set("uitleg", std::string());
      break;
    case Zicht::kKlein:
      d.set("tekst", OnderdruktLabel(c, min_cel));
      d.set("uitleg", "minder dan " + std::to_string(min_cel) + " praktijken; niet getoond");
      break;
    case Zicht::kAanvullend:
      d.set("tekst", OnderdruktLabel(c, min_cel));
      d.set("uitleg", std::string("weggelaten, omdat een kleiner cijfer er anders uit af te leiden is"));
      break;
    case Zicht::kLeeg:
      d.set("tekst", std::string("–"));
      d.set("uitleg", std::string("geen praktijken"));
      break;
  }
  return d;
}

const NalevingOnderdeel* Onderdeel(const NalevingGroep& g, const std::string& id) {
  for (const NalevingOnderdeel& o : g.onderdelen) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

std::string StatusLabel(Status s) {
  return s == Status::kNietVanToepassing ? "nog niet beoordeeld" : std::string(Name(s));
}

// Practices and their overall verdict over all programme years.
Data Deelname(const Aggregates& agg) {
  std::vector<Data> rows;
  StaafDiagramInhoud chart{"diagram-eindoordeel", "Praktijken per eindoordeel",
                           "Aantal praktijken per eindoordeel over alle programmajaren.",
                           std::max(agg.praktijken.waarde, 1.0), {}};
  for (size_t i = 0; i < kNalevingStatussen.size(); ++i) {
    const Status s = kNalevingStatussen[i];
    const Cijfer& c = agg.per_oordeel[i];
    if (s == Status::kNietVanToepassing && c.Getoond() && c.waarde == 0) continue;
    Data r;
    r.set("status", OordeelView(s));
    r.set("aantal", CijferView(c, agg.min_cel));
    rows.push_back(std::move(r));
    chart.staven.push_back({StatusLabel(s), c.Getoond() ? c.waarde : 0,
                            c.Getoond() ? FormatGetal(c.waarde) : OnderdruktLabel(c, agg.min_cel), c.Getoond(),
                            StatusKlasse(s)});
  }
  Data d;
  d.set("praktijken", CijferView(agg.praktijken, agg.min_cel));
  d.set("oordelen", ListOf(std::move(rows)));
  d.set("diagram", HeeftStaven(chart) ? StaafDiagram(chart) : std::string());
  return d;
}

// The verdict of each programme year: all cohorts, then each cohort.
Data OordeelPerJaar(const Aggregates& agg, int jaar) {
  std::vector<Data> rows;
  for (const NalevingGroep& g : agg.naleving) {
    if (g.jaar != jaar) continue;
    const NalevingOnderdeel* o = Onderdeel(g, "oordeel");
    if (!o) continue;
    Data d;
    d.set("naam", g.cohort_naam);
    d.set("totaal", g.cohort.empty());
    d.set("n", CijferView(g.praktijken, agg.min_cel));
    std::vector<Data> cellen;
    // A judged year always has a verdict, so "niet van toepassing" is left out.
    for (size_t s = 0; s + 1 < kNalevingStatussen.size(); ++s) cellen.push_back(CijferView(o->per_status[s], agg.min_cel));
    d.set("cellen", ListOf(std::move(cellen)));
    d.set("percentage", AandeelView(o->aandeel_voldoet_of_afwijking, agg.min_cel));
    rows.push_back(std::move(d));
  }
  if (rows.empty()) return Data(false);
  Data d;
  d.set("jaar", std::to_string(jaar));
  d.set("rijen", ListOf(std::move(rows)));
  return d;
}

// Share of practices that comply per kernelement, intervisie and overall,
// for all cohorts and per cohort, in one programme year.
Data NalevingPerJaar(const Aggregates& agg, int jaar) {
  std::vector<const NalevingGroep*> groepen;
  for (const NalevingGroep& g : agg.naleving) {
    if (g.jaar == jaar) groepen.push_back(&g);
  }
  if (groepen.empty()) return Data(false);
  std::vector<Data> koppen, rows;
  for (const NalevingGroep* g : groepen) {
    Data k;
    k.set("naam", g->cohort_naam);
    koppen.push_back(std::move(k));
  }
  StaafDiagramInhoud chart{"diagram-naleving-jaar-" + std::to_string(jaar),
                           "Aandeel praktijken dat voldoet, programmajaar " + std::to_string(jaar),
                           "Percentage van de praktijken waarvoor het onderdeel gold dat voldoet of een "
                           "geaccepteerde afwijking heeft (alle cohorten).",
                           1, {}};
  for (size_t o = 0; o < groepen[0]->onderdelen.size(); ++o) {
    std::vector<Data> cellen;
    for (const NalevingGroep* g : groepen) {
      const NalevingOnderdeel& od = g->onderdelen[o];
      Data c;
      c.set("n", CijferView(od.van_toepassing, agg.min_cel));
      c.set("percentage", AandeelView(od.aandeel_voldoet_of_afwijking, agg.min_cel));
      c.set("leeg", od.aandeel_voldoet_of_afwijking.zicht == Zicht::kLeeg);
      cellen.push_back(std::move(c));
    }
    const NalevingOnderdeel& alle = groepen[0]->onderdelen[o];
    Data r;
    r.set("naam", alle.label);
    r.set("groepen", ListOf(std::move(cellen)));
    rows.push_back(std::move(r));
    const Cijfer& a = alle.aandeel_voldoet_of_afwijking;
    if (a.zicht == Zicht::kLeeg) continue;
    chart.staven.push_back({alle.label, a.Getoond() ? a.waarde : 0,
                            a.Getoond() ? FormatPercentage(a.waarde) : OnderdruktLabel(a, agg.min_cel), a.Getoond(),
                            "voldoet"});
  }
  Data d;
  d.set("jaar", std::to_string(jaar));
  d.set("koppen", ListOf(std::move(koppen)));
  d.set("rijen", ListOf(std::move(rows)));
  d.set("diagram", HeeftStaven(chart) ? StaafDiagram(chart) : std::string());
  d.set("heeft_diagram", HeeftStaven(chart));
  return d;
}

}  // namespace

Data CijferView(const Cijfer& c, int min_cel) { return Onderdrukt(c, min_cel, FormatGetal(c.waarde)); }

Data AandeelView(const Cijfer& c, int min_cel) { return Onderdrukt(c, min_cel, FormatPercentage(c.waarde)); }

Data ZorgverzekeraarView(const Report& report, const HtmlOptions& options) {
  const Regioplan& plan = *report.plan;
  const Aggregates agg = ComputeAggregates(report, options.min_cel);
  Data view = PageView(report, plan.programma + " " + plan.regio + ": rapportage zorgverzekeraar");
  view.set("min_cel", std::to_string(agg.min_cel));
  std::string klein = "<";  // built in steps: "<" + std::string trips GCC 12's -Wrestrict
  klein += std::to_string(agg.min_cel);
  view.set("klein", std::move(klein));
  view.set("deelname", Deelname(agg));
  std::vector<Data> oordeel_jaren, naleving_jaren;
  for (int j = 1; j <= kProgrammajaren; ++j) {
    if (Data o = OordeelPerJaar(agg, j); o.is_object()) oordeel_jaren.push_back(std::move(o));
    if (Data n = NalevingPerJaar(agg, j); n.is_object()) naleving_jaren.push_back(std::move(n));
  }
  view.set("heeft_oordeel_per_jaar", !oordeel_jaren.empty());
  view.set("oordeel_per_jaar", ListOf(std::move(oordeel_jaren)));
  view.set("naleving_per_jaar", ListOf(std::move(naleving_jaren)));
  std::vector<Data> kolommen;
  for (size_t s = 0; s + 1 < kNalevingStatussen.size(); ++s) kolommen.push_back(StatusView(kNalevingStatussen[s]));
  view.set("kolommen", ListOf(std::move(kolommen)));
  std::string interventie_diagram;
  view.set("interventies", InterventiesView(agg, &interventie_diagram));
  view.set("interventie_diagram", interventie_diagram);
  view.set("heeft_interventie_diagram", !interventie_diagram.empty());
  view.set("totalen", TotalenView(agg));
  return view;
}

}  // namespace mtvp::html
