#ifndef MTVP_EVALUATE_H_
#define MTVP_EVALUATE_H_

#include <memory>

#include "base/dates.h"
#include "model/region_input.h"
#include "model/report.h"

namespace mtvp {

/// Judges every registered practice and programme year at `peildatum`:
/// completeness, groeimodel, menu, voorwaarden and intervisie, with accepted
/// deviations applied. `input->plan` must be set. Practices are judged on up
/// to `threads` threads; the report is the same for any number. The report
/// holds each practice's summary (the verdicts to follow up) and shares the
/// submissions with `input`.
Report Evaluate(std::shared_ptr<const RegionInput> input, Date peildatum, unsigned threads = 1);
/// The same, keeping every practice with every verdict beside the report.
Beoordeling EvaluateVolledig(std::shared_ptr<const RegionInput> input, Date peildatum, unsigned threads = 1);
/// The same for an input the caller keeps (it is copied).
Beoordeling EvaluateVolledig(const RegionInput& input, Date peildatum, unsigned threads = 1);

/// Judges one practice at a time, for a build that renders each practice as
/// soon as it is judged instead of holding every verdict of the region.
/// Thread-safe: Judge may run on several threads at once.
class RegionEvaluator {
 public:
  RegionEvaluator(std::shared_ptr<const RegionInput> input, Date peildatum);
  ~RegionEvaluator();
  RegionEvaluator(const RegionEvaluator&) = delete;
  RegionEvaluator& operator=(const RegionEvaluator&) = delete;

  size_t size() const;
  /// Practice `index` of the registry (sorted by AGB), with every verdict.
  PraktijkResultaat Judge(size_t index) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The frame of a report at `peildatum`: plan, peildatum, input problems
/// and one empty slot per registered practice, in RegionEvaluator's order.
/// A build fills each slot with RegionEvaluator::Judge as it goes, then
/// calls AddModels (report/regio_model.h); Evaluate does both at once.
Report ReportFrame(const RegionInput& input, Date peildatum);

/// Where a programme year's submission stands at the peildatum.
InzendStatus Completeness(const Periode& periode, Date uiterste_datum, Date peildatum, const Praktijk& praktijk,
                          const Inzending* valid, bool invalid_file);

}  // namespace mtvp

#endif  // MTVP_EVALUATE_H_
