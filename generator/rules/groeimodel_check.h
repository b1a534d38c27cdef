#ifndef MTVP_GROEIMODEL_CHECK_H_
#define MTVP_GROEIMODEL_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

// The checks of the groeimodel kinds (rule_kinds.cc): each judges one rule of
// the context's kernelement (`ctx.kernelement`) for the context's year,
// against the practice's earlier years where the rule needs them. When an
// earlier year's submission is missing the verdict is decided from the years
// present when they suffice, and is otherwise onvolledig, naming the year.

void CheckMinInterventies(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckMinNieuw(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckMinVoortgezet(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckMinDoorontwikkeling(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckNieuwOfDoorontwikkeling(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckVorigeVoortgezet(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckOnderbouwingBijDoorontwikkeling(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckNooitEnige(const Regel& regel, const CheckContext& ctx, Verdict* v);
void CheckInterventieVerplicht(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_GROEIMODEL_CHECK_H_
