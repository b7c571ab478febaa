// Helpers of the data-movement families (movement.cc, gather.cc, scatter.cc):
// reading integer index operands of any int dtype, and param-list parsing.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "jaxts/dtype.h"
#include "jaxts/kernel.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN

inline bool is_int_dtype(DType d) {
  switch (d) {
    case DType::Int8: case DType::Int16: case DType::Int32: case DType::Int64:
    case DType::Uint8: case DType::Uint16: case DType::Uint32: case DType::Uint64: return true;
    default: return false;
  }
}

// The integer at p as int64 (uint64 above INT64_MAX saturates: it is out of bounds either way).
inline int64_t read_index(const uint8_t* p, DType d) {
  switch (d) {
    case DType::Int8: return *reinterpret_cast<const int8_t*>(p);
    case DType::Int16: return *reinterpret_cast<const int16_t*>(p);
    case DType::Int32: return *reinterpret_cast<const int32_t*>(p);
    case DType::Int64: return *reinterpret_cast<const int64_t*>(p);
    case DType::Uint8: return *p;
    case DType::Uint16: return *reinterpret_cast<const uint16_t*>(p);
    case DType::Uint32: return *reinterpret_cast<const uint32_t*>(p);
    case DType::Uint64: {
      uint64_t v = *reinterpret_cast<const uint64_t*>(p);
      return v > (uint64_t)std::numeric_limits<int64_t>::max() ? std::numeric_limits<int64_t>::max() : (int64_t)v;
    }
    default: throw KernelError("index operands must have an integer dtype");
  }
}

inline int64_t clamp_i64(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

// Sequential reader of a Call's params: counted lists of axes.
struct ParamReader {
  const Call& c;
  const char* who;
  int i = 0;
  int64_t next(int64_t lo, int64_t hi) { return c.iparam(i++, lo, hi); }
  // A list "n, a0, ..., a(n-1)" of axes in [0, rank), no duplicates.
  std::vector<int> axes(int rank, int max_len) {
    int n = (int)next(0, max_len);
    std::vector<int> v(n);
    std::vector<char> seen(rank > 0 ? rank : 1, 0);
    for (int k = 0; k < n; k++) {
      if (rank <= 0) throw KernelError(std::string(who) + ": axis out of range");
      v[k] = (int)next(0, rank - 1);
      if (seen[v[k]]) throw KernelError(std::string(who) + ": repeated axis");
      seen[v[k]] = 1;
    }
    return v;
  }
  void done() const {
    if (i != c.n_params) throw KernelError(std::string(who) + ": unexpected params");
  }
};

JAXTS_ISA_END  // namespace jaxts::isa_<ISA>
