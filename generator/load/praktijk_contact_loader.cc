#include "load/praktijk_contact_loader.h"

#include "base/diagnostics.h"

#include <algorithm>

namespace mtvp {

bool IsEmailAdres(std::string_view email) {
  if (email.size() > 254) return false;
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domein = email.substr(at + 1);
  const size_t punt = domein.find('.');
  if (domein.empty() || punt == std::string_view::npos || punt == 0 || domein.back() == '.' ||
      domein.find("..") != std::string_view::npos) {
    return false;
  }
  return std::none_of(email.begin(), email.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '\\';
  });
}

std::optional<PraktijkContact> LoadPraktijkContact(FieldReader& r, const Json& entry, const std::string& at) {
  // Every problem here is a warning: contact data only feeds the send list,
  // and must never keep a practice from being judged.
  const auto it = entry.find("contact");
  if (it == entry.end() || it->is_null()) return std::nullopt;
  const std::string here = PointerJoin(at, "contact");
  if (!it->is_object()) {
    r.Warning(here, "verwacht een object {\"naam\": ..., \"email\": ...}, gevonden " + JsonTypeName(*it) +
                        "; de verzendlijst laat het e-mailadres leeg");
    return PraktijkContact{};
  }
  const Json& c = *it;
  r.WarnUnknownKeys(c, here, {"naam", "email"});
  PraktijkContact contact;
  if (const auto naam = c.find("naam"); naam != c.end() && !naam->is_null()) {
    if (naam->is_string()) {
      contact.naam = naam->get<std::string>();
    } else {
      r.Warning(PointerJoin(here, "naam"), "verwacht tekst (de naam van de contactpersoon), gevonden " +
                                               JsonTypeName(*naam) + "; de aanhef gebruikt de naam van de praktijk");
    }
  }
  const auto email = c.find("email");
  if (email == c.end() || email->is_null()) {
    r.Warning(here,
              "contact zonder \"email\"; voeg het e-mailadres van de praktijk toe, anders laat de "
              "verzendlijst het leeg");
  } else if (!email->is_string()) {
    r.Warning(PointerJoin(here, "email"), "verwacht een e-mailadres als tekst, gevonden " + JsonTypeName(*email) +
                                              "; de verzendlijst laat het leeg");
  } else if (const std::string adres = email->get<std::string>(); !IsEmailAdres(adres)) {
    r.Warning(PointerJoin(here, "email"),
              "\"" + adres + "\" is geen bruikbaar e-mailadres; verwacht één adres zoals praktijk@voorbeeld.nl " +
                  "(zonder spaties, komma's of puntkomma's). De verzendlijst laat het adres leeg");
  } else {
    contact.email = adres;
  }
  return contact;
}

}  // namespace mtvp
