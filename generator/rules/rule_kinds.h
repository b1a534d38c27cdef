#ifndef MTVP_RULE_KINDS_H_
#define MTVP_RULE_KINDS_H_

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "model/regioplan.h"

namespace mtvp {

struct CheckContext;
struct Verdict;

/// Which list of a regioplan a rule kind belongs to. A groeimodel list also
/// takes the voorwaarde kinds (a year rule that asks for a figure). Deelname
/// rules judge the registry's facts (`deelname` in regioplan.json).
enum class RuleFamily { kVoorwaarde, kGroeimodel, kIntervisie, kDeelname };

/// Judges one rule of its kind for the context's practice and year, and
/// fills the outcome fields of the verdict (status, actual, required,
/// shortfall, origin, explanation).
using CheckFn = void (*)(const Regel& regel, const CheckContext& ctx, Verdict* v);

/// One kind of rule (`soort` in regioplan.json). This table is the one place
/// a kind is declared: the loader reads the keys it lists, the validator and
/// the evaluator dispatch on it, and a test holds it against
/// schemas/regioplan.schema.json, docs/formats.md and tests/rule-cases/.
/// How to add a kind: ARCHITECTURE.md ("Rules are data").
struct RuleKind {
  Soort soort;
  std::string_view name;  // as written in regioplan.json
  RuleFamily family;
  /// Keys this kind needs besides the common ones (id, soort, omschrijving,
  /// bron, ernst, zekerheid, geldt_voor, toelichting).
  std::span<const std::string_view> required;
  /// Keys this kind may have; a default applies when one is left out.
  std::span<const std::string_view> optional;
  CheckFn check;
};

/// Every kind, indexed by `Soort` (kRuleKinds[i].soort == Soort(i)).
extern const std::array<RuleKind, kSoortCount> kRuleKinds;

/// The table row of a kind.
const RuleKind& KindOf(Soort soort);

/// True when a rule of this kind may stand in a list of `family`.
bool AllowedIn(RuleFamily family, Soort soort);

/// Whether the kind reads this key (required or optional).
bool UsesKey(const RuleKind& kind, std::string_view key);

/// Judges `regel` with its kind's check.
void CheckRegel(const Regel& regel, const CheckContext& ctx, Verdict* v);

}  // namespace mtvp

#endif  // MTVP_RULE_KINDS_H_
