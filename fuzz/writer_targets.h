// What the writer harnesses (fuzz_html_writer, fuzz_xlsx_writer) do with
// their input, as plain functions, so that tests/unit/writer_fuzz_test.cc runs
// hostile texts through exactly the same checks in the normal build.
//
// The input is arbitrary bytes (not necessarily UTF-8), split at the first
// 0xFF byte into a name and a text. The first practice of the Utrecht sample
// gets the name (as naam, wijk and plangroep) and the text (as toelichting,
// onderbouwing and intervisie onderwerp of its submissions); the region is
// judged and then:
// - html: the practice page and the overview are rendered. Each must be valid
//   UTF-8 without C0 controls (but tab, newline, carriage return), U+FFFE,
//   U+FFFF or bidi controls; the name must add no tag at all (compared with
//   the page rendered for a plain name), and the text (Markdown, cmark in safe
//   mode) only harmless tags, no event handler and no javascript: link.
// - xlsx: the practice workbook, and a workbook with the name as sheet name and
//   title and the text in a cell, are written; every part must be well-formed
//   XML (expat) without those characters.
// A run returns "" or the first broken invariant.
#ifndef MTVP_FUZZ_WRITER_TARGETS_H_
#define MTVP_FUZZ_WRITER_TARGETS_H_

#include <expat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "load/region_loader.h"
#include "render/html/afscherming.h"
#include "render/html/templates.h"
#include "render/html/views.h"
#include "render/xlsx/writers.h"
#include "render/xlsx/xlsx_workbook.h"
#include "rules/evaluate.h"

#ifndef MTVP_SOURCE_DIR
#error "MTVP_SOURCE_DIR must name the source tree (it holds data-samples/utrecht)"
#endif

namespace mtvp::fuzz {

namespace writers_detail {

inline const RegionInput& Utrecht() {
  static const RegionInput in = LoadRegion(std::filesystem::path(MTVP_SOURCE_DIR) / "data-samples" / "utrecht", 1);
  return in;
}

/// The first forbidden character of `text` (or "" when it is clean UTF-8).
inline std::string ForbiddenIn(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c, len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1F, len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0F, len = 3;
    } else if ((c & 0xF8) == 0xF0) {
      cp = c & 0x07, len = 4;
    } else {
      return "invalid UTF-8 lead byte at " + std::to_string(i);
    }
    if (i + len > s.size()) return "truncated UTF-8 at " + std::to_string(i);
    for (size_t k = 1; k < len; ++k) {
      const unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return "invalid UTF-8 continuation at " + std::to_string(i + k);
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return "overlong UTF-8 at " + std::to_string(i);
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) return "surrogate at " + std::to_string(i);
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF ||
        cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069)) {
      return "forbidden character U+" + std::to_string(cp) + " at " + std::to_string(i);
    }
    i += len;
  }
  return "";
}

/// Every tag of an HTML text, in order.
inline std::vector<std::string> Tags(const std::string& html) {
  std::vector<std::string> out;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    const size_t end = html.find('>', i);
    if (end == std::string::npos) {
      out.push_back(html.substr(i));
      break;
    }
    out.push_back(html.substr(i, end - i + 1));
    i = end + 1;
  }
  return out;
}

inline std::string TagName(const std::string& tag) {
  size_t i = 1;
  if (i < tag.size() && tag[i] == '/') ++i;
  size_t j = i;
  while (j < tag.size() && std::isalnum(static_cast<unsigned char>(tag[j]))) ++j;
  return tag.substr(i, j - i);
}

struct Input {
  std::string name, text;
};

inline Input Split(std::string_view bytes) {
  const size_t cut = bytes.find('\xff');
  if (cut == std::string_view::npos) return {std::string(bytes), std::string(bytes)};
  return {std::string(bytes.substr(0, cut)), std::string(bytes.substr(cut + 1))};
}

/// The Utrecht sample with the first practice carrying `name` and `text`,
/// judged at the plan's peildatum.
inline std::unique_ptr<Beoordeling> Judge(const std::string& name, const std::string& text) {
  const RegionInput& base = Utrecht();
  auto in = std::make_shared<RegionInput>();
  in->plan = base.plan;
  Praktijk p = base.praktijken.front();
  p.naam = "N" + name;
  p.wijk = "W" + name;
  in->praktijken.push_back(p);
  for (const Inzending& s : base.inzendingen) {
    if (s.agb != p.agb) continue;
    Inzending copy = s;
    copy.toelichting = text;
    for (GekozenInterventie& g : copy.interventies) g.onderbouwing = text;
    in->inzendingen.push_back(std::move(copy));
  }
  return std::make_unique<Beoordeling>(
      EvaluateVolledig(std::shared_ptr<const RegionInput>(in), base.plan->peildatum, 1));
}

