#include <catch2/catch.hpp>
#include <kainjow/mustache.hpp>

#include "build/build.h"
#include "render/html/afscherming.h"
#include "render/html/templates.h"
#include "render/html/views.h"
#include "test_util.h"

namespace mtvp::html {
namespace {

kainjow::mustache::data ToKainjow(const Data& d) {
  switch (d.kind()) {
    case Data::type::string: return kainjow::mustache::data(d.string_value());
    case Data::type::boolean: return kainjow::mustache::data(d.bool_value());
    case Data::type::list: {
      kainjow::mustache::data list(kainjow::mustache::data::type::list);
      for (const Data::Child& item : d.children()) list.push_back(ToKainjow(item.value));
      return list;
    }
    case Data::type::object: break;
  }
  kainjow::mustache::data object;
  for (const Data::Child& member : d.children()) object.set(std::string(member.name), ToKainjow(member.value));
  return object;
}

// What kainjow renders for the embedded template `name`, with every
// embedded file available as a partial (as the site did before it had its
// own renderer).
std::string KainjowRender(std::string_view name, const Data& view) {
  kainjow::mustache::data data = ToKainjow(view);
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f) {
    std::string partial(f->name);
    if (partial.ends_with(".mustache")) partial.resize(partial.size() - 9);
    if (!data.get(partial)) data.set(partial, std::string(reinterpret_cast<const char*>(f->data), f->size));
  }
  kainjow::mustache::mustache tmpl{std::string(*EmbeddedTemplate(name))};
  REQUIRE(tmpl.is_valid());
  return tmpl.render(data);
}

void CheckSameAsKainjow(std::string_view name, const Data& view) {
  std::string ours, error;
  REQUIRE(RenderTemplate(name, view, &ours, &error));
  const std::string reference = KainjowRender(name, view);
  if (ours != reference) {
    size_t at = 0;
    while (at < ours.size() && at < reference.size() && ours[at] == reference[at]) ++at;
    FAIL_CHECK(name << " differs from kainjow at byte " << at << ": ours \"" << ours.substr(at, 80) << "\", kainjow \""
                    << reference.substr(at, 80) << "\"");
  }
}

}  // namespace

TEST_CASE("Templates: every page of every sample renders exactly as kainjow renders it", "[html][templates]") {
  size_t pages = 0;
  for (const char* sample : test::kDataSamples) {
    INFO(sample);
    const BuildResult result = EvaluateRegion(test::SourceDir() / "data-samples" / sample, std::nullopt);
    REQUIRE(result.report);
    const Report& report = *result.report;
    CheckSameAsKainjow("overzicht.mustache", OverzichtView(report));
    CheckSameAsKainjow("problemen.mustache", ProblemenView(report));
    CheckSameAsKainjow("zorgverzekeraar.mustache", ZorgverzekeraarView(report, HtmlOptions{5, nullptr}));
    const Praktijknamen namen(report);
    REQUIRE(result.volledig.size() == report.praktijken.size());
    for (const PraktijkResultaat& p : result.volledig) {
      INFO(p.praktijk.agb);
      CheckSameAsKainjow("praktijk.mustache", PraktijkView(report, p, namen));
      ++pages;
    }
    pages += 3;
  }
  CHECK(pages > 60);
}

