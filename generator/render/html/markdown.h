#ifndef MTVP_HTML_MARKDOWN_H_
#define MTVP_HTML_MARKDOWN_H_

#include <string>
#include <string_view>

namespace mtvp::html {

/// Renders Markdown written by a practice (toelichting, onderbouwing) as an
/// HTML fragment that is safe to insert unescaped: cmark in its safe mode
/// (raw HTML is dropped, javascript:/vbscript:/file: and non-image data: links
/// are emptied) with UTF-8 validation. On top of that, images become their
/// alt text, because a page must not load anything from elsewhere, and
/// headings start at `eerste_kopniveau` so they nest under the page's own.
std::string MarkdownNaarHtml(std::string_view markdown, int eerste_kopniveau = 4);

}  // namespace mtvp::html

#endif  // MTVP_HTML_MARKDOWN_H_
