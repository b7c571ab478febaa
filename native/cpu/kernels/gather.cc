// gather (XLA Gather with JAX's GatherDimensionNumbers, batching dims and
// modes clip / fill / promise_in_bounds): one window copy per index vector,
// windows spread over the thread pool. Elements move as raw words.
// Semantics: gatherKernel in src/backend/reference/kernels/indexing.ts.
//
// Params: mode (0 clip, 1 fill, 2 promise_in_bounds), fill bits lo32, hi32,
// offsetDims, collapsedSliceDims, startIndexMap, operandBatchingDims,
// startIndicesBatchingDims (each "n, a0..a(n-1)"), sliceSizes (operand rank).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "jaxts/dtype.h"
#include "jaxts/family.h"
#include "jaxts/movement.h"
#include "jaxts/parallel.h"
#include "jaxts/transpose_copy.h"

namespace jaxts {
namespace {

void require(bool ok, const char* what) {
  if (!ok) throw KernelError(std::string("gather: ") + what);
}

// The window of one index vector, coalesced once (the same strides for every window).
struct Window {
  int nd = 0;
  int64_t shape[kMaxDims], src[kMaxDims], dst[kMaxDims];  // element strides
  int64_t size = 1;

  void add(int64_t n, int64_t s, int64_t d) {
    size *= n;
    if (n == 1) return;
    if (nd > 0 && src[nd - 1] == s * n && dst[nd - 1] == d * n) {
      shape[nd - 1] *= n;
      src[nd - 1] = s;
      dst[nd - 1] = d;
      return;
    }
    shape[nd] = n;
    src[nd] = s;
    dst[nd] = d;
    nd++;
  }

