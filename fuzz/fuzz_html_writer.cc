// libFuzzer harness fuzz_html_writer: bytes -> a practice's name and text ->
// the html writer, checked for well-formed output (see fuzz/writer_targets.h).
// Aborts on a broken invariant, so libFuzzer saves the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "writer_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // names and texts; longer adds nothing but time
  const std::string broken = mtvp::fuzz::RunHtmlWriter(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!broken.empty()) {
    std::fprintf(stderr, "fuzz_html_writer: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}
