#include "rules/evaluate.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/parallel.h"
#include "model/rule_ids.h"
#include "report/regio_model.h"
#include "rules/check_context.h"
#include "rules/deelname_check.h"
#include "rules/groeimodel_check.h"
#include "rules/interventie_keuzes.h"
#include "rules/intervisie_check.h"
#include "rules/rule_kinds.h"
#include "rules/voorwaarde_check.h"

namespace mtvp {

InzendStatus Completeness(const Periode& periode, Date uiterste_datum, Date peildatum, const Praktijk& praktijk,
                          const Inzending* valid, bool invalid_file) {
  // Years that start after the withdrawal are not expected; the year in which
  // the practice left still is (docs/formats.md).
  if (praktijk.uitgetreden_op && *praktijk.uitgetreden_op < periode.van) return InzendStatus::kUitgetreden;
  if (valid) return valid->ingediend_op > uiterste_datum ? InzendStatus::kTeLaat : InzendStatus::kCompleet;
  if (invalid_file) return InzendStatus::kOngeldig;
  if (peildatum <= periode.tot) return InzendStatus::kNogNietVerschuldigd;
  if (peildatum <= uiterste_datum) return InzendStatus::kVerwacht;
  return InzendStatus::kOntbreekt;
}

namespace {

using PerJaar = std::array<const Inzending*, kProgrammajaren>;

// Marks a rule that does not apply to this practice, or runs its kind's check.
Verdict Judge(const Regel& g, Verdict v, const CheckContext& ctx) {
  if (!RegelGeldtVoor(g, ctx.praktijk)) {
    v.status = Status::kNietVanToepassing;
    v.uitleg = g.geldt_voor == GeldtVoor::kKbz ? "Deze regel geldt alleen voor praktijken in Krachtige basiszorg."
                                               : "Deze regel geldt niet voor praktijken in Krachtige basiszorg.";
    return v;
  }
  CheckRegel(g, ctx, &v);
  // An info rule shows what is and never fails (issue 11, class 10): what
  // would be a shortfall is shown, as information, not as a verdict.
  if (g.ernst == Ernst::kInfo && (v.status == Status::kVoldoetNiet || v.status == Status::kOnvolledig)) {
    v.status = Status::kNietVanToepassing;
    v.tekort.clear();
    v.tekort_getal.reset();
    v.uitleg = "Ter informatie (geen eis): " + v.uitleg;
  }
  return v;
}

void ApplyAfwijkingen(const std::vector<Afwijking>& afwijkingen, const Praktijk& p, int jaar, Date peildatum,
                      std::vector<Verdict>* verdicts) {
  for (Verdict& v : *verdicts) {
    if (v.status != Status::kVoldoetNiet) continue;
    for (const Afwijking& a : afwijkingen) {
      if (a.agb != p.agb || a.regel != v.regel || (a.jaar && *a.jaar != jaar)) continue;
      const bool geldig = a.geldig_tot >= peildatum;
      if (v.afwijking && v.afwijking->geldig) break;  // a valid one already applies
      v.afwijking = AfwijkingToepassing{geldig, a.reden, a.goedgekeurd_door, a.geldig_tot, a.bron};
      if (geldig) {
        v.status = Status::kAfwijkingGeaccepteerd;
        v.uitleg += " Afwijking geaccepteerd door " + a.goedgekeurd_door + " (geldig tot en met " +
                    a.geldig_tot.Dutch() + "): " + a.reden;
      } else {
        v.uitleg += " Een afwijking was geaccepteerd tot en met " + a.geldig_tot.Dutch() +
                    ", maar die is verlopen en geldt niet meer.";
      }
    }
  }
}

class PraktijkEvaluator {
 public:
  PraktijkEvaluator(std::shared_ptr<const RegionInput> input, Date peildatum)
      : owner_(std::move(input)), input_(*owner_), plan_(*input_.plan), peildatum_(peildatum) {
    for (const Inzending& s : input_.inzendingen) by_agb_[s.agb][static_cast<size_t>(s.programmajaar - 1)] = &s;
    for (const OngeldigeInzending& o : input_.ongeldig) {
      if (o.jaar >= 1 && o.jaar <= kProgrammajaren) invalid_[o.agb][static_cast<size_t>(o.jaar - 1)] = o.file;
    }
    for (const Praktijk& p : input_.praktijken) {
      if (!p.plangroep.empty()) plangroepen_[p.plangroep].push_back(&p);
    }
  }

  const RegionInput& input() const { return input_; }

