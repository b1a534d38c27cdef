#include "model/regioplan.h"

#include <algorithm>

namespace mtvp {
namespace {

template <typename T>
const T* FindById(const std::vector<T>& items, const std::string& id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Kernelement* Regioplan::FindKernelement(const std::string& id) const { return FindById(kernelementen, id); }
const Metriek* Regioplan::FindMetriek(const std::string& id) const { return FindById(metrieken, id); }
const Interventie* Regioplan::FindInterventie(const std::string& id) const { return FindById(interventies, id); }
const Cohort* Regioplan::FindCohort(const std::string& id) const { return FindById(cohorten, id); }
const Rol* Regioplan::FindRol(const std::string& id) const { return FindById(rollen, id); }
const Bron* Regioplan::FindBron(std::string_view id) const {
  for (const Bron& b : bronnen) {
    if (b.id == id) return &b;
  }
  return nullptr;
}

const Interventie* Regioplan::Canonical(const std::string& id) const {
  const Interventie* i = FindInterventie(id);
  if (i && !i->alias_van.empty()) {
    if (const Interventie* target = FindInterventie(i->alias_van)) return target;
  }
  return i;
}

std::string Regioplan::RolLabel(const std::string& id) const {
  if (id == "alle") return "medewerker";
  const Rol* r = FindRol(id);
  return r ? r->label : id;
}

}  // namespace mtvp
