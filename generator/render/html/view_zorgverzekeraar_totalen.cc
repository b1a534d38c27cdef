// Insurer report, second half: interventions chosen, metrics and intervisie
// sessions, per programme year (all cohorts together).
#include <algorithm>

#include "base/dutch_format.h"
#include "render/html/svg_charts.h"
#include "render/html/view_common.h"
#include "render/html/view_zorgverzekeraar.h"

namespace mtvp::html {
namespace {

Data JaarKoppen() {
  std::vector<Data> koppen;
  for (int j = 1; j <= kProgrammajaren; ++j) {
    Data d;
    d.set("jaar", std::to_string(j));
    koppen.push_back(std::move(d));
  }
  return ListOf(std::move(koppen));
}

// "12 (41,4%)": a count with its share of the practices due.
Data PaarView(const Paar& p, int min_cel) {
  Data d;
  d.set("aantal", CijferView(p.ja, min_cel));
  d.set("aandeel", AandeelView(p.aandeel, min_cel));
  d.set("leeg", p.ja.zicht == Zicht::kNietVerschuldigd);
  return d;
}

std::string AggregaatNaam(MetriekAggregaat a) {
  switch (a) {
    case MetriekAggregaat::kSom: return "totaal";
    case MetriekAggregaat::kMediaan: return "mediaan";
    case MetriekAggregaat::kJaNee: return "praktijken met ja";
  }
  return "";
}

}  // namespace

Data InterventiesView(const ZorgverzekeraarModel& m, std::string* diagram) {
  size_t laatste = kProgrammajaren;
  while (laatste > 0 && !m.jaren[laatste - 1].verschuldigd) --laatste;
  StaafDiagramInhoud chart{"diagram-interventies",
                           "Praktijken per interventie, programmajaar " + std::to_string(laatste),
                           "Aantal praktijken dat de interventie meetelde (alle cohorten).",
                           laatste ? std::max(m.jaren[laatste - 1].groepen[0].verschuldigd.waarde, 1.0) : 1.0,
                           {}};
  std::vector<Data> groepen, rows;
  std::string huidig;
  auto sluit = [&] {
    if (rows.empty()) return;
    Data g;
    g.set("naam", huidig);
    g.set("interventies", ListOf(std::move(rows)));
    groepen.push_back(std::move(g));
    rows.clear();
  };
  for (size_t i = 0; i < m.interventies.size(); ++i) {
    const ZvInterventieRij& iv = m.interventies[i];
    if (iv.kernelement != huidig) sluit();
    huidig = iv.kernelement;
    std::vector<Data> jaren;
    for (const ZvJaar& j : m.jaren) jaren.push_back(PaarView(j.interventies[i], m.min_cel));
    Data d;
    d.set("naam", iv.naam);
    d.set("jaren", ListOf(std::move(jaren)));
    rows.push_back(std::move(d));
    if (laatste) {
      const Cijfer& c = m.jaren[laatste - 1].interventies[i].ja;
      chart.staven.push_back(
          {iv.naam, c.Getoond() ? c.waarde : 0, c.Getoond() ? FormatGetal(c.waarde) : "x", c.Getoond(), "neutraal"});
    }
  }
  sluit();
  *diagram = HeeftStaven(chart) ? StaafDiagram(chart) : std::string();
  Data d;
  d.set("heeft_groepen", !groepen.empty());
  d.set("groepen", ListOf(std::move(groepen)));
  d.set("jaar_koppen", JaarKoppen());
  return d;
}

Data TotalenView(const ZorgverzekeraarModel& m) {
  std::vector<Data> metrieken;
  for (size_t i = 0; i < m.metrieken.size(); ++i) {
    const ZvMetriekRij& mr = m.metrieken[i];
    std::vector<Data> jaren;
    for (const ZvJaar& j : m.jaren) {
      const ZvMetriek& zm = j.metrieken[i];
      Data d;
      d.set("leeg", zm.gemeld.ja.zicht == Zicht::kNietVerschuldigd);
      d.set("ja_nee", mr.aggregaat == MetriekAggregaat::kJaNee);
      d.set("ja", PaarView(zm.ja, m.min_cel));
      d.set("waarde", CijferView(zm.waarde, m.min_cel));
      d.set("gemeld", CijferView(zm.gemeld.ja, m.min_cel));
      jaren.push_back(std::move(d));
    }
    Data r;
    r.set("label", mr.label);
    r.set("eenheid", mr.eenheid);
    r.set("aggregaat", AggregaatNaam(mr.aggregaat));
    r.set("jaren", ListOf(std::move(jaren)));
    metrieken.push_back(std::move(r));
  }
  std::vector<Data> sessies;
  for (size_t i = 0; i < m.intervisie_soorten.size(); ++i) {
    std::vector<Data> jaren;
    for (const ZvJaar& j : m.jaren) {
      const ZvIntervisie& zi = j.intervisie[i];
      Data d;
      d.set("leeg", zi.praktijken.ja.zicht == Zicht::kNietVerschuldigd);
      d.set("n", CijferView(zi.praktijken.ja, m.min_cel));
      d.set("bijeenkomsten", CijferView(zi.bijeenkomsten, m.min_cel));
      d.set("deelnames", CijferView(zi.deelnames, m.min_cel));
      jaren.push_back(std::move(d));
    }
    Data r;
    r.set("soort", m.intervisie_soorten[i]);
    r.set("jaren", ListOf(std::move(jaren)));
    sessies.push_back(std::move(r));
  }
  Data d;
  d.set("heeft_metrieken", !metrieken.empty());
  d.set("metrieken", ListOf(std::move(metrieken)));
  d.set("intervisie", ListOf(std::move(sessies)));
  d.set("jaar_koppen", JaarKoppen());
  return d;
}

}  // namespace mtvp::html
