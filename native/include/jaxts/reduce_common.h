// Shared by the reduce, cumulative and sort families: order-preserving
// integer keys of floats (NaN and -0 handling without branches), the
// decomposition of an operand into lines along one axis (the other axes
// coalesced, with the matching output strides) and param/shape validation.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "jaxts/dtype.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN
namespace red {

// Bit facts of a float storage type S: I the same-width signed integer.
template <class S> struct FBits;
template <> struct FBits<float> {
  using I = int32_t;
  static constexpr I kAbs = 0x7fffffff, kInf = 0x7f800000, kNaN = 0x7fc00000;
};
template <> struct FBits<double> {
  using I = int64_t;
  static constexpr I kAbs = 0x7fffffffffffffffLL, kInf = 0x7ff0000000000000LL, kNaN = 0x7ff8000000000000LL;
};
template <> struct FBits<f16> {
  using I = int16_t;
  static constexpr I kAbs = 0x7fff, kInf = 0x7c00, kNaN = 0x7e00;
};
template <> struct FBits<bf16> {
  using I = int16_t;
  static constexpr I kAbs = 0x7fff, kInf = 0x7f80, kNaN = 0x7fc0;
};

template <class S> inline typename FBits<S>::I bits_of(const S* p) {
  typename FBits<S>::I b;
  std::memcpy(&b, p, sizeof(b));
  return b;
}
// Signed key, monotone in the float order with -0 < +0 (an involution on bits).
template <class I> inline I flip(I b) {
  constexpr int W = sizeof(I) * 8 - 1;
  using UI = std::make_unsigned_t<I>;
  return (I)((UI)b ^ ((UI)(I)(b >> W) >> 1));
}
template <class S> inline bool is_nan_bits(typename FBits<S>::I b) { return (b & FBits<S>::kAbs) > FBits<S>::kInf; }

// Storage element type with bool read as bytes.
template <class T> using Elem = std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>;
// Integer arithmetic type that wraps (no signed overflow UB).
template <class T, bool = std::is_integral_v<Elem<T>>> struct WrapT { using type = Elem<T>; };
template <class T> struct WrapT<T, true> { using type = std::make_unsigned_t<Elem<T>>; };
template <class T> using Wrap = typename WrapT<T>::type;

struct Dim {
  int64_t n, s;  // size, element stride
};

// Lines of `x` along `axis`: n elements with stride `sa` (input) and `oa`
// (output); the other axes coalesced into dims[] with input strides `is`
// and output strides `os` (output: row-major of `oshape`, `oaxis_len` long
// along the axis, or the axis dropped when oaxis_len < 0).
struct Lines {
  int64_t n = 1, sa = 0, oa = 0;
  int nd = 0;
  int64_t shape[kMaxDims], is[kMaxDims], os[kMaxDims];
  int64_t count = 1;

  Lines(const Operand& x, int axis, int64_t oaxis_len) {
    int64_t ostr[kMaxDims];
    int64_t acc = 1;
    for (int i = x.ndim - 1; i >= 0; i--) {
      if (i == axis) {
        if (oaxis_len >= 0) { ostr[i] = acc; acc *= oaxis_len; }
        else ostr[i] = 0;
      } else {
        ostr[i] = acc;
        acc *= x.shape[i];
      }
    }
    n = x.shape[axis];
    sa = x.strides[axis];
    oa = ostr[axis];
    for (int i = 0; i < x.ndim; i++) {
      if (i == axis || x.shape[i] == 1) continue;
      count *= x.shape[i];
      if (nd > 0 && is[nd - 1] == x.strides[i] * x.shape[i] && os[nd - 1] == ostr[i] * x.shape[i]) {
        shape[nd - 1] *= x.shape[i];
        is[nd - 1] = x.strides[i];
        os[nd - 1] = ostr[i];
        continue;
      }
      shape[nd] = x.shape[i];
      is[nd] = x.strides[i];
      os[nd] = ostr[i];
      nd++;
    }
    for (int i = 0; i < x.ndim; i++)
      if (i != axis && x.shape[i] == 0) count = 0;
  }
  // Offsets (elements) of line `l` over dims [0, upto).
  void offsets(int64_t l, int upto, int64_t& io, int64_t& oo) const {
    io = 0;
    oo = 0;
    for (int i = upto - 1; i >= 0; i--) {
      int64_t c = l % shape[i];
      l /= shape[i];
      io += c * is[i];
      oo += c * os[i];
    }
  }
  // Column mode: the innermost other axis is read with a smaller stride than the axis itself.
  bool column() const {
    if (nd == 0) return false;
    int64_t a = is[nd - 1] < 0 ? -is[nd - 1] : is[nd - 1];
    int64_t b = sa < 0 ? -sa : sa;
    return a < b;
  }
};

[[noreturn]] inline void fail(const Call& c, const std::string& msg) {
  throw KernelError(std::string(op_name(c.op)) + ": " + msg);
}

inline void expect_arity(const Call& c, int n_in, int n_out) {
  if (c.n_in != n_in || c.n_out != n_out)
    fail(c, "expected " + std::to_string(n_in) + " inputs and " + std::to_string(n_out) + " outputs");
}

// Output equal to x's shape except along `axis` (length `len`, or dropped when len < 0).
inline void expect_line_shape(const Call& c, const Operand& x, const Operand& o, int axis, int64_t len) {
  int nd = len < 0 ? x.ndim - 1 : x.ndim;
  bool ok = o.ndim == nd;
  for (int i = 0, j = 0; ok && i < x.ndim; i++) {
    if (i == axis) {
      if (len >= 0 && o.shape[j++] != len) ok = false;
      continue;
    }
    if (o.shape[j++] != x.shape[i]) ok = false;
  }
  if (!ok) fail(c, "output shape does not match the operand");
  if (!o.contiguous()) fail(c, "output must be contiguous");
}

inline bool is_float_dtype(DType d) {
  return d == DType::Float16 || d == DType::Bfloat16 || d == DType::Float32 || d == DType::Float64;
}

}  // namespace red
JAXTS_ISA_END
