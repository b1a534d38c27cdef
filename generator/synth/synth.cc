// `mtvp-monitor synth`: a deterministic synthetic region. Each practice gets
// a scenario (compliant, a groeimodel failure of some kind, a voorwaarde just
// below its threshold, a late or missing submission, a deliberately invalid
// file, ...); the manifest (synth-manifest.json) records what every practice
// was meant to show, so a test can hold the real run against it.
#include "synth/synth.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "base/json_input.h"
#include "base/publish.h"
#include "load/regioplan_loader.h"
#include "model/registry.h"
#include "synth/model.h"
#include "synth/names.h"
#include "synth/praktijk_synth.h"

namespace mtvp {
namespace synth {
namespace {

// Independent random streams (see Rng::For); 1 and 2 are used per practice
// by PraktijkSynth.
constexpr uint64_t kStroomOntwerp = 0;
constexpr uint64_t kStroomPlangroep = 3;
constexpr uint64_t kStroomScenario = 4;

// 8 digits, "99" and a bijection of the index, so codes are unique, do not
// depend on the seed and neighbours do not look alike.
std::string Agb(int index) {
  const auto x = static_cast<unsigned>((static_cast<uint64_t>(index) * 7919u + 104729u) % 1000000u);
  char buf[16];
  std::snprintf(buf, sizeof buf, "99%06u", x);
  return buf;
}

bool Breuk(double x) { return std::fabs(x - std::round(x)) > 1e-6; }

// Whether a practice in `subregio` with `kenmerken` may choose `iv`.
bool Uitgesloten(const Interventie& iv, const std::string& subregio, const std::map<std::string, bool>& kenmerken) {
  for (const Uitsluiting& u : iv.uitgesloten) {
    if (std::find(u.subregios.begin(), u.subregios.end(), subregio) == u.subregios.end()) continue;
    if (u.kenmerk.empty()) return true;
    const auto it = kenmerken.find(u.kenmerk);
    if (it != kenmerken.end() && it->second) return true;
  }
  return false;
}

PraktijkSpec Ontwerp(const PlanInfo& info, int index, const Scenario& sc, uint64_t seed) {
  Rng rng = Rng::For(seed, kStroomOntwerp, static_cast<uint64_t>(index));
  const Regioplan& plan = *info.plan;
  PraktijkSpec p;
  p.index = index;
  p.agb = Agb(index);
  p.scenario = &sc;
  if (sc.sites.empty()) {
    p.cohort = &rng.Pick(plan.cohorten);
  } else {
    std::vector<std::pair<size_t, const Cohort*>> keuzes;
    for (size_t i = 0; i < sc.sites.size(); ++i) {
      for (const Cohort& c : plan.cohorten) {
        if (Mogelijk(info, sc, sc.sites[i], c)) keuzes.emplace_back(i, &c);
      }
    }
    const auto& [i, c] = rng.Pick(keuzes);
    p.site = sc.sites[i];
    p.cohort = c;
  }
  const Site& site = p.site;

  p.kbz = rng.Percent(15);
  if (site.regel && site.regel->geldt_voor == GeldtVoor::kKbz) p.kbz = true;
  if (site.regel && site.regel->geldt_voor == GeldtVoor::kNietKbz) p.kbz = false;
  if (sc.soort == Doelsoort::kIntervisie && site.regel->soort == Soort::kUitwisselbijeenkomsten) {
    const auto& vrij = site.regel->kbz_vrijgesteld_cohorten;
    if (std::count(vrij.begin(), vrij.end(), p.cohort->id)) p.kbz = false;
  }

  if (!plan.subregios.empty() && rng.Percent(95)) p.subregio = rng.Pick(plan.subregios);
  if (sc.soort == Doelsoort::kMenuUitgesloten) {
    std::vector<std::string> bekend;
    for (const std::string& r : site.uitsluiting->subregios) {
      if (std::count(plan.subregios.begin(), plan.subregios.end(), r)) bekend.push_back(r);
    }
    p.subregio = rng.Pick(bekend);  // not empty: AnalysePlan keeps only such sites
  }
  for (const std::string& k : info.kenmerken) {
    bool raakt = false;
    for (const Interventie& iv : plan.interventies) {
      for (const Uitsluiting& u : iv.uitgesloten) {
        raakt = raakt || (u.kenmerk == k && std::count(u.subregios.begin(), u.subregios.end(), p.subregio) > 0);
      }
    }
    p.kenmerken[k] = rng.Percent(raakt ? 30 : 5);
  }
  if (sc.soort == Doelsoort::kMenuUitgesloten && !site.uitsluiting->kenmerk.empty()) {
    p.kenmerken[site.uitsluiting->kenmerk] = true;
  }
  // A rule of an intervention needs a practice that may choose it.
  const bool kiest =
      site.iv && ((site.regel && IsVoorwaardeSoort(site.regel->soort)) || sc.soort == Doelsoort::kMenuBuitenJaren);
  if (kiest) {
    for (const Interventie* item : {site.iv, plan.Canonical(site.iv->id)}) {
      if (!item) continue;
      for (const Uitsluiting& u : item->uitgesloten) {
        if (!u.kenmerk.empty()) p.kenmerken[u.kenmerk] = false;
      }
    }
    if (Uitgesloten(*site.iv, p.subregio, p.kenmerken)) {
      std::vector<std::string> vrij{""};
      for (const std::string& s : plan.subregios) {
        if (!Uitgesloten(*site.iv, s, p.kenmerken)) vrij.push_back(s);
      }
      p.subregio = vrij.size() > 1 ? vrij[1 + static_cast<size_t>(rng.Below(vrij.size() - 1))] : "";
    }
  }

  p.wijk = plan.wijken.empty() ? rng.Pick(Wijknamen()) : rng.Pick(plan.wijken);
  p.normpraktijken_tienden = rng.Range(3, 12) + rng.Range(3, 12);
  if (sc.soort == Doelsoort::kPerNormpraktijkNetOnder || sc.soort == Doelsoort::kPerNormpraktijkNetBoven) {
    // A size for which the requirement is not a whole step, as in 1.6 x 12 = 19.2.
    const Metriek* m = plan.FindMetriek(site.regel->metriek);
    const double stap = m && m->type == MetriekType::kGetal ? 0.5 : 1.0;
    for (int poging = 0; poging < 25; ++poging) {
      if (Breuk(site.regel->waarde * (p.normpraktijken_tienden / 10.0) / stap)) break;
      p.normpraktijken_tienden = rng.Range(3, 12) + rng.Range(3, 12);
    }
  }
  p.achterstand_pct = rng.Range(0, 20) + rng.Range(0, 25);
  p.naam = PraktijkNaam(rng);
  if (sc.soort == Doelsoort::kUitgetreden) {
    const JaarKalender& k = info.Jaar(*p.cohort, site.jaar);
    const int van = static_cast<int>(k.periode.van.DayNumber()) + 30;
    const int tot = static_cast<int>(std::min(k.periode.tot, plan.peildatum).DayNumber());
    p.uitgetreden_op = Date::FromDayNumber(rng.Range(van, tot));
  }
  return p;
}

// Every scenario at least once (spread over the region), the rest drawn by weight.
std::vector<const Scenario*> Scenarios(const PlanInfo& info, int n, uint64_t seed) {
  std::vector<const Scenario*> out(static_cast<size_t>(n), nullptr);
  const size_t bijzonder = info.scenarios.size() - 1;  // [0] is voldoet
  const size_t un = static_cast<size_t>(n);
  for (size_t k = 0; k < bijzonder && k < un; ++k) {
    const size_t pos = un >= bijzonder ? k * un / bijzonder : k;
    out[pos] = &info.scenarios[k + 1];
  }
  std::vector<int> gewichten;
  for (const Scenario& sc : info.scenarios) gewichten.push_back(sc.gewicht);
  for (size_t i = 0; i < un; ++i) {
    if (out[i]) continue;
    Rng rng = Rng::For(seed, kStroomScenario, i);
    out[i] = &info.scenarios[rng.Weighted(gewichten)];
  }
  return out;
}

// Joint plans of two to four practices of one cohort; the first attends the
// uitwisselbijeenkomsten for all, some of the others rely on that.
void Plangroepen(const PlanInfo& info, uint64_t seed, std::vector<PraktijkSpec>* specs) {
  Rng rng = Rng::For(seed, kStroomPlangroep, 0);
  bool plangroep_telt = false;
  for (const auto& [jaar, regels] : info.plan->intervisie) {
    for (const Regel& g : regels)
      plangroep_telt = plangroep_telt || (g.soort == Soort::kUitwisselbijeenkomsten && g.plangroep_telt);
  }
  std::set<std::string> namen;
  for (const Cohort& c : info.plan->cohorten) {
    std::vector<size_t> leden;
    for (size_t i = 0; i < specs->size(); ++i) {
      const PraktijkSpec& s = (*specs)[i];
      const bool mist_uitwisseling =
          s.scenario->soort == Doelsoort::kIntervisie && s.site.regel->soort == Soort::kUitwisselbijeenkomsten;
      if (s.cohort == &c && !mist_uitwisseling) leden.push_back(i);
    }
    for (size_t k = 0; k < leden.size();) {
      if ((*specs)[leden[k]].scenario->soort != Doelsoort::kVoldoet || !rng.Percent(5)) {
        ++k;
        continue;
      }
      const size_t grootte = static_cast<size_t>(rng.Range(2, 4));
      if (k + grootte > leden.size()) break;
      std::string naam = "Plangroep " + PlaatsNaam(rng);
      for (int n = 2; namen.count(naam); ++n) naam = "Plangroep " + PlaatsNaam(rng) + " " + std::to_string(n);
      namen.insert(naam);
      for (size_t m = 0; m < grootte; ++m) {
        PraktijkSpec& s = (*specs)[leden[k + m]];
        s.plangroep = naam;
        s.vertegenwoordiger = m == 0;
        s.vertrouwt_op_plangroep = m > 0 && plangroep_telt && rng.Percent(50);
      }
      k += grootte;
    }
  }
}

std::string Dump(const OJson& j) { return j.dump(2, ' ', false) + "\n"; }

// Runs work(i) for every i in [0, n) on a few threads. Each i writes only its
// own slot, so the result does not depend on the scheduling.
template <typename Work>
void ParallelFor(size_t n, unsigned threads, const Work& work) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::min<size_t>(n, 64))));
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (std::thread& t : pool) t.join();
}

