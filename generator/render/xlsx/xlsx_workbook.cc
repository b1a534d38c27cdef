#include "render/xlsx/xlsx_workbook.h"

#include "base/safe_text.h"
#include "model/status_table.h"
#include "model/vocabulary.h"

#include <algorithm>

namespace mtvp::xlsx {
namespace {

// Excel refuses longer cell texts; libxlsxwriter reports an error for them.
constexpr size_t kMaxCellChars = 32767;

lxw_format* Fill(lxw_workbook* wb, lxw_color_t background, lxw_color_t font) {
  lxw_format* f = Need(workbook_add_format(wb));
  format_set_bg_color(f, background);
  format_set_font_color(f, font);
  return f;
}

/// `text` cut to Excel's limit, with an ellipsis when cut.
std::string Clip(std::string_view text) {
  if (text.size() <= kMaxCellChars) return std::string(text);  // bytes >= code points
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars == kMaxCellChars) break;
  }
  return std::string(text.substr(0, i)) + "\u2026";
}

}  // namespace

size_t Utf8Length(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::unique_ptr<Workbook> Workbook::Create(const std::filesystem::path& path, const Date& peildatum,
                                           const std::string& titel, std::string* error, Geheugen geheugen) {
  // Constant memory: each row goes to a temporary file once the next one
  // starts, and texts are stored in the cell instead of a shared table, so
  // a workbook of hundreds of thousands of rows needs no more memory than a
  // small one. Rows must then be written top to bottom.
  lxw_workbook_options options{};
  options.constant_memory = geheugen == Geheugen::kConstant ? LXW_TRUE : LXW_FALSE;
  NeedHeadroom();
  auto guard = std::make_unique<LibraryGuard>();
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) {
    *error = "kan werkboek " + path.string() + " niet aanmaken (te weinig geheugen)";
    return nullptr;
  }
  std::unique_ptr<Workbook> out(new Workbook(std::move(guard), wb, path));
  out->titel_ = SafeText(titel);
  // The only time in the file: the peildatum at 00:00 UTC. libxlsxwriter would
  // otherwise use the current time, and two runs would differ.
  out->properties_.title = out->titel_.data();
  out->properties_.author = const_cast<char*>("mtvp-monitor");
  out->properties_.created = static_cast<time_t>(peildatum.DayNumber()) * 86400;
  out->Check(workbook_set_properties(wb, &out->properties_));
  out->CreateFormats();
  return out;
}

Workbook::~Workbook() {
  if (wb_) lxw_workbook_free(wb_);
}

void Workbook::CreateFormats() {
  formats_.titel = Need(workbook_add_format(wb_));
  format_set_bold(formats_.titel);
  format_set_font_size(formats_.titel, 14);
  formats_.kop = Need(workbook_add_format(wb_));
  format_set_bold(formats_.kop);
  format_set_bg_color(formats_.kop, 0xD9E1F2);
  format_set_bottom(formats_.kop, LXW_BORDER_THIN);
  format_set_text_wrap(formats_.kop);
  format_set_align(formats_.kop, LXW_ALIGN_VERTICAL_TOP);
  formats_.label = Need(workbook_add_format(wb_));
  format_set_bold(formats_.label);
  formats_.datum = Need(workbook_add_format(wb_));
  format_set_num_format(formats_.datum, "dd-mm-yyyy");
  format_set_align(formats_.datum, LXW_ALIGN_LEFT);
  formats_.getal = Need(workbook_add_format(wb_));
  format_set_num_format(formats_.getal, "General");
  formats_.percentage = Need(workbook_add_format(wb_));
  format_set_num_format(formats_.percentage, "0.0%");
  formats_.rechts = Need(workbook_add_format(wb_));
  format_set_align(formats_.rechts, LXW_ALIGN_RIGHT);
  for (const TintColours& t : kTints) formats_.tint[static_cast<size_t>(t.tint)] = Fill(wb_, t.background, t.text);
}

