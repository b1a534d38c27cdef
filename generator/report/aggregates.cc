#include "report/aggregates.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace mtvp {

// ---------------------------------------------------------------------------
// Suppression

size_t Onderdrukking::Cel(size_t waarde) {
  waarden_.push_back(waarde);
  const bool klein = waarde > 0 && min_cel_ > 0 && waarde < static_cast<size_t>(min_cel_);
  zicht_.push_back(klein ? Zicht::kKlein : Zicht::kGetoond);
  return waarden_.size() - 1;
}

void Onderdrukking::Klein(size_t cel) { zicht_[cel] = Zicht::kKlein; }

void Onderdrukking::Som(size_t totaal, std::vector<size_t> delen) { relaties_.push_back({totaal, std::move(delen)}); }

bool Onderdrukking::Herstel(const Relatie& r) {
  size_t verborgen = 0, som = 0;
  for (size_t d : r.delen) {
    if (Verborgen(d)) {
      ++verborgen;
      som += waarden_[d];
    }
  }
  const size_t min = min_cel_ > 0 ? static_cast<size_t>(min_cel_) : 0;
  const bool lek = Verborgen(r.totaal) ? verborgen == 0  // the total = the sum of the shown parts
                                       : verborgen == 1 || (verborgen > 1 && som < min);
  if (!lek) return false;
  // Hide the smallest shown part (nonzero first: a zero protects nothing);
  // the total only when no part is left.
  std::optional<size_t> keuze;
  for (size_t d : r.delen) {
    if (Verborgen(d)) continue;
    if (!keuze) {
      keuze = d;
      continue;
    }
    const size_t a = waarden_[d], b = waarden_[*keuze];
    const bool beter = (a > 0) != (b > 0) ? a > 0 : a < b;
    if (beter) keuze = d;
  }
  if (keuze && (waarden_[*keuze] > 0 || Verborgen(r.totaal))) {
    zicht_[*keuze] = Zicht::kAanvullend;
  } else if (!Verborgen(r.totaal)) {
    zicht_[r.totaal] = Zicht::kAanvullend;
  } else if (keuze) {
    zicht_[*keuze] = Zicht::kAanvullend;
  } else {
    return false;
  }
  return true;
}

void Onderdrukking::Los() {
  for (bool changed = true; changed;) {
    changed = false;
    for (const Relatie& r : relaties_) {
      while (Herstel(r)) changed = true;
    }
  }
}

std::string OnderdruktLabel(const Cijfer& c, int min_cel) {
  switch (c.zicht) {
    case Zicht::kGetoond:
      return "";
    case Zicht::kKlein: {
      std::string label = "<";  // built in steps: "<" + std::string trips GCC 12's -Wrestrict
      label += std::to_string(min_cel);
      return label;
    }
    case Zicht::kAanvullend:
      return "x";
    case Zicht::kLeeg:
      return "";
  }
  return "";
}

namespace {

// ---------------------------------------------------------------------------
// Counting: plain numbers per group, before suppression.

constexpr size_t kS = kNalevingStatussen.size();

struct RuweGroep {
  std::string cohort, naam;
  size_t praktijken = 0;
  std::vector<std::array<size_t, kS>> per_onderdeel;  // onderdeel -> status counts
};

size_t StatusIndex(Status s) {
  for (size_t i = 0; i < kS; ++i) {
    if (kNalevingStatussen[i] == s) return i;
  }
  return kS - 1;
}

/// Cohorts in start order (id breaks ties), whatever order the plan lists them in.
std::vector<const Cohort*> SortedCohorts(const Regioplan& plan) {
  std::vector<const Cohort*> out;
  for (const Cohort& c : plan.cohorten) out.push_back(&c);
  std::sort(out.begin(), out.end(), [](const Cohort* a, const Cohort* b) {
    return a->start != b->start ? a->start < b->start : a->id < b->id;
  });
  return out;
}

std::vector<std::pair<std::string, std::string>> Onderdelen(const Regioplan& plan) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Kernelement& k : plan.kernelementen) out.emplace_back(k.id, k.naam);
  out.emplace_back("intervisie", "Intervisie");
  out.emplace_back("oordeel", "Oordeel programmajaar");
  return out;
}

void Tel(const JaarResultaat& jr, const std::vector<std::pair<std::string, std::string>>& onderdelen, RuweGroep* g) {
  ++g->praktijken;
  for (size_t i = 0; i < onderdelen.size(); ++i) {
    const std::string& id = onderdelen[i].first;
    Status s = Status::kNietVanToepassing;
    if (id == "intervisie") {
      s = jr.intervisie;
    } else if (id == "oordeel") {
      s = jr.oordeel;
    } else {
      for (const KernelementOordeel& k : jr.per_kernelement) {
        if (k.kernelement == id) s = k.status;
      }
    }
    ++g->per_onderdeel[i][StatusIndex(s)];
  }
}

