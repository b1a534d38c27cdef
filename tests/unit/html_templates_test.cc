#include <catch2/catch.hpp>

#include "html/templates.h"
#include "html/afscherming.h"

namespace mtvp::html {

TEST_CASE("Templates: every page template and the stylesheet are embedded", "[html][templates]") {
  for (const char* name : {"overzicht.mustache", "problemen.mustache", "praktijk.mustache",
                           "zorgverzekeraar.mustache", "kop.mustache", "stijl.css", "overzicht.js"}) {
    INFO(name);
    const auto text = EmbeddedTemplate(name);
    REQUIRE(text);
    CHECK(!text->empty());
  }
  CHECK_FALSE(EmbeddedTemplate("bestaat-niet.mustache"));
}

TEST_CASE("Templates: text from the view is escaped", "[html][templates]") {
  Data view;
  view.set("klasse", std::string("voldoet\" onmouseover=\"x"));
  view.set("label", std::string("<script>alert('x')</script> & co"));
  view.set("teken", std::string("✓"));
  std::string out, error;
  REQUIRE(RenderTemplate("badge.mustache", view, &out, &error));
  CHECK(out ==
        "<span class=\"badge badge-voldoet&quot; onmouseover=&quot;x\"><span class=\"teken\" aria-hidden=\"true\">✓"
        "</span>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; co</span>");
}

TEST_CASE("Templates: a name the view does not define is an error, not a gap", "[html][templates]") {
  Data view;
  view.set("klasse", std::string("voldoet"));
  view.set("teken", std::string("✓"));
  std::string out, error;
  CHECK_FALSE(RenderTemplate("badge.mustache", view, &out, &error));
  CHECK(error == "sjabloon badge.mustache gebruikt onbekende naam \"label\"");
  CHECK_FALSE(RenderTemplate("bestaat-niet.mustache", view, &out, &error));
  CHECK(error == "sjabloon bestaat-niet.mustache ontbreekt in de build");
}

TEST_CASE("Afscherming: a practice page names no other practice", "[html][privacy]") {
  Report report;
  for (const auto& [agb, naam] : std::vector<std::pair<std::string, std::string>>{
           {"01010001", "De Linde"}, {"01010002", "De Linde-Oost"}, {"01010003", "Het Anker"},
           {"01010004", "Huisartsenpraktijk Het Anker en Zn"}, {"01010005", "'t Hoekje"}}) {
    PraktijkResultaat p;
    p.praktijk.agb = agb;
    p.praktijk.naam = naam;
    report.praktijken.push_back(p);
  }
  const Praktijknamen namen(report);
  const Afscherming af(namen, report.praktijken[1].praktijk);  // De Linde-Oost
  CHECK(af("via plangroeppraktijk 01010003 en Het Anker; zelf 01010002, De Linde-Oost") ==
        "via plangroeppraktijk [andere praktijk] en [andere praktijk]; zelf 01010002, De Linde-Oost");
  // "De Linde" is part of our own name, so it stays; the AGB code does not.
  CHECK(af("De Linde 01010001") == "De Linde [andere praktijk]");
  // Paths, Markdown emphasis and the longest name that matches.
  CHECK(af("inzendingen/01010003/jaar-2.json") == "inzendingen/[andere praktijk]/jaar-2.json");
  CHECK(af("Samen met **Huisartsenpraktijk Het Anker en Zn**.") == "Samen met **[andere praktijk]**.");
  CHECK(af("Met 't Hoekje.") == "Met [andere praktijk].");
  // Not inside longer words or numbers.
  CHECK(af("Het Ankertje, 101010003 en 0101000312") == "Het Ankertje, 101010003 en 0101000312");
}

}  // namespace mtvp::html
