#include "base/publish.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <set>
#include <system_error>

#include <sys/file.h>

#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace mtvp {
namespace {

bool SafeRelative(std::string_view rel) {
  if (rel.empty() || rel.front() == '/' || rel.find('\\') != std::string_view::npos ||
      rel.find('\0') != std::string_view::npos) {
    return false;
  }
  for (const auto& part : fs::path(rel)) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

std::string Reason(const std::error_code& ec) { return ec.message(); }

constexpr std::string_view kStopped = "afgebroken door een signaal; de vorige uitvoer is ongewijzigd";

/// The staging folders being written, and whether a stop signal came.
struct StopState {
  std::mutex mutex;
  std::set<std::string> active;
  std::atomic<int> signal{0};
};
StopState& Stop() {
  static StopState state;
  return state;
}

bool Stopped(std::string* error) {
  if (Stop().signal.load() == 0) return false;
  *error = std::string(kStopped);
  return true;
}

/// `.site.tmp-1234`: a staging folder of ours for target `site`.
bool IsStagingName(const std::string& entry, const std::string& name) {
  const std::string prefix = "." + name + ".tmp-";
  return entry.size() > prefix.size() && entry.starts_with(prefix) &&
         entry.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
}

bool HasMarker(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / OutputStage::kMarker, ec) || fs::exists(dir / OutputStage::kRegionMarker, ec);
}

/// Removes a staging folder with its marker last, so a removal cut short
/// (too few file descriptors, say) leaves a folder that a later run still
/// knows as its own and removes.
void RemoveStaging(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec) || fs::is_symlink(dir, ec)) return;
  bool complete = true;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path name = it->path().filename();
    if (name == OutputStage::kMarker || name == OutputStage::kRegionMarker) continue;
    std::error_code ec2;
    fs::remove_all(it->path(), ec2);
    if (ec2) complete = false;
  }
  if (ec || !complete) return;
  fs::remove(dir / OutputStage::kMarker, ec);
  fs::remove(dir / OutputStage::kRegionMarker, ec);
  fs::remove(dir, ec);
}

/// The folder a target names, with symbolic links and ".." resolved as the
/// kernel would; a link as last part is followed.
std::optional<fs::path> Resolve(const fs::path& target, std::string* error) {
  std::error_code ec;
  fs::path absolute = fs::absolute(target, ec);
  if (!ec && (absolute.filename().empty() || absolute.filename() == "." || absolute.filename() == "..")) {
    absolute = fs::weakly_canonical(absolute, ec);
  }
  if (ec) {
    *error = "kan uitvoermap " + target.string() + " niet bepalen: " + Reason(ec);
    return std::nullopt;
  }
  if (fs::is_symlink(absolute, ec)) {
    const fs::path to = fs::canonical(absolute, ec);
    if (ec) {
      *error = target.string() +
               " is een symbolische koppeling naar een map die niet bestaat; maak die map of kies een andere --out";
      return std::nullopt;
    }
    return to;
  }
  const fs::path parent = fs::weakly_canonical(absolute.parent_path(), ec);
  if (ec) {
    *error = "kan uitvoermap " + target.string() + " niet bepalen: " + Reason(ec);
    return std::nullopt;
  }
  return parent / absolute.filename();
}

/// Whether `inner` is `outer` or lies inside it (both resolved).
bool Within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

/// Locks the target folder itself (an flock on the folder, released by the
/// kernel when the process ends, however it ends); -1 and `error` when
/// another run holds it. The swap moves the locked folder aside, so a run
/// that starts after the publish locks the new folder.
int TakeLock(const fs::path& target, std::string* error) {
  const int fd = ::open(target.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    *error = "kan uitvoermap " + target.string() + " niet openen: " + std::strerror(errno);
    return -1;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    *error = err == EWOULDBLOCK ? "er schrijft al een andere mtvp-monitor naar " + target.string() +
                                      "; wacht tot die klaar is en probeer het opnieuw"
                                : "kan uitvoermap " + target.string() + " niet vergrendelen: " + std::strerror(err);
    return -1;
  }
  return fd;
}

}  // namespace

