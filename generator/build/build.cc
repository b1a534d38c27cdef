#include "build/build.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>

#include "base/parallel.h"
#include "base/publish.h"
#include "load/region_loader.h"
#include "load/registry_loader.h"
#include "render/html/html_site.h"
#include "render/json/results_json.h"
#include "render/verzenden/verzendlijst.h"
#include "render/xlsx/library_guard.h"
#include "render/xlsx/workbooks.h"
#include "report/regio_model.h"
#include "rules/evaluate.h"

namespace mtvp {
namespace {

/// Practices judged and rendered together: large enough to keep both
/// threads busy, small enough that the verdicts in flight stay a few
/// megabytes.
constexpr size_t kPraktijkenPerDeel = 32;

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

struct Loaded {
  std::shared_ptr<const RegionInput> input;
  Date peildatum;
};

/// Loads the region; on failure sets `result->fatal` and returns nothing.
std::optional<Loaded> Load(const std::filesystem::path& region_dir, std::optional<Date> peildatum, unsigned threads,
                           BuildResult* result) {
  auto input = std::make_shared<RegionInput>(LoadRegion(region_dir, threads, peildatum));
  result->problemen = input->diagnostics.all();
  if (!Evaluable(*input)) {
    result->fatal = "de regio kan niet worden beoordeeld: regioplan.json ontbreekt of bevat fouten";
    return std::nullopt;
  }
  const Date datum = peildatum.value_or(input->plan->peildatum);
  // A peildatum before every cohort's start leaves nothing to judge: every
  // practice would be "nog niet begonnen". That is a typo, not a report.
  const Cohort* eerste = nullptr;
  for (const Cohort& c : input->plan->cohorten) {
    if (!eerste || c.start < eerste->start) eerste = &c;
  }
  if (eerste && datum < eerste->start) {
    const std::string wat =
        peildatum ? "--peildatum " + datum.Iso() : "de peildatum " + datum.Iso() + " van regioplan.json";
    std::string hint = "gebruik een peildatum op of na " + eerste->start.Iso();
    if (peildatum && !(input->plan->peildatum < eerste->start)) {
      hint += ", bijvoorbeeld die van het regioplan: --peildatum " + input->plan->peildatum.Iso();
    }
    result->fatal = wat + " ligt vóór het begin van elk cohort (het eerste, " + eerste->id + ", begint op " +
                    eerste->start.Iso() + "): er valt nog niets te beoordelen; " + hint;
    return std::nullopt;
  }
  return Loaded{std::move(input), datum};
}

/// Parts of the results file that finish in any order, written in order.
class OrderedWriter {
 public:
  explicit OrderedWriter(OutputFile* file) : file_(file) {}
  void Put(size_t part, std::string text) {
    const std::lock_guard<std::mutex> lock(mutex_);
    waiting_.emplace(part, std::move(text));
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_; it = waiting_.erase(it), ++next_) {
      file_->Append(it->second);
    }
  }

 private:
  std::mutex mutex_;
  OutputFile* file_;
  size_t next_ = 0;
  std::map<size_t, std::string> waiting_;
};

}  // namespace

BuildResult EvaluateRegion(const std::filesystem::path& region_dir, std::optional<Date> peildatum) {
  BuildResult result;
  const unsigned threads = ThreadCount(0);
  if (std::optional<Loaded> loaded = Load(region_dir, peildatum, threads, &result)) {
    Beoordeling beoordeling = EvaluateVolledig(loaded->input, loaded->peildatum, threads);
    result.report = std::move(beoordeling.report);
    result.volledig = std::move(beoordeling.praktijken);
  }
  return result;
}

BuildResult EvaluatePraktijk(const std::filesystem::path& region_dir, std::optional<Date> peildatum,
                             const std::string& agb) {
  BuildResult result;
  const unsigned threads = ThreadCount(0);
  const std::optional<Loaded> loaded = Load(region_dir, peildatum, threads, &result);
  if (!loaded) return result;
  const std::vector<Praktijk>& registry = loaded->input->praktijken;
  const auto it = std::lower_bound(registry.begin(), registry.end(), agb,
                                   [](const Praktijk& p, const std::string& a) { return p.agb < a; });
  if (it == registry.end() || it->agb != agb) {
    const std::map<std::string, std::string>& afgewezen = loaded->input->afgewezen_praktijken;
    if (const auto a = afgewezen.find(agb); a != afgewezen.end()) {
      result.onbekende_praktijk = PraktijkAfgewezen(agb, a->second);
    } else {
      std::vector<std::string> agbs;
      for (const Praktijk& p : registry) agbs.push_back(p.agb);
      result.onbekende_praktijk = "AGB-code " + agb + " staat niet in praktijken.json";
      if (const std::string bedoeld = SuggestClosest(agb, agbs); !bedoeld.empty()) {
        result.onbekende_praktijk += "; bedoelde u " + bedoeld + "?";
      }
    }
    return result;
  }
  // Only this practice is judged; the plangroep's other submissions are
  // read from the loaded input as they are in a build.
  Report report = ReportFrame(*loaded->input, loaded->peildatum);
  const RegionEvaluator evaluator(loaded->input, loaded->peildatum);
  result.volledig = {evaluator.Judge(static_cast<size_t>(it - registry.begin()))};
  report.praktijken = {Samenvatting(result.volledig.front())};
  AddModels(&report);
  result.report = std::move(report);
  return result;
}

