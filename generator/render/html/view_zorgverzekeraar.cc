// The insurer report (zorgverzekeraar/index.html): aggregates only, from the
// shared ZorgverzekeraarModel (aggregates.h), which already decided what is
// shown (docs/zorgverzekeraar-afscherming.md). No practice name, AGB code,
// wijk or free text appears here: the model holds none.
#include "render/html/view_zorgverzekeraar.h"

#include <algorithm>

#include "base/dutch_format.h"
#include "render/html/svg_charts.h"
#include "render/html/view_common.h"
#include "render/html/views.h"

namespace mtvp::html {
namespace {

Data Cel(const Cijfer& c, int min_cel, const std::string& tekst) {
  Data d;
  d.set("onderdrukt", !c.Getoond());
  switch (c.zicht) {
    case Zicht::kGetoond:
      d.set("tekst", tekst);
      d.set("uitleg", std::string());
      break;
    case Zicht::kVerborgen:
      d.set("tekst", std::string("x"));
      d.set("uitleg", "niet getoond: dit cijfer of het cijfer ernaast gaat over minder dan " + std::to_string(min_cel) +
                          " praktijken");
      break;
    case Zicht::kNietVerschuldigd:
      d.set("tekst", std::string("–"));
      d.set("uitleg", std::string("programmajaar nog voor geen cohort afgelopen"));
      break;
  }
  return d;
}

Data GroepRij(const ZvGroep& g, int min_cel) {
  Data d;
  d.set("naam", g.naam);
  d.set("totaal", g.totaal);
  std::vector<Data> cellen;
  for (const Cijfer* c : {&g.verschuldigd, &g.voldoet.ja, &g.voldoet.nee, &g.niet_of_geen.ja, &g.niet_of_geen.nee,
                          &g.beoordeeld, &g.op_tijd.ja, &g.op_tijd.nee}) {
    cellen.push_back(CijferView(*c, min_cel));
  }
  for (const Cijfer* c :
       {&g.voldoet.aandeel, &g.aandeel_voldoet_van_beoordeeld, &g.aandeel_beoordeeld, &g.op_tijd.aandeel}) {
    cellen.push_back(AandeelView(*c, min_cel));
  }
  d.set("cellen", ListOf(std::move(cellen)));
  return d;
}

Data Jaar(const ZorgverzekeraarModel& m, const ZvJaar& j) {
  Data d;
  d.set("jaar", std::to_string(j.jaar));
  d.set("verschuldigd", j.verschuldigd);
  std::vector<Data> rijen;
  for (const ZvGroep& g : j.groepen) rijen.push_back(GroepRij(g, m.min_cel));
  d.set("rijen", ListOf(std::move(rijen)));
  std::vector<Data> onderdelen;
  for (size_t i = 0; i < m.onderdelen.size(); ++i) {
    const Paar& p = j.onderdelen[i];
    Data r;
    r.set("naam", m.onderdelen[i]);
    r.set("ja", CijferView(p.ja, m.min_cel));
    r.set("nee", CijferView(p.nee, m.min_cel));
    r.set("aandeel", AandeelView(p.aandeel, m.min_cel));
    onderdelen.push_back(std::move(r));
  }
  d.set("onderdelen", ListOf(std::move(onderdelen)));
  return d;
}

// The share of practices that comply, per programme year (all cohorts):
// only shown figures become bars.
std::string VoldoetDiagram(const ZorgverzekeraarModel& m) {
  StaafDiagramInhoud chart{"diagram-voldoet",
                           "Aandeel praktijken dat voldoet, per programmajaar",
                           "Percentage van de praktijken waarvan de inzending verschuldigd was dat voldoet of een "
                           "geaccepteerde afwijking heeft (alle cohorten).",
                           1,
                           {}};
  for (const ZvJaar& j : m.jaren) {
    if (!j.verschuldigd) continue;
    const Cijfer& a = j.groepen[0].voldoet.aandeel;
    chart.staven.push_back({"Programmajaar " + std::to_string(j.jaar), a.Getoond() ? a.waarde : 0,
                            a.Getoond() ? FormatPercentage(a.waarde) : "x", a.Getoond(), "voldoet"});
  }
  return HeeftStaven(chart) ? StaafDiagram(chart) : std::string();
}

}  // namespace

Data CijferView(const Cijfer& c, int min_cel) { return Cel(c, min_cel, FormatGetal(c.waarde)); }

Data AandeelView(const Cijfer& c, int min_cel) { return Cel(c, min_cel, FormatPercentage(c.waarde)); }

Data ZorgverzekeraarView(const Report& report, const HtmlOptions& options) {
  const Regioplan& plan = *report.plan;
  const std::shared_ptr<const ZorgverzekeraarModel> model =
      options.zorgverzekeraar
          ? options.zorgverzekeraar
          : std::make_shared<const ZorgverzekeraarModel>(ComputeZorgverzekeraarModel(report, options.min_cel));
  const ZorgverzekeraarModel& m = *model;
  Data view = PageView(report, plan.programma + " " + plan.regio + ": rapportage zorgverzekeraar");
  view.set("min_cel", std::to_string(m.min_cel));
  view.set("praktijken", CijferView(m.praktijken, m.min_cel));
  std::vector<Data> jaren;
  for (const ZvJaar& j : m.jaren) jaren.push_back(Jaar(m, j));
  view.set("jaren", ListOf(std::move(jaren)));
  const std::string voldoet = VoldoetDiagram(m);
  view.set("voldoet_diagram", voldoet);
  view.set("heeft_voldoet_diagram", !voldoet.empty());
  std::string interventie_diagram;
  view.set("interventies", InterventiesView(m, &interventie_diagram));
  view.set("interventie_diagram", interventie_diagram);
  view.set("heeft_interventie_diagram", !interventie_diagram.empty());
  view.set("totalen", TotalenView(m));
  return view;
}

}  // namespace mtvp::html
