#include "load/check_files.h"
#include "load/registry_loader.h"

#include <map>
#include <memory>
#include <system_error>

#include "base/json_input.h"
#include "load/regioplan_loader.h"
#include "load/submission_loader.h"

namespace fs = std::filesystem;

namespace mtvp {
namespace {

struct Region {
  std::optional<Regioplan> plan;
  std::vector<Praktijk> praktijken;
  Diagnostics diagnostics;
};

std::optional<fs::path> FindRegionDir(const fs::path& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(file, ec).parent_path();
  for (int up = 0; up < 4 && !dir.empty(); ++up) {
    if (fs::exists(dir / "regioplan.json", ec)) return dir;
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::unique_ptr<Region> LoadRegionRules(const fs::path& dir) {
  auto region = std::make_unique<Region>();
  if (auto doc = ReadJsonFile(dir / "regioplan.json", (dir / "regioplan.json").string(), &region->diagnostics)) {
    region->plan = LoadRegioplan(*doc, (dir / "regioplan.json").string(), &region->diagnostics);
  }
  if (region->plan) {
    if (auto doc = ReadJsonFile(dir / "praktijken.json", (dir / "praktijken.json").string(), &region->diagnostics)) {
      region->praktijken =
          LoadPraktijken(*doc, (dir / "praktijken.json").string(), *region->plan, &region->diagnostics);
    }
  }
  return region;
}

}  // namespace

CheckFilesResult CheckFiles(const std::vector<fs::path>& files, const std::optional<fs::path>& region_dir) {
  CheckFilesResult result;
  std::map<fs::path, std::unique_ptr<Region>> regions;
  for (const fs::path& file : files) {
    ++result.files;
    const std::string name = file.string();
    std::optional<fs::path> dir = region_dir ? region_dir : FindRegionDir(file);
    Region* region = nullptr;
    if (dir) {
      auto& slot = regions[*dir];
      if (!slot) {
        slot = LoadRegionRules(*dir);
        result.diagnostics.Append(slot->diagnostics);
      }
      region = slot.get();
    }
    SubmissionContext ctx;
    if (region && region->plan) {
      ctx.plan = &*region->plan;
      ctx.praktijken = &region->praktijken;
      // inzendingen/<agb>/jaar-<n>.json: the path must agree with the content.
      const std::string parent = file.parent_path().filename().string();
      const std::string fname = file.filename().string();
      if (file.parent_path().parent_path().filename() == "inzendingen") ctx.path_agb = parent;
      if (fname.size() == 11 && fname.starts_with("jaar-") && fname.ends_with(".json")) ctx.path_jaar = fname[5] - '0';
    } else {
      result.zonder_regio.push_back(name);
    }
    const size_t errors_before = result.diagnostics.ErrorCount();
    if (auto doc = ReadJsonFile(file, name, &result.diagnostics)) {
      LoadSubmission(*doc, name, ctx, &result.diagnostics);
    }
    if (result.diagnostics.ErrorCount() == errors_before) ++result.valid;
  }
  return result;
}

}  // namespace mtvp
