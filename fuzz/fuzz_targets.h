// What each libFuzzer harness does with its input, as plain functions, so that
// tests/unit/fuzz_regressions_test.cc runs every saved input through exactly
// the same code in the normal (and the ASan) build. Header-only on purpose:
// the harnesses and the test each include it, nothing else has to link it.
//
// A run returns an Outcome instead of aborting: the diagnostics the loaders
// produced, and `broken` naming the first invariant of the core that did not
// hold. The harnesses abort on `broken` so that libFuzzer saves the input;
// crashes, sanitizer reports and escaping exceptions need no help.
//
// Fixed context: the Utrecht data sample (data-samples/utrecht), loaded once.
// MTVP_SOURCE_DIR must name the source tree (both CMake files define it).
#ifndef MTVP_FUZZ_FUZZ_TARGETS_H_
#define MTVP_FUZZ_FUZZ_TARGETS_H_

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/json_input.h"
#include "load/region_loader.h"
#include "load/regioplan_loader.h"
#include "load/registry_loader.h"
#include "load/submission_loader.h"
#include "model/registry.h"
#include "model/rule_ids.h"
#include "render/json/results_json.h"
#include "render/text/explain.h"
#include "rules/evaluate.h"

#ifndef MTVP_SOURCE_DIR
#error "MTVP_SOURCE_DIR must name the source tree (it holds data-samples/utrecht)"
#endif

namespace mtvp::fuzz {

/// What one run of a harness found.
struct Outcome {
  Diagnostics diagnostics;  // everything the loaders reported, in order
  std::string broken;       // first violated invariant; "" when all hold
  bool evaluated = false;   // Evaluate and the renderers ran

  void Break(std::string what) {
    if (broken.empty()) broken = std::move(what);
  }
};

/// One submission of the fixed practice, as read from the sample.
struct EigenInzending {
  std::string file;  // inzendingen/<agb>/jaar-<n>.json
  int jaar = 1;
  Json doc;
};

/// The Utrecht sample, loaded once: the plan, registry, afwijkingen and
/// submissions as LoadRegion reads them, plus the raw JSON of one practice
/// and its three submissions (for re-loading against a fuzzed regioplan).
struct Fixture {
  RegionInput region;
  std::vector<std::string> rule_ids;
  Json afwijkingen_doc;       // afwijkingen.json with only those of kEigenAgb
  Json eigen_praktijken_doc;  // praktijken.json with only kEigenAgb
  std::vector<EigenInzending> eigen_inzendingen;
};

/// The practice judged under a fuzzed regioplan: three submissions and an
/// accepted deviation in the sample.
inline constexpr std::string_view kEigenAgb = "01011086";
/// Practices judged per run of the registry harness: enough for plangroep
/// and afwijkingen to matter, few enough to keep the harness fast.
inline constexpr size_t kMaxEvaluated = 3;

inline const Fixture& Utrecht() {
  static const Fixture* const fixture = [] {
    auto* f = new Fixture;
    const std::filesystem::path dir = std::filesystem::path(MTVP_SOURCE_DIR) / "data-samples" / "utrecht";
    f->region = LoadRegion(dir);
    if (!Evaluable(f->region) || f->region.praktijken.empty()) std::abort();
    f->rule_ids = AllRuleIds(*f->region.plan);
    Diagnostics d;
    const auto afw = ReadJsonFile(dir / "afwijkingen.json", "afwijkingen.json", &d);
    const auto reg = ReadJsonFile(dir / "praktijken.json", "praktijken.json", &d);
    if (!afw || !reg) std::abort();
    f->afwijkingen_doc = *afw;
    f->afwijkingen_doc["afwijkingen"] = Json::array();
    for (const Json& a : afw->at("afwijkingen")) {
      if (a.value("agb", "") == kEigenAgb) f->afwijkingen_doc["afwijkingen"].push_back(a);
    }
    f->eigen_praktijken_doc = Json{{"formaat", kPraktijkenFormaat}, {"praktijken", Json::array()}};
    for (const Json& p : reg->at("praktijken")) {
      if (p.value("agb", "") == kEigenAgb) f->eigen_praktijken_doc["praktijken"].push_back(p);
    }
    for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
      const std::string name = "inzendingen/" + std::string(kEigenAgb) + "/jaar-" + std::to_string(jaar) + ".json";
      if (auto doc = ReadJsonFile(dir / name, name, &d)) f->eigen_inzendingen.push_back({name, jaar, std::move(*doc)});
    }
    if (f->eigen_praktijken_doc["praktijken"].empty() || f->afwijkingen_doc["afwijkingen"].empty() ||
        f->eigen_inzendingen.size() != kProgrammajaren) {
      std::abort();
    }
    return f;
  }();
  return *fixture;
}