inline std::string RenderPages(const Beoordeling& beoordeling, std::string* overzicht, std::string* error) {
  const Report& report = beoordeling.report;
  const html::Praktijknamen namen(report);
  std::string page;
  if (!html::RenderTemplate("praktijk.mustache", html::PraktijkView(report, beoordeling.praktijken.front(), namen),
                            &page, error)) {
    return "";
  }
  if (!html::RenderTemplate("overzicht.mustache", html::OverzichtView(report), overzicht, error)) return "";
  return page;
}

/// A tag reduced to its name and attribute names ("<a href=\"x\" class='y'>"
/// -> "a href class"): text escaped into an attribute value keeps the shape,
/// a quote that breaks out of it does not.
inline std::string Shape(const std::string& tag) {
  if (tag.rfind("<!", 0) == 0) return tag.rfind("<!--", 0) == 0 ? "<!--" : tag;
  size_t i = 1;
  std::string out;
  if (i < tag.size() && tag[i] == '/') out += tag[i++];
  while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) out += tag[i++];
  while (i < tag.size()) {
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || tag[i] == '>' || tag[i] == '/') break;
    std::string name;
    while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '=' && tag[i] != '>') {
      name += tag[i++];
    }
    out += " " + name;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const char q = tag[i++];
        while (i < tag.size() && tag[i] != q) ++i;
        ++i;
      } else {
        while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '>') ++i;
      }
    }
  }
  return out;
}

inline std::multiset<std::string> Shapes(const std::string& html) {
  std::multiset<std::string> out;
  for (const std::string& t : Tags(html)) out.insert(Shape(t));
  return out;
}

// What Markdown from the practice's own text may add (cmark, safe mode).
inline bool HarmlessMarkdownTag(const std::string& tag) {
  static const std::set<std::string> kAllowed = {
      "p",   "/p",     "em",           "/em", "strong",     "/strong", "code", "/code",      "pre",         "/pre",
      "ul",  "/ul",    "ol",           "/ol", "ol start",   "li",      "/li",  "blockquote", "/blockquote", "h2",
      "/h2", "h3",     "/h3",          "h4",  "/h4",        "h5",      "/h5",  "h6",         "/h6",         "br",
      "hr",  "a href", "a href title", "/a",  "code class", "del",     "/del", "<!--"};
  if (!kAllowed.count(Shape(tag))) return false;
  if (Shape(tag) == "<!--") return tag == "<!-- raw HTML omitted -->";
  static const std::regex kDanger(R"(javascript:|vbscript:|data:)", std::regex::icase);
  return !std::regex_search(tag, kDanger);
}

/// A name must add or change no tag: `page` against the page for a plain name.
inline std::string CheckName(const std::string& what, const std::string& page, const std::string& plain) {
  if (const std::string bad = ForbiddenIn(page); !bad.empty()) return what + ": " + bad;
  if (Shapes(page) != Shapes(plain)) {
    std::multiset<std::string> a = Shapes(page), b = Shapes(plain);
    for (const std::string& t : b) {
      if (auto it = a.find(t); it != a.end()) a.erase(it);
    }
    return what + ": the name changed the markup" + (a.empty() ? std::string() : ": " + a.begin()->substr(0, 200));
  }
  return "";
}

/// A text may add only harmless Markdown: every tag of `page` is one of the
/// template's (`known`) or a harmless Markdown tag.
inline std::string CheckText(const std::string& what, const std::string& page, const std::set<std::string>& known) {
  if (const std::string bad = ForbiddenIn(page); !bad.empty()) return what + ": " + bad;
  for (const std::string& t : Tags(page)) {
    if (!known.count(Shape(t)) && !HarmlessMarkdownTag(t))
      return what + ": a tag made from input text: " + t.substr(0, 200);
  }
  return "";
}

