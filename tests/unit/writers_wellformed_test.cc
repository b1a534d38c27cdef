// The writer harnesses' checks (fuzz/writer_targets.h) on the hostile texts
// that once broke a page or a workbook, and on every saved finding in
// tests/fuzz-regressions/{html_writer,xlsx_writer}/; and libxlsxwriter's own
// lines never reaching descriptor 2.
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "../../fuzz/writer_targets.h"
#include "base/parallel.h"
#include "render/xlsx/library_guard.h"
#include "render/xlsx/xlsx_workbook.h"
#include "test_util.h"

namespace mtvp {
namespace {

const std::vector<std::string>& Hostile() {
  static const std::vector<std::string> texts = {
      std::string("gewoon\xff"
                  "Een **gewone** toelichting."),
      std::string("<script>alert(1)</script>\xff<img src=x onerror=alert(1)> [x](javascript:alert(1)) <b>vet</b>"),
      std::string("nul\0na\xff"
                  "nul\0na",
                  13),
      "U+0001 \x01 U+FFFE \xef\xbf\xbe U+FFFF \xef\xbf\xbf\xff"
      "U+0001 \x01 U+FFFE \xef\xbf\xbe",
      "lone surrogate \xed\xa0\x80 en \xc3 afgebroken\xff\xed\xbf\xbf \xe2\x80",
      "rtl \xe2\x80\xae gekeerd \xe2\x81\xa6 isolaat\xff\xe2\x80\xae"
      "draai om",
      "'Blad'/[*]:?\\\xff=HYPERLINK(\"http://x\")",
      "&amp; &lt; ]]> <![CDATA[ x ]]>\xff&#0; &#xFFFE; ]]>",
  };
  return texts;
}

std::vector<std::string> Saved(const std::string& harness) {
  std::vector<std::string> out;
  const auto dir = test::SourceDir() / "tests" / "fuzz-regressions" / harness;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".md") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

TEST_CASE("HTML writer: hostile names and texts give well-formed pages without markup from input", "[fuzz][html]") {
  std::vector<std::string> inputs = Hostile();
  for (const std::string& s : Saved("html_writer")) inputs.push_back(s);
  for (const std::string& in : inputs) {
    INFO(in);
    CHECK(fuzz::RunHtmlWriter(in) == "");
  }
}

TEST_CASE("xlsx writer: every part of every workbook is well-formed XML for hostile texts", "[fuzz][xlsx]") {
  std::vector<std::string> inputs = Hostile();
  for (const std::string& s : Saved("xlsx_writer")) inputs.push_back(s);
  for (const std::string& in : inputs) {
    INFO(in);
    CHECK(fuzz::RunXlsxWriter(in) == "");
  }
}

TEST_CASE("Writer checks catch what they are meant to catch", "[fuzz]") {
  using fuzz::writers_detail::CheckName;
  using fuzz::writers_detail::CheckText;
  using fuzz::writers_detail::ForbiddenIn;
  using fuzz::writers_detail::Shape;
  CHECK(ForbiddenIn("gewoon ë") == "");
  CHECK(ForbiddenIn(std::string("a\0b", 3)) != "");
  CHECK(ForbiddenIn("\xef\xbf\xbe") != "");
  CHECK(ForbiddenIn("\xed\xa0\x80") != "");
  CHECK(ForbiddenIn("\xe2\x80\xae") != "");
  CHECK(Shape("<a href=\"x\" class='y'>") == "a href class");
  CHECK(CheckName("p", "<p title=\"&quot;a\">x</p>", "<p title=\"b\">x</p>") == "");
  CHECK(CheckName("p", "<p title=\"a\" onclick=\"x\">x</p>", "<p title=\"b\">x</p>") != "");
  CHECK(CheckName("p", "<p>x<em>y</em></p>", "<p>x</p>") != "");
  const std::set<std::string> known = {"p", "/p", "div class", "/div"};
  CHECK(CheckText("p", "<div class=\"x\"><p>x</p><em>y</em></div>", known) == "");
  CHECK(CheckText("p", "<p>x</p><script>", known) != "");
  CHECK(CheckText("p", "<p>x</p><a href=\"javascript:x\">", known) != "");
  CHECK(CheckText("p", "<img src=x onerror=y>", known) != "");
  CHECK(fuzz::writers_detail::ExpatCheck::Parse("x", "<a>\x01</a>") != "");
}

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
TEST_CASE("libxlsxwriter's own lines never reach descriptor 2", "[xlsx]") {
  test::TempDir tmp;
  const std::filesystem::path captured = tmp.path() / "stderr.txt";
  const int saved = ::dup(STDERR_FILENO);
  const int file = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(file >= 0);
  ::dup2(file, STDERR_FILENO);
  ::close(file);
  const size_t dropped_before = xlsx::LibraryLinesDropped();
  std::string error;
  {
    auto wb = xlsx::Workbook::Create(tmp.path() / "a.xlsx", Date{2026, 6, 30}, "titel", &error);
    REQUIRE(wb);
    wb->AddSheet("Blad");
    wb->AddSheet("Blad");  // libxlsxwriter prints "[ERROR]: workbook_add_worksheet(): ..." for this
    CHECK_FALSE(wb->Close(&error));
  }
  {
    // A folder that does not exist: workbook_close prints its own error line.
    auto wb = xlsx::Workbook::Create(tmp.path() / "bestaat-niet" / "b.xlsx", Date{2026, 6, 30}, "titel", &error);
    REQUIRE(wb);
    wb->AddSheet("Blad");
    std::string close_error;
    CHECK_FALSE(wb->Close(&close_error));
    CHECK(close_error.find("het bestand kan niet worden aangemaakt") != std::string::npos);
    CHECK(close_error.find("Error") == std::string::npos);
  }
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  CHECK(error.find("een werkbladnaam komt twee keer voor") != std::string::npos);
  std::ifstream in(captured);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == "");
  CHECK(xlsx::LibraryLinesDropped() > dropped_before);
}
#endif

TEST_CASE("gmtime converts into a buffer per thread, so workbooks close in parallel", "[xlsx]") {
  // The gmtime the dynamic linker resolves, for libxlsxwriter.so as for us,
  // is the program's own (library_guard.cc), not the C library's.
  CHECK(::dlsym(RTLD_DEFAULT, "gmtime") == reinterpret_cast<void*>(&::gmtime));
  const std::time_t t = 1782820800;  // 2026-06-30 12:00:00 UTC
  const std::tm* here = std::gmtime(&t);
  REQUIRE(here);
  bool eigen_buffer = false;
  std::tm daar{};
  std::thread([&] {
    const std::tm* there = std::gmtime(&t);
    eigen_buffer = there && there != here;
    if (there) daar = *there;
  }).join();
  CHECK(eigen_buffer);
  CHECK(daar.tm_year == 126);
  CHECK(daar.tm_mon == 5);
  CHECK(daar.tm_mday == 30);
  CHECK(daar.tm_hour == 12);

  // Eight workbooks closed on four threads at once: each whole, and the same
  // bytes as one closed alone (ThreadSanitizer watches this in run-tests.sh).
  test::TempDir tmp;
  auto write = [&](const std::string& naam) {
    std::string error;
    auto wb = xlsx::Workbook::Create(tmp.path() / naam, Date{2026, 6, 30}, "titel", &error);
    if (!wb) return error;
    xlsx::Sheet sheet = wb->AddSheet("Blad");
    for (lxw_row_t r = 0; r < 200; ++r) sheet.Text(r, 0, "rij " + std::to_string(r));
    return wb->Close(&error) ? std::string() : error;
  };
  REQUIRE(write("alleen.xlsx").empty());
  std::vector<std::string> errors(8);
  ParallelFor(errors.size(), 4, [&](size_t i) { errors[i] = write("samen-" + std::to_string(i) + ".xlsx"); });
  const std::string alone = test::ReadText(tmp.path() / "alleen.xlsx");
  for (size_t i = 0; i < errors.size(); ++i) {
    INFO(i);
    CHECK(errors[i].empty());
    CHECK(test::ReadText(tmp.path() / ("samen-" + std::to_string(i) + ".xlsx")) == alone);
  }
}

}  // namespace
}  // namespace mtvp
