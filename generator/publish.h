#ifndef MTVP_PUBLISH_H_
#define MTVP_PUBLISH_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mtvp {

/// Output written to a staging folder next to the target and swapped in as a
/// whole, so readers see the previous output or the new one, never a mix and
/// never nothing. An existing target is only replaced when an earlier run of
/// ours made it (it holds the marker file), so `--out ~` cannot wipe a home
/// folder.
class OutputStage {
 public:
  /// Prepares the staging folder; returns nullptr and sets `error` on failure.
  static std::unique_ptr<OutputStage> Create(const std::filesystem::path& target, std::string* error);
  ~OutputStage();
  OutputStage(const OutputStage&) = delete;
  OutputStage& operator=(const OutputStage&) = delete;

  /// Writes `content` to `relative` (forward slashes, no "..", not absolute).
  bool Write(std::string_view relative, std::string_view content, std::string* error);
  /// Appends a part of a file; false when writing failed.
  using Sink = std::function<bool(std::string_view)>;
  /// Writes `relative` in parts: `produce` hands each part to the sink, so a
  /// large file never has to be in memory whole.
  bool WriteParts(std::string_view relative, const std::function<bool(const Sink&)>& produce, std::string* error);
  /// The staging folder, for writers that need a real path (libxlsxwriter).
  /// Returns nothing for an unsafe `relative`.
  std::optional<std::filesystem::path> PathFor(std::string_view relative, std::string* error);

  /// Swaps the staging folder in. After this the stage is spent.
  bool Publish(std::string* error);

  static constexpr std::string_view kMarker = ".mtvp-monitor";

 private:
  OutputStage(std::filesystem::path target, std::filesystem::path staging)
      : target_(std::move(target)), staging_(std::move(staging)) {}

  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool published_ = false;
};

}  // namespace mtvp

#endif  // MTVP_PUBLISH_H_
