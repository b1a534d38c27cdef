#include "intake/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <memory>
#include <system_error>

namespace mtvp::intake {
namespace {

std::string LocalName(const char* name) {
  const std::string_view n(name);
  const size_t colon = n.rfind(':');
  return std::string(colon == std::string_view::npos ? n : n.substr(colon + 1));
}

std::string Attr(const char** attrs, std::string_view local) {
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (LocalName(attrs[i]) == local) return attrs[i + 1];
  }
  return {};
}

/// One expat parse with a DTD refused: no DOCTYPE, so no entity declarations
/// and no entity expansion ("billion laughs"); undefined entities are an
/// expat error by themselves.
class XmlPart {
 public:
  using StartFn = std::function<void(const std::string&, const char**)>;
  using EndFn = std::function<void(const std::string&)>;
  using TextFn = std::function<void(std::string_view)>;

  XmlPart(StartFn start, EndFn end, TextFn text)
      : start_(std::move(start)), end_(std::move(end)), text_(std::move(text)) {}

  /// Parses `xml`; false with `error` set. `Fail` from a callback stops it.
  bool Parse(const std::string& xml, std::string* error) {
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"), &XML_ParserFree);
    if (!parser) {
      *error = "XML-parser kon niet worden gestart";
      return false;
    }
    parser_ = parser.get();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(
        parser_,
        [](void* self, const char* name, const char** attrs) {
          auto* p = static_cast<XmlPart*>(self);
          if (p->start_) p->start_(LocalName(name), attrs);
        },
        [](void* self, const char* name) {
          auto* p = static_cast<XmlPart*>(self);
          if (p->end_) p->end_(LocalName(name));
        });
    XML_SetCharacterDataHandler(parser_, [](void* self, const char* s, int len) {
      auto* p = static_cast<XmlPart*>(self);
      if (p->text_) p->text_(std::string_view(s, static_cast<size_t>(len)));
    });
    XML_SetStartDoctypeDeclHandler(parser_, [](void* self, const char*, const char*, const char*, int) {
      static_cast<XmlPart*>(self)->Fail("bevat een DTD (<!DOCTYPE>); die wordt uit veiligheid geweigerd");
    });
    XML_SetEntityDeclHandler(parser_, [](void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                         const XML_Char*, const XML_Char*, const XML_Char*) {
      static_cast<XmlPart*>(self)->Fail("bevat een entiteitdeclaratie; die wordt uit veiligheid geweigerd");
    });
    const int ok = XML_Parse(parser_, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    if (!failure_.empty()) {
      *error = failure_;
      return false;
    }
    if (ok != XML_STATUS_OK) {
      *error = std::string("is geen geldige XML (") + XML_ErrorString(XML_GetErrorCode(parser_)) + ", regel " +
               std::to_string(XML_GetCurrentLineNumber(parser_)) + ")";
      return false;
    }
    return true;
  }

  void Fail(const std::string& why) {
    if (failure_.empty()) failure_ = why;
    XML_StopParser(parser_, XML_FALSE);
  }
  bool failed() const { return !failure_.empty(); }

 private:
  StartFn start_;
  EndFn end_;
  TextFn text_;
  XML_Parser parser_ = nullptr;
  std::string failure_;
};

constexpr const char* kNotAZip =
    "is geen Excel-werkboek (.xlsx): het bestand is geen (geldig) zip-archief; sla het op als Excel-werkmap (.xlsx)";

bool SafeMemberName(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  if (name.find('\0') != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= name.size()) {
    const size_t slash = name.find('/', start);
    const std::string_view segment = name.substr(start, slash == std::string_view::npos ? name.npos : slash - start);
    if (segment == "..") return false;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

/// The zip package, with every read bounded.
class Package {
 public:
  Package(const XlsxLimits& limits) : limits_(limits) {}
  ~Package() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool Open(const std::string& bytes, std::string* error) {
    if (bytes.size() < 22 || bytes.compare(0, 2, "PK") != 0) {
      *error = kNotAZip;
      return false;
    }
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    if (src == nullptr) {
      *error = "kon het bestand niet lezen";
      zip_error_fini(&zerr);
      return false;
    }
    zip_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    if (zip_ == nullptr) {
      zip_source_free(src);
      const int code = zip_error_code_zip(&zerr);
      zip_error_fini(&zerr);
      *error = code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS
                   ? kNotAZip
                   : "kon het zip-archief niet openen; sla het opnieuw op als Excel-werkmap (.xlsx)";
      return false;
    }
    zip_error_fini(&zerr);
    const zip_int64_t n = zip_get_num_entries(zip_, 0);
    if (n < 0 || static_cast<size_t>(n) > limits_.max_members) {
      *error = "bevat meer dan " + std::to_string(limits_.max_members) + " onderdelen; dat is geen werkboek";
      return false;
    }
    for (zip_int64_t i = 0; i < n; ++i) {
      const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
      if (name == nullptr || !SafeMemberName(name)) {
        *error = std::string("bevat een onderdeel met een ongeldige naam (\"") + (name ? name : "") +
                 "\"); het bestand wordt niet gelezen";
        return false;
      }
    }
    return true;
  }

  bool Has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

  /// Reads one member, refusing it when it is (or turns out to be) larger
  /// than the limits, or compressed suspiciously well.
  bool Read(const std::string& name, std::string* out, std::string* error) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, name.c_str(), 0, &st) != 0) {
      *error = "mist het onderdeel " + name + "; is dit een Excel-werkboek?";
      return false;
    }
    const std::string too_big = name + ": onderdeel is te groot (meer dan " +
                                std::to_string(limits_.max_member_bytes >> 20) + " MiB uitgepakt)";
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits_.max_member_bytes) {
      *error = too_big;
      return false;
    }
    if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
        static_cast<double>(st.size) >
            limits_.max_ratio * static_cast<double>(std::max<zip_uint64_t>(st.comp_size, 1))) {
      *error = name + ": onderdeel is verdacht sterk gecomprimeerd (zip-bom?); het bestand wordt niet gelezen";
      return false;
    }
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip_, name.c_str(), 0), &zip_fclose);
    if (!file) {
      *error = name + ": kon het onderdeel niet uitpakken";
      return false;
    }
    out->clear();
    char buf[1 << 16];
    for (;;) {
      const zip_int64_t got = zip_fread(file.get(), buf, sizeof buf);
      if (got < 0) {
        *error = name + ": kon het onderdeel niet uitpakken (beschadigd archief)";
        return false;
      }
      if (got == 0) break;
      if (out->size() + static_cast<size_t>(got) > limits_.max_member_bytes) {
        *error = too_big;
        return false;
      }
      total_ += static_cast<size_t>(got);
      if (total_ > limits_.max_total_bytes) {
        *error = "is uitgepakt groter dan " + std::to_string(limits_.max_total_bytes >> 20) +
                 " MiB; het bestand wordt niet gelezen";
        return false;
      }
      out->append(buf, static_cast<size_t>(got));
    }
    return true;
  }

 private:
  const XlsxLimits& limits_;
  zip_t* zip_ = nullptr;
  size_t total_ = 0;
};

