// Conversion kernels: convert_element_type for every dtype pair (float->int
// truncates and saturates, NaN -> 0; int->int wraps; x->bool is x != 0;
// floats round to nearest even once, float64->float16 directly, ->bfloat16
// through float32 as ml_dtypes; NaN becomes the canonical quiet NaN of a
// 16-bit float), bitcast_convert_type and copy (strided view -> contiguous).
#include <limits>

#include "jaxts/ew.h"
#include "jaxts/family.h"

namespace jaxts {
namespace {

using namespace ew;

// float64 -> float16 with one rounding: round to odd at float32 precision, then to nearest even.
inline uint16_t f64_to_f16(double x) {
  if (x != x) return 0x7e00;
  float f = (float)x;
  if ((double)f != x) {
    uint32_t b;
    std::memcpy(&b, &f, 4);
    if (std::fabs((double)f) > std::fabs(x)) b -= 1;  // truncate toward zero
    b |= 1;                                            // sticky bit
    std::memcpy(&f, &b, 4);
  }
  return f32_to_f16(f);
}

template <class O>
inline O saturate(double x) {
  if (x != x) return O(0);
  if constexpr (sizeof(O) < 8) {
    constexpr double lo = (double)std::numeric_limits<O>::min(), hi = (double)std::numeric_limits<O>::max();
    const double t = std::trunc(x);
    return O(t < lo ? lo : t > hi ? hi : t);
  } else if constexpr (std::is_signed_v<O>) {
    if (x >= 9223372036854775808.0) return std::numeric_limits<O>::max();
    if (x <= -9223372036854775808.0) return std::numeric_limits<O>::min();
    return O(x);
  } else {
    if (x >= 18446744073709551616.0) return std::numeric_limits<O>::max();
    if (x < 1.0) return O(0);
    return O(x);
  }
}

// The storage written for O: 16-bit floats as their bits.
template <class O> using Out = std::conditional_t<is_half_v<O>, uint16_t, O>;

template <class A, class O>
inline Out<O> cvt(C<A> x) {
  if constexpr (std::is_same_v<O, bool>) {
    return x != 0;
  } else if constexpr (std::is_same_v<O, f16>) {
    if constexpr (std::is_same_v<A, double>) return f64_to_f16(x);
    else {
      const float f = (float)x;
      return f != f ? uint16_t(0x7e00) : f32_to_f16(f);
    }
  } else if constexpr (std::is_same_v<O, bf16>) {
    const float f = (float)x;
    return f != f ? uint16_t(0x7fc0) : f32_to_bf16(f);
  } else if constexpr (std::is_floating_point_v<O>) {
    return O(x);
  } else if constexpr (is_float_v<A>) {
    return saturate<O>((double)x);
  } else {
    return O(x);  // integers wrap (modular conversion), bool -> 0/1
  }
}

// Contiguous row-major copy of a strided view (elements of `es` bytes) into `out`.
void copy_view(const Operand& in, size_t es, uint8_t* out) {
  int64_t ostr[kMaxDims];
  int64_t s = 1;
  for (int i = in.ndim - 1; i >= 0; i--) {
    ostr[i] = s;
    s *= in.shape[i];
  }
  uint8_t* data[2] = {in.data, out};
  const int64_t* strides[2] = {in.strides, ostr};
  const size_t sizes[2] = {es, es};
  Loop<2> loop(in.ndim, in.shape, data, strides, sizes);
  // A transposing copy (the input's unit-stride axis is not the last): 32x32 tiles.
  if (loop.size == 0) return;
  int jt = -1;
  const int L = loop.ndim - 1;
  if (L >= 1 && loop.strides[0][L] != (int64_t)es)
    for (int j = 0; j < L; j++)
      if (loop.strides[0][j] == (int64_t)es) jt = j;
  auto tiled = [&]<class V>() {
    constexpr int64_t T = 32;
    const int64_t R = loop.shape[jt], Cn = loop.shape[L];
    const int64_t tr = (R + T - 1) / T, tc = (Cn + T - 1) / T, per = tr * tc;
    const int64_t batch = loop.size / (R * Cn);
    parallel_for(batch * per, 64, [&](int64_t b, int64_t e) {
      for (int64_t t = b; t < e; t++) {
        int64_t bi = t / per, ti = t % per;
        int64_t off[2] = {0, 0};
        for (int i = L; i >= 0; i--) {
          if (i == L || i == jt) continue;
          const int64_t ci = bi % loop.shape[i];
          bi /= loop.shape[i];
          off[0] += ci * loop.strides[0][i];
          off[1] += ci * loop.strides[1][i];
        }
        const int64_t r0 = (ti / tc) * T, c0 = (ti % tc) * T;
        const int64_t r1 = std::min(R, r0 + T), c1 = std::min(Cn, c0 + T);
        const int64_t isr = loop.strides[0][jt], isc = loop.strides[0][L];
        const int64_t osr = loop.strides[1][jt], osc = loop.strides[1][L];
        const uint8_t* x = loop.base[0] + off[0];
        uint8_t* z = loop.base[1] + off[1];
        // Through a local tile, so neither side keeps 32 lines of one (power-of-two) stride in L1.
        V buf[T][T];
        for (int64_t c = c0; c < c1; c++)
          for (int64_t r = r0; r < r1; r++) std::memcpy(&buf[c - c0][r - r0], x + r * isr + c * isc, sizeof(V));
        for (int64_t r = r0; r < r1; r++)
          for (int64_t c = c0; c < c1; c++) std::memcpy(z + r * osr + c * osc, &buf[c - c0][r - r0], sizeof(V));
      }
    });
  };
  auto run = [&]<class V>() {
    if (jt >= 0) return tiled.template operator()<V>();
    loop.run_parallel([&](uint8_t* const* p, const int64_t* st, int64_t n) {
      if (st[0] == (int64_t)sizeof(V)) {
        std::memcpy(p[1], p[0], n * sizeof(V));
      } else {
        const uint8_t* x = p[0];
        V* __restrict z = reinterpret_cast<V*>(p[1]);
        const int64_t sx = st[0];
        for (int64_t i = 0; i < n; i++) std::memcpy(z + i, x + i * sx, sizeof(V));
      }
    });
  };
  switch (es) {
    case 1: return run.template operator()<uint8_t>();
    case 2: return run.template operator()<uint16_t>();
    case 4: return run.template operator()<uint32_t>();
    case 8: return run.template operator()<uint64_t>();
    default: throw KernelError("copy: unsupported element size");
  }
}

void copy_kernel(const Call& c) {
  check_shapes(c, 1);
  if (c.in[0].dtype != c.out[0].dtype) fail(c, "output dtype differs from the input's");
  if (!c.out[0].contiguous()) fail(c, "output must be contiguous");
  copy_view(c.in[0], dtype_size(c.in[0].dtype), c.out[0].data);
}

void bitcast_kernel(const Call& c) {
  if (c.n_in != 1 || c.n_out != 1) fail(c, "wrong number of operands");
  const Operand& a = c.in[0];
  const Operand& o = c.out[0];
  if (!o.contiguous()) fail(c, "output must be contiguous");
  if ((uint64_t)a.size() * dtype_size(a.dtype) != (uint64_t)o.size() * dtype_size(o.dtype)) fail(c, "input and output byte sizes differ");
  if ((a.dtype == DType::Bool) != (o.dtype == DType::Bool)) fail(c, "bool can only be bitcast to bool");
  copy_view(a, dtype_size(a.dtype), o.data);
}

void convert_kernel(const Call& c) {
  check_shapes(c, 1);
  dispatch_dtype(c.in[0].dtype, [&]<class A>() {
    dispatch_dtype(c.out[0].dtype, [&]<class O>() {
      if constexpr (std::is_same_v<A, O>) copy_view(c.in[0], sizeof(A), c.out[0].data);
      else map<Out<O>, A>(c, [](C<A> x) { return cvt<A, O>(x); });
    });
  });
}

}  // namespace

JAXTS_FAMILY(elementwise_convert) {
  register_kernel(Op::ConvertElementType, convert_kernel);
  register_kernel(Op::BitcastConvertType, bitcast_kernel);
  register_kernel(Op::Copy, copy_kernel);
}

}  // namespace jaxts
