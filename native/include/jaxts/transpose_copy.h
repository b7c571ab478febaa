// Strided -> strided copies of N-d views, dtype-agnostic (elements are moved
// as 1/2/4/8-byte words, so every dtype's bits are preserved: -0, NaN
// payloads). Three paths, chosen after dropping size-1 axes and coalescing
// adjacent axes that are contiguous in both views:
//   1. innermost axis contiguous in both views: memcpy of runs;
//   2. innermost axis contiguous in dst only, another axis contiguous in src
//      (a transposed view): a cache-blocked 2-D transpose over those two axes,
//      tiles spread over the thread pool, the other axes as outer loops;
//   3. anything else: an element loop over innermost runs.
// Large copies use the thread pool; small ones stay on the calling thread.
//
// Header-only so kernel families compiled per ISA get the ISA's codegen.
// Usage (e.g. the `copy` kernel: strided input -> contiguous output):
//   jaxts::copy_strided(out.ndim, out.shape, in.data, in.strides, out.data, out.strides, dtype_size(in.dtype));
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "jaxts/kernel.h"
#include "jaxts/parallel.h"
#include "jaxts/strided.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN

// Calls f.template operator()<U>() with U the unsigned word type of `elsize` bytes.
template <class F>
decltype(auto) with_word(size_t elsize, F&& f) {
  switch (elsize) {
    case 1: return f.template operator()<uint8_t>();
    case 2: return f.template operator()<uint16_t>();
    case 4: return f.template operator()<uint32_t>();
    case 8: return f.template operator()<uint64_t>();
  }
  throw KernelError("copy: unsupported element size");
}

namespace detail {

// dst[i * drs + j] = src[i * srs + j * scs] for one tile (strides in elements;
// dst contiguous along j, src contiguous along i in the transpose case).
template <class U>
inline void transpose_tile(const U* __restrict src, int64_t srs, int64_t scs, U* __restrict dst, int64_t drs, int64_t rows, int64_t cols) {
  if (srs == 1) {
    for (int64_t i = 0; i < rows; i++) {
      const U* s = src + i;
      U* d = dst + i * drs;
      for (int64_t j = 0; j < cols; j++) d[j] = s[j * scs];
    }
  } else {
    for (int64_t i = 0; i < rows; i++) {
      const U* s = src + i * srs;
      U* d = dst + i * drs;
      for (int64_t j = 0; j < cols; j++) d[j] = s[j * scs];
    }
  }
}

}  // namespace detail

// Cache-blocked 2-D transpose copy: dst[i * dst_row_stride + j] = src[i * src_row_stride + j * src_col_stride]
// for i < rows, j < cols (strides in elements). Fastest when src_row_stride == 1 (a transposed view).
// Tiles are processed by [tile_begin, tile_end) of the flattened tile grid, so callers can parallelize.
template <class U>
void transpose_2d_tiles(const U* src, int64_t src_row_stride, int64_t src_col_stride, U* dst, int64_t dst_row_stride, int64_t rows, int64_t cols,
                        int64_t tile_begin, int64_t tile_end) {
  constexpr int64_t B = sizeof(U) >= 4 ? 32 : 64;
  const int64_t tc = (cols + B - 1) / B;
  for (int64_t t = tile_begin; t < tile_end; t++) {
    const int64_t i0 = (t / tc) * B, j0 = (t % tc) * B;
    detail::transpose_tile<U>(src + i0 * src_row_stride + j0 * src_col_stride, src_row_stride, src_col_stride, dst + i0 * dst_row_stride + j0,
                              dst_row_stride, std::min(B, rows - i0), std::min(B, cols - j0));
  }
}

template <class U>
inline int64_t transpose_2d_num_tiles(int64_t rows, int64_t cols) {
  constexpr int64_t B = sizeof(U) >= 4 ? 32 : 64;
  return ((rows + B - 1) / B) * ((cols + B - 1) / B);
}

// The whole 2-D transpose copy, spread over the thread pool when large.
template <class U>
void transpose_2d(const U* src, int64_t src_row_stride, int64_t src_col_stride, U* dst, int64_t dst_row_stride, int64_t rows, int64_t cols) {
  const int64_t nt = transpose_2d_num_tiles<U>(rows, cols);
  parallel_for(nt, std::max<int64_t>(1, (int64_t{1} << 15) / 1024), [&](int64_t b, int64_t e) {
    transpose_2d_tiles<U>(src, src_row_stride, src_col_stride, dst, dst_row_stride, rows, cols, b, e);
  });
}

