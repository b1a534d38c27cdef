// libFuzzer harness fuzz_regioplan: bytes -> ParseJson -> LoadRegioplan (loader + validator); a plan that loads
// judges one fixed Utrecht practice (see RunRegioplan in fuzz_targets.h).
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
  if (!mtvp::fuzz::RunRegioplan(bytes).broken.empty()) std::abort();
  return 0;
}