unsigned Threads() { return std::max(1u, std::min(8u, std::thread::hardware_concurrency())); }

}  // namespace
}  // namespace synth

std::optional<SynthRegion> GenerateSyntheticRegion(std::string_view regioplan_json, const std::string& regioplan_bron,
                                                   int praktijken, uint64_t seed, std::string* error) {
  using namespace synth;
  if (praktijken < 1 || praktijken > kMaxSynthPraktijken) {
    *error = "het aantal praktijken moet tussen 1 en " + std::to_string(kMaxSynthPraktijken) + " liggen";
    return std::nullopt;
  }
  Diagnostics diags;
  std::optional<Regioplan> plan;
  if (auto doc = ParseJson(regioplan_json, "regioplan.json", &diags))
    plan = LoadRegioplan(*doc, "regioplan.json", &diags);
  if (!plan || diags.HasErrors()) {
    *error = "het regioplan " + regioplan_bron + " is onbruikbaar";
    for (const Diagnostic& d : diags.all()) {
      if (d.severity == Severity::kFout) {
        *error += ": " + d.Format();
        break;
      }
    }
    return std::nullopt;
  }
  if (plan->cohorten.empty()) {
    *error = "het regioplan " + regioplan_bron + " heeft geen cohorten";
    return std::nullopt;
  }
  const PlanInfo info = AnalysePlan(*plan);

  const std::vector<const Scenario*> scenarios = Scenarios(info, praktijken, seed);
  std::vector<PraktijkSpec> specs;
  specs.reserve(static_cast<size_t>(praktijken));
  for (int i = 0; i < praktijken; ++i) specs.push_back(Ontwerp(info, i, *scenarios[static_cast<size_t>(i)], seed));
  Plangroepen(info, seed, &specs);

  std::vector<PraktijkSynth> synths;
  synths.reserve(specs.size());
  for (PraktijkSpec& s : specs) synths.emplace_back(info, std::move(s), seed);
  std::map<std::string, std::map<Date, int>> groepen;
  for (PraktijkSynth& s : synths) {
    s.Opzetten();
    if (s.spec().plangroep.empty()) continue;
    auto& groep = groepen[s.spec().plangroep];
    for (const auto& [d, n] : s.Uitwisseling()) groep[d] = std::max(groep[d], n);
  }
  const std::map<Date, int> geen;
  std::vector<PraktijkUitvoer> uitvoer(synths.size());
  ParallelFor(synths.size(), Threads(), [&](size_t i) {
    const std::string& groep = synths[i].spec().plangroep;
    uitvoer[i] = synths[i].Bouwen(groep.empty() ? geen : groepen.at(groep));
  });

  SynthRegion region;
  SynthSummary& sum = region.summary;
  sum.regio = plan->regio;
  sum.peildatum = plan->peildatum;
  sum.praktijken = synths.size();
  OJson register_ = OJson::object();
  register_["formaat"] = kPraktijkenFormaat;
  OJson lijst = OJson::array();
  OJson afwijkingen = OJson::array();
  OJson ongeldig = OJson::array();
  OJson verwachtingen = OJson::array();
  std::vector<std::pair<std::string, std::string>> inzendingen;
  for (PraktijkUitvoer& u : uitvoer) {
    lijst.push_back(std::move(u.praktijk));
    for (OJson& a : u.afwijkingen) afwijkingen.push_back(std::move(a));
    for (OJson& o : u.ongeldig) ongeldig.push_back(std::move(o));
    verwachtingen.push_back(std::move(u.verwachting));
    for (const std::string& d : u.doelen) ++sum.doelen[d];
    for (auto& f : u.bestanden) inzendingen.push_back(std::move(f));
  }
  register_["praktijken"] = std::move(lijst);
  sum.inzendingen = inzendingen.size();
  sum.ongeldig = ongeldig.size();
  sum.afwijkingen = afwijkingen.size();

  OJson afw = OJson::object();
  afw["formaat"] = kAfwijkingenFormaat;
  afw["afwijkingen"] = std::move(afwijkingen);

  OJson manifest = OJson::object();
  manifest["formaat"] = kSynthManifestFormaat;
  manifest["seed"] = seed;
  manifest["praktijken"] = praktijken;
  manifest["regioplan"] = regioplan_bron;
  manifest["regio"] = plan->regio;
  manifest["peildatum"] = plan->peildatum.Iso();
  OJson namen = OJson::array();
  for (const Scenario& sc : info.scenarios) namen.push_back(sc.naam);
  manifest["scenarios"] = std::move(namen);
  OJson doelen = OJson::object();
  for (const auto& [naam, n] : sum.doelen) doelen[naam] = n;
  manifest["doelen"] = std::move(doelen);
  manifest["ongeldig"] = std::move(ongeldig);
  manifest["verwachtingen"] = std::move(verwachtingen);

  region.files.emplace_back("regioplan.json", std::string(regioplan_json));
  region.files.emplace_back("praktijken.json", Dump(register_));
  region.files.emplace_back("afwijkingen.json", Dump(afw));
  for (auto& f : inzendingen) region.files.push_back(std::move(f));
  region.files.emplace_back(std::string(kSynthManifest), Dump(manifest));
  sum.bestanden = region.files.size();
  return region;
}

