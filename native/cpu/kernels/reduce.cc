// Monoid reductions (reduce_sum/prod/max/min/and/or/xor) over any set of
// axes of a strided view. Row mode (the reduced axes are the innermost in
// memory): lane-parallel vectorized folds of contiguous runs, threads over
// outputs or, for few outputs, over the reduction. Column mode (a kept axis
// is innermost): blocks of output columns accumulate row by row. Floats
// f16/bf16 accumulate in float32 and round once; max/min fold order keys.
#include <cstdlib>
#include <limits>
#include <vector>

#include "jaxts/family.h"
#include "jaxts/parallel.h"
#include "jaxts/reduce_common.h"

namespace jaxts {
namespace {
using namespace red;

// ---- policies: A lane type, init, load (element -> lane), step, store ----
template <class T> struct SumP {
  static constexpr bool kBool = std::is_same_v<T, bool>;
  using A = std::conditional_t<is_float_v<T>, typename Compute<T>::type, Wrap<T>>;
  static A init() { return 0; }
  static A load(const Elem<T>* p) {
    if constexpr (is_float_v<T>) return jaxts::load(p);
    else return (A)*p;
  }
  static A step(A a, A v) {
    if constexpr (kBool) return a | v;
    else return (A)(a + v);
  }
  static void put(Elem<T>* p, A a) {
    if constexpr (is_float_v<T>) jaxts::store(p, a);
    else if constexpr (kBool) *p = a != 0;
    else *p = (Elem<T>)a;
  }
};
template <class T> struct ProdP : SumP<T> {
  using A = typename SumP<T>::A;
  static A init() { return 1; }
  static A step(A a, A v) {
    if constexpr (SumP<T>::kBool) return a & v;
    else return (A)(a * v);
  }
};
// max (Max=true) / min over order keys: floats as flipped bits with NaN
// mapped to the dominating key; ints (and bool bytes) as themselves.
template <class T, bool Max> struct ExtP {
  static constexpr bool kF = is_float_v<T>;
  using A = std::conditional_t<kF, typename FBits<std::conditional_t<kF, T, float>>::I, Elem<T>>;
  using Lim = std::numeric_limits<A>;
  static A init() {
    if constexpr (kF) return Max ? flip<A>((A)(FBits<T>::kInf | (A)(~FBits<T>::kAbs))) : flip<A>(FBits<T>::kInf);
    else if constexpr (std::is_same_v<T, bool>) return Max ? 0 : 1;
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
template <class T, int Kind> struct BitP {  // 0 and, 1 or, 2 xor
  using A = Wrap<T>;
  static A init() {
    if constexpr (Kind == 0) return std::is_same_v<T, bool> ? 1 : (A)~A(0);
    else return 0;
  }
  static A load(const Elem<T>* p) { return (A)*p; }
  static A step(A a, A v) {
    if constexpr (Kind == 0) return a & v;
    else if constexpr (Kind == 1) return a | v;
    else return a ^ v;
  }
  static void put(Elem<T>* p, A a) { *p = (Elem<T>)a; }
};

// ---- folds ----
template <class P, class E>
inline typename P::A fold_contig(const E* __restrict x, int64_t n, typename P::A acc) {
  using A = typename P::A;
  constexpr int L = 256 / sizeof(A) > 64 ? 64 : 256 / sizeof(A);
  if (n < L) {
    for (int64_t i = 0; i < n; i++) acc = P::step(acc, P::load(x + i));
    return acc;
  }
  A lanes[L];
  for (int k = 0; k < L; k++) lanes[k] = P::init();
  int64_t i = 0;
  for (; i + L <= n; i += L)
    for (int k = 0; k < L; k++) lanes[k] = P::step(lanes[k], P::load(x + i + k));
  for (int k = 0; i < n; i++, k++) lanes[k] = P::step(lanes[k], P::load(x + i));
  for (int w = L / 2; w >= 1; w /= 2)
    for (int k = 0; k < w; k++) lanes[k] = P::step(lanes[k], lanes[k + w]);
  return P::step(acc, lanes[0]);
}

template <class P, class E>
inline typename P::A fold_run(const E* x, int64_t n, int64_t s, typename P::A acc) {
  if (s == 1) return fold_contig<P>(x, n, acc);
  for (int64_t i = 0; i < n; i++) acc = P::step(acc, P::load(x + i * s));
  return acc;
}

struct Plan {
  Dim K[kMaxDims], R[kMaxDims];
  int nk = 0, nr = 0;
  int64_t nout = 1, rtotal = 1;
  int64_t base_off = 0;  // elements (negative reduced strides flipped)
};

// Folds reduced positions [b, e) (row-major over R) starting at p.
template <class P, class E>
typename P::A fold_range(const Plan& pl, const E* p, int64_t b, int64_t e, typename P::A acc) {
  const int nr = pl.nr;
  int64_t coord[kMaxDims];
  int64_t rem = b;
  for (int i = nr - 1; i >= 0; i--) {
    coord[i] = rem % pl.R[i].n;
    rem /= pl.R[i].n;
  }
  const int64_t in = pl.R[nr - 1].n, is = pl.R[nr - 1].s;
  while (b < e) {
    int64_t off = 0;
    for (int i = 0; i < nr; i++) off += coord[i] * pl.R[i].s;
    int64_t cnt = std::min(in - coord[nr - 1], e - b);
    acc = fold_run<P>(p + off, cnt, is, acc);
    b += cnt;
    coord[nr - 1] += cnt;
    for (int i = nr - 1; i > 0 && coord[i] == pl.R[i].n; i--) {
      coord[i] = 0;
      coord[i - 1]++;
    }
  }
  return acc;
}

inline int64_t kept_offset(const Plan& pl, int upto, int64_t l) {
  int64_t off = 0;
  for (int i = upto - 1; i >= 0; i--) {
    off += (l % pl.K[i].n) * pl.K[i].s;
    l /= pl.K[i].n;
  }
  return off;
}

template <class P, class T>
void run_plan(const Plan& pl, const Operand& x, Operand& o) {
  using E = Elem<T>;
  using A = typename P::A;
  const E* base = reinterpret_cast<const E*>(x.data) + pl.base_off;
  E* out = reinterpret_cast<E*>(o.data);
  const int64_t nout = pl.nout, rtotal = pl.rtotal;
  if (nout == 0) return;
  if (rtotal == 0) {
    for (int64_t i = 0; i < nout; i++) P::put(out + i, P::init());
    return;
  }
  const int nt = num_threads();
  const bool column = pl.nk > 0 && std::abs(pl.K[pl.nk - 1].s) < pl.R[pl.nr - 1].s;
  if (!column) {
    if (nout >= 4 * nt || nout * rtotal < (1 << 16)) {
      parallel_for(nout, std::max<int64_t>(1, (1 << 15) / rtotal), [&](int64_t ob, int64_t oe) {
        for (int64_t oi = ob; oi < oe; oi++)
          P::put(out + oi, fold_range<P>(pl, base + kept_offset(pl, pl.nk, oi), 0, rtotal, P::init()));
      });
      return;
    }
    // Few outputs, long reductions: split each reduction across threads.
    const int64_t chunks = std::max<int64_t>(1, std::min<int64_t>(4 * nt, rtotal / (1 << 14)));
    std::vector<A> part(chunks);
    for (int64_t oi = 0; oi < nout; oi++) {
      const E* p = base + kept_offset(pl, pl.nk, oi);
      parallel_for(chunks, 1, [&](int64_t cb, int64_t ce) {
        for (int64_t c = cb; c < ce; c++)
          part[c] = fold_range<P>(pl, p, rtotal * c / chunks, rtotal * (c + 1) / chunks, P::init());
      });
      A acc = P::init();
      for (int64_t c = 0; c < chunks; c++) acc = P::step(acc, part[c]);
      P::put(out + oi, acc);
    }
    return;
  }
  // Column mode: blocks of the innermost kept axis accumulate over reduced positions [rb, re).
  const int64_t m = pl.K[pl.nk - 1].n, sj = pl.K[pl.nk - 1].s, nouter = nout / m;
  const int nr = pl.nr;
  auto block = [&](int64_t oo, int64_t j0, int64_t bn, int64_t rb, int64_t re, A* acc) {
    const E* p0 = base + kept_offset(pl, pl.nk - 1, oo) + j0 * sj;
    for (int64_t j = 0; j < bn; j++) acc[j] = P::init();
    int64_t coord[kMaxDims];
    int64_t rem = rb;
    for (int i = nr - 1; i >= 0; i--) {
      coord[i] = rem % pl.R[i].n;
      rem /= pl.R[i].n;
    }
    for (int64_t r = rb; r < re; r++) {
      int64_t off = 0;
      for (int i = 0; i < nr; i++) off += coord[i] * pl.R[i].s;
      const E* __restrict row = p0 + off;
      if (sj == 1) {
        for (int64_t j = 0; j < bn; j++) acc[j] = P::step(acc[j], P::load(row + j));
      } else {
        for (int64_t j = 0; j < bn; j++) acc[j] = P::step(acc[j], P::load(row + j * sj));
      }
      for (int i = nr - 1; i >= 0; i--) {
        if (++coord[i] < pl.R[i].n) break;
        coord[i] = 0;
      }
    }
  };
  constexpr int64_t kB = 4096;
  const int64_t B = std::min<int64_t>(m, 1024), nb = (m + B - 1) / B;
  if (nouter * nb < 2 * nt && nt > 1 && rtotal * nout >= (1 << 17)) {
    // Few columns blocks: split the rows across threads (each streams whole rows), then combine.
    const int64_t parts = std::min<int64_t>(2 * nt, std::max<int64_t>(1, rtotal / 8));
    const int64_t Bw = std::min<int64_t>(m, kB), nbw = (m + Bw - 1) / Bw;
    std::vector<A> part((size_t)parts * nout);
    parallel_for(parts, 1, [&](int64_t pb, int64_t pe) {
      for (int64_t q = pb; q < pe; q++)
        for (int64_t oo = 0; oo < nouter; oo++)
          for (int64_t jb = 0; jb < nbw; jb++) {
            const int64_t j0 = jb * Bw;
            block(oo, j0, std::min(Bw, m - j0), rtotal * q / parts, rtotal * (q + 1) / parts, part.data() + q * nout + oo * m + j0);
          }
    });
    for (int64_t i = 0; i < nout; i++) {
      A a = part[i];
      for (int64_t q = 1; q < parts; q++) a = P::step(a, part[q * nout + i]);
      P::put(out + i, a);
    }
    return;
  }
  parallel_for(nouter * nb, std::max<int64_t>(1, (1 << 15) / (rtotal * B)), [&](int64_t ib, int64_t ie) {
    A acc[1024];
    for (int64_t item = ib; item < ie; item++) {
      const int64_t oo = item / nb, j0 = (item % nb) * B, bn = std::min(B, m - j0);
      block(oo, j0, bn, 0, rtotal, acc);
      E* op = out + oo * m + j0;
      for (int64_t j = 0; j < bn; j++) P::put(op + j, acc[j]);
    }
  });
}

// Reads params [naxes, axes...], validates, and builds the plan.
Plan make_plan(const Call& c) {
  expect_arity(c, 1, 1);
  const Operand& x = c.in[0];
  const Operand& o = c.out[0];
  if (o.dtype != x.dtype) fail(c, "output dtype must equal the operand's");
  int64_t na = c.iparam(0, 0, x.ndim);
  if (c.n_params != 1 + na) fail(c, "expected params [naxes, axes...]");
  bool red[kMaxDims] = {};
  for (int i = 0; i < na; i++) {
    int64_t a = c.iparam(1 + i, 0, x.ndim - 1);
    if (red[a]) fail(c, "duplicate axis");
    red[a] = true;
  }
  // Output shape = kept axes.
  if (o.ndim != x.ndim - na || !o.contiguous()) fail(c, "output shape does not match");
  for (int i = 0, j = 0; i < x.ndim; i++)
    if (!red[i] && o.shape[j++] != x.shape[i]) fail(c, "output shape does not match");
  Plan pl;
  for (int i = 0; i < x.ndim; i++) {
    int64_t n = x.shape[i], s = x.strides[i];
    if (red[i]) pl.rtotal *= n;
    else pl.nout *= n;
    if (n == 1) continue;
    if (red[i]) {
      if (s < 0) {
        pl.base_off += s * (n - 1);
        s = -s;
      }
      pl.R[pl.nr++] = {n, s};
    } else {
      if (pl.nk > 0 && pl.K[pl.nk - 1].s == s * n) {
        pl.K[pl.nk - 1] = {pl.K[pl.nk - 1].n * n, s};
        continue;
      }
      pl.K[pl.nk++] = {n, s};
    }
  }
  std::stable_sort(pl.R, pl.R + pl.nr, [](const Dim& a, const Dim& b) { return a.s > b.s; });
  int w = 0;
  for (int i = 0; i < pl.nr; i++) {
    if (w > 0 && pl.R[w - 1].s == pl.R[i].s * pl.R[i].n) {
      pl.R[w - 1] = {pl.R[w - 1].n * pl.R[i].n, pl.R[i].s};
      continue;
    }
    pl.R[w++] = pl.R[i];
  }
  pl.nr = w;
  if (pl.nr == 0) pl.R[pl.nr++] = {1, 0};
  return pl;
}

template <template <class> class Pol>
void reduce_with(const Call& c) {
  Plan pl = make_plan(c);
  dispatch_dtype(c.in[0].dtype, [&]<class T>() { run_plan<Pol<T>, T>(pl, c.in[0], c.out[0]); });
}

template <class T> using MaxP = ExtP<T, true>;
template <class T> using MinP = ExtP<T, false>;
template <class T> using AndP = BitP<T, 0>;
template <class T> using OrP = BitP<T, 1>;
template <class T> using XorP = BitP<T, 2>;

template <template <class> class Pol>
void reduce_bits(const Call& c) {
  Plan pl = make_plan(c);
  dispatch_dtype(c.in[0].dtype, [&]<class T>() {
    if constexpr (is_float_v<T>) fail(c, std::string(dtype_name(c.in[0].dtype)) + " is not supported");
    else run_plan<Pol<T>, T>(pl, c.in[0], c.out[0]);
  });
}

void reduce_sum(const Call& c) { reduce_with<SumP>(c); }
void reduce_prod(const Call& c) { reduce_with<ProdP>(c); }
void reduce_max(const Call& c) { reduce_with<MaxP>(c); }
void reduce_min(const Call& c) { reduce_with<MinP>(c); }
void reduce_and(const Call& c) { reduce_bits<AndP>(c); }
void reduce_or(const Call& c) { reduce_bits<OrP>(c); }
void reduce_xor(const Call& c) { reduce_bits<XorP>(c); }

}  // namespace

JAXTS_FAMILY(reduce) {
  register_kernel(Op::ReduceSum, reduce_sum);
  register_kernel(Op::ReduceProd, reduce_prod);
  register_kernel(Op::ReduceMax, reduce_max);
  register_kernel(Op::ReduceMin, reduce_min);
  register_kernel(Op::ReduceAnd, reduce_and);
  register_kernel(Op::ReduceOr, reduce_or);
  register_kernel(Op::ReduceXor, reduce_xor);
}

}  // namespace jaxts
