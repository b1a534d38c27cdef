#ifndef MTVP_RESULTS_JSON_H_
#define MTVP_RESULTS_JSON_H_

#include <string>

#include "report.h"

namespace mtvp {

inline constexpr std::string_view kResultatenFormaat = "mtvp-resultaten/1";

/// The machine-readable results file (`data/resultaten.json`): every verdict
/// with its explanation, every practice's completeness, every input problem.
/// Deterministic: the same report gives the same bytes.
std::string RenderResultsJson(const Report& report);

}  // namespace mtvp

#endif  // MTVP_RESULTS_JSON_H_
