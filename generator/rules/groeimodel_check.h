#ifndef MTVP_GROEIMODEL_CHECK_H_
#define MTVP_GROEIMODEL_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

/// Judges one groeimodel rule of a kernelement for the context's year, against
/// the practice's earlier years where the rule needs them. When an earlier
/// year's submission is missing the verdict is onvolledig and says which.
void CheckGroeimodel(const Regel& regel, const Kernelement& kernelement, const CheckContext& ctx,
                     Verdict* v);

}  // namespace mtvp

#endif  // MTVP_GROEIMODEL_CHECK_H_
