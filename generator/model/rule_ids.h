#ifndef MTVP_RULE_IDS_H_
#define MTVP_RULE_IDS_H_

#include <string>
#include <vector>

#include "model/regioplan.h"

namespace mtvp {

/// Full rule ids, as verdicts and afwijkingen name them (docs/formats.md).
std::string GroeimodelRegelId(const std::string& kernelement, int jaar, const std::string& id);
std::string VoorwaardeRegelId(const std::string& interventie, const std::string& id);
std::string IntervisieRegelId(int jaar, const std::string& id);
std::string MenuRegelId(const std::string& interventie);
/// The finding that a choice is marked doorontwikkeling but never ran before.
std::string MenuStatusRegelId(const std::string& interventie);

/// Every full rule id the plan can produce, sorted.
std::vector<std::string> AllRuleIds(const Regioplan& plan);

}  // namespace mtvp

#endif  // MTVP_RULE_IDS_H_
