#include "report/aggregates.h"

#include <algorithm>
#include <map>
#include <set>

namespace mtvp {
namespace {

size_t Min(int min_cel) { return min_cel > 0 ? static_cast<size_t>(min_cel) : 0; }

Cijfer Toon(double waarde, bool getoond) { return {waarde, getoond ? Zicht::kGetoond : Zicht::kVerborgen}; }

/// Hides a pair (a group's split when another group's may not be shown).
void Verberg(Paar* p) { p->ja.zicht = p->nee.zicht = p->aandeel.zicht = Zicht::kVerborgen; }

/// The figures made of published counts only: shown when those are.
void VulAfgeleid(ZvGroep* g) {
  const double b = g->voldoet.ja.waarde + g->niet_of_geen.ja.waarde;
  const bool getoond = g->niet_of_geen.ja.Getoond() && g->voldoet.ja.Getoond();
  g->beoordeeld = Toon(b, getoond);
  g->aandeel_beoordeeld = Toon(g->verschuldigd.waarde > 0 ? b / g->verschuldigd.waarde : 0, getoond);
  g->aandeel_voldoet_van_beoordeeld = Toon(b > 0 ? g->voldoet.ja.waarde / b : 0, getoond);
}

Paar NietVerschuldigd() {
  const Cijfer c{0, Zicht::kNietVerschuldigd};
  return {c, c, c};
}

bool Voldoet(Status s) { return s == Status::kVoldoet || s == Status::kAfwijkingGeaccepteerd; }
bool Tekort(Status s) { return s == Status::kVoldoetNiet || s == Status::kOnvolledig; }

/// Cohorts in start order (id breaks ties), whatever order the plan lists them in.
std::vector<const Cohort*> SortedCohorts(const Regioplan& plan) {
  std::vector<const Cohort*> out;
  for (const Cohort& c : plan.cohorten) out.push_back(&c);
  std::sort(out.begin(), out.end(), [](const Cohort* a, const Cohort* b) {
    return a->start != b->start ? a->start < b->start : a->id < b->id;
  });
  return out;
}

/// The practices of one programme year: every registered practice whose
/// programme year ended before the peildatum (withdrawn ones too). Whether
/// a year has ended follows from the plan's cohort dates alone.
struct Jaarpraktijk {
  const PraktijkSamenvatting* p;
  const JaarSamenvatting* jr;
  bool Beoordeeld() const { return jr->Beoordeeld(); }
};

std::vector<Jaarpraktijk> Verschuldigd(const Report& report, int jaar, const std::string& cohort) {
  std::vector<Jaarpraktijk> out;
  for (const PraktijkSamenvatting& p : report.praktijken) {
    if (!cohort.empty() && p.praktijk.cohort != cohort) continue;
    for (const JaarSamenvatting& jr : p.jaren) {
      if (jr.jaar == jaar && jr.periode.tot < report.peildatum) out.push_back({&p, &jr});
    }
  }
  return out;
}

/// The main row of a year for a set of practices, by the pair rule on its
/// own; group-level hiding is applied afterwards.
ZvGroep Groep(std::string naam, bool totaal, const std::vector<Jaarpraktijk>& ps, int min_cel) {
  size_t b = 0, v = 0, t = 0;
  for (const Jaarpraktijk& jp : ps) {
    if (!jp.Beoordeeld()) continue;
    ++b;
    v += Voldoet(jp.jr->oordeel) ? 1 : 0;
    t += jp.jr->inzending == InzendStatus::kCompleet ? 1 : 0;
  }
  const size_t n = ps.size();
  ZvGroep g;
  g.naam = std::move(naam);
  g.totaal = totaal;
  g.verschuldigd = Toon(static_cast<double>(n), n >= Min(min_cel));
  g.voldoet = SplitsPaar(v, n - v, g.verschuldigd.Getoond(), min_cel);
  g.niet_of_geen = SplitsPaar(b - v, n - b, g.voldoet.nee.Getoond(), min_cel);
  g.op_tijd = SplitsPaar(t, n - t, g.verschuldigd.Getoond(), min_cel);
  VulAfgeleid(&g);
  return g;
}

double Mediaan(std::vector<double> w) {
  std::sort(w.begin(), w.end());
  const size_t n = w.size();
  return n % 2 ? w[n / 2] : (w[n / 2 - 1] + w[n / 2]) / 2;
}

std::set<std::string> BekendeSoorten(const Regioplan& plan) {
  // Only kinds the plan itself names are shown by name: `soort` is free text.
  std::set<std::string> bekend = {"intervisie", "uitwisselbijeenkomst"};
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& r : regels) {
      if (!r.bijeenkomst.empty()) bekend.insert(r.bijeenkomst);
    }
  }
  return bekend;
}

