#ifndef MTVP_EVALUATE_H_
#define MTVP_EVALUATE_H_

#include "dates.h"
#include "region_input.h"
#include "report.h"

namespace mtvp {

/// Judges every registered practice and programme year at `peildatum`:
/// completeness, groeimodel, menu, voorwaarden and intervisie, with accepted
/// deviations applied. `input.plan` must be set. Practices are judged on up
/// to `threads` threads; the report is the same for any number.
Report Evaluate(const RegionInput& input, Date peildatum, unsigned threads = 1);

/// Where a programme year's submission stands at the peildatum.
InzendStatus Completeness(const Periode& periode, Date uiterste_datum, Date peildatum,
                          const Praktijk& praktijk, const Inzending* valid, bool invalid_file);

}  // namespace mtvp

#endif  // MTVP_EVALUATE_H_
