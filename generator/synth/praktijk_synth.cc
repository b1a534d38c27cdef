#include "synth/praktijk_synth.h"

#include <algorithm>
#include <functional>
#include <numeric>

#include "model/vocabulary.h"
#include "rules/interventie_keuzes.h"
#include "synth/names.h"
#include "synth/rekenen.h"

namespace mtvp::synth {

// One practice: which years it submits (step 1), which interventions it
// chooses year by year so that the groeimodel holds, and how its scenario
// changes the target year (step 2). Figures and sessions are in
// praktijk_waarden.cc, the files in praktijk_bestand.cc, the manifest entry in
// praktijk_verwachting.cc.

PraktijkSynth::PraktijkSynth(const PlanInfo& info, PraktijkSpec spec, uint64_t seed)
    : info_(info), plan_(*info.plan), spec_(std::move(spec)), seed_(seed), rng_(Rng::For(seed, 2, spec_.index)) {
  praktijk_.agb = spec_.agb;
  praktijk_.naam = spec_.naam;
  praktijk_.subregio = spec_.subregio;
  praktijk_.cohort = spec_.cohort->id;
  praktijk_.normpraktijken = Normpraktijken();
  praktijk_.krachtige_basiszorg = spec_.kbz;
  praktijk_.kenmerken = spec_.kenmerken;
}

bool PraktijkSynth::Geldig(int jaar) const {
  const JaarOpzet& o = jaren_[jaar - 1];
  return o.toestand == Toestand::kIngediend && !o.ongeldig;
}

// ---------------------------------------------------------------- step 1

void PraktijkSynth::Opzetten() {
  Rng rng = Rng::For(seed_, 1, static_cast<uint64_t>(spec_.index));
  const Date peildatum = plan_.peildatum;
  const Doelsoort soort = spec_.scenario->soort;
  for (int j = 1; j <= kProgrammajaren; ++j) {
    const JaarKalender& k = info_.Jaar(*spec_.cohort, j);
    JaarOpzet& o = jaren_[j - 1];
    if (spec_.uitgetreden_op && *spec_.uitgetreden_op < k.periode.van) {
      o.toestand = Toestand::kUitgetreden;
      continue;
    }
    if (!k.afgelopen) {
      o.toestand = Toestand::kNietVerschuldigd;
      continue;
    }
    const bool doel = IsDoel(j);
    if (doel && soort == Doelsoort::kOntbreekt) {
      o.toestand = Toestand::kOntbreekt;
      continue;
    }
    // Between the end of the year and the due date some practices have not
    // submitted yet; the plangroep's representative always has.
    if (!k.termijn_verstreken && !doel && !spec_.vertegenwoordiger && !rng.Percent(60)) {
      o.toestand = Toestand::kVerwacht;
      continue;
    }
    o.toestand = Toestand::kIngediend;
    const int eerste = static_cast<int>(k.periode.tot.DayNumber()) + 1;
    if (doel && soort == Doelsoort::kTeLaat) {
      o.te_laat = true;
      o.ingediend_op = Date::FromDayNumber(
          rng.Range(static_cast<int>(k.uiterste_datum.DayNumber()) + 1, static_cast<int>(peildatum.DayNumber())));
    } else {
      const int laatste = static_cast<int>(std::min(k.uiterste_datum, peildatum).DayNumber());
      const int span = laatste - eerste;
      o.ingediend_op = Date::FromDayNumber(eerste + (rng.Percent(70) ? rng.Range(0, span / 3) : rng.Range(0, span)));
    }
    o.ongeldig = doel && IsOngeldigScenario(soort);
  }

  // Uitwisselbijeenkomsten: attended on every date up to the peildatum (but
  // one, for the practice meant to miss one) and reported in the submission of
  // the year it fell in, or else in the first later one.
  int min_deelnemers = 0;
  for (const auto& [jaar, regels] : plan_.intervisie) {
    for (const Regel& g : regels) {
      if (g.soort == Soort::kUitwisselbijeenkomsten) min_deelnemers = std::max({min_deelnemers, g.min_deelnemers, 1});
    }
  }
  if (min_deelnemers == 0 || spec_.vertrouwt_op_plangroep) return;
  std::optional<Date> gemist;
  bool te_weinig = false;
  if (soort == Doelsoort::kIntervisie && spec_.site.regel->soort == Soort::kUitwisselbijeenkomsten) {
    std::vector<Date> kandidaten;
    for (const Date& d : spec_.cohort->uitwisselbijeenkomsten) {
      if (d <= peildatum) kandidaten.push_back(d);
    }
    if (!kandidaten.empty()) gemist = rng.Pick(kandidaten);
    te_weinig = min_deelnemers > 1 && rng.Percent(50);
  }
  for (const Date& d : spec_.cohort->uitwisselbijeenkomsten) {
    if (d > peildatum) continue;
    int deelnemers = min_deelnemers + (rng.Percent(30) ? 1 : 0);
    if (gemist && d == *gemist) {
      if (!te_weinig) continue;
      deelnemers = min_deelnemers - 1;
    }
    int in_jaar = 0;
    for (int j = 1; j <= kProgrammajaren && !in_jaar; ++j) {
      if (Geldig(j) && info_.Jaar(*spec_.cohort, j).periode.Contains(d)) in_jaar = j;
    }
    for (int j = 1; j <= kProgrammajaren && !in_jaar; ++j) {
      if (Geldig(j) && jaren_[j - 1].ingediend_op >= d) in_jaar = j;
    }
    if (!in_jaar) continue;
    uitwissel_[in_jaar - 1].emplace_back(d, deelnemers);
    int& n = geregistreerd_[d];
    n = std::max(n, deelnemers);
  }
}

// ---------------------------------------------------------------- step 2

void PraktijkSynth::Personeel() {
  const int huisartsen = std::max(1, static_cast<int>(std::lround(Normpraktijken() * 1.2)));
  for (const Rol& rol : plan_.rollen) {
    int n;
    if (rol.id == "huisarts") {
      n = std::max(1, huisartsen + rng_.Range(-1, 1));
    } else if (rol.id == "poh") {
      n = rng_.Percent(8) ? 0 : rng_.Range(1, 3);
    } else if (rol.id == "doktersassistent") {
      n = rng_.Range(1, 6);
    } else if (rol.id == "praktijkmanager") {
      n = rng_.Percent(60) ? 1 : 0;
    } else if (rol.id == "soh") {
      n = rng_.Percent(30) ? rng_.Range(1, 2) : 0;
    } else if (rol.id == "pa" || rol.id == "vs") {
      n = rng_.Percent(15) ? 1 : 0;
    } else {
      n = rng_.Range(0, 2);
    }
    if (n == 0 && info_.verplichte_rollen.count(rol.id)) n = 1;
    personeel_.emplace_back(rol.id, n);
  }
}

bool PraktijkSynth::Toegestaan(const Interventie& iv, int jaar) const {
  const auto it = toegestaan_.find(&iv);
  return it != toegestaan_.end() && it->second[jaar - 1];
}

std::vector<const Interventie*> PraktijkSynth::Kandidaten(const Kernelement& ke, int jaar) const {
  std::vector<const Interventie*> out;
  for (const Interventie& iv : plan_.interventies) {
    // A follow-up (doorontwikkeling_van) would count as a doorontwikkeling of
    // its basis; the generator keeps its choices plain.
    if (iv.kernelement != ke.id || !iv.kiesbaar || !iv.alias_van.empty() || !iv.doorontwikkeling_van.empty()) continue;
    bool ok = true;
    for (int j = jaar; j <= kProgrammajaren; ++j) ok = ok && Toegestaan(iv, j);
    if (ok) out.push_back(&iv);
  }
  return out;
}

namespace {

// What the groeimodel of one kernelement asks for in one year.
struct Behoefte {
  int actief = 0, nieuw = 0, voortgezet = 0, door = 0, nod = 0;
  std::vector<const Interventie*> verplicht;
  bool Iets() const { return actief || nieuw || voortgezet || door || nod || !verplicht.empty(); }
};

}  // namespace

// Chooses, per kernelement, which interventions are active in which year so
// that every groeimodel rule passes: each year keeps what the previous year
// had, adds what min_nieuw asks, and marks doorontwikkelingen where needed.
void PraktijkSynth::Plannen() {
  for (const Interventie& iv : plan_.interventies) {
    auto& ok = toegestaan_[&iv];
    for (int j = 1; j <= kProgrammajaren; ++j) ok[j - 1] = !CheckMenu(iv, praktijk_, j, plan_).has_value();
  }
  std::map<std::string, std::array<Behoefte, kProgrammajaren>> behoefte;
  for (const Kernelement& ke : plan_.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) {
        if (!Geldt(g, spec_.kbz)) continue;
        Behoefte& b = behoefte[ke.id][jaar - 1];
        switch (g.soort) {
          case Soort::kMinInterventies: b.actief = std::max(b.actief, Heel(g.waarde)); break;
          case Soort::kMinNieuw: b.nieuw = std::max(b.nieuw, Heel(g.waarde)); break;
          case Soort::kMinVoortgezet: b.voortgezet = std::max(b.voortgezet, Heel(g.waarde)); break;
          case Soort::kMinDoorontwikkeling: b.door = std::max(b.door, Heel(g.waarde)); break;
          case Soort::kNieuwOfDoorontwikkeling: b.nod = std::max(b.nod, Heel(g.waarde)); break;
          case Soort::kInterventieVerplicht: {
            const Interventie* x = plan_.FindInterventie(g.interventie);
            if (!x || !x->alias_van.empty() || !x->kiesbaar) {
              zeker_[jaar - 1] = false;
            } else {
              behoefte[x->kernelement][jaar - 1].verplicht.push_back(x);
            }
            break;
          }
          default: break;
        }
      }
    }
  }
  // What the scenario needs in place before it can do its work.
  const Site& site = spec_.site;
  if (site.jaar > 0 && site.regel) {
    const int t = site.jaar;
    if (site.iv && IsVoorwaardeSoort(site.regel->soort)) {
      behoefte[site.iv->kernelement][t - 1].verplicht.push_back(site.iv);
    }
    if (site.ke) {
      Behoefte* b = &behoefte[site.ke->id][t - 1];
      switch (site.regel->soort) {
        case Soort::kVorigeVoortgezet:
        case Soort::kMinVoortgezet:
        case Soort::kOnderbouwingBijDoorontwikkeling:
          if (t >= 2) behoefte[site.ke->id][t - 2].actief = std::max(behoefte[site.ke->id][t - 2].actief, 1);
          break;
        case Soort::kNooitEnige: b->actief = std::max(b->actief, 1); break;
        default: break;
      }
    }
  }

  std::map<std::string, size_t> volgorde;
  for (size_t i = 0; i < plan_.kernelementen.size(); ++i) volgorde[plan_.kernelementen[i].id] = i;
  std::vector<const Kernelement*> vrij;
  for (const Kernelement& ke : plan_.kernelementen) {
    const auto& be = behoefte[ke.id];
    if (std::none_of(be.begin(), be.end(), [](const Behoefte& b) { return b.Iets(); })) {
      vrij.push_back(&ke);
      continue;
    }
    std::vector<Actief> a;
    for (int y = 1; y <= kProgrammajaren; ++y) {
      const Behoefte& b = be[y - 1];
      int totaal = b.actief;
      if (y < kProgrammajaren) totaal = std::max({totaal, be[y].voortgezet, be[y].door});
      if (y == 1) {
        if (totaal == 0) {
          totaal = rng_.Percent(55) ? 1 : 0;
        } else if (rng_.Percent(30)) {
          ++totaal;
        }
      }
      int nieuw = std::max(b.nieuw, totaal - static_cast<int>(a.size()));
      if (y >= 2 && rng_.Percent(20)) nieuw = std::max(nieuw, 1);
      std::vector<const Interventie*> verplicht;
      for (const Interventie* x : b.verplicht) {
        const bool al = std::any_of(a.begin(), a.end(), [&](const Actief& z) { return z.iv == x; }) ||
                        std::count(verplicht.begin(), verplicht.end(), x) > 0;
        if (!al) verplicht.push_back(x);
      }
      nieuw = std::max(nieuw, static_cast<int>(verplicht.size()));
      // Doorontwikkelingen: what the rules ask, plus now and then one more.
      int door = b.door;
      if (y >= 2) {
        int extra = 0;
        for (size_t i = 0; i < a.size(); ++i) extra += rng_.Percent(15) ? 1 : 0;
        door = std::max(door, extra);
      }
      if (door > static_cast<int>(a.size())) {
        zeker_[y - 1] = false;
        door = static_cast<int>(a.size());
      }
      while (nieuw + door < b.nod) {
        if (door < static_cast<int>(a.size())) {
          ++door;
        } else {
          ++nieuw;
        }
      }
      std::vector<size_t> welke(a.size());
      std::iota(welke.begin(), welke.end(), size_t{0});
      rng_.Shuffle(&welke);
      for (int k = 0; k < door; ++k) door_[y - 1].insert(a[welke[static_cast<size_t>(k)]].iv->id);
      std::vector<const Interventie*> nieuwe;
      for (const Interventie* x : verplicht) {
        if (Toegestaan(*x, y)) {
          nieuwe.push_back(x);
        } else {
          zeker_[y - 1] = false;
        }
      }
      std::vector<const Interventie*> kandidaten;
      for (const Interventie* c : Kandidaten(ke, y)) {
        const bool al = std::any_of(a.begin(), a.end(), [&](const Actief& z) { return z.iv == c; }) ||
                        std::count(nieuwe.begin(), nieuwe.end(), c) > 0;
        if (!al) kandidaten.push_back(c);
      }
      rng_.Shuffle(&kandidaten);
      for (const Interventie* c : kandidaten) {
        if (static_cast<int>(nieuwe.size()) >= nieuw) break;
        nieuwe.push_back(c);
      }
      if (static_cast<int>(nieuwe.size()) < nieuw) zeker_[y - 1] = false;
      for (const Interventie* x : nieuwe) a.push_back({x, y});
      for (const Actief& z : a) {
        if (Toegestaan(*z.iv, y)) {
          actief_[y - 1].push_back(z);
        } else {
          zeker_[y - 1] = false;
        }
      }
    }
  }
  // Optional kernelementen (personele capaciteit): sometimes, and only next
  // to interventions of other kernelementen, so never the only one.
  for (const Kernelement* ke : vrij) {
    if (!rng_.Percent(35)) continue;
    const int start = rng_.Range(1, kProgrammajaren);
    const auto kandidaten = Kandidaten(*ke, start);
    if (kandidaten.empty()) continue;
    bool naast_andere = true;
    for (int y = start; y <= kProgrammajaren; ++y) naast_andere = naast_andere && !actief_[y - 1].empty();
    if (!naast_andere) continue;
    const Interventie* x = rng_.Pick(kandidaten);
    for (int y = start; y <= kProgrammajaren; ++y) actief_[y - 1].push_back({x, start});
  }
  for (auto& lijst : actief_) {
    std::stable_sort(lijst.begin(), lijst.end(), [&](const Actief& l, const Actief& r) {
      return std::tie(volgorde[l.iv->kernelement], l.sinds) < std::tie(volgorde[r.iv->kernelement], r.sinds);
    });
  }
  // nooit_enige must hold wherever the plan asks for it.
  for (const Kernelement& ke : plan_.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) {
        if (g.soort != Soort::kNooitEnige || !Geldt(g, spec_.kbz)) continue;
        size_t eigen = 0, andere = 0;
        for (const Actief& z : actief_[jaar - 1]) (z.iv->kernelement == ke.id ? eigen : andere) += 1;
        if (eigen > 0 && andere == 0) zeker_[jaar - 1] = false;
      }
    }
  }
}

