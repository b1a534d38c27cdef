#include <catch2/catch.hpp>

#include "base/diagnostics.h"
#include "base/dutch_format.h"

namespace mtvp {

TEST_CASE("Diagnostics: formatted as file, JSON pointer, message", "[diagnostics]") {
  Diagnostics d;
  d.Error("inzendingen/01012345/jaar-2.json", "/interventies/3/id", "onbekende interventie \"x\"");
  d.Warning("praktijken.json", "", "let op");
  REQUIRE(d.size() == 2);
  CHECK(d.ErrorCount() == 1);
  CHECK(d.all()[0].Format() == "inzendingen/01012345/jaar-2.json: /interventies/3/id: onbekende interventie \"x\"");
  CHECK(d.all()[1].Format() == "praktijken.json: let op");
}

TEST_CASE("SuggestClosest: proposes a near miss, nothing for a far one", "[diagnostics]") {
  const std::vector<std::string> ids = {"triage-training", "welzijn-op-recept", "lean"};
  CHECK(SuggestClosest("triage-traning", ids) == "triage-training");
  CHECK(SuggestClosest("welzijn-op-recpet", ids) == "welzijn-op-recept");
  CHECK(SuggestClosest("beeldbellen", ids).empty());
  CHECK(SuggestClosest("scholing.pho", std::vector<std::string>{"scholing.pm", "scholing.poh"}) == "scholing.poh");
  CHECK(UnknownWithSuggestion("onbekende interventie", "triage-traning", ids) ==
        "onbekende interventie \"triage-traning\"; bedoelde u \"triage-training\"?");
  CHECK(UnknownWithSuggestion("onbekende interventie", "zzz", ids) == "onbekende interventie \"zzz\"");
}

TEST_CASE("PointerJoin: escapes ~ and / as RFC 6901 says", "[diagnostics]") {
  CHECK(PointerJoin("/waarden", "a/b~c") == "/waarden/a~1b~0c");
  CHECK(PointerJoin("/interventies", size_t{3}) == "/interventies/3");
}

TEST_CASE("Dutch number formatting", "[format]") {
  CHECK(FormatGetal(19.2) == "19,2");
  CHECK(FormatGetal(1.6 * 12) == "19,2");
  CHECK(FormatGetal(12) == "12");
  CHECK(FormatGetal(6.4) == "6,4");
  CHECK(FormatGetal(0.25) == "0,25");
  CHECK(FormatPercentage(0.5) == "50%");
  CHECK(FormatPercentage(1.0 / 3) == "33,3%");
}

}  // namespace mtvp
