// libFuzzer harness fuzz_registry: bytes -> ParseJson -> LoadPraktijken + LoadAfwijkingen against the Utrecht plan,
// then Evaluate on the accepted practices (see RunRegistry in fuzz_targets.h).
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
  if (!mtvp::fuzz::RunRegistry(bytes).broken.empty()) std::abort();
  return 0;
}
