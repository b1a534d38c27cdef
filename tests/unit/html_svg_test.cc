#include <catch2/catch.hpp>

#include <regex>

#include "render/html/svg_charts.h"

namespace mtvp::html {

TEST_CASE("SVG bar chart: accessible, with every value as text", "[html][svg]") {
  const std::string svg =
      StaafDiagram({"d1",
                    "Praktijken per oordeel",
                    "Aantal praktijken.",
                    10,
                    {{"voldoet", 5, "5", true, "voldoet"}, {"voldoet niet", 0, "<5", false, "voldoet-niet"}}});
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\""));
  CHECK(svg.find("role=\"img\" aria-labelledby=\"d1-titel d1-beschrijving\"") != std::string::npos);
  CHECK(svg.find("<title id=\"d1-titel\">Praktijken per oordeel</title>") != std::string::npos);
  // The description lists the values, escaped; a suppressed bar is not drawn.
  CHECK(svg.find("<desc id=\"d1-beschrijving\">Aantal praktijken. voldoet: 5. voldoet niet: &lt;5.</desc>") !=
        std::string::npos);
  CHECK(svg.find("class=\"staaf-voldoet\"") != std::string::npos);
  CHECK(svg.find("class=\"staaf-voldoet-niet\"") == std::string::npos);
  CHECK(svg.find(">&lt;5</text>") != std::string::npos);
}

TEST_CASE("SVG bar chart: bar length is proportional and coordinates are integers", "[html][svg]") {
  const std::string half = StaafDiagram({"d", "t", "", 4, {{"a", 2, "2", true, "neutraal"}}});
  const std::string full = StaafDiagram({"d", "t", "", 4, {{"a", 4, "4", true, "neutraal"}}});
  auto width = [](const std::string& svg) {
    const size_t at = svg.find("width=\"", svg.find("<rect"));
    return std::stoi(svg.substr(at + 7));
  };
  CHECK(width(full) == 2 * width(half));
  CHECK_FALSE(std::regex_search(half, std::regex("[0-9]\\.[0-9]")));  // no fractional coordinates
}

TEST_CASE("SVG bar chart: labels are escaped and long ones wrap", "[html][svg]") {
  const std::string svg =
      StaafDiagram({"d",
                    "<t>",
                    "",
                    1,
                    {{"Samenwerking met de wijkverpleging / buurtteam & sociaal team", 1, "1", true, "neutraal"}}});
  CHECK(svg.find("<title id=\"d-titel\">&lt;t&gt;</title>") != std::string::npos);
  CHECK(svg.find("&amp; sociaal team") != std::string::npos);
  CHECK(svg.find("dy=\"16\"") != std::string::npos);  // a second line
}

TEST_CASE("XmlEscape escapes the five XML characters", "[html][svg]") {
  CHECK(XmlEscape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

}  // namespace mtvp::html
