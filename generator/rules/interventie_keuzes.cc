#include "rules/interventie_keuzes.h"

#include <algorithm>

namespace mtvp {

std::optional<MenuBevinding> CheckMenu(const Interventie& iv, const Praktijk& praktijk, int jaar,
                                       const Regioplan& plan) {
  const Interventie* target = plan.Canonical(iv.id);
  if (!iv.kiesbaar) {
    return MenuBevinding{"Alleen kiesbare interventies van het menu tellen mee",
                         "\"" + iv.naam + "\" kan niet gekozen worden: " + iv.reden + ".", iv.bron};
  }
  if (!iv.jaren.empty() && std::find(iv.jaren.begin(), iv.jaren.end(), jaar) == iv.jaren.end()) {
    std::string jaren;
    for (int y : iv.jaren) jaren += (jaren.empty() ? "" : ", ") + std::to_string(y);
    return MenuBevinding{"Interventie alleen kiesbaar in de genoemde programmajaren",
                         "\"" + iv.naam + "\" is alleen kiesbaar in programmajaar " + jaren + ", niet in jaar " +
                             std::to_string(jaar) + ".",
                         iv.bron};
  }
  // Exclusions of the alias target apply to the alias too.
  for (const Interventie* item : {&iv, target}) {
    if (!item) continue;
    for (const Uitsluiting& u : item->uitgesloten) {
      const bool in_subregio =
          std::find(u.subregios.begin(), u.subregios.end(), praktijk.subregio) != u.subregios.end();
      if (!in_subregio) continue;
      if (!u.kenmerk.empty()) {
        const auto it = praktijk.kenmerken.find(u.kenmerk);
        if (it == praktijk.kenmerken.end() || !it->second) continue;
      }
      return MenuBevinding{"Interventie niet kiesbaar in uw subregio",
                           "\"" + item->naam + "\" telt niet mee voor praktijken in " + praktijk.subregio +
                               (u.kenmerk.empty() ? "" : " met " + u.kenmerk) + ": " + u.reden + ".",
                           u.bron};
    }
  }
  return std::nullopt;
}

std::vector<InterventieKeuze> ListKeuzes(const Inzending& s, const Praktijk& praktijk, const Regioplan& plan) {
  std::vector<InterventieKeuze> out;
  for (const GekozenInterventie& g : s.interventies) {
    const Interventie* iv = plan.FindInterventie(g.id);
    const Interventie* target = plan.Canonical(g.id);
    if (!iv || !target) continue;  // the loader already refused unknown ids
    InterventieKeuze k;
    k.id = g.id;
    k.naam = iv->naam;
    k.kernelement = target->kernelement;
    k.status = g.status;
    k.sinds_jaar = g.sinds_jaar;
    k.onderbouwing = g.onderbouwing;
    k.telt_als = target->id == iv->id ? "" : target->id;
    k.telt = g.status != InterventieStatus::kGestopt && !CheckMenu(*iv, praktijk, s.programmajaar, plan).has_value();
    out.push_back(std::move(k));
  }
  return out;
}

JaarKeuzes CountKeuzes(const std::vector<InterventieKeuze>& keuzes) {
  JaarKeuzes out;
  for (const InterventieKeuze& k : keuzes) {
    if (!k.telt) continue;
    const std::string& id = k.telt_als.empty() ? k.id : k.telt_als;
    out.actief[k.kernelement].insert(id);
    if (k.status == InterventieStatus::kDoorontwikkeling) out.doorontwikkeling.insert(id);
  }
  return out;
}

}  // namespace mtvp
