#include "render/html/markdown.h"

#include "base/safe_text.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace mtvp::html {
namespace {

// CMARK_OPT_DEFAULT is safe since cmark 0.29: CMARK_OPT_UNSAFE must never be
// added here.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// Replaces an image by "(afbeelding: <alt text>)": its alt text is kept as
// inline nodes, the image itself is never fetched.
void ReplaceImage(cmark_node* image) {
  cmark_node* open = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(open, "(afbeelding: ");
  cmark_node_insert_before(image, open);
  while (cmark_node* child = cmark_node_first_child(image)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(image, child);
  }
  cmark_node* close = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(close, ")");
  cmark_node_insert_before(image, close);
  cmark_node_free(image);
}

}  // namespace

std::string MarkdownNaarHtml(std::string_view input, int eerste_kopniveau) {
  const std::string markdown = SafeText(input);
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parse_document(markdown.data(), markdown.size(), kOptions));
  if (!doc) return "";
  // Collect first, change after: the iterator must not see a changed tree.
  std::vector<cmark_node*> images, headings;
  {
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* node = cmark_iter_get_node(it.get());
      const cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_IMAGE) images.push_back(node);
      if (type == CMARK_NODE_HEADING) headings.push_back(node);
    }
  }
  // Innermost first, so an image inside another's alt text is handled before
  // its parent is freed.
  for (auto i = images.rbegin(); i != images.rend(); ++i) ReplaceImage(*i);
  const int shift = std::clamp(eerste_kopniveau, 1, 6) - 1;
  for (cmark_node* h : headings) cmark_node_set_heading_level(h, std::min(6, cmark_node_get_heading_level(h) + shift));

  char* html = cmark_render_html(doc.get(), kOptions);
  std::string out = html ? html : "";
  std::free(html);
  return out;
}

}  // namespace mtvp::html
