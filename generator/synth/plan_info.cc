// Works out, once per regioplan, what the synthetic-region generator can aim
// for: every scenario with the places in the plan (programme year, rule) it
// can hit, and which cohorts make each place reachable at the peildatum.
#include <algorithm>
#include <functional>

#include "model/rule_ids.h"
#include "model/vocabulary.h"
#include "synth/model.h"

namespace mtvp::synth {

bool GeldtInJaar(const Regel& g, int jaar) {
  return g.jaren.empty() || std::find(g.jaren.begin(), g.jaren.end(), jaar) != g.jaren.end();
}

bool Geldt(const Regel& g, bool kbz) {
  switch (g.geldt_voor) {
    case GeldtVoor::kAlle: return true;
    case GeldtVoor::kKbz: return kbz;
    case GeldtVoor::kNietKbz: return !kbz;
  }
  return true;
}

namespace {

bool IsKeuzeSoort(Soort s) {
  switch (s) {
    case Soort::kMinInterventies:
    case Soort::kMinNieuw:
    case Soort::kVorigeVoortgezet:
    case Soort::kMinVoortgezet:
    case Soort::kMinDoorontwikkeling:
    case Soort::kNieuwOfDoorontwikkeling:
    case Soort::kOnderbouwingBijDoorontwikkeling:
    case Soort::kNooitEnige:
    case Soort::kInterventieVerplicht: return true;
    default: return false;
  }
}

// A value can be chosen that makes this (single-metric) rule fail.
bool Faalbaar(const Regel& g) {
  switch (g.soort) {
    case Soort::kMinimaal:
    case Soort::kAandeel: return g.waarde > 0;
    case Soort::kMaximaal:
    case Soort::kJaNee: return true;
    default: return false;
  }
}

bool KanFalen(const Regel& g, int jaar) {
  switch (g.soort) {
    case Soort::kMinInterventies: return g.waarde >= 1;
    case Soort::kMinNieuw:
    case Soort::kMinVoortgezet:
    case Soort::kMinDoorontwikkeling:
    case Soort::kNieuwOfDoorontwikkeling: return g.waarde >= 1 && jaar >= 2;
    case Soort::kVorigeVoortgezet:
    case Soort::kOnderbouwingBijDoorontwikkeling: return jaar >= 2;
    case Soort::kNooitEnige:
    case Soort::kInterventieVerplicht: return true;
    default: return false;
  }
}

std::vector<int> Jaren(const Interventie& iv) {
  if (!iv.jaren.empty()) return iv.jaren;
  std::vector<int> all;
  for (int j = 1; j <= kProgrammajaren; ++j) all.push_back(j);
  return all;
}

// Keeps the sites whose rule is an eis, when there are any: a failing advies
// changes no verdict of the practice.
std::vector<Site> VoorkeurEis(std::vector<Site> sites) {
  std::vector<Site> eis;
  for (const Site& s : sites) {
    if (s.regel && s.regel->ernst == Ernst::kEis) eis.push_back(s);
  }
  return eis.empty() ? sites : eis;
}

std::vector<Site> Filter(const std::vector<Site>& sites, const std::function<bool(const Site&)>& keep) {
  std::vector<Site> out;
  for (const Site& s : sites) {
    if (keep(s)) out.push_back(s);
  }
  return out;
}

}  // namespace

PlanInfo AnalysePlan(const Regioplan& plan) {
  PlanInfo info;
  info.plan = &plan;
  for (const Cohort& c : plan.cohorten) {
    auto& jaren = info.kalender[c.id];
    for (int j = 1; j <= kProgrammajaren; ++j) {
      JaarKalender& k = jaren[j - 1];
      k.periode = ProgrammeYear(c.start, j);
      k.uiterste_datum = k.periode.tot.AddDays(plan.inzendtermijn_dagen);
      k.afgelopen = plan.peildatum > k.periode.tot;
      k.termijn_verstreken = plan.peildatum > k.uiterste_datum;
    }
  }

  // Which metrics rules read, which roles a rule cannot do without.
  std::function<void(const Regel&)> tel = [&](const Regel& g) {
    if (!g.metriek.empty()) ++info.metriek_gebruik[g.metriek];
    if (g.ontheffing) info.ontheffing_metrieken.insert(g.ontheffing->metriek);
    if (!g.rol.empty() && g.rol != "alle" && g.bij_afwezige_rol == Status::kVoldoetNiet) {
      info.verplichte_rollen.insert(g.rol);
    }
    for (const Regel& o : g.opties) tel(o);
  };
  for (const Kernelement& ke : plan.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) {
        tel(g);
        if (g.soort == Soort::kOnderbouwingBijDoorontwikkeling) {
          info.min_tekens = std::max(info.min_tekens, static_cast<size_t>(std::max(1, g.min_tekens)));
        }
      }
    }
  }
  for (const Interventie& iv : plan.interventies) {
    for (const Regel& g : iv.voorwaarden) tel(g);
    if (!iv.alias_van.empty()) info.aliassen[iv.alias_van].push_back(&iv);
    for (const Uitsluiting& u : iv.uitgesloten) {
      if (!u.kenmerk.empty()) info.kenmerken.push_back(u.kenmerk);
    }
  }
  std::sort(info.kenmerken.begin(), info.kenmerken.end());
  info.kenmerken.erase(std::unique(info.kenmerken.begin(), info.kenmerken.end()), info.kenmerken.end());
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& g : regels) {
      if (g.soort == Soort::kPerHuisarts) {
        info.verplichte_rollen.insert("huisarts");
        info.regel_bijeenkomsten.insert(g.bijeenkomst);
      }
      if (g.soort == Soort::kMinBijeenkomsten) info.regel_bijeenkomsten.insert(g.bijeenkomst);
    }
  }
  info.regel_bijeenkomsten.insert("uitwisselbijeenkomst");

  // Every rule of the plan as a site, by family.
  std::vector<Site> keuzeregels, metriekregels, intervisieregels;
  for (const Kernelement& ke : plan.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) {
        Site s;
        s.jaar = jaar;
        s.regel = &g;
        s.regel_id = GroeimodelRegelId(ke.id, jaar, g.id);
        s.ke = &ke;
        if (IsKeuzeSoort(g.soort)) {
          if (KanFalen(g, jaar)) keuzeregels.push_back(s);
        } else if (IsVoorwaardeSoort(g.soort)) {
          metriekregels.push_back(s);
        }
      }
    }
  }
  for (const Interventie& iv : plan.interventies) {
    if (!iv.kiesbaar || !iv.alias_van.empty()) continue;
    for (const Regel& g : iv.voorwaarden) {
      for (int jaar : Jaren(iv)) {
        if (!GeldtInJaar(g, jaar)) continue;
        Site s;
        s.jaar = jaar;
        s.regel = &g;
        s.regel_id = VoorwaardeRegelId(iv.id, g.id);
        s.iv = &iv;
        metriekregels.push_back(s);
      }
    }
  }
  for (Site& s : metriekregels) {
    const Regel& g = *s.regel;
    s.schoon = g.soort != Soort::kEenVan && !g.metriek.empty() && info.metriek_gebruik[g.metriek] == 1 &&
               !info.ontheffing_metrieken.count(g.metriek);
  }
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& g : regels) {
      Site s;
      s.jaar = jaar;
      s.regel = &g;
      s.regel_id = IntervisieRegelId(jaar, g.id);
      if ((g.soort == Soort::kPerHuisarts && g.min_sessies >= 1) || g.soort == Soort::kUitwisselbijeenkomsten ||
          (g.soort == Soort::kMinBijeenkomsten && g.waarde >= 1)) {
        intervisieregels.push_back(s);
      }
    }
  }

  auto add = [&](std::string naam, Doelsoort soort, std::vector<Site> sites, int gewicht) {
    Scenario sc;
    sc.naam = std::move(naam);
    sc.soort = soort;
    sc.sites = std::move(sites);
    sc.gewicht = gewicht;
    info.scenarios.push_back(std::move(sc));
  };
  auto jaar_sites = [](std::initializer_list<int> jaren) {
    std::vector<Site> out;
    for (int j : jaren) {
      Site s;
      s.jaar = j;
      out.push_back(s);
    }
    return out;
  };

  add("voldoet", Doelsoort::kVoldoet, {}, 500);
  add("inzending-te-laat", Doelsoort::kTeLaat, jaar_sites({1, 2, 3}), 50);
  add("inzending-ontbreekt", Doelsoort::kOntbreekt, jaar_sites({1, 2, 3}), 40);
  add("uitgetreden", Doelsoort::kUitgetreden, jaar_sites({1, 2}), 30);
  add("ongeldig-kapotte-json", Doelsoort::kOngeldigJson, jaar_sites({1, 2, 3}), 3);
  add("ongeldig-verkeerd-type", Doelsoort::kOngeldigType, jaar_sites({1, 2, 3}), 3);
  add("ongeldig-interventie-typfout", Doelsoort::kOngeldigInterventie, jaar_sites({1, 2, 3}), 3);
  add("ongeldig-periode", Doelsoort::kOngeldigPeriode, jaar_sites({1, 2, 3}), 3);

  // Groeimodel: one scenario per kind of choice rule.
  for (Soort soort : {Soort::kMinInterventies, Soort::kMinNieuw, Soort::kVorigeVoortgezet, Soort::kMinVoortgezet,
                      Soort::kMinDoorontwikkeling, Soort::kNieuwOfDoorontwikkeling,
                      Soort::kOnderbouwingBijDoorontwikkeling, Soort::kNooitEnige, Soort::kInterventieVerplicht}) {
    add("groeimodel-" + std::string(Name(soort)), Doelsoort::kGroeimodel,
        VoorkeurEis(Filter(keuzeregels, [&](const Site& s) { return s.regel->soort == soort; })), 0);
  }
  // Voorwaarden, near their thresholds.
  auto metriek = [&](const std::function<bool(const Regel&)>& keep) {
    return VoorkeurEis(Filter(metriekregels, [&](const Site& s) { return keep(*s.regel); }));
  };
  add("voorwaarde-minimaal-net-onder", Doelsoort::kMinimaalNetOnder,
      metriek([](const Regel& g) { return g.soort == Soort::kMinimaal && !g.per_normpraktijk && g.waarde > 0; }), 0);
  add("voorwaarde-minimaal-op-drempel", Doelsoort::kMinimaalOpDrempel,
      metriek([](const Regel& g) { return g.soort == Soort::kMinimaal && !g.per_normpraktijk && g.waarde > 0; }), 0);
  add("voorwaarde-per-normpraktijk-net-onder", Doelsoort::kPerNormpraktijkNetOnder,
      metriek([](const Regel& g) { return g.soort == Soort::kMinimaal && g.per_normpraktijk && g.waarde > 0; }), 0);
  add("voorwaarde-per-normpraktijk-net-erboven", Doelsoort::kPerNormpraktijkNetBoven,
      metriek([](const Regel& g) { return g.soort == Soort::kMinimaal && g.per_normpraktijk && g.waarde > 0; }), 0);
  add("voorwaarde-maximaal-net-boven", Doelsoort::kMaximaalNetBoven,
      metriek([](const Regel& g) { return g.soort == Soort::kMaximaal; }), 0);
  add("voorwaarde-aandeel-net-onder", Doelsoort::kAandeelNetOnder,
      metriek([](const Regel& g) { return g.soort == Soort::kAandeel && g.waarde > 0; }), 0);
  add("voorwaarde-ja-nee-nee", Doelsoort::kJaNeeNee, metriek([](const Regel& g) { return g.soort == Soort::kJaNee; }),
      0);
  add("voorwaarde-een-van-geen-optie", Doelsoort::kEenVanGeenOptie, metriek([](const Regel& g) {
        return g.soort == Soort::kEenVan && !g.opties.empty() &&
               std::all_of(g.opties.begin(), g.opties.end(), [](const Regel& o) { return Faalbaar(o); });
      }),
      0);
  add("voorwaarde-afwezige-rol", Doelsoort::kAfwezigeRol, metriek([](const Regel& g) {
        return !g.rol.empty() && g.rol != "alle" && g.bij_afwezige_rol == Status::kVoldoetNiet;
      }),
      0);
  add("voorwaarde-ontbrekende-waarde", Doelsoort::kOntbrekendeWaarde,
      metriek([](const Regel& g) { return Faalbaar(g) && !g.ontheffing; }), 0);
  add("voorwaarde-ontheffing", Doelsoort::kOntheffing,
      metriek([](const Regel& g) { return g.ontheffing.has_value() && g.soort != Soort::kEenVan; }), 0);
  // Intervisie.
  for (Soort soort : {Soort::kPerHuisarts, Soort::kUitwisselbijeenkomsten, Soort::kMinBijeenkomsten}) {
    add("intervisie-" + std::string(Name(soort)), Doelsoort::kIntervisie,
        VoorkeurEis(Filter(intervisieregels, [&](const Site& s) { return s.regel->soort == soort; })), 0);
  }
  // Menu.
  std::vector<Site> niet_kiesbaar, uitgesloten, buiten_jaren;
  for (const Interventie& iv : plan.interventies) {
    for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
      Site s;
      s.jaar = jaar;
      s.iv = &iv;
      s.regel_id = MenuRegelId(iv.id);
      const bool in_jaar = iv.jaren.empty() || std::count(iv.jaren.begin(), iv.jaren.end(), jaar) > 0;
      if (!iv.kiesbaar) {
        niet_kiesbaar.push_back(s);
        continue;
      }
      if (!in_jaar) {
        if (iv.uitgesloten.empty()) buiten_jaren.push_back(s);
        continue;
      }
      for (const Uitsluiting& u : iv.uitgesloten) {
        // A practice can only be registered in a sub-region the plan declares.
        const bool bekend = std::any_of(u.subregios.begin(), u.subregios.end(), [&](const std::string& r) {
          return std::count(plan.subregios.begin(), plan.subregios.end(), r) > 0;
        });
        if (!bekend) continue;
        s.uitsluiting = &u;
        uitgesloten.push_back(s);
      }
    }
  }
  add("menu-niet-kiesbaar", Doelsoort::kMenuNietKiesbaar, niet_kiesbaar, 0);
  add("menu-uitgesloten-subregio", Doelsoort::kMenuUitgesloten, uitgesloten, 0);
  add("menu-buiten-programmajaren", Doelsoort::kMenuBuitenJaren, buiten_jaren, 0);
  // Accepted deviations, on failures that fail nothing else where possible.
  std::vector<Site> afwijkbaar = Filter(metriekregels, [](const Site& s) {
    return s.schoon && s.regel->ernst == Ernst::kEis && Faalbaar(*s.regel) && !s.regel->ontheffing;
  });
  if (afwijkbaar.empty()) {
    afwijkbaar = Filter(keuzeregels, [](const Site& s) { return s.regel->ernst == Ernst::kEis; });
  }
  add("afwijking-geldig", Doelsoort::kAfwijkingGeldig, afwijkbaar, 0);
  add("afwijking-verlopen", Doelsoort::kAfwijkingVerlopen, afwijkbaar, 0);

  // Keep only what some cohort can reach at the peildatum, and share the
  // remaining per mille evenly over the rule scenarios.
  std::vector<Scenario> kept;
  for (Scenario& sc : info.scenarios) {
    if (sc.soort == Doelsoort::kVoldoet) {
      kept.push_back(std::move(sc));
      continue;
    }
    std::vector<Site> bereikbaar;
    for (const Site& s : sc.sites) {
      if (std::any_of(plan.cohorten.begin(), plan.cohorten.end(),
                      [&](const Cohort& c) { return Mogelijk(info, sc, s, c); })) {
        bereikbaar.push_back(s);
      }
    }
    sc.sites = std::move(bereikbaar);
    if (!sc.sites.empty()) kept.push_back(std::move(sc));
  }
  size_t regelscenarios = 0;
  for (size_t i = 0; i < kept.size(); ++i) regelscenarios += kept[i].gewicht == 0;
  for (Scenario& sc : kept) {
    if (sc.gewicht == 0) sc.gewicht = std::max<int>(1, static_cast<int>(368 / std::max<size_t>(1, regelscenarios)));
  }
  info.scenarios = std::move(kept);
  return info;
}

bool Mogelijk(const PlanInfo& info, const Scenario& sc, const Site& s, const Cohort& c) {
  const JaarKalender& k = info.Jaar(c, s.jaar);
  const Date peildatum = info.plan->peildatum;
  switch (sc.soort) {
    case Doelsoort::kVoldoet: return true;
    case Doelsoort::kTeLaat:
    case Doelsoort::kOntbreekt: return k.termijn_verstreken;
    case Doelsoort::kUitgetreden: return s.jaar < kProgrammajaren && k.periode.van.AddDays(30) <= peildatum;
    case Doelsoort::kIntervisie:
      if (s.regel->soort == Soort::kUitwisselbijeenkomsten) {
        if (!k.afgelopen) return false;
        return std::any_of(c.uitwisselbijeenkomsten.begin(), c.uitwisselbijeenkomsten.end(),
                           [&](const Date& d) { return d <= peildatum; });
      }
      return k.afgelopen;
    default: return k.afgelopen;
  }
}

}  // namespace mtvp::synth