const std::string kOverig = "overige bijeenkomsten";

// A year no cohort owes yet: every figure "niet verschuldigd", in the shape
// of a due year.
void VulNietVerschuldigd(const ZorgverzekeraarModel& model, ZvJaar* zj) {
  ZvGroep g;
  g.naam = "Alle cohorten";
  g.totaal = true;
  g.verschuldigd = {0, Zicht::kNietVerschuldigd};
  g.voldoet = g.niet_of_geen = g.op_tijd = NietVerschuldigd();
  g.beoordeeld = g.aandeel_beoordeeld = g.aandeel_voldoet_van_beoordeeld = {0, Zicht::kNietVerschuldigd};
  zj->groepen.push_back(g);
  zj->onderdelen.assign(model.onderdelen.size(), NietVerschuldigd());
  zj->interventies.assign(model.interventies.size(), NietVerschuldigd());
  zj->metrieken.assign(model.metrieken.size(), {NietVerschuldigd(), {0, Zicht::kNietVerschuldigd}, NietVerschuldigd()});
  zj->intervisie.assign(model.intervisie_soorten.size(),
                        {NietVerschuldigd(), {0, Zicht::kNietVerschuldigd}, {0, Zicht::kNietVerschuldigd}});
}

// The main table of a due year: all cohorts, then the cohorts merged into
// groups of at least min_cel practices (none when one group holds all).
void VulGroepen(const Report& report, int jaar, const std::vector<const Cohort*>& cohorten,
                const std::vector<Jaarpraktijk>& alle, int min_cel, ZvJaar* zj) {
  zj->groepen.push_back(Groep("Alle cohorten", true, alle, min_cel));
  std::vector<std::vector<Jaarpraktijk>> per_cohort;
  std::vector<size_t> aantallen;
  for (const Cohort* c : cohorten) {
    per_cohort.push_back(Verschuldigd(report, jaar, c->id));
    aantallen.push_back(per_cohort.back().size());
  }
  const auto samen = VoegCohortenSamen(aantallen, min_cel);
  if (samen.size() <= 1) return;
  for (const std::vector<size_t>& groep : samen) {
    std::string naam;
    std::vector<Jaarpraktijk> ps;
    for (size_t i : groep) {
      if (!naam.empty()) naam += " + ";
      naam += cohorten[i]->naam;
      ps.insert(ps.end(), per_cohort[i].begin(), per_cohort[i].end());
    }
    zj->groepen.push_back(Groep(naam, false, ps, min_cel));
  }
  // A split is shown per group only when it may be shown for every group
  // (and for all cohorts): one hidden group would follow from the others.
  const auto per_groep = [zj](Paar ZvGroep::*paar) {
    bool alle_getoond = true;
    for (const ZvGroep& g : zj->groepen) alle_getoond = alle_getoond && (g.*paar).ja.Getoond();
    if (alle_getoond) return;
    for (size_t g = 1; g < zj->groepen.size(); ++g) Verberg(&(zj->groepen[g].*paar));
  };
  per_groep(&ZvGroep::voldoet);
  // The split of a hidden "rest" is hidden too (its sum is that rest).
  for (size_t g = 1; g < zj->groepen.size(); ++g) {
    if (!zj->groepen[g].voldoet.nee.Getoond()) Verberg(&zj->groepen[g].niet_of_geen);
  }
  per_groep(&ZvGroep::niet_of_geen);
  per_groep(&ZvGroep::op_tijd);
  for (size_t g = 1; g < zj->groepen.size(); ++g) VulAfgeleid(&zj->groepen[g]);
}

// Every other figure of a due year: a split of the practices due, about the
// judged ones, shown only where the main table shows how many are due.
struct JaarSplitsing {
  const Regioplan& plan;
  std::vector<const JaarSamenvatting*> beoordeeld;
  size_t n = 0;          // practices due
  bool getoond = false;  // the main table shows n
  int min_cel = 0;

  Paar Deel(size_t ja) const { return SplitsPaar(ja, n - ja, getoond, min_cel); }

