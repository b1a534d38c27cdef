#ifndef MTVP_INTERVISIE_CHECK_H_
#define MTVP_INTERVISIE_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

// The checks of the intervisie kinds (rule_kinds.cc), each for the context's
// programme year; docs/formats.md says when each passes.

void CheckPerHuisarts(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckUitwisselbijeenkomsten(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckMinBijeenkomsten(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckElkKwartaal(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckVrijeVorm(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_INTERVISIE_CHECK_H_
