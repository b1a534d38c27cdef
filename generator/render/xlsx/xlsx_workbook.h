#ifndef MTVP_XLSX_XLSX_WORKBOOK_H_
#define MTVP_XLSX_XLSX_WORKBOOK_H_

#include <xlsxwriter.h>
#include <array>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "render/xlsx/library_guard.h"

namespace mtvp::xlsx {

/// The cell styles every workbook uses, created once per workbook.
struct Formats {
  lxw_format* titel = nullptr;
  lxw_format* kop = nullptr;  // table header
  lxw_format* label = nullptr;
  lxw_format* datum = nullptr;
  lxw_format* getal = nullptr;
  lxw_format* percentage = nullptr;
  lxw_format* rechts = nullptr;  // texts in number columns ("<5", "x")
  /// Conditional formats for status texts, one per Tint (status_table.h).
  std::array<lxw_format*, 5> tint{};
};

class Sheet;

/// Owns an lxw_workbook: frees it when not closed, and remembers the first
/// libxlsxwriter error so writers can write on and check once at the end.
/// The `created` property is the peildatum at 00:00 UTC, so the same input
/// gives the same bytes.
class Workbook {
 public:
  /// kConstant: rows are streamed to disk as they are written, for
  /// workbooks whose size grows with the region; every row must then be
  /// written after the ones above it.
  enum class Geheugen { kNormaal, kConstant };
  static std::unique_ptr<Workbook> Create(const std::filesystem::path& path, const Date& peildatum,
                                          const std::string& titel, std::string* error,
                                          Geheugen geheugen = Geheugen::kNormaal);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  Sheet AddSheet(const std::string& naam);
  lxw_chart* AddChart(uint8_t type);
  const Formats& formats() const { return formats_; }

  /// Records `err` when it is the first error.
  void Check(lxw_error err);
  /// Writes the file; false with a Dutch message on any error so far.
  bool Close(std::string* error);

 private:
  Workbook(std::unique_ptr<LibraryGuard> guard, lxw_workbook* wb, std::filesystem::path path)
      : guard_(std::move(guard)), wb_(wb), path_(std::move(path)) {}
  void CreateFormats();

  std::unique_ptr<LibraryGuard> guard_;  // first: lives until wb_ is freed
  lxw_workbook* wb_;
  std::filesystem::path path_;
  std::string titel_;
  lxw_doc_properties properties_{};
  Formats formats_;
  lxw_error first_error_ = LXW_NO_ERROR;
  std::string error_where_;
};

/// A worksheet with typed writers. Text always goes through
/// worksheet_write_string, so submitted text starting with "=" stays text.
class Sheet {
 public:
  Sheet(Workbook* wb, lxw_worksheet* ws) : wb_(wb), ws_(ws) {}

  void Text(lxw_row_t row, lxw_col_t col, std::string_view text, lxw_format* format = nullptr);
  void Number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr);
  void DateCell(lxw_row_t row, lxw_col_t col, const Date& date);
  /// A heading in the first column, in the title style.
  void Title(lxw_row_t row, std::string_view text);
  void Width(lxw_col_t col, double width);
  /// Printed on one page (summaries).
  void OnePage();
  /// Colours every status word (voldoet, voldoet niet, onvolledig, te laat,
  /// ...) in the range by text-based conditional formatting.
  void StatusColours(lxw_row_t first_row, lxw_col_t col, lxw_row_t last_row);
  void InsertChart(lxw_row_t row, lxw_col_t col, lxw_chart* chart, double x_scale, double y_scale);

  lxw_worksheet* raw() const { return ws_; }
  Workbook* workbook() const { return wb_; }
  const Formats& formats() const { return wb_->formats(); }

 private:
  Workbook* wb_;
  lxw_worksheet* ws_;
};

/// One column of a table: its header, whether it holds statuses (coloured),
/// and bounds for the width computed from the content.
struct Kolom {
  std::string kop;
  double min_breedte = 8;
  double max_breedte = 45;
  bool status = false;
};

/// A table written row by row, left to right, starting at `first_row` with
/// its header. Finish() freezes the header (and `vaste_kolommen` columns),
/// adds an autofilter, sizes the columns and colours status columns.
class Tabel {
 public:
  Tabel(Sheet sheet, std::vector<Kolom> kolommen, lxw_row_t first_row = 0);

  /// Starts the next data row.
  void Rij();
  void Text(std::string_view text, lxw_format* format = nullptr);
  /// A number, or an empty cell when absent.
  void Number(std::optional<double> value, lxw_format* format = nullptr);
  void DateCell(std::optional<Date> date);
  void Empty();

  /// The row and column the next cell goes to (for charts and tests).
  lxw_row_t row() const { return row_; }
  lxw_row_t first_data_row() const { return first_row_ + 1; }
  Sheet& sheet() { return sheet_; }
  void Finish(lxw_col_t vaste_kolommen = 0);

 private:
  void Track(size_t chars);

  Sheet sheet_;
  std::vector<Kolom> kolommen_;
  std::vector<size_t> breedte_;
  lxw_row_t first_row_;
  lxw_row_t row_;
  lxw_col_t col_ = 0;
};

/// Number of characters (code points) of UTF-8 text, for column widths.
size_t Utf8Length(std::string_view text);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_XLSX_WORKBOOK_H_
