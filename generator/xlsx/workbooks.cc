#include "xlsx/workbooks.h"

#include "registry.h"
#include "xlsx/writers.h"

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
                               return xlsx::WriteZorgverzekeraarWorkbook(report, options.min_cel, p, error);
                             }));
  if (!options.praktijk_werkboeken) return jobs;
  for (const PraktijkResultaat& pr : report.praktijken) {
    // The loader refuses invalid codes; checked again because it becomes a path.
    if (!IsValidAgb(pr.praktijk.agb)) continue;
    jobs.push_back(WorkbookJob("downloads/praktijk-" + pr.praktijk.agb + ".xlsx", 2,
                               [&report, &pr](const std::filesystem::path& p, std::string* error) {
                                 return xlsx::WritePraktijkWorkbook(report, pr, p, error);
                               }));
  }
  return jobs;
}

bool WriteWorkbooks(const Report& report, const WorkbookOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  return RunJobs(WorkbookJobs(report, options), 1, stage, written, error);
}

}  // namespace mtvp
