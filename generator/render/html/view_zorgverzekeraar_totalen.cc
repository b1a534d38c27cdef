// Insurer report, second half: interventions chosen and totals of referrals,
// trainings and intervisie, per programme year.
#include <algorithm>
#include <array>
#include <map>

#include "base/dutch_format.h"
#include "render/html/svg_charts.h"
#include "render/html/view_common.h"
#include "render/html/view_zorgverzekeraar.h"

namespace mtvp::html {
namespace {

// Referrals and trainings are what the insurer asks about; they are
// recognised by the first part of the metric id.
std::string Groep(const std::string& metriek) {
  if (metriek.starts_with("verwijzingen.")) return "Verwijzingen";
  if (metriek.starts_with("scholing.") || metriek.starts_with("opleiding.")) return "Scholing en training";
  return "Overige aantallen";
}

Data JaarKoppen() {
  std::vector<Data> koppen;
  for (int j = 1; j <= kProgrammajaren; ++j) {
    Data d;
    d.set("jaar", std::to_string(j));
    koppen.push_back(std::move(d));
  }
  return ListOf(std::move(koppen));
}

// A year without judged submissions has no figure at all.
const Cijfer kGeen{0, Zicht::kLeeg};

}  // namespace

Data InterventiesView(const Aggregates& agg, std::string* diagram) {
  // The chart shows the latest programme year with judged submissions.
  size_t laatste = kProgrammajaren;
  while (laatste > 0 && agg.beoordeeld_per_jaar[laatste - 1].waarde == 0) --laatste;
  StaafDiagramInhoud chart{"diagram-interventies",
                           "Praktijken per interventie, programmajaar " + std::to_string(laatste),
                           "Aantal praktijken dat de interventie meetelde.",
                           laatste ? std::max(agg.beoordeeld_per_jaar[laatste - 1].waarde, 1.0) : 1.0, {}};
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
  for (const InterventieTelling& it : agg.interventies) {
    if (it.kernelement != huidig) sluit();
    huidig = it.kernelement;
    std::vector<Data> jaren;
    for (const Cijfer& c : it.per_jaar) jaren.push_back(CijferView(c, agg.min_cel));
    Data d;
    d.set("naam", it.naam);
    d.set("jaren", ListOf(std::move(jaren)));
    rows.push_back(std::move(d));
    if (laatste) {
      const Cijfer& c = it.per_jaar[laatste - 1];
      chart.staven.push_back({it.naam, c.Getoond() ? c.waarde : 0,
                              c.Getoond() ? FormatGetal(c.waarde) : OnderdruktLabel(c, agg.min_cel), c.Getoond(),
                              "neutraal"});
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

Data TotalenView(const Aggregates& agg) {
  struct Rij {
    std::string label, eenheid;
    std::array<Cijfer, kProgrammajaren> n{kGeen, kGeen, kGeen};
    std::array<Cijfer, kProgrammajaren> totaal{kGeen, kGeen, kGeen};
  };
  // Metrics keep the plan's order within their group.
  std::map<std::string, std::vector<std::string>> volgorde;
  std::map<std::string, Rij> per_metriek;
  for (const MetriekTotaal& m : agg.metrieken) {
    auto [it, nieuw] = per_metriek.try_emplace(m.metriek);
    if (nieuw) {
      it->second.label = m.label;
      it->second.eenheid = m.eenheid;
      volgorde[Groep(m.metriek)].push_back(m.metriek);
    }
    const size_t j = static_cast<size_t>(m.jaar - 1);
    it->second.n[j] = m.praktijken;
    it->second.totaal[j] = m.totaal;
  }
  std::vector<Data> groepen;
  for (const char* naam : {"Verwijzingen", "Scholing en training", "Overige aantallen"}) {
    std::vector<Data> rows;
    for (const std::string& id : volgorde[naam]) {
      const Rij& r = per_metriek[id];
      std::vector<Data> jaren;
      for (size_t j = 0; j < kProgrammajaren; ++j) {
        Data d;
        d.set("n", CijferView(r.n[j], agg.min_cel));
        d.set("som", CijferView(r.totaal[j], agg.min_cel));
        jaren.push_back(std::move(d));
      }
      Data row;
      row.set("label", r.label);
      row.set("eenheid", r.eenheid);
      row.set("jaren", ListOf(std::move(jaren)));
      rows.push_back(std::move(row));
    }
    if (rows.empty()) continue;
    Data g;
    g.set("naam", std::string(naam));
    g.set("rijen", ListOf(std::move(rows)));
    groepen.push_back(std::move(g));
  }

  struct Sessies {
    std::array<Cijfer, kProgrammajaren> n{kGeen, kGeen, kGeen}, bijeenkomsten{kGeen, kGeen, kGeen},
        deelnemers{kGeen, kGeen, kGeen};
  };
  std::map<std::string, Sessies> per_soort;
  for (const IntervisieTotaal& i : agg.intervisie) {
    Sessies& s = per_soort[i.soort];
    const size_t j = static_cast<size_t>(i.jaar - 1);
    s.n[j] = i.praktijken;
    s.bijeenkomsten[j] = i.bijeenkomsten;
    s.deelnemers[j] = i.deelnemers;
  }
  // Named kinds alphabetically, the rest last.
  std::vector<std::string> soorten;
  for (const auto& [soort, s] : per_soort) {
    if (soort != kOverigeSoort) soorten.push_back(std::move(soort));
  }
  if (per_soort.count(std::string(kOverigeSoort))) soorten.emplace_back(kOverigeSoort);
  std::vector<Data> sessies;
  for (const std::string& soort : soorten) {
    const Sessies& s = per_soort[soort];
    std::vector<Data> jaren;
    for (size_t j = 0; j < kProgrammajaren; ++j) {
      Data d;
      d.set("n", CijferView(s.n[j], agg.min_cel));
      d.set("bijeenkomsten", CijferView(s.bijeenkomsten[j], agg.min_cel));
      d.set("deelnemers", CijferView(s.deelnemers[j], agg.min_cel));
      d.set("leeg", s.n[j].zicht == Zicht::kLeeg);
      jaren.push_back(std::move(d));
    }
    Data r;
    r.set("soort", soort == kOverigeSoort ? std::string("overige bijeenkomsten") : soort);
    r.set("jaren", ListOf(std::move(jaren)));
    sessies.push_back(std::move(r));
  }
  Data d;
  d.set("heeft_groepen", !groepen.empty());
  d.set("groepen", ListOf(std::move(groepen)));
  d.set("heeft_intervisie", !sessies.empty());
  d.set("intervisie", ListOf(std::move(sessies)));
  d.set("jaar_koppen", JaarKoppen());
  return d;
}

}  // namespace mtvp::html
