#ifndef MTVP_SYNTH_NAMES_H_
#define MTVP_SYNTH_NAMES_H_

#include <string>
#include <vector>

#include "synth/prng.h"

namespace mtvp::synth {

/// Made-up, Dutch-sounding names and texts for synthetic regions. The word
/// lists are invented (places such as "Wolderbroek" do not exist), so a
/// synthetic practice is never a real one.

/// "Huisartsenpraktijk De Lindehof Hesselveen".
std::string PraktijkNaam(Rng& rng);
/// An invented place name, "Garderhorst".
std::string PlaatsNaam(Rng& rng);
/// Neighbourhood names for plans that do not declare `wijken`.
const std::vector<std::string>& Wijknamen();
/// Why a doorontwikkeling is needed, at least `min_tekens` characters long.
std::string Onderbouwing(Rng& rng, const std::string& interventie_naam, size_t min_tekens);
/// Free text for a submission's `toelichting` (sometimes with Markdown).
std::string Toelichting(Rng& rng);
/// Reason and approver of an accepted deviation.
std::string AfwijkingReden(Rng& rng);
std::string Goedkeurder(Rng& rng, const std::string& rho);
/// Free-form session kinds no rule of ours matches ("wijkoverleg", ...).
const std::vector<std::string>& VrijeBijeenkomsten();

}  // namespace mtvp::synth

#endif  // MTVP_SYNTH_NAMES_H_