std::vector<PraktijkSynth::Keuze> PraktijkSynth::Keuzes(int jaar) {
  std::vector<Keuze> out;
  for (const Actief& a : actief_[jaar - 1]) {
    Keuze k;
    k.canon = a.iv;
    k.sinds = a.sinds;
    auto it = weergave_.find(a.iv->id);
    if (it == weergave_.end()) {
      // Now and then a practice lists an alias (MDO/casuïstiektafel for the
      // wijkteam); it counts as the intervention itself.
      std::string id = a.iv->id;
      const auto al = info_.aliassen.find(a.iv->id);
      if (al != info_.aliassen.end() && rng_.Percent(12)) {
        std::vector<const Interventie*> bruikbaar;
        for (const Interventie* x : al->second) {
          bool ok = x->kiesbaar;
          for (int j = a.sinds; j <= kProgrammajaren; ++j) ok = ok && Toegestaan(*x, j);
          if (ok) bruikbaar.push_back(x);
        }
        if (!bruikbaar.empty()) id = rng_.Pick(bruikbaar)->id;
      }
      it = weergave_.emplace(a.iv->id, id).first;
    }
    k.id = it->second;
    if (a.sinds == jaar) {
      k.status = InterventieStatus::kNieuw;
    } else if (door_[jaar - 1].count(a.iv->id)) {
      k.status = InterventieStatus::kDoorontwikkeling;
      k.onderbouwing = Onderbouwing(rng_, a.iv->naam, info_.min_tekens);
    } else {
      k.status = InterventieStatus::kVoortgezet;
    }
    out.push_back(std::move(k));
  }
  return out;
}

