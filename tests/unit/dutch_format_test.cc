#include <catch2/catch.hpp>

#include "base/dutch_format.h"

namespace mtvp {
namespace {

TEST_CASE("FormatGetalOmlaag/Omhoog: a failed figure never shows as the limit", "[format]") {
  // 3,999 uur against minimaal 4: not "4 uur ... 0 uur te weinig".
  CHECK(FormatGetal(3.999) == "4");
  CHECK(FormatGetalOmlaag(3.999) == "3,99");
  CHECK(FormatGetalOmhoog(4 - 3.999) == "0,01");
  // Maximaal 10, 10,001 given: shown above the limit.
  CHECK(FormatGetalOmhoog(10.001) == "10,01");
  // Figures that are exact at two decimals stay as they are.
  CHECK(FormatGetalOmlaag(3.99) == "3,99");
  CHECK(FormatGetalOmhoog(0.2) == "0,2");
  CHECK(FormatGetalOmlaag(19) == "19");
  CHECK(FormatGetalOmhoog(19.2 - 19) == "0,2");
}

TEST_CASE("TenMinsteEenVan: the een_van wording of verdicts and of regels.html", "[format]") {
  CHECK(TenMinsteEenVan({"a", "b"}) == "ten minste één van: a; of b");
  CHECK(TenMinsteEenVan({"minimaal één doktersassistent", "een teamtraining", "een verbetervoorstel"}) ==
        "ten minste één van: minimaal één doktersassistent; of een teamtraining; of een verbetervoorstel");
  CHECK(TenMinsteEenVan({"alleen"}) == "ten minste één van: alleen");
}

}  // namespace
}  // namespace mtvp
