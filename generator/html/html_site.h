#ifndef MTVP_HTML_HTML_SITE_H_
#define MTVP_HTML_HTML_SITE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "output_job.h"
#include "publish.h"
#include "report.h"

namespace mtvp {

/// Settings of the HTML site that are not in the report.
struct HtmlOptions {
  /// Small-cell suppression on the insurer report: no figure about fewer
  /// practices than this (`--min-cel`); see aggregates.h.
  int min_cel = 5;
};

/// One job per page of the static site, built from the report:
///   index.html                      the region overview (project leader)
///   problemen.html                  the input problems
///   praktijken/<agb>/index.html     one self-contained page per practice
///   zorgverzekeraar/index.html      the insurer's aggregate report
/// Pages are complete without JavaScript, load nothing from elsewhere and are
/// byte-identical for identical input. A job fails with the page's path and
/// the template's error. The jobs refer to `report`, which must outlive them.
std::vector<OutputJob> HtmlJobs(const Report& report, const HtmlOptions& options);

/// Every page, one after the other; appends the written paths to `written`.
bool RenderHtmlSite(const Report& report, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error);

}  // namespace mtvp

#endif  // MTVP_HTML_HTML_SITE_H_
