#ifndef MTVP_BUILD_H_
#define MTVP_BUILD_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/diagnostics.h"
#include "base/output_job.h"
#include "model/report.h"
#include "render/verzenden/pdf_printer.h"

namespace mtvp {

struct BuildOptions {
  std::filesystem::path region_dir;
  std::filesystem::path out_dir = "site";
  std::optional<Date> peildatum;     // default: the regioplan's
  int min_cel = 5;                   // smallest group an insurer figure may be about
  bool praktijk_werkboeken = false;  // also write downloads/praktijk-<agb>.xlsx
  int threads = 0;                   // 0: every core; the output is the same for any number
  /// Set: also print every practice page to verzenden/<agb>.pdf (`--pdf`).
  std::shared_ptr<const PdfPrinter> pdf;
  /// Called as output jobs finish (from any thread), e.g. for a progress line.
  Voortgang voortgang;
};

/// How long one step of a build took, in seconds of wall time.
struct BuildStap {
  std::string naam;  // inlezen, beoordelen, schrijven, publiceren
  double seconden = 0;
};

/// The outcome of a build: the report (when the region could be evaluated),
/// every input problem, and a fatal error that stopped the run, if any.
struct BuildResult {
  std::optional<Report> report;  // the practices' summaries
  /// With every verdict: every practice (EvaluateRegion) or the one asked
  /// for (EvaluatePraktijk), in report order; empty after RunBuild, which
  /// renders each practice as it judges it.
  std::vector<PraktijkResultaat> volledig;
  std::vector<Diagnostic> problemen;
  std::string fatal;  // non-empty: nothing was published
  /// EvaluatePraktijk: why the practice asked for is not in the report
  /// (not registered, or left out for an error in praktijken.json).
  std::string onbekende_praktijk;
  bool pdf_mislukt = false;          // the fatal error came from printing a PDF
  std::vector<std::string> written;  // files published, relative to out_dir
  std::vector<BuildStap> stappen;    // in the order they ran
};

/// The main job: load the region, evaluate it, render every output into a
/// staging folder and swap it in. Prints nothing.
BuildResult RunBuild(const BuildOptions& options);

/// Loads and evaluates a whole region, keeping every verdict of every
/// practice (`volledig`), without writing anything.
BuildResult EvaluateRegion(const std::filesystem::path& region_dir, std::optional<Date> peildatum);

/// Loads a region and judges the one practice `agb` (for `explain`): the
/// report holds only that practice's summary and `volledig` the practice
/// with every verdict, or both hold nothing and `onbekende_praktijk` says
/// why.
BuildResult EvaluatePraktijk(const std::filesystem::path& region_dir, std::optional<Date> peildatum,
                             const std::string& agb);

}  // namespace mtvp

#endif  // MTVP_BUILD_H_
