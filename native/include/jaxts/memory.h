// Host memory for CPU buffers: a caching allocator with size classes, so the
// immutable API's constant stream of fresh results reuses warm pages instead
// of paying page faults on every large allocation. Thread-safe.
#pragma once
#include <cstddef>
#include <cstdint>

namespace jaxts::memory {

struct Block {
  void* ptr;
  size_t capacity;  // bytes actually reserved (size-class rounded)
};

// Allocates at least `bytes` (64-byte aligned); throws std::bad_alloc when the system refuses.
Block allocate(size_t bytes);
// Returns a block to the cache (or to the system past the cache limit).
void release(Block b);

struct Stats {
  size_t live_bytes, cached_bytes, cache_limit, allocations, cache_hits;
};
Stats stats();
// Frees every cached block (used by tests and on low memory).
void trim();

}  // namespace jaxts::memory
