#ifndef MTVP_REGISTRY_LOADER_H_
#define MTVP_REGISTRY_LOADER_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/json_input.h"
#include "model/regioplan.h"
#include "model/registry.h"

namespace mtvp {

/// Reads `praktijken.json`; invalid entries are reported and left out, so the
/// run goes on for every other practice. Practices come back sorted by AGB.
/// Only fields that decide a verdict leave a practice out; a field that is
/// only shown (naam, wijk, achterstand_pct) is a warning. `afgewezen`, when
/// given, gets the AGB code and JSON pointer of every entry left out, so their
/// submissions can say so instead of "staat niet in praktijken.json".
std::vector<Praktijk> LoadPraktijken(const Json& doc, const std::string& file, const Regioplan& plan,
                                     Diagnostics* diags, std::map<std::string, std::string>* afgewezen = nullptr);

/// What is said of a practice left out of the registry for an error at
/// `pointer` of praktijken.json, where its AGB code `agb` is used (a
/// submission, an afwijking, `explain`).
std::string PraktijkAfgewezen(const std::string& agb, const std::string& pointer);

/// Reads `afwijkingen.json`; `rule_ids` are all full rule ids of the plan, to
/// catch typos in `regel`. `afgewezen` (from LoadPraktijken) lets an
/// afwijking of a practice left out for an error say so.
std::vector<Afwijking> LoadAfwijkingen(const Json& doc, const std::string& file,
                                       const std::vector<Praktijk>& praktijken,
                                       const std::vector<std::string>& rule_ids, Diagnostics* diags,
                                       const std::map<std::string, std::string>* afgewezen = nullptr);

}  // namespace mtvp

#endif  // MTVP_REGISTRY_LOADER_H_