bool OutputApartFromInput(const fs::path& out, const fs::path& input, std::string* error) {
  std::error_code ec;
  const fs::path region = fs::canonical(input, ec);
  if (ec) return true;  // the loader reports a missing region
  const std::optional<fs::path> target = Resolve(out, error);
  if (!target) return false;
  if (Within(region, *target)) {
    *error = "--out " + out.string() + (region == *target ? " is de regiomap " : " bevat de regiomap ") +
             input.string() + "; het publiceren zou de invoer vervangen. Kies een uitvoermap buiten de regio";
    return false;
  }
  if (Within(*target, region)) {
    *error =
        "--out " + out.string() + " ligt in de regiomap " + input.string() + "; kies een uitvoermap buiten de regio";
    return false;
  }
  return true;
}

void StopRequested(int signal) {
  StopState& stop = Stop();
  const std::lock_guard<std::mutex> lock(stop.mutex);
  const bool second = stop.signal.exchange(signal) != 0;
  if (second || stop.active.empty()) {
    std::error_code ec;
    for (const std::string& staging : stop.active) RemoveStaging(staging);
    ::_exit(128 + signal);
  }
}

int StopSignal() { return Stop().signal.load(); }

std::unique_ptr<OutputStage> OutputStage::Create(const fs::path& target, std::string* error, StageKind kind) {
  if (Stopped(error)) return nullptr;
  std::error_code ec;
  {
    const fs::path absolute = fs::absolute(target, ec);
    if (!ec) fs::create_directories(absolute.parent_path(), ec);
    if (ec) {
      *error = "kan de map boven " + target.string() + " niet maken: " + Reason(ec);
      return nullptr;
    }
  }
  const std::optional<fs::path> resolved = Resolve(target, error);
  if (!resolved) return nullptr;
  const fs::path parent = resolved->parent_path();
  const std::string name = resolved->filename().string();
  if (name.empty() || name == "/") {
    *error = "ongeldige uitvoermap " + target.string();
    return nullptr;
  }
  const fs::path final_target = *resolved;
  // A missing target is made empty first, so there is a folder to lock; it
  // is removed again when nothing is published.
  bool created = false;
  if (!fs::exists(final_target, ec) && !fs::is_symlink(final_target, ec)) {
    created = fs::create_directory(final_target, ec);
    if (ec) {
      *error = "kan uitvoermap " + final_target.string() + " niet maken: " + Reason(ec);
      return nullptr;
    }
  }
  const int lock_fd = TakeLock(final_target, error);
  if (lock_fd < 0) {
    if (created) fs::remove(final_target, ec);
    return nullptr;
  }
  auto fail = [&](std::string message) {
    ::close(lock_fd);
    if (created) fs::remove(final_target, ec);
    *error = std::move(message);
    return nullptr;
  };
  if (fs::exists(final_target, ec)) {
    if (!fs::is_directory(final_target, ec)) return fail(final_target.string() + " bestaat al en is geen map");
    const bool site = fs::exists(final_target / kMarker, ec);
    const bool region = fs::exists(final_target / kRegionMarker, ec) || fs::exists(final_target / "regioplan.json", ec);
    const bool empty = fs::is_empty(final_target, ec);
    const bool ours = kind == StageKind::kSite
                          ? site && !region
                          // A region synth made before it had its own marker: the site marker and the manifest.
                          : fs::exists(final_target / kRegionMarker, ec) ||
                                (site && fs::exists(final_target / "synth-manifest.json", ec));
    if (kind == StageKind::kSite && region) {
      return fail("weiger " + final_target.string() +
                  " te vervangen: de map is een regio (bevat regioplan.json); kies een andere --out");
    }
    if (!ours && !empty) {
      return fail("weiger " + final_target.string() +
                  " te vervangen: de map is niet leeg en niet door mtvp-monitor gemaakt; kies een andere --out");
    }
  }
  // Leftovers of runs that were killed before they could clean up: with the
  // lock held no other run writes here, and only folders we made (named as
  // ours, and holding our marker or nothing) are removed.
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    const fs::path p = it->path();
    if (IsStagingName(p.filename().string(), name) && !fs::is_symlink(p, ec2) && fs::is_directory(p, ec2) &&
        (HasMarker(p) || fs::is_empty(p, ec2))) {
      RemoveStaging(p);
    }
  }
  const fs::path staging = parent / ("." + name + ".tmp-" + std::to_string(::getpid()));
  {
    StopState& stop = Stop();
    const std::lock_guard<std::mutex> lock(stop.mutex);
    if (Stopped(error)) {
      ::close(lock_fd);
      if (created) fs::remove(final_target, ec);
      return nullptr;
    }
    stop.active.insert(staging.string());
  }
  std::unique_ptr<OutputStage> stage(new OutputStage(final_target, staging, lock_fd));
  stage->created_ = created;
  for (int& fd : stage->reserve_fds_) fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (fs::exists(staging, ec)) {
    *error = "tijdelijke map " + staging.string() + " bestaat al en is niet door mtvp-monitor gemaakt";
    stage->published_ = true;  // not ours: leave it
    return nullptr;
  }
  fs::create_directory(staging, ec);
  if (ec) {
    *error = "kan tijdelijke map " + staging.string() + " niet maken: " + Reason(ec);
    return nullptr;
  }
  const std::string_view marker = kind == StageKind::kSite ? kMarker : kRegionMarker;
  const std::string_view text = kind == StageKind::kSite
                                    ? "Deze map is gemaakt door mtvp-monitor en wordt bij elke run vervangen.\n"
                                    : "Deze regio is gemaakt door mtvp-monitor synth.\n";
  if (!stage->Write(marker, text, error)) return nullptr;
  return stage;
}

