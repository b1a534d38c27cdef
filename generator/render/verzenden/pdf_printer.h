#ifndef MTVP_VERZENDEN_PDF_PRINTER_H_
#define MTVP_VERZENDEN_PDF_PRINTER_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/output_job.h"
#include "base/publish.h"
#include "model/report.h"

namespace mtvp {

/// Prints one HTML file to an A4 PDF. An interface, so the build does not
/// depend on a browser being installed and tests can use their own.
/// Print must be safe to call from several threads at once.
class PdfPrinter {
 public:
  virtual ~PdfPrinter() = default;
  /// Writes `pdf` from `html`; false with a Dutch `error` otherwise.
  virtual bool Print(const std::filesystem::path& html, const std::filesystem::path& pdf, std::string* error) const = 0;
};

/// Debian's headless Chromium (`--print-to-pdf`, no header and footer),
/// each page in a browser of its own with a fresh temporary profile, so
/// pages print in parallel. A browser that does not finish within
/// `timeout_seconden` is stopped.
class ChromiumPrinter : public PdfPrinter {
 public:
  explicit ChromiumPrinter(std::filesystem::path browser, int timeout_seconden = 120)
      : browser_(std::move(browser)), timeout_seconden_(timeout_seconden) {}
  bool Print(const std::filesystem::path& html, const std::filesystem::path& pdf, std::string* error) const override;
  const std::filesystem::path& browser() const { return browser_; }

 private:
  std::filesystem::path browser_;
  int timeout_seconden_;
};

/// Finds Chromium: `keuze` (the MTVP_CHROMIUM environment variable) when
/// given, a path or a program name looked up in `path_env`; otherwise
/// `chromium` or `chromium-browser` in `path_env` (the PATH). Nothing when
/// it is not there, with a Dutch `error` that says where was looked and
/// how to install it.
std::optional<std::filesystem::path> FindChromium(const char* keuze, const char* path_env, std::string* error);

/// Makes a PDF independent of the time it was printed: the values of
/// /CreationDate and /ModDate become the peildatum at 00:00 UTC, written in
/// place with the same length, so the cross-reference table stays valid.
/// Returns how many dates were set.
int PdfDatumVast(std::string* pdf, const Date& peildatum);

/// One job per practice with a page: prints praktijken/<agb>/index.html of
/// `stage` to verzenden/<agb>.pdf with `printer`, then fixes its dates.
/// `report` and `printer` must outlive the jobs.
std::vector<OutputJob> PdfJobs(const Report& report, const PdfPrinter& printer);

}  // namespace mtvp

#endif  // MTVP_VERZENDEN_PDF_PRINTER_H_
