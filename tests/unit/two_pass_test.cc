// The build judges every practice twice (build.cc): once keeping only the
// verdicts to follow up, once per practice with every verdict as it renders.
// `explain` judges only the practice asked for. These tests hold both to the
// one-pass report of Evaluate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "base/parallel.h"
#include "build/build.h"
#include "load/region_loader.h"
#include "model/vocabulary.h"
#include "render/json/results_json.h"
#include "rules/evaluate.h"
#include "test_util.h"

namespace mtvp {
namespace {

std::string Beschrijving(const Verdict& v) { return v.regel + " " + std::string(Name(v.status)) + " " + v.uitleg; }

bool MoetWordenOpgevolgd(const Verdict& v) {
  return v.status == Status::kVoldoetNiet || v.status == Status::kOnvolledig ||
         v.status == Status::kAfwijkingGeaccepteerd;
}

}  // namespace

TEST_CASE("Two passes: the summary and the per-practice pass agree with the full report", "[evaluate][build]") {
  for (const char* sample : test::kDataSamples) {
    INFO(sample);
    const auto input = std::make_shared<const RegionInput>(LoadRegion(test::SourceDir() / "data-samples" / sample, 2));
    REQUIRE(Evaluable(*input));
    const Date peildatum = input->plan->peildatum;
    const Beoordeling full = EvaluateVolledig(input, peildatum, 1);
    const Report summary = Evaluate(input, peildatum, 2);
    const RegionEvaluator evaluator(input, peildatum);
    REQUIRE(evaluator.size() == full.praktijken.size());
    REQUIRE(summary.praktijken.size() == full.praktijken.size());

    // The results file written from the summary's head and tail and the
    // second pass's practices is the one-pass file, byte for byte.
    std::string parts = ResultsKop(summary);
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < full.praktijken.size(); ++i) {
      const PraktijkResultaat judged = evaluator.Judge(i);
      AppendResultsPraktijk(judged, i, &parts);
      const PraktijkResultaat& f = full.praktijken[i];
      const PraktijkSamenvatting& s = summary.praktijken[i];
      CHECK(s.oordeel == f.oordeel);
      REQUIRE(s.jaren.size() == f.jaren.size());
      for (size_t j = 0; j < f.jaren.size(); ++j) {
        CHECK(s.jaren[j].oordeel == f.jaren[j].oordeel);
        CHECK(s.jaren[j].interventies.size() == f.jaren[j].interventies.size());
        CHECK(s.jaren[j].gegevens == f.jaren[j].gegevens);  // the same shared submission, not a copy
        std::vector<std::string> expected, got;
        for (const Verdict& v : f.jaren[j].verdicts) {
          if (MoetWordenOpgevolgd(v)) {
            expected.push_back(Beschrijving(v));
          } else {
            ++dropped;
          }
        }
        for (const Verdict& v : s.jaren[j].aandacht) got.push_back(Beschrijving(v));
        CHECK(got == expected);
        // The full judging's own summary is the summary pass's.
        std::vector<std::string> own;
        for (const Verdict& v : full.report.praktijken[i].jaren[j].aandacht) own.push_back(Beschrijving(v));
        CHECK(own == expected);
        kept += got.size();
      }
    }
    parts += ResultsStaart(summary);
    CHECK(parts == RenderResultsJson(full));
    CHECK(dropped > kept);  // the summary is much smaller than the report
  }
}

TEST_CASE("EvaluatePraktijk judges one practice as the whole region does", "[evaluate][build]") {
  for (const char* sample : test::kDataSamples) {
    INFO(sample);
    const std::filesystem::path region = test::SourceDir() / "data-samples" / sample;
    const BuildResult full = EvaluateRegion(region, std::nullopt);
    REQUIRE(full.report);
    const std::vector<PraktijkResultaat>& praktijken = full.volledig;
    REQUIRE(praktijken.size() == full.report->praktijken.size());
    REQUIRE(praktijken.size() > 2);
    // The first, the last and every seventh: each a full load of the region.
    for (size_t i = 0; i < praktijken.size(); ++i) {
      if (i % 7 != 0 && i + 1 != praktijken.size()) continue;
      const PraktijkResultaat& f = praktijken[i];
      INFO(f.praktijk.agb);
      const BuildResult one = EvaluatePraktijk(region, std::nullopt, f.praktijk.agb);
      REQUIRE(one.report);
      REQUIRE(one.report->praktijken.size() == 1);
      REQUIRE(one.volledig.size() == 1);
      CHECK(one.report->praktijken.front().praktijk.agb == f.praktijk.agb);
      CHECK(one.onbekende_praktijk.empty());
      std::string expected, got;
      AppendResultsPraktijk(f, 0, &expected);
      AppendResultsPraktijk(one.volledig.front(), 0, &got);
      CHECK(got == expected);
    }
  }
  const std::filesystem::path utrecht = test::SourceDir() / "data-samples" / "utrecht";
  const BuildResult unknown = EvaluatePraktijk(utrecht, std::nullopt, "99999999");
  CHECK_FALSE(unknown.report);
  CHECK(unknown.fatal.empty());
  CHECK(unknown.onbekende_praktijk.find("AGB-code 99999999 staat niet in praktijken.json") == 0);
}

TEST_CASE("Two passes: the report is the same on one thread and on several", "[evaluate][build]") {
  const auto input = std::make_shared<const RegionInput>(LoadRegion(test::SourceDir() / "data-samples" / "utrecht", 1));
  REQUIRE(Evaluable(*input));
  const auto input2 =
      std::make_shared<const RegionInput>(LoadRegion(test::SourceDir() / "data-samples" / "utrecht", 4));
  CHECK(RenderResultsJson(EvaluateVolledig(input, input->plan->peildatum, 1)) ==
        RenderResultsJson(EvaluateVolledig(input2, input2->plan->peildatum, 4)));
}

TEST_CASE("ParallelFor: every index once, and an exception reaches the caller", "[build]") {
  for (unsigned threads : {1u, 2u, 8u}) {
    std::vector<int> seen(1000, 0);
    ParallelFor(seen.size(), threads, [&](size_t i) { ++seen[i]; });
    CHECK(std::count(seen.begin(), seen.end(), 1) == 1000);
    // Index 10 throws at once; every later index takes 2 ms, so handing out
    // all 1000 would take at least 2 s / threads. Stopping after the failure
    // leaves most of them undone, however the threads are scheduled (before,
    // instant calls let the other threads run out the loop under load).
    std::atomic<int> calls{0};
    CHECK_THROWS_AS(ParallelFor(1000, threads,
                                [&](size_t i) {
                                  ++calls;
                                  if (i == 10) throw std::runtime_error("stuk");
                                  if (i > 10) std::this_thread::sleep_for(std::chrono::milliseconds(2));
                                }),
                    std::runtime_error);
    if (threads == 1) CHECK(calls == 11);  // one thread stops exactly at the failure
    CHECK(calls < 500);                    // no new work after the failure
  }
}

}  // namespace mtvp
