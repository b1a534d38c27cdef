#ifndef MTVP_INTAKE_INTAKE_RUN_H_
#define MTVP_INTAKE_INTAKE_RUN_H_

// The `uitvraag` and `import` commands, without printing: main.cc prints
// what these return and maps it to an exit code.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/diagnostics.h"

namespace mtvp::intake {

struct UitvraagOptions {
  std::filesystem::path region_dir;
  std::filesystem::path out_dir = "uitvraag";
  std::optional<int> jaar;
  std::optional<Date> peildatum;  // default: the regioplan's
  /// --uit-inzending: one workbook filled with this submission.
  std::optional<std::filesystem::path> uit_inzending;
};

struct UitvraagResult {
  std::string fatal;
  Diagnostics problemen;                // of the region folder
  std::vector<std::string> geschreven;  // file names under out_dir
  int overgeslagen = 0;                 // registered practices without a year to report
};

UitvraagResult RunUitvraag(const UitvraagOptions& options);

struct ImportOptions {
  std::filesystem::path region_dir;
  std::vector<std::filesystem::path> werkboeken;
  std::optional<Date> ontvangen_op;
  Date vandaag;
  bool vervang = false;
};

struct ImportResult {
  std::string fatal;
  /// Every problem as printed: "werkboek.xlsx: Cijfers!C14: ...".
  std::vector<std::string> fouten;
  std::vector<std::string> waarschuwingen;
  std::vector<std::string> geschreven;   // inzendingen/<agb>/jaar-<n>.json
  std::vector<std::string> ongewijzigd;  // the same file was there already
};

ImportResult RunImport(const ImportOptions& options);

}  // namespace mtvp::intake

#endif  // MTVP_INTAKE_INTAKE_RUN_H_
