#ifndef MTVP_INTERVENTIE_KEUZES_H_
#define MTVP_INTERVENTIE_KEUZES_H_

#include <optional>
#include <string>
#include <vector>

#include "rules/check_context.h"

namespace mtvp {

/// Why a listed intervention may not be counted for this practice and year.
struct MenuBevinding {
  std::string omschrijving;  // the rule, e.g. "Niet kiesbaar in het regioplan"
  std::string uitleg;        // why, with the reason from the plan
  std::string bron;
};

/// Checks the menu rules for one chosen intervention: kiesbaar, the years it
/// may be chosen in, and sub-region exclusions. Nothing when it may be counted.
std::optional<MenuBevinding> CheckMenu(const Interventie& iv, const Praktijk& praktijk, int jaar,
                                       const Regioplan& plan);

/// The interventions of one submission as listed (for display) ...
std::vector<InterventieKeuze> ListKeuzes(const Inzending& s, const Praktijk& praktijk, const Regioplan& plan);
/// ... and as the groeimodel counts them.
JaarKeuzes CountKeuzes(const std::vector<InterventieKeuze>& keuzes);

}  // namespace mtvp

#endif  // MTVP_INTERVENTIE_KEUZES_H_
