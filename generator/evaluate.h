#ifndef MTVP_EVALUATE_H_
#define MTVP_EVALUATE_H_

#include "dates.h"
#include "region_input.h"
#include "report.h"

namespace mtvp {

/// Judges every registered practice and programme year at `peildatum`:
/// completeness, groeimodel, menu, voorwaarden and intervisie, with accepted
/// deviations applied. `input.plan` must be set.
Report Evaluate(const RegionInput& input, Date peildatum);

/// Where a programme year's submission stands at the peildatum.
InzendStatus Completeness(const Periode& periode, Date uiterste_datum, Date peildatum,
                          const Praktijk& praktijk, const Inzending* valid, bool invalid_file);

}  // namespace mtvp

#endif  // MTVP_EVALUATE_H_
