#ifndef MTVP_JSON_WRITER_H_
#define MTVP_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mtvp {

/// Writes JSON straight into a string, without building a document first,
/// in exactly the layout of nlohmann's `dump(1, '\t')`: one member or item
/// per line, indented with tabs, "{}" and "[]" when empty. Strings that are
/// not valid UTF-8 get U+FFFD, as with nlohmann's `error_handler_t::replace`.
/// Used for data/resultaten.json, which is too large to build as a
/// document at national scale; a unit test pins the bytes to nlohmann's.
///
/// The caller may take the written text out of `out()` between values (to
/// write it to a file) and keep going.
class JsonWriter {
 public:
  /// Where a writer starts: the containers it is already inside, outermost
  /// first, each with how many members or items it holds so far (only
  /// whether that is zero matters: it decides the comma). Lets a
  /// large document be written in independent parts (one per practice)
  /// that join up to exactly what one writer would have written.
  struct Open {
    bool object = false;
    int count = 0;
  };
  JsonWriter() = default;
  explicit JsonWriter(std::vector<Open> inside) : levels_(std::move(inside)) {}

  void BeginObject() { OpenBracket('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { OpenBracket('['); }
  void EndArray() { Close(']'); }
  /// The name of the next object member.
  void Key(std::string_view key);

  void String(std::string_view s);
  void Null();
  void Bool(bool b);
  void Int(int64_t n);
  void Double(double d);
  /// A string, or null when it is empty.
  void TextOrNull(std::string_view s);
  void Optional(const std::optional<double>& d);

  std::string& out() { return out_; }

 private:
  void OpenBracket(char bracket);
  void Close(char bracket);
  /// Before a value: the separator and indentation it needs in an array.
  void BeforeValue();
  void Indent(size_t depth);
  void Escaped(std::string_view s);

  std::string out_;
  std::vector<Open> levels_;
  bool after_key_ = false;
};

}  // namespace mtvp

#endif  // MTVP_JSON_WRITER_H_
