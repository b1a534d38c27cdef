#include "base/output_job.h"

#include <algorithm>
#include <atomic>
#include <numeric>

#include "base/parallel.h"

namespace mtvp {

bool RunJobs(const std::vector<OutputJob>& jobs, unsigned threads, OutputStage* stage,
             std::vector<std::string>* written, std::string* error, const Voortgang& voortgang) {
  std::vector<size_t> order(jobs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return jobs[a].gewicht > jobs[b].gewicht; });
  std::vector<std::vector<std::string>> files(jobs.size());
  std::vector<std::string> errors(jobs.size());
  std::vector<char> ok(jobs.size(), 0);
  std::atomic<size_t> klaar{0};
  ParallelFor(order.size(), threads, [&](size_t k) {
    const size_t i = order[k];
    ok[i] = jobs[i].run(stage, &files[i], &errors[i]) ? 1 : 0;
    const size_t n = klaar.fetch_add(1, std::memory_order_relaxed) + 1;
    if (voortgang) voortgang(n, jobs.size());
  });
  for (size_t i = 0; i < jobs.size(); ++i) {
    if (!ok[i]) {
      *error = errors[i];
      return false;
    }
    written->insert(written->end(), files[i].begin(), files[i].end());
  }
  return true;
}

}  // namespace mtvp
