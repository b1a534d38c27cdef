#include "model/rule_ids.h"

#include <algorithm>

namespace mtvp {

std::string GroeimodelRegelId(const std::string& kernelement, int jaar, const std::string& id) {
  return "groeimodel." + kernelement + ".jaar-" + std::to_string(jaar) + "." + id;
}

std::string VoorwaardeRegelId(const std::string& interventie, const std::string& id) { return interventie + "." + id; }

std::string IntervisieRegelId(int jaar, const std::string& id) {
  return "intervisie.jaar-" + std::to_string(jaar) + "." + id;
}

std::string DeelnameRegelId(int jaar, const std::string& id) {
  return "deelname.jaar-" + std::to_string(jaar) + "." + id;
}

std::string MenuRegelId(const std::string& interventie) { return "menu." + interventie; }

std::string MenuStatusRegelId(const std::string& interventie) { return "menu." + interventie + ".status"; }

std::vector<std::string> AllRuleIds(const Regioplan& plan) {
  std::vector<std::string> ids;
  for (const Kernelement& ke : plan.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) ids.push_back(GroeimodelRegelId(ke.id, jaar, g.id));
    }
  }
  for (const Interventie& iv : plan.interventies) {
    ids.push_back(MenuRegelId(iv.id));
    ids.push_back(MenuStatusRegelId(iv.id));
    for (const Regel& g : iv.voorwaarden) ids.push_back(VoorwaardeRegelId(iv.id, g.id));
  }
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& g : regels) ids.push_back(IntervisieRegelId(jaar, g.id));
  }
  for (const auto& [jaar, regels] : plan.deelname) {
    for (const Regel& g : regels) ids.push_back(DeelnameRegelId(jaar, g.id));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

RegelIndex::RegelIndex(const Regioplan& plan) {
  for (const Kernelement& k : plan.kernelementen) {
    for (const auto& [jaar, regels] : k.groeimodel) {
      for (const Regel& r : regels) regels_[GroeimodelRegelId(k.id, jaar, r.id)] = &r;
    }
  }
  for (const Interventie& iv : plan.interventies) {
    for (const Regel& r : iv.voorwaarden) regels_[VoorwaardeRegelId(iv.id, r.id)] = &r;
  }
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& r : regels) regels_[IntervisieRegelId(jaar, r.id)] = &r;
  }
}

const Regel* RegelIndex::Find(const std::string& full_id) const {
  const auto it = regels_.find(full_id);
  return it == regels_.end() ? nullptr : it->second;
}

}  // namespace mtvp
