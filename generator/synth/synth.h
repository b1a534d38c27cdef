#ifndef MTVP_SYNTH_SYNTH_H_
#define MTVP_SYNTH_SYNTH_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/dates.h"

namespace mtvp {

/// `mtvp-monitor synth`: a deterministic synthetic region for testing at
/// national scale. The same options give byte-identical files on every
/// platform (own PRNG, ordered JSON, no clock).
struct SynthOptions {
  int praktijken = 1000;
  uint64_t seed = 1;
  std::filesystem::path out_dir;
  /// The regioplan to generate for; the one embedded at build time
  /// (data-samples/oost-gelderland) when not set.
  std::optional<std::filesystem::path> regioplan;
};

inline constexpr int kMaxSynthPraktijken = 100000;
inline constexpr std::string_view kSynthManifestFormaat = "mtvp-synth-manifest/1";
inline constexpr std::string_view kSynthManifest = "synth-manifest.json";

struct SynthSummary {
  std::string regio;
  Date peildatum;
  size_t praktijken = 0;
  size_t inzendingen = 0;  // submission files written
  size_t ongeldig = 0;     // of which deliberately invalid
  size_t afwijkingen = 0;
  size_t bestanden = 0;                  // every file of the region folder
  std::map<std::string, size_t> doelen;  // scenario or tag -> practices
};

/// A whole region in memory: relative path -> content, in writing order.
struct SynthRegion {
  std::vector<std::pair<std::string, std::string>> files;
  SynthSummary summary;
};

/// Generates a region for `regioplan_json` (which is copied verbatim into
/// the region). `regioplan_bron` is how the manifest names the plan. Returns
/// nothing and sets `error` when the plan is unusable or the count is out of
/// range.
std::optional<SynthRegion> GenerateSyntheticRegion(std::string_view regioplan_json, const std::string& regioplan_bron,
                                                   int praktijken, uint64_t seed, std::string* error);

/// Generates a region and publishes it to `options.out_dir` in one step
/// (staged, then renamed into place). Refuses an existing non-empty folder
/// that mtvp-monitor did not make.
bool WriteSyntheticRegion(const SynthOptions& options, std::string* error, SynthSummary* summary = nullptr);

/// The regioplan embedded at build time, and where it came from.
std::string_view EmbeddedRegioplan();
std::string_view EmbeddedRegioplanBron();

}  // namespace mtvp

#endif  // MTVP_SYNTH_SYNTH_H_
