#ifndef MTVP_AGGREGATES_H_
#define MTVP_AGGREGATES_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "model/report.h"
#include "model/vocabulary.h"

namespace mtvp {

/// The zorgverzekeraar's view of a region: counts over practices, never a
/// single practice, with small-cell suppression already applied, so every
/// renderer of the insurer output shows the same figures. Computed from the
/// Report only; no rule is judged again.

/// Whether a figure may be shown.
enum class Zicht {
  kGetoond,
  kKlein,       // about fewer than min_cel practices: shown as "<5"
  kAanvullend,  // would let a small figure be worked out from a total: "x"
  kLeeg,        // nothing to show (a share of zero practices)
};

/// One figure of the insurer output. `waarde` is the true value also when it
/// is suppressed; renderers show it only when `Getoond()`.
struct Cijfer {
  double waarde = 0;
  Zicht zicht = Zicht::kGetoond;
  bool Getoond() const { return zicht == Zicht::kGetoond; }
};

/// The statuses counted per group, in the order of every table.
inline constexpr const auto& kNalevingStatussen = kStatusVolgorde;  // the shared order (vocabulary.h)

/// How one part of the plan (a kernelement, intervisie, or the year's overall
/// verdict) came out for a group of practices.
struct NalevingOnderdeel {
  std::string id;                                            // kernelement id, "intervisie" or "oordeel"
  std::string label;                                         // Dutch
  std::array<Cijfer, kNalevingStatussen.size()> per_status;  // practices, in kNalevingStatussen order
  Cijfer van_toepassing;                                     // every status but niet van toepassing
  Cijfer voldoet_of_afwijking;                               // voldoet + afwijking geaccepteerd
  Cijfer aandeel_voldoet;                                    // fraction of van_toepassing
  Cijfer aandeel_voldoet_of_afwijking;
};

/// Compliance of one cohort (or all cohorts) in one programme year, over the
/// practices whose submission for that year could be judged.
struct NalevingGroep {
  std::string cohort;  // "" for all cohorts together
  std::string cohort_naam;
  int jaar = 1;
  Cijfer praktijken;
  std::vector<NalevingOnderdeel> onderdelen;  // kernelementen in plan order, intervisie, oordeel
};

/// Practices that counted an intervention (aliases folded into the one they
/// stand for) as active, per programme year.
struct InterventieTelling {
  std::string interventie;
  std::string naam;
  std::string kernelement;  // its name
  std::array<Cijfer, kProgrammajaren> per_jaar;
};

/// Sum of one numeric metric over the judged submissions of a programme year.
struct MetriekTotaal {
  std::string metriek;
  std::string label;
  std::string eenheid;
  int jaar = 1;
  Cijfer praktijken;  // submissions that reported the metric
  Cijfer totaal;
};

/// Intervisie sessions of one kind reported in the judged submissions of a
/// programme year. Kinds the plan does not name are counted as "overig",
/// because `soort` is free text.
struct IntervisieTotaal {
  int jaar = 1;
  std::string soort;
  Cijfer praktijken;  // practices reporting at least one such session
  Cijfer bijeenkomsten;
  Cijfer deelnemers;
};

struct Aggregates {
  int min_cel = 5;
  Cijfer praktijken;                                          // registered practices
  std::array<Cijfer, kNalevingStatussen.size()> per_oordeel;  // practices by overall verdict
  std::array<Cijfer, kProgrammajaren> beoordeeld_per_jaar;    // judged submissions
  std::vector<NalevingGroep> naleving;                        // per year: all cohorts, then each cohort by start
  std::vector<InterventieTelling> interventies;               // kernelement order, then menu order
  std::vector<MetriekTotaal> metrieken;                       // plan order, then year
  std::vector<IntervisieTotaal> intervisie;                   // year, then kind
};

inline constexpr std::string_view kOverigeSoort = "overig";

/// Counts everything and suppresses every figure about fewer than `min_cel`
/// practices ("<5"), plus, where a suppressed figure could be worked out from
/// a total and the other figures of a row or column, as many further figures
/// as needed to prevent that ("x"). The complement of a count (practices
/// that did not choose an intervention) is protected the same way.
Aggregates ComputeAggregates(const Report& report, int min_cel);

/// What a suppressed figure shows: "<5", "x", or "" (kLeeg); "" when shown.
std::string OnderdruktLabel(const Cijfer& c, int min_cel);

/// Small-cell suppression of counts tied together by sums. Exposed for the
/// unit tests; ComputeAggregates is the way to use it.
class Onderdrukking {
 public:
  explicit Onderdrukking(int min_cel) : min_cel_(min_cel) {}
  /// A count; suppressed as small when it is 1..min_cel-1.
  size_t Cel(size_t waarde);
  /// Marks a cell as about too few practices whatever its value (every
  /// figure of a group smaller than min_cel).
  void Klein(size_t cel);
  /// `totaal` = sum of `delen`.
  void Som(size_t totaal, std::vector<size_t> delen);
  /// Adds suppressions until no relation reveals a small figure: in every
  /// sum, no single member is suppressed alone, and when the total is shown
  /// the suppressed parts add up to at least min_cel.
  void Los();
  Zicht Zichtbaarheid(size_t cel) const { return zicht_[cel]; }
  size_t Waarde(size_t cel) const { return waarden_[cel]; }

 private:
  struct Relatie {
    size_t totaal;
    std::vector<size_t> delen;
  };
  bool Verborgen(size_t cel) const { return zicht_[cel] != Zicht::kGetoond; }
  /// Suppresses one more member of `r` if it leaks; true when it did.
  bool Herstel(const Relatie& r);

  int min_cel_;
  std::vector<size_t> waarden_;
  std::vector<Zicht> zicht_;
  std::vector<Relatie> relaties_;
};

}  // namespace mtvp

#endif  // MTVP_AGGREGATES_H_
