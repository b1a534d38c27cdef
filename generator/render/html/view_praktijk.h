#ifndef MTVP_HTML_VIEW_PRAKTIJK_H_
#define MTVP_HTML_VIEW_PRAKTIJK_H_

#include <string>
#include <vector>

#include "model/report.h"
#include "render/html/afscherming.h"
#include "render/html/templates.h"

namespace mtvp::html {

/// One verdict as the practice page shows it.
/// `index` is the verdict's place in its year (the row's anchor, "j2-r5").
Data VerdictView(const Regioplan& plan, const Verdict& v, int jaar, size_t index, const Afscherming& af);

/// A table of verdicts for templates/verdicttabel.mustache. `met_anker` gives
/// each row an id to link to (only once per page); `toon_jaar` adds a link to
/// the row in its programme year.
Data VerdictTabel(const std::string& bijschrift, std::vector<Data> verdicts, bool met_anker, bool toon_jaar);

/// Everything about one programme year of the practice: per kernelement what
/// the groeimodel asks and what the practice did, the voorwaarden, intervisie,
/// and its own onderbouwing and toelichting (Markdown, safe).
Data JaarView(const Report& report, const JaarResultaat& jr, const Afscherming& af);

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEW_PRAKTIJK_H_
