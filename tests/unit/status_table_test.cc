// The one table of how statuses look (status_table.h) against the stylesheet
// the pages inline: the same colours, and a class for every status.
#include <cstdio>
#include <regex>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "model/status_table.h"
#include "model/vocabulary.h"
#include "test_util.h"

namespace mtvp {
namespace {

// The value of `--name: #rrggbb;` in the stylesheet, or -1.
long CssColour(const std::string& css, const std::string& name) {
  const std::regex re("--" + name + ":\\s*#([0-9a-fA-F]{6});");
  std::smatch m;
  if (!std::regex_search(css, m, re)) return -1;
  return std::stol(m[1].str(), nullptr, 16);
}

std::string Hex(long v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%06lx", v);
  return buf;
}

}  // namespace

TEST_CASE("Status table: the stylesheet's status colours are the table's", "[status-table]") {
  const std::string css = test::ReadText(test::SourceDir() / "templates" / "stijl.css");
  REQUIRE(!css.empty());
  for (const TintColours& t : kTints) {
    INFO(t.css);
    CHECK(Hex(CssColour(css, std::string(t.css))) == Hex(t.text));
    CHECK(Hex(CssColour(css, std::string(t.css) + "-bg")) == Hex(t.background));
    CHECK(&ColoursOf(t.tint) == &t);
  }
}

TEST_CASE("Status table: every status and submission status has a badge class in the stylesheet", "[status-table]") {
  const std::string css = test::ReadText(test::SourceDir() / "templates" / "stijl.css");
  for (const Status s : kStatusVolgorde) {
    INFO(Name(s));
    CHECK(LookOf(s).status == s);
    CHECK(css.find(".badge-" + std::string(LookOf(s).klasse) + " ") != std::string::npos);
    CHECK(!LookOf(s).teken.empty());
  }
  for (const InzendStatus s : kInzendVolgorde) {
    INFO(Name(s));
    CHECK(LookOf(s).status == s);
    CHECK(css.find(".badge-" + std::string(LookOf(s).klasse) + " ") != std::string::npos);
  }
}

TEST_CASE("Status table: a class always has the same colours", "[status-table]") {
  // The badge class decides the colour on a page; the tint decides it in a
  // workbook. One class, one tint, wherever it is used.
  std::map<std::string_view, Tint> by_class;
  auto same = [&](std::string_view klasse, Tint tint) {
    INFO(klasse);
    const auto [it, added] = by_class.emplace(klasse, tint);
    CHECK(it->second == tint);
  };
  for (const Status s : kStatusVolgorde) same(LookOf(s).klasse, LookOf(s).tint);
  for (const InzendStatus s : kInzendVolgorde) same(LookOf(s).klasse, LookOf(s).tint);
}

TEST_CASE("Status table: the order lists every status but the undecided one, once", "[status-table]") {
  const std::set<Status> listed(kStatusVolgorde.begin(), kStatusVolgorde.end());
  CHECK(listed.size() == kStatusVolgorde.size());
  CHECK(listed.size() == kStatusCount - 1);
  CHECK(listed.count(Status::kOnbeslist) == 0);
}

}  // namespace mtvp
