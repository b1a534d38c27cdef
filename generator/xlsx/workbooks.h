#ifndef MTVP_XLSX_WORKBOOKS_H_
#define MTVP_XLSX_WORKBOOKS_H_

#include <string>
#include <vector>

#include "output_job.h"
#include "publish.h"
#include "report.h"

namespace mtvp {

struct WorkbookOptions {
  /// Smallest number of practices a zorgverzekeraar figure may be about.
  int min_cel = 5;
  /// Also write downloads/praktijk-<agb>.xlsx for every practice.
  bool praktijk_werkboeken = false;
};

/// One job per XLSX download: downloads/regio-overzicht.xlsx (project
/// leader), downloads/zorgverzekeraar.xlsx (aggregates only) and, when
/// asked, downloads/praktijk-<agb>.xlsx per practice. The jobs refer to
/// `report`, which must outlive them.
std::vector<OutputJob> WorkbookJobs(const Report& report, const WorkbookOptions& options);

/// Writes the XLSX downloads into the stage, one after the other: downloads/regio-overzicht.xlsx
/// (project leader), downloads/zorgverzekeraar.xlsx (aggregates only) and,
/// when asked, one workbook per practice. Appends every file written to
/// `written` (relative to the site); false with a Dutch `error` otherwise.
bool WriteWorkbooks(const Report& report, const WorkbookOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error);

}  // namespace mtvp

#endif  // MTVP_XLSX_WORKBOOKS_H_
