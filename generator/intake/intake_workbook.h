#ifndef MTVP_INTAKE_INTAKE_WORKBOOK_H_
#define MTVP_INTAKE_INTAKE_WORKBOOK_H_

// The intake workbook ("uitvraag"): one practice, one programme year, made
// from the regioplan alone. Every input row carries a machine key in the
// hidden column A, and a hidden sheet holds the marker, so the import reads
// by key, not by position (docs/uitvraag.md).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "model/regioplan.h"
#include "model/registry.h"
#include "model/submission.h"

namespace mtvp::intake {

inline constexpr const char* kUitvraagFormaat = "mtvp-uitvraag/1";
inline constexpr const char* kMarkerSheet = "mtvp";
inline constexpr const char* kPersoneelSheet = "Personeel";
inline constexpr const char* kInterventiesSheet = "Interventies";
inline constexpr const char* kCijfersSheet = "Cijfers";
inline constexpr const char* kIntervisieSheet = "Intervisie";
inline constexpr const char* kPraktijkSheet = "Praktijk";
/// Empty rows on the intervisie sheet.
inline constexpr int kIntervisieRijen = 60;

/// The column that holds the input on every input sheet (C).
inline constexpr int kInvoerKolom = 3;

struct UitvraagInput {
  const Regioplan* plan = nullptr;
  const Praktijk* praktijk = nullptr;
  int jaar = 1;
  Periode periode;
  Date peildatum;  // the workbook's creation date, for reproducible bytes
  /// The practice's earlier submissions (any order), for prefilling staff
  /// and statuses.
  std::vector<const Inzending*> eerdere;
  /// With --uit-inzending: the submission to fill in.
  const Inzending* inzending = nullptr;
};

/// The interventions this practice may choose this year, in plan order:
/// kiesbaar, in `jaren`, not excluded for its sub-region, no aliases.
std::vector<const Interventie*> KiesbareInterventies(const Regioplan& plan, const Praktijk& praktijk, int jaar);

/// The programme year to ask for at the peildatum: `jaar` when given and
/// started, else the latest started year; nothing for a practice that
/// withdrew before it started, or whose cohort has not started.
std::optional<int> UitvraagJaar(const Regioplan& plan, const Praktijk& praktijk, const Date& peildatum,
                                std::optional<int> jaar);

/// "<agb>-jaar-<n>.xlsx".
std::string UitvraagBestand(const std::string& agb, int jaar);

/// Writes the workbook; false with a Dutch message.
bool WriteUitvraag(const std::filesystem::path& path, const UitvraagInput& input, std::string* error);

}  // namespace mtvp::intake

#endif  // MTVP_INTAKE_INTAKE_WORKBOOK_H_
