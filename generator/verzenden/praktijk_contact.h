#ifndef MTVP_VERZENDEN_PRAKTIJK_CONTACT_H_
#define MTVP_VERZENDEN_PRAKTIJK_CONTACT_H_

#include <optional>
#include <string>
#include <string_view>

#include "json_input.h"

namespace mtvp {

/// Whom the project leader writes to at a practice (registry `contact`):
/// used for the send list (verzenden/verzendlijst.xlsx), never shown to
/// another practice.
struct PraktijkContact {
  std::string naam;   // optional: "Dr. A. de Vries"
  std::string email;  // empty when the registry's address was refused
};

/// A single plain address a mail merge can use: one '@', a local part, a
/// domain with a dot, no spaces, commas, semicolons, angle brackets or
/// control characters.
bool IsEmailAdres(std::string_view email);

/// Reads the optional `contact` of the registry entry `entry` at pointer
/// `at`. An e-mail that is not an address is a warning at its pointer (the
/// practice is still judged; its row in the send list has no address).
std::optional<PraktijkContact> LoadPraktijkContact(FieldReader& r, const Json& entry, const std::string& at);

}  // namespace mtvp

#endif  // MTVP_VERZENDEN_PRAKTIJK_CONTACT_H_
