#include "build.h"

#include "evaluate.h"
#include "html/html_site.h"
#include "publish.h"
#include "region_loader.h"
#include "results_json.h"
#include "xlsx/workbooks.h"

namespace mtvp {

BuildResult EvaluateRegion(const std::filesystem::path& region_dir, std::optional<Date> peildatum) {
  BuildResult result;
  RegionInput input = LoadRegion(region_dir);
  result.problemen = input.diagnostics.all();
  if (!Evaluable(input)) {
    result.fatal = "de regio kan niet worden beoordeeld: regioplan.json ontbreekt of bevat fouten";
    return result;
  }
  result.report = Evaluate(input, peildatum.value_or(input.plan->peildatum));
  return result;
}

BuildResult RunBuild(const BuildOptions& options) {
  BuildResult result = EvaluateRegion(options.region_dir, options.peildatum);
  if (!result.report) return result;
  std::string error;
  std::unique_ptr<OutputStage> stage = OutputStage::Create(options.out_dir, &error);
  if (!stage) {
    result.fatal = error;
    return result;
  }
  const Report& report = *result.report;
  auto write = [&](const std::string& relative, const std::string& content) {
    if (!stage->Write(relative, content, &error)) return false;
    result.written.push_back(relative);
    return true;
  };
  const WorkbookOptions workbooks{options.min_cel, options.praktijk_werkboeken};
  const HtmlOptions html{options.min_cel};
  if (!write("data/resultaten.json", RenderResultsJson(report)) ||
      !RenderHtmlSite(report, html, stage.get(), &result.written, &error) ||
      !WriteWorkbooks(report, workbooks, stage.get(), &result.written, &error) || !stage->Publish(&error)) {
    result.fatal = error;
    result.written.clear();
  }
  return result;
}

}  // namespace mtvp
