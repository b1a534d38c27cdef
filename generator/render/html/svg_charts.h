#ifndef MTVP_HTML_SVG_CHARTS_H_
#define MTVP_HTML_SVG_CHARTS_H_

#include <string>
#include <vector>

namespace mtvp::html {

/// One bar: its label, its length in units of the chart's `max`, and the
/// text printed after it. A bar that is not `getekend` (a suppressed cell)
/// shows only its text.
struct Staaf {
  std::string label;
  double waarde = 0;
  std::string waarde_tekst;
  bool getekend = true;
  std::string klasse = "neutraal";  // CSS class suffix of the fill: staaf-<klasse>
};

struct StaafDiagramInhoud {
  std::string id;  // unique on the page; prefixes the title ids
  std::string titel;
  std::string beschrijving;  // one sentence; the values are added to <desc>
  double max = 1;
  std::vector<Staaf> staven;
};

/// A horizontal bar chart as inline SVG, made by us (no chart library):
/// role="img" with a <title> and a <desc> that lists every value, so the
/// chart reads without seeing it; each bar also carries its value as text,
/// so nothing depends on colour. Output is deterministic: integer
/// coordinates only.
std::string StaafDiagram(const StaafDiagramInhoud& d);

/// True when at least one bar would be drawn with some length: a chart of suppressed cells
/// only says nothing and is left out.
bool HeeftStaven(const StaafDiagramInhoud& d);

/// Escapes text for XML/HTML content and attribute values.
std::string XmlEscape(const std::string& text);

}  // namespace mtvp::html

#endif  // MTVP_HTML_SVG_CHARTS_H_
