// libFuzzer harness fuzz_submission: bytes -> ParseJson -> LoadSubmission, against the Utrecht plan and registry and
// without a plan (see RunSubmission in fuzz_targets.h).
// Prints nothing; aborts when a core invariant breaks so the input is saved.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  mtvp::fuzz::Utrecht();  // load the fixed context before the clock starts
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!mtvp::fuzz::RunSubmission(bytes).broken.empty()) std::abort();
  return 0;
}
