#ifndef MTVP_EXPLAIN_H_
#define MTVP_EXPLAIN_H_

#include <optional>
#include <string>

#include "model/report.h"

namespace mtvp {

/// Why each rule passed or failed for one practice, in Dutch, readable as a
/// letter (`mtvp-monitor explain`). With `jaar`, only that programme year.
std::string ExplainPraktijk(const Report& report, const PraktijkResultaat& praktijk, std::optional<int> jaar);

}  // namespace mtvp

#endif  // MTVP_EXPLAIN_H_
