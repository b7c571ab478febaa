// N-ary elementwise map used by the elementwise kernel families: validates
// operand shapes (equal to the output's; rank-0 operands broadcast where a
// primitive allows it), coalesces the iteration, splits it across threads and
// runs a functor on compute-typed values (f16/bf16 in float). All-contiguous
// runs of native types are one flat vectorizable loop; other runs go through
// small contiguous compute-typed chunks so the math loop still vectorizes.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "jaxts/dtype.h"
#include "jaxts/strided.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN
namespace ew {

template <class T> using C = typename Compute<T>::type;
template <class T> constexpr bool is_half_v = std::is_same_v<T, f16> || std::is_same_v<T, bf16>;

// Unsigned type wide enough to do wrapping integer arithmetic of T without promotion to int.
template <class T>
using W = std::conditional_t<(sizeof(T) < 4), uint32_t, std::make_unsigned_t<T>>;

[[noreturn]] inline void fail(const Call& c, const std::string& msg) {
  throw KernelError(std::string(op_name(c.op)) + ": " + msg);
}

// Checks operand counts, that input k has the output's shape (or is rank 0 where allowed).
inline void check_shapes(const Call& c, int n_in, uint64_t scalar_ok_mask = 0) {
  if (c.n_in != n_in || c.n_out != 1) fail(c, "wrong number of operands");
  const Operand& o = c.out[0];
  for (int k = 0; k < n_in; k++) {
    const Operand& a = c.in[k];
    if (a.ndim == 0 && ((scalar_ok_mask >> k) & 1)) continue;
    if (a.ndim != o.ndim) fail(c, "operand rank differs from the output's");
    for (int i = 0; i < o.ndim; i++)
      if (a.shape[i] != o.shape[i]) fail(c, "operand shape differs from the output's");
  }
}

inline void check_dtypes(const Call& c, int first, int last, DType d) {
  for (int k = first; k < last; k++)
    if (c.in[k].dtype != d) fail(c, std::string("operand dtype ") + dtype_name(c.in[k].dtype) + " differs from " + dtype_name(d));
}

inline const int64_t* zero_strides() {
  static const int64_t z[kMaxDims] = {};
  return z;
}

// Loop over the output's shape for inputs in[idx[0..K-2]] and the output.
template <int K>
Loop<K> make_loop(const Call& c, const int* idx, const size_t* es) {
  uint8_t* data[K];
  const int64_t* strides[K];
  for (int k = 0; k < K - 1; k++) {
    const Operand& a = c.in[idx[k]];
    data[k] = a.data;
    strides[k] = a.ndim == 0 ? zero_strides() : a.strides;
  }
  data[K - 1] = c.out[0].data;
  strides[K - 1] = c.out[0].strides;
  return Loop<K>(c.out[0].ndim, c.out[0].shape, data, strides, es);
}

constexpr int64_t kChunk = 256;
// Memory-bound maps gain nothing from a second thread below ~1e5 elements: the
// pool wake-up costs more than the work (measured: add of 1e5 float32 8 µs on one
// thread, 17 µs on two).
constexpr int64_t kGrain = 1 << 17;

namespace detail {
template <class O, class... Ts, class F, size_t... I>
void run_map(const Call& c, F& f, int64_t grain, std::index_sequence<I...>) {
  constexpr int K = sizeof...(Ts) + 1;
  const int idx[K] = {(int)I..., 0};
  const size_t es[K] = {sizeof(Ts)..., sizeof(O)};
  Loop<K> loop = make_loop<K>(c, idx, es);
  constexpr bool any_half = (is_half_v<Ts> || ...) || is_half_v<O>;
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        bool contig = ((s[I] == (int64_t)sizeof(Ts)) && ...) && s[K - 1] == (int64_t)sizeof(O);
        if constexpr (!any_half) {
          if (contig) {
            O* __restrict z = reinterpret_cast<O*>(p[K - 1]);
            std::tuple<const Ts* __restrict...> xs{reinterpret_cast<const Ts*>(p[I])...};
            for (int64_t i = 0; i < n; i++) z[i] = f(std::get<I>(xs)[i]...);
            return;
          }
          if constexpr (K == 3) {  // array op broadcast scalar, scalar op array
            using A = std::tuple_element_t<0, std::tuple<Ts...>>;
            using B = std::tuple_element_t<1, std::tuple<Ts...>>;
            O* __restrict z = reinterpret_cast<O*>(p[2]);
            if (s[0] == (int64_t)sizeof(A) && s[1] == 0 && s[2] == (int64_t)sizeof(O)) {
              const A* __restrict x = reinterpret_cast<const A*>(p[0]);
              const B y = *reinterpret_cast<const B*>(p[1]);
              for (int64_t i = 0; i < n; i++) z[i] = f(x[i], y);
              return;
            }
            if (s[0] == 0 && s[1] == (int64_t)sizeof(B) && s[2] == (int64_t)sizeof(O)) {
              const A x = *reinterpret_cast<const A*>(p[0]);
              const B* __restrict y = reinterpret_cast<const B*>(p[1]);
              for (int64_t i = 0; i < n; i++) z[i] = f(x, y[i]);
              return;
            }
          }
        }
        std::tuple<C<Ts>[kChunk]...> bufs;
        C<O> r[kChunk];
        for (int64_t b = 0; b < n; b += kChunk) {
          const int64_t m = std::min(kChunk, n - b);
          // Gather every input into a compute-typed chunk.
          (
              [&] {
                using T = Ts;
                auto& buf = std::get<I>(bufs);
                const uint8_t* q = p[I] + b * s[I];
                const int64_t st = s[I];
                if (st == (int64_t)sizeof(T)) {
                  const T* x = reinterpret_cast<const T*>(q);
                  for (int64_t i = 0; i < m; i++) buf[i] = load(x + i);
                } else if (st == 0) {
                  const C<T> v = load(reinterpret_cast<const T*>(q));
                  for (int64_t i = 0; i < m; i++) buf[i] = v;
                } else {
                  for (int64_t i = 0; i < m; i++) buf[i] = load(reinterpret_cast<const T*>(q + i * st));
                }
              }(),
              ...);
          for (int64_t i = 0; i < m; i++) r[i] = f(std::get<I>(bufs)[i]...);
          uint8_t* q = p[K - 1] + b * s[K - 1];
          if (s[K - 1] == (int64_t)sizeof(O)) {
            O* z = reinterpret_cast<O*>(q);
            for (int64_t i = 0; i < m; i++) store(z + i, r[i]);
          } else {
            for (int64_t i = 0; i < m; i++) store(reinterpret_cast<O*>(q + i * s[K - 1]), r[i]);
          }
        }
        (void)contig;
      },
      grain);
}
}  // namespace detail

// out (storage O) = f(in0 (Ts[0]), in1 (Ts[1]), ...), f on compute types.
template <class O, class... Ts, class F>
void map(const Call& c, F f, int64_t grain = kGrain) {
  detail::run_map<O, Ts...>(c, f, grain, std::index_sequence_for<Ts...>{});
}

// ---- shared scalar semantics (JavaScript Math.max/min: NaN propagates, +0 > -0) ----
template <class T>
inline T js_max(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return a > b ? a : b > a ? b : a == b ? (std::signbit(a) ? b : a) : a + b;
  else return a > b ? a : b;
}
template <class T>
inline T js_min(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return a < b ? a : b < a ? b : a == b ? (std::signbit(a) ? a : b) : a + b;
  else return a < b ? a : b;
}

}  // namespace ew
JAXTS_ISA_END
