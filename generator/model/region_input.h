#ifndef MTVP_REGION_INPUT_H_
#define MTVP_REGION_INPUT_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/regioplan.h"
#include "model/registry.h"
#include "model/submission.h"

namespace mtvp {

/// A submission file that was found but rejected, so that its year shows as
/// ongeldig rather than missing.
struct OngeldigeInzending {
  std::string agb;
  int jaar = 0;  // 0 when the file name does not say
  std::string file;
};

/// Everything read from one region folder. `plan` is null when the regioplan
/// itself is unusable; the other parts hold whatever was valid.
struct RegionInput {
  std::shared_ptr<const Regioplan> plan;
  std::vector<Praktijk> praktijken;
  /// Registry entries left out for an error: AGB code -> JSON pointer.
  std::map<std::string, std::string> afgewezen_praktijken;
  std::vector<Afwijking> afwijkingen;
  std::vector<Inzending> inzendingen;  // valid ones, sorted by AGB and year
  std::vector<OngeldigeInzending> ongeldig;
  Diagnostics diagnostics;
};

}  // namespace mtvp

#endif  // MTVP_REGION_INPUT_H_
