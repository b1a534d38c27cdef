#include "base/safe_text.h"

#include <cstdint>

namespace mtvp {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool Allowed(uint32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;  // U+xFFFE, U+xFFFF
  if (cp == 0x061C || cp == 0x200E || cp == 0x200F) return false;
  if (cp >= 0x202A && cp <= 0x202E) return false;
  if (cp >= 0x2066 && cp <= 0x2069) return false;
  return true;
}

/// Decodes one UTF-8 sequence at `s[i]`; its length in `*len`, or nothing
/// (0x110000) for invalid UTF-8 (overlong, surrogate, beyond U+10FFFF).
uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  *len = 1;
  if (c < 0x80) return c;
  size_t n;
  uint32_t cp, min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0x110000;
  }
  if (i + n > s.size()) return 0x110000;
  for (size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0x110000;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0x110000;
  *len = n;
  return cp;
}

}  // namespace

bool IsSafeText(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    const uint32_t cp = Decode(text, i, &len);
    if (cp > 0x10FFFF || !Allowed(cp)) return false;
    i += len;
  }
  return true;
}

std::string SafeText(std::string_view text) {
  if (IsSafeText(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size();) {
    size_t len;
    const uint32_t cp = Decode(text, i, &len);
    if (cp > 0x10FFFF || !Allowed(cp)) {
      out += kReplacement;
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace mtvp
