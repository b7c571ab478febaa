// Strided iteration shared by kernel families: K operand views over one
// iteration shape, with adjacent dimensions coalesced (a contiguous or
// simply-broadcast view becomes one flat run) and the element range split
// across the thread pool. Bodies receive innermost runs: pointers, byte
// strides and a length, so the hot loop is a plain vectorizable for-loop.
#pragma once
#include <algorithm>
#include <cstdint>

#include "jaxts/kernel.h"
#include "jaxts/parallel.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN

template <int K>
struct Loop {
  int ndim = 0;
  int64_t shape[kMaxDims];
  int64_t strides[K][kMaxDims];  // bytes
  uint8_t* base[K];
  int64_t size = 1;

  // shape: the iteration shape; views[k] gives data, element strides and element size.
  Loop(int nd, const int64_t* shp, uint8_t* const* data, const int64_t* const* elem_strides, const size_t* elsize) {
    for (int k = 0; k < K; k++) base[k] = data[k];
    for (int i = 0; i < nd; i++) size *= shp[i];
    // Drop size-1 axes, then merge axis i into i+1 when every operand is contiguous across them.
    for (int i = 0; i < nd; i++) {
      if (shp[i] == 1) continue;
      shape[ndim] = shp[i];
      for (int k = 0; k < K; k++) strides[k][ndim] = elem_strides[k][i] * (int64_t)elsize[k];
      if (ndim > 0) {
        bool merge = true;
        for (int k = 0; k < K; k++)
          if (strides[k][ndim - 1] != strides[k][ndim] * shape[ndim]) merge = false;
        if (merge) {
          shape[ndim - 1] *= shape[ndim];
          for (int k = 0; k < K; k++) strides[k][ndim - 1] = strides[k][ndim];
          continue;
        }
      }
      ndim++;
    }
    if (ndim == 0) {  // a scalar: one run of length 1
      shape[0] = 1;
      for (int k = 0; k < K; k++) strides[k][0] = 0;
      ndim = 1;
    }
  }

  // Calls body(ptrs, inner_byte_strides, n) for every innermost run of elements [begin, end).
  template <class Body>
  void run(int64_t begin, int64_t end, Body&& body) const {
    if (begin >= end) return;
    int64_t coord[kMaxDims];
    int64_t rem = begin;
    for (int i = ndim - 1; i >= 0; i--) {
      coord[i] = rem % shape[i];
      rem /= shape[i];
    }
    int64_t inner_stride[K];
    for (int k = 0; k < K; k++) inner_stride[k] = strides[k][ndim - 1];
    while (begin < end) {
      uint8_t* p[K];
      for (int k = 0; k < K; k++) {
        int64_t off = 0;
        for (int i = 0; i < ndim; i++) off += coord[i] * strides[k][i];
        p[k] = base[k] + off;
      }
      int64_t n = std::min(shape[ndim - 1] - coord[ndim - 1], end - begin);
      body(p, inner_stride, n);
      begin += n;
      coord[ndim - 1] += n;
      for (int i = ndim - 1; i > 0 && coord[i] == shape[i]; i--) {
        coord[i] = 0;
        coord[i - 1]++;
      }
    }
  }

  // The whole loop, split across threads when large enough.
  template <class Body>
  void run_parallel(Body&& body, int64_t grain = 1 << 15) const {
    parallel_for(size, grain, [&](int64_t b, int64_t e) { run(b, e, body); });
  }
};

JAXTS_ISA_END  // namespace jaxts::isa_<ISA>
