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

/// What a stage publishes: the site of a build, or a (synthetic) region. Each
/// kind only replaces a folder of its own kind, so `build X --out X` can never
/// replace a region with its site.
enum class StageKind { kSite, kRegion };

/// Output written to a staging folder next to the target and swapped in as a
/// whole, so readers see the previous output or the new one, never a mix and
/// never nothing. An existing target is only replaced when an earlier run of
/// ours made it (it holds the marker file), so `--out ~` cannot wipe a home
/// folder. A lock on the target folder keeps two runs from writing the same
/// target at once; a symbolic link as target is followed, and
/// the folder it points to is replaced (the link stays).
class OutputStage {
 public:
  /// Prepares the staging folder; returns nullptr and sets `error` on failure.
  static std::unique_ptr<OutputStage> Create(const std::filesystem::path& target, std::string* error,
                                             StageKind kind = StageKind::kSite);
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
  static constexpr std::string_view kRegionMarker = ".mtvp-monitor-regio";

 private:
  OutputStage(std::filesystem::path target, std::filesystem::path staging, int lock_fd)
      : target_(std::move(target)), staging_(std::move(staging)), lock_fd_(lock_fd) {}

  std::filesystem::path target_;
  std::filesystem::path staging_;
  int lock_fd_;
  int reserve_fds_[4] = {-1, -1, -1, -1};
  bool published_ = false;
  bool created_ = false;  // the target was made (empty) by this stage
};

/// Refuses an output folder that is the input folder, contains it or lies
/// inside it, after following symbolic links and "..": publishing would
/// delete or overwrite the input. False with a Dutch `error` then.
bool OutputApartFromInput(const std::filesystem::path& out, const std::filesystem::path& input, std::string* error);

/// A stop signal (SIGINT, SIGTERM) arrived. The first one makes every stage
/// refuse further writes and its publish, so the run winds down, removes its
/// staging folder and keeps the previous output; when no stage is active the
/// process ends at once (nothing to clean up). A second signal removes the
/// active staging folders and ends the process. Exit status 128 + `signal`.
void StopRequested(int signal);
/// The signal that stopped the run, or 0.
int StopSignal();

}  // namespace mtvp

#endif  // MTVP_PUBLISH_H_
