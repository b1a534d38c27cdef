#include "synth/praktijk_synth.h"

#include <algorithm>

#include "model/report.h"
#include "model/rule_ids.h"
#include "model/vocabulary.h"
#include "synth/rekenen.h"

namespace mtvp::synth {

Status PraktijkSynth::UitwisselStatus(const Regel& g, const std::map<Date, int>& plangroep) const {
  const auto& vrij = g.kbz_vrijgesteld_cohorten;
  if (spec_.kbz && std::count(vrij.begin(), vrij.end(), spec_.cohort->id)) return Status::kNietVanToepassing;
  if (spec_.cohort->uitwisselbijeenkomsten.empty()) return Status::kOnvolledig;
  bool gemist = false, open = false;
  for (const Date& d : spec_.cohort->uitwisselbijeenkomsten) {
    const auto eigen = geregistreerd_.find(d);
    const auto groep = plangroep.find(d);
    const bool gezien = (eigen != geregistreerd_.end() && eigen->second >= g.min_deelnemers) ||
                        (g.plangroep_telt && groep != plangroep.end() && groep->second >= g.min_deelnemers);
    if (gezien) continue;
    (d > plan_.peildatum ? open : gemist) = true;
  }
  return gemist ? Status::kVoldoetNiet : open ? Status::kOnvolledig : Status::kVoldoet;
}

namespace {

// Three values, as the engine judges with a year missing (issue 11, class 1):
// proven by the years present, open (only a missing year could show it), or
// ruled out.
enum class Drie { kJa, kMisschien, kNee };
Drie Niet(Drie d) { return d == Drie::kJa ? Drie::kNee : d == Drie::kNee ? Drie::kJa : Drie::kMisschien; }
Drie Of(Drie a, Drie b) {
  if (a == Drie::kJa || b == Drie::kJa) return Drie::kJa;
  return a == Drie::kMisschien || b == Drie::kMisschien ? Drie::kMisschien : Drie::kNee;
}

}  // namespace

// A count rule over earlier years (min_nieuw, min_voortgezet,
// min_doorontwikkeling, nieuw_of_doorontwikkeling) for the generator's own
// choices, judged only on the valid years: an intervention the generator
// started in year s ran before `jaar` for certain when a valid year in
// [s, jaar) shows it, possibly when only missing years could. The choices
// make every rule pass with all years known, so the outcome is voldoet when
// the certain ones suffice and onvolledig otherwise; the same reasoning,
// written independently of the engine.
Status PraktijkSynth::EerdereJaren(const Regel& g, const Kernelement& ke, int jaar) const {
  bool mist = false;
  for (int y = 1; y < jaar; ++y) mist = mist || !Geldig(y);
  auto liep = [&](const Interventie* iv) {
    for (int y = 1; y < jaar; ++y) {
      if (!Geldig(y)) continue;
      for (const Actief& a : actief_[y - 1]) {
        if (a.iv == iv) return Drie::kJa;
      }
    }
    return mist ? Drie::kMisschien : Drie::kNee;
  };
  double zeker = 0, open = 0;
  for (const Actief& a : actief_[jaar - 1]) {
    if (a.iv->kernelement != ke.id) continue;
    const Drie l = liep(a.iv);
    const Drie door = door_[jaar - 1].count(a.iv->id) ? l : Drie::kNee;
    Drie d = Drie::kNee;
    switch (g.soort) {
      case Soort::kMinNieuw: d = Niet(l); break;
      case Soort::kMinVoortgezet: d = l; break;
      case Soort::kMinDoorontwikkeling: d = door; break;
      case Soort::kNieuwOfDoorontwikkeling: d = Of(Niet(l), door); break;
      default: break;
    }
    if (d == Drie::kJa) zeker += 1;
    if (d == Drie::kMisschien) open += 1;
  }
  if (zeker >= g.waarde) return Status::kVoldoet;
  return zeker + open >= g.waarde ? Status::kOnvolledig : Status::kVoldoetNiet;
}

// The year's verdict when nothing was done to it: voldoet, or onvolledig
// where vorige_voortgezet needs the previous year that is missing or
// invalid, where a count over earlier years is not proven by the valid years
// (EerdereJaren), or an uitwisselbijeenkomst still to come. Nothing when the
// generator could not make every rule pass.
std::optional<Status> PraktijkSynth::Basis(int jaar, const std::map<Date, int>& plangroep) const {
  if (!zeker_[jaar - 1]) return std::nullopt;
  Status s = Status::kVoldoet;
  for (const Kernelement& ke : plan_.kernelementen) {
    const auto it = ke.groeimodel.find(jaar);
    if (it == ke.groeimodel.end() || jaar == 1) continue;
    for (const Regel& g : it->second) {
      if (!Geldt(g, spec_.kbz) || g.ernst != Ernst::kEis) continue;
      if (VraagtEerdereJaren(g.soort)) {
        s = Combine(s, EerdereJaren(g, ke, jaar));
      } else if (g.soort == Soort::kVorigeVoortgezet && !Geldig(jaar - 1)) {
        s = Combine(s, Status::kOnvolledig);
      }
    }
  }
  if (const auto it = plan_.intervisie.find(jaar); it != plan_.intervisie.end()) {
    for (const Regel& g : it->second) {
      if (!Geldt(g, spec_.kbz) || g.ernst != Ernst::kEis) continue;
      if (g.soort == Soort::kUitwisselbijeenkomsten) s = Combine(s, UitwisselStatus(g, plangroep));
    }
  }
  return s;
}

// What the run must make of this practice: per year the completeness, the
// verdict where it can be predicted, and the status of the targeted rule and
// of the natural variety (kbz, plangroep) it shows.
void PraktijkSynth::Verwachting(const std::map<Date, int>& plangroep, PraktijkUitvoer* uit) {
  PraktijkUitvoer& out = *uit;
  const Doelsoort soort = spec_.scenario->soort;
  const Site& site = spec_.site;
  std::set<std::string> tags;
  OJson jaren = OJson::array();
  Status praktijk = Status::kNietVanToepassing;
  bool praktijk_zeker = true;
  for (int j = 1; j <= kProgrammajaren; ++j) {
    const JaarOpzet& o = jaren_[j - 1];
    const JaarKalender& k = info_.Jaar(*spec_.cohort, j);
    OJson e;
    e["jaar"] = j;
    InzendStatus inzending = InzendStatus::kNogNietVerschuldigd;
    switch (o.toestand) {
      case Toestand::kNietVerschuldigd: inzending = InzendStatus::kNogNietVerschuldigd; break;
      case Toestand::kUitgetreden: inzending = InzendStatus::kUitgetreden; break;
      case Toestand::kOntbreekt: inzending = InzendStatus::kOntbreekt; break;
      case Toestand::kVerwacht: inzending = InzendStatus::kVerwacht; break;
      case Toestand::kIngediend:
        inzending = o.ongeldig                          ? InzendStatus::kOngeldig
                    : o.ingediend_op > k.uiterste_datum ? InzendStatus::kTeLaat
                                                        : InzendStatus::kCompleet;
        break;
    }
    e["inzending"] = Name(inzending);
    if (inzending == InzendStatus::kVerwacht) tags.insert("inzending-verwacht");
    if (inzending == InzendStatus::kNogNietVerschuldigd) tags.insert("inzending-nog-niet-verschuldigd");
    if (inzending == InzendStatus::kOntbreekt || inzending == InzendStatus::kOngeldig) {
      praktijk = Combine(praktijk, Status::kOnvolledig);
    }
    if (!Geldig(j)) {
      jaren.push_back(std::move(e));
      continue;
    }
    // The year's verdict as the run must give it; `bekend` is false when it
    // cannot be predicted (then the manifest leaves it out).
    const std::optional<Status> basis = Basis(j, plangroep);
    Status oordeel = basis.value_or(Status::kVoldoet);
    bool bekend = basis.has_value();
    // Choices changed in the target year change what later years compare with.
    if (site.jaar > 0 && j > site.jaar && site.ke && site.regel && !IsVoorwaardeSoort(site.regel->soort)) {
      bekend = false;
    }
    OJson regels = OJson::object();
    // Natural variety the run must also get right.
    if (const auto it = plan_.intervisie.find(j); it != plan_.intervisie.end()) {
      for (const Regel& g : it->second) {
        const std::string id = IntervisieRegelId(j, g.id);
        if (IsDoel(j) && id == site.regel_id) continue;
        if (g.soort == Soort::kUitwisselbijeenkomsten) {
          const Status s = UitwisselStatus(g, plangroep);
          if (s == Status::kNietVanToepassing) {
            tags.insert("kbz-vrijgesteld");
            regels[id] = Name(s);
          } else if (spec_.vertrouwt_op_plangroep && s == Status::kVoldoet) {
            tags.insert("plangroep-via-andere-praktijk");
            regels[id] = Name(s);
          }
        } else if (g.soort == Soort::kMinBijeenkomsten && g.geldt_voor == GeldtVoor::kKbz && spec_.kbz) {
          tags.insert("kbz-bijeenkomsten");
          regels[id] = Name(Status::kVoldoet);
        }
      }
    }
    if (IsDoel(j) && doel_bereikt_ && site.regel_id.size() > 0) {
      Status doel = Status::kVoldoetNiet;
      switch (soort) {
        case Doelsoort::kMinimaalOpDrempel:
        case Doelsoort::kPerNormpraktijkNetBoven: doel = Status::kVoldoet; break;
        case Doelsoort::kOntbrekendeWaarde: doel = Status::kOnvolledig; break;
        case Doelsoort::kOntheffing: doel = Status::kNietVanToepassing; break;
        case Doelsoort::kAfwijkingGeldig: doel = Status::kAfwijkingGeaccepteerd; break;
        default: doel = Status::kVoldoetNiet; break;
      }
      regels[site.regel_id] = Name(doel);
      const bool eis = !site.regel || site.regel->ernst == Ernst::kEis;
      const bool metriek = site.regel && IsVoorwaardeSoort(site.regel->soort);
      if (doel == Status::kVoldoetNiet && eis) {
        oordeel = Status::kVoldoetNiet;  // a failing eis decides the year
        bekend = true;
      } else if (soort == Doelsoort::kOntheffing || !bekend) {
        // A waiver only takes failures away; an unknown year stays unknown.
      } else if (metriek) {
        // A figure chosen for this rule may also be read by other rules.
        if (!doel_schoon_) {
          bekend = false;
        } else if (eis) {
          oordeel = Combine(oordeel, doel);
        }
      } else if (soort != Doelsoort::kIntervisie) {
        bekend = false;  // changed choices may fail other groeimodel rules too
      }
    }
    if (bekend) {
      e["oordeel"] = Name(oordeel);
      praktijk = Combine(praktijk, oordeel);
    } else {
      praktijk_zeker = false;
    }
    if (!regels.empty()) e["regels"] = std::move(regels);
    jaren.push_back(std::move(e));
  }
  if (alias_) tags.insert("alias");
  if (spec_.kbz) tags.insert("kbz");

  OJson v;
  v["agb"] = spec_.agb;
  v["scenario"] = doel_bereikt_ ? spec_.scenario->naam : "voldoet";
  if (!doel_bereikt_) v["scenario_niet_bereikt"] = spec_.scenario->naam;
  // Withdrawn before completing jaar 3: the overall verdict says so (issue 11).
  if (spec_.uitgetreden_op && *spec_.uitgetreden_op <= plan_.peildatum &&
      *spec_.uitgetreden_op <= info_.Jaar(*spec_.cohort, kProgrammajaren).periode.tot) {
    praktijk = Status::kUitgetreden;
    praktijk_zeker = true;
  }
  if (praktijk_zeker) v["oordeel"] = Name(praktijk);
  v["jaren"] = std::move(jaren);
  out.doelen.push_back(doel_bereikt_ ? spec_.scenario->naam : "voldoet");
  out.doelen.insert(out.doelen.end(), tags.begin(), tags.end());
  v["doelen"] = out.doelen;
  out.verwachting = std::move(v);
}

}  // namespace mtvp::synth
