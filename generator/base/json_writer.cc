#include "base/json_writer.h"

#include <nlohmann/json.hpp>

namespace mtvp {
namespace {

/// True when `s` needs no escaping: printable ASCII other than '"' and '\',
/// and well-formed UTF-8 sequences.
bool Plain(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return false;
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

void JsonWriter::Indent(size_t depth) {
  out_ += '\n';
  out_.append(depth, '\t');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Open& level = levels_.back();
  if (level.count++ > 0) out_ += ',';
  Indent(levels_.size());
}

void JsonWriter::Key(std::string_view key) {
  Open& level = levels_.back();
  if (level.count++ > 0) out_ += ',';
  Indent(levels_.size());
  Escaped(key);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::OpenBracket(char bracket) {
  BeforeValue();
  out_ += bracket;
  levels_.push_back({bracket == '{', 0});
}

void JsonWriter::Close(char bracket) {
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) Indent(levels_.size());
  out_ += bracket;
}

void JsonWriter::Escaped(std::string_view s) {
  if (Plain(s)) {
    out_ += '"';
    out_ += s;
    out_ += '"';
    return;
  }
  // Rare (control characters, quotes, broken UTF-8): nlohmann's own escaping.
  out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  Escaped(s);
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::Bool(bool b) {
  BeforeValue();
  out_ += b ? "true" : "false";
}

void JsonWriter::Int(int64_t n) {
  BeforeValue();
  out_ += std::to_string(n);
}

void JsonWriter::Double(double d) {
  BeforeValue();
  if (!std::isfinite(d)) {
    out_ += "null";
    return;
  }
  // nlohmann's own shortest round-trip formatting, so the numbers read the
  // same as before ("1.0", "19.2", "1e+300").
  char buffer[64];
  const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, d);
  out_.append(buffer, static_cast<size_t>(end - buffer));
}

void JsonWriter::TextOrNull(std::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonWriter::Optional(const std::optional<double>& d) {
  if (d) {
    Double(*d);
  } else {
    Null();
  }
}

}  // namespace mtvp