/// The directory part of a member name, with the trailing slash ("xl/").
std::string DirOf(const std::string& member) {
  const size_t slash = member.rfind('/');
  return slash == std::string::npos ? "" : member.substr(0, slash + 1);
}

/// The rels file of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels.
std::string RelsOf(const std::string& member) {
  const size_t slash = member.rfind('/');
  const std::string dir = DirOf(member);
  return dir + "_rels/" + (slash == std::string::npos ? member : member.substr(slash + 1)) + ".rels";
}

std::optional<std::string> ResolveTarget(const std::string& base_dir, const std::string& target) {
  std::string t = target.starts_with("/") ? target.substr(1) : base_dir + target;
  if (!SafeMemberName(t)) return std::nullopt;
  return t;
}

struct Relationship {
  std::string type;
  std::string target;
};

bool ReadRels(Package& pkg, const std::string& rels_name, std::map<std::string, Relationship>* out,
              std::string* error) {
  std::string xml;
  if (!pkg.Read(rels_name, &xml, error)) return false;
  XmlPart part(
      [&](const std::string& name, const char** attrs) {
        if (name == "Relationship") (*out)[Attr(attrs, "Id")] = {Attr(attrs, "Type"), Attr(attrs, "Target")};
      },
      nullptr, nullptr);
  if (!part.Parse(xml, error)) {
    *error = rels_name + ": " + *error;
    return false;
  }
  return true;
}

