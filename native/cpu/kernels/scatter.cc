// The scatter family (scatter, scatter-add/-sub/-mul/-min/-max): a copy of
// the operand (thread pool), then updates applied one by one in row-major
// order of `updates` (single-threaded: duplicates resolve as the reference,
// f16/bf16 rounded at every step). Out-of-bounds windows are skipped
// ("fill"/"promise_in_bounds") or clamped ("clip").
// Semantics: scatterKernel in src/backend/reference/kernels/indexing.ts.
//
// Params: mode (0 clip, 1 fill, 2 promise_in_bounds), updateWindowDims,
// insertedWindowDims, scatterDimsToOperandDims, operandBatchingDims,
// scatterIndicesBatchingDims (each "n, a0..a(n-1)").
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "jaxts/dtype.h"
#include "jaxts/family.h"
#include "jaxts/movement.h"
#include "jaxts/parallel.h"
#include "jaxts/transpose_copy.h"

namespace jaxts {
namespace {

enum class Comb { Set, Add, Sub, Mul, Min, Max };

template <class T>
using Wide = std::conditional_t<(sizeof(T) < 4), uint32_t, std::make_unsigned_t<T>>;

template <Comb C, class T>
inline void combine(T* t, const T* u) {
  if constexpr (C == Comb::Set) {
    *t = *u;
  } else if constexpr (is_float_v<T>) {
    using F = typename Compute<T>::type;
    const F a = load(t), b = load(u);
    F r;
    if constexpr (C == Comb::Add) r = a + b;
    else if constexpr (C == Comb::Sub) r = a - b;
    else if constexpr (C == Comb::Mul) r = a * b;
    else if constexpr (C == Comb::Max) {
      // JS Math.max: NaN if either is NaN; max(-0, +0) = +0.
      if (std::isnan(a) || std::isnan(b)) r = std::numeric_limits<F>::quiet_NaN();
      else if (a == b) r = std::signbit(a) ? b : a;
      else r = a > b ? a : b;
    } else {
      if (std::isnan(a) || std::isnan(b)) r = std::numeric_limits<F>::quiet_NaN();
      else if (a == b) r = std::signbit(a) ? a : b;
      else r = a < b ? a : b;
    }
    store(t, r);
  } else if constexpr (std::is_same_v<T, bool>) {
    if constexpr (C == Comb::Min) *t = *t && *u;
    else if constexpr (C == Comb::Max) *t = *t || *u;
    else throw KernelError("scatter arithmetic on bool is not supported");
  } else {
    using W = Wide<T>;
    if constexpr (C == Comb::Add) *t = (T)(W)((W)*t + (W)*u);
    else if constexpr (C == Comb::Sub) *t = (T)(W)((W)*t - (W)*u);
    else if constexpr (C == Comb::Mul) *t = (T)(W)((W)*t * (W)*u);
    else if constexpr (C == Comb::Min) *t = *u < *t ? *u : *t;
    else *t = *u > *t ? *u : *t;
  }
}

void require(bool ok, const char* what) {
  if (!ok) throw KernelError(std::string("scatter: ") + what);
}

template <Comb C>
void scatter_kernel(const Call& c) {
  require(c.n_in == 3 && c.n_out == 1, "expected operand, indices and updates");
  const Operand& x = c.in[0];
  const Operand& idx = c.in[1];
  const Operand& upd = c.in[2];
  Operand& o = c.out[0];
  require(o.dtype == x.dtype && upd.dtype == x.dtype && o.ndim == x.ndim, "operand, updates and output must share a dtype");
  for (int d = 0; d < x.ndim; d++) require(o.shape[d] == x.shape[d], "output shape differs from the operand's");
  require(is_int_dtype(idx.dtype), "indices must have an integer dtype");
  require(idx.ndim >= 1, "indices must have rank >= 1");
  ParamReader pr{c, "scatter"};
  const int mode = (int)pr.next(0, 2);
  const std::vector<int> uwd = pr.axes(upd.ndim, kMaxDims);
  const std::vector<int> iwd = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> sdod = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> obd = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> ibd = pr.axes(idx.ndim, kMaxDims);
  pr.done();
  if constexpr (C == Comb::Add || C == Comb::Sub || C == Comb::Mul)
    require(x.dtype != DType::Bool, "arithmetic scatters need a numeric dtype");

  const int ivd = idx.ndim - 1;
  const int nb_axes = idx.ndim - 1;
  require((int)sdod.size() == idx.shape[ivd], "scatterDimsToOperandDims length differs from the index vector");
  require(upd.ndim == nb_axes + (int)uwd.size(), "updates rank mismatch");
  require(obd.size() == ibd.size(), "batching dims lengths differ");
  for (size_t k = 1; k < uwd.size(); k++) require(uwd[k] > uwd[k - 1], "updateWindowDims must be sorted");
  int kind[kMaxDims] = {};
  for (int d : iwd) kind[d] = 1;
  for (int d : obd) {
    require(kind[d] == 0, "inserted and batching dims overlap");
    kind[d] = 2;
  }
  std::vector<int> window_axes;  // operand axes of the update window, in order
  for (int d = 0; d < x.ndim; d++)
    if (kind[d] == 0) window_axes.push_back(d);
  require(window_axes.size() == uwd.size(), "updateWindowDims do not match the operand's window axes");
  int64_t wsize[kMaxDims];
  for (int d = 0; d < x.ndim; d++) wsize[d] = 1;
  for (size_t k = 0; k < uwd.size(); k++) {
    wsize[window_axes[k]] = upd.shape[uwd[k]];
    require(upd.shape[uwd[k]] <= x.shape[window_axes[k]], "update window larger than the operand");
  }
  bool is_window[kMaxDims] = {};
  for (int d : uwd) is_window[d] = true;
  // Per updates axis: its operand axis (window) or its index batch axis.
  int upd_map[kMaxDims];
  {
    int bi = 0, wi = 0;
    for (int d = 0; d < upd.ndim; d++) upd_map[d] = is_window[d] ? window_axes[wi++] : bi++;
  }
  for (int d = 0, bi = 0; d < upd.ndim; d++)
    if (!is_window[d]) require(upd.shape[d] == idx.shape[bi++], "update scatter shape differs from the indices' batch shape");
  for (size_t k = 0; k < ibd.size(); k++) {
    require(ibd[k] != ivd, "the index vector axis cannot be a batching dim");
    require(x.shape[obd[k]] == idx.shape[ibd[k]], "batching dims sizes differ");
  }

  const size_t es = dtype_size(x.dtype);
  if (o.size() == 0) return;
  copy_strided(o.ndim, o.shape, x.data, x.strides, o.data, o.strides, es);
  if (upd.size() == 0) return;

  // Operand offset of each index vector's window (-1: skipped).
  int64_t nb = 1;
  for (int k = 0; k < nb_axes; k++) nb *= idx.shape[k];
  std::vector<int64_t> base((size_t)nb);
  const int K = (int)sdod.size();
  const size_t ies = dtype_size(idx.dtype);
  parallel_for(nb, 4096, [&](int64_t b, int64_t e) {
    int64_t bc[kMaxDims];
    for (int64_t t = b; t < e; t++) {
      int64_t rem = t, ioff = 0;
      for (int k = nb_axes - 1; k >= 0; k--) {
        bc[k] = rem % idx.shape[k];
        rem /= idx.shape[k];
        ioff += bc[k] * idx.strides[k];
      }
      int64_t coord[kMaxDims] = {};
      bool oob = false;
      for (int k = 0; k < K; k++) {
        const int d = sdod[k];
        int64_t s = read_index(idx.data + (ioff + k * idx.strides[ivd]) * (int64_t)ies, idx.dtype);
        const int64_t hi = x.shape[d] - wsize[d];
        if (s < 0 || s > hi) {
          oob = true;
          s = clamp_i64(s, 0, hi);
        }
        coord[d] = s;
      }
      if (oob && mode != 0) {
        base[(size_t)t] = -1;
        continue;
      }
      for (size_t k = 0; k < obd.size(); k++) coord[obd[k]] = bc[ibd[k]];
      int64_t off = 0;
      for (int d = 0; d < x.ndim; d++) off += coord[d] * o.strides[d];
      base[(size_t)t] = off;
    }
  });

  // Walk the updates in row-major order: each axis moves either the batch index or the window offset.
  int64_t bmul[kMaxDims], wmul[kMaxDims];
  {
    int64_t bstride[kMaxDims];
    int64_t s = 1;
    for (int k = nb_axes - 1; k >= 0; k--) bstride[k] = s, s *= idx.shape[k];
    for (int d = 0; d < upd.ndim; d++) {
      bmul[d] = is_window[d] ? 0 : bstride[upd_map[d]];
      wmul[d] = is_window[d] ? o.strides[upd_map[d]] : 0;
    }
  }
  dispatch_dtype(x.dtype, [&]<class T>() {
    T* out = reinterpret_cast<T*>(o.data);
    const T* u0 = reinterpret_cast<const T*>(upd.data);
    const int64_t* bp = base.data();
    if (upd.ndim == 0) {  // one index vector, a 0-d window
      if (bp[0] >= 0) combine<C, T>(out + bp[0], u0);
      return;
    }
    const int last = upd.ndim - 1;
    const int64_t n = upd.shape[last], us = upd.strides[last], bm = bmul[last], wm = wmul[last];
    int64_t uc[kMaxDims] = {};
    int64_t bl = 0, wo = 0, uo = 0;
    for (;;) {
      if (bm == 0) {
        const int64_t b0 = bp[bl];
        if (b0 >= 0) {
          T* t = out + b0 + wo;
          const T* u = u0 + uo;
          for (int64_t j = 0; j < n; j++) combine<C, T>(t + j * wm, u + j * us);
        }
      } else {
        for (int64_t j = 0; j < n; j++) {
          const int64_t b0 = bp[bl + j * bm];
          if (b0 >= 0) combine<C, T>(out + b0 + wo, u0 + uo + j * us);
        }
      }
      int k = last - 1;
      for (; k >= 0; k--) {
        bl += bmul[k];
        wo += wmul[k];
        uo += upd.strides[k];
        if (++uc[k] < upd.shape[k]) break;
        bl -= bmul[k] * upd.shape[k];
        wo -= wmul[k] * upd.shape[k];
        uo -= upd.strides[k] * upd.shape[k];
        uc[k] = 0;
      }
      if (k < 0) break;
    }
  });
}

}  // namespace

JAXTS_FAMILY(scatter) {
  register_kernel(Op::Scatter, scatter_kernel<Comb::Set>);
  register_kernel(Op::ScatterAdd, scatter_kernel<Comb::Add>);
  register_kernel(Op::ScatterSub, scatter_kernel<Comb::Sub>);
  register_kernel(Op::ScatterMul, scatter_kernel<Comb::Mul>);
  register_kernel(Op::ScatterMin, scatter_kernel<Comb::Min>);
  register_kernel(Op::ScatterMax, scatter_kernel<Comb::Max>);
}

}  // namespace jaxts
