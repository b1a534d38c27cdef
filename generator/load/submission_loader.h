#ifndef MTVP_SUBMISSION_LOADER_H_
#define MTVP_SUBMISSION_LOADER_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/json_input.h"
#include "model/regioplan.h"
#include "model/registry.h"
#include "model/submission.h"

namespace mtvp {

inline constexpr std::string_view kInzendingFormaat = "mtvp-inzending/1";

/// What a submission is checked against. Without a plan only the structure is
/// checked (`mtvp-monitor check` on a lone file); with a registry the AGB code
/// and the period must match a registered practice.
struct SubmissionContext {
  const Regioplan* plan = nullptr;
  const std::vector<Praktijk>* praktijken = nullptr;  // sorted by AGB, as LoadPraktijken returns it
  /// AGB code and programme year implied by the path
  /// (`inzendingen/<agb>/jaar-<n>.json`), when the file lives in a region folder.
  std::optional<std::string> path_agb;
  std::optional<int> path_jaar;
  /// Registry entries left out for an error (AGB -> JSON pointer): their
  /// submissions point there instead of "staat niet in praktijken.json".
  const std::map<std::string, std::string>* afgewezen = nullptr;
  /// The date the region is judged at: a submission cannot have been made
  /// after it (Date{}: not checked).
  Date peildatum{};
};

/// Reads one submission. Any error rejects the whole submission (it is then
/// reported as ongeldig); warnings do not.
std::optional<Inzending> LoadSubmission(const Json& doc, const std::string& file, const SubmissionContext& ctx,
                                        Diagnostics* diags);

}  // namespace mtvp

#endif  // MTVP_SUBMISSION_LOADER_H_