struct ExpatCheck {
  static std::string Parse(const std::string& part, const std::string& data) {
    XML_Parser p = XML_ParserCreate("UTF-8");
    const bool ok = XML_Parse(p, data.data(), static_cast<int>(data.size()), 1) == XML_STATUS_OK;
    std::string error = ok ? "" : part + ": not well-formed XML: " + XML_ErrorString(XML_GetErrorCode(p));
    XML_ParserFree(p);
    if (error.empty()) {
      if (const std::string bad = ForbiddenIn(data); !bad.empty()) error = part + ": " + bad;
    }
    return error;
  }
};

/// Every .xml and .rels part of the workbook at `path` parses.
inline std::string CheckWorkbook(const std::filesystem::path& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!z) return path.filename().string() + ": not a zip file";
  std::string problem;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n && problem.empty(); ++i) {
    const std::string name = zip_get_name(z, i, 0);
    if (!name.ends_with(".xml") && !name.ends_with(".rels")) continue;
    zip_stat_t st;
    zip_stat_index(z, i, 0, &st);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, i, 0);
    if (!f || zip_fread(f, data.data(), st.size) != static_cast<zip_int64_t>(st.size)) problem = name + ": unreadable";
    if (f) zip_fclose(f);
    if (problem.empty()) problem = ExpatCheck::Parse(path.filename().string() + " " + name, data);
  }
  zip_close(z);
  return problem;
}

inline std::filesystem::path TempDir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d =
        std::filesystem::temp_directory_path() / ("mtvp-writer-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace writers_detail

/// The HTML writer: "" when every invariant holds.
inline std::string RunHtmlWriter(std::string_view bytes) {
  using namespace writers_detail;
  const Input in = Split(bytes);
  std::string error;
  struct Pages {
    std::string praktijk, overzicht;
  };
  auto render = [&](const std::string& name, const std::string& text) {
    Pages p;
    const std::unique_ptr<Beoordeling> beoordeling = Judge(name, text);
    p.praktijk = RenderPages(*beoordeling, &p.overzicht, &error);
    return p;
  };
  const Pages fuzzed = render(in.name, in.text);
  const Pages plain_name = render("x", in.text);  // same text, so the same verdicts
  if (!error.empty()) return "render: " + error;
  if (std::string bad = CheckName("praktijk (naam)", fuzzed.praktijk, plain_name.praktijk); !bad.empty()) return bad;
  if (std::string bad = CheckName("overzicht (naam)", fuzzed.overzicht, plain_name.overzicht); !bad.empty()) return bad;
  // The template's own tags, for a failing and for a passing text.
  static const std::set<std::string> known = [&] {
    std::set<std::string> out;
    for (const char* t :
         {"x", "We hebben de training afgerond en het werk anders verdeeld; de assistentes plannen nu zelf."}) {
      const Pages p = render("x", t);
      for (const std::string& s : Shapes(p.praktijk)) out.insert(s);
    }
    return out;
  }();
  if (!error.empty()) return "render: " + error;
  return CheckText("praktijk (tekst)", plain_name.praktijk, known);
}

/// The xlsx writer: "" when every invariant holds.
inline std::string RunXlsxWriter(std::string_view bytes) {
  using namespace writers_detail;
  const Input in = Split(bytes);
  const std::unique_ptr<Beoordeling> beoordeling = Judge(in.name, in.text);
  const Report* report = &beoordeling->report;
  const std::filesystem::path dir = TempDir();
  std::string error;
  const std::filesystem::path praktijk = dir / "praktijk.xlsx";
  const html::Praktijknamen namen(*report);
  if (!xlsx::WritePraktijkWorkbook(*report, beoordeling->praktijken.front(), namen, praktijk, &error)) {
    return "praktijk workbook: " + error;
  }
  if (std::string bad = CheckWorkbook(praktijk); !bad.empty()) return bad;
  const std::filesystem::path raw = dir / "raw.xlsx";
  auto wb = xlsx::Workbook::Create(raw, report->peildatum, in.name, &error);
  if (!wb) return "raw workbook: " + error;
  xlsx::Sheet sheet = wb->AddSheet(in.name.empty() ? "leeg" : in.name.substr(0, 31));
  sheet.Text(0, 0, in.name);
  sheet.Text(1, 0, in.text);
  // A sheet name Excel refuses is an error we report, not a broken file.
  if (wb->Close(&error)) {
    if (std::string bad = CheckWorkbook(raw); !bad.empty()) return bad;
  }
  return "";
}

}  // namespace mtvp::fuzz

#endif  // MTVP_FUZZ_WRITER_TARGETS_H_