namespace detail {

/// Strict UTF-8: no stray continuation bytes, overlong forms, surrogates or
/// code points above U+10FFFF. Every text for people must be valid, or the
/// site, the workbooks and the terminal show garbage.
inline bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07u;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

/// Every diagnostic must be valid UTF-8 (they are shown on pages, in
/// workbooks and on the terminal).
inline void CheckTexts(Outcome* out) {
  for (const Diagnostic& d : out->diagnostics.all()) {
    if (!ValidUtf8(d.message) || !ValidUtf8(d.pointer)) out->Break("melding is geen geldige UTF-8: " + d.Format());
  }
}

inline std::optional<Json> Parse(std::string_view bytes, const std::string& file, Outcome* out) {
  auto doc = ParseJson(bytes, file, &out->diagnostics);
  if (!doc && !out->diagnostics.HasErrors()) out->Break("ParseJson gaf niets terug zonder een fout te melden");
  return doc;
}

inline bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

/// What LoadSubmission promises about a submission it returns.
inline void CheckSubmission(const std::optional<Inzending>& s, size_t errors_before, const SubmissionContext& ctx,
                            Outcome* out) {
  const size_t errors_after = out->diagnostics.ErrorCount();
  if (!s) {
    if (errors_after == errors_before) out->Break("inzending geweigerd zonder foutmelding");
    return;
  }
  if (errors_after != errors_before) out->Break("inzending geladen ondanks een foutmelding");
  if (!IsValidAgb(s->agb)) out->Break("geladen inzending met ongeldige AGB-code");
  if (s->programmajaar < 1 || s->programmajaar > kProgrammajaren) out->Break("programmajaar buiten 1..3");
  if (s->periode.tot < s->periode.van) out->Break("periode eindigt voor ze begint");
  if (ctx.path_agb && *ctx.path_agb != s->agb) out->Break("AGB-code past niet bij de map");
  if (ctx.path_jaar && *ctx.path_jaar != s->programmajaar) out->Break("programmajaar past niet bij de naam");
  if (ctx.praktijken && std::none_of(ctx.praktijken->begin(), ctx.praktijken->end(),
                                     [&](const Praktijk& p) { return p.agb == s->agb; })) {
    out->Break("inzending van een praktijk die niet in het register staat");
  }
  if (!ctx.plan) return;
  for (const GekozenInterventie& g : s->interventies) {
    if (!ctx.plan->FindInterventie(g.id)) out->Break("onbekende interventie geaccepteerd");
  }
  for (const auto& [id, w] : s->waarden) {
    const Metriek* m = ctx.plan->FindMetriek(id);
    if (!m) {
      out->Break("onbekende metriek geaccepteerd");
    } else if ((m->type == MetriekType::kJaNee) != w.is_ja_nee) {
      out->Break("waarde van het verkeerde type geaccepteerd");
    }
  }
  for (const auto& [rol, n] : s->personeel) {
    if (!ctx.plan->FindRol(rol) || n < 0) out->Break("onbekende rol of negatief aantal geaccepteerd");
  }
}

/// What LoadPraktijken promises: valid, unique, sorted AGB codes and a cohort
/// of the plan (Evaluate relies on both).
inline void CheckPraktijken(const std::vector<Praktijk>& list, const Regioplan& plan, Outcome* out) {
  for (size_t i = 0; i < list.size(); ++i) {
    const Praktijk& p = list[i];
    if (!IsValidAgb(p.agb)) out->Break("praktijk met ongeldige AGB-code geaccepteerd");
    if (i > 0 && !(list[i - 1].agb < p.agb)) out->Break("register niet gesorteerd of AGB-code dubbel");
    if (!plan.FindCohort(p.cohort)) out->Break("praktijk met onbekend cohort geaccepteerd");
    if (!(p.normpraktijken > 0 && p.normpraktijken <= 50)) out->Break("normpraktijken buiten (0, 50]");
    if (!p.subregio.empty() && !Contains(plan.subregios, p.subregio)) out->Break("onbekende subregio geaccepteerd");
  }
}

inline void CheckAfwijkingen(const std::vector<Afwijking>& list, const std::vector<Praktijk>& praktijken,
                             const std::vector<std::string>& rule_ids, Outcome* out) {
  for (const Afwijking& a : list) {
    if (std::none_of(praktijken.begin(), praktijken.end(), [&](const Praktijk& p) { return p.agb == a.agb; })) {
      out->Break("afwijking voor een onbekende praktijk geaccepteerd");
    }
    if (!std::binary_search(rule_ids.begin(), rule_ids.end(), a.regel))
      out->Break("afwijking van een onbekende regel geaccepteerd");
    if (a.jaar && (*a.jaar < 1 || *a.jaar > kProgrammajaren)) out->Break("afwijking voor jaar buiten 1..3");
  }
}

/// Evaluates `in` and runs both text renderers of the core over the report.
/// `explain` limits the letters to one practice ("" = every practice).
inline void EvaluateAndRender(const RegionInput& in, Date peildatum, const std::string& explain,
                              std::optional<int> jaar, Outcome* out) {
  const Beoordeling beoordeling = EvaluateVolledig(in, peildatum);
  const Report& report = beoordeling.report;
  out->evaluated = true;
  if (report.praktijken.size() != in.praktijken.size() || beoordeling.praktijken.size() != in.praktijken.size()) {
    out->Break("niet elke praktijk is beoordeeld");
  }
  for (const PraktijkResultaat& pr : beoordeling.praktijken) {
    if (pr.jaren.size() != static_cast<size_t>(kProgrammajaren)) out->Break("praktijk zonder drie programmajaren");
    if (pr.lopend_jaar < 1 || pr.lopend_jaar > kProgrammajaren + 1) out->Break("lopend jaar buiten 1..4");
  }
  const std::string json = RenderResultsJson(beoordeling);
  if (json.size() < 2 || json.front() != '{' || !json.ends_with("}\n"))
    out->Break("resultaten.json is geen JSON-object");
  // Written by JsonWriter, not by a JSON library: it must still parse,
  // strictly (valid UTF-8 in every string).
  if (!nlohmann::json::accept(json)) out->Break("resultaten.json is geen geldige JSON");
  for (const PraktijkResultaat& pr : beoordeling.praktijken) {
    if (!explain.empty() && pr.praktijk.agb != explain) continue;
    const std::string brief = ExplainPraktijk(report, pr, std::nullopt);
    if (brief.empty()) out->Break("lege uitleg");
    if (!ValidUtf8(brief)) out->Break("uitleg is geen geldige UTF-8");
    if (jaar && ExplainPraktijk(report, pr, jaar).empty()) out->Break("lege uitleg voor één jaar");
  }
}

}  // namespace detail

