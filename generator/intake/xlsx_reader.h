#ifndef MTVP_INTAKE_XLSX_READER_H_
#define MTVP_INTAKE_XLSX_READER_H_

// A small, bounded reader for the cell values of .xlsx workbooks, as Excel,
// LibreOffice and Google Sheets save them. It reads only what an intake
// workbook needs (sheet names and visibility, cell values, the date system)
// and refuses hostile packages: zip bombs, huge sheets, DTDs and entities,
// odd member names.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/dates.h"

namespace mtvp::intake {

/// Bounds on what one workbook may make the reader do.
struct XlsxLimits {
  size_t max_members = 1000;
  size_t max_member_bytes = size_t{64} << 20;  // uncompressed size of one XML part
  size_t max_total_bytes = size_t{256} << 20;  // uncompressed, all parts read together
  double max_ratio = 200;                      // uncompressed / compressed, for parts over 1 MiB
  size_t max_sheets = 64;
  int max_rows = 100000;
  int max_cols = 16384;
  size_t max_cells = 2000000;
  size_t max_shared_strings = 1000000;
  size_t max_text_bytes = 32767 * 4;  // Excel's cell limit, in UTF-8 bytes
};

/// One cell's value: cached formula results are read like typed values.
struct XlsxCell {
  enum class Kind { kNumber, kText, kBool, kError };
  Kind kind = Kind::kText;
  double number = 0;     // kNumber
  bool boolean = false;  // kBool
  std::string text;      // kText, kError; for kNumber the text as stored ("20.0")
};

struct XlsxSheet {
  std::string name;
  bool hidden = false;  // hidden or veryHidden
  /// (row, column), both 1-based.
  std::map<std::pair<int, int>, XlsxCell> cells;
  const XlsxCell* At(int row, int col) const;
  int MaxRow() const { return cells.empty() ? 0 : cells.rbegin()->first.first; }
};

struct XlsxWorkbook {
  bool date1904 = false;
  std::vector<XlsxSheet> sheets;
  const XlsxSheet* Find(const std::string& name) const;
};

struct XlsxReadResult {
  std::optional<XlsxWorkbook> workbook;
  std::string error;  // Dutch, without the file name
};

XlsxReadResult ReadXlsx(const std::filesystem::path& path, const XlsxLimits& limits = {});
/// The same from bytes in memory (tests, fuzzing).
XlsxReadResult ReadXlsxBytes(const std::string& bytes, const XlsxLimits& limits = {});

/// "C14" for row 14, column 3.
std::string CellRef(int row, int col);
/// Parses "C14"; nothing for anything else.
std::optional<std::pair<int, int>> ParseCellRef(const std::string& ref);

/// The date a spreadsheet serial number stands for, in the 1900 system (with
/// Excel's phantom 29 February 1900) or the 1904 system; a time part is
/// ignored. Nothing for serials out of 1900..9999 or not whole days.
std::optional<Date> SerialToDate(double serial, bool date1904);
/// The 1900-system serial of a date (what the writer stores).
double DateToSerial(const Date& d);

}  // namespace mtvp::intake

#endif  // MTVP_INTAKE_XLSX_READER_H_
