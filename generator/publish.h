#ifndef MTVP_PUBLISH_H_
#define MTVP_PUBLISH_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mtvp {

/// A file of the stage being written in parts.
class OutputFile {
 public:
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  /// Appends `part`; after a failure this does nothing and returns false.
  bool Append(std::string_view part);
  /// Closes the file; false with a Dutch `error` when any write failed.
  bool Close(std::string* error);

 private:
  friend class OutputStage;
  OutputFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  int fd_;
  std::string path_;
  int failure_ = 0;
};

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
  /// Opens `relative` for writing in parts, so a large file never has to be
  /// in memory whole; nullptr and `error` on failure.
  std::unique_ptr<OutputFile> Open(std::string_view relative, std::string* error);
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
