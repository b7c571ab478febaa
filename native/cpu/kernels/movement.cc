// Data-movement kernels: pad, concatenate, dynamic_slice,
// dynamic_update_slice, iota. Elements move as raw words (bits preserved);
// strided operands are read in place (transpose_copy.h); large copies use the
// thread pool. Semantics: src/backend/reference/kernels/shape*.ts.
#include <algorithm>
#include <cstring>
#include <string>

#include "jaxts/dtype.h"
#include "jaxts/family.h"
#include "jaxts/movement.h"
#include "jaxts/parallel.h"
#include "jaxts/transpose_copy.h"

namespace jaxts {
namespace {

void require(bool ok, const char* who, const char* what) {
  if (!ok) throw KernelError(std::string(who) + ": " + what);
}

void require_n(const Call& c, int n_in, const char* who) {
  require(c.n_in == n_in && c.n_out == 1, who, "wrong number of operands");
}

// ---- pad: params (lo, hi, interior) per axis ----
void pad_kernel(const Call& c) {
  const char* W = "pad";
  require_n(c, 2, W);
  const Operand& x = c.in[0];
  const Operand& v = c.in[1];
  Operand& o = c.out[0];
  require(v.ndim == 0 && v.dtype == x.dtype && o.dtype == x.dtype && o.ndim == x.ndim, W, "operand mismatch");
  require(c.n_params == 3 * x.ndim, W, "expected (lo, hi, interior) per axis");
  const int nd = x.ndim;
  const size_t es = dtype_size(x.dtype);
  int64_t lo[kMaxDims], step[kMaxDims];
  for (int k = 0; k < nd; k++) {
    lo[k] = c.iparam(3 * k, -(int64_t{1} << 53), int64_t{1} << 53);
    int64_t hi = c.iparam(3 * k + 1, -(int64_t{1} << 53), int64_t{1} << 53);
    int64_t in = c.iparam(3 * k + 2, 0, int64_t{1} << 53);
    step[k] = in + 1;
    int64_t n = x.shape[k];
    require(o.shape[k] == lo[k] + hi + n + std::max<int64_t>(0, n - 1) * in, W, "output shape does not match the padding");
  }
  if (o.size() == 0) return;
  if (nd == 0) {
    std::memcpy(o.data, x.data, es);
    return;
  }
  const int last = nd - 1;
  const int64_t L = o.shape[last];
  // Input positions i of the last axis that land inside the row: p = lo + i * step in [0, L).
  const int64_t n_last = x.shape[last], s_last = step[last];
  int64_t i_min = lo[last] >= 0 ? 0 : (-lo[last] + s_last - 1) / s_last;
  int64_t i_max = n_last - 1;
  if (lo[last] + i_max * s_last > L - 1) i_max = (L - 1 - lo[last]) >= 0 ? (L - 1 - lo[last]) / s_last : -1;
  const int64_t cnt = std::max<int64_t>(0, i_max - i_min + 1);
  const int64_t p_min = lo[last] + i_min * s_last;
  int64_t rows = 1;
  for (int k = 0; k < last; k++) rows *= o.shape[k];
  const uint8_t* pv = v.data;
  const int64_t xs_last = x.strides[last];

  with_word(es, [&]<class U>() {
    U fill;
    std::memcpy(&fill, pv, sizeof(U));
    parallel_for(rows, std::max<int64_t>(1, (int64_t{1} << 15) / std::max<int64_t>(L, 1)), [&](int64_t b, int64_t e) {
      for (int64_t r = b; r < e; r++) {
        U* __restrict dst = reinterpret_cast<U*>(o.data) + r * L;
        // Source row, or none (a padding row).
        int64_t rem = r, src_off = 0;
        bool inside = cnt > 0;
        for (int k = last - 1; k >= 0 && inside; k--) {
          int64_t ck = rem % o.shape[k];
          rem /= o.shape[k];
          int64_t j = ck - lo[k];
          if (j < 0 || j % step[k] != 0 || j / step[k] >= x.shape[k]) inside = false;
          else src_off += (j / step[k]) * x.strides[k];
        }
        if (!inside) {
          for (int64_t i = 0; i < L; i++) dst[i] = fill;
          continue;
        }
        const U* __restrict src = reinterpret_cast<const U*>(x.data) + src_off + i_min * xs_last;
        if (s_last == 1) {
          for (int64_t i = 0; i < p_min; i++) dst[i] = fill;
          if (xs_last == 1) std::memcpy(dst + p_min, src, (size_t)cnt * sizeof(U));
          else
            for (int64_t i = 0; i < cnt; i++) dst[p_min + i] = src[i * xs_last];
          for (int64_t i = p_min + cnt; i < L; i++) dst[i] = fill;
        } else {
          for (int64_t i = 0; i < L; i++) dst[i] = fill;
          for (int64_t i = 0; i < cnt; i++) dst[p_min + i * s_last] = src[i * xs_last];
        }
      }
    });
  });
}

// ---- concatenate: params (dimension) ----
void concatenate_kernel(const Call& c) {
  const char* W = "concatenate";
  require(c.n_in >= 1 && c.n_out == 1, W, "wrong number of operands");
  Operand& o = c.out[0];
  const int64_t dim = c.iparam(0, 0, std::max(0, o.ndim - 1));
  require(o.ndim >= 1 && c.n_params == 1, W, "bad params");
  const size_t es = dtype_size(o.dtype);
  int64_t off = 0;
  for (int k = 0; k < c.n_in; k++) {
    const Operand& a = c.in[k];
    require(a.dtype == o.dtype && a.ndim == o.ndim, W, "operand mismatch");
    for (int d = 0; d < o.ndim; d++) require(d == dim || a.shape[d] == o.shape[d], W, "operand shapes differ off the dimension");
    off += a.shape[dim];
  }
  require(off == o.shape[dim], W, "output size does not match the operands");
  off = 0;
  for (int k = 0; k < c.n_in; k++) {
    const Operand& a = c.in[k];
    copy_strided(a.ndim, a.shape, a.data, a.strides, o.data + off * o.strides[dim] * (int64_t)es, o.strides, es);
    off += a.shape[dim];
  }
}

// Start indices of operands in[first .. first + nd), clamped so a window of `sizes` fits `shape`.
void clamped_starts(const Call& c, int first, int nd, const int64_t* shape, const int64_t* sizes, int64_t* starts, const char* W) {
  for (int k = 0; k < nd; k++) {
    const Operand& i = c.in[first + k];
    require(i.ndim == 0 && is_int_dtype(i.dtype), W, "start indices must be integer scalars");
    require(sizes[k] >= 0 && sizes[k] <= shape[k], W, "window larger than the operand");
    starts[k] = clamp_i64(read_index(i.data, i.dtype), 0, shape[k] - sizes[k]);
  }
}

// ---- dynamic_slice: operands x, start indices... ----
void dynamic_slice_kernel(const Call& c) {
  const char* W = "dynamic_slice";
  const Operand& x = c.in[0];
  Operand& o = c.out[0];
  require(c.n_out == 1 && c.n_in == 1 + x.ndim && o.ndim == x.ndim && o.dtype == x.dtype, W, "operand mismatch");
  int64_t starts[kMaxDims];
  clamped_starts(c, 1, x.ndim, x.shape, o.shape, starts, W);
  if (o.size() == 0) return;
  const size_t es = dtype_size(x.dtype);
  int64_t off = 0;
  for (int k = 0; k < x.ndim; k++) off += starts[k] * x.strides[k];
  copy_strided(o.ndim, o.shape, x.data + off * (int64_t)es, x.strides, o.data, o.strides, es);
}

// ---- dynamic_update_slice: operands x, update, start indices... ----
void dynamic_update_slice_kernel(const Call& c) {
  const char* W = "dynamic_update_slice";
  const Operand& x = c.in[0];
  Operand& o = c.out[0];
  require(c.n_out == 1 && c.n_in == 2 + x.ndim, W, "wrong number of operands");
  const Operand& u = c.in[1];
  require(o.ndim == x.ndim && u.ndim == x.ndim && o.dtype == x.dtype && u.dtype == x.dtype, W, "operand mismatch");
  for (int k = 0; k < x.ndim; k++) require(o.shape[k] == x.shape[k], W, "output shape mismatch");
  int64_t starts[kMaxDims];
  clamped_starts(c, 2, x.ndim, x.shape, u.shape, starts, W);
  if (o.size() == 0) return;
  const size_t es = dtype_size(x.dtype);
  copy_strided(o.ndim, o.shape, x.data, x.strides, o.data, o.strides, es);
  if (u.size() == 0) return;
  int64_t off = 0;
  for (int k = 0; k < x.ndim; k++) off += starts[k] * o.strides[k];
  copy_strided(u.ndim, u.shape, u.data, u.strides, o.data + off * (int64_t)es, o.strides, es);
}

// ---- iota: params (dimension); integers wrap, floats round to nearest even ----
void iota_kernel(const Call& c) {
  const char* W = "iota";
  require(c.n_in == 0 && c.n_out == 1, W, "wrong number of operands");
  Operand& o = c.out[0];
  require(o.ndim >= 1 && c.n_params == 1, W, "bad params");
  const int dim = (int)c.iparam(0, 0, o.ndim - 1);
  if (o.size() == 0) return;
  int64_t outer = 1, inner = 1;
  for (int k = 0; k < dim; k++) outer *= o.shape[k];
  for (int k = dim + 1; k < o.ndim; k++) inner *= o.shape[k];
  const int64_t n = o.shape[dim];
  dispatch_dtype(o.dtype, [&]<class T>() {
    if constexpr (std::is_same_v<T, bool>) {
      throw KernelError("iota: bool is not supported");
    } else {
      T* base = reinterpret_cast<T*>(o.data);
      parallel_for(outer * n, std::max<int64_t>(1, (int64_t{1} << 15) / inner), [&](int64_t b, int64_t e) {
        for (int64_t r = b; r < e; r++) {
          const int64_t j = r % n;
          T v;
          if constexpr (is_float_v<T>) {
            if constexpr (std::is_same_v<T, double>) v = (double)j;
            else store(&v, (float)j);
          } else {
            v = (T)(uint64_t)j;
          }
          T* __restrict dst = base + r * inner;
          for (int64_t i = 0; i < inner; i++) dst[i] = v;
        }
      });
    }
  });
}

}  // namespace

JAXTS_FAMILY(movement) {
  register_kernel(Op::Pad, pad_kernel);
  register_kernel(Op::Concatenate, concatenate_kernel);
  register_kernel(Op::DynamicSlice, dynamic_slice_kernel);
  register_kernel(Op::DynamicUpdateSlice, dynamic_update_slice_kernel);
  register_kernel(Op::Iota, iota_kernel);
}

}  // namespace jaxts
