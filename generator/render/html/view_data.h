#ifndef MTVP_HTML_VIEW_DATA_H_
#define MTVP_HTML_VIEW_DATA_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mtvp::html {

/// The data a Mustache template is filled from: a tree of objects, lists,
/// strings and booleans, built per page from the report model.
///
/// The interface is the part of kainjow::mustache::data the views use, so the
/// views read the same; the difference is cost. An object is a small vector of
/// (name, value) pairs whose names are the views' string literals (never
/// copied), values are moved rather than copied where the caller allows it,
/// and a lookup is a short linear scan. kainjow's data, with an
/// unordered_map and deep copies per value, took most of the build time of
/// a national region (see bench/README.md).
class Data {
 public:
  enum class type { object, list, string, boolean };

  // The constructors, Ref() and set() are defined below Child: they build,
  // move or destroy children_, which needs Child complete (clang with
  // libstdc++ 12 insists on it inside the class body).

  /// An empty object.
  Data() = default;
  explicit Data(type t);
  Data(std::string s);       // NOLINT: implicit like kainjow
  Data(std::string_view s);  // NOLINT
  Data(const char* s);       // NOLINT
  Data(bool b);              // NOLINT
  /// A read-only stand-in for `target`, which must outlive it: for views
  /// that are the same on every page (a status badge), built once instead
  /// of thousands of times. Setting a member on it makes it a copy first.
  static Data Ref(const Data& target);

  /// Sets member `name` of an object. Names are string literals, so they
  /// are kept as views and never copied.
  template <size_t N>
  void set(const char (&name)[N], Data value);
  /// Appends an item to a list.
  void push_back(Data item);

  type kind() const { return R().type_; }
  bool is_object() const { return kind() == type::object; }
  bool is_list() const { return kind() == type::list; }
  bool is_string() const { return kind() == type::string; }
  bool is_bool() const { return kind() == type::boolean; }
  /// What Mustache skips a section for: false and the empty list.
  bool is_falsy() const;

  const std::string& string_value() const { return R().string_; }
  bool bool_value() const { return R().bool_; }
  /// A member of an object (with its name) or an item of a list (no name).
  struct Child;
  /// The items of a list, or the members of an object in the order they
  /// were set.
  const std::vector<Child>& children() const { return R().children_; }
  /// Member `name` of an object, or nullptr.
  const Data* get(std::string_view name) const;

 private:
  void Set(std::string_view name, Data value);
  /// The node itself, or what it stands in for.
  const Data& R() const { return ref_ ? *ref_ : *this; }

  type type_ = type::object;
  bool bool_ = false;
  std::string string_;
  std::vector<Child> children_;  // one vector for both keeps a node small
  const Data* ref_ = nullptr;
};

struct Data::Child {
  std::string_view name;
  Data value;
};

inline Data::Data(type t) : type_(t) {}
inline Data::Data(std::string s) : type_(type::string), string_(std::move(s)) {}
inline Data::Data(std::string_view s) : type_(type::string), string_(s) {}
inline Data::Data(const char* s) : type_(type::string), string_(s) {}
inline Data::Data(bool b) : type_(type::boolean), bool_(b) {}

inline Data Data::Ref(const Data& target) {
  Data d;
  d.ref_ = &target;
  return d;
}

template <size_t N>
void Data::set(const char (&name)[N], Data value) {
  Set(std::string_view(name, N - 1), std::move(value));
}

inline void Data::push_back(Data item) {
  if (ref_) *this = Data(*ref_);
  children_.push_back({{}, std::move(item)});
}

inline bool Data::is_falsy() const {
  const Data& d = R();
  return (d.type_ == type::boolean && !d.bool_) || (d.type_ == type::list && d.children_.empty());
}

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEW_DATA_H_
