#include "html/templates.h"

#include <set>
#include <sstream>
#include <vector>

namespace mtvp::html {
namespace {

using Context = kainjow::mustache::basic_context<std::string>;

// kainjow's own context, plus a record of every name that resolved to
// nothing. Lookup order is the same: innermost section first, dotted names
// walk into objects.
class StrictContext : public Context {
 public:
  void push(const Data* data) override { items_.insert(items_.begin(), data); }
  void pop() override { items_.erase(items_.begin()); }

  const Data* get(const std::string& name) const override {
    if (name == ".") return items_.front();
    const Data* found = Find(name);
    if (!found) missing_.insert(name);
    return found;
  }

  const Data* get_partial(const std::string& name) const override {
    for (const Data* item : items_) {
      if (const Data* var = item->get(name)) return var;
    }
    missing_.insert("> " + name);
    return nullptr;
  }

  const std::set<std::string>& missing() const { return missing_; }

 private:
  const Data* Find(const std::string& name) const {
    std::vector<std::string> parts;
    std::stringstream ss(name);
    for (std::string part; std::getline(ss, part, '.');) parts.push_back(part);
    for (const Data* item : items_) {
      const Data* var = item;
      for (const std::string& part : parts) {
        var = var->is_object() ? var->get(part) : nullptr;
        if (!var) break;
      }
      if (var) return var;
    }
    return nullptr;
  }

  std::vector<const Data*> items_;
  mutable std::set<std::string> missing_;
};

std::string_view PartialName(std::string_view file) {
  constexpr std::string_view kSuffix = ".mustache";
  if (file.ends_with(kSuffix)) file.remove_suffix(kSuffix.size());
  return file;
}

}  // namespace

std::optional<std::string_view> EmbeddedTemplate(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f) {
    if (name == f->name) return std::string_view(reinterpret_cast<const char*>(f->data), f->size);
  }
  return std::nullopt;
}

bool RenderTemplate(std::string_view name, const Data& view, std::string* out, std::string* error) {
  const std::optional<std::string_view> text = EmbeddedTemplate(name);
  if (!text) {
    *error = "sjabloon " + std::string(name) + " ontbreekt in de build";
    return false;
  }
  Data partials;
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f) {
    partials.set(std::string(PartialName(f->name)),
                 std::string(reinterpret_cast<const char*>(f->data), f->size));
  }
  kainjow::mustache::mustache tmpl{std::string(*text)};
  if (!tmpl.is_valid()) {
    *error = "sjabloon " + std::string(name) + ": " + tmpl.error_message();
    return false;
  }
  StrictContext ctx;
  ctx.push(&partials);
  ctx.push(&view);
  std::ostringstream rendered;
  tmpl.render(ctx, rendered);
  if (!tmpl.is_valid()) {
    *error = "sjabloon " + std::string(name) + ": " + tmpl.error_message();
    return false;
  }
  if (!ctx.missing().empty()) {
    *error = "sjabloon " + std::string(name) + " gebruikt onbekende naam";
    for (const std::string& m : ctx.missing()) *error += " \"" + m + "\"";
    return false;
  }
  *out = rendered.str();
  return true;
}

}  // namespace mtvp::html