/// fuzz_submission: the bytes as a submission, loaded against the Utrecht
/// plan and registry, and alone, as `mtvp-monitor check` does without a region.
inline Outcome RunSubmissionUnchecked(std::string_view bytes) {
  const Fixture& f = Utrecht();
  Outcome out;
  const auto doc = detail::Parse(bytes, "inzending.json", &out);
  if (!doc) return out;
  const std::array<SubmissionContext, 2> contexts{{
      {f.region.plan.get(), &f.region.praktijken, std::nullopt, std::nullopt},
      {nullptr, nullptr, std::nullopt, std::nullopt},
  }};
  for (const SubmissionContext& ctx : contexts) {
    const size_t before = out.diagnostics.ErrorCount();
    const auto s = LoadSubmission(*doc, "inzending.json", ctx, &out.diagnostics);
    detail::CheckSubmission(s, before, ctx, &out);
  }
  return out;
}

/// fuzz_registry: the bytes as praktijken.json and as afwijkingen.json (one
/// document may hold both lists), against the Utrecht plan; then the first
/// few accepted practices are judged, with their Utrecht submissions where
/// those still fit the practice's cohort and the afwijkingen just read.
inline Outcome RunRegistryUnchecked(std::string_view bytes) {
  const Fixture& f = Utrecht();
  const Regioplan& plan = *f.region.plan;
  Outcome out;
  const auto doc = detail::Parse(bytes, "praktijken.json", &out);
  if (!doc) return out;
  std::vector<Praktijk> praktijken = LoadPraktijken(*doc, "praktijken.json", plan, &out.diagnostics);
  detail::CheckPraktijken(praktijken, plan, &out);
  const auto tegen_sample =
      LoadAfwijkingen(*doc, "afwijkingen.json", f.region.praktijken, f.rule_ids, &out.diagnostics);
  detail::CheckAfwijkingen(tegen_sample, f.region.praktijken, f.rule_ids, &out);
  if (!out.broken.empty() || praktijken.empty()) return out;

  if (praktijken.size() > kMaxEvaluated) praktijken.resize(kMaxEvaluated);
  RegionInput in;
  in.plan = f.region.plan;
  in.praktijken = praktijken;
  Diagnostics stil;  // same document again; its messages are already in `out`
  in.afwijkingen = LoadAfwijkingen(*doc, "afwijkingen.json", in.praktijken, f.rule_ids, &stil);
  detail::CheckAfwijkingen(in.afwijkingen, in.praktijken, f.rule_ids, &out);
  for (const Inzending& s : f.region.inzendingen) {
    for (const Praktijk& p : in.praktijken) {
      const Cohort* c = plan.FindCohort(p.cohort);
      if (p.agb == s.agb && c && ProgrammeYear(c->start, s.programmajaar) == s.periode) in.inzendingen.push_back(s);
    }
  }
  detail::EvaluateAndRender(in, plan.peildatum, "", std::nullopt, &out);
  return out;
}

