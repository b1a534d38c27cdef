#ifndef MTVP_TESTS_TEST_UTIL_H_
#define MTVP_TESTS_TEST_UTIL_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "diagnostics.h"

namespace mtvp::test {

inline std::filesystem::path SourceDir() { return MTVP_SOURCE_DIR; }

inline std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// All diagnostics, one formatted line each, for readable failures.
inline std::string Lines(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.all()) {
    out += (x.severity == Severity::kFout ? "fout: " : "waarschuwing: ") + x.Format() + "\n";
  }
  return out;
}

/// A fresh temporary folder, removed when the test ends.
class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("mtvp-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

}  // namespace mtvp::test

#endif  // MTVP_TESTS_TEST_UTIL_H_
