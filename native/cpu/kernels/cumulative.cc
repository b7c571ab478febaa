// Cumulative scans (cumsum/cumprod/cummax/cummin/cumlogsumexp) along one
// axis, forward or reversed. Lines whose axis is innermost scan one by one
// (threads over lines); otherwise blocks of columns scan together, which
// vectorizes across columns. f16/bf16 accumulate in float32 and round each
// output; ints wrap; max/min propagate NaN and order -0 below +0.
#include <cmath>
#include <cstdlib>
#include <limits>

#include "jaxts/family.h"
#include "jaxts/parallel.h"
#include "jaxts/reduce_common.h"

namespace jaxts {
namespace {
using namespace red;

template <class T> struct SumP {
  using A = std::conditional_t<is_float_v<T>, typename Compute<T>::type, Wrap<T>>;
  static A init() { return 0; }
  static A load(const Elem<T>* p) {
    if constexpr (is_float_v<T>) return jaxts::load(p);
    else return (A)*p;
  }
  static A step(A a, A v) { return (A)(a + v); }
  static void put(Elem<T>* p, A a) {
    if constexpr (is_float_v<T>) jaxts::store(p, a);
    else *p = (Elem<T>)a;
  }
};
template <class T> struct ProdP : SumP<T> {
  using A = typename SumP<T>::A;
  static A init() { return 1; }
  static A step(A a, A v) { return (A)(a * v); }
};
template <class T> struct LseP : SumP<T> {
  using A = typename SumP<T>::A;
  static A init() { return -std::numeric_limits<A>::infinity(); }
  static A step(A a, A v) {
    if constexpr (is_float_v<T>) {
      A d = a - v;
      if (d != d) return a + v;
      return std::max(a, v) + std::log1p(std::exp(-std::abs(d)));
    } else return a;
  }
};
template <class T, bool Max> struct ExtP {
  static constexpr bool kF = is_float_v<T>;
  using A = std::conditional_t<kF, typename FBits<std::conditional_t<kF, T, float>>::I, Elem<T>>;
  using Lim = std::numeric_limits<A>;
  static A init() {
    if constexpr (kF) return Max ? flip<A>((A)(FBits<T>::kInf | (A)(~FBits<T>::kAbs))) : flip<A>(FBits<T>::kInf);
    else return Max ? Lim::min() : Lim::max();
  }
  static A load(const Elem<T>* p) {
    if constexpr (kF) {
      A b = bits_of(p);
      A k = flip<A>(b);
      return is_nan_bits<T>(b) ? (Max ? Lim::max() : Lim::min()) : k;
    } else return *p;
  }
  static A step(A a, A v) {
    if constexpr (Max) return v > a ? v : a;
    else return v < a ? v : a;
  }
  static void put(Elem<T>* p, A a) {
    if constexpr (kF) {
      A b = (a == (Max ? Lim::max() : Lim::min())) ? (A)FBits<T>::kNaN : flip<A>(a);
      std::memcpy(p, &b, sizeof(b));
    } else *p = a;
  }
};
template <class T> using MaxP = ExtP<T, true>;
template <class T> using MinP = ExtP<T, false>;

template <class P, class T>
void scan(const Call& c, const Lines& ln, bool reverse) {
  using E = Elem<T>;
  using A = typename P::A;
  const E* base = reinterpret_cast<const E*>(c.in[0].data);
  E* out = reinterpret_cast<E*>(c.out[0].data);
  const int64_t n = ln.n, sa = ln.sa, oa = ln.oa;
  if (ln.count == 0 || n == 0) return;
  // Reversed: walk t = n-1 .. 0.
  const int64_t t0 = reverse ? n - 1 : 0, dt = reverse ? -1 : 1;
  if (!ln.column()) {
    parallel_for(ln.count, std::max<int64_t>(1, (1 << 15) / n), [&](int64_t b, int64_t e) {
      for (int64_t l = b; l < e; l++) {
        int64_t io, oo;
        ln.offsets(l, ln.nd, io, oo);
        const E* p = base + io + t0 * sa;
        E* q = out + oo + t0 * oa;
        const int64_t ps = dt * sa, qs = dt * oa;
        A acc = P::init();
        for (int64_t t = 0; t < n; t++) {
          acc = P::step(acc, P::load(p + t * ps));
          P::put(q + t * qs, acc);
        }
      }
    });
    return;
  }
  const int nd = ln.nd;
  const int64_t m = ln.shape[nd - 1], sj = ln.is[nd - 1], oj = ln.os[nd - 1], nouter = ln.count / m;
  constexpr int64_t B = 512;
  const int64_t nb = (m + B - 1) / B;
  parallel_for(nouter * nb, std::max<int64_t>(1, (1 << 15) / (n * B)), [&](int64_t ib, int64_t ie) {
    A acc[B];
    for (int64_t item = ib; item < ie; item++) {
      const int64_t o = item / nb, j0 = (item % nb) * B, bn = std::min(B, m - j0);
      int64_t io, oo;
      ln.offsets(o, nd - 1, io, oo);
      for (int64_t j = 0; j < bn; j++) acc[j] = P::init();
      for (int64_t t = 0; t < n; t++) {
        const int64_t tt = t0 + t * dt;
        const E* __restrict p = base + io + tt * sa + j0 * sj;
        E* __restrict q = out + oo + tt * oa + j0 * oj;
        if (sj == 1 && oj == 1) {
          for (int64_t j = 0; j < bn; j++) {
            acc[j] = P::step(acc[j], P::load(p + j));
            P::put(q + j, acc[j]);
          }
        } else {
          for (int64_t j = 0; j < bn; j++) {
            acc[j] = P::step(acc[j], P::load(p + j * sj));
            P::put(q + j * oj, acc[j]);
          }
        }
      }
    }
  });
}

template <template <class> class Pol, bool FloatOnly>
void cum_kernel(const Call& c) {
  expect_arity(c, 1, 1);
  const Operand& x = c.in[0];
  if (c.n_params != 2) fail(c, "expected params [axis, reverse]");
  if (x.ndim == 0) fail(c, "operand must have at least one axis");
  const int axis = (int)c.iparam(0, 0, x.ndim - 1);
  const bool reverse = c.iparam(1, 0, 1) != 0;
  if (c.out[0].dtype != x.dtype) fail(c, "output dtype must equal the operand's");
  expect_line_shape(c, x, c.out[0], axis, x.shape[axis]);
  const Lines ln(x, axis, x.shape[axis]);
  dispatch_dtype(x.dtype, [&]<class T>() {
    if constexpr (std::is_same_v<T, bool>) fail(c, "bool is not supported");
    else if constexpr (FloatOnly && !is_float_v<T>) fail(c, std::string(dtype_name(x.dtype)) + " is not supported");
    else scan<Pol<T>, T>(c, ln, reverse);
  });
}

}  // namespace

JAXTS_FAMILY(cumulative) {
  register_kernel(Op::Cumsum, cum_kernel<SumP, false>);
  register_kernel(Op::Cumprod, cum_kernel<ProdP, false>);
  register_kernel(Op::Cummax, cum_kernel<MaxP, false>);
  register_kernel(Op::Cummin, cum_kernel<MinP, false>);
  register_kernel(Op::Cumlogsumexp, cum_kernel<LseP, true>);
}

}  // namespace jaxts
