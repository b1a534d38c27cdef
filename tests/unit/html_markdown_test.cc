#include <catch2/catch.hpp>

#include "render/html/markdown.h"

namespace mtvp::html {

TEST_CASE("Markdown: ordinary text becomes HTML", "[html][markdown]") {
  CHECK(MarkdownNaarHtml("We **breiden** uit.\n\n- een\n- twee\n") ==
        "<p>We <strong>breiden</strong> uit.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n");
}

TEST_CASE("Markdown: raw HTML from a practice never reaches the page", "[html][markdown]") {
  const std::string out = MarkdownNaarHtml(
      "<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(2)> en <b onclick=\"x()\">vet</b>.\n");
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("onerror") == std::string::npos);
  CHECK(out.find("onclick") == std::string::npos);
  CHECK(out.find("raw HTML omitted") != std::string::npos);
}

TEST_CASE("Markdown: javascript: and other dangerous links are emptied", "[html][markdown]") {
  for (const char* url : {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
                          "data:text/html;base64,PHNjcmlwdD4="}) {
    const std::string out = MarkdownNaarHtml(std::string("[klik](") + url + ")");
    INFO(out);
    CHECK(out == "<p><a href=\"\">klik</a></p>\n");
  }
  CHECK(MarkdownNaarHtml("[site](https://example.org/a?b=1&c=2)") ==
        "<p><a href=\"https://example.org/a?b=1&amp;c=2\">site</a></p>\n");
}

TEST_CASE("Markdown: images are replaced by their alt text, so nothing is loaded", "[html][markdown]") {
  const std::string out = MarkdownNaarHtml("Zie ![ons *team*](https://tracker.example/pixel.png) hier.");
  CHECK(out == "<p>Zie (afbeelding: ons <em>team</em>) hier.</p>\n");
  CHECK(MarkdownNaarHtml("![buiten ![binnen](a.png)](b.png)").find("<img") == std::string::npos);
}

TEST_CASE("Markdown: headings nest under the page's own", "[html][markdown]") {
  CHECK(MarkdownNaarHtml("# Titel\n\n### Sub\n", 4) == "<h4>Titel</h4>\n<h6>Sub</h6>\n");
  CHECK(MarkdownNaarHtml("###### Diep\n", 5) == "<h6>Diep</h6>\n");
}

TEST_CASE("Markdown: invalid UTF-8 is repaired, not passed on", "[html][markdown]") {
  const std::string out = MarkdownNaarHtml("caf\xC3 \xFF");
  CHECK(out.find('\xFF') == std::string::npos);
  CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
}

TEST_CASE("Markdown: character references cannot smuggle in bidi controls or non-UTF-8 bytes", "[html][markdown]") {
  // Found by fuzz_html_writer: cmark decodes references itself.
  CHECK(MarkdownNaarHtml("a &#x202E; b &#xFFFE; c &#0; d") ==
        "<p>a \xEF\xBF\xBD b \xEF\xBF\xBD c \xEF\xBF\xBD d</p>\n");
}

}  // namespace mtvp::html