/// fuzz_regioplan: the bytes as regioplan.json (loader and validator). When
/// the plan loads, practice kEigenAgb of the Utrecht sample is registered
/// under it with its three submissions and the Utrecht afwijkingen, and
/// judged at the plan's peildatum.
inline Outcome RunRegioplanUnchecked(std::string_view bytes) {
  const Fixture& f = Utrecht();
  Outcome out;
  const auto doc = detail::Parse(bytes, "regioplan.json", &out);
  if (!doc) return out;
  const size_t before = out.diagnostics.ErrorCount();
  auto loaded = LoadRegioplan(*doc, "regioplan.json", &out.diagnostics);
  if (!loaded) {
    if (out.diagnostics.ErrorCount() == before) out.Break("regioplan geweigerd zonder foutmelding");
    return out;
  }
  if (out.diagnostics.ErrorCount() != before) out.Break("regioplan geladen ondanks een foutmelding");
  Diagnostics again;
  ValidateRegioplan(*loaded, "regioplan.json", &again);
  if (again.HasErrors()) out.Break("een geladen regioplan haalt de validatie niet");
  const std::vector<std::string> ids = AllRuleIds(*loaded);
  if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) out.Break("twee regels met dezelfde volledige id");
  if (!out.broken.empty()) return out;

  RegionInput in;
  in.plan = std::make_shared<const Regioplan>(std::move(*loaded));
  in.praktijken = LoadPraktijken(f.eigen_praktijken_doc, "praktijken.json", *in.plan, &out.diagnostics);
  detail::CheckPraktijken(in.praktijken, *in.plan, &out);
  in.afwijkingen = LoadAfwijkingen(f.afwijkingen_doc, "afwijkingen.json", in.praktijken, ids, &out.diagnostics);
  detail::CheckAfwijkingen(in.afwijkingen, in.praktijken, ids, &out);
  for (const EigenInzending& e : f.eigen_inzendingen) {
    const SubmissionContext ctx{in.plan.get(), &in.praktijken, std::string(kEigenAgb), e.jaar};
    const size_t errors = out.diagnostics.ErrorCount();
    auto s = LoadSubmission(e.doc, e.file, ctx, &out.diagnostics);
    detail::CheckSubmission(s, errors, ctx, &out);
    if (s) {
      in.inzendingen.push_back(std::move(*s));
    } else {
      in.ongeldig.push_back({std::string(kEigenAgb), e.jaar, e.file});
    }
  }
  if (!out.broken.empty()) return out;
  detail::EvaluateAndRender(in, in.plan->peildatum, "", std::nullopt, &out);
  return out;
}

