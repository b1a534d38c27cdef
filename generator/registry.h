#ifndef MTVP_REGISTRY_H_
#define MTVP_REGISTRY_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dates.h"
#include "diagnostics.h"
#include "json_input.h"
#include "regioplan.h"

namespace mtvp {

/// A registered practice: who is expected to submit, since when, how large.
struct Praktijk {
  std::string agb;
  std::string naam;
  std::string wijk;
  std::string subregio;
  std::string cohort;
  double normpraktijken = 1;
  bool krachtige_basiszorg = false;
  std::optional<double> achterstand_pct;
  std::string plangroep;
  std::optional<Date> uitgetreden_op;
  std::map<std::string, bool> kenmerken;
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

/// Reads `praktijken.json`; invalid entries are reported and left out, so the
/// run goes on for every other practice. Practices come back sorted by AGB.
/// Only fields that decide a verdict leave a practice out; a field that is
/// only shown (naam, wijk, achterstand_pct) is a warning. `afgewezen`, when
/// given, gets the AGB code and JSON pointer of every entry left out, so their
/// submissions can say so instead of "staat niet in praktijken.json".
std::vector<Praktijk> LoadPraktijken(const Json& doc, const std::string& file,
                                     const Regioplan& plan, Diagnostics* diags,
                                     std::map<std::string, std::string>* afgewezen = nullptr);

/// Reads `afwijkingen.json`; `rule_ids` are all full rule ids of the plan, to
/// catch typos in `regel`.
std::vector<Afwijking> LoadAfwijkingen(const Json& doc, const std::string& file,
                                       const std::vector<Praktijk>& praktijken,
                                       const std::vector<std::string>& rule_ids,
                                       Diagnostics* diags);

}  // namespace mtvp

#endif  // MTVP_REGISTRY_H_
