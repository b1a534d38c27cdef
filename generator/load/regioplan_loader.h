#ifndef MTVP_REGIOPLAN_LOADER_H_
#define MTVP_REGIOPLAN_LOADER_H_

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/json_input.h"
#include "model/regioplan.h"

namespace mtvp {

inline constexpr std::string_view kRegioplanFormaat = "mtvp-regioplan/1";

/// Reads `regioplan.json` and validates it (see ValidateRegioplan). Returns
/// nothing when it has errors: a run cannot judge practices against broken rules.
std::optional<Regioplan> LoadRegioplan(const Json& doc, const std::string& file, Diagnostics* diags);

/// Checks the regioplan as a whole: unique ids, every reference resolves
/// (kernelement, metriek, rol, alias, cohort), rule kinds fit their place,
/// and each kernelement's menu is large enough (GM-15).
void ValidateRegioplan(const Regioplan& plan, const std::string& file, Diagnostics* diags);

}  // namespace mtvp

#endif  // MTVP_REGIOPLAN_LOADER_H_
