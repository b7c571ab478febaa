// Transcendental elementwise kernels (float dtypes only): exp exp2 log log1p
// expm1 logistic, trigonometric/hyperbolic functions and their inverses,
// atan2, sqrt rsqrt cbrt, erf erfc, pow. SLEEF's 1-ulp vector functions at
// the width of this copy's ISA (libm when SLEEF is absent); f16/bf16 compute
// in float32 and round once; pow's integer exponent is converted to the
// base's dtype first (as the reference / JAX's lowering).
#include "jaxts/family.h"
#include "jaxts/math_funcs.h"

namespace jaxts {
namespace {

template <class V, class S>
inline V splat(S s) {
  if constexpr (std::is_arithmetic_v<V>) return (V)s;
  else return V{} + s;
}

#if defined(JAXTS_HAVE_SLEEF)
#define JAXTS_MATH_OP(Name, sl, u, stdfn)                     \
  struct Name {                                                \
    static vf v(vf x) { return JAXTS_SLF(sl, u)(x); }          \
    static vd v(vd x) { return JAXTS_SLD(sl, u)(x); }          \
  };
#define JAXTS_MATH_OP2(Name, sl, u, stdfn)                                \
  struct Name {                                                          \
    static vf v(vf x, vf y) { return JAXTS_SLF(sl, u)(x, y); }           \
    static vd v(vd x, vd y) { return JAXTS_SLD(sl, u)(x, y); }           \
  };
#else
#define JAXTS_MATH_OP(Name, sl, u, stdfn)                     \
  struct Name {                                                \
    static float v(float x) { return stdfn(x); }              \
    static double v(double x) { return stdfn(x); }            \
  };
#define JAXTS_MATH_OP2(Name, sl, u, stdfn)                         \
  struct Name {                                                     \
    static float v(float x, float y) { return stdfn(x, y); }       \
    static double v(double x, double y) { return stdfn(x, y); }    \
  };
#endif

JAXTS_MATH_OP(Exp, exp, u10, std::exp)
JAXTS_MATH_OP(Exp2, exp2, u10, std::exp2)
JAXTS_MATH_OP(Log, log, u10, std::log)
JAXTS_MATH_OP(Log1pV, log1p, u10, std::log1p)
JAXTS_MATH_OP(Expm1, expm1, u10, std::expm1)
JAXTS_MATH_OP(Sin, sin, u10, std::sin)
JAXTS_MATH_OP(Cos, cos, u10, std::cos)
JAXTS_MATH_OP(Tan, tan, u10, std::tan)
JAXTS_MATH_OP(Asin, asin, u10, std::asin)
JAXTS_MATH_OP(Acos, acos, u10, std::acos)
JAXTS_MATH_OP(Atan, atan, u10, std::atan)
JAXTS_MATH_OP(SinhV, sinh, u10, std::sinh)
JAXTS_MATH_OP(CoshV, cosh, u10, std::cosh)
JAXTS_MATH_OP(TanhV, tanh, u10, std::tanh)
JAXTS_MATH_OP(AsinhV, asinh, u10, std::asinh)
JAXTS_MATH_OP(AcoshV, acosh, u10, std::acosh)
JAXTS_MATH_OP(Atanh, atanh, u10, std::atanh)
JAXTS_MATH_OP(Cbrt, cbrt, u10, std::cbrt)
JAXTS_MATH_OP(Erf, erf, u10, std::erf)
JAXTS_MATH_OP(Erfc, erfc, u15, std::erfc)
JAXTS_MATH_OP2(Atan2, atan2, u10, std::atan2)
JAXTS_MATH_OP2(PowV, pow, u10, std::pow)

// SLEEF's sinhf/coshf (|x| > 89), asinh/acosh (|x| > 1.8e19 / 1.3e154) and log1p give inf
// before the true overflow: those lanes are recomputed by libm.
#define JAXTS_MATH_FIXED(Name, Base, stdfn)       \
  struct Name : Base {                             \
    static float fix(float x) { return stdfn(x); } \
    static double fix(double x) { return stdfn(x); } \
  };
JAXTS_MATH_FIXED(Sinh, SinhV, std::sinh)
JAXTS_MATH_FIXED(Cosh, CoshV, std::cosh)
JAXTS_MATH_FIXED(Asinh, AsinhV, std::asinh)
JAXTS_MATH_FIXED(Acosh, AcoshV, std::acosh)
JAXTS_MATH_FIXED(Log1p, Log1pV, std::log1p)  // SLEEF: inf above ~1e38 / ~1e307
struct Pow : PowV {  // SLEEF's pow overflows early near the top of the range (pow(-1.79e308, 1) = -inf)
  static float fix(float x, float y) { return std::pow(x, y); }
  static double fix(double x, double y) { return std::pow(x, y); }
};

struct Sqrt {
  static vf v(vf x) { return vsqrt(x); }
  static vd v(vd x) { return vsqrt(x); }
};
struct Rsqrt {
  static vf v(vf x) { return splat<vf>(1.0f) / vsqrt(x); }
  static vd v(vd x) { return splat<vd>(1.0) / vsqrt(x); }
};

// 1 / (1 + e^-x) without overflow: e = e^-|x|, x >= 0: 1 / (1 + e), x < 0: e / (1 + e).
// float64 follows the reference's 1 / (1 + exp(-x)) where exp(-x) overflows: 0 below -709.78.
struct Logistic {
  template <class V, class S>
  static V t(V x) {
    const V zero = splat<V>(S(0)), one = splat<V>(S(1));
    const V ax = x < zero ? -x : x;
    const V e = Exp::v(-ax);
    const V num = x < zero ? e : one;
    return num / (one + e);
  }
  static vf v(vf x) { return t<vf, float>(x); }
  static vd v(vd x) {
    const vd r = t<vd, double>(x);
    return x < splat<vd>(-709.782712893384) ? splat<vd>(0.0) : r;
  }
};

// float32 tanh (SLEEF's tanhf is ~5x slower than its expf): |x| < 0.625: x + x^3 P(x^2)
// (degree-5 least-squares fit, <= 0.8 ulp); else sign(x) (1 - 2 / (e^{2|x|} + 1)); ±0 kept.
// AVX-512: e^{2|x|} inline (Cody-Waite, degree-7 Taylor, scalef; 2|x| clamped at 18.5 where
// tanh rounds to ±1) and rcp14 + one Newton step: <= 1.6 ulp measured. float64: SLEEF.
struct Tanh {
  static vf v(vf x) {
    const vf zero = splat<vf>(0.0f), one = splat<vf>(1.0f), two = splat<vf>(2.0f);
    const vf ax = x < zero ? -x : x;
    const vf t = x * x;
    vf p = splat<vf>(0.002148957457393408f);
    p = p * t + splat<vf>(-0.00818463321775198f);
    p = p * t + splat<vf>(0.021703990176320076f);
    p = p * t + splat<vf>(-0.05394745245575905f);
    p = p * t + splat<vf>(0.13333211839199066f);
    p = p * t + splat<vf>(-0.3333333134651184f);
    const vf small = x + x * t * p;
#if JAXTS_MATH_SIMD && defined(__AVX512F__)
    const vf y = _mm512_min_ps(splat<vf>(18.5f), ax + ax);  // NaN stays NaN (min returns operand 2)
    const vf k = _mm512_roundscale_ps(y * splat<vf>(1.44269504088896341f), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    vf r = _mm512_fnmadd_ps(k, splat<vf>(0.693145751953125f), y);
    r = _mm512_fnmadd_ps(k, splat<vf>(1.428606765330187045e-06f), r);
    vf q = splat<vf>(1.0f / 5040);
    q = q * r + splat<vf>(1.0f / 720);
    q = q * r + splat<vf>(1.0f / 120);
    q = q * r + splat<vf>(1.0f / 24);
    q = q * r + splat<vf>(1.0f / 6);
    q = q * r + splat<vf>(0.5f);
    q = q * r + one;
    q = q * r + one;
    const vf d = _mm512_scalef_ps(q, k) + one;
    vf inv = _mm512_rcp14_ps(d);
    inv = inv * (two - d * inv);
    const vf big = one - (inv + inv);
#else
    const vf big = one - two / (Exp::v(ax + ax) + one);
#endif
    const vf sbig = x < zero ? -big : big;
    const vf res = ax < splat<vf>(0.625f) ? small : sbig;
    return x == zero ? x : res;
  }
  static vd v(vd x) { return TanhV::v(x); }
};

#define JAXTS_UNARY(Op, name) [](const Call& c) { unary_kernel<Op>(c, name); }

}  // namespace

JAXTS_FAMILY(math) {
  register_kernel(Op::Exp, JAXTS_UNARY(Exp, "exp"));
  register_kernel(Op::Exp2, JAXTS_UNARY(Exp2, "exp2"));
  register_kernel(Op::Log, JAXTS_UNARY(Log, "log"));
  register_kernel(Op::Log1p, JAXTS_UNARY(Log1p, "log1p"));
  register_kernel(Op::Expm1, JAXTS_UNARY(Expm1, "expm1"));
  register_kernel(Op::Logistic, JAXTS_UNARY(Logistic, "logistic"));
  register_kernel(Op::Sin, JAXTS_UNARY(Sin, "sin"));
  register_kernel(Op::Cos, JAXTS_UNARY(Cos, "cos"));
  register_kernel(Op::Tan, JAXTS_UNARY(Tan, "tan"));
  register_kernel(Op::Asin, JAXTS_UNARY(Asin, "asin"));
  register_kernel(Op::Acos, JAXTS_UNARY(Acos, "acos"));
  register_kernel(Op::Atan, JAXTS_UNARY(Atan, "atan"));
  register_kernel(Op::Sinh, JAXTS_UNARY(Sinh, "sinh"));
  register_kernel(Op::Cosh, JAXTS_UNARY(Cosh, "cosh"));
  register_kernel(Op::Tanh, JAXTS_UNARY(Tanh, "tanh"));
  register_kernel(Op::Asinh, JAXTS_UNARY(Asinh, "asinh"));
  register_kernel(Op::Acosh, JAXTS_UNARY(Acosh, "acosh"));
  register_kernel(Op::Atanh, JAXTS_UNARY(Atanh, "atanh"));
  register_kernel(Op::Sqrt, JAXTS_UNARY(Sqrt, "sqrt"));
  register_kernel(Op::Rsqrt, JAXTS_UNARY(Rsqrt, "rsqrt"));
  register_kernel(Op::Cbrt, JAXTS_UNARY(Cbrt, "cbrt"));
  register_kernel(Op::Erf, JAXTS_UNARY(Erf, "erf"));
  register_kernel(Op::Erfc, JAXTS_UNARY(Erfc, "erfc"));
  register_kernel(Op::Atan2, [](const Call& c) { binary_kernel<Atan2>(c, "atan2", false); });
  register_kernel(Op::Pow, [](const Call& c) { binary_kernel<Pow>(c, "pow", true); });
}

}  // namespace jaxts
