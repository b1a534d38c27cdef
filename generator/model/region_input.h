#ifndef MTVP_REGION_INPUT_H_
#define MTVP_REGION_INPUT_H_

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/registry.h"
#include "model/regioplan.h"
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
  std::vector<Afwijking> afwijkingen;
  std::vector<Inzending> inzendingen;  // valid ones, sorted by AGB and year
  std::vector<OngeldigeInzending> ongeldig;
  Diagnostics diagnostics;
};

}  // namespace mtvp

#endif  // MTVP_REGION_INPUT_H_
