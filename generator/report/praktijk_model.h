#ifndef MTVP_PRAKTIJK_MODEL_H_
#define MTVP_PRAKTIJK_MODEL_H_

#include <optional>
#include <string>
#include <vector>

#include "model/report.h"

namespace mtvp {

// What a practice's page, workbook and letter read about its own programme:
// its status over the years and what next year asks of it. Decided here, so
// that renderers never apply the plan's rules themselves.

/// The status of one kernelement over every assessed year of a practice
/// (the worst one), or nothing when no year was assessed; the overview's
/// columns, from the summary.
std::optional<Status> KernelementOverJaren(const PraktijkSamenvatting& p, const std::string& kernelement);
std::optional<Status> IntervisieOverJaren(const PraktijkSamenvatting& p);

/// The last programme year whose submission is due or received (0 when the
/// first year is still running): the year a practice page reports on.
int Verslagjaar(const PraktijkResultaat& p);

/// The programme year after the one reported on, and the rules of it that
/// apply to this practice (RegelGeldtVoor).
struct VolgendJaar {
  int jaar = 1;
  bool heeft = false;    // a next programme year follows (not withdrawn, not past jaar 3)
  bool laatste = false;  // the last year was reported on
  std::optional<Periode> periode;
  struct KernelementRegels {
    const Kernelement* kernelement = nullptr;
    std::vector<const Regel*> regels;
  };
  std::vector<KernelementRegels> kernelementen;  // every kernelement, in plan order, when `heeft`
  std::vector<const Regel*> intervisie;
};

VolgendJaar VolgendJaarVan(const Regioplan& plan, const PraktijkResultaat& pr);

}  // namespace mtvp

#endif  // MTVP_PRAKTIJK_MODEL_H_
