#include <catch2/catch.hpp>

#include "base/safe_text.h"
#include "render/html/svg_charts.h"

namespace mtvp {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("SafeText: text XML cannot hold and bidi controls become U+FFFD", "[safe_text]") {
  CHECK(SafeText("Huisartsen Zeist-Centrum\tA\n") == "Huisartsen Zeist-Centrum\tA\n");
  CHECK(SafeText("Praktijk \xC3\xA9\xE2\x82\xAC") == "Praktijk \xC3\xA9\xE2\x82\xAC");  // é €
  CHECK(SafeText(std::string("a\0b", 3)) == "a" + kFffd + "b");
  CHECK(SafeText("a\x01"
                 "b") == "a" + kFffd + "b");
  CHECK(SafeText("a\xEF\xBF\xBE"
                 "b") == "a" + kFffd + "b");  // U+FFFE
  CHECK(SafeText("a\xEF\xBF\xBF"
                 "b") == "a" + kFffd + "b");  // U+FFFF
  CHECK(SafeText("a\xED\xA0\x80"
                 "b") == "a" + kFffd + kFffd + kFffd + "b");  // lone surrogate, as CESU bytes
  CHECK(SafeText("a\xE2\x80\xAE"
                 "cba") == "a" + kFffd + "cba");  // right-to-left override
  CHECK(SafeText("a\xE2\x81\xA6"
                 "b") == "a" + kFffd + "b");                    // left-to-right isolate
  CHECK(SafeText("a\xC0\xAF") == "a" + kFffd + kFffd);          // overlong
  CHECK(SafeText("a\xF0\x9F\x98\x80") == "a\xF0\x9F\x98\x80");  // emoji stays
  CHECK(SafeText("\xE2\x82") == kFffd + kFffd);                 // cut short
  CHECK(IsSafeText("gewoon"));
  CHECK_FALSE(IsSafeText(std::string("\0", 1)));
}

TEST_CASE("XmlEscape: escapes and makes the text safe", "[safe_text]") {
  CHECK(html::XmlEscape("<a\x02>") == "&lt;a" + kFffd + "&gt;");
}

}  // namespace
}  // namespace mtvp
