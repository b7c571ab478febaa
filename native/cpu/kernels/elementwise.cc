// Arithmetic elementwise kernels (add sub mul div rem max min neg sign abs
// square integer_pow floor ceil round is_finite nextafter clamp) with the
// reference backend's semantics: integers wrap, XLA integer division (x/0 =
// -1, INT_MIN/-1 = INT_MIN, x rem 0 = x), JS Math.max/min for floats (NaN
// propagates, +0 > -0), f16/bf16 computed in float and rounded once.
#include "jaxts/ew.h"
#include "jaxts/family.h"

namespace jaxts {
namespace {

using namespace ew;

// Checks n inputs of the output's dtype and returns it.
DType same_dtype(const Call& c, int n, uint64_t scalar_mask = 0) {
  check_shapes(c, n, scalar_mask);
  const DType d = c.out[0].dtype;
  check_dtypes(c, 0, n, d);
  return d;
}

template <class T> constexpr bool is_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// Binary ops: FEXPR over floats (a, b of compute type), IEXPR over integers (T storage), bool rejected.
#define JAXTS_BINARY(NAME, FEXPR, IEXPR)                                                   \
  void NAME##_kernel(const Call& c) {                                                      \
    const DType d = same_dtype(c, 2);                                                      \
    dispatch_dtype(d, [&]<class T>() {                                                     \
      if constexpr (std::is_same_v<T, bool>) fail(c, "bool is not supported");             \
      else if constexpr (is_float_v<T>) map<T, T, T>(c, [](C<T> a, C<T> b) -> C<T> { return FEXPR; }); \
      else map<T, T, T>(c, [](T a, T b) -> T { return IEXPR; });                           \
    });                                                                                    \
  }

JAXTS_BINARY(add, a + b, T(W<T>(a) + W<T>(b)))
JAXTS_BINARY(sub, a - b, T(W<T>(a) - W<T>(b)))
JAXTS_BINARY(mul, a * b, T(W<T>(a) * W<T>(b)))
JAXTS_BINARY(div, a / b,
             b == 0 ? T(-1)
             : (std::is_signed_v<T> && b == T(-1)) ? T(W<T>(0) - W<T>(a))
                                                  : T(a / b))
JAXTS_BINARY(rem, std::fmod(a, b),
             b == 0 ? a : (std::is_signed_v<T> && b == T(-1)) ? T(0) : T(a % b))

void max_kernel(const Call& c) {
  dispatch_dtype(same_dtype(c, 2), [&]<class T>() { map<T, T, T>(c, [](C<T> a, C<T> b) { return js_max(a, b); }); });
}
void min_kernel(const Call& c) {
  dispatch_dtype(same_dtype(c, 2), [&]<class T>() { map<T, T, T>(c, [](C<T> a, C<T> b) { return js_min(a, b); }); });
}

#define JAXTS_UNARY(NAME, FEXPR, SEXPR, UEXPR)                                           \
  void NAME##_kernel(const Call& c) {                                                    \
    dispatch_dtype(same_dtype(c, 1), [&]<class T>() {                                    \
      if constexpr (std::is_same_v<T, bool>) fail(c, "bool is not supported");           \
      else if constexpr (is_float_v<T>) map<T, T>(c, [](C<T> a) -> C<T> { return FEXPR; }); \
      else if constexpr (std::is_signed_v<T>) map<T, T>(c, [](T a) -> T { return SEXPR; }); \
      else map<T, T>(c, [](T a) -> T { return UEXPR; });                                 \
    });                                                                                  \
  }

JAXTS_UNARY(neg, -a, T(W<T>(0) - W<T>(a)), T(W<T>(0) - W<T>(a)))
JAXTS_UNARY(sign, a > 0 ? C<T>(1) : a < 0 ? C<T>(-1) : a, T((a > 0) - (a < 0)), T(a > 0))
JAXTS_UNARY(abs, std::fabs(a), a < 0 ? T(W<T>(0) - W<T>(a)) : a, a)
JAXTS_UNARY(square, a * a, T(W<T>(a) * W<T>(a)), T(W<T>(a) * W<T>(a)))

// Float-only unary ops.
#define JAXTS_FLOAT_UNARY(NAME, EXPR)                                                  \
  void NAME##_kernel(const Call& c) {                                                  \
    dispatch_dtype(same_dtype(c, 1), [&]<class T>() {                                  \
      if constexpr (!is_float_v<T>) fail(c, "expected a floating dtype");              \
      else map<T, T>(c, [](C<T> a) -> C<T> { return EXPR; });                          \
    });                                                                                \
  }

JAXTS_FLOAT_UNARY(floor, std::floor(a))
JAXTS_FLOAT_UNARY(ceil, std::ceil(a))

void round_kernel(const Call& c) {
  const DType d = same_dtype(c, 1);
  const int64_t even = c.iparam(0, 0, 1);
  dispatch_dtype(d, [&]<class T>() {
    if constexpr (!is_float_v<T>) fail(c, "expected a floating dtype");
    else if (even) map<T, T>(c, [](C<T> a) -> C<T> { return std::nearbyint(a); });
    else
      map<T, T>(c, [](C<T> a) -> C<T> {
        const C<T> t = std::trunc(a);
        return std::fabs(a - t) >= C<T>(0.5) ? t + std::copysign(C<T>(1), a) : t;
      });
  });
}

