#ifndef MTVP_REGISTRY_H_
#define MTVP_REGISTRY_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/diagnostics.h"
#include "model/regioplan.h"

namespace mtvp {

/// Whom the project leader writes to at a practice (registry `contact`):
/// used for the send list (verzenden/verzendlijst.xlsx), never shown to
/// another practice.
struct PraktijkContact {
  std::string naam;   // optional: "Dr. A. de Vries"
  std::string email;  // empty when the registry's address was refused
};

/// A registered practice: who is expected to submit, since when, how large.
struct Praktijk {
  std::string agb;
  std::string naam;
  std::string wijk;
  std::string subregio;
  std::string cohort;
  double normpraktijken = 1;
  bool krachtige_basiszorg = false;
  std::optional<double> achterstand_pct;  // % patients with an achterstandspostcode
  /// Whether the practice receives the koptarief for achterstandspostcodes
  /// (Utrecht §3); unknown when the registry does not say.
  std::optional<bool> koptarief;
  std::string plangroep;
  std::optional<Date> uitgetreden_op;
  std::map<std::string, bool> kenmerken;
  std::optional<PraktijkContact> contact;  // for the send list only
};

/// An accepted deviation from one rule for one practice.
struct Afwijking {
  std::string agb;
  std::string regel;
  std::optional<int> jaar;
  std::string reden;
  std::string goedgekeurd_door;
  Date geldig_tot;
  std::string bron;  // "afwijkingen.json#/afwijkingen/0"
};

inline constexpr std::string_view kPraktijkenFormaat = "mtvp-praktijken/1";
inline constexpr std::string_view kAfwijkingenFormaat = "mtvp-afwijkingen/1";

/// Whether a rule's `geldt_voor` (alle, kbz, niet-kbz) includes this practice.
bool RegelGeldtVoor(const Regel& regel, const Praktijk& praktijk);

/// True for an 8-digit AGB code. Anything else is refused before it can be
/// used in a path.
bool IsValidAgb(std::string_view agb);

}  // namespace mtvp

#endif  // MTVP_REGISTRY_H_
