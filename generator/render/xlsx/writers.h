#ifndef MTVP_XLSX_WRITERS_H_
#define MTVP_XLSX_WRITERS_H_

#include <filesystem>
#include <string>

#include "model/report.h"

namespace mtvp::xlsx {

/// One function per workbook; each writes `path` and returns false with a
/// Dutch `error` when libxlsxwriter fails.

/// regio-overzicht.xlsx: everything the project leader follows up.
bool WriteRegioWorkbook(const Report& report, const std::filesystem::path& path, std::string* error);

/// zorgverzekeraar.xlsx: aggregates only, figures about fewer than `min_cel`
/// practices suppressed.
bool WriteZorgverzekeraarWorkbook(const Report& report, int min_cel, const std::filesystem::path& path,
                                  std::string* error);

/// praktijk-<agb>.xlsx: one practice's own trajectory and verdicts.
bool WritePraktijkWorkbook(const Report& report, const PraktijkResultaat& praktijk, const std::filesystem::path& path,
                           std::string* error);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_WRITERS_H_
