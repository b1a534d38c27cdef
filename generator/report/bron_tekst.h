#ifndef MTVP_BRON_TEKST_H_
#define MTVP_BRON_TEKST_H_

#include <string>
#include <string_view>

#include "model/regioplan.h"

namespace mtvp {

/// A rule's `bron` as a practice reads it. "S004 §6 L118, §6.1 L137" becomes
/// "Regioplan jaar 3 Utrecht stad, §6 en §6.1": the document's title from the
/// regioplan's `bronnen`, its sections kept, line numbers and remarks in
/// parentheses (the project leader's notes) dropped. An id the plan does not
/// list reads "regioplan <regio>", never the bare id. Several documents are
/// joined with "; ".
std::string BronVoorPraktijk(const Regioplan& plan, std::string_view bron);

/// A sentence of the judging engine for a practice: drops references meant
/// for the project leader, such as " (waarden/scholing.x)" or " (#/interventies/2)":
/// a parenthesised group without spaces that holds a '/' or '#', and the
/// project leader's notes "(aanname, …)".
std::string ZonderInterneVerwijzingen(std::string_view tekst);

/// How a rule that is not an eis reads to a practice: "advies, geen eis" /
/// "ter informatie, geen eis"; "" for an eis.
std::string ErnstVoorPraktijk(Ernst e);

}  // namespace mtvp

#endif  // MTVP_BRON_TEKST_H_
