// Portable blocked GEMM (Goto/BLIS scheme) used by the dot_general family for
// integer and bool products and for floats when no system BLAS is present:
// C[M×N] = A[M×K] · B[K×N] over arbitrary element strides (packing absorbs
// them), cache-blocked (MC×KC panels of A, KC×NC of B), an MR×NR register
// micro-kernel written with GCC vector extensions (its width follows the ISA
// the including family is compiled for), tasks over C tiles on the thread pool.
// Everything is in an anonymous namespace: each ISA copy keeps its own code.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "jaxts/parallel.h"

namespace jaxts {
namespace {

#if defined(__AVX512F__)
constexpr int kGemmVecBytes = 64;
constexpr int kGemmMR = 8;
#elif defined(__AVX__)
constexpr int kGemmVecBytes = 32;
constexpr int kGemmMR = 6;
#else
constexpr int kGemmVecBytes = 16;
constexpr int kGemmMR = 6;
#endif

// Semirings: acc = acc + a*b (floats; unsigned ints wrap) or acc = acc | (a & b) (bool).
struct MulAdd {
  template <class V> static V step(V acc, V a, V b) { return acc + a * b; }
  template <class V> static V merge(V c, V v) { return c + v; }
};
struct OrAnd {
  template <class V> static V step(V acc, V a, V b) { return acc | (a & b); }
  template <class V> static V merge(V c, V v) { return c | v; }
};

template <class T, class Op>
struct Gemm {
  typedef T V __attribute__((vector_size(kGemmVecBytes)));
  static constexpr int VL = kGemmVecBytes / (int)sizeof(T);
  static constexpr int NV = 2;
  static constexpr int MR = kGemmMR;
  static constexpr int NR = NV * VL;
  static constexpr int64_t KC = 256;
  static constexpr int64_t MC = MR * 16;
  static constexpr int64_t NC = NR * 16;

  static V splat(T x) {
    V v;
    for (int i = 0; i < VL; i++) v[i] = x;
    return v;
  }

  // Packs rows [i0, i0+mc) × cols [p0, p0+kc) of A into MR-row panels (k-major inside), zero-padded.
  static void pack_a(const T* A, int64_t rs, int64_t cs, int64_t i0, int64_t mc, int64_t p0, int64_t kc, T* out) {
    for (int64_t ir = 0; ir < mc; ir += MR) {
      T* dst = out + (ir / MR) * kc * MR;
      int64_t mr = std::min<int64_t>(MR, mc - ir);
      for (int r = 0; r < MR; r++) {
        if (r < mr) {
          const T* src = A + (i0 + ir + r) * rs + p0 * cs;
          for (int64_t k = 0; k < kc; k++) dst[k * MR + r] = src[k * cs];
        } else {
          for (int64_t k = 0; k < kc; k++) dst[k * MR + r] = T(0);
        }
      }
    }
  }

  // Packs rows [p0, p0+kc) × cols [j0, j0+nc) of B into NR-column panels, zero-padded.
  static void pack_b(const T* B, int64_t rs, int64_t cs, int64_t p0, int64_t kc, int64_t j0, int64_t nc, T* out) {
    for (int64_t jr = 0; jr < nc; jr += NR) {
      T* dst = out + (jr / NR) * kc * NR;
      int64_t nr = std::min<int64_t>(NR, nc - jr);
      for (int64_t k = 0; k < kc; k++) {
        const T* src = B + (p0 + k) * rs + (j0 + jr) * cs;
        T* d = dst + k * NR;
        if (cs == 1) {
          for (int64_t c = 0; c < nr; c++) d[c] = src[c];
        } else {
          for (int64_t c = 0; c < nr; c++) d[c] = src[c * cs];
        }
        for (int64_t c = nr; c < NR; c++) d[c] = T(0);
      }
    }
  }

  static void micro(int64_t kc, const T* __restrict a, const T* __restrict b, T* c, int64_t ldc, int64_t mr, int64_t nr,
                    bool first) {
    V acc[MR][NV];
    for (int r = 0; r < MR; r++)
      for (int j = 0; j < NV; j++) acc[r][j] = V{};
    for (int64_t k = 0; k < kc; k++) {
      V bv[NV];
      for (int j = 0; j < NV; j++) std::memcpy(&bv[j], b + k * NR + j * VL, sizeof(V));
      for (int r = 0; r < MR; r++) {
        V av = splat(a[k * MR + r]);
        for (int j = 0; j < NV; j++) acc[r][j] = Op::step(acc[r][j], av, bv[j]);
      }
    }
    if (mr == MR && nr == NR) {
      for (int r = 0; r < MR; r++)
        for (int j = 0; j < NV; j++) {
          T* p = c + r * ldc + j * VL;
          V v = acc[r][j];
          if (!first) {
            V old;
            std::memcpy(&old, p, sizeof(V));
            v = Op::merge(old, v);
          }
          std::memcpy(p, &v, sizeof(V));
        }
      return;
    }
    T tmp[MR][NR];
    std::memcpy(tmp, acc, sizeof(tmp));
    for (int64_t r = 0; r < mr; r++)
      for (int64_t j = 0; j < nr; j++) c[r * ldc + j] = first ? tmp[r][j] : Op::merge(c[r * ldc + j], tmp[r][j]);
  }

  // C (row-major, leading dimension ldc) = A · B. `threaded`: split C tiles over the pool.
  static void run(int64_t M, int64_t N, int64_t K, const T* A, int64_t rsA, int64_t csA, const T* B, int64_t rsB,
                  int64_t csB, T* C, int64_t ldc, bool threaded) {
    if (M <= 0 || N <= 0) return;
    if (K <= 0) {
      for (int64_t i = 0; i < M; i++) std::fill(C + i * ldc, C + i * ldc + N, T(0));
      return;
    }
    const int64_t mt = (M + MC - 1) / MC, nt = (N + NC - 1) / NC;
    auto tiles = [&](int64_t t0, int64_t t1) {
      thread_local std::vector<T> abuf, bbuf;
      if ((int64_t)abuf.size() < MC * KC) abuf.resize(MC * KC);
      if ((int64_t)bbuf.size() < KC * NC) bbuf.resize(KC * NC);
      for (int64_t t = t0; t < t1; t++) {
        const int64_t i0 = (t / nt) * MC, j0 = (t % nt) * NC;
        const int64_t mc = std::min(MC, M - i0), nc = std::min(NC, N - j0);
        for (int64_t p0 = 0; p0 < K; p0 += KC) {
          const int64_t kc = std::min(KC, K - p0);
          pack_a(A, rsA, csA, i0, mc, p0, kc, abuf.data());
          pack_b(B, rsB, csB, p0, kc, j0, nc, bbuf.data());
          for (int64_t jr = 0; jr < nc; jr += NR)
            for (int64_t ir = 0; ir < mc; ir += MR)
              micro(kc, abuf.data() + (ir / MR) * kc * MR, bbuf.data() + (jr / NR) * kc * NR, C + (i0 + ir) * ldc + j0 + jr,
                    ldc, std::min<int64_t>(MR, mc - ir), std::min<int64_t>(NR, nc - jr), p0 == 0);
        }
      }
    };
    const double work = (double)M * (double)N * (double)K;
    if (threaded && mt * nt > 1 && work >= (double)(1 << 18)) parallel_for(mt * nt, 1, tiles);
    else tiles(0, mt * nt);
  }
};

}  // namespace
}  // namespace jaxts
