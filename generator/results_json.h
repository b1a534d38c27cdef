#ifndef MTVP_RESULTS_JSON_H_
#define MTVP_RESULTS_JSON_H_

#include <functional>
#include <string>
#include <string_view>

#include "report.h"

namespace mtvp {

inline constexpr std::string_view kResultatenFormaat = "mtvp-resultaten/1";

/// The machine-readable results file (`data/resultaten.json`): every verdict
/// with its explanation, every practice's completeness, every input problem.
/// Deterministic: the same report gives the same bytes.
/// Written in parts to `sink` (about a megabyte at a time) so the whole text
/// is never in memory; false when `sink` returns false.
bool WriteResultsJson(const Report& report, const std::function<bool(std::string_view)>& sink);
/// The same, as one string (for tests and small regions).
std::string RenderResultsJson(const Report& report);

}  // namespace mtvp

#endif  // MTVP_RESULTS_JSON_H_
