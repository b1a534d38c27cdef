// A compiled Mustache renderer. Each embedded template is parsed once per
// process, with its partials spliced in, into a flat list of nodes; a page
// is then one walk over that list. The output is byte for byte what kainjow
// renders for the same template and data (tests/unit/html_templates_test.cc
// compares the two on every page of the samples), including kainjow's rule
// for "standalone" lines: a line that held a section tag and is otherwise
// blank is left out.
#include "render/html/templates.h"

#include "base/safe_text.h"

#include <map>
#include <mutex>
#include <set>
#include <vector>

namespace mtvp::html {
namespace {

constexpr int kMaxPartialDepth = 16;

struct Node {
  enum class Kind { kText, kNewline, kVariable, kRawVariable, kSection, kInverted };
  Kind kind = Kind::kText;
  std::string text;               // text, newline, or the tag's name
  std::vector<std::string> path;  // the name split at dots; empty for "."
  size_t end = 0;                 // sections: index just past the section's last node
};

struct Compiled {
  std::vector<Node> nodes;
  std::string error;  // set when the template does not parse
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// The embedded file a partial name refers to: "kop" is kop.mustache,
/// "stijl.css" is stijl.css.
std::optional<std::string_view> PartialText(std::string_view name) {
  if (name.ends_with(".mustache")) return std::nullopt;  // a partial is named without it
  if (auto text = EmbeddedTemplate(std::string(name) + ".mustache")) return text;
  return EmbeddedTemplate(name);
}

std::vector<std::string> SplitPath(std::string_view name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  size_t start = 0;
  for (;;) {
    const size_t dot = name.find('.', start);
    parts.emplace_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) return parts;
    start = dot + 1;
  }
}

/// Parses `text` and appends its nodes to `out`; partials are parsed in
/// place. Returns an error message, or "" when the text parses.
std::string Parse(std::string_view text, int depth, std::vector<Node>* out) {
  if (depth > kMaxPartialDepth) return "partials zijn te diep genest";
  std::vector<size_t> open;  // indexes of the sections not yet closed
  size_t pos = 0;
  std::string pending;
  auto flush = [&] {
    if (pending.empty()) return;
    out->push_back({Node::Kind::kText, std::move(pending), {}, 0});
    pending.clear();
  };
  while (pos < text.size()) {
    if (text.compare(pos, 2, "{{") != 0) {
      const std::string_view newline = text.compare(pos, 2, "\r\n") == 0 ? "\r\n" : text[pos] == '\n' ? "\n" : "";
      if (newline.empty()) {
        pending += text[pos++];
      } else {
        flush();
        out->push_back({Node::Kind::kNewline, std::string(newline), {}, 0});
        pos += newline.size();
      }
      continue;
    }
    flush();
    const bool raw = pos + 2 < text.size() && text[pos + 2] == '{';
    const size_t contents = pos + (raw ? 3 : 2);
    const size_t close = text.find(raw ? "}}}" : "}}", contents);
    if (close == std::string_view::npos) return "tag zonder einde op positie " + std::to_string(pos);
    std::string_view tag = Trim(text.substr(contents, close - contents));
    pos = close + (raw ? 3 : 2);
    Node::Kind kind = raw ? Node::Kind::kRawVariable : Node::Kind::kVariable;
    if (!raw && !tag.empty()) {
      const char sigil = tag.front();
      if (sigil == '!') continue;
      if (sigil == '=') return "andere scheidingstekens ({{=...=}}) worden niet ondersteund";
      if (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' || sigil == '&') tag = Trim(tag.substr(1));
      if (sigil == '>') {
        const std::optional<std::string_view> partial = PartialText(tag);
        if (!partial) return "partial \"" + std::string(tag) + "\" bestaat niet";
        if (std::string error = Parse(*partial, depth + 1, out); !error.empty()) {
          return "in partial " + std::string(tag) + ": " + error;
        }
        continue;
      }
      if (sigil == '/') {
        if (open.empty() || (*out)[open.back()].text != tag) {
          return "sectie-einde {{/" + std::string(tag) + "}} past bij geen open sectie";
        }
        (*out)[open.back()].end = out->size();
        open.pop_back();
        continue;
      }
      if (sigil == '#') kind = Node::Kind::kSection;
      if (sigil == '^') kind = Node::Kind::kInverted;
      if (sigil == '&') kind = Node::Kind::kRawVariable;
    }
    if (kind == Node::Kind::kSection || kind == Node::Kind::kInverted) open.push_back(out->size());
    out->push_back({kind, std::string(tag), SplitPath(tag), 0});
  }
  flush();
  if (!open.empty()) return "sectie {{#" + (*out)[open.back()].text + "}} wordt niet gesloten";
  return "";
}

/// Every embedded template, compiled on first use (thread-safe).
const std::map<std::string, Compiled, std::less<>>& CompiledTemplates() {
  static const std::map<std::string, Compiled, std::less<>> compiled = [] {
    std::map<std::string, Compiled, std::less<>> out;
    for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f) {
      const std::string_view name(f->name);
      if (!name.ends_with(".mustache")) continue;
      Compiled& c = out[std::string(name)];
      c.error = Parse(std::string_view(reinterpret_cast<const char*>(f->data), f->size), 0, &c.nodes);
    }
    return out;
  }();
  return compiled;
}

void AppendEscaped(std::string_view text, std::string* out) {
  std::string safe;
  std::string_view s = text;
  if (!IsSafeText(text)) s = safe = SafeText(text);
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    std::string_view entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out->append(s.data() + start, i - start);
    out->append(entity);
    start = i + 1;
  }
  out->append(s.data() + start, s.size() - start);
}

/// Output beyond this much is handed to the sink, when there is one.
constexpr size_t kFlushBytes = 1 << 20;

class Renderer {
 public:
  Renderer(const std::vector<Node>& nodes, std::string* out, const TemplateSink* sink)
      : nodes_(nodes), out_(out), sink_(sink) {}

