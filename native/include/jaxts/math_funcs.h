// Shared machinery of the transcendental kernel families (math*.cc): vector
// types of the ISA this copy is built for, SLEEF 1-ulp wrappers (libm when
// SLEEF is absent), a driver that applies a vector function to contiguous
// runs and to strided/f16/bf16 runs through a small compute buffer (and the
// scalar libm repair of lanes where SLEEF leaves its range: Op::fix).
// Everything is in an anonymous namespace: each ISA copy keeps its own code.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "jaxts/dtype.h"
#include "jaxts/map.h"
#include "jaxts/strided.h"

#if defined(JAXTS_HAVE_SLEEF) && (defined(__x86_64__) || defined(_M_X64))
#include <immintrin.h>
#include <sleef.h>
#define JAXTS_MATH_SIMD 1
#elif defined(JAXTS_HAVE_SLEEF)
#include <sleef.h>
#define JAXTS_MATH_SIMD 0
#else
#define JAXTS_MATH_SIMD 0
#endif

namespace jaxts {
namespace {

// ---- vector types: vf/vd with WF/WD lanes (1 = scalar) ----
#if JAXTS_MATH_SIMD && defined(__AVX512F__)
using vf = __m512;
using vd = __m512d;
constexpr int WF = 16, WD = 8;
#define JAXTS_SLF(name, u) Sleef_##name##f16_##u
#define JAXTS_SLD(name, u) Sleef_##name##d8_##u
inline vf vload(const float* p) { return _mm512_loadu_ps(p); }
inline vd vload(const double* p) { return _mm512_loadu_pd(p); }
inline void vstore(float* p, vf v) { _mm512_storeu_ps(p, v); }
inline void vstore(double* p, vd v) { _mm512_storeu_pd(p, v); }
inline vf vsqrt(vf v) { return _mm512_sqrt_ps(v); }
inline vd vsqrt(vd v) { return _mm512_sqrt_pd(v); }
#elif JAXTS_MATH_SIMD && defined(__AVX2__)
using vf = __m256;
using vd = __m256d;
constexpr int WF = 8, WD = 4;
#define JAXTS_SLF(name, u) Sleef_##name##f8_##u
#define JAXTS_SLD(name, u) Sleef_##name##d4_##u
inline vf vload(const float* p) { return _mm256_loadu_ps(p); }
inline vd vload(const double* p) { return _mm256_loadu_pd(p); }
inline void vstore(float* p, vf v) { _mm256_storeu_ps(p, v); }
inline void vstore(double* p, vd v) { _mm256_storeu_pd(p, v); }
inline vf vsqrt(vf v) { return _mm256_sqrt_ps(v); }
inline vd vsqrt(vd v) { return _mm256_sqrt_pd(v); }
#elif JAXTS_MATH_SIMD
using vf = __m128;
using vd = __m128d;
constexpr int WF = 4, WD = 2;
#define JAXTS_SLF(name, u) Sleef_##name##f4_##u
#define JAXTS_SLD(name, u) Sleef_##name##d2_##u
inline vf vload(const float* p) { return _mm_loadu_ps(p); }
inline vd vload(const double* p) { return _mm_loadu_pd(p); }
inline void vstore(float* p, vf v) { _mm_storeu_ps(p, v); }
inline void vstore(double* p, vd v) { _mm_storeu_pd(p, v); }
inline vf vsqrt(vf v) { return _mm_sqrt_ps(v); }
inline vd vsqrt(vd v) { return _mm_sqrt_pd(v); }
#else
using vf = float;
using vd = double;
constexpr int WF = 1, WD = 1;
#if defined(JAXTS_HAVE_SLEEF)
#define JAXTS_SLF(name, u) Sleef_##name##f_##u
#define JAXTS_SLD(name, u) Sleef_##name##_##u
#endif
inline vf vload(const float* p) { return *p; }
inline vd vload(const double* p) { return *p; }
inline void vstore(float* p, vf v) { *p = v; }
inline void vstore(double* p, vd v) { *p = v; }
inline vf vsqrt(vf v) { return std::sqrt(v); }
inline vd vsqrt(vd v) { return std::sqrt(v); }
#endif

template <class C> struct Lanes;
template <> struct Lanes<float> { using V = vf; static constexpr int W = WF; };
template <> struct Lanes<double> { using V = vd; static constexpr int W = WD; };

// ---- the driver ----
// Op provides: static V<C> v(V<C>) (vector), or for binary ops v(V, V); C = float or double.

// Ops whose vector form leaves its accurate range (SLEEF sinhf/asinhf... return inf
// there) define fix(C): the scalar value used where the result is inf for a finite x.
template <class Op, class C>
concept HasFix = requires(C c) { Op::fix(c); };

// One full vector of W elements: y[0..W) = Op(x[0..W)) (x and y may alias exactly).
template <class Op, class C>
inline void block1(const C* x, C* y) {
  constexpr int W = Lanes<C>::W;
  if constexpr (HasFix<Op, C>) {
    alignas(64) C tx[W], ty[W];
    for (int j = 0; j < W; j++) tx[j] = x[j];
    vstore(ty, Op::v(vload(tx)));
    for (int j = 0; j < W; j++) {
      if (std::isinf(ty[j]) && std::isfinite(tx[j])) ty[j] = Op::fix(tx[j]);
      y[j] = ty[j];
    }
  } else {
    vstore(y, Op::v(vload(x)));
  }
}

// y[i] = Op(x[i]) over contiguous buffers (may alias exactly); the tail goes through a padded vector.
template <class Op, class C>
inline void apply1(const C* x, C* y, int64_t n) {
  constexpr int W = Lanes<C>::W;
  int64_t i = 0;
  for (; i + W <= n; i += W) block1<Op, C>(x + i, y + i);
  if (i < n) {
    alignas(64) C buf[W];
    for (int j = 0; j < W; j++) buf[j] = i + j < n ? x[i + j] : C(1);
    block1<Op, C>(buf, buf);
    for (int64_t j = 0; i + j < n; j++) y[i + j] = buf[j];
  }
}

// Binary ops with fix(C, C): lanes whose result is ±inf or 0 for finite, nonzero x and finite y
// (SLEEF's pow overflows early near DBL_MAX) are recomputed by libm.
template <class Op, class C>
concept HasFix2 = requires(C c) { Op::fix(c, c); };

template <class Op, class C>
inline void block2(const C* x, const C* z, C* y) {
  constexpr int W = Lanes<C>::W;
  if constexpr (HasFix2<Op, C>) {
    alignas(64) C tx[W], tz[W], ty[W];
    for (int j = 0; j < W; j++) tx[j] = x[j], tz[j] = z[j];
    vstore(ty, Op::v(vload(tx), vload(tz)));
    for (int j = 0; j < W; j++) {
      if ((std::isinf(ty[j]) || ty[j] == 0) && std::isfinite(tx[j]) && tx[j] != 0 && std::isfinite(tz[j])) ty[j] = Op::fix(tx[j], tz[j]);
      y[j] = ty[j];
    }
  } else {
    vstore(y, Op::v(vload(x), vload(z)));
  }
}

template <class Op, class C>
inline void apply2(const C* x, const C* z, C* y, int64_t n) {
  constexpr int W = Lanes<C>::W;
  int64_t i = 0;
  for (; i + W <= n; i += W) block2<Op, C>(x + i, z + i, y + i);
  if (i < n) {
    alignas(64) C a[W], b[W];
    for (int j = 0; j < W; j++) {
      a[j] = i + j < n ? x[i + j] : C(1);
      b[j] = i + j < n ? z[i + j] : C(1);
    }
    block2<Op, C>(a, b, a);
    for (int64_t j = 0; i + j < n; j++) y[i + j] = a[j];
  }
}

constexpr int64_t kMathBuf = 512;
constexpr int64_t kMathGrain = 1 << 14;

template <class T> using MathC = std::conditional_t<std::is_same_v<T, double>, double, float>;

inline void check_float_unary(const Call& c, const char* name) {
  if (c.n_in != 1 || c.n_out != 1) throw KernelError(std::string(name) + ": expected 1 input and 1 output");
  if (c.in[0].dtype != c.out[0].dtype)
    throw KernelError(std::string(name) + ": input dtype " + dtype_name(c.in[0].dtype) + " differs from output dtype " +
                      dtype_name(c.out[0].dtype));
}

// out = Op(in0) for the float dtype T (computed in MathC<T>).
template <class Op, class T>
void run_unary(const Call& c) {
  using C = MathC<T>;
  const Operand& a = c.in[0];
  Operand& o = c.out[0];
  uint8_t* data[2] = {a.data, o.data};
  const int64_t* strides[2] = {a.strides, o.strides};
  size_t es[2] = {sizeof(T), sizeof(T)};
  Loop<2> loop(o.ndim, o.shape, data, strides, es);
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        if constexpr (std::is_same_v<T, C>) {
          if (s[0] == (int64_t)sizeof(T) && s[1] == (int64_t)sizeof(T)) {
            apply1<Op, C>(reinterpret_cast<const C*>(p[0]), reinterpret_cast<C*>(p[1]), n);
            return;
          }
        }
        alignas(64) C buf[kMathBuf];
        for (int64_t off = 0; off < n; off += kMathBuf) {
          const int64_t m = std::min(kMathBuf, n - off);
          for (int64_t j = 0; j < m; j++) buf[j] = load(at<T>(p[0], off + j, s[0]));
          apply1<Op, C>(buf, buf, m);
          for (int64_t j = 0; j < m; j++) store(at_mut<T>(p[1], off + j, s[1]), buf[j]);
        }
      },
      kMathGrain);
}

