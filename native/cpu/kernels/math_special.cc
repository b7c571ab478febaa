// Special-function kernels (float dtypes only): erf_inv, lgamma, digamma,
// ported from the reference's algorithms (src/core/special.ts: Giles' guess +
// Halley/Newton refinement, Lanczos g=7 with sin(pi x) reflection, recurrence
// + asymptotic series) in double for every float dtype, rounded once to the
// output (f16/bf16 via float32).
#include <cmath>

#include "jaxts/family.h"
#include "jaxts/math_funcs.h"

namespace jaxts {
namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kTwoOverSqrtPi = 1.1283791670955126;
constexpr double kLogSqrt2Pi = 0.9189385332046728;

// exp(-x*x) without the rounding error of forming x*x.
inline double exp_neg_square(double x) {
  const double hi = (double)(float)x;
  const double lo = x - hi;
  return std::exp(-hi * hi) * std::exp(-lo * (x + hi));
}

inline double erf_inv_guess(double y) {
  double w = -std::log((1 - y) * (1 + y));
  double p;
  if (w < 5) {
    w -= 2.5;
    p = 2.81022636e-8;
    for (double c : {3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941})
      p = c + p * w;
  } else {
    w = std::sqrt(w) - 3;
    p = -0.000200214257;
    for (double c : {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682})
      p = c + p * w;
  }
  return p * y;
}

inline double erf_inv(double y) {
  if (std::isnan(y) || y < -1 || y > 1) return NAN;
  if (y == 1) return INFINITY;
  if (y == -1) return -INFINITY;
  if (y == 0) return y;
  const double s = y < 0 ? -1.0 : 1.0;
  const double t = std::fabs(y);
  const double c = 1 - t;
  double x = std::fabs(erf_inv_guess(t));
  if (!std::isfinite(x)) x = 6;
  const double log_c = std::log(c);
  for (int i = 0; i < 12; i++) {
    const double d = kTwoOverSqrtPi * exp_neg_square(x);
    double step;
    if (t < 0.5) {
      const double r = (std::erf(x) - t) / d;
      step = r / (1 + x * r);
    } else {
      const double e = std::erfc(x);
      step = ((std::log(e) - log_c) * e) / -d;
    }
    x -= step;
    if (std::fabs(step) <= 1e-16 * std::fabs(x)) break;
  }
  return s * x;
}

// sin(pi x) with exact argument reduction (JS Math.round: halves round up).
inline double sin_pi(double x) {
  const double h = x / 2;
  const double r = x - 2 * std::floor(h + 0.5);
  if (r == 0 || r == 1 || r == -1) return 0;
  if (std::fabs(r) == 0.5) return r < 0 ? -1.0 : 1.0;
  return std::sin(kPi * r);
}

inline double lgamma_pos(double x) {  // x >= 0.5
  static constexpr double L[9] = {0.99999999999980993, 676.5203681218851,     -1259.1392167224028,
                                  771.32342877765313,  -176.61502916214059,   12.507343278686905,
                                  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  if (x == 1 || x == 2) return 0;
  const double z = x - 1;
  double a = L[0];
  for (int i = 1; i < 9; i++) a += L[i] / (z + i);
  const double t = z + 7 + 0.5;
  return kLogSqrt2Pi + (z + 0.5) * std::log(t) - t + std::log(a);
}

inline double lgamma_ref(double x) {
  if (std::isnan(x)) return NAN;
  if (!std::isfinite(x)) return INFINITY;
  if (x <= 0 && x == std::floor(x)) return INFINITY;
  if (x < 0.5) return std::log(kPi / std::fabs(sin_pi(x))) - lgamma_pos(1 - x);
  return lgamma_pos(x);
}

inline double digamma_ref(double x) {
  if (std::isnan(x) || x == -INFINITY) return NAN;
  if (x == INFINITY) return INFINITY;
  if (x <= 0 && x == std::floor(x)) return NAN;
  double acc = 0;
  if (x < 0.5) {
    const double r = x - std::floor(x + 0.5);
    acc = -kPi / std::tan(kPi * r);
    x = 1 - x;
  }
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const double x2 = 1 / (x * x);
  const double tail =
      x2 * (1.0 / 12 - x2 * (1.0 / 120 - x2 * (1.0 / 252 - x2 * (1.0 / 240 - x2 * (1.0 / 132 - x2 * (691.0 / 32760 - x2 / 12))))));
  return acc + std::log(x) - 0.5 / x - tail;
}

template <double (*F)(double)>
void special_kernel(const Call& c, const char* name) {
  check_float_unary(c, name);
  dispatch_dtype(c.out[0].dtype, [&]<class T>() {
    if constexpr (!is_float_v<T>)
      throw KernelError(std::string(name) + ": dtype " + dtype_name(c.out[0].dtype) + " is not supported (float dtypes only)");
    else {
      using C = MathC<T>;
      map1<T, T>(c, [](C x) { return (C)F((double)x); }, 1 << 11);
    }
  });
}

}  // namespace

JAXTS_FAMILY(math_special) {
  register_kernel(Op::ErfInv, [](const Call& c) { special_kernel<erf_inv>(c, "erf_inv"); });
  register_kernel(Op::Lgamma, [](const Call& c) { special_kernel<lgamma_ref>(c, "lgamma"); });
  register_kernel(Op::Digamma, [](const Call& c) { special_kernel<digamma_ref>(c, "digamma"); });
}

}  // namespace jaxts
