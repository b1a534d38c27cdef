#ifndef MTVP_REGISTRY_LOADER_H_
#define MTVP_REGISTRY_LOADER_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/json_input.h"
#include "model/registry.h"
#include "model/regioplan.h"

namespace mtvp {

/// Reads `praktijken.json`; invalid entries are reported and left out, so the
/// run goes on for every other practice. Practices come back sorted by AGB.
std::vector<Praktijk> LoadPraktijken(const Json& doc, const std::string& file,
                                     const Regioplan& plan, Diagnostics* diags);

/// Reads `afwijkingen.json`; `rule_ids` are all full rule ids of the plan, to
/// catch typos in `regel`.
std::vector<Afwijking> LoadAfwijkingen(const Json& doc, const std::string& file,
                                       const std::vector<Praktijk>& praktijken,
                                       const std::vector<std::string>& rule_ids,
                                       Diagnostics* diags);

}  // namespace mtvp

#endif  // MTVP_REGISTRY_LOADER_H_
