#ifndef MTVP_LOAD_PRAKTIJK_CONTACT_LOADER_H_
#define MTVP_LOAD_PRAKTIJK_CONTACT_LOADER_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/json_input.h"
#include "model/registry.h"

namespace mtvp {

/// A single plain address a mail merge can use: one '@', a local part, a
/// domain with a dot, no spaces, commas, semicolons, angle brackets or
/// control characters.
bool IsEmailAdres(std::string_view email);

/// Reads the optional `contact` of the registry entry `entry` at pointer
/// `at`. An e-mail that is not an address is a warning at its pointer (the
/// practice is still judged; its row in the send list has no address).
std::optional<PraktijkContact> LoadPraktijkContact(FieldReader& r, const Json& entry, const std::string& at);

}  // namespace mtvp

#endif  // MTVP_LOAD_PRAKTIJK_CONTACT_LOADER_H_