  // Per kernelement and intervisie: how many fall short (voldoet niet or onvolledig).
  std::vector<Paar> Onderdelen(size_t aantal) const {
    std::vector<Paar> out;
    for (size_t i = 0; i < aantal; ++i) {
      size_t tekort = 0;
      for (const JaarSamenvatting* jr : beoordeeld) {
        Status s = Status::kNietVanToepassing;
        if (i < plan.kernelementen.size()) {
          for (const KernelementOordeel& k : jr->per_kernelement) {
            if (k.kernelement == plan.kernelementen[i].id) s = k.status;
          }
        } else {
          s = jr->intervisie;
        }
        tekort += Tekort(s) ? 1 : 0;
      }
      out.push_back(Deel(beoordeeld.size() - tekort));
    }
    return out;
  }

  // Per intervention: how many counted it (aliases as their target).
  std::vector<Paar> Interventies(const std::vector<const Interventie*>& interventies) const {
    std::vector<Paar> out;
    for (const Interventie* iv : interventies) {
      size_t gekozen = 0;
      for (const JaarSamenvatting* jr : beoordeeld) {
        gekozen += std::any_of(jr->interventies.begin(), jr->interventies.end(),
                               [&](const InterventieKeuze& c) {
                                 return c.telt && (c.telt_als.empty() ? c.id : c.telt_als) == iv->id;
                               })
                       ? 1
                       : 0;
      }
      out.push_back(Deel(gekozen));
    }
    return out;
  }

  // Per metric: how many reported it, and its sum, median or share of "ja".
  std::vector<ZvMetriek> Metrieken(const std::vector<ZvMetriekRij>& rijen) const {
    const size_t min = Min(min_cel);
    std::vector<ZvMetriek> out;
    for (size_t i = 0; i < plan.metrieken.size(); ++i) {
      const Metriek& m = plan.metrieken[i];
      std::vector<double> waarden;
      size_t ja = 0;
      for (const JaarSamenvatting* jr : beoordeeld) {
        const Waarde* w = jr->gegevens ? jr->gegevens->FindWaarde(m.id) : nullptr;
        if (!w) continue;
        waarden.push_back(w->is_ja_nee ? (w->ja ? 1 : 0) : w->getal);
        ja += w->is_ja_nee && w->ja ? 1 : 0;
      }
      ZvMetriek zm;
      zm.gemeld = Deel(waarden.size());
      if (rijen[i].aggregaat == MetriekAggregaat::kJaNee) {
        zm.ja = Deel(ja);
        zm.waarde = {0, Zicht::kVerborgen};
      } else {
        double w = 0;
        if (!waarden.empty()) {
          if (rijen[i].aggregaat == MetriekAggregaat::kSom) {
            for (double x : waarden) w += x;
          } else {
            w = Mediaan(waarden);
          }
        }
        // A sum or median about at least min_cel practices.
        zm.waarde = Toon(w, getoond && waarden.size() >= min);
        zm.ja = SplitsPaar(0, 0, false, min_cel);
      }
      out.push_back(zm);
    }
    return out;
  }

  // Per kind of meeting (the plan's kinds, then the rest): how many
  // practices reported one, and the meetings and attendances of those.
  std::vector<ZvIntervisie> Intervisie(const std::vector<std::string>& soorten,
                                       const std::set<std::string>& bekend) const {
    const size_t min = Min(min_cel);
    std::vector<ZvIntervisie> out;
    for (const std::string& soort : soorten) {
      size_t praktijken = 0, bijeenkomsten = 0, deelnames = 0;
      for (const JaarSamenvatting* jr : beoordeeld) {
        bool gemeld = false;
        for (const Bijeenkomst& s : jr->gegevens->intervisie) {
          const std::string& k = bekend.count(s.soort) ? s.soort : kOverig;
          if (k != soort) continue;
          gemeld = true;
          ++bijeenkomsten;
          deelnames += static_cast<size_t>(std::max(0, s.deelnemers));
        }
        praktijken += gemeld ? 1 : 0;
      }
      ZvIntervisie zi;
      zi.praktijken = Deel(praktijken);
      const bool genoeg = getoond && praktijken >= min;
      zi.bijeenkomsten = Toon(static_cast<double>(bijeenkomsten), genoeg);
      zi.deelnames = Toon(static_cast<double>(deelnames), genoeg);
      out.push_back(zi);
    }
    return out;
  }
};

}  // namespace

