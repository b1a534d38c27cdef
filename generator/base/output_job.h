#ifndef MTVP_OUTPUT_JOB_H_
#define MTVP_OUTPUT_JOB_H_

#include <functional>
#include <string>
#include <vector>

#include "base/publish.h"

namespace mtvp {

/// One independent piece of the output (a page, a workbook, the results
/// file), so a build can spread them over threads. A job writes only its
/// own files into the stage, appends their paths to `written`, and on
/// failure returns false with a Dutch `error`.
struct OutputJob {
  using Run = std::function<bool(OutputStage* stage, std::vector<std::string>* written, std::string* error)>;
  Run run;
  /// Rough cost relative to one practice page, so the slow jobs start first
  /// and the threads finish together.
  double gewicht = 1;
};

/// Told how many jobs are done out of how many, from whichever thread
/// finished one; must be thread-safe.
using Voortgang = std::function<void(size_t klaar, size_t totaal)>;

/// Runs the jobs on up to `threads` threads. `written` gets every file in
/// job order, whatever the timing; on failure, the error of the first
/// failing job in that order.
bool RunJobs(const std::vector<OutputJob>& jobs, unsigned threads, OutputStage* stage,
             std::vector<std::string>* written, std::string* error, const Voortgang& voortgang = {});

}  // namespace mtvp

#endif  // MTVP_OUTPUT_JOB_H_
