#include "render/html/view_data.h"

namespace mtvp::html {

void Data::Set(std::string_view name, Data value) {
  if (ref_) *this = Data(*ref_);  // copy on write
  for (Child& c : children_) {
    if (c.name == name) {
      c.value = std::move(value);
      return;
    }
  }
  children_.push_back({name, std::move(value)});
}

const Data* Data::get(std::string_view name) const {
  for (const Child& c : R().children_) {
    if (c.name == name) return &c.value;
  }
  return nullptr;
}

}  // namespace mtvp::html
