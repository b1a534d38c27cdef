#include "load/region_loader.h"
#include "load/registry_loader.h"

#include <algorithm>
#include <map>
#include <system_error>

#include "base/json_input.h"
#include "base/parallel.h"
#include "load/regioplan_loader.h"
#include "load/submission_loader.h"
#include "model/rule_ids.h"

namespace fs = std::filesystem;

namespace mtvp {
namespace {

// "jaar-2.json" -> 2; anything else -> nothing.
std::optional<int> JaarFromName(const std::string& name) {
  if (name.size() == 11 && name.starts_with("jaar-") && name.ends_with(".json") && name[5] >= '1' &&
      name[5] <= '0' + kProgrammajaren) {
    return name[5] - '0';
  }
  return std::nullopt;
}

std::vector<fs::path> SortedEntries(const fs::path& dir, std::error_code& ec) {
  std::vector<fs::path> out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

struct Candidate {
  fs::path path;
  std::string file;
  std::optional<std::string> path_agb;
  std::optional<int> path_jaar;
  bool unreadable = false;  // not a regular file: reported, and its year is ongeldig
};

/// What a .json entry that is not a regular file is, in Dutch.
std::string NotAFile(const fs::path& file) {
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(file, ec);
  const fs::file_status target = fs::status(file, ec);
  if (fs::is_symlink(link) && !fs::exists(target)) return "een symbolische koppeling naar een bestand dat niet bestaat";
  if (fs::is_fifo(target)) return "een named pipe (FIFO), geen bestand";
  if (fs::is_directory(target)) return "een map, geen bestand";
  return "geen gewoon bestand (een apparaat of socket)";
}

std::vector<Candidate> FindSubmissionFiles(const fs::path& dir, Diagnostics* diags) {
  std::vector<Candidate> out;
  const fs::path root = dir / "inzendingen";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    diags->Warning("inzendingen/", "", "map ontbreekt; er zijn nog geen inzendingen");
    return out;
  }
  for (const fs::path& entry : SortedEntries(root, ec)) {
    const std::string name = entry.filename().string();
    if (name.starts_with(".")) continue;
    if (fs::is_directory(entry, ec)) {
      if (!IsValidAgb(name)) {
        diags->Error("inzendingen/" + name + "/", "",
                     "de mapnaam is geen AGB-code (8 cijfers); inzendingen staan in inzendingen/<agb>/jaar-<n>.json");
        continue;
      }
      for (const fs::path& file : SortedEntries(entry, ec)) {
        const std::string fname = file.filename().string();
        if (fname.starts_with(".")) continue;
        const std::string rel = "inzendingen/" + name + "/" + fname;
        if (file.extension() == ".json" && !fs::is_regular_file(file, ec)) {
          diags->Error(rel, "",
                       "kan de inzending niet lezen: " + NotAFile(file) + "; verwacht een gewoon JSON-bestand");
          out.push_back({file, rel, name, JaarFromName(fname), true});
          continue;
        }
        if (!fs::is_regular_file(file, ec) || file.extension() != ".json") {
          diags->Warning(rel, "", "genegeerd: geen .json-bestand");
          continue;
        }
        if (!JaarFromName(fname)) {
          diags->Warning(
              rel, "",
              "bestandsnaam is niet jaar-1.json, jaar-2.json of jaar-3.json; het programmajaar komt uit de inhoud");
        }
        out.push_back({file, rel, name, JaarFromName(fname)});
      }
    } else if (entry.extension() == ".json") {
      out.push_back({entry, "inzendingen/" + name, std::nullopt, std::nullopt});
    } else {
      diags->Warning("inzendingen/" + name, "", "genegeerd: geen .json-bestand");
    }
  }
  return out;
}

void LoadSubmissions(const fs::path& dir, unsigned threads, Date peildatum, RegionInput* in) {
  // Files are read and checked in parallel, each into its own slot, and
  // then taken in file order, so problems are listed as with one thread.
  const std::vector<Candidate> candidates = FindSubmissionFiles(dir, &in->diagnostics);
  std::vector<std::optional<Inzending>> parsed(candidates.size());
  std::vector<Diagnostics> problems(candidates.size());
  ParallelFor(candidates.size(), threads, [&](size_t i) {
    const Candidate& c = candidates[i];
    const SubmissionContext ctx{in->plan.get(), &in->praktijken,           c.path_agb,
                                c.path_jaar,    &in->afgewezen_praktijken, peildatum};
    if (c.unreadable) return;
    if (auto doc = ReadJsonFile(c.path, c.file, &problems[i]))
      parsed[i] = LoadSubmission(*doc, c.file, ctx, &problems[i]);
  });
  std::vector<Inzending> loaded;
  for (size_t i = 0; i < candidates.size(); ++i) {
    in->diagnostics.Append(problems[i]);
    if (parsed[i]) {
      loaded.push_back(std::move(*parsed[i]));
    } else if (candidates[i].path_agb) {
      in->ongeldig.push_back({*candidates[i].path_agb, candidates[i].path_jaar.value_or(0), candidates[i].file});
    }
  }
  // Two submissions for the same practice and year: neither can be trusted.
  std::map<std::pair<std::string, int>, std::vector<size_t>> seen;
  for (size_t i = 0; i < loaded.size(); ++i) seen[{loaded[i].agb, loaded[i].programmajaar}].push_back(i);
  std::vector<bool> drop(loaded.size(), false);
  for (const auto& [key, indices] : seen) {
    if (indices.size() < 2) continue;
    std::string files;
    for (size_t i : indices) files += (files.empty() ? "" : " en ") + loaded[i].file;
    for (size_t i : indices) {
      in->diagnostics.Error(loaded[i].file, "/programmajaar",
                            "twee inzendingen voor praktijk " + key.first + ", programmajaar " +
                                std::to_string(key.second) + " (" + files + "); verwijder er één");
      in->ongeldig.push_back({key.first, key.second, loaded[i].file});
      drop[i] = true;
    }
  }
  for (size_t i = 0; i < loaded.size(); ++i) {
    if (!drop[i]) in->inzendingen.push_back(std::move(loaded[i]));
  }
  std::sort(in->inzendingen.begin(), in->inzendingen.end(), [](const Inzending& a, const Inzending& b) {
    return std::tie(a.agb, a.programmajaar) < std::tie(b.agb, b.programmajaar);
  });
}

}  // namespace

RegionInput LoadRegion(const fs::path& dir, unsigned threads, std::optional<Date> peildatum) {
  RegionInput in;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    in.diagnostics.Error(dir.string(), "", "geen regiomap gevonden (verwacht een map met regioplan.json)");
    return in;
  }
  if (auto doc = ReadJsonFile(dir / "regioplan.json", "regioplan.json", &in.diagnostics)) {
    if (auto plan = LoadRegioplan(*doc, "regioplan.json", &in.diagnostics)) {
      in.plan = std::make_shared<const Regioplan>(std::move(*plan));
    }
  }
  if (!in.plan) return in;
  if (auto doc = ReadJsonFile(dir / "praktijken.json", "praktijken.json", &in.diagnostics)) {
    in.praktijken = LoadPraktijken(*doc, "praktijken.json", *in.plan, &in.diagnostics, &in.afgewezen_praktijken);
  }
  if (fs::exists(dir / "afwijkingen.json", ec)) {
    if (auto doc = ReadJsonFile(dir / "afwijkingen.json", "afwijkingen.json", &in.diagnostics)) {
      in.afwijkingen = LoadAfwijkingen(*doc, "afwijkingen.json", in.praktijken, AllRuleIds(*in.plan), &in.diagnostics,
                                       &in.afgewezen_praktijken);
    }
  }
  LoadSubmissions(dir, threads, peildatum.value_or(in.plan->peildatum), &in);
  return in;
}

bool Evaluable(const RegionInput& input) { return input.plan != nullptr; }

}  // namespace mtvp