bool EndsWith(const std::string& s, std::string_view tail) { return s.size() >= tail.size() && s.ends_with(tail); }

bool ReadSharedStrings(Package& pkg, const std::string& name, const XlsxLimits& limits,
                       std::vector<std::string>* strings, std::string* error) {
  std::string xml;
  if (!pkg.Read(name, &xml, error)) return false;
  bool in_si = false, in_t = false;
  int in_phonetic = 0;
  std::string current;
  XmlPart* self = nullptr;
  XmlPart part(
      [&](const std::string& el, const char**) {
        if (el == "si") {
          in_si = true;
          current.clear();
        } else if (el == "rPh") {
          ++in_phonetic;
        } else if (el == "t" && in_si && in_phonetic == 0) {
          in_t = true;
        }
      },
      [&](const std::string& el) {
        if (el == "si") {
          in_si = false;
          if (strings->size() >= limits.max_shared_strings) {
            self->Fail("bevat meer dan " + std::to_string(limits.max_shared_strings) + " teksten");
            return;
          }
          strings->push_back(std::move(current));
          current.clear();
        } else if (el == "rPh") {
          --in_phonetic;
        } else if (el == "t") {
          in_t = false;
        }
      },
      [&](std::string_view text) {
        if (!in_t) return;
        if (current.size() + text.size() > limits.max_text_bytes) {
          self->Fail("bevat een tekst langer dan een Excel-cel kan bevatten");
          return;
        }
        current.append(text);
      });
  self = &part;
  if (!part.Parse(xml, error)) {
    *error = name + ": " + *error;
    return false;
  }
  return true;
}

bool ParseNumber(std::string_view text, double* out) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.front() == '+') text.remove_prefix(1);
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size() && std::isfinite(*out);
}

