#ifndef MTVP_HTML_TEMPLATES_H_
#define MTVP_HTML_TEMPLATES_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "render/html/view_data.h"

namespace mtvp::html {

/// One file of templates/, embedded in the binary at build time
/// (embed_templates.cmake writes the table; it ends with a null name).
struct EmbeddedFile {
  const char* name;
  const unsigned char* data;
  size_t size;
};
extern const EmbeddedFile kEmbeddedFiles[];

/// The embedded file `name` ("praktijk.mustache", "stijl.css"), or nothing.
std::optional<std::string_view> EmbeddedTemplate(std::string_view name);

/// Renders the embedded template `name` with `view` into `out` (replacing
/// its contents, keeping its capacity). Templates are compiled once per
/// process; rendering is safe from several threads at once. Every embedded file is
/// available as a partial: `{{> kop}}` for kop.mustache, `{{> stijl.css}}` for
/// stijl.css. Rendering is strict: a tag whose name the view does not define
/// is an error, so a typo in a template fails the build of the site instead
/// of leaving a silent gap.
bool RenderTemplate(std::string_view name, const Data& view, std::string* out, std::string* error);

/// Receives rendered output in parts; false when it could not be written.
using TemplateSink = std::function<bool(std::string_view)>;

/// RenderTemplate for a large page: complete lines go to `sink` about a
/// megabyte at a time instead of being held whole. On an error the sink may
/// have had part of the page.
bool RenderTemplateTo(std::string_view name, const Data& view, const TemplateSink& sink, std::string* error);

/// Compiles `text` on the spot and renders it as RenderTemplate does (for
/// tests of the renderer itself; pages use RenderTemplate).
bool RenderTemplateText(std::string_view text, const Data& view, std::string* out, std::string* error);

}  // namespace mtvp::html

#endif  // MTVP_HTML_TEMPLATES_H_