  PraktijkResultaat Run(const Praktijk& p) const {
    PraktijkResultaat out;
    out.praktijk = p;
    out.uitgetreden = p.uitgetreden_op && *p.uitgetreden_op <= peildatum_;
    const Cohort* cohort = plan_.FindCohort(p.cohort);
    const PerJaar submissions = Lookup(by_agb_, p.agb, PerJaar{});
    const auto invalid = Lookup(invalid_, p.agb, std::array<std::string, kProgrammajaren>{});

    std::array<std::optional<JaarKeuzes>, kProgrammajaren> keuzes;
    std::array<std::vector<InterventieKeuze>, kProgrammajaren> lijsten;
    for (int j = 1; j <= kProgrammajaren; ++j) {
      if (const Inzending* s = submissions[j - 1]) {
        lijsten[j - 1] = ListKeuzes(*s, p, plan_);
        keuzes[j - 1] = CountKeuzes(lijsten[j - 1]);
      }
    }
    std::vector<const Inzending*> eigen;
    for (const Inzending* s : submissions) {
      if (s) eigen.push_back(s);
    }
    const std::vector<const Inzending*> plangroep = PlangroepInzendingen(p);

    out.lopend_jaar = kProgrammajaren + 1;
    out.oordeel = Status::kNietVanToepassing;
    for (int j = 1; j <= kProgrammajaren; ++j) {
      JaarResultaat jr;
      jr.jaar = j;
      jr.periode = ProgrammeYear(cohort->start, j);
      jr.uiterste_datum = jr.periode.tot.AddDays(plan_.inzendtermijn_dagen);
      const Inzending* s = submissions[j - 1];
      jr.bestand = s ? s->file : invalid[j - 1];
      jr.inzending = Completeness(jr.periode, jr.uiterste_datum, peildatum_, p, s, !invalid[j - 1].empty());
      if (out.lopend_jaar > kProgrammajaren && peildatum_ <= jr.periode.tot) out.lopend_jaar = j;
      if (s) {
        CheckContext ctx{plan_, p, *s, j, peildatum_, keuzes, eigen, plangroep, nullptr};
        jr.gegevens = std::shared_ptr<const Inzending>(owner_, s);  // shares ownership of the input
        jr.interventies = lijsten[j - 1];
        EvaluateYear(ctx, &jr);
        out.oordeel = Combine(out.oordeel, jr.oordeel);
      } else if (jr.inzending == InzendStatus::kOntbreekt || jr.inzending == InzendStatus::kOngeldig) {
        out.oordeel = Combine(out.oordeel, Status::kOnvolledig);
      }
      out.jaren.push_back(std::move(jr));
    }
    // Utrecht §2.2: practices commit "voor de volle drie jaar"; one that
    // withdrew before completing jaar 3 cannot pass as a whole. Its years
    // keep their own verdicts.
    if (out.uitgetreden && *p.uitgetreden_op <= out.jaren.back().periode.tot) out.oordeel = Status::kUitgetreden;
    return out;
  }

 private:
  // The valid submissions of the other practices of p's plangroep.
  std::vector<const Inzending*> PlangroepInzendingen(const Praktijk& p) const {
    std::vector<const Inzending*> out;
    if (p.plangroep.empty()) return out;
    for (const Praktijk* other : Lookup(plangroepen_, p.plangroep, std::vector<const Praktijk*>{})) {
      if (other->agb == p.agb) continue;
      for (const Inzending* s : Lookup(by_agb_, other->agb, PerJaar{})) {
        if (s) out.push_back(s);
      }
    }
    return out;
  }

  template <typename Map, typename Value>
  static Value Lookup(const Map& map, const std::string& key, Value fallback) {
    const auto it = map.find(key);
    return it == map.end() ? fallback : it->second;
  }

  // True when a known earlier year shows the intervention active, or an
  // earlier year is missing (then it may have been).
  static bool LiepEerder(const CheckContext& ctx, const std::string& id) {
    for (int y = 1; y < ctx.jaar; ++y) {
      if (!ctx.keuzes[y - 1]) return true;
      for (const auto& [ke, ids] : ctx.keuzes[y - 1]->actief) {
        if (ids.count(id)) return true;
      }
    }
    return false;
  }

  // Every verdict of one programme year, then the year's combined verdicts.
  void EvaluateYear(CheckContext& ctx, JaarResultaat* jr) const {
    std::vector<Verdict>& out = jr->verdicts;
    MenuFindings(ctx, &out);
    MislabelledDoorontwikkelingen(ctx, &out);
    Groeimodel(ctx, &out);
    Voorwaarden(ctx, jr->interventies, &out);
    Intervisie(ctx, &out);
    Deelname(ctx, &out);
    ApplyAfwijkingen(input_.afwijkingen, ctx.praktijk, ctx.jaar, peildatum_, &out);
    CombineYear(jr);
  }

