#ifndef MTVP_XLSX_WORKBOOKS_H_
#define MTVP_XLSX_WORKBOOKS_H_

#include <string>
#include <vector>

#include <memory>

#include "base/output_job.h"
#include "base/publish.h"
#include "model/report.h"
#include "report/aggregates.h"

namespace mtvp {

namespace html {
class Praktijknamen;
}  // namespace html

struct WorkbookOptions {
  /// Smallest number of practices a zorgverzekeraar figure may be about.
  int min_cel = 5;
  /// Also write downloads/praktijk-<agb>.xlsx for every practice.
  bool praktijk_werkboeken = false;
  /// The insurer's figures, computed once and shared with the insurer page;
  /// computed on the spot when not given.
  std::shared_ptr<const ZorgverzekeraarModel> zorgverzekeraar;
};

/// One job per region-wide XLSX download: downloads/regio-overzicht.xlsx
/// (project leader) and downloads/zorgverzekeraar.xlsx (aggregates only).
/// They read the summary report only, and refer to `report`, which
/// must outlive them.
std::vector<OutputJob> WorkbookJobs(const Report& report, const WorkbookOptions& options);

/// downloads/praktijk-<agb>.xlsx: one practice's own workbook, with every
/// verdict of `praktijk`; `report` gives the plan.
/// Thread-safe.
std::string PraktijkWorkbookPath(const PraktijkKern& praktijk);
/// `namen` (every practice of `report`) hides other practices in texts.
bool WritePraktijkWorkbookFile(const Report& report, const PraktijkResultaat& praktijk,
                               const html::Praktijknamen& namen, OutputStage* stage, std::vector<std::string>* written,
                               std::string* error);

/// Every download of a region judged in full (practice workbooks when
/// `options` asks), one after the other. Appends every file written to `written` (relative
/// to the site); false with a Dutch `error` otherwise.
bool WriteWorkbooks(const Beoordeling& beoordeling, const WorkbookOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error);

}  // namespace mtvp

#endif  // MTVP_XLSX_WORKBOOKS_H_
