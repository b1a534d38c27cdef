#ifndef MTVP_INTAKE_VOORLOPIG_H_
#define MTVP_INTAKE_VOORLOPIG_H_

// `check --regio`: the voorlopig oordeel of submissions (JSON files or
// filled intake workbooks) before they are sent in, and `check <regio-map>`:
// the regioplan and registry on their own.

#include <filesystem>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/diagnostics.h"

namespace mtvp::intake {

struct VoorlopigResult {
  std::string fatal;
  std::vector<std::string> fouten;  // as printed, with file and place
  std::vector<std::string> waarschuwingen;
  /// Per valid file: the verdict and every failing eis and advies, as text.
  std::string oordelen;
  size_t files = 0;
  size_t valid = 0;
};

/// Judges each file as if it were the practice's submission for its year,
/// with the region's other submissions as they are. Workbooks get
/// ingediend_op `vandaag` unless they keep a date.
VoorlopigResult CheckVoorlopig(const std::filesystem::path& region_dir, const std::vector<std::filesystem::path>& files,
                               const Date& vandaag);

struct RegioCheckResult {
  Diagnostics problemen;
  bool bruikbaar = false;
  std::string samenvatting;  // one Dutch line when usable
};

/// Loads regioplan.json and praktijken.json (and afwijkingen.json) alone.
RegioCheckResult CheckRegio(const std::filesystem::path& region_dir);

}  // namespace mtvp::intake

#endif  // MTVP_INTAKE_VOORLOPIG_H_