  // A choice that may not be counted (not kiesbaar, excluded, not this year).
  void MenuFindings(const CheckContext& ctx, std::vector<Verdict>* out) const {
    for (const GekozenInterventie& g : ctx.inzending.interventies) {
      const Interventie* iv = plan_.FindInterventie(g.id);
      if (!iv || g.status == InterventieStatus::kGestopt) continue;
      if (const auto finding = CheckMenu(*iv, ctx.praktijk, ctx.jaar, plan_)) {
        Verdict v;
        v.regel = MenuRegelId(iv->id);
        v.onderdeel = Onderdeel::kMenu;
        v.kernelement = plan_.Canonical(iv->id)->kernelement;
        v.interventie = iv->id;
        v.omschrijving = finding->omschrijving;
        v.bron = finding->bron;
        v.status = Status::kVoldoetNiet;
        v.werkelijk = "gekozen: " + iv->naam;
        v.vereist = "een kiesbare interventie";
        v.tekort = "telt niet mee";
        v.herkomst = ctx.Herkomst(PointerJoin(PointerJoin("/interventies", g.index), "id"));
        v.uitleg = finding->uitleg + " De interventie telt niet mee voor het groeimodel.";
        out->push_back(std::move(v));
      }
    }
  }

  // A doorontwikkeling of an intervention that never ran is counted as
  // what it is, new; the project leader is told it was mislabelled.
  void MislabelledDoorontwikkelingen(const CheckContext& ctx, std::vector<Verdict>* out) const {
    for (const GekozenInterventie& g : ctx.inzending.interventies) {
      const Interventie* target = plan_.Canonical(g.id);
      if (g.status != InterventieStatus::kDoorontwikkeling || !target || LiepEerder(ctx, target->id)) continue;
      Verdict v;
      v.regel = MenuStatusRegelId(g.id);
      v.onderdeel = Onderdeel::kMenu;
      v.kernelement = target->kernelement;
      v.interventie = g.id;
      v.omschrijving = "Een doorontwikkeling bouwt voort op een interventie uit een eerder jaar";
      v.bron = target->bron;
      v.ernst = Ernst::kAdvies;
      v.status = Status::kVoldoetNiet;
      v.werkelijk = "doorontwikkeling, maar niet eerder gekozen";
      v.vereist = "status nieuw";
      v.tekort = "status onjuist";
      v.herkomst = ctx.Herkomst(PointerJoin(PointerJoin("/interventies", g.index), "status"));
      v.uitleg = "\"" + plan_.FindInterventie(g.id)->naam +
                 "\" staat als doorontwikkeling in de inzending, maar liep " +
                 (ctx.jaar == 1 ? "in jaar 1 nog niet eerder" : "in geen eerder programmajaar") +
                 ". Zij telt daarom als nieuwe interventie; pas de status aan naar \"nieuw\".";
      out->push_back(std::move(v));
    }
  }

  // The year's groeimodel rules of every kernelement.
  void Groeimodel(CheckContext& ctx, std::vector<Verdict>* out) const {
    for (const Kernelement& ke : plan_.kernelementen) {
      const auto it = ke.groeimodel.find(ctx.jaar);
      if (it == ke.groeimodel.end()) continue;
      ctx.kernelement = &ke;
      for (const Regel& g : it->second) {
        out->push_back(
            Judge(g, VerdictFor(g, GroeimodelRegelId(ke.id, ctx.jaar, g.id), Onderdeel::kGroeimodel, ke.id), ctx));
      }
    }
    ctx.kernelement = nullptr;
  }

  // Voorwaarden of every counted intervention, once per canonical intervention.
  void Voorwaarden(const CheckContext& ctx, const std::vector<InterventieKeuze>& keuzes,
                   std::vector<Verdict>* out) const {
    std::set<std::string> done;
    for (const InterventieKeuze& k : keuzes) {
      const std::string id = k.telt_als.empty() ? k.id : k.telt_als;
      if (!k.telt || !done.insert(id).second) continue;
      const Interventie* iv = plan_.FindInterventie(id);
      for (const Regel& g : iv->voorwaarden) {
        // A voorwaarde with `jaren` applies only in those programme years
        // (PrimaCura: plans „in jaar 1 en jaar 2").
        if (!g.jaren.empty() && std::find(g.jaren.begin(), g.jaren.end(), ctx.jaar) == g.jaren.end()) continue;
        out->push_back(
            Judge(g, VerdictFor(g, VoorwaardeRegelId(id, g.id), Onderdeel::kVoorwaarde, iv->kernelement, id), ctx));
      }
    }
  }

