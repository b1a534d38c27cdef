#ifndef MTVP_PARALLEL_H_
#define MTVP_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace mtvp {

/// How many threads to use: `requested` when it is positive, otherwise the
/// machine's cores.
inline unsigned ThreadCount(int requested) {
  if (requested > 0) return static_cast<unsigned>(requested);
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Calls `fn(i)` for every i in [0, n) on up to `threads` threads (the
/// calling one included), handing out indexes one at a time so uneven work
/// evens out. Each call must write only its own slot of the caller's
/// results; the caller then combines them in index order, which keeps the
/// output independent of the thread count and of timing. If a call throws,
/// no new indexes are handed out and the first exception is rethrown on the
/// calling thread once every thread has stopped (as with one thread, where
/// it would have ended the loop).
template <typename Fn>
void ParallelFor(size_t n, unsigned threads, Fn fn) {
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::exception_ptr failure;
  auto work = [&] {
    try {
      for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i);
    } catch (...) {
      next.store(n, std::memory_order_relaxed);
      const std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < std::min<size_t>(threads, n); ++t) helpers.emplace_back(work);
    work();
  }  // joins the helpers
  if (failure) std::rethrow_exception(failure);
}

}  // namespace mtvp

#endif  // MTVP_PARALLEL_H_
