#ifndef MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_
#define MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_

#include <string>

#include "render/html/templates.h"
#include "report/aggregates.h"

namespace mtvp::html {

/// Parts of the insurer report, split over two files. Every figure comes
/// from the shared ZorgverzekeraarModel (aggregates.h), which has already
/// decided what is shown; these views only say how a figure looks.

/// A table cell for templates/cel.mustache: {tekst, onderdrukt, uitleg}.
/// A hidden figure reads "x", a year not yet due "–".
Data CijferView(const Cijfer& c, int min_cel);
/// The same for a share (0..1), shown as a percentage.
Data AandeelView(const Cijfer& c, int min_cel);

/// Interventions, metrics and intervisie sessions per programme year;
/// `diagram` gets a bar chart of the interventions of the latest due year.
Data InterventiesView(const ZorgverzekeraarModel& m, std::string* diagram);
Data TotalenView(const ZorgverzekeraarModel& m);

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEW_ZORGVERZEKERAAR_H_
