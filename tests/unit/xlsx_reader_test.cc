#include <zip.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "intake/xlsx_reader.h"
#include "test_util.h"

namespace mtvp::intake {
namespace {

using Members = std::vector<std::pair<std::string, std::string>>;

// A zip archive of `members` in memory, written with libzip (deflate).
std::string Zip(const Members& members) {
  const auto path = std::filesystem::temp_directory_path() / ("mtvp-xlsx-test-" + std::to_string(::getpid()) + ".zip");
  std::filesystem::remove(path);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  for (const auto& [name, data] : members) {
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    REQUIRE(src != nullptr);
    REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

const char* kContentTypes =
    R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const char* kRootRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

std::string WorkbookXml(bool date1904, const std::string& sheets) {
  return std::string(
             R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
             R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
         (date1904 ? R"(<workbookPr date1904="1"/>)" : "<workbookPr/>") + "<sheets>" + sheets + "</sheets></workbook>";
}

std::string WorkbookRels(bool shared, int sheets) {
  std::string s =
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (int i = 1; i <= sheets; ++i) {
    s +=
        "<Relationship Id=\"rId" + std::to_string(i) +
        R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet)" +
        std::to_string(i) + ".xml\"/>";
  }
  if (shared) {
    s +=
        R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)";
  }
  return s + "</Relationships>";
}

std::string SheetXml(const std::string& rows) {
  return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

// A one-sheet workbook ("Cijfers") with the given rows and shared strings.
std::string OneSheet(const std::string& rows, const std::string& shared = "", bool date1904 = false) {
  Members m = {{"[Content_Types].xml", kContentTypes},
               {"_rels/.rels", kRootRels},
               {"xl/workbook.xml", WorkbookXml(date1904, R"(<sheet name="Cijfers" sheetId="1" r:id="rId1"/>)")},
               {"xl/_rels/workbook.xml.rels", WorkbookRels(!shared.empty(), 1)},
               {"xl/worksheets/sheet1.xml", SheetXml(rows)}};
  if (!shared.empty()) {
    m.push_back({"xl/sharedStrings.xml",
                 R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                     shared + "</sst>"});
  }
  return Zip(m);
}

}  // namespace

TEST_CASE("xlsx reader: shared, inline and formula strings, numbers, booleans, errors", "[xlsx_reader]") {
  const std::string rows =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>)"
      R"(<row r="3"><c r="A3"><v>20</v></c><c r="B3"><v>20.0</v></c><c r="C3" s="1"/><c r="D3" t="b"><v>1</v></c>)"
      R"(<c r="E3" t="str"><f>A1&amp;"x"</f><v>berekend</v></c><c r="F3" t="e"><v>#DIV/0!</v></c><c r="G3"><f>1+1</f><v>2</v></c></row>)"
      R"(<row><c><v>7</v></c><c><v>8.5</v></c></row>)";
  const std::string shared =
      R"(<si><t>Tekst &amp; meer</t></si><si><r><t>rijk</t></r><r><rPr/><t xml:space="preserve"> opgemaakt</t></r><rPh><t>phon</t></rPh></si>)";
  const XlsxReadResult r = ReadXlsxBytes(OneSheet(rows, shared));
  REQUIRE(r.error == "");
  REQUIRE(r.workbook);
  const XlsxSheet* s = r.workbook->Find("Cijfers");
  REQUIRE(s != nullptr);
  CHECK(s->At(1, 1)->text == "Tekst & meer");
  CHECK(s->At(1, 2)->text == "rijk opgemaakt");
  CHECK(s->At(1, 3)->text == "inline");
  CHECK(s->At(3, 1)->kind == XlsxCell::Kind::kNumber);
  CHECK(s->At(3, 1)->number == 20);
  CHECK(s->At(3, 2)->number == 20);
  CHECK(s->At(3, 2)->text == "20.0");
  CHECK(s->At(3, 3) == nullptr);  // styled but empty
  CHECK(s->At(3, 4)->kind == XlsxCell::Kind::kBool);
  CHECK(s->At(3, 4)->boolean);
  CHECK(s->At(3, 5)->text == "berekend");
  CHECK(s->At(3, 6)->kind == XlsxCell::Kind::kError);
  CHECK(s->At(3, 7)->number == 2);
  // A row and cells without r="": the next row, the next columns.
  CHECK(s->At(4, 1)->number == 7);
  CHECK(s->At(4, 2)->number == 8.5);
  CHECK(s->MaxRow() == 4);
  CHECK_FALSE(r.workbook->date1904);
}

TEST_CASE("xlsx reader: hidden sheets and the 1904 date system", "[xlsx_reader]") {
  Members m = {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRootRels},
      {"xl/workbook.xml", WorkbookXml(true, R"(<sheet name="Zichtbaar" sheetId="1" r:id="rId1"/>)"
                                            R"(<sheet name="_sleutels" sheetId="2" state="veryHidden" r:id="rId2"/>)")},
      {"xl/_rels/workbook.xml.rels", WorkbookRels(false, 2)},
      {"xl/worksheets/sheet1.xml", SheetXml("")},
      {"xl/worksheets/sheet2.xml", SheetXml(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")}};
  const XlsxReadResult r = ReadXlsxBytes(Zip(m));
  REQUIRE(r.error == "");
  CHECK(r.workbook->date1904);
  REQUIRE(r.workbook->sheets.size() == 2);
  CHECK_FALSE(r.workbook->sheets[0].hidden);
  CHECK(r.workbook->sheets[1].hidden);
  CHECK(r.workbook->Find("_sleutels")->At(1, 1)->number == 1);
}

TEST_CASE("xlsx reader: date serials in both systems", "[xlsx_reader]") {
  CHECK(SerialToDate(1, false) == Date{1900, 1, 1});
  CHECK(SerialToDate(59, false) == Date{1900, 2, 28});
  CHECK_FALSE(SerialToDate(60, false));  // Excel's phantom 29 February 1900
  CHECK(SerialToDate(61, false) == Date{1900, 3, 1});
  CHECK(SerialToDate(45658, false) == Date{2025, 1, 1});
  CHECK(SerialToDate(45658.75, false) == Date{2025, 1, 1});
  CHECK(SerialToDate(44196, true) == Date{2025, 1, 1});
  CHECK(SerialToDate(0, true) == std::nullopt);
  CHECK_FALSE(SerialToDate(-5, false));
  CHECK_FALSE(SerialToDate(1e300, false));
  for (const Date d : {Date{1900, 1, 1}, Date{1900, 2, 28}, Date{1900, 3, 1}, Date{2024, 2, 29}, Date{2026, 12, 31}}) {
    CHECK(SerialToDate(DateToSerial(d), false) == d);
  }
}

TEST_CASE("xlsx reader: cell references", "[xlsx_reader]") {
  CHECK(CellRef(14, 3) == "C14");
  CHECK(CellRef(1, 26) == "Z1");
  CHECK(CellRef(1, 27) == "AA1");
  CHECK(CellRef(2, 16384) == "XFD2");
  CHECK(ParseCellRef("AA10") == std::make_pair(10, 27));
  CHECK_FALSE(ParseCellRef("A"));
  CHECK_FALSE(ParseCellRef("10"));
  CHECK_FALSE(ParseCellRef("A0"));
  CHECK_FALSE(ParseCellRef("XFE1"));
  CHECK_FALSE(ParseCellRef("A1x"));
  CHECK_FALSE(ParseCellRef("A99999999"));
}

TEST_CASE("xlsx reader: a file that is not a zip gets a clear Dutch error", "[xlsx_reader]") {
  const XlsxReadResult r = ReadXlsxBytes("agb,naam\n01234567,Praktijk\n");
  CHECK_FALSE(r.workbook);
  CHECK(r.error.find("geen Excel-werkboek (.xlsx)") != std::string::npos);
  CHECK(ReadXlsxBytes("").error.find("geen Excel-werkboek") != std::string::npos);
  // A zip without a workbook.
  const XlsxReadResult z = ReadXlsxBytes(Zip({{"leesmij.txt", "hallo"}}));
  CHECK(z.error == "mist het onderdeel xl/workbook.xml; is dit een Excel-werkboek?");
}

TEST_CASE("xlsx reader: odd member names are refused", "[xlsx_reader]") {
  for (const std::string bad : {"../evil.xml", "xl/../../evil", "/etc/passwd", "xl\\worksheets\\sheet1.xml"}) {
    const XlsxReadResult r = ReadXlsxBytes(Zip({{"xl/workbook.xml", WorkbookXml(false, "")}, {bad, "x"}}));
    CHECK_FALSE(r.workbook);
    CHECK(r.error.find("ongeldige naam") != std::string::npos);
  }
  // A relationship pointing out of the package.
  Members m = {
      {"xl/workbook.xml", WorkbookXml(false, R"(<sheet name="A" sheetId="1" r:id="rId1"/>)")},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="../../geheim.xml"/></Relationships>)"}};
  CHECK(ReadXlsxBytes(Zip(m)).error.find("ongeldige verwijzing") != std::string::npos);
}

TEST_CASE("xlsx reader: DTDs and entity expansion are refused", "[xlsx_reader]") {
  const std::string laughs =
      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>)"
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>)";
  Members m = {{"xl/workbook.xml", WorkbookXml(false, R"(<sheet name="A" sheetId="1" r:id="rId1"/>)")},
               {"xl/_rels/workbook.xml.rels", WorkbookRels(false, 1)},
               {"xl/worksheets/sheet1.xml", laughs}};
  const XlsxReadResult r = ReadXlsxBytes(Zip(m));
  CHECK_FALSE(r.workbook);
  CHECK(r.error == "xl/worksheets/sheet1.xml: bevat een DTD (<!DOCTYPE>); die wordt uit veiligheid geweigerd");
  // An entity without a DTD is an XML error, not an expansion.
  m[2].second = SheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>)");
  CHECK(ReadXlsxBytes(Zip(m)).error.find("is geen geldige XML") != std::string::npos);
}

TEST_CASE("xlsx reader: a zip bomb is refused in bounded time", "[xlsx_reader]") {
  // 200 MiB of zeros compresses to about 200 KiB.
  const std::string zeros(size_t{200} << 20, '0');
  Members m = {{"xl/workbook.xml", WorkbookXml(false, R"(<sheet name="A" sheetId="1" r:id="rId1"/>)")},
               {"xl/_rels/workbook.xml.rels", WorkbookRels(false, 1)},
               {"xl/worksheets/sheet1.xml", zeros}};
  const std::string bomb = Zip(m);
  CHECK(bomb.size() < (size_t{2} << 20));
  const auto t0 = std::chrono::steady_clock::now();
  const XlsxReadResult r = ReadXlsxBytes(bomb);
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
  CHECK_FALSE(r.workbook);
  CHECK(r.error.find("te groot") != std::string::npos);
  // Under the size limit but compressed far too well.
  XlsxLimits limits;
  limits.max_member_bytes = size_t{512} << 20;
  CHECK(ReadXlsxBytes(bomb, limits).error.find("zip-bom") != std::string::npos);
}

TEST_CASE("xlsx reader: too many rows or cells are refused", "[xlsx_reader]") {
  std::string rows;
  for (int i = 1; i <= 1001; ++i) rows += "<row r=\"" + std::to_string(i) + "\"><c><v>1</v></c><c><v>2</v></c></row>";
  XlsxLimits limits;
  limits.max_rows = 1000;
  CHECK(ReadXlsxBytes(OneSheet(rows), limits).error == "xl/worksheets/sheet1.xml: bevat meer dan 1000 rijen");
  limits.max_rows = 100000;
  limits.max_cells = 1500;
  CHECK(ReadXlsxBytes(OneSheet(rows), limits).error == "xl/worksheets/sheet1.xml: bevat meer dan 1500 cellen");
  // A million rows with the default limits: refused, fast.
  std::string million;
  million.reserve(size_t{30} << 20);
  for (int i = 1; i <= 1000000; ++i) million += "<row><c><v>1</v></c></row>";
  XlsxLimits no_ratio;
  no_ratio.max_ratio = 1e9;  // such XML compresses about as well as a bomb
  const XlsxReadResult r = ReadXlsxBytes(OneSheet(million), no_ratio);
  CHECK(r.error == "xl/worksheets/sheet1.xml: bevat meer dan 100000 rijen");
  // A cell reference far out of range.
  CHECK(
      ReadXlsxBytes(OneSheet(R"(<row r="1"><c r="ZZZZ1"><v>1</v></c></row>)")).error.find("ongeldige celverwijzing") !=
      std::string::npos);
  // A shared string index that does not exist.
  CHECK(ReadXlsxBytes(OneSheet(R"(<row r="1"><c r="A1" t="s"><v>5</v></c></row>)", "<si><t>a</t></si>"))
            .error.find("verwijst naar een tekst die niet bestaat") != std::string::npos);
}

TEST_CASE("xlsx reader: the saved fuzz inputs read without harm", "[xlsx_reader][fuzz]") {
  // tests/fuzz-regressions/xlsx/: seeds of fuzz/fuzz_xlsx.cc and whatever it found.
  const std::filesystem::path dir = test::SourceDir() / "tests" / "fuzz-regressions" / "xlsx";
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++n;
    const XlsxReadResult r = ReadXlsx(entry.path());
    CHECK(r.workbook.has_value() == r.error.empty());
    if (entry.path().filename() == "uitvraag-basis.xlsx") {
      REQUIRE(r.workbook);
      const XlsxSheet* marker = r.workbook->Find("mtvp");
      REQUIRE(marker != nullptr);
      CHECK(marker->hidden);
      CHECK(marker->At(1, 2)->text == "mtvp-uitvraag/1");
      CHECK(r.workbook->Find("Cijfers") != nullptr);
    }
  }
  CHECK(n >= 1);
}

}  // namespace mtvp::intake
