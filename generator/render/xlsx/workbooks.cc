#include "render/xlsx/workbooks.h"

#include <memory>

#include "model/registry.h"
#include "render/html/afscherming.h"
#include "render/xlsx/writers.h"

namespace mtvp {
namespace {

// A job that writes one workbook at `relative` with `writer(path, error)`.
template <typename Writer>
OutputJob WorkbookJob(std::string relative, double gewicht, Writer writer) {
  return {[relative = std::move(relative), writer](OutputStage* stage, std::vector<std::string>* written,
                                                   std::string* error) {
            const std::optional<std::filesystem::path> path = stage->PathFor(relative, error);
            if (!path || !writer(*path, error)) return false;
            written->push_back(relative);
            return true;
          },
          gewicht};
}

}  // namespace

std::vector<OutputJob> WorkbookJobs(const Report& report, const WorkbookOptions& options) {
  std::vector<OutputJob> jobs;
  const double praktijken = static_cast<double>(report.praktijken.size());
  jobs.push_back(WorkbookJob("downloads/regio-overzicht.xlsx", 0.3 * praktijken,
                             [&report](const std::filesystem::path& p, std::string* error) {
                               return xlsx::WriteRegioWorkbook(report, p, error);
                             }));
  jobs.push_back(WorkbookJob("downloads/zorgverzekeraar.xlsx", 0.1 * praktijken,
                             [&report, options](const std::filesystem::path& p, std::string* error) {
                               const auto model = options.zorgverzekeraar
                                                      ? options.zorgverzekeraar
                                                      : std::make_shared<const ZorgverzekeraarModel>(
                                                            ComputeZorgverzekeraarModel(report, options.min_cel));
                               return xlsx::WriteZorgverzekeraarWorkbook(report, *model, p, error);
                             }));
  return jobs;
}

std::string PraktijkWorkbookPath(const PraktijkKern& praktijk) {
  return "downloads/praktijk-" + praktijk.praktijk.agb + ".xlsx";
}

bool WritePraktijkWorkbookFile(const Report& report, const PraktijkResultaat& praktijk,
                               const html::Praktijknamen& namen, OutputStage* stage, std::vector<std::string>* written,
                               std::string* error) {
  // The loader refuses invalid codes; checked again because it becomes a path.
  if (!IsValidAgb(praktijk.praktijk.agb)) return true;
  const std::string relative = PraktijkWorkbookPath(praktijk);
  const std::optional<std::filesystem::path> path = stage->PathFor(relative, error);
  if (!path || !xlsx::WritePraktijkWorkbook(report, praktijk, namen, *path, error)) return false;
  written->push_back(relative);
  return true;
}

bool WriteWorkbooks(const Beoordeling& beoordeling, const WorkbookOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  const Report& report = beoordeling.report;
  std::vector<OutputJob> jobs = WorkbookJobs(report, options);
  const auto namen = std::make_shared<const html::Praktijknamen>(report);
  if (options.praktijk_werkboeken) {
    for (const PraktijkResultaat& pr : beoordeling.praktijken) {
      jobs.push_back({[&report, &pr, namen](OutputStage* s, std::vector<std::string>* w, std::string* e) {
                        return WritePraktijkWorkbookFile(report, pr, *namen, s, w, e);
                      },
                      2});
    }
  }
  return RunJobs(jobs, 1, stage, written, error);
}

}  // namespace mtvp
