#include "render/verzenden/pdf_printer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>

#include "model/registry.h"
#include "render/html/html_site.h"
#include "render/verzenden/verzendlijst.h"

extern char** environ;

namespace mtvp {
namespace {

/// A file: URI for an absolute path, with everything but unreserved
/// characters and '/' percent-encoded.
std::string FileUri(const std::filesystem::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file://";
  for (const char c : path.string()) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '/' || c == '.' ||
        c == '-' || c == '_' || c == '~') {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[u >> 4];
      uri += kHex[u & 15];
    }
  }
  return uri;
}

/// A temporary folder, removed when this goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "mtvp-chromium-XXXXXX").string();
    if (ec) pattern = "/tmp/mtvp-chromium-XXXXXX";
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

bool IsExecutable(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

std::optional<std::filesystem::path> InPath(std::string_view name, const char* path_env) {
  if (!path_env) return std::nullopt;
  std::string_view rest = path_env;
  while (true) {
    const size_t colon = rest.find(':');
    const std::string_view dir = rest.substr(0, colon);
    if (!dir.empty()) {
      const std::filesystem::path p = std::filesystem::path(dir) / name;
      if (IsExecutable(p)) return p;
    }
    if (colon == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(colon + 1);
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::filesystem::path> FindChromium(const char* keuze, const char* path_env, std::string* error) {
  if (keuze && *keuze) {
    const std::string naam = keuze;
    if (naam.find('/') != std::string::npos) {
      if (IsExecutable(naam)) return std::filesystem::path(naam);
    } else if (auto p = InPath(naam, path_env)) {
      return p;
    }
    *error = "--pdf: de browser uit MTVP_CHROMIUM (\"" + naam +
             "\") is niet gevonden of niet uitvoerbaar; geef het pad naar Chromium, of laat MTVP_CHROMIUM leeg om "
             "chromium in het PATH te zoeken";
    return std::nullopt;
  }
  for (const char* naam : {"chromium", "chromium-browser"}) {
    if (auto p = InPath(naam, path_env)) return p;
  }
  *error =
      "--pdf: Chromium is niet gevonden (gezocht naar chromium en chromium-browser in het PATH); installeer het met "
      "\"apt-get install chromium\" (of scripts/setup.sh --tests), geef het pad in MTVP_CHROMIUM, of bouw zonder "
      "--pdf";
  return std::nullopt;
}

bool ChromiumPrinter::Print(const std::filesystem::path& html, const std::filesystem::path& pdf,
                            std::string* error) const {
  const TempDir profiel;
  if (profiel.path().empty()) {
    *error = "--pdf: kan geen tijdelijke map voor Chromium maken";
    return false;
  }
  std::error_code ec;
  const std::filesystem::path bron = std::filesystem::absolute(html, ec);
  const std::filesystem::path uit = profiel.path() / "pagina.pdf";
  std::vector<std::string> args = {browser_.string(),
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-crash-reporter",
                                   "--no-pdf-header-footer",
                                   "--user-data-dir=" + (profiel.path() / "profiel").string(),
                                   "--print-to-pdf=" + uit.string(),
                                   FileUri(bron)};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t acties;
  posix_spawn_file_actions_init(&acties);
  posix_spawn_file_actions_addopen(&acties, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  const std::string log = (profiel.path() / "chromium.log").string();
  posix_spawn_file_actions_addopen(&acties, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&acties, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own process group, so a browser that hangs is stopped with every
  // helper process it started; and no signals blocked (the build blocks
  // SIGINT and SIGTERM in its threads).
  sigset_t leeg;
  sigemptyset(&leeg);
  posix_spawnattr_setsigmask(&attr, &leeg);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, browser_.c_str(), &acties, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&acties);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) {
    *error =
        "--pdf: kan Chromium (" + browser_.string() + ") niet starten: " + std::generic_category().message(spawned);
    return false;
  }
  const auto start = std::chrono::steady_clock::now();
  int status = 0;
  bool gestopt = false;
  for (;;) {
    const pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    if (StopSignal() != 0 || std::chrono::steady_clock::now() - start > std::chrono::seconds(timeout_seconden_)) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      gestopt = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // Helpers of the browser that outlived it.
  ::kill(-pid, SIGKILL);
  const std::string pagina = html.filename() == "index.html" ? html.parent_path().filename().string() + "/index.html"
                                                             : html.filename().string();
  if (gestopt) {
    *error = StopSignal() != 0 ? "afgebroken tijdens het afdrukken van " + pagina
                               : "--pdf: Chromium gaf binnen " + std::to_string(timeout_seconden_) +
                                     " seconden geen PDF van " + pagina;
    return false;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !std::filesystem::is_regular_file(uit, ec)) {
    *error = "--pdf: Chromium kon " + pagina + " niet afdrukken (" +
             (WIFEXITED(status) ? "afsluitcode " + std::to_string(WEXITSTATUS(status))
                                : "gestopt door signaal " + std::to_string(WTERMSIG(status))) +
             ")";
    return false;
  }
  std::filesystem::copy_file(uit, pdf, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) {
    *error = "--pdf: kan " + pdf.string() + " niet schrijven: " + ec.message();
    return false;
  }
  return true;
}

int PdfDatumVast(std::string* pdf, const Date& peildatum) {
  char vast[40];
  std::snprintf(vast, sizeof vast, "%04d%02d%02d000000", peildatum.year % 10000, peildatum.month, peildatum.day);
  int gezet = 0;
  for (const std::string_view sleutel : {"/CreationDate", "/ModDate"}) {
    for (size_t at = pdf->find(sleutel); at != std::string::npos; at = pdf->find(sleutel, at + 1)) {
      size_t i = at + sleutel.size();
      while (i < pdf->size() && (*pdf)[i] == ' ') ++i;
      if (pdf->compare(i, 3, "(D:") != 0) continue;
      i += 3;
      // D:YYYYMMDDHHmmSS, then a time zone: Z, or +HH'mm' / -HH'mm'.
      size_t digits = 0;
      while (i + digits < pdf->size() && digits < 14 && IsDigit((*pdf)[i + digits])) ++digits;
      pdf->replace(i, digits, std::string_view(vast, digits));
      i += digits;
      if (i + 7 <= pdf->size() && ((*pdf)[i] == '+' || (*pdf)[i] == '-') && IsDigit((*pdf)[i + 1]) &&
          IsDigit((*pdf)[i + 2]) && (*pdf)[i + 3] == '\'' && IsDigit((*pdf)[i + 4]) && IsDigit((*pdf)[i + 5])) {
        pdf->replace(i, 6, "+00'00");
      }
      ++gezet;
    }
  }
  return gezet;
}

std::vector<OutputJob> PdfJobs(const Report& report, const PdfPrinter& printer) {
  std::vector<OutputJob> jobs;
  for (const PraktijkSamenvatting& pr : report.praktijken) {
    if (!IsValidAgb(pr.praktijk.agb)) continue;
    jobs.push_back(
        {[&report, &printer, &pr](OutputStage* stage, std::vector<std::string>* written, std::string* error) {
           const std::optional<std::filesystem::path> html = stage->PathFor(PraktijkPaginas::Pad(pr), error);
           const std::string relative = PdfPad(pr.praktijk.agb);
           const std::optional<std::filesystem::path> pdf = stage->PathFor(relative, error);
           if (!html || !pdf || !printer.Print(*html, *pdf, error)) return false;
           std::ifstream in(*pdf, std::ios::binary);
           std::ostringstream bytes;
           bytes << in.rdbuf();
           std::string inhoud = std::move(bytes).str();
           PdfDatumVast(&inhoud, report.peildatum);
           if (!stage->Write(relative, inhoud, error)) return false;
           written->push_back(relative);
           return true;
         },
         20});
  }
  return jobs;
}

}  // namespace mtvp
