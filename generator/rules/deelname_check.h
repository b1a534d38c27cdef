#ifndef MTVP_DEELNAME_CHECK_H_
#define MTVP_DEELNAME_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

/// Judges a rule on the registry's facts (`deelname` in regioplan.json), such
/// as Utrecht's koptarief: a practice that receives it takes part in
/// Krachtige basiszorg and has an achterstandspopulatie of at least
/// `waarde` %. Fills status, actual, required, shortfall and explanation.
void CheckDeelname(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_DEELNAME_CHECK_H_
