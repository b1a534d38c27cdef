#ifndef MTVP_HTML_HTML_SITE_H_
#define MTVP_HTML_HTML_SITE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "base/output_job.h"
#include "base/publish.h"
#include "model/report.h"
#include "report/aggregates.h"

namespace mtvp {

namespace html {
class Praktijknamen;
}  // namespace html

/// Settings of the HTML site that are not in the report.
struct HtmlOptions {
  /// Small-cell suppression on the insurer report: no figure about fewer
  /// practices than this (`--min-cel`); see aggregates.h.
  int min_cel = 5;
  /// The insurer's figures, computed once and shared with the workbook;
  /// computed on the spot when not given.
  std::shared_ptr<const ZorgverzekeraarModel> zorgverzekeraar;
  /// The overview links these downloads when the build made them.
  bool praktijk_werkboeken = false;  // downloads/praktijk-<agb>.xlsx
  bool pdf = false;                  // verzenden/<agb>.pdf
};

/// The pages of the static site, built from the report:
///   index.html                      the region overview (project leader)
///   problemen.html                  the input problems
///   praktijken/<agb>/index.html     one self-contained page per practice
///   zorgverzekeraar/index.html      the insurer's aggregate report
/// Pages are complete without JavaScript, load nothing from elsewhere and are
/// byte-identical for identical input. A page that fails names its path and
/// the template's error.

/// One job per region-wide page (overview, problems, insurer). They read
/// the summary report only, and refer to `report`, which must
/// outlive them.
std::vector<OutputJob> HtmlJobs(const Report& report, const HtmlOptions& options);

/// Writes practice pages, for a build that renders each practice as soon as
/// it is judged. `report` gives the plan, the input problems and every
/// practice's name (a page names no other practice).
/// Write is thread-safe.
class PraktijkPaginas {
 public:
  explicit PraktijkPaginas(const Report& report);
  ~PraktijkPaginas();
  static std::string Pad(const PraktijkKern& praktijk);
  /// Renders `praktijk` (with every verdict) and writes its page.
  bool Write(const PraktijkResultaat& praktijk, OutputStage* stage, std::vector<std::string>* written,
             std::string* error) const;
  /// Every practice's name and code, to hide others in a practice's texts.
  const html::Praktijknamen& namen() const { return *namen_; }

 private:
  const Report& report_;
  std::unique_ptr<const html::Praktijknamen> namen_;
};

/// Every page of a region judged in full, one after the other; appends the
/// written paths to `written`.
bool RenderHtmlSite(const Beoordeling& beoordeling, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error);

}  // namespace mtvp

#endif  // MTVP_HTML_HTML_SITE_H_