// Applies the scenario to the choices of its target year. Returns false when
// this practice's choices do not allow it.
bool PraktijkSynth::Muteer(int jaar, std::vector<Keuze>* keuzes) {
  const Site& site = spec_.site;
  const Doelsoort soort = spec_.scenario->soort;
  if (soort == Doelsoort::kMenuNietKiesbaar || soort == Doelsoort::kMenuUitgesloten ||
      soort == Doelsoort::kMenuBuitenJaren) {
    if (std::any_of(keuzes->begin(), keuzes->end(), [&](const Keuze& k) { return k.id == site.iv->id; })) return false;
    Keuze k;
    k.id = site.iv->id;
    k.canon = plan_.Canonical(site.iv->id);
    k.sinds = jaar;
    k.telt = false;
    keuzes->push_back(std::move(k));
    return true;
  }
  if (!site.ke || !site.regel) return true;
  const bool keuze_regel = !IsVoorwaardeSoort(site.regel->soort);
  if (!keuze_regel) return true;
  const std::string& ke = site.ke->id;
  const Regel& g = *site.regel;
  auto in_ke = [&](const Keuze& k) {
    return k.telt && k.status != InterventieStatus::kGestopt && k.canon && k.canon->kernelement == ke;
  };
  auto wis = [&](const std::function<bool(const Keuze&)>& weg) {
    keuzes->erase(std::remove_if(keuzes->begin(), keuzes->end(), weg), keuzes->end());
  };
  switch (g.soort) {
    case Soort::kMinInterventies: {
      const int houden = Heel(g.waarde) - 1;
      int gezien = 0;
      // Keep the oldest ones; drop the newest.
      std::vector<Keuze> out;
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && gezien++ >= houden) continue;
        out.push_back(std::move(k));
      }
      *keuzes = std::move(out);
      return true;
    }
    case Soort::kMinNieuw: wis([&](const Keuze& k) { return in_ke(k) && k.sinds == jaar; }); return true;
    case Soort::kVorigeVoortgezet:
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && k.sinds < jaar) {
          k.status = InterventieStatus::kGestopt;
          k.onderbouwing.reset();
          return true;
        }
      }
      return false;
    case Soort::kMinVoortgezet:
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && k.sinds < jaar) {
          k.status = InterventieStatus::kGestopt;
          k.onderbouwing.reset();
        }
      }
      return true;
    case Soort::kMinDoorontwikkeling:
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && k.status == InterventieStatus::kDoorontwikkeling) {
          k.status = InterventieStatus::kVoortgezet;
          k.onderbouwing.reset();
        }
      }
      return true;
    case Soort::kNieuwOfDoorontwikkeling:
      wis([&](const Keuze& k) { return in_ke(k) && k.sinds == jaar; });
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && k.status == InterventieStatus::kDoorontwikkeling) {
          k.status = InterventieStatus::kVoortgezet;
          k.onderbouwing.reset();
        }
      }
      return true;
    case Soort::kOnderbouwingBijDoorontwikkeling: {
      Keuze* door = nullptr;
      for (Keuze& k : *keuzes) {
        if (in_ke(k) && k.status == InterventieStatus::kDoorontwikkeling && !door) door = &k;
      }
      for (Keuze& k : *keuzes) {
        if (!door && in_ke(k) && k.sinds < jaar) door = &k;
      }
      if (!door) return false;
      door->status = InterventieStatus::kDoorontwikkeling;
      // Missing, empty, or one character short of what the rule asks.
      const int variant = rng_.Range(0, g.min_tekens > 1 ? 2 : 1);
      if (variant == 0) {
        door->onderbouwing.reset();
      } else if (variant == 1) {
        door->onderbouwing = "";
      } else {
        std::string kort;
        while (kort.size() < static_cast<size_t>(g.min_tekens)) kort += "Zie jaarplan. ";
        kort.resize(static_cast<size_t>(g.min_tekens - 1));
        door->onderbouwing = kort;
      }
      return true;
    }
    case Soort::kNooitEnige: {
      if (std::none_of(keuzes->begin(), keuzes->end(), in_ke)) return false;
      wis([&](const Keuze& k) { return k.telt && k.canon && k.canon->kernelement != ke; });
      return true;
    }
    case Soort::kInterventieVerplicht:
      wis([&](const Keuze& k) { return k.canon && k.canon->id == g.interventie; });
      return true;
    default: return true;
  }
}