// Copies the view (shape, src, src_strides) into (shape, dst, dst_strides); strides in elements,
// possibly 0 (broadcast source) or negative. dst must not overlap src.
inline void copy_strided(int ndim, const int64_t* shape, const uint8_t* src, const int64_t* src_strides, uint8_t* dst, const int64_t* dst_strides,
                         size_t elsize, bool allow_parallel = true) {
  // Drop size-1 axes and coalesce (in dst order).
  int nd = 0;
  int64_t sh[kMaxDims], ss[kMaxDims], ds[kMaxDims];
  int64_t total = 1;
  for (int i = 0; i < ndim; i++) {
    total *= shape[i];
    if (shape[i] == 1) continue;
    sh[nd] = shape[i];
    ss[nd] = src_strides[i];
    ds[nd] = dst_strides[i];
    if (nd > 0 && ss[nd - 1] == ss[nd] * sh[nd] && ds[nd - 1] == ds[nd] * sh[nd]) {
      sh[nd - 1] *= sh[nd];
      ss[nd - 1] = ss[nd];
      ds[nd - 1] = ds[nd];
      continue;
    }
    nd++;
  }
  if (total == 0) return;
  if (nd == 0) {
    std::memcpy(dst, src, elsize);
    return;
  }
  const int64_t grain = allow_parallel ? std::max<int64_t>(int64_t{1} << 17 >> (elsize == 1 ? 0 : elsize == 2 ? 1 : elsize == 4 ? 2 : 3), 4096) : INT64_MAX;
  const int last = nd - 1;

  // 2. transposed view: dst contiguous innermost, src contiguous (|stride| 1) on another axis.
  if (ds[last] == 1 && ss[last] != 1 && sh[last] >= 8) {
    int a = -1;
    for (int i = last - 1; i >= 0; i--)
      if (ss[i] == 1) { a = i; break; }
    if (a >= 0 && sh[a] >= 8) {
      with_word(elsize, [&]<class U>() {
        const int64_t rows = sh[a], cols = sh[last];
        const int64_t nt = transpose_2d_num_tiles<U>(rows, cols);
        // Outer axes: all but a and last.
        int no = 0;
        int64_t osh[kMaxDims], oss[kMaxDims], ods[kMaxDims];
        int64_t nouter = 1;
        for (int i = 0; i < last; i++)
          if (i != a) { osh[no] = sh[i]; oss[no] = ss[i]; ods[no] = ds[i]; nouter *= sh[i]; no++; }
        const U* s0 = reinterpret_cast<const U*>(src);
        U* d0 = reinterpret_cast<U*>(dst);
        auto work = [&](int64_t b, int64_t e) {
          for (int64_t t = b; t < e;) {
            int64_t o = t / nt, tb = t % nt;
            int64_t te = std::min(nt, tb + (e - t));
            int64_t so = 0, dof = 0, rem = o;
            for (int k = no - 1; k >= 0; k--) {
              int64_t c = rem % osh[k];
              rem /= osh[k];
              so += c * oss[k];
              dof += c * ods[k];
            }
            transpose_2d_tiles<U>(s0 + so, ss[a], ss[last], d0 + dof, ds[a], rows, cols, tb, te);
            t += te - tb;
          }
        };
        const int64_t tile_elems = sizeof(U) >= 4 ? 32 * 32 : 64 * 64;
        parallel_for(nouter * nt, std::max<int64_t>(1, grain / tile_elems), work);
      });
      return;
    }
  }

  with_word(elsize, [&]<class U>() {
    uint8_t* data[2] = {const_cast<uint8_t*>(src), dst};
    const int64_t* st[2] = {ss, ds};
    size_t es[2] = {elsize, elsize};
    Loop<2> loop(nd, sh, data, st, es);
    loop.run_parallel(
        [&](uint8_t* const* p, const int64_t* s, int64_t n) {
          if (s[0] == (int64_t)sizeof(U) && s[1] == (int64_t)sizeof(U)) {
            std::memcpy(p[1], p[0], (size_t)n * sizeof(U));
          } else if (s[1] == (int64_t)sizeof(U)) {
            const U* __restrict x = reinterpret_cast<const U*>(p[0]);
            U* __restrict z = reinterpret_cast<U*>(p[1]);
            const int64_t sx = s[0] / (int64_t)sizeof(U);
            if (sx == 0) {
              const U v = *x;
              for (int64_t i = 0; i < n; i++) z[i] = v;
            } else {
              for (int64_t i = 0; i < n; i++) z[i] = x[i * sx];
            }
          } else {
            for (int64_t i = 0; i < n; i++) *reinterpret_cast<U*>(p[1] + i * s[1]) = *reinterpret_cast<const U*>(p[0] + i * s[0]);
          }
        },
        grain);
  });
}

// Fills n contiguous elements of `elsize` bytes at dst with the element at `value`.
inline void fill_words(uint8_t* dst, int64_t n, const uint8_t* value, size_t elsize) {
  with_word(elsize, [&]<class U>() {
    U v;
    std::memcpy(&v, value, sizeof(U));
    U* __restrict z = reinterpret_cast<U*>(dst);
    for (int64_t i = 0; i < n; i++) z[i] = v;
  });
}

JAXTS_ISA_END  // namespace jaxts::isa_<ISA>
