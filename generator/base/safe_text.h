#ifndef MTVP_SAFE_TEXT_H_
#define MTVP_SAFE_TEXT_H_

#include <string>
#include <string_view>

namespace mtvp {

/// Input text made safe to write into any page or workbook part: what XML
/// 1.0 cannot hold (NUL and other C0 controls except tab, newline and
/// carriage return; U+FFFE/U+FFFF and the other noncharacters; lone
/// surrogates and other invalid UTF-8) and the bidirectional controls that
/// could reorder the surrounding text (U+061C, U+200E, U+200F, U+202A-U+202E,
/// U+2066-U+2069) are replaced, visibly, by U+FFFD. Every renderer calls this
/// where input text is written (HTML escaping, the xlsx string writer).
std::string SafeText(std::string_view text);

/// Whether SafeText would return `text` unchanged.
bool IsSafeText(std::string_view text);

}  // namespace mtvp

#endif  // MTVP_SAFE_TEXT_H_
