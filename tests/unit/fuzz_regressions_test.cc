// Inputs the fuzzers (or we) found nasty, kept in tests/fuzz-regressions/<harness>/,
// run through exactly the code of that libFuzzer harness (fuzz/fuzz_targets.h)
// in the normal and the sanitizer build. Every input must go through without a
// crash, a sanitizer report or an escaping exception, and no invariant of the
// core may break. When <name>.expect exists next to <name>.json, each of its
// non-empty lines must occur in one of the diagnostics (e.g. the message that
// now explains what used to crash).
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../../fuzz/fuzz_targets.h"
#include "test_util.h"

namespace mtvp {
namespace {

namespace fs = std::filesystem;

const fs::path kRegressionDir = test::SourceDir() / "tests" / "fuzz-regressions";

struct Regression {
  std::string harness;
  fs::path input;
};

std::vector<Regression> Regressions() {
  std::vector<Regression> out;
  for (std::string_view harness : fuzz::kHarnesses) {
    const fs::path dir = kRegressionDir / harness;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) out.push_back({std::string(harness), f});
  }
  return out;
}

std::vector<std::string> ExpectedLines(const fs::path& input) {
  fs::path expect = input;
  expect.replace_extension(".expect");
  std::vector<std::string> lines;
  if (!fs::exists(expect)) return lines;
  std::istringstream in(test::ReadText(expect));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("Fuzz regressions: every saved input runs through its harness unharmed", "[fuzz]") {
  const std::vector<Regression> regressions = Regressions();
  REQUIRE_FALSE(regressions.empty());
  for (const Regression& r : regressions) {
    DYNAMIC_SECTION(r.harness << "/" << r.input.filename().string()) {
      const fuzz::Outcome outcome = fuzz::Run(r.harness, test::ReadText(r.input));
      const std::string diagnostics = test::Lines(outcome.diagnostics);
      INFO("diagnostics:\n" << diagnostics);
      CHECK(outcome.broken == "");
      for (const std::string& expected : ExpectedLines(r.input)) {
        CHECK_THAT(diagnostics, Catch::Matchers::Contains(expected));
      }
    }
  }
}

TEST_CASE("Fuzz regressions: the harnesses accept the data samples", "[fuzz]") {
  // The fixed context of the harnesses is the Utrecht sample; its own files
  // must load without errors through each harness, or the fuzzers would
  // spend their time on rejected input.
  const fs::path utrecht = test::SourceDir() / "data-samples" / "utrecht";
  const auto clean = [](const fuzz::Outcome& o) { return o.broken.empty() && !o.diagnostics.HasErrors(); };
  const std::string submission = test::ReadText(utrecht / "inzendingen" / std::string(fuzz::kEigenAgb) / "jaar-2.json");
  CHECK(clean(fuzz::RunSubmission(submission)));
  const fuzz::Outcome evaluated = fuzz::RunEvaluate(submission);
  CHECK(clean(evaluated));
  CHECK(evaluated.evaluated);
  const fuzz::Outcome plan = fuzz::RunRegioplan(test::ReadText(utrecht / "regioplan.json"));
  INFO(test::Lines(plan.diagnostics));
  CHECK(clean(plan));
  CHECK(plan.evaluated);
  const fuzz::Outcome registry = fuzz::RunRegistry(test::ReadText(utrecht / "praktijken.json"));
  CHECK(registry.broken == "");
  CHECK(registry.evaluated);
}

}  // namespace mtvp
