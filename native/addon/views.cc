#include "views.h"

#include <cmath>
#include <string>

namespace jaxts {
namespace {

struct Reader {
  const double* d;
  size_t n, i = 0;
  int64_t integer(const char* what, int64_t lo, int64_t hi) {
    if (i >= n) throw KernelError(std::string("descriptor too short reading ") + what);
    double v = d[i++];
    if (!(v == std::floor(v)) || v < (double)lo || v > (double)hi)
      throw KernelError(std::string("descriptor ") + what + " must be an integer in [" + std::to_string(lo) + ", " +
                        std::to_string(hi) + "], got " + std::to_string(v));
    return (int64_t)v;
  }
};

constexpr int64_t kMaxExtent = int64_t{1} << 46;  // elements per axis / stride magnitude

}  // namespace

void decode_call(const double* d, size_t n, const MemRange* mems, size_t n_mems, DecodedCall& out) {
  Reader r{d, n};
  Call& c = out.call;
  c.op = static_cast<Op>(r.integer("op", 0, kNumOps - 1));
  int n_in = (int)r.integer("n_in", 0, kMaxOperands);
  int n_out = (int)r.integer("n_out", 0, kMaxOperands - n_in);
  if ((size_t)(n_in + n_out) != n_mems)
    throw KernelError("descriptor names " + std::to_string(n_in + n_out) + " operands but " + std::to_string(n_mems) + " memories were passed");
  for (int k = 0; k < n_in + n_out; k++) {
    Operand& o = out.ops[k];
    o.dtype = static_cast<DType>(r.integer("dtype", 0, kNumDTypes - 1));
    o.ndim = (int)r.integer("ndim", 0, kMaxDims);
    int64_t offset = r.integer("offset", 0, kMaxExtent);
    for (int i = 0; i < o.ndim; i++) o.shape[i] = r.integer("shape", 0, kMaxExtent);
    for (int i = 0; i < o.ndim; i++) o.strides[i] = r.integer("stride", -kMaxExtent, kMaxExtent);
    // Bounds: the lowest and highest element the view reaches must lie in its memory.
    size_t es = dtype_size(o.dtype);
    __int128 lo = offset, hi = offset;
    bool empty = false;
    for (int i = 0; i < o.ndim; i++) {
      if (o.shape[i] == 0) empty = true;
      __int128 span = (__int128)o.strides[i] * (o.shape[i] > 0 ? o.shape[i] - 1 : 0);
      if (span < 0) lo += span; else hi += span;
    }
    if (!empty && (lo < 0 || (hi + 1) * (__int128)es > (__int128)mems[k].bytes))
      throw KernelError("operand " + std::to_string(k) + " view reaches outside its " + std::to_string(mems[k].bytes) + "-byte buffer");
    if (k >= n_in && !empty) {
      // Outputs must be written once per element: no zero or overlapping strides.
      int64_t expect = 1;
      for (int i = o.ndim - 1; i >= 0; i--) {
        if (o.shape[i] != 1 && o.strides[i] != expect) throw KernelError("output operand must be a contiguous row-major view");
        expect *= o.shape[i];
      }
    }
    o.data = mems[k].data + offset * es;
  }
  int n_params = (int)r.integer("n_params", 0, 1 << 20);
  if (r.i + n_params != n) throw KernelError("descriptor length does not match its params count");
  c.in = out.ops;
  c.n_in = n_in;
  c.out = out.ops + n_in;
  c.n_out = n_out;
  c.params = d + r.i;
  c.n_params = n_params;
}

}  // namespace jaxts