void is_finite_kernel(const Call& c) {
  check_shapes(c, 1);
  if (c.out[0].dtype != DType::Bool) fail(c, "output must be bool");
  dispatch_dtype(c.in[0].dtype, [&]<class T>() {
    if constexpr (!is_float_v<T>) fail(c, "expected a floating dtype");
    else map<bool, T>(c, [](C<T> a) -> bool { return std::fabs(a) < std::numeric_limits<C<T>>::infinity(); });
  });
}

template <class T> struct BitsOf;
template <> struct BitsOf<f16> { using type = uint16_t; };
template <> struct BitsOf<bf16> { using type = uint16_t; };
template <> struct BitsOf<float> { using type = uint32_t; };
template <> struct BitsOf<double> { using type = uint64_t; };

template <class T>
C<T> next_after(C<T> x, C<T> y) {
  using B = typename BitsOf<T>::type;
  if (x != x || y != y) return x + y;
  if (x == y) return y;
  T t;
  B b;
  if (x == 0) {
    b = 1;
    std::memcpy(&t, &b, sizeof b);
    const C<T> tiny = load(&t);
    return y > 0 ? tiny : -tiny;
  }
  store(&t, x);
  std::memcpy(&b, &t, sizeof b);
  b = ((x < y) == (x > 0)) ? B(b + 1) : B(b - 1);
  std::memcpy(&t, &b, sizeof b);
  return load(&t);
}

void nextafter_kernel(const Call& c) {
  dispatch_dtype(same_dtype(c, 2), [&]<class T>() {
    if constexpr (!is_float_v<T>) fail(c, "expected a floating dtype");
    else map<T, T, T>(c, [](C<T> a, C<T> b) { return next_after<T>(a, b); });
  });
}

// The value of dtype T nearest v (f16/bf16 round; others are exact already).
template <class T>
inline C<T> round_to(C<T> v) {
  if constexpr (is_half_v<T>) {
    T t;
    store(&t, v);
    return load(&t);
  } else {
    return v;
  }
}

void integer_pow_kernel(const Call& c) {
  const DType d = same_dtype(c, 1);
  const int64_t y = c.iparam(0, -(int64_t(1) << 53), int64_t(1) << 53);
  dispatch_dtype(d, [&]<class T>() {
    if constexpr (std::is_same_v<T, bool>) fail(c, "bool is not supported");
    else if constexpr (is_float_v<T>) {
      // JAX's binary exponentiation, each product rounded to the dtype; 1/acc for y < 0.
      const uint64_t e0 = y < 0 ? uint64_t(-y) : uint64_t(y);
      if (y == 0) map<T, T>(c, [](C<T>) { return C<T>(1); });
      else if (e0 == 1) map<T, T>(c, [y](C<T> a) { return y < 0 ? C<T>(1) / a : a; });
      else if (y == 2) map<T, T>(c, [](C<T> a) { return a * a; });
      else
        map<T, T>(c, [y, e0](C<T> x) {
          uint64_t e = e0;
          C<T> acc = 0, b = x;
          bool have = false;
          while (e > 0) {
            if (e & 1) {
              acc = have ? round_to<T>(acc * b) : b;
              have = true;
            }
            e >>= 1;
            if (e > 0) b = round_to<T>(b * b);
          }
          return y < 0 ? C<T>(1) / acc : acc;
        });
    } else {
      if (y < 0) fail(c, "integers cannot be raised to negative powers");
      map<T, T>(c, [y](T x) {
        W<T> acc = 1, b = W<T>(x);
        uint64_t e = uint64_t(y);
        while (e > 0) {
          if (e & 1) acc = W<T>(acc * b);
          e >>= 1;
          if (e > 0) b = W<T>(b * b);
        }
        return T(acc);
      });
    }
  });
}

// clamp(lo, x, hi): lo and hi may be rank 0. ≤32-bit and floats: min(max(x, lo), hi)
// (JS semantics); 64-bit integers: x < lo ? lo : x > hi ? hi : x (as the reference).
void clamp_kernel(const Call& c) {
  check_shapes(c, 3, 0b101);
  const DType d = c.out[0].dtype;
  check_dtypes(c, 0, 3, d);
  dispatch_dtype(d, [&]<class T>() {
    if constexpr (sizeof(T) == 8 && std::is_integral_v<T>)
      map<T, T, T, T>(c, [](T lo, T x, T hi) { return x < lo ? lo : x > hi ? hi : x; });
    else map<T, T, T, T>(c, [](C<T> lo, C<T> x, C<T> hi) { return js_min(js_max(x, lo), hi); });
  });
}

}  // namespace

JAXTS_FAMILY(elementwise) {
  register_kernel(Op::Add, add_kernel);
  register_kernel(Op::Sub, sub_kernel);
  register_kernel(Op::Mul, mul_kernel);
  register_kernel(Op::Div, div_kernel);
  register_kernel(Op::Rem, rem_kernel);
  register_kernel(Op::Max, max_kernel);
  register_kernel(Op::Min, min_kernel);
  register_kernel(Op::Neg, neg_kernel);
  register_kernel(Op::Sign, sign_kernel);
  register_kernel(Op::Abs, abs_kernel);
  register_kernel(Op::Square, square_kernel);
  register_kernel(Op::IntegerPow, integer_pow_kernel);
  register_kernel(Op::Floor, floor_kernel);
  register_kernel(Op::Ceil, ceil_kernel);
  register_kernel(Op::Round, round_kernel);
  register_kernel(Op::IsFinite, is_finite_kernel);
  register_kernel(Op::Nextafter, nextafter_kernel);
  register_kernel(Op::Clamp, clamp_kernel);
}

}  // namespace jaxts
