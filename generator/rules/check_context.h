#ifndef MTVP_CHECK_CONTEXT_H_
#define MTVP_CHECK_CONTEXT_H_

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/regioplan.h"
#include "model/registry.h"
#include "model/report.h"
#include "model/submission.h"

namespace mtvp {

/// The interventions of one programme year as the groeimodel counts them:
/// aliases resolved, non-kiesbare and excluded choices and stopped ones left out.
struct JaarKeuzes {
  std::map<std::string, std::set<std::string>> actief;  // kernelement -> canonical ids
  std::set<std::string> doorontwikkeling;               // canonical ids marked doorontwikkeling

  const std::set<std::string>& Actief(const std::string& kernelement) const;
};

/// Everything a check of one practice-year can see.
struct CheckContext {
  const Regioplan& plan;
  const Praktijk& praktijk;
  const Inzending& inzending;  // this year's valid submission
  int jaar;
  Date peildatum;
  /// Counted interventions per programme year (index 0 = jaar 1); nothing when
  /// that year's submission is missing or invalid.
  std::array<std::optional<JaarKeuzes>, kProgrammajaren> keuzes;
  /// Every valid submission of this practice, and of the other practices of
  /// its plangroep (for shared uitwisselbijeenkomsten).
  std::vector<const Inzending*> eigen_inzendingen;
  std::vector<const Inzending*> plangroep_inzendingen;
  /// The kernelement whose groeimodel rule is judged; nullptr for other rules.
  const Kernelement* kernelement = nullptr;

  std::string Herkomst(const std::string& pointer) const { return inzending.file + "#" + pointer; }
};

/// A verdict with the rule's own fields filled in; the check fills the rest.
Verdict VerdictFor(const Regel& regel, std::string full_id, Onderdeel onderdeel, std::string kernelement = "",
                   std::string interventie = "");

}  // namespace mtvp

#endif  // MTVP_CHECK_CONTEXT_H_
