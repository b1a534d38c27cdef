#include "build/verify.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>

#include <unistd.h>

#include "base/parallel.h"

namespace fs = std::filesystem;

namespace mtvp {
namespace {

std::map<std::string, fs::path> Files(const fs::path& root) {
  std::map<std::string, fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) out[fs::relative(it->path(), root, ec).generic_string()] = it->path();
  }
  return out;
}

bool SameBytes(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::file_size(a, ec) != fs::file_size(b, ec)) return false;
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  return std::equal(std::istreambuf_iterator<char>(fa), std::istreambuf_iterator<char>(),
                    std::istreambuf_iterator<char>(fb), std::istreambuf_iterator<char>());
}

}  // namespace

VerifyResult VerifyReproducible(const BuildOptions& options) {
  VerifyResult result;
  std::error_code ec;
  const fs::path temp = fs::temp_directory_path(ec);
  if (ec) {
    result.fatal = "geen map voor tijdelijke bestanden (TMPDIR): " + ec.message();
    return result;
  }
  const fs::path second = temp / ("mtvp-verify-" + std::to_string(::getpid()));
  fs::remove_all(second, ec);
  BuildOptions again = options;
  again.out_dir = second;
  // Another thread count, so output that depends on timing shows up too.
  again.threads = ThreadCount(options.threads) > 1 ? 1 : 2;
  again.voortgang = {};
  const BuildResult rebuilt = RunBuild(again);
  if (!rebuilt.fatal.empty()) {
    result.fatal = rebuilt.fatal;
    fs::remove_all(second, ec);
    return result;
  }
  const auto first_files = Files(options.out_dir);
  const auto second_files = Files(second);
  for (const auto& [name, path] : first_files) {
    const auto it = second_files.find(name);
    ++result.vergeleken;
    if (it == second_files.end() || !SameBytes(path, it->second)) result.verschillen.push_back(name);
  }
  for (const auto& [name, path] : second_files) {
    if (!first_files.count(name)) result.verschillen.push_back(name);
  }
  fs::remove_all(second, ec);
  return result;
}

}  // namespace mtvp