Sheet Workbook::AddSheet(const std::string& naam) {
  const std::string veilig = SafeText(naam);
  // lxw_worksheet_new frees a half-made worksheet when an allocation fails,
  // and crashes doing so (libxlsxwriter 1.1.4, found under prlimit --as):
  // never start one without room to spare.
  NeedHeadroom();
  lxw_worksheet* ws = workbook_add_worksheet(wb_, veilig.c_str());
  if (!ws) {
    if (first_error_ == LXW_NO_ERROR) {
      first_error_ = LXW_ERROR_SHEETNAME_ALREADY_USED;
      error_where_ = "werkblad \"" + naam + "\"";
    }
    return Sheet(this, nullptr);
  }
  // Printed (or exported to PDF): A4 landscape.
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);
  return Sheet(this, ws);
}

lxw_chart* Workbook::AddChart(uint8_t type) { return Need(workbook_add_chart(wb_, type)); }

void Workbook::Check(lxw_error err) {
  if (err != LXW_NO_ERROR && first_error_ == LXW_NO_ERROR) first_error_ = err;
}

bool Workbook::Close(std::string* error) {
  lxw_workbook* wb = wb_;
  wb_ = nullptr;
  if (first_error_ != LXW_NO_ERROR) {
    lxw_workbook_free(wb);
    *error = "kan werkboek " + path_.string() + " niet opbouwen: " + DutchError(first_error_) +
             (error_where_.empty() ? "" : " (" + error_where_ + ")");
    return false;
  }
  const lxw_error err = CloseWorkbook(wb);  // writes the file and frees
  if (err != LXW_NO_ERROR) {
    *error = "kan werkboek " + path_.string() + " niet schrijven: " + DutchError(err);
    return false;
  }
  return true;
}

void Sheet::Text(lxw_row_t row, lxw_col_t col, std::string_view text, lxw_format* format) {
  if (!ws_) return;
  // Never a formula: worksheet_write_string stores the text as a string
  // whatever it starts with.
  const std::string clipped = Clip(SafeText(text));
  wb_->Check(worksheet_write_string(ws_, row, col, clipped.c_str(), format));
}

void Sheet::Number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format) {
  if (!ws_) return;
  wb_->Check(worksheet_write_number(ws_, row, col, value, format));
}

void Sheet::DateCell(lxw_row_t row, lxw_col_t col, const Date& date) {
  if (!ws_) return;
  lxw_datetime dt{date.year, date.month, date.day, 0, 0, 0.0};
  wb_->Check(worksheet_write_datetime(ws_, row, col, &dt, formats().datum));
}

void Sheet::Title(lxw_row_t row, std::string_view text) { Text(row, 0, text, formats().titel); }

void Sheet::Width(lxw_col_t col, double width) {
  if (!ws_) return;
  wb_->Check(worksheet_set_column(ws_, col, col, width, nullptr));
}

void Sheet::OnePage() {
  if (ws_) worksheet_fit_to_pages(ws_, 1, 1);
}

void Sheet::StatusColours(lxw_row_t first_row, lxw_col_t col, lxw_row_t last_row) {
  if (!ws_ || last_row < first_row) return;
  struct Regel {
    uint8_t criteria;
    std::string tekst;
    lxw_format* format;
  };
  const Formats& f = formats();
  auto tint = [&](Tint t) { return f.tint[static_cast<size_t>(t)]; };
  // Colours and words from status_table.h. "voldoet niet" comes first and
  // "voldoet" is matched at the end, so that "voldoet niet" does not turn
  // green.
  std::vector<Regel> regels;
  regels.push_back({LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING, std::string(Name(Status::kVoldoetNiet)),
                    tint(LookOf(Status::kVoldoetNiet).tint)});
  regels.push_back({LXW_CONDITIONAL_CRITERIA_TEXT_ENDS_WITH, std::string(Name(Status::kVoldoet)),
                    tint(LookOf(Status::kVoldoet).tint)});
  for (const Status s : {Status::kOnvolledig, Status::kAfwijkingGeaccepteerd, Status::kNietVanToepassing}) {
    regels.push_back({LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING, std::string(Name(s)), tint(LookOf(s).tint)});
  }
  for (const InzendStatus s : kInzendVolgorde) {
    regels.push_back({LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING, std::string(Name(s)), tint(LookOf(s).tint)});
  }
  for (const Regel& r : regels) {
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_TEXT;
    cf.criteria = r.criteria;
    cf.value_string = const_cast<char*>(r.tekst.c_str());
    cf.format = r.format;
    wb_->Check(worksheet_conditional_format_range(ws_, first_row, col, last_row, col, &cf));
  }
}