const JaarResultaat* Jaar(const PraktijkResultaat& p, int jaar) {
  for (const JaarResultaat& jr : p.jaren) {
    if (jr.jaar == jaar && jr.Beoordeeld()) return &jr;
  }
  return nullptr;
}

/// The groups of one programme year: all cohorts, then each cohort with
/// judged submissions. A single cohort adds nothing to "all" and is left out.
std::vector<RuweGroep> TelGroepen(const Report& report, int jaar) {
  const auto onderdelen = Onderdelen(*report.plan);
  std::vector<RuweGroep> groepen;
  RuweGroep alle{"", "Alle cohorten", 0, std::vector<std::array<size_t, kS>>(onderdelen.size())};
  for (const PraktijkResultaat& p : report.praktijken) {
    if (const JaarResultaat* jr = Jaar(p, jaar)) Tel(*jr, onderdelen, &alle);
  }
  groepen.push_back(std::move(alle));
  for (const Cohort* c : SortedCohorts(*report.plan)) {
    RuweGroep g{c->id, c->naam, 0, std::vector<std::array<size_t, kS>>(onderdelen.size())};
    for (const PraktijkResultaat& p : report.praktijken) {
      if (p.praktijk.cohort != c->id) continue;
      if (const JaarResultaat* jr = Jaar(p, jaar)) Tel(*jr, onderdelen, &g);
    }
    if (g.praktijken > 0) groepen.push_back(std::move(g));
  }
  if (groepen.size() == 2) groepen.pop_back();
  return groepen;
}

// ---------------------------------------------------------------------------
// Suppression per table, then the figures.

Cijfer Maak(const Onderdrukking& o, size_t cel) { return {static_cast<double>(o.Waarde(cel)), o.Zichtbaarheid(cel)}; }

/// teller / noemer, shown only when both are.
Cijfer Aandeel(const Cijfer& teller, const Cijfer& noemer) {
  Cijfer c;
  if (noemer.waarde == 0) {
    c.zicht = Zicht::kLeeg;
    return c;
  }
  c.waarde = teller.waarde / noemer.waarde;
  if (!teller.Getoond()) {
    c.zicht = teller.zicht;
  } else if (!noemer.Getoond()) {
    c.zicht = noemer.zicht == Zicht::kKlein ? Zicht::kKlein : Zicht::kAanvullend;
  }
  return c;
}

/// Cells of one onderdeel of one group: the five statuses, van toepassing,
/// voldoet + afwijking.
struct OnderdeelCellen {
  std::array<size_t, kS> status{};
  size_t van_toepassing = 0;
  size_t voldoet_of_afwijking = 0;
  std::vector<size_t> Alle() const {
    std::vector<size_t> out(status.begin(), status.end());
    out.push_back(van_toepassing);
    out.push_back(voldoet_of_afwijking);
    return out;
  }
};

