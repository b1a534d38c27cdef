#include "rules/check_context.h"

namespace mtvp {

const std::set<std::string>& JaarKeuzes::Actief(const std::string& kernelement) const {
  static const std::set<std::string> kEmpty;
  const auto it = actief.find(kernelement);
  return it == actief.end() ? kEmpty : it->second;
}

Verdict VerdictFor(const Regel& regel, std::string full_id, Onderdeel onderdeel, std::string kernelement,
                   std::string interventie) {
  Verdict v;
  v.regel = std::move(full_id);
  v.onderdeel = onderdeel;
  v.kernelement = std::move(kernelement);
  v.interventie = std::move(interventie);
  v.omschrijving = regel.omschrijving;
  v.bron = regel.bron;
  v.ernst = regel.ernst;
  v.zekerheid = regel.zekerheid;
  return v;
}

}  // namespace mtvp
