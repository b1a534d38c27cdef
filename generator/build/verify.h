#ifndef MTVP_VERIFY_H_
#define MTVP_VERIFY_H_

#include <string>
#include <vector>

#include "build/build.h"

namespace mtvp {

/// The outcome of rebuilding and comparing (`build --verify`).
struct VerifyResult {
  size_t vergeleken = 0;                 // files compared
  std::vector<std::string> verschillen;  // relative paths that differ or exist on one side only
  std::string fatal;                     // the second build could not run
};

/// Builds `options` a second time, with another thread count, into a
/// temporary folder and compares every
/// file, byte for byte, with what the first build published in
/// `options.out_dir`. The temporary folder is removed afterwards.
VerifyResult VerifyReproducible(const BuildOptions& options);

}  // namespace mtvp

#endif  // MTVP_VERIFY_H_