void Naleving(const Report& report, Onderdrukking* o, const std::array<size_t, kProgrammajaren>& beoordeeld_cel,
              Aggregates* out, std::vector<std::function<void()>>* vul) {
  const auto onderdelen = Onderdelen(*report.plan);
  const size_t min = out->min_cel > 0 ? static_cast<size_t>(out->min_cel) : 0;
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    const std::vector<RuweGroep> groepen = TelGroepen(report, jaar);
    if (groepen.front().praktijken == 0) continue;
    std::vector<size_t> n_cel;
    std::vector<std::vector<OnderdeelCellen>> cellen(groepen.size());
    for (size_t g = 0; g < groepen.size(); ++g) {
      const RuweGroep& rg = groepen[g];
      n_cel.push_back(g == 0 ? beoordeeld_cel[static_cast<size_t>(jaar - 1)] : o->Cel(rg.praktijken));
      for (size_t i = 0; i < onderdelen.size(); ++i) {
        const auto& telling = rg.per_onderdeel[i];
        OnderdeelCellen c;
        for (size_t s = 0; s < kS; ++s) c.status[s] = o->Cel(telling[s]);
        c.van_toepassing = o->Cel(rg.praktijken - telling[kS - 1]);
        c.voldoet_of_afwijking = o->Cel(telling[0] + telling[1]);
        if (rg.praktijken < min) {
          for (size_t cel : c.Alle()) o->Klein(cel);
        }
        o->Som(n_cel[g], std::vector<size_t>(c.status.begin(), c.status.end()));
        o->Som(c.van_toepassing, {c.status[0], c.status[1], c.status[2], c.status[3]});
        o->Som(c.voldoet_of_afwijking, {c.status[0], c.status[1]});
        o->Som(n_cel[g], {c.van_toepassing, c.status[kS - 1]});
        cellen[g].push_back(c);
      }
    }
    // Columns: all cohorts = the sum of the cohorts.
    if (groepen.size() > 1) {
      o->Som(n_cel[0], std::vector<size_t>(n_cel.begin() + 1, n_cel.end()));
      for (size_t i = 0; i < onderdelen.size(); ++i) {
        const std::vector<size_t> totaal = cellen[0][i].Alle();
        for (size_t k = 0; k < totaal.size(); ++k) {
          std::vector<size_t> delen;
          for (size_t g = 1; g < groepen.size(); ++g) delen.push_back(cellen[g][i].Alle()[k]);
          o->Som(totaal[k], delen);
        }
      }
    }
    const size_t eerste = out->naleving.size();
    for (size_t g = 0; g < groepen.size(); ++g) {
      NalevingGroep ng;
      ng.cohort = groepen[g].cohort;
      ng.cohort_naam = groepen[g].naam;
      ng.jaar = jaar;
      for (const auto& [id, label] : onderdelen) ng.onderdelen.push_back({id, label, {}, {}, {}, {}, {}});
      out->naleving.push_back(std::move(ng));
    }
    // Figures are read after Los(), when every suppression is known.
    vul->push_back([o, out, eerste, n_cel, cellen]() {
      for (size_t g = 0; g < cellen.size(); ++g) {
        NalevingGroep& ng = out->naleving[eerste + g];
        ng.praktijken = Maak(*o, n_cel[g]);
        for (size_t i = 0; i < cellen[g].size(); ++i) {
          NalevingOnderdeel& nd = ng.onderdelen[i];
          const OnderdeelCellen& c = cellen[g][i];
          for (size_t s = 0; s < kS; ++s) nd.per_status[s] = Maak(*o, c.status[s]);
          nd.van_toepassing = Maak(*o, c.van_toepassing);
          nd.voldoet_of_afwijking = Maak(*o, c.voldoet_of_afwijking);
          nd.aandeel_voldoet = Aandeel(nd.per_status[0], nd.van_toepassing);
          nd.aandeel_voldoet_of_afwijking = Aandeel(nd.voldoet_of_afwijking, nd.van_toepassing);
        }
      }
    });
  }
}

/// A count of practices out of the judged submissions of a year, protected
/// together with its complement (the practices that did not).
size_t Deel(Onderdrukking* o, size_t aantal, size_t groep_cel) {
  const size_t groep = o->Waarde(groep_cel);
  const size_t cel = o->Cel(aantal);
  const size_t rest = o->Cel(groep - std::min(groep, aantal));
  if (o->Zichtbaarheid(groep_cel) == Zicht::kKlein) {
    o->Klein(cel);
    o->Klein(rest);
  }
  o->Som(groep_cel, {cel, rest});
  return cel;
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

}  // namespace

