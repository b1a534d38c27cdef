#include "publish.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

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

}  // namespace

std::unique_ptr<OutputStage> OutputStage::Create(const fs::path& target, std::string* error) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(target, ec);
  if (ec) {
    *error = "kan uitvoermap " + target.string() + " niet bepalen: " + Reason(ec);
    return nullptr;
  }
  const fs::path clean = absolute.lexically_normal();
  const fs::path parent = clean.has_filename() ? clean.parent_path() : clean.parent_path().parent_path();
  const std::string name = (clean.has_filename() ? clean : clean.parent_path()).filename().string();
  if (name.empty()) {
    *error = "ongeldige uitvoermap " + target.string();
    return nullptr;
  }
  fs::create_directories(parent, ec);
  if (ec) {
    *error = "kan map " + parent.string() + " niet maken: " + Reason(ec);
    return nullptr;
  }
  const fs::path final_target = parent / name;
  if (fs::exists(final_target, ec)) {
    if (!fs::is_directory(final_target, ec)) {
      *error = final_target.string() + " bestaat al en is geen map";
      return nullptr;
    }
    const bool ours = fs::exists(final_target / kMarker, ec);
    const bool empty = fs::is_empty(final_target, ec);
    if (!ours && !empty) {
      *error = "weiger " + final_target.string() +
               " te vervangen: de map is niet leeg en niet door mtvp-monitor gemaakt; kies een andere --out";
      return nullptr;
    }
  }
  // Leftovers of runs that were killed before they could clean up.
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string n = it->path().filename().string();
    if (n.starts_with("." + name + ".tmp-")) fs::remove_all(it->path(), ec);
  }
  const fs::path staging = parent / ("." + name + ".tmp-" + std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  fs::create_directory(staging, ec);
  if (ec) {
    *error = "kan tijdelijke map " + staging.string() + " niet maken: " + Reason(ec);
    return nullptr;
  }
  std::unique_ptr<OutputStage> stage(new OutputStage(final_target, staging));
  if (!stage->Write(kMarker, "Deze map is gemaakt door mtvp-monitor en wordt bij elke run vervangen.\n", error)) {
    return nullptr;
  }
  return stage;
}

OutputStage::~OutputStage() {
  if (!published_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

std::optional<fs::path> OutputStage::PathFor(std::string_view relative, std::string* error) {
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
    fs::remove_all(staging_, ec);
  }
  published_ = true;
  return true;
}

}  // namespace mtvp