bool ReadSheet(Package& pkg, const std::string& name, const XlsxLimits& limits, const std::vector<std::string>& shared,
               XlsxSheet* sheet, std::string* error) {
  std::string xml;
  if (!pkg.Read(name, &xml, error)) return false;
  int row = 0, col = 0;
  int rows_seen = 0;
  bool in_cell = false, in_v = false, in_is = false, in_t = false, has_value = false;
  int in_phonetic = 0;
  std::string type, value, ref;
  XmlPart* self = nullptr;
  auto finish_cell = [&]() {
    if (!has_value) return;
    XlsxCell cell;
    if (type == "s") {
      double idx = -1;
      if (!ParseNumber(value, &idx) || idx < 0 || idx >= static_cast<double>(shared.size()) || idx != std::floor(idx)) {
        self->Fail("cel " + CellRef(row, col) + " verwijst naar een tekst die niet bestaat");
        return;
      }
      cell.text = shared[static_cast<size_t>(idx)];
    } else if (type == "str" || type == "inlineStr" || type == "d") {
      cell.text = value;
    } else if (type == "b") {
      cell.kind = XlsxCell::Kind::kBool;
      cell.boolean = value == "1" || value == "true";
    } else if (type == "e") {
      cell.kind = XlsxCell::Kind::kError;
      cell.text = value;
    } else {
      if (value.empty()) return;
      cell.kind = XlsxCell::Kind::kNumber;
      cell.text = value;
      if (!ParseNumber(value, &cell.number)) {
        self->Fail("cel " + CellRef(row, col) + " bevat een ongeldig getal");
        return;
      }
    }
    if (sheet->cells.size() >= limits.max_cells) {
      self->Fail("bevat meer dan " + std::to_string(limits.max_cells) + " cellen");
      return;
    }
    sheet->cells[{row, col}] = std::move(cell);
  };
  XmlPart part(
      [&](const std::string& el, const char** attrs) {
        if (el == "row") {
          if (++rows_seen > limits.max_rows) {
            self->Fail("bevat meer dan " + std::to_string(limits.max_rows) + " rijen");
            return;
          }
          const std::string r = Attr(attrs, "r");
          int parsed = 0;
          const auto [p, ec] = std::from_chars(r.data(), r.data() + r.size(), parsed);
          row = (!r.empty() && ec == std::errc() && p == r.data() + r.size()) ? parsed : row + 1;
          if (row < 1 || row > limits.max_rows) {
            self->Fail("heeft een rijnummer buiten 1.." + std::to_string(limits.max_rows));
            return;
          }
          col = 0;
        } else if (el == "c") {
          in_cell = true;
          has_value = false;
          value.clear();
          type = Attr(attrs, "t");
          ref = Attr(attrs, "r");
          if (!ref.empty()) {
            const auto rc = ParseCellRef(ref);
            if (!rc || rc->first > limits.max_rows || rc->second > limits.max_cols) {
              self->Fail("heeft een ongeldige celverwijzing \"" + ref.substr(0, 20) + "\"");
              return;
            }
            row = rc->first;
            col = rc->second;
          } else {
            ++col;
            if (row < 1) row = 1;
            if (col > limits.max_cols) {
              self->Fail("heeft meer dan " + std::to_string(limits.max_cols) + " kolommen");
              return;
            }
          }
        } else if (in_cell && el == "v") {
          in_v = true;
          has_value = true;
        } else if (in_cell && el == "is") {
          in_is = true;
          has_value = true;
        } else if (in_is && el == "rPh") {
          ++in_phonetic;
        } else if (in_is && el == "t" && in_phonetic == 0) {
          in_t = true;
        }
      },
      [&](const std::string& el) {
        if (el == "c") {
          finish_cell();
          in_cell = false;
        } else if (el == "v") {
          in_v = false;
        } else if (el == "is") {
          in_is = false;
        } else if (el == "rPh") {
          if (in_phonetic > 0) --in_phonetic;
        } else if (el == "t") {
          in_t = false;
        }
      },
      [&](std::string_view text) {
        if (!(in_v || in_t)) return;
        if (value.size() + text.size() > limits.max_text_bytes) {
          self->Fail("cel " + CellRef(row, col) + " bevat een tekst langer dan een Excel-cel kan bevatten");
          return;
        }
        value.append(text);
      });
  self = &part;
  if (!part.Parse(xml, error)) {
    *error = name + ": " + *error;
    return false;
  }
  return true;
}

}  // namespace

const XlsxCell* XlsxSheet::At(int row, int col) const {
  const auto it = cells.find({row, col});
  return it == cells.end() ? nullptr : &it->second;
}

