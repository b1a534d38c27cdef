#ifndef MTVP_XLSX_WRITERS_H_
#define MTVP_XLSX_WRITERS_H_

#include <filesystem>
#include <string>

#include "model/report.h"
#include "report/aggregates.h"

namespace mtvp::html {
class Praktijknamen;
}  // namespace mtvp::html

namespace mtvp::xlsx {

/// One function per workbook; each writes `path` and returns false with a
/// Dutch `error` when libxlsxwriter fails.

/// regio-overzicht.xlsx: everything the project leader follows up.
bool WriteRegioWorkbook(const Report& report, const std::filesystem::path& path, std::string* error);

/// zorgverzekeraar.xlsx: the figures of the insurer model `model` (the same
/// the insurer page shows), hidden ones as "x".
bool WriteZorgverzekeraarWorkbook(const Report& report, const ZorgverzekeraarModel& model,
                                  const std::filesystem::path& path, std::string* error);

/// praktijk-<agb>.xlsx: one practice's own trajectory and verdicts, in
/// plain Dutch; `namen` hides other practices in texts.
bool WritePraktijkWorkbook(const Report& report, const PraktijkResultaat& praktijk, const html::Praktijknamen& namen,
                           const std::filesystem::path& path, std::string* error);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_WRITERS_H_
