#include "build.h"

#include <chrono>

#include "evaluate.h"
#include "html/html_site.h"
#include "parallel.h"
#include "publish.h"
#include "region_loader.h"
#include "results_json.h"
#include "xlsx/workbooks.h"

namespace mtvp {
namespace {

/// Times the steps of a build for BuildResult::stappen.
class Stopwatch {
 public:
  /// Ends the step that ran since the previous one (or since the start).
  void Stap(std::string naam) {
    const auto now = std::chrono::steady_clock::now();
    stappen_.push_back({std::move(naam), std::chrono::duration<double>(now - start_).count()});
    start_ = now;
  }
  std::vector<BuildStap> Take() { return std::move(stappen_); }

 private:
  std::vector<BuildStap> stappen_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

BuildResult Evaluated(const std::filesystem::path& region_dir, std::optional<Date> peildatum, unsigned threads,
                      Stopwatch* stopwatch) {
  BuildResult result;
  RegionInput input = LoadRegion(region_dir, threads);
  result.problemen = input.diagnostics.all();
  if (stopwatch) stopwatch->Stap("inlezen");
  if (!Evaluable(input)) {
    result.fatal = "de regio kan niet worden beoordeeld: regioplan.json ontbreekt of bevat fouten";
    return result;
  }
  result.report = Evaluate(input, peildatum.value_or(input.plan->peildatum), threads);
  if (stopwatch) stopwatch->Stap("beoordelen");
  return result;
}

}  // namespace

BuildResult EvaluateRegion(const std::filesystem::path& region_dir, std::optional<Date> peildatum) {
  return Evaluated(region_dir, peildatum, ThreadCount(0), nullptr);
}

BuildResult RunBuild(const BuildOptions& options) {
  Stopwatch stopwatch;
  const unsigned threads = ThreadCount(options.threads);
  BuildResult result = Evaluated(options.region_dir, options.peildatum, threads, &stopwatch);
  if (!result.report) {
    result.stappen = stopwatch.Take();
    return result;
  }
  std::string error;
  std::unique_ptr<OutputStage> stage = OutputStage::Create(options.out_dir, &error);
  if (!stage) {
    result.fatal = error;
    result.stappen = stopwatch.Take();
    return result;
  }
  const Report& report = *result.report;
  // Every output is an independent job: the results file, each page, each
  // workbook. They run on all threads; `written` keeps the job order.
  std::vector<OutputJob> jobs;
  jobs.push_back({[&report](OutputStage* s, std::vector<std::string>* written, std::string* e) {
                    if (!s->WriteParts(
                            "data/resultaten.json",
                            [&](const OutputStage::Sink& sink) { return WriteResultsJson(report, sink); }, e)) {
                      return false;
                    }
                    written->push_back("data/resultaten.json");
                    return true;
                  },
                  0.2 * static_cast<double>(report.praktijken.size())});
  for (OutputJob& job : HtmlJobs(report, HtmlOptions{options.min_cel})) jobs.push_back(std::move(job));
  for (OutputJob& job : WorkbookJobs(report, WorkbookOptions{options.min_cel, options.praktijk_werkboeken})) {
    jobs.push_back(std::move(job));
  }
  const bool ok = RunJobs(jobs, threads, stage.get(), &result.written, &error, options.voortgang);
  stopwatch.Stap("schrijven");
  if (!ok || !stage->Publish(&error)) {
    result.fatal = error;
    result.written.clear();
  }
  stopwatch.Stap("publiceren");
  result.stappen = stopwatch.Take();
  return result;
}

}  // namespace mtvp
