#ifndef MTVP_RESULTS_JSON_H_
#define MTVP_RESULTS_JSON_H_

#include <string>
#include <string_view>

#include "model/report.h"

namespace mtvp {

inline constexpr std::string_view kResultatenFormaat = "mtvp-resultaten/1";

/// The machine-readable results file (`data/resultaten.json`): every verdict
/// with its explanation, every practice's completeness, every input problem.
/// Deterministic: the same report gives the same bytes.
std::string RenderResultsJson(const Beoordeling& beoordeling);

/// The same file in parts, so a build can write it while it judges the
/// practices one by one: the head (up to the practices, with the counts of
/// `report`), each practice in turn (`index` is its
/// place in the registry), and the tail (after the practices: the input
/// problems). Head, practices 0..n-1 and tail joined are RenderResultsJson.
std::string ResultsKop(const Report& report);
void AppendResultsPraktijk(const PraktijkResultaat& praktijk, size_t index, std::string* out);
std::string ResultsStaart(const Report& report);

}  // namespace mtvp

#endif  // MTVP_RESULTS_JSON_H_