OutputStage::~OutputStage() {
  // Descriptors kept for this moment: a run that failed for want of them can
  // still open the folders it has to remove.
  for (int& fd : reserve_fds_) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  if (!published_) RemoveStaging(staging_);
  std::error_code ec;
  if (!published_ && created_) fs::remove(target_, ec);  // only when still empty
  {
    StopState& stop = Stop();
    const std::lock_guard<std::mutex> lock(stop.mutex);
    stop.active.erase(staging_.string());
  }
  ::close(lock_fd_);
}

std::optional<fs::path> OutputStage::PathFor(std::string_view relative, std::string* error) {
  if (Stopped(error)) return std::nullopt;
  if (!SafeRelative(relative)) {
    *error = "onveilig uitvoerpad \"" + std::string(relative) + "\"";
    return std::nullopt;
  }
  const fs::path path = staging_ / fs::path(relative);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    *error = "kan map " + path.parent_path().string() + " niet maken: " + Reason(ec);
    return std::nullopt;
  }
  return path;
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool OutputFile::Append(std::string_view part) {
  while (!part.empty() && failure_ == 0) {
    const ssize_t n = ::write(fd_, part.data(), part.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failure_ = n < 0 ? errno : EIO;
      break;
    }
    part.remove_prefix(static_cast<size_t>(n));
  }
  return failure_ == 0;
}

bool OutputFile::Close(std::string* error) {
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0 && failure_ == 0) failure_ = errno;
  if (failure_ != 0) {
    *error = "kan " + path_ + " niet schrijven: " + std::strerror(failure_);
    return false;
  }
  return true;
}

std::unique_ptr<OutputFile> OutputStage::Open(std::string_view relative, std::string* error) {
  const auto path = PathFor(relative, error);
  if (!path) return nullptr;
  const int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = "kan " + path->string() + " niet schrijven: " + std::strerror(errno);
    return nullptr;
  }
  return std::unique_ptr<OutputFile>(new OutputFile(fd, path->string()));
}

bool OutputStage::Write(std::string_view relative, std::string_view content, std::string* error) {
  const std::unique_ptr<OutputFile> file = Open(relative, error);
  if (!file) return false;
  file->Append(content);
  return file->Close(error);
}

bool OutputStage::Publish(std::string* error) {
  std::error_code ec;
  {
    // Under the stop lock: a stop signal either comes before the swap (and
    // the previous output stays) or after it (and the new one is complete).
    StopState& stop = Stop();
    const std::lock_guard<std::mutex> lock(stop.mutex);
    if (Stopped(error)) return false;
    if (!fs::exists(target_, ec)) {
      if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
        *error = "kan " + target_.string() + " niet plaatsen: " + std::strerror(errno);
        return false;
      }
    } else {
      // One atomic step: the target now holds the new output and the staging
      // name the old one, which is removed afterwards.
      if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0) {
        *error = "kan " + target_.string() + " niet vervangen: " + std::strerror(errno);
        return false;
      }
    }
    published_ = true;
  }
  RemoveStaging(staging_);
  return true;
}

}  // namespace mtvp
