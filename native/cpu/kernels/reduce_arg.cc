// argmax / argmin along one axis: the first index of the extreme element,
// a NaN counting as the extreme (its first occurrence wins); -0 == +0.
// Contiguous lines: a vectorized pass for the extreme value (and any NaN),
// then a scan for its first index. Column mode (another axis innermost):
// blocks of columns keep the best value and index per column.
#include <cstdlib>
#include <limits>

#include "jaxts/family.h"
#include "jaxts/parallel.h"
#include "jaxts/reduce_common.h"

namespace jaxts {
namespace {
using namespace red;

template <class T> using V = std::conditional_t<is_float_v<T>, typename Compute<T>::type, Elem<T>>;

template <class T> inline V<T> ld(const Elem<T>* p) {
  if constexpr (is_float_v<T>) return jaxts::load(p);
  else return *p;
}

// true when v replaces best (strictly better, or the first NaN).
template <class T, bool Max> inline bool better(V<T> v, V<T> best) {
  bool b = Max ? v > best : v < best;
  if constexpr (is_float_v<T>) b = b || (v != v && best == best);
  return b;
}

template <class T, bool Max>
int64_t arg_strided(const Elem<T>* x, int64_t n, int64_t s) {
  V<T> best = ld<T>(x);
  int64_t bi = 0;
  for (int64_t j = 1; j < n; j++) {
    V<T> v = ld<T>(x + j * s);
    if (better<T, Max>(v, best)) { best = v; bi = j; }
    if constexpr (is_float_v<T>) if (best != best) break;
  }
  return bi;
}

template <class T, bool Max>
int64_t arg_contig(const Elem<T>* __restrict x, int64_t n) {
  using W = V<T>;
  constexpr int L = 16;
  if (n < 4 * L) {
    W best = ld<T>(x);
    int64_t bi = 0;
    for (int64_t j = 1; j < n; j++) {
      W v = ld<T>(x + j);
      if (better<T, Max>(v, best)) { best = v; bi = j; }
    }
    return bi;
  }
  // Pass 1: the extreme over order keys (floats: flipped bits, NaN the dominating key), a fold
  // the compiler vectorizes; pass 2: the first index equal to it (-0 == +0), or the first NaN.
  using K = std::conditional_t<is_float_v<T>, typename FBits<std::conditional_t<is_float_v<T>, T, float>>::I, W>;
  using Lim = std::numeric_limits<K>;
  constexpr K kNan = Max ? Lim::max() : Lim::min();
  auto key = [](const Elem<T>* p) -> K {
    if constexpr (is_float_v<T>) {
      K b = bits_of(p);
      return is_nan_bits<T>(b) ? kNan : flip<K>(b);
    } else return *p;
  };
  constexpr int KL = 64;
  K m[KL];
  for (int k = 0; k < KL; k++) m[k] = Max ? Lim::min() : Lim::max();
  int64_t i = 0;
  for (; i + KL <= n; i += KL)
    for (int k = 0; k < KL; k++) {
      K v = key(x + i + k);
      m[k] = (Max ? v > m[k] : v < m[k]) ? v : m[k];
    }
  K bk = m[0];
  for (int k = 1; k < KL; k++) bk = (Max ? m[k] > bk : m[k] < bk) ? m[k] : bk;
  for (; i < n; i++) {
    K v = key(x + i);
    bk = (Max ? v > bk : v < bk) ? v : bk;
  }
  W best;
  if constexpr (is_float_v<T>) {
    if (bk == kNan) {
      for (int64_t j = 0; j < n; j++) { W v = ld<T>(x + j); if (v != v) return j; }
    }
    K bits = flip<K>(bk);
    Elem<T> e;
    std::memcpy(&e, &bits, sizeof(e));
    best = ld<T>(&e);
  } else best = bk;
  int64_t j = 0;
  for (; j + L <= n; j += L) {
    int32_t hit = 0;
    for (int k = 0; k < L; k++) hit |= ld<T>(x + j + k) == best ? 1 : 0;
    if (hit) break;
  }
  for (; j < n; j++)
    if (ld<T>(x + j) == best) return j;
  return 0;
}

template <class I> inline void put_index(uint8_t* out, int64_t i, int64_t v) { reinterpret_cast<I*>(out)[i] = (I)v; }

template <bool Max>
void arg_kernel(const Call& c) {
  expect_arity(c, 1, 1);
  const Operand& x = c.in[0];
  Operand& o = c.out[0];
  if (c.n_params != 1) fail(c, "expected params [axis]");
  const int axis = (int)c.iparam(0, 0, x.ndim - 1);
  expect_line_shape(c, x, o, axis, -1);
  if (is_float_dtype(o.dtype) || o.dtype == DType::Bool) fail(c, "index dtype must be an integer");
  const Lines ln(x, axis, -1);
  if (ln.count == 0) return;
  if (ln.n == 0) fail(c, "empty reduced axis");
  dispatch_dtype(o.dtype, [&]<class I>() {
    if constexpr (std::is_integral_v<I> && !std::is_same_v<I, bool>) {
      dispatch_dtype(x.dtype, [&]<class T>() {
        using E = Elem<T>;
        const E* base = reinterpret_cast<const E*>(x.data);
        I* out = reinterpret_cast<I*>(o.data);
        const int64_t n = ln.n, sa = ln.sa;
        if (!ln.column() || n > INT32_MAX) {
          parallel_for(ln.count, std::max<int64_t>(1, (1 << 15) / n), [&](int64_t b, int64_t e) {
            for (int64_t l = b; l < e; l++) {
              int64_t io, oo;
              ln.offsets(l, ln.nd, io, oo);
              const E* p = base + io;
              out[oo] = (I)(sa == 1 ? arg_contig<T, Max>(p, n) : arg_strided<T, Max>(p, n, sa));
            }
          });
          return;
        }
        const int nd = ln.nd;
        const int64_t m = ln.shape[nd - 1], sj = ln.is[nd - 1], nouter = ln.count / m;
        constexpr int64_t B = 256;
        const int64_t nb = (m + B - 1) / B;
        parallel_for(nouter * nb, std::max<int64_t>(1, (1 << 15) / (n * B)), [&](int64_t ib, int64_t ie) {
          V<T> best[B];
          int32_t idx[B];
          for (int64_t item = ib; item < ie; item++) {
            const int64_t oo = item / nb, j0 = (item % nb) * B, bn = std::min(B, m - j0);
            int64_t io, ooff;
            ln.offsets(oo, nd - 1, io, ooff);
            const E* p = base + io + j0 * sj;
            for (int64_t j = 0; j < bn; j++) { best[j] = ld<T>(p + j * sj); idx[j] = 0; }
            for (int64_t r = 1; r < n; r++) {
              const E* __restrict row = p + r * sa;
              const int32_t rr = (int32_t)r;
              if (sj == 1) {
                for (int64_t j = 0; j < bn; j++) {
                  V<T> v = ld<T>(row + j);
                  bool u = better<T, Max>(v, best[j]);
                  best[j] = u ? v : best[j];
                  idx[j] = u ? rr : idx[j];
                }
              } else {
                for (int64_t j = 0; j < bn; j++) {
                  V<T> v = ld<T>(row + j * sj);
                  bool u = better<T, Max>(v, best[j]);
                  best[j] = u ? v : best[j];
                  idx[j] = u ? rr : idx[j];
                }
              }
            }
            for (int64_t j = 0; j < bn; j++) out[ooff + (j0 + j) * ln.os[nd - 1]] = (I)idx[j];
          }
        });
      });
    }
  });
}

}  // namespace

JAXTS_FAMILY(reduce_arg) {
  register_kernel(Op::Argmax, arg_kernel<true>);
  register_kernel(Op::Argmin, arg_kernel<false>);
}

}  // namespace jaxts