  void Intervisie(const CheckContext& ctx, std::vector<Verdict>* out) const {
    const auto it = plan_.intervisie.find(ctx.jaar);
    if (it == plan_.intervisie.end()) return;
    for (const Regel& g : it->second) {
      out->push_back(Judge(g, VerdictFor(g, IntervisieRegelId(ctx.jaar, g.id), Onderdeel::kIntervisie), ctx));
    }
  }

  // Rules on the registry's facts (Utrecht koptarief).
  void Deelname(const CheckContext& ctx, std::vector<Verdict>* out) const {
    const auto it = plan_.deelname.find(ctx.jaar);
    if (it == plan_.deelname.end()) return;
    for (const Regel& g : it->second) {
      out->push_back(Judge(g, VerdictFor(g, DeelnameRegelId(ctx.jaar, g.id), Onderdeel::kDeelname), ctx));
    }
  }

  // The year's verdict, its intervisie verdict and one per kernelement: the
  // eis rules combined (advies and info rules never fail a year).
  void CombineYear(JaarResultaat* jr) const {
    jr->oordeel = Status::kVoldoet;
    jr->intervisie = Status::kNietVanToepassing;
    for (const Kernelement& ke : plan_.kernelementen)
      jr->per_kernelement.push_back({ke.id, Status::kNietVanToepassing});
    for (const Verdict& v : jr->verdicts) {
      if (v.ernst != Ernst::kEis) continue;
      if (v.status != Status::kNietVanToepassing) jr->oordeel = Combine(jr->oordeel, v.status);
      if (v.onderdeel == Onderdeel::kIntervisie) jr->intervisie = Combine(jr->intervisie, v.status);
      for (KernelementOordeel& ko : jr->per_kernelement) {
        if (ko.kernelement == v.kernelement) ko.status = Combine(ko.status, v.status);
      }
    }
  }

  std::shared_ptr<const RegionInput> owner_;
  const RegionInput& input_;
  const Regioplan& plan_;
  Date peildatum_;
  std::map<std::string, PerJaar> by_agb_;
  std::map<std::string, std::array<std::string, kProgrammajaren>> invalid_;
  std::map<std::string, std::vector<const Praktijk*>> plangroepen_;  // registry order
};

}  // namespace

struct RegionEvaluator::State {
  PraktijkEvaluator evaluator;
};

RegionEvaluator::RegionEvaluator(std::shared_ptr<const RegionInput> input, Date peildatum)
    : state_(new State{PraktijkEvaluator(std::move(input), peildatum)}) {}

RegionEvaluator::~RegionEvaluator() = default;

size_t RegionEvaluator::size() const { return state_->evaluator.input().praktijken.size(); }

PraktijkResultaat RegionEvaluator::Judge(size_t index) const {
  return state_->evaluator.Run(state_->evaluator.input().praktijken[index]);
}

Report ReportFrame(const RegionInput& input, Date peildatum) {
  Report report;
  report.plan = input.plan;
  report.peildatum = peildatum;
  report.problemen = input.diagnostics.all();
  report.praktijken.resize(input.praktijken.size());
  return report;
}

Report Evaluate(std::shared_ptr<const RegionInput> input, Date peildatum, unsigned threads) {
  Report report = ReportFrame(*input, peildatum);
  const RegionEvaluator evaluator(input, peildatum);
  // Practices are independent: each is judged and summarised into its own
  // slot, so the report never holds every verdict at once.
  ParallelFor(evaluator.size(), threads, [&](size_t i) { report.praktijken[i] = Samenvatting(evaluator.Judge(i)); });
  AddModels(&report);
  return report;
}

Beoordeling EvaluateVolledig(std::shared_ptr<const RegionInput> input, Date peildatum, unsigned threads) {
  Beoordeling b{ReportFrame(*input, peildatum), {}};
  const RegionEvaluator evaluator(input, peildatum);
  b.praktijken.resize(evaluator.size());
  ParallelFor(evaluator.size(), threads, [&](size_t i) {
    b.praktijken[i] = evaluator.Judge(i);
    b.report.praktijken[i] = Samenvatting(b.praktijken[i]);
  });
  AddModels(&b.report);
  return b;
}

Beoordeling EvaluateVolledig(const RegionInput& input, Date peildatum, unsigned threads) {
  return EvaluateVolledig(std::make_shared<const RegionInput>(input), peildatum, threads);
}

}  // namespace mtvp