PraktijkUitvoer PraktijkSynth::Bouwen(const std::map<Date, int>& plangroep) {
  PraktijkUitvoer out;
  const Doelsoort soort = spec_.scenario->soort;
  const Site& site = spec_.site;
  Personeel();
  Plannen();
  // Scenarios that need no particular figures or choices are reached by
  // construction; the others say so as they are applied.
  doel_bereikt_ = !(site.regel && (IsVoorwaardeSoort(site.regel->soort) || site.ke));
  if (soort == Doelsoort::kMenuNietKiesbaar || soort == Doelsoort::kMenuUitgesloten ||
      soort == Doelsoort::kMenuBuitenJaren) {
    doel_bereikt_ = false;
  }
  for (int j = 1; j <= kProgrammajaren; ++j) {
    if (jaren_[j - 1].toestand != Toestand::kIngediend) continue;
    Jaargegevens g;
    g.personeel = personeel_;
    for (auto& [rol, n] : g.personeel) {
      if (rol == "doktersassistent" && j > 1 && rng_.Percent(20)) n = std::max(1, n + (rng_.Percent(50) ? 1 : -1));
    }
    if (IsDoel(j) && site.regel) {
      // The roles the target rule reads are there (so it is judged on its
      // figure), except for the practice meant to lack one.
      std::set<std::string> rollen{site.regel->rol};
      for (const Regel& o : site.regel->opties) rollen.insert(o.rol);
      for (auto& [rol, n] : g.personeel) {
        if (!rollen.count(rol)) continue;
        if (soort == Doelsoort::kAfwezigeRol) {
          if (rol == site.regel->rol) n = 0;
        } else {
          n = std::max(n, soort == Doelsoort::kAandeelNetOnder ? 2 : 1);
        }
      }
    }
    g.keuzes = Keuzes(j);
    if (IsDoel(j) && !(site.regel && IsVoorwaardeSoort(site.regel->soort))) {
      const bool ok = Muteer(j, &g.keuzes);
      if (site.ke || soort == Doelsoort::kMenuNietKiesbaar || soort == Doelsoort::kMenuUitgesloten ||
          soort == Doelsoort::kMenuBuitenJaren) {
        doel_bereikt_ = ok;
      }
    }
    Waarden(j, &g);
    Intervisie(j, &g);
    if (rng_.Percent(60)) g.toelichting = Toelichting(rng_);
    if (Geldig(j)) {
      for (const Keuze& k : g.keuzes) alias_ = alias_ || (k.canon && k.id != k.canon->id);
    }
    const std::string pad = "inzendingen/" + spec_.agb + "/jaar-" + std::to_string(j) + ".json";
    OJson doc = Document(j, g);
    out.bestanden.emplace_back(
        pad, jaren_[j - 1].ongeldig ? Bederf(j, std::move(doc), g, &out) : doc.dump(2, ' ', false) + "\n");
  }

  // The registry entry.
  OJson p;
  p["agb"] = spec_.agb;
  p["naam"] = spec_.naam;
  if (!spec_.wijk.empty()) p["wijk"] = spec_.wijk;
  p["subregio"] = spec_.subregio.empty() ? OJson(nullptr) : OJson(spec_.subregio);
  p["cohort"] = spec_.cohort->id;
  p["normpraktijken"] = Normpraktijken();
  p["krachtige_basiszorg"] = spec_.kbz;
  p["achterstand_pct"] = spec_.achterstand_pct;
  // A plan with a koptarief rule: the koptarief goes to KB practices at or
  // above its threshold, as the rule allows (no scenario targets it).
  for (const auto& [jaar, regels] : plan_.deelname) {
    for (const Regel& g : regels) {
      if (g.soort == Soort::kKoptarief) p["koptarief"] = spec_.kbz && spec_.achterstand_pct >= g.waarde;
    }
  }
  p["plangroep"] = spec_.plangroep.empty() ? OJson(nullptr) : OJson(spec_.plangroep);
  p["uitgetreden_op"] = spec_.uitgetreden_op ? OJson(spec_.uitgetreden_op->Iso()) : OJson(nullptr);
  OJson kenmerken = OJson::object();
  for (const auto& [k, v] : spec_.kenmerken) kenmerken[k] = v;
  p["kenmerken"] = std::move(kenmerken);
  out.praktijk = std::move(p);

  // An accepted deviation for the target rule.
  if (doel_bereikt_ && (soort == Doelsoort::kAfwijkingGeldig || soort == Doelsoort::kAfwijkingVerlopen)) {
    OJson a;
    a["agb"] = spec_.agb;
    a["regel"] = site.regel_id;
    if (rng_.Percent(70)) a["jaar"] = site.jaar;
    a["reden"] = AfwijkingReden(rng_);
    a["goedgekeurd_door"] = Goedkeurder(rng_, plan_.rho);
    const Date tot = soort == Doelsoort::kAfwijkingGeldig ? plan_.peildatum.AddDays(rng_.Range(0, 400))
                                                          : plan_.peildatum.AddDays(-rng_.Range(1, 300));
    a["geldig_tot"] = tot.Iso();
    out.afwijkingen.push_back(std::move(a));
  }

  Verwachting(plangroep, &out);
  return out;
}

}  // namespace mtvp::synth
