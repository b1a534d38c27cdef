#ifndef MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_
#define MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_

#include <string>

#include "report/aggregates.h"
#include "render/html/templates.h"

namespace mtvp::html {

/// Parts of the insurer report, split over two files. Every figure comes
/// from the shared insurer model (aggregates.h), which has already decided
/// what is suppressed; these views only say how a figure looks.

/// A table cell for templates/cel.mustache: {tekst, onderdrukt, uitleg}.
/// A suppressed figure reads "<5" (about fewer than min_cel practices) or
/// "x" (left out because it could be worked out from the others).
Data CijferView(const Cijfer& c, int min_cel);
/// The same for a share (0..1), shown as a percentage.
Data AandeelView(const Cijfer& c, int min_cel);

/// How many practices counted each intervention of the menu, per programme
/// year; `diagram` gets a bar chart of the latest judged year.
Data InterventiesView(const Aggregates& agg, std::string* diagram);

/// Totals of referrals, trainings and other numeric metrics summed over the
/// judged submissions, and of reported intervisie sessions, per programme year.
Data TotalenView(const Aggregates& agg);

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_
