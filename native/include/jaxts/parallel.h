// The CPU thread pool: persistent workers sized to the machine
// (JAXTS_NUM_THREADS overrides); small ranges stay on the calling thread.
#pragma once
#include <cstdint>
#include <functional>

namespace jaxts {

int num_threads();
void set_num_threads(int n);

// Runs fn(begin, end) over [0, n) in chunks of at least `grain` elements.
void parallel_for_impl(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn);

template <class F>
inline void parallel_for(int64_t n, int64_t grain, F&& fn) {
  if (n <= grain || num_threads() <= 1) {
    if (n > 0) fn(int64_t{0}, n);
    return;
  }
  parallel_for_impl(n, grain, fn);
}

}  // namespace jaxts