Aggregates ComputeAggregates(const Report& report, int min_cel) {
  const Regioplan& plan = *report.plan;
  Aggregates out;
  out.min_cel = min_cel;
  Onderdrukking o(min_cel);
  std::vector<std::function<void()>> vul;

  // Practices and their overall verdict.
  std::array<size_t, kS> per_oordeel{};
  for (const PraktijkResultaat& p : report.praktijken) ++per_oordeel[StatusIndex(p.oordeel)];
  const size_t praktijken_cel = o.Cel(report.praktijken.size());
  std::vector<size_t> oordeel_cel;
  for (size_t s = 0; s < kS; ++s) {
    oordeel_cel.push_back(o.Cel(per_oordeel[s]));
    if (o.Zichtbaarheid(praktijken_cel) == Zicht::kKlein) o.Klein(oordeel_cel.back());
  }
  o.Som(praktijken_cel, oordeel_cel);
  vul.push_back([&] {
    out.praktijken = Maak(o, praktijken_cel);
    for (size_t s = 0; s < kS; ++s) out.per_oordeel[s] = Maak(o, oordeel_cel[s]);
  });

  // Judged submissions per programme year: the groups every other count is out of.
  std::array<size_t, kProgrammajaren> beoordeeld_cel{};
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    size_t n = 0;
    for (const PraktijkResultaat& p : report.praktijken) n += Jaar(p, jaar) ? 1 : 0;
    beoordeeld_cel[static_cast<size_t>(jaar - 1)] = o.Cel(n);
  }
  vul.push_back([&] {
    for (size_t j = 0; j < kProgrammajaren; ++j) out.beoordeeld_per_jaar[j] = Maak(o, beoordeeld_cel[j]);
  });

  Naleving(report, &o, beoordeeld_cel, &out, &vul);

  // Interventions, in the order the plan presents them.
  for (const Kernelement& k : plan.kernelementen) {
    for (const Interventie& iv : plan.interventies) {
      if (iv.kernelement != k.id || !iv.alias_van.empty() || !iv.kiesbaar) continue;
      std::array<std::optional<size_t>, kProgrammajaren> cel;
      for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
        const size_t j = static_cast<size_t>(jaar - 1);
        if (o.Waarde(beoordeeld_cel[j]) == 0) continue;
        size_t n = 0;
        for (const PraktijkResultaat& p : report.praktijken) {
          const JaarResultaat* jr = Jaar(p, jaar);
          if (jr && std::any_of(jr->interventies.begin(), jr->interventies.end(), [&](const InterventieKeuze& c) {
                return c.telt && (c.telt_als.empty() ? c.id : c.telt_als) == iv.id;
              })) {
            ++n;
          }
        }
        cel[j] = Deel(&o, n, beoordeeld_cel[j]);
      }
      out.interventies.push_back({iv.id, iv.naam, k.naam, {}});
      const size_t index = out.interventies.size() - 1;
      vul.push_back([&o, &out, index, cel] {
        for (size_t j = 0; j < kProgrammajaren; ++j) {
          out.interventies[index].per_jaar[j] = cel[j] ? Maak(o, *cel[j]) : Cijfer{0, Zicht::kLeeg};
        }
      });
    }
  }

  // Numeric metrics: a total is about the practices that reported it.
  const size_t min = min_cel > 0 ? static_cast<size_t>(min_cel) : 0;
  auto over = [min](double waarde, size_t praktijken) {
    return Cijfer{waarde, praktijken >= min ? Zicht::kGetoond : Zicht::kKlein};
  };
  for (const Metriek& m : plan.metrieken) {
    if (m.type == MetriekType::kJaNee) continue;
    for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
      size_t n = 0;
      double totaal = 0;
      for (const PraktijkResultaat& p : report.praktijken) {
        const JaarResultaat* jr = Jaar(p, jaar);
        const Waarde* w = jr ? jr->gegevens->FindWaarde(m.id) : nullptr;
        if (!w || w->is_ja_nee) continue;
        ++n;
        totaal += w->getal;
      }
      if (n == 0) continue;
      const size_t cel = Deel(&o, n, beoordeeld_cel[static_cast<size_t>(jaar - 1)]);
      out.metrieken.push_back({m.id, m.label, m.eenheid, jaar, {}, over(totaal, n)});
      const size_t index = out.metrieken.size() - 1;
      vul.push_back([&o, &out, index, cel] { out.metrieken[index].praktijken = Maak(o, cel); });
    }
  }

  // Intervisie sessions per kind.
  const std::set<std::string> bekend = BekendeSoorten(plan);
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    struct Telling {
      size_t praktijken = 0, bijeenkomsten = 0;
      double deelnemers = 0;
    };
    std::map<std::string, Telling> per_soort;
    for (const PraktijkResultaat& p : report.praktijken) {
      const JaarResultaat* jr = Jaar(p, jaar);
      if (!jr) continue;
      std::set<std::string> gemeld;
      for (const Bijeenkomst& b : jr->gegevens->intervisie) {
        const std::string soort = bekend.count(b.soort) ? b.soort : std::string(kOverigeSoort);
        Telling& t = per_soort[soort];
        ++t.bijeenkomsten;
        t.deelnemers += b.deelnemers;
        if (gemeld.insert(soort).second) ++t.praktijken;
      }
    }
    for (const auto& [soort, t] : per_soort) {
      const size_t cel = Deel(&o, t.praktijken, beoordeeld_cel[static_cast<size_t>(jaar - 1)]);
      out.intervisie.push_back({jaar,
                                soort,
                                {},
                                over(static_cast<double>(t.bijeenkomsten), t.praktijken),
                                over(t.deelnemers, t.praktijken)});
      const size_t index = out.intervisie.size() - 1;
      vul.push_back([&o, &out, index, cel] { out.intervisie[index].praktijken = Maak(o, cel); });
    }
  }

  o.Los();
  for (const auto& f : vul) f();
  return out;
}

}  // namespace mtvp