bool WriteSyntheticRegion(const SynthOptions& options, std::string* error, SynthSummary* summary) {
  std::string plan_text, bron;
  if (options.regioplan) {
    std::ifstream in(*options.regioplan, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (!in) {
      *error = "kan regioplan " + options.regioplan->string() + " niet lezen";
      return false;
    }
    plan_text = s.str();
    bron = options.regioplan->string();
  } else {
    plan_text = std::string(EmbeddedRegioplan());
    bron = "ingebouwd: " + std::string(EmbeddedRegioplanBron());
  }
  std::optional<SynthRegion> region = GenerateSyntheticRegion(plan_text, bron, options.praktijken, options.seed, error);
  if (!region) return false;
  std::unique_ptr<OutputStage> stage = OutputStage::Create(options.out_dir, error, StageKind::kRegion);
  if (!stage) return false;
  // The files directly in the folder first, then the submissions, one
  // practice folder per task: creating many small files is bound by the file
  // system's latency more than by the processor.
  std::vector<size_t> los;
  std::map<std::string, std::vector<size_t>> per_map;
  for (size_t i = 0; i < region->files.size(); ++i) {
    const std::string& path = region->files[i].first;
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
      los.push_back(i);
    } else {
      per_map[path.substr(0, slash)].push_back(i);
    }
  }
  for (size_t i : los) {
    if (!stage->Write(region->files[i].first, region->files[i].second, error)) return false;
  }
  std::vector<const std::vector<size_t>*> mappen;
  for (const auto& [map, indices] : per_map) mappen.push_back(&indices);
  std::vector<std::string> fouten(mappen.size());
  synth::ParallelFor(mappen.size(), 8, [&](size_t m) {
    for (size_t i : *mappen[m]) {
      if (!stage->Write(region->files[i].first, region->files[i].second, &fouten[m])) return;
    }
  });
  for (const std::string& f : fouten) {
    if (!f.empty()) {
      *error = f;
      return false;
    }
  }
  if (!stage->Publish(error)) return false;
  if (summary) *summary = std::move(region->summary);
  return true;
}

}  // namespace mtvp