void Sheet::InsertChart(lxw_row_t row, lxw_col_t col, lxw_chart* chart, double x_scale, double y_scale) {
  if (!ws_ || !chart) return;
  lxw_chart_options options{};
  options.x_scale = x_scale;
  options.y_scale = y_scale;
  wb_->Check(worksheet_insert_chart_opt(ws_, row, col, chart, &options));
}

Tabel::Tabel(Sheet sheet, std::vector<Kolom> kolommen, lxw_row_t first_row)
    : sheet_(sheet), kolommen_(std::move(kolommen)), first_row_(first_row), row_(first_row) {
  breedte_.resize(kolommen_.size(), 0);
  size_t regels = 1;  // lines the wrapped header needs
  for (lxw_col_t c = 0; c < kolommen_.size(); ++c) {
    const Kolom& k = kolommen_[c];
    // Headers wrap, so a long header needs only about half its length.
    breedte_[c] = (Utf8Length(k.kop) + 1) / 2 + 2;
    // The height is set now, before any row below is written (a streamed
    // sheet cannot go back), for the narrowest the column can become;
    // content only widens it. Word wrap loses part of a line; count a line
    // as two characters shorter.
    const double breedte = std::clamp(static_cast<double>(breedte_[c]) + 2, k.min_breedte, k.max_breedte);
    const auto per_regel = static_cast<size_t>(std::max(1.0, breedte - 2));
    regels = std::max(regels, (Utf8Length(k.kop) + per_regel - 1) / per_regel);
  }
  // Spreadsheets do not grow a row for wrapped text on opening; say how high.
  if (lxw_worksheet* ws = sheet_.raw()) {
    sheet_.workbook()->Check(worksheet_set_row(ws, first_row_, 15.0 * static_cast<double>(regels), nullptr));
  }
  for (lxw_col_t c = 0; c < kolommen_.size(); ++c) sheet_.Text(first_row_, c, kolommen_[c].kop, sheet_.formats().kop);
}

void Tabel::Rij() {
  ++row_;
  col_ = 0;
}

void Tabel::Track(size_t chars) {
  if (col_ < breedte_.size()) breedte_[col_] = std::max(breedte_[col_], chars);
  ++col_;
}

void Tabel::Text(std::string_view text, lxw_format* format) {
  sheet_.Text(row_, col_, text, format);
  Track(Utf8Length(text));
}

void Tabel::Number(std::optional<double> value, lxw_format* format) {
  if (value) sheet_.Number(row_, col_, *value, format ? format : sheet_.formats().getal);
  Track(value ? 8 : 0);
}

void Tabel::DateCell(std::optional<Date> date) {
  if (date) sheet_.DateCell(row_, col_, *date);
  Track(date ? 10 : 0);
}

void Tabel::Empty() { Track(0); }

void Tabel::Finish(lxw_col_t vaste_kolommen) {
  lxw_worksheet* ws = sheet_.raw();
  if (!ws || kolommen_.empty()) return;
  const auto last_col = static_cast<lxw_col_t>(kolommen_.size() - 1);
  worksheet_freeze_panes(ws, first_row_ + 1, vaste_kolommen);
  sheet_.workbook()->Check(worksheet_repeat_rows(ws, first_row_, first_row_));
  sheet_.workbook()->Check(worksheet_autofilter(ws, first_row_, 0, row_, last_col));
  double totaal = 0;
  for (lxw_col_t c = 0; c <= last_col; ++c) {
    const Kolom& k = kolommen_[c];
    const double breedte = std::clamp(static_cast<double>(breedte_[c]) + 2, k.min_breedte, k.max_breedte);
    totaal += breedte;
    sheet_.Width(c, breedte);
    if (k.status) sheet_.StatusColours(first_row_ + 1, c, row_);
  }
  // Printing: a table up to about two A4 widths is scaled to one page wide;
  // a wider one is printed smaller over several pages, each with the fixed
  // columns.
  if (totaal <= 200) {
    worksheet_fit_to_pages(ws, 1, 0);
  } else {
    worksheet_set_print_scale(ws, 60);
    if (vaste_kolommen > 0) sheet_.workbook()->Check(worksheet_repeat_columns(ws, 0, vaste_kolommen - 1));
  }
}

}  // namespace mtvp::xlsx