template <class Op>
void unary_kernel(const Call& c, const char* name) {
  check_float_unary(c, name);
  dispatch_dtype(c.out[0].dtype, [&]<class T>() {
    if constexpr (!is_float_v<T>) throw KernelError(std::string(name) + ": dtype " + dtype_name(c.out[0].dtype) + " is not supported (float dtypes only)");
    else run_unary<Op, T>(c);
  });
}

// Loads element i of a strided run of dtype U as the compute type C of float dtype T,
// rounding an integer first to T (pow's integer exponent is converted to the base's dtype).
template <class T, class U, class C>
inline C load_as(const uint8_t* p, int64_t i, int64_t stride) {
  if constexpr (std::is_same_v<U, T>) return load(at<T>(p, i, stride));
  else {
    const double v = (double)*at<U>(p, i, stride);
    T t;
    store(&t, (MathC<T>)v);
    return (C)load(&t);
  }
}

// out = Op(in0, in1): in0 of float dtype T, in1 of dtype U (T, or an integer dtype when int_rhs).
template <class Op, class T, class U>
void run_binary(const Call& c) {
  using C = MathC<T>;
  uint8_t* data[3] = {c.in[0].data, c.in[1].data, c.out[0].data};
  const int64_t* strides[3] = {c.in[0].strides, c.in[1].strides, c.out[0].strides};
  size_t es[3] = {sizeof(T), sizeof(U), sizeof(T)};
  Loop<3> loop(c.out[0].ndim, c.out[0].shape, data, strides, es);
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        if constexpr (std::is_same_v<T, C> && std::is_same_v<U, T>) {
          if (s[0] == (int64_t)sizeof(T) && s[1] == (int64_t)sizeof(T) && s[2] == (int64_t)sizeof(T)) {
            apply2<Op, C>(reinterpret_cast<const C*>(p[0]), reinterpret_cast<const C*>(p[1]), reinterpret_cast<C*>(p[2]), n);
            return;
          }
        }
        alignas(64) C a[kMathBuf], b[kMathBuf];
        for (int64_t off = 0; off < n; off += kMathBuf) {
          const int64_t m = std::min(kMathBuf, n - off);
          for (int64_t j = 0; j < m; j++) a[j] = load(at<T>(p[0], off + j, s[0]));
          if (s[1] == 0) {
            const C v = load_as<T, U, C>(p[1], 0, 0);
            for (int64_t j = 0; j < m; j++) b[j] = v;
          } else {
            for (int64_t j = 0; j < m; j++) b[j] = load_as<T, U, C>(p[1], off + j, s[1]);
          }
          apply2<Op, C>(a, b, a, m);
          for (int64_t j = 0; j < m; j++) store(at_mut<T>(p[2], off + j, s[2]), a[j]);
        }
      },
      kMathGrain);
}

template <class Op>
void binary_kernel(const Call& c, const char* name, bool int_rhs) {
  if (c.n_in != 2 || c.n_out != 1) throw KernelError(std::string(name) + ": expected 2 inputs and 1 output");
  const DType d = c.out[0].dtype, d1 = c.in[1].dtype;
  if (c.in[0].dtype != d)
    throw KernelError(std::string(name) + ": input dtype " + dtype_name(c.in[0].dtype) + " differs from output dtype " + dtype_name(d));
  dispatch_dtype(d, [&]<class T>() {
    if constexpr (!is_float_v<T>) throw KernelError(std::string(name) + ": dtype " + dtype_name(d) + " is not supported (float dtypes only)");
    else {
      if (d1 == d) return run_binary<Op, T, T>(c);
      if (!int_rhs) throw KernelError(std::string(name) + ": operand dtypes differ");
      dispatch_dtype(d1, [&]<class U>() {
        if constexpr (is_float_v<U> || std::is_same_v<U, bool>)
          throw KernelError(std::string(name) + ": exponent dtype " + dtype_name(d1) + " must equal the base's or be an integer");
        else run_binary<Op, T, U>(c);
      });
    }
  });
}

}  // namespace
}  // namespace jaxts
