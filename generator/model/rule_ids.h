#ifndef MTVP_RULE_IDS_H_
#define MTVP_RULE_IDS_H_

#include <map>
#include <string>
#include <vector>

#include "model/regioplan.h"

namespace mtvp {

/// Full rule ids, as verdicts and afwijkingen name them (docs/formats.md).
std::string GroeimodelRegelId(const std::string& kernelement, int jaar, const std::string& id);
std::string VoorwaardeRegelId(const std::string& interventie, const std::string& id);
std::string IntervisieRegelId(int jaar, const std::string& id);
/// A rule on the registry's facts (`deelname`): `deelname.jaar-<n>.<id>`.
std::string DeelnameRegelId(int jaar, const std::string& id);
std::string MenuRegelId(const std::string& interventie);
/// The finding that a choice is marked doorontwikkeling but never ran before.
std::string MenuStatusRegelId(const std::string& interventie);

/// Every full rule id the plan can produce, sorted.
std::vector<std::string> AllRuleIds(const Regioplan& plan);

/// The plan rule behind a full rule id (to know how a verdict's figures are
/// meant: an `aandeel` compares fractions). Built once per report
/// (Report::regels); the plan must outlive it.
class RegelIndex {
 public:
  explicit RegelIndex(const Regioplan& plan);
  const Regel* Find(const std::string& full_id) const;

 private:
  std::map<std::string, const Regel*> regels_;
};

}  // namespace mtvp

#endif  // MTVP_RULE_IDS_H_
