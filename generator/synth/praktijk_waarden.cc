#include "synth/praktijk_synth.h"

#include <algorithm>
#include <functional>

#include "model/vocabulary.h"
#include "synth/names.h"
#include "synth/rekenen.h"

namespace mtvp::synth {

int PraktijkSynth::Bezetting(const Jaargegevens& g, const std::string& rol) const {
  int n = 0;
  for (const auto& [id, count] : g.personeel) {
    if (rol == "alle" || id == rol) n += count;
  }
  return n;
}

// Figures that make every voorwaarde of the year pass (advies ones most of
// the time), except the scenario's target, which gets a value just across its
// threshold, no value, or its waiver.
void PraktijkSynth::Waarden(int jaar, Jaargegevens* g) {
  std::vector<const Regel*> regels;
  std::set<std::string> gezien;
  for (const Keuze& k : g->keuzes) {
    if (!k.telt || k.status == InterventieStatus::kGestopt || !k.canon) continue;
    if (!gezien.insert(k.canon->id).second) continue;
    for (const Regel& r : k.canon->voorwaarden) {
      if (Geldt(r, spec_.kbz) && GeldtInJaar(r, jaar)) regels.push_back(&r);
    }
  }
  for (const Kernelement& ke : plan_.kernelementen) {
    const auto it = ke.groeimodel.find(jaar);
    if (it == ke.groeimodel.end()) continue;
    for (const Regel& r : it->second) {
      if (IsVoorwaardeSoort(r.soort) && Geldt(r, spec_.kbz)) regels.push_back(&r);
    }
  }
  const Site& site = spec_.site;
  const Doelsoort soort = spec_.scenario->soort;
  const Regel* doel = IsDoel(jaar) && site.regel && IsVoorwaardeSoort(site.regel->soort) ? site.regel : nullptr;
  if (doel) {
    doel_bereikt_ = std::count(regels.begin(), regels.end(), doel) > 0;
    doel_schoon_ = site.schoon;
  }

  struct Grens {
    double lo = 0, hi = kOneindig;
    bool laag = false, hoog = false, waar = false;
  };
  std::map<std::string, Grens> grens;
  std::map<std::string, Waarde> vast;
  std::set<std::string> weg, genoemd, ontheffing_nee;
  auto type = [&](const std::string& m) {
    const Metriek* x = plan_.FindMetriek(m);
    return x ? x->type : MetriekType::kGeheelGetal;
  };
  // A requirement per figure of the submission (one scholing per new staff
  // member): that figure is chosen first, 1 or 2.
  auto per = [&](const Regel& r) {
    auto it = vast.find(r.per_metriek);
    if (it == vast.end()) it = vast.emplace(r.per_metriek, Getal(rng_.Range(1, 2))).first;
    return it->second.getal;
  };
  auto vereist = [&](const Regel& r) {
    return r.per_normpraktijk ? r.waarde * Normpraktijken() : !r.per_metriek.empty() ? r.waarde * per(r) : r.waarde;
  };
  auto nodig = [&](const Regel& r) {
    return std::ceil(r.waarde * Bezetting(*g, r.rol.empty() ? "alle" : r.rol) - kEpsilon);
  };
  // A value that fails a single-metric rule by the smallest step.
  auto faal = [&](const Regel& r) -> Waarde {
    const double stap = Stap(type(r.metriek));
    switch (r.soort) {
      case Soort::kMinimaal: return Getal(std::max(0.0, RondOp(vereist(r), stap) - stap));
      case Soort::kMaximaal: return Getal(RondAf(r.waarde, stap) + stap);
      case Soort::kAandeel: return Getal(std::max(0.0, nodig(r) - 1));
      default: return JaNee(false);
    }
  };
  std::function<void(const Regel&)> voldoe = [&](const Regel& r) {
    if (!r.rol.empty() && Bezetting(*g, r.rol) == 0) return;  // the role decides
    if (r.ontheffing) ontheffing_nee.insert(r.ontheffing->metriek);
    Grens& b = grens[r.metriek.empty() ? std::string() : r.metriek];
    switch (r.soort) {
      case Soort::kMinimaal:
        b.lo = std::max(b.lo, vereist(r));
        b.laag = true;
        if (!r.rol.empty() && r.rol != "alle") {  // people of a role: at most all of them
          b.hi = std::min(b.hi, static_cast<double>(Bezetting(*g, r.rol)));
          b.hoog = true;
        }
        break;
      case Soort::kMaximaal:
        b.hi = std::min(b.hi, r.waarde);
        b.hoog = true;
        break;
      case Soort::kAandeel:
        b.lo = std::max(b.lo, nodig(r));
        b.laag = true;
        b.hi = std::min(b.hi, static_cast<double>(Bezetting(*g, r.rol.empty() ? "alle" : r.rol)));
        b.hoog = true;
        break;
      case Soort::kJaNee: b.waar = true; break;
      case Soort::kEenVan: {
        std::vector<const Regel*> opties;
        for (const Regel& o : r.opties) {
          if (o.rol.empty() || Bezetting(*g, o.rol) > 0) opties.push_back(&o);
        }
        if (opties.empty()) {
          if (r.ernst == Ernst::kEis) zeker_[jaar - 1] = false;
          break;
        }
        voldoe(*rng_.Pick(opties));
        for (const Regel& o : r.opties) {
          if (!o.metriek.empty()) genoemd.insert(o.metriek);
        }
        break;
      }
      default: break;
    }
  };
  for (const Regel* r : regels) {
    if (r == doel) continue;
    if (r->ernst == Ernst::kEis || rng_.Percent(85)) {
      voldoe(*r);
    } else {
      if (!r->metriek.empty()) genoemd.insert(r->metriek);
      for (const Regel& o : r->opties) genoemd.insert(o.metriek);
    }
  }
  grens.erase(std::string());
  if (doel) {
    const Regel& r = *doel;
    switch (soort) {
      case Doelsoort::kMinimaalOpDrempel:
      case Doelsoort::kPerNormpraktijkNetBoven:
        vast[r.metriek] = Getal(RondOp(vereist(r), Stap(type(r.metriek))));
        break;
      case Doelsoort::kEenVanGeenOptie:
        for (const Regel& o : r.opties) vast[o.metriek] = faal(o);
        break;
      case Doelsoort::kAfwezigeRol: genoemd.insert(r.metriek); break;
      case Doelsoort::kOntbrekendeWaarde: weg.insert(r.metriek); break;
      case Doelsoort::kOntheffing:
        vast[r.ontheffing->metriek] = JaNee(true);
        if (site.schoon && r.soort != Soort::kEenVan) {
          vast[r.metriek] = faal(r);
        } else {
          voldoe(r);
          grens.erase(std::string());
        }
        break;
      default:  // every "net onder/boven", ja_nee and afwijking scenario
        vast[r.metriek] = faal(r);
        break;
    }
  }

  for (const Metriek& m : plan_.metrieken) {
    if (weg.count(m.id)) continue;
    if (const auto v = vast.find(m.id); v != vast.end()) {
      g->waarden[m.id] = v->second;
      continue;
    }
    const double stap = Stap(m.type);
    if (const auto b = grens.find(m.id); b != grens.end()) {
      if (m.type == MetriekType::kJaNee) {
        g->waarden[m.id] = JaNee(b->second.waar || rng_.Percent(80));
        continue;
      }
      const Grens& x = b->second;
      const double onder = RondOp(std::max(x.lo, 0.0), stap);
      double v;
      if (x.laag) {
        const int marge = rng_.Percent(40) ? 0 : rng_.Range(1, std::max(2, static_cast<int>(onder / stap / 3) + 1));
        v = onder + marge * stap;
      } else {
        const double boven = x.hoog ? RondAf(x.hi, stap) : onder + 20 * stap;
        v = stap * rng_.Range(0, static_cast<int>(std::max(0.0, boven) / stap));
      }
      if (v > x.hi + kEpsilon) v = std::max(onder, RondAf(x.hi, stap));
      if (v > x.hi + kEpsilon || v + kEpsilon < x.lo) zeker_[jaar - 1] = false;
      g->waarden[m.id] = Getal(v);
      continue;
    }
    const bool noemen = ontheffing_nee.count(m.id) ? rng_.Percent(40)
                        : genoemd.count(m.id)      ? rng_.Percent(70)
                                                   : !info_.ontheffing_metrieken.count(m.id) && rng_.Percent(6);
    if (!noemen) continue;
    if (m.type == MetriekType::kJaNee) {
      g->waarden[m.id] = JaNee(ontheffing_nee.count(m.id) ? false : rng_.Percent(60));
    } else {
      g->waarden[m.id] = Getal(stap * rng_.Range(0, 20));
    }
  }
}

void PraktijkSynth::Intervisie(int jaar, Jaargegevens* g) {
  const Periode periode = info_.Jaar(*spec_.cohort, jaar).periode;
  const int van = static_cast<int>(periode.van.DayNumber());
  const int span = static_cast<int>(periode.tot.DayNumber()) - van;
  auto dag = [&](int k, int van_de) {
    const int d = van + (k + 1) * span / (van_de + 1) + rng_.Range(-10, 10);
    return Date::FromDayNumber(std::clamp(d, van, van + span));
  };
  const int huisartsen = Bezetting(*g, "huisarts");
  std::vector<std::string> namen;
  for (int i = 1; i <= huisartsen; ++i) namen.push_back("HA-" + std::to_string(i));
  const Regel* doel = IsDoel(jaar) && spec_.scenario->soort == Doelsoort::kIntervisie ? spec_.site.regel : nullptr;

  // Sessions per kind, enough for every rule that counts them.
  std::map<std::string, std::pair<int, int>> per_huisarts;  // soort -> (sessions, minutes)
  std::map<std::string, int> bijeenkomsten;
  if (const auto it = plan_.intervisie.find(jaar); it != plan_.intervisie.end()) {
    for (const Regel& r : it->second) {
      if (!Geldt(r, spec_.kbz)) continue;
      if (r.soort == Soort::kPerHuisarts) {
        auto& [n, duur] = per_huisarts[r.bijeenkomst];
        n = std::max(n, r.min_sessies);
        duur = std::max(duur, r.min_duur_minuten);
      } else if (r.soort == Soort::kMinBijeenkomsten) {
        int& n = bijeenkomsten[r.bijeenkomst];
        n = std::max(n, Heel(r.waarde));
      } else if (r.soort == Soort::kElkKwartaal) {  // four, spread over the year: one per quarter
        int& n = bijeenkomsten[r.bijeenkomst];
        n = std::max(n, 4);
      }
    }
  }
  for (auto& [soort, eis] : per_huisarts) {
    if (namen.empty()) continue;
    const bool faal = doel && doel->soort == Soort::kPerHuisarts && doel->bijeenkomst == soort;
    const int n = faal ? doel->min_sessies : eis.first + (rng_.Percent(30) ? 1 : 0);
    const size_t eerste = g->sessies.size();
    for (int k = 0; k < n; ++k) {
      Sessie s;
      s.datum = dag(k, n);
      s.soort = soort;
      s.duur = std::max(eis.second, 60) + 15 * rng_.Range(0, 2);
      s.namen = namen;
      g->sessies.push_back(std::move(s));
    }
    if (faal) {
      // One huisarts one session short: left off a list, or a session too short.
      Sessie& s = g->sessies[eerste];
      if (doel->min_duur_minuten > 15 && (namen.size() == 1 || rng_.Percent(50))) {
        s.duur = doel->min_duur_minuten - 15;
      } else {
        s.namen.erase(s.namen.begin());
      }
    } else if (n > eis.first && namen.size() > 1) {
      Sessie& s = g->sessies[eerste + static_cast<size_t>(rng_.Below(static_cast<uint64_t>(n)))];
      s.namen.erase(s.namen.begin() + static_cast<long>(rng_.Below(s.namen.size())));
    }
  }
  for (const auto& [soort, minimum] : bijeenkomsten) {
    const bool faal = doel && doel->soort == Soort::kMinBijeenkomsten && doel->bijeenkomst == soort;
    int n = faal ? Heel(doel->waarde) - 1 : minimum + (rng_.Percent(30) ? 1 : 0);
    if (per_huisarts.count(soort)) continue;  // the sessions above count already
    for (int k = 0; k < n; ++k) {
      Sessie s;
      s.datum = dag(k, n);
      s.soort = soort;
      if (rng_.Percent(50)) s.duur = 60 + 30 * rng_.Range(0, 2);
      s.aantal = rng_.Range(1, 3);
      g->sessies.push_back(std::move(s));
    }
  }
  for (const auto& [datum, deelnemers] : uitwissel_[jaar - 1]) {
    Sessie s;
    s.datum = datum;
    s.soort = "uitwisselbijeenkomst";
    s.duur = 90;
    s.aantal = deelnemers;
    g->sessies.push_back(std::move(s));
  }
  // Other meetings no rule counts.
  std::vector<std::string> vrij;
  for (const std::string& s : VrijeBijeenkomsten()) {
    if (!info_.regel_bijeenkomsten.count(s)) vrij.push_back(s);
  }
  const int extra = vrij.empty() ? 0 : rng_.Range(0, 2);
  for (int k = 0; k < extra; ++k) {
    Sessie s;
    s.datum = dag(k, extra);
    s.soort = rng_.Pick(vrij);
    s.duur = 60;
    if (!namen.empty() && rng_.Percent(50)) {
      s.namen = namen;
    } else {
      s.aantal = rng_.Range(1, 4);
    }
    g->sessies.push_back(std::move(s));
  }
  std::stable_sort(g->sessies.begin(), g->sessies.end(),
                   [](const Sessie& a, const Sessie& b) { return a.datum < b.datum; });
}

}  // namespace mtvp::synth
