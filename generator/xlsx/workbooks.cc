#include "xlsx/workbooks.h"

#include "registry.h"
#include "xlsx/writers.h"

namespace mtvp {

bool WriteWorkbooks(const Report& report, const WorkbookOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  auto write = [&](const std::string& relative, auto&& writer) {
    const std::optional<std::filesystem::path> path = stage->PathFor(relative, error);
    if (!path || !writer(*path)) return false;
    written->push_back(relative);
    return true;
  };
  if (!write("downloads/regio-overzicht.xlsx",
             [&](const std::filesystem::path& p) { return xlsx::WriteRegioWorkbook(report, p, error); })) {
    return false;
  }
  if (!write("downloads/zorgverzekeraar.xlsx", [&](const std::filesystem::path& p) {
        return xlsx::WriteZorgverzekeraarWorkbook(report, options.min_cel, p, error);
      })) {
    return false;
  }
  if (!options.praktijk_werkboeken) return true;
  for (const PraktijkResultaat& pr : report.praktijken) {
    // The loader refuses invalid codes; checked again because it becomes a path.
    if (!IsValidAgb(pr.praktijk.agb)) continue;
    if (!write("downloads/praktijk-" + pr.praktijk.agb + ".xlsx",
               [&](const std::filesystem::path& p) { return xlsx::WritePraktijkWorkbook(report, pr, p, error); })) {
      return false;
    }
  }
  return true;
}

}  // namespace mtvp
