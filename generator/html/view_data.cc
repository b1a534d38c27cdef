#include "html/view_data.h"

namespace mtvp::html {

void Data::Set(std::string_view name, Data value) {
  for (auto& [key, v] : members_) {
    if (key == name) {
      v = std::move(value);
      return;
    }
  }
  if (members_.empty()) members_.reserve(8);  // most objects have a handful of members
  members_.emplace_back(name, std::move(value));
}

const Data* Data::get(std::string_view name) const {
  for (const auto& [key, v] : members_) {
    if (key == name) return &v;
  }
  return nullptr;
}

}  // namespace mtvp::html