  // fn(src_elem_offset, dst_elem_offset, n, src_stride, dst_stride) for every innermost run.
  template <class F>
  void for_runs(F&& fn) const {
    if (size == 0) return;
    if (nd == 0) {
      fn(int64_t{0}, int64_t{0}, int64_t{1}, int64_t{1}, int64_t{1});
      return;
    }
    const int last = nd - 1;
    int64_t idx[kMaxDims] = {};
    int64_t so = 0, dof = 0;
    for (;;) {
      fn(so, dof, shape[last], src[last], dst[last]);
      int k = last - 1;
      for (; k >= 0; k--) {
        so += src[k];
        dof += dst[k];
        if (++idx[k] < shape[k]) break;
        so -= src[k] * shape[k];
        dof -= dst[k] * shape[k];
        idx[k] = 0;
      }
      if (k < 0) return;
    }
  }
};

template <class U>
inline void copy_window(const Window& w, const U* __restrict s, U* __restrict d) {
  if (w.nd == 0) {
    *d = *s;
    return;
  }
  w.for_runs([&](int64_t so, int64_t dof, int64_t n, int64_t ss, int64_t ds) {
    const U* __restrict a = s + so;
    U* __restrict b = d + dof;
    if (ss == 1 && ds == 1) std::memcpy(b, a, (size_t)n * sizeof(U));
    else
      for (int64_t i = 0; i < n; i++) b[i * ds] = a[i * ss];
  });
}

template <class U>
inline void fill_window(const Window& w, U v, U* __restrict d) {
  w.for_runs([&](int64_t, int64_t dof, int64_t n, int64_t, int64_t ds) {
    U* __restrict b = d + dof;
    for (int64_t i = 0; i < n; i++) b[i * ds] = v;
  });
}

void gather_kernel(const Call& c) {
  require(c.n_in == 2 && c.n_out == 1, "expected operand and indices");
  const Operand& x = c.in[0];
  const Operand& idx = c.in[1];
  Operand& o = c.out[0];
  require(o.dtype == x.dtype, "output dtype differs from the operand's");
  require(is_int_dtype(idx.dtype), "indices must have an integer dtype");
  require(idx.ndim >= 1, "indices must have rank >= 1");
  ParamReader pr{c, "gather"};
  const int mode = (int)pr.next(0, 2);
  const uint64_t fill_lo = (uint64_t)pr.next(0, 0xffffffffLL), fill_hi = (uint64_t)pr.next(0, 0xffffffffLL);
  const std::vector<int> offset_dims = pr.axes(o.ndim, kMaxDims);
  const std::vector<int> collapsed = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> start_map = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> obd = pr.axes(x.ndim, kMaxDims);
  const std::vector<int> ibd = pr.axes(idx.ndim, kMaxDims);
  int64_t slice[kMaxDims];
  for (int d = 0; d < x.ndim; d++) slice[d] = pr.next(0, int64_t{1} << 53);
  pr.done();

  const int ivd = idx.ndim - 1;
  const int nb_axes = idx.ndim - 1;
  require((int)start_map.size() == idx.shape[ivd], "startIndexMap length differs from the index vector");
  require(o.ndim == (int)offset_dims.size() + nb_axes, "output rank mismatch");
  require(obd.size() == ibd.size(), "batching dims lengths differ");
  // Operand axes: 0 window, 1 collapsed, 2 batching.
  int kind[kMaxDims] = {};
  for (int d : collapsed) kind[d] = 1;
  for (int d : obd) {
    require(kind[d] == 0, "collapsed and batching dims overlap");
    kind[d] = 2;
  }
  std::vector<int> window_axes;
  for (int d = 0; d < x.ndim; d++)
    if (kind[d] == 0) window_axes.push_back(d);
  require(window_axes.size() == offset_dims.size(), "offsetDims do not match the window axes");
  for (size_t k = 1; k < offset_dims.size(); k++) require(offset_dims[k] > offset_dims[k - 1], "offsetDims must be sorted");
  bool is_offset[kMaxDims] = {};
  for (int d : offset_dims) is_offset[d] = true;
  std::vector<int> batch_axes;  // output axes of the index batch, in index-axis order
  for (int d = 0; d < o.ndim; d++)
    if (!is_offset[d]) batch_axes.push_back(d);
  for (int k = 0; k < nb_axes; k++) require(o.shape[batch_axes[k]] == idx.shape[k], "output batch shape differs from the indices'");
  for (size_t k = 0; k < window_axes.size(); k++) require(o.shape[offset_dims[k]] == slice[window_axes[k]], "output window shape differs from sliceSizes");
  for (size_t k = 0; k < ibd.size(); k++) {
    require(ibd[k] != ivd, "the index vector axis cannot be a batching dim");
    require(x.shape[obd[k]] == idx.shape[ibd[k]], "batching dims sizes differ");
  }
  if (o.size() == 0) return;
  for (int d = 0; d < x.ndim; d++) {
    require(slice[d] <= x.shape[d], "slice size larger than the operand");
    if (kind[d] != 0) require(slice[d] == 1, "collapsed/batching dims must have slice size 1");
  }

  const size_t es = dtype_size(x.dtype);
  Window w;
  for (size_t k = 0; k < window_axes.size(); k++) w.add(slice[window_axes[k]], x.strides[window_axes[k]], o.strides[offset_dims[k]]);
  int64_t nb = 1;
  for (int k = 0; k < nb_axes; k++) nb *= idx.shape[k];
  const int K = (int)start_map.size();
  const size_t ies = dtype_size(idx.dtype);
  const uint64_t fill_bits = fill_lo | (fill_hi << 32);

  // Big windows, few of them: copy each window with the whole pool.
  const bool per_window_parallel = w.size >= (int64_t{1} << 16) && nb < 2 * (int64_t)num_threads();

  with_word(es, [&]<class U>() {
    U fill;
    std::memcpy(&fill, &fill_bits, sizeof(U));  // little-endian: the low bytes
    auto batch_range = [&](int64_t b, int64_t e) {
      int64_t bc[kMaxDims];
      int64_t rem = b;
      for (int k = nb_axes - 1; k >= 0; k--) {
        bc[k] = rem % idx.shape[k];
        rem /= idx.shape[k];
      }
      for (int64_t t = b; t < e; t++) {
        int64_t ioff = 0, doff = 0;
        for (int k = 0; k < nb_axes; k++) {
          ioff += bc[k] * idx.strides[k];
          doff += bc[k] * o.strides[batch_axes[k]];
        }
        int64_t coord[kMaxDims] = {};
        bool oob = false;
        for (int k = 0; k < K; k++) {
          const int d = start_map[k];
          int64_t s = read_index(idx.data + (ioff + k * idx.strides[ivd]) * (int64_t)ies, idx.dtype);
          const int64_t hi = x.shape[d] - slice[d];
          if (s < 0 || s > hi) {
            oob = true;
            s = clamp_i64(s, 0, hi);
          }
          coord[d] = s;
        }
        for (size_t k = 0; k < obd.size(); k++) coord[obd[k]] = bc[ibd[k]];
        U* dst = reinterpret_cast<U*>(o.data) + doff;
        if (oob && mode == 1) {
          fill_window<U>(w, fill, dst);
        } else {
          int64_t soff = 0;
          for (int d = 0; d < x.ndim; d++) soff += coord[d] * x.strides[d];
          const U* src = reinterpret_cast<const U*>(x.data) + soff;
          if (per_window_parallel) {
            int64_t sh[kMaxDims], ss[kMaxDims], ds[kMaxDims];
            for (int k = 0; k < w.nd; k++) sh[k] = w.shape[k], ss[k] = w.src[k], ds[k] = w.dst[k];
            copy_strided(w.nd, sh, reinterpret_cast<const uint8_t*>(src), ss, reinterpret_cast<uint8_t*>(dst), ds, sizeof(U));
          } else {
            copy_window<U>(w, src, dst);
          }
        }
        for (int k = nb_axes - 1; k >= 0; k--) {
          if (++bc[k] < idx.shape[k]) break;
          bc[k] = 0;
        }
      }
    };
    if (per_window_parallel) batch_range(0, nb);
    else parallel_for(nb, std::max<int64_t>(1, (int64_t{1} << 14) / std::max<int64_t>(w.size, 1)), batch_range);
  });
}

}  // namespace

JAXTS_FAMILY(gather) { register_kernel(Op::Gather, gather_kernel); }

}  // namespace jaxts