TEST_CASE("Templates: the Mustache rules the pages rely on, as kainjow has them", "[html][templates]") {
  auto same = [](const std::string& text, const kainjow::mustache::data& reference_view, const Data& view) {
    INFO(text);
    std::string ours, error;
    REQUIRE(RenderTemplateText(text, view, &ours, &error));
    kainjow::mustache::mustache tmpl{text};
    kainjow::mustache::data copy = reference_view;
    CHECK(ours == tmpl.render(copy));
    return ours;
  };
  Data rij;
  rij.set("naam", "A & B");
  Data leeg(Data::type::list);
  Data rijen(Data::type::list);
  rijen.push_back(rij);
  Data view;
  view.set("rijen", rijen);
  view.set("leeg", leeg);
  view.set("uit", false);
  view.set("aan", true);
  view.set("html", "<b>vet</b>");
  view.set("rij", rij);
  const kainjow::mustache::data reference = ToKainjow(view);
  // Standalone section lines disappear; lines with other text stay.
  CHECK(same("<ul>\n  {{#rijen}}\n  <li>{{naam}}</li>\n  {{/rijen}}\n</ul>\n", reference, view) ==
        "<ul>\n  <li>A &amp; B</li>\n</ul>\n");
  // A section that is skipped leaves its line's indentation (kainjow's rule).
  same("a\n  {{#uit}}\n  x\n  {{/uit}}\nb\n", reference, view);
  // Inverted sections: on false, on an empty list, not on true.
  CHECK(same("{{^uit}}1{{/uit}}{{^leeg}}2{{/leeg}}{{^aan}}3{{/aan}}", reference, view) == "12");
  // Triple and & variables are not escaped; dotted names walk into objects.
  CHECK(same("{{{html}}} {{&html}} {{html}} {{rij.naam}}", reference, view) ==
        "<b>vet</b> <b>vet</b> &lt;b&gt;vet&lt;/b&gt; A &amp; B");
  // Inner names shadow outer ones; outer names stay reachable in a section.
  CHECK(same("{{#rij}}{{naam}}/{{aan}}{{/rij}}", reference, view) == "A &amp; B/");
  // Comments vanish.
  CHECK(same("x{{! niets }}y", reference, view) == "xy");

  std::string out, error;
  CHECK_FALSE(RenderTemplateText("{{#rijen}}open", view, &out, &error));
  CHECK(error == "sjabloon (tekst): sectie {{#rijen}} wordt niet gesloten");
  CHECK_FALSE(RenderTemplateText("{{/rijen}}", view, &out, &error));
  CHECK(error == "sjabloon (tekst): sectie-einde {{/rijen}} past bij geen open sectie");
  CHECK_FALSE(RenderTemplateText("{{> bestaat-niet}}", view, &out, &error));
  CHECK(error == "sjabloon (tekst): partial \"bestaat-niet\" bestaat niet");
  CHECK_FALSE(RenderTemplateText("{{#rijen}}{{onbekend}}{{/rijen}}{{ook.niet}}", view, &out, &error));
  CHECK(error == "sjabloon (tekst) gebruikt onbekende naam \"onbekend\" \"ook.niet\"");
}

TEST_CASE("Templates: a shared view (Data::Ref) renders as its target and is copied before it changes",
          "[html][templates]") {
  Data badge;
  badge.set("klasse", "voldoet");
  badge.set("label", "voldoet");
  badge.set("teken", "✓");
  Data view;
  view.set("status", Data::Ref(badge));
  std::string ours, direct, error;
  REQUIRE(RenderTemplateText("{{#status}}{{> badge}}{{/status}} {{status.label}}", view, &ours, &error));
  Data copy;
  copy.set("status", badge);
  REQUIRE(RenderTemplateText("{{#status}}{{> badge}}{{/status}} {{status.label}}", copy, &direct, &error));
  CHECK(ours == direct);
  CHECK(ours.find("badge-voldoet") != std::string::npos);
  // Changing the reference changes a copy, never the shared target.
  Data changed = Data::Ref(badge);
  changed.set("label", "anders");
  CHECK(changed.get("label")->string_value() == "anders");
  CHECK(changed.get("teken")->string_value() == "✓");
  CHECK(badge.get("label")->string_value() == "voldoet");
}

TEST_CASE("Templates: every page template and the stylesheet are embedded", "[html][templates]") {
  for (const char* name : {"overzicht.mustache", "problemen.mustache", "praktijk.mustache", "zorgverzekeraar.mustache",
                           "kop.mustache", "stijl.css", "overzicht.js"}) {
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
  for (const auto& [agb, naam] :
       std::vector<std::pair<std::string, std::string>>{{"01010001", "De Linde"},
                                                        {"01010002", "De Linde-Oost"},
                                                        {"01010003", "Het Anker"},
                                                        {"01010004", "Huisartsenpraktijk Het Anker en Zn"},
                                                        {"01010005", "'t Hoekje"}}) {
    PraktijkSamenvatting p;
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
