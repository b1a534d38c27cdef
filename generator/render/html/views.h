#ifndef MTVP_HTML_VIEWS_H_
#define MTVP_HTML_VIEWS_H_

#include "model/report.h"
#include "render/html/afscherming.h"
#include "render/html/html_site.h"
#include "render/html/templates.h"

namespace mtvp::html {

/// The view model of each page kind, built from the report only (renderers
/// never re-evaluate rules). One file per page kind.

/// index.html: counts, the practice table, completeness, failing rules,
/// roll-ups per wijk and cohort, the uitwisselbijeenkomsten calendar, and
/// links to the downloads and the send list (per practice its workbook and
/// PDF when `options` says they were made).
Data OverzichtView(const Report& report, const HtmlOptions& options = {});
/// problemen.html: every input problem.
Data ProblemenView(const Report& report);
/// praktijken/<agb>/index.html: one practice, and nothing about any other
/// (`namen`, built once per report, finds other practices' names in texts).
Data PraktijkView(const Report& report, const PraktijkResultaat& praktijk, const Praktijknamen& namen);
/// regels.html: the regioplan as a readable document (no practice data).
Data RegelsView(const Report& report);
/// zorgverzekeraar/index.html: aggregates only, with small-cell suppression.
Data ZorgverzekeraarView(const Report& report, const HtmlOptions& options);

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEWS_H_