Paar SplitsPaar(size_t ja, size_t nee, bool ouder_getoond, int min_cel) {
  const size_t ouder = ja + nee;
  const bool getoond = ouder_getoond && ja >= Min(min_cel) && nee >= Min(min_cel) && ouder > 0;
  const double aandeel = ouder ? static_cast<double>(ja) / static_cast<double>(ouder) : 0;
  return {Toon(static_cast<double>(ja), getoond), Toon(static_cast<double>(nee), getoond), Toon(aandeel, getoond)};
}

std::vector<std::vector<size_t>> VoegCohortenSamen(const std::vector<size_t>& aantallen, int min_cel) {
  std::vector<std::vector<size_t>> groepen;
  std::vector<size_t> huidig;
  size_t som = 0;
  for (size_t i = 0; i < aantallen.size(); ++i) {
    if (aantallen[i] == 0) continue;
    huidig.push_back(i);
    som += aantallen[i];
    if (som >= std::max<size_t>(Min(min_cel), 1)) {
      groepen.push_back(std::move(huidig));
      huidig.clear();
      som = 0;
    }
  }
  if (!huidig.empty()) {
    if (groepen.empty()) {
      groepen.push_back(std::move(huidig));
    } else {
      groepen.back().insert(groepen.back().end(), huidig.begin(), huidig.end());
    }
  }
  return groepen;
}

MetriekAggregaat AggregaatVoor(const Metriek& m) {
  if (m.type == MetriekType::kJaNee) return MetriekAggregaat::kJaNee;
  if (m.type == MetriekType::kGetal) return MetriekAggregaat::kMediaan;
  if (m.eenheid == "minuten" || m.eenheid.find("per week") != std::string::npos ||
      m.id.find("max") != std::string::npos) {
    return MetriekAggregaat::kMediaan;
  }
  return MetriekAggregaat::kSom;
}

ZorgverzekeraarModel ComputeZorgverzekeraarModel(const Report& report, int min_cel) {
  const Regioplan& plan = *report.plan;
  ZorgverzekeraarModel out;
  out.min_cel = min_cel;
  out.praktijken = Toon(static_cast<double>(report.praktijken.size()), report.praktijken.size() >= Min(min_cel));
  for (const Kernelement& k : plan.kernelementen) out.onderdelen.push_back(k.naam);
  out.onderdelen.push_back("Intervisie");

  std::vector<const Interventie*> interventies;
  for (const Kernelement& k : plan.kernelementen) {
    for (const Interventie& iv : plan.interventies) {
      if (iv.kernelement != k.id || !iv.alias_van.empty() || !iv.kiesbaar) continue;
      interventies.push_back(&iv);
      out.interventies.push_back({iv.naam, k.naam});
    }
  }
  for (const Metriek& m : plan.metrieken) out.metrieken.push_back({m.label, m.eenheid, AggregaatVoor(m)});
  const std::set<std::string> bekend = BekendeSoorten(plan);
  for (const std::string& s : bekend) out.intervisie_soorten.push_back(s);
  out.intervisie_soorten.push_back(kOverig);

  const std::vector<const Cohort*> cohorten = SortedCohorts(plan);
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    ZvJaar& zj = out.jaren[static_cast<size_t>(jaar - 1)];
    zj.jaar = jaar;
    const std::vector<Jaarpraktijk> alle = Verschuldigd(report, jaar, "");
    // Due for some cohort: judged from the plan's dates, also for a cohort
    // without practices, so the shape does not depend on who submitted.
    zj.verschuldigd = !alle.empty();
    for (const PraktijkSamenvatting& p : report.praktijken) {
      for (const JaarSamenvatting& jr : p.jaren) {
        if (jr.jaar == jaar && jr.periode.tot < report.peildatum) zj.verschuldigd = true;
      }
    }
    if (!zj.verschuldigd) {
      VulNietVerschuldigd(out, &zj);
      continue;
    }
    VulGroepen(report, jaar, cohorten, alle, min_cel, &zj);

    JaarSplitsing splitsing{plan, {}, alle.size(), zj.groepen[0].verschuldigd.Getoond(), min_cel};
    for (const Jaarpraktijk& jp : alle) {
      if (jp.Beoordeeld()) splitsing.beoordeeld.push_back(jp.jr);
    }
    zj.onderdelen = splitsing.Onderdelen(out.onderdelen.size());
    zj.interventies = splitsing.Interventies(interventies);
    zj.metrieken = splitsing.Metrieken(out.metrieken);
    zj.intervisie = splitsing.Intervisie(out.intervisie_soorten, bekend);
  }
  return out;
}

}  // namespace mtvp