  void Render(const Data& view) {
    stack_.push_back(&view);
    Range(0, nodes_.size());
    if (standalone_ && BlankSince(line_start_)) out_->resize(line_start_);
  }

  const std::set<std::string>& missing() const { return missing_; }
  bool sink_ok() const { return sink_ok_; }

 private:
  bool BlankSince(size_t start) const {
    for (size_t i = start; i < out_->size(); ++i) {
      if ((*out_)[i] != ' ' && (*out_)[i] != '\t') return false;
    }
    return true;
  }

  void Newline(const std::string& newline) {
    if (standalone_ && BlankSince(line_start_)) {
      out_->resize(line_start_);
    } else {
      out_->append(newline);
    }
    line_start_ = out_->size();
    standalone_ = false;
    // Complete lines can go: only the current one may still be dropped.
    if (sink_ && line_start_ >= kFlushBytes) {
      sink_ok_ = (*sink_)(std::string_view(*out_).substr(0, line_start_)) && sink_ok_;
      out_->erase(0, line_start_);
      line_start_ = 0;
    }
  }

  // Innermost context first; a dotted name must resolve fully within one
  // context, as in the strict context the site used with kainjow.
  const Data* Lookup(const Node& n) {
    if (n.path.empty()) return stack_.back();
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Data* d = *it;
      for (const std::string& part : n.path) {
        d = d->is_object() ? d->get(part) : nullptr;
        if (!d) break;
      }
      if (d) return d;
    }
    missing_.insert(n.text);
    return nullptr;
  }

  void Section(size_t index, const Data* context) {
    const Node& n = nodes_[index];
    auto body = [&](const Data* item) {
      standalone_ = true;  // the section's opening tag
      if (item) stack_.push_back(item);
      Range(index + 1, n.end);
      if (item) stack_.pop_back();
      standalone_ = true;  // its closing tag
    };
    if (context && context->is_list() && !context->children().empty()) {
      for (const Data::Child& item : context->children()) body(&item.value);
    } else {
      body(context);
    }
  }

  void Range(size_t begin, size_t end) {
    for (size_t i = begin; i < end;) {
      const Node& n = nodes_[i];
      switch (n.kind) {
        case Node::Kind::kText: out_->append(n.text); break;
        case Node::Kind::kNewline: Newline(n.text); break;
        case Node::Kind::kVariable:
        case Node::Kind::kRawVariable:
          if (const Data* d = Lookup(n); d && d->is_string()) {
            if (n.kind == Node::Kind::kVariable) {
              AppendEscaped(d->string_value(), out_);
            } else {
              out_->append(d->string_value());
            }
          }
          break;
        case Node::Kind::kSection:
          if (const Data* d = Lookup(n); d && !d->is_falsy()) Section(i, d);
          i = n.end;
          continue;
        case Node::Kind::kInverted:
          if (const Data* d = Lookup(n); !d || d->is_falsy()) Section(i, d);
          i = n.end;
          continue;
      }
      ++i;
    }
  }

  const std::vector<Node>& nodes_;
  std::string* out_;
  const TemplateSink* sink_;
  bool sink_ok_ = true;
  std::vector<const Data*> stack_;
  size_t line_start_ = 0;
  bool standalone_ = false;
  std::set<std::string> missing_;
};

}  // namespace

std::optional<std::string_view> EmbeddedTemplate(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f) {
    if (name == f->name) return std::string_view(reinterpret_cast<const char*>(f->data), f->size);
  }
  return std::nullopt;
}

namespace {

const Compiled* FindCompiled(std::string_view name, std::string* error) {
  const auto& templates = CompiledTemplates();
  const auto it = templates.find(name);
  if (it == templates.end()) {
    *error = "sjabloon " + std::string(name) + " ontbreekt in de build";
    return nullptr;
  }
  return &it->second;
}

bool RenderCompiled(std::string_view name, const Compiled& compiled, const Data& view, std::string* out,
                    std::string* error, const TemplateSink* sink = nullptr) {
  if (!compiled.error.empty()) {
    *error = "sjabloon " + std::string(name) + ": " + compiled.error;
    return false;
  }
  out->clear();
  Renderer renderer(compiled.nodes, out, sink);
  renderer.Render(view);
  if (sink && (!renderer.sink_ok() || !(*sink)(*out))) {
    *error = "sjabloon " + std::string(name) + ": de uitvoer kon niet worden geschreven";
    return false;
  }
  if (!renderer.missing().empty()) {
    *error = "sjabloon " + std::string(name) + " gebruikt onbekende naam";
    for (const std::string& m : renderer.missing()) *error += " \"" + m + "\"";
    out->clear();
    return false;
  }
  return true;
}

}  // namespace

bool RenderTemplate(std::string_view name, const Data& view, std::string* out, std::string* error) {
  const Compiled* compiled = FindCompiled(name, error);
  return compiled && RenderCompiled(name, *compiled, view, out, error);
}

bool RenderTemplateTo(std::string_view name, const Data& view, const TemplateSink& sink, std::string* error) {
  const Compiled* compiled = FindCompiled(name, error);
  std::string buffer;
  return compiled && RenderCompiled(name, *compiled, view, &buffer, error, &sink);
}

bool RenderTemplateText(std::string_view text, const Data& view, std::string* out, std::string* error) {
  Compiled compiled;
  compiled.error = Parse(text, 0, &compiled.nodes);
  return RenderCompiled("(tekst)", compiled, view, out, error);
}

}  // namespace mtvp::html
