#ifndef MTVP_INTERVISIE_CHECK_H_
#define MTVP_INTERVISIE_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

/// Judges one intervisie rule (per_huisarts, uitwisselbijeenkomsten,
/// min_bijeenkomsten, vrije_vorm) for the context's year.
void CheckIntervisie(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_INTERVISIE_CHECK_H_
