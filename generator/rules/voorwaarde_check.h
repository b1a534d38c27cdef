#ifndef MTVP_VOORWAARDE_CHECK_H_
#define MTVP_VOORWAARDE_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

/// Judges one metric-based rule (minimaal, maximaal, aandeel, ja_nee,
/// een_van) against the submission and fills the outcome fields of `v`:
/// status, actual, required, shortfall, origin and explanation.
void CheckVoorwaarde(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_VOORWAARDE_CHECK_H_