const XlsxSheet* XlsxWorkbook::Find(const std::string& name) const {
  for (const XlsxSheet& s : sheets) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string CellRef(int row, int col) {
  std::string letters;
  for (int c = col; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::optional<std::pair<int, int>> ParseCellRef(const std::string& ref) {
  size_t i = 0;
  long col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + (ref[i++] - 'A' + 1);
  if (i == 0 || i == ref.size()) return std::nullopt;
  long row = 0;
  for (size_t j = i; j < ref.size(); ++j) {
    if (ref[j] < '0' || ref[j] > '9' || j - i >= 7) return std::nullopt;
    row = row * 10 + (ref[j] - '0');
  }
  if (row < 1 || col < 1 || col > 16384) return std::nullopt;
  return std::make_pair(static_cast<int>(row), static_cast<int>(col));
}

std::optional<Date> SerialToDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 1 || serial > 3000000) return std::nullopt;
  const long days = static_cast<long>(std::floor(serial));
  Date d;
  if (date1904) {
    d = Date{1904, 1, 1}.AddDays(days);
  } else if (days == 60) {
    return std::nullopt;  // 29 February 1900, which did not exist
  } else if (days < 60) {
    d = Date{1899, 12, 31}.AddDays(days);
  } else {
    d = Date{1899, 12, 30}.AddDays(days);
  }
  if (d.year < 1900 || d.year > 9999) return std::nullopt;
  return d;
}

double DateToSerial(const Date& d) {
  const long days = d.DayNumber() - Date{1899, 12, 30}.DayNumber();
  return static_cast<double>(days < 61 ? days - 1 : days);
}

XlsxReadResult ReadXlsxBytes(const std::string& bytes, const XlsxLimits& limits) {
  XlsxReadResult result;
  Package pkg(limits);
  if (!pkg.Open(bytes, &result.error)) return result;

  std::string workbook_part = "xl/workbook.xml";
  if (pkg.Has("_rels/.rels")) {
    std::map<std::string, Relationship> root;
    if (!ReadRels(pkg, "_rels/.rels", &root, &result.error)) return result;
    for (const auto& [id, rel] : root) {
      if (EndsWith(rel.type, "/officeDocument")) {
        const auto t = ResolveTarget("", rel.target);
        if (!t) {
          result.error = "_rels/.rels: ongeldige verwijzing \"" + rel.target + "\"";
          return result;
        }
        workbook_part = *t;
      }
    }
  }
  std::string xml;
  if (!pkg.Read(workbook_part, &xml, &result.error)) return result;
  XlsxWorkbook wb;
  struct SheetRef {
    std::string name, rid;
    bool hidden;
  };
  std::vector<SheetRef> refs;
  XmlPart* self = nullptr;
  XmlPart part(
      [&](const std::string& el, const char** attrs) {
        if (el == "workbookPr") {
          const std::string v = Attr(attrs, "date1904");
          wb.date1904 = v == "1" || v == "true";
        } else if (el == "sheet") {
          if (refs.size() >= limits.max_sheets) {
            self->Fail("bevat meer dan " + std::to_string(limits.max_sheets) + " werkbladen");
            return;
          }
          const std::string state = Attr(attrs, "state");
          refs.push_back({Attr(attrs, "name"), Attr(attrs, "id"), state == "hidden" || state == "veryHidden"});
        }
      },
      nullptr, nullptr);
  self = &part;
  if (!part.Parse(xml, &result.error)) {
    result.error = workbook_part + ": " + result.error;
    return result;
  }
  std::map<std::string, Relationship> rels;
  if (!ReadRels(pkg, RelsOf(workbook_part), &rels, &result.error)) return result;
  const std::string base = DirOf(workbook_part);
  std::vector<std::string> shared;
  for (const auto& [id, rel] : rels) {
    if (!EndsWith(rel.type, "/sharedStrings")) continue;
    const auto t = ResolveTarget(base, rel.target);
    if (!t) {
      result.error = RelsOf(workbook_part) + ": ongeldige verwijzing \"" + rel.target + "\"";
      return result;
    }
    if (!ReadSharedStrings(pkg, *t, limits, &shared, &result.error)) return result;
  }
  for (const SheetRef& ref : refs) {
    const auto it = rels.find(ref.rid);
    if (it == rels.end()) {
      result.error = "werkblad \"" + ref.name + "\" verwijst naar een onderdeel dat niet bestaat";
      return result;
    }
    XlsxSheet sheet;
    sheet.name = ref.name;
    sheet.hidden = ref.hidden;
    if (!EndsWith(it->second.type, "/worksheet")) {  // chart sheets, dialog sheets: no cells
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    const auto t = ResolveTarget(base, it->second.target);
    if (!t) {
      result.error = RelsOf(workbook_part) + ": ongeldige verwijzing \"" + it->second.target + "\"";
      return result;
    }
    if (!ReadSheet(pkg, *t, limits, shared, &sheet, &result.error)) return result;
    wb.sheets.push_back(std::move(sheet));
  }
  result.workbook = std::move(wb);
  return result;
}

XlsxReadResult ReadXlsx(const std::filesystem::path& path, const XlsxLimits& limits) {
  XlsxReadResult result;
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    result.error = "kan het bestand niet lezen (" + ec.message() + ")";
    return result;
  }
  if (size > limits.max_total_bytes) {
    result.error = "is groter dan " + std::to_string(limits.max_total_bytes >> 20) + " MiB; dat is geen werkboek";
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    result.error = "kan het bestand niet lezen";
    return result;
  }
  return ReadXlsxBytes(bytes, limits);
}

}  // namespace mtvp::intake
