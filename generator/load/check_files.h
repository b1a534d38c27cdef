#ifndef MTVP_CHECK_FILES_H_
#define MTVP_CHECK_FILES_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace mtvp {

/// The outcome of checking loose submission files (`mtvp-monitor check`).
struct CheckFilesResult {
  Diagnostics diagnostics;
  size_t files = 0;
  size_t valid = 0;
  /// Files checked for structure only, because no region folder was found.
  std::vector<std::string> zonder_regio;
};

/// Validates submissions. Each file is checked against the region folder it
/// lives in (found by walking up to a regioplan.json) or against `region_dir`;
/// without either, only its structure is checked.
CheckFilesResult CheckFiles(const std::vector<std::filesystem::path>& files,
                            const std::optional<std::filesystem::path>& region_dir);

}  // namespace mtvp

#endif  // MTVP_CHECK_FILES_H_
