#ifndef MTVP_REGION_LOADER_H_
#define MTVP_REGION_LOADER_H_

#include <filesystem>

#include "model/region_input.h"

namespace mtvp {

/// Reads a region folder: regioplan.json, praktijken.json, the optional
/// afwijkingen.json and every submission under inzendingen/. Problems are
/// collected in `diagnostics`; invalid submissions are left out and listed
/// in `ongeldig`, so the run goes on for everything that is valid.
/// Submissions are read on up to `threads` threads; the result, problems
/// included, is the same for any number.
RegionInput LoadRegion(const std::filesystem::path& dir, unsigned threads = 1);

/// True when the region can be evaluated at all: the regioplan and the
/// registry were both readable and valid enough.
bool Evaluable(const RegionInput& input);

}  // namespace mtvp

#endif  // MTVP_REGION_LOADER_H_
