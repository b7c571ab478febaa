// Caching allocator: sizes round up to classes of 2^k * {1, 1.25, 1.5, 1.75}
// (at most 25% slack); freed blocks wait in per-class lists up to a byte
// limit (JAXTS_CACHE_BYTES, default 1 GiB) and are reused first.
#include "jaxts/memory.h"

#include <cstdlib>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace jaxts::memory {
namespace {

constexpr size_t kAlign = 64;

size_t size_class(size_t bytes) {
  if (bytes <= 256) return (bytes + 63) & ~size_t{63};
  int k = 63 - __builtin_clzll(bytes - 1);  // 2^k < bytes <= 2^(k+1)
  size_t base = size_t{1} << k;
  size_t quarter = base / 4;
  return base + ((bytes - base + quarter - 1) / quarter) * quarter;
}

size_t default_limit() {
  if (const char* e = std::getenv("JAXTS_CACHE_BYTES")) return std::strtoull(e, nullptr, 10);
  return size_t{1} << 30;
}

struct Cache {
  std::mutex mu;
  std::unordered_map<size_t, std::vector<void*>> free;
  size_t cached = 0, live = 0, limit = default_limit(), allocations = 0, hits = 0;
};

Cache& cache() {
  static Cache* c = new Cache();  // never destroyed: finalizers may run at exit
  return *c;
}

}  // namespace

Block allocate(size_t bytes) {
  size_t cap = size_class(bytes == 0 ? 1 : bytes);
  Cache& c = cache();
  {
    std::lock_guard<std::mutex> g(c.mu);
    c.allocations++;
    auto it = c.free.find(cap);
    if (it != c.free.end() && !it->second.empty()) {
      void* p = it->second.back();
      it->second.pop_back();
      c.cached -= cap;
      c.live += cap;
      c.hits++;
      return {p, cap};
    }
  }
  void* p = std::aligned_alloc(kAlign, (cap + kAlign - 1) & ~(kAlign - 1));
  if (p == nullptr) {
    trim();
    p = std::aligned_alloc(kAlign, (cap + kAlign - 1) & ~(kAlign - 1));
    if (p == nullptr) throw std::bad_alloc();
  }
  std::lock_guard<std::mutex> g(c.mu);
  c.live += cap;
  return {p, cap};
}

void release(Block b) {
  if (b.ptr == nullptr) return;
  Cache& c = cache();
  std::lock_guard<std::mutex> g(c.mu);
  c.live -= b.capacity;
  if (c.cached + b.capacity > c.limit) {
    std::free(b.ptr);
    return;
  }
  c.free[b.capacity].push_back(b.ptr);
  c.cached += b.capacity;
}

Stats stats() {
  Cache& c = cache();
  std::lock_guard<std::mutex> g(c.mu);
  return {c.live, c.cached, c.limit, c.allocations, c.hits};
}

void trim() {
  Cache& c = cache();
  std::lock_guard<std::mutex> g(c.mu);
  for (auto& [cap, list] : c.free)
    for (void* p : list) std::free(p);
  c.free.clear();
  c.cached = 0;
}

}  // namespace jaxts::memory