/// fuzz_evaluate (structure-aware): the bytes as one submission of a
/// registered Utrecht practice. The practice is the one named by "agb" when
/// it is registered (else the first), the year is "programmajaar" when it is
/// 1-3 (else 1); "formaat", "agb", "programmajaar" and "periode" are then set
/// to fit, and "ingediend_op" when it is not text, so that the fuzzer spends
/// its time on personeel, interventies, waarden and intervisie. An optional
/// top-level "_peildatum" (removed before loading) sets the peildatum. The
/// submission replaces that year's sample submission; the practice and its
/// plangroep are judged, with both renderers over the report.
inline Outcome RunEvaluateUnchecked(std::string_view bytes) {
  const Fixture& f = Utrecht();
  const Regioplan& plan = *f.region.plan;
  Outcome out;
  auto doc = detail::Parse(bytes, "inzending.json", &out);
  if (!doc) return out;
  if (!doc->is_object()) {  // nothing to steer; the loader must still refuse it
    const size_t before = out.diagnostics.ErrorCount();
    const SubmissionContext ctx{&plan, &f.region.praktijken, std::nullopt, std::nullopt};
    detail::CheckSubmission(LoadSubmission(*doc, "inzending.json", ctx, &out.diagnostics), before, ctx, &out);
    return out;
  }
  Json& j = *doc;
  const Praktijk* praktijk = &f.region.praktijken.front();
  if (const auto it = j.find("agb"); it != j.end() && it->is_string()) {
    for (const Praktijk& p : f.region.praktijken) {
      if (p.agb == it->get_ref<const std::string&>()) praktijk = &p;
    }
  }
  int jaar = 1;
  if (const auto it = j.find("programmajaar"); it != j.end() && it->is_number_integer() && it->get<long long>() >= 1 &&
                                               it->get<long long>() <= kProgrammajaren) {
    jaar = it->get<int>();
  }
  Date peildatum = plan.peildatum;
  if (const auto it = j.find("_peildatum"); it != j.end()) {
    if (it->is_string()) peildatum = Date::Parse(it->get_ref<const std::string&>()).value_or(peildatum);
    j.erase(it);
  }
  const Cohort* cohort = plan.FindCohort(praktijk->cohort);
  if (!cohort) std::abort();  // the sample registry is valid
  const Periode periode = ProgrammeYear(cohort->start, jaar);
  j["formaat"] = kInzendingFormaat;
  j["agb"] = praktijk->agb;
  j["programmajaar"] = jaar;
  j["periode"] = Json{{"van", periode.van.Iso()}, {"tot", periode.tot.Iso()}};
  if (const auto it = j.find("ingediend_op"); it == j.end() || !it->is_string()) {
    j["ingediend_op"] = periode.tot.AddDays(10).Iso();
  }

  const std::string file = "inzendingen/" + praktijk->agb + "/jaar-" + std::to_string(jaar) + ".json";
  const SubmissionContext ctx{&plan, &f.region.praktijken, praktijk->agb, jaar};
  const size_t before = out.diagnostics.ErrorCount();
  auto s = LoadSubmission(j, file, ctx, &out.diagnostics);
  detail::CheckSubmission(s, before, ctx, &out);
  if (!out.broken.empty()) return out;

  RegionInput in;
  in.plan = f.region.plan;
  in.afwijkingen = f.region.afwijkingen;
  for (const Praktijk& p : f.region.praktijken) {
    if (p.agb == praktijk->agb || (!praktijk->plangroep.empty() && p.plangroep == praktijk->plangroep)) {
      in.praktijken.push_back(p);
    }
  }
  for (const Inzending& sample : f.region.inzendingen) {
    if (sample.agb == praktijk->agb && sample.programmajaar == jaar) continue;
    if (std::any_of(in.praktijken.begin(), in.praktijken.end(),
                    [&](const Praktijk& p) { return p.agb == sample.agb; })) {
      in.inzendingen.push_back(sample);
    }
  }
  if (s) {
    in.inzendingen.push_back(std::move(*s));
  } else {
    in.ongeldig.push_back({praktijk->agb, jaar, file});
  }
  std::sort(in.inzendingen.begin(), in.inzendingen.end(), [](const Inzending& a, const Inzending& b) {
    return std::tie(a.agb, a.programmajaar) < std::tie(b.agb, b.programmajaar);
  });
  detail::EvaluateAndRender(in, peildatum, praktijk->agb, jaar, &out);
  return out;
}

/// The harnesses: each runner above, plus the checks every run shares.
inline Outcome RunSubmission(std::string_view bytes) {
  Outcome out = RunSubmissionUnchecked(bytes);
  detail::CheckTexts(&out);
  return out;
}
inline Outcome RunRegistry(std::string_view bytes) {
  Outcome out = RunRegistryUnchecked(bytes);
  detail::CheckTexts(&out);
  return out;
}
inline Outcome RunRegioplan(std::string_view bytes) {
  Outcome out = RunRegioplanUnchecked(bytes);
  detail::CheckTexts(&out);
  return out;
}
inline Outcome RunEvaluate(std::string_view bytes) {
  Outcome out = RunEvaluateUnchecked(bytes);
  detail::CheckTexts(&out);
  return out;
}

/// The harness names as used for folders (fuzz_<name>, tests/fuzz-regressions/<name>/).
inline constexpr std::array<std::string_view, 4> kHarnesses = {"submission", "registry", "regioplan", "evaluate"};

/// Runs harness `name` on `bytes`.
inline Outcome Run(std::string_view name, std::string_view bytes) {
  if (name == "submission") return RunSubmission(bytes);
  if (name == "registry") return RunRegistry(bytes);
  if (name == "regioplan") return RunRegioplan(bytes);
  if (name == "evaluate") return RunEvaluate(bytes);
  Outcome out;
  out.Break("onbekende harness \"" + std::string(name) + "\"");
  return out;
}

}  // namespace mtvp::fuzz

#endif  // MTVP_FUZZ_FUZZ_TARGETS_H_
