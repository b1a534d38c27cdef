#ifndef MTVP_VOORWAARDE_CHECK_H_
#define MTVP_VOORWAARDE_CHECK_H_

#include "rules/check_context.h"

namespace mtvp {

// The checks of the metric-based kinds (rule_kinds.cc): each judges one rule
// against the submission's figures and fills the outcome fields of `v`. A
// role the practice does not have, or a waiver it claims, decides first.

/// minimaal and maximaal: the value against the limit (per normpraktijk when asked).
void CheckMinMaxVoorwaarde(const Regel& regel, const CheckContext& ctx, Verdict* v);
/// aandeel: the value as a share of the staff in a role.
void CheckAandeelVoorwaarde(const Regel& regel, const CheckContext& ctx, Verdict* v);
/// ja_nee: the attestation is true.
void CheckJaNeeVoorwaarde(const Regel& regel, const CheckContext& ctx, Verdict* v);
/// een_van: at least one of the options passes.
void CheckEenVanVoorwaarde(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_VOORWAARDE_CHECK_H_
