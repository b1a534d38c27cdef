#ifndef MTVP_HTML_HTML_SITE_H_
#define MTVP_HTML_HTML_SITE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "publish.h"
#include "report.h"

namespace mtvp {

/// Settings of the HTML site that are not in the report.
struct HtmlOptions {
  /// Small-cell suppression on the insurer report: no figure about fewer
  /// practices than this (`--min-cel`); see aggregates.h.
  int min_cel = 5;
};

/// One rendered page: where it goes in the site and its HTML.
struct HtmlPage {
  std::string pad;  // relative, forward slashes
  std::string html;
};

/// Renders every page of the static site from the report:
///   index.html                      the region overview (project leader)
///   problemen.html                  the input problems
///   praktijken/<agb>/index.html     one self-contained page per practice
///   zorgverzekeraar/index.html      the insurer's aggregate report
/// Pages are complete without JavaScript, load nothing from elsewhere and are
/// byte-identical for identical input. Returns false and sets `error` when a
/// template fails.
bool RenderHtmlPages(const Report& report, const HtmlOptions& options, std::vector<HtmlPage>* pages,
                     std::string* error);

/// RenderHtmlPages, then writes each page to `stage`; appends the written
/// paths to `written`.
bool RenderHtmlSite(const Report& report, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error);

}  // namespace mtvp

#endif  // MTVP_HTML_HTML_SITE_H_