BuildResult RunBuild(const BuildOptions& options) {
  xlsx::PrepareLibraryGuard();  // before the descriptors go to input files and threads
  Stopwatch stopwatch;
  const unsigned threads = ThreadCount(options.threads);
  BuildResult result;
  if (std::string error; !OutputApartFromInput(options.out_dir, options.region_dir, &error)) {
    result.fatal = error;
    return result;
  }
  const std::optional<Loaded> loaded = Load(options.region_dir, options.peildatum, threads, &result);
  stopwatch.Stap("inlezen");
  if (!loaded) {
    result.stappen = stopwatch.Take();
    return result;
  }
  // First pass: every practice judged, keeping its summary (the verdicts to
  // follow up). That is all the overview, the insurer's report, the
  // workbooks and the counts need, in a fraction of the memory of every
  // verdict.
  result.report = Evaluate(loaded->input, loaded->peildatum, threads);
  stopwatch.Stap("beoordelen");
  std::string error;
  std::unique_ptr<OutputStage> stage = OutputStage::Create(options.out_dir, &error);
  std::unique_ptr<OutputFile> resultaten = stage ? stage->Open("data/resultaten.json", &error) : nullptr;
  if (!resultaten) {
    result.fatal = error;
    result.stappen = stopwatch.Take();
    return result;
  }
  const Report& report = *result.report;
  // Second pass: each part of practices is judged again, now with every
  // verdict, rendered (page, results, workbook) and dropped. Region-wide
  // outputs are jobs of their own; all jobs share the threads, and
  // `written` keeps the job order.
  const RegionEvaluator evaluator(loaded->input, loaded->peildatum);
  const PraktijkPaginas paginas(report);
  OrderedWriter results_writer(resultaten.get());
  resultaten->Append(ResultsKop(report));
  std::vector<OutputJob> jobs;
  const size_t delen = (evaluator.size() + kPraktijkenPerDeel - 1) / kPraktijkenPerDeel;
  for (size_t deel = 0; deel < delen; ++deel) {
    jobs.push_back({[&, deel](OutputStage* s, std::vector<std::string>* written, std::string* e) {
                      std::string json;
                      const size_t end = std::min(evaluator.size(), (deel + 1) * kPraktijkenPerDeel);
                      bool ok = true;
                      for (size_t i = deel * kPraktijkenPerDeel; i < end && ok; ++i) {
                        const PraktijkResultaat praktijk = evaluator.Judge(i);
                        AppendResultsPraktijk(praktijk, i, &json);
                        ok = paginas.Write(praktijk, s, written, e) &&
                             (!options.praktijk_werkboeken ||
                              WritePraktijkWorkbookFile(report, praktijk, paginas.namen(), s, written, e));
                      }
                      results_writer.Put(deel, std::move(json));
                      return ok;
                    },
                    static_cast<double>(kPraktijkenPerDeel) * (options.praktijk_werkboeken ? 3 : 1)});
  }
  // The insurer's figures, once for the page and the workbook.
  const auto zorgverzekeraar =
      std::make_shared<const ZorgverzekeraarModel>(ComputeZorgverzekeraarModel(report, options.min_cel));
  const HtmlOptions html_options{options.min_cel, zorgverzekeraar, options.praktijk_werkboeken, options.pdf != nullptr};
  for (OutputJob& job : HtmlJobs(report, html_options)) jobs.push_back(std::move(job));
  for (OutputJob& job :
       WorkbookJobs(report, WorkbookOptions{options.min_cel, options.praktijk_werkboeken, zorgverzekeraar})) {
    jobs.push_back(std::move(job));
  }
  const VerzendOpties verzend{options.praktijk_werkboeken, options.pdf != nullptr};
  jobs.push_back({[&report, verzend](OutputStage* s, std::vector<std::string>* written, std::string* e) {
                    const std::optional<std::filesystem::path> path = s->PathFor(kVerzendlijstPad, e);
                    if (!path || !WriteVerzendlijst(report, verzend, *path, e)) return false;
                    written->push_back(kVerzendlijstPad);
                    return true;
                  },
                  0.05 * static_cast<double>(report.praktijken.size())});
  bool ok = RunJobs(jobs, threads, stage.get(), &result.written, &error, options.voortgang);
  // The PDFs print the pages just written into the stage.
  if (ok && options.pdf) {
    ok = RunJobs(PdfJobs(report, *options.pdf), threads, stage.get(), &result.written, &error, options.voortgang);
    result.pdf_mislukt = !ok && StopSignal() == 0;
  }
  if (ok) {
    resultaten->Append(ResultsStaart(report));
    ok = resultaten->Close(&error);
    result.written.insert(result.written.begin(), "data/resultaten.json");
  }
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
