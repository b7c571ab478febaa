// Transcendental elementwise primitives (float dtypes only, as JAX): exp
// exp2 log log1p expm1 logistic, trigonometric and hyperbolic functions and
// their inverses, atan2, sqrt rsqrt cbrt, erf erfc erf_inv lgamma digamma.
// Reference kernels compute in float64 and round once to the dtype.

import { binaryOp, elementwisePrimitive, unaryOp } from "./elementwise-base.js";

export const expP = elementwisePrimitive("exp", "float");
/** `lax.exp(x)`: e**x. @category elementwise */
export const exp = unaryOp(expP);
export const exp2P = elementwisePrimitive("exp2", "float");
/** `lax.exp2(x)`: 2**x. @category elementwise */
export const exp2 = unaryOp(exp2P);
export const logP = elementwisePrimitive("log", "float");
/** `lax.log(x)`: natural logarithm. @category elementwise */
export const log = unaryOp(logP);
export const log1pP = elementwisePrimitive("log1p", "float");
/** `lax.log1p(x)`: log(1 + x), accurate near 0. @category elementwise */
export const log1p = unaryOp(log1pP);
export const expm1P = elementwisePrimitive("expm1", "float");
/** `lax.expm1(x)`: e**x - 1, accurate near 0. @category elementwise */
export const expm1 = unaryOp(expm1P);
export const logisticP = elementwisePrimitive("logistic", "float");
/** `lax.logistic(x)`: 1 / (1 + e**-x). @category elementwise */
export const logistic = unaryOp(logisticP);
export const sinP = elementwisePrimitive("sin", "float");
/** `lax.sin(x)`: sine. @category elementwise */
export const sin = unaryOp(sinP);
export const cosP = elementwisePrimitive("cos", "float");
/** `lax.cos(x)`: cosine. @category elementwise */
export const cos = unaryOp(cosP);
export const tanP = elementwisePrimitive("tan", "float");
/** `lax.tan(x)`: tangent. @category elementwise */
export const tan = unaryOp(tanP);
export const asinP = elementwisePrimitive("asin", "float");
/** `lax.asin(x)`: arcsine. @category elementwise */
export const asin = unaryOp(asinP);
export const acosP = elementwisePrimitive("acos", "float");
/** `lax.acos(x)`: arccosine. @category elementwise */
export const acos = unaryOp(acosP);
export const atanP = elementwisePrimitive("atan", "float");
/** `lax.atan(x)`: arctangent. @category elementwise */
export const atan = unaryOp(atanP);
export const sinhP = elementwisePrimitive("sinh", "float");
/** `lax.sinh(x)`: hyperbolic sine. @category elementwise */
export const sinh = unaryOp(sinhP);
export const coshP = elementwisePrimitive("cosh", "float");
/** `lax.cosh(x)`: hyperbolic cosine. @category elementwise */
export const cosh = unaryOp(coshP);
export const tanhP = elementwisePrimitive("tanh", "float");
/** `lax.tanh(x)`: hyperbolic tangent. @category elementwise */
export const tanh = unaryOp(tanhP);
export const asinhP = elementwisePrimitive("asinh", "float");
/** `lax.asinh(x)`: inverse hyperbolic sine. @category elementwise */
export const asinh = unaryOp(asinhP);
export const acoshP = elementwisePrimitive("acosh", "float");
/** `lax.acosh(x)`: inverse hyperbolic cosine. @category elementwise */
export const acosh = unaryOp(acoshP);
export const atanhP = elementwisePrimitive("atanh", "float");
/** `lax.atanh(x)`: inverse hyperbolic tangent. @category elementwise */
export const atanh = unaryOp(atanhP);
export const sqrtP = elementwisePrimitive("sqrt", "float");
/** `lax.sqrt(x)`: square root (sqrt(-0) is -0). @category elementwise */
export const sqrt = unaryOp(sqrtP);
export const rsqrtP = elementwisePrimitive("rsqrt", "float");
/** `lax.rsqrt(x)`: 1 / sqrt(x). @category elementwise */
export const rsqrt = unaryOp(rsqrtP);
export const cbrtP = elementwisePrimitive("cbrt", "float");
/** `lax.cbrt(x)`: cube root. @category elementwise */
export const cbrt = unaryOp(cbrtP);
export const erfP = elementwisePrimitive("erf", "float");
/** `lax.erf(x)`: error function. @category elementwise */
export const erf = unaryOp(erfP);
export const erfcP = elementwisePrimitive("erfc", "float");
/** `lax.erfc(x)`: complementary error function 1 - erf(x). @category elementwise */
export const erfc = unaryOp(erfcP);
export const erfInvP = elementwisePrimitive("erf_inv", "float");
/** `lax.erfInv(x)`: inverse error function. @category elementwise */
export const erfInv = unaryOp(erfInvP);
export const lgammaP = elementwisePrimitive("lgamma", "float");
/** `lax.lgamma(x)`: log |Gamma(x)|. @category elementwise */
export const lgamma = unaryOp(lgammaP);
export const digammaP = elementwisePrimitive("digamma", "float");
/** `lax.digamma(x)`: digamma psi(x) = Gamma'(x) / Gamma(x); NaN at 0 and negative integers. @category elementwise */
export const digamma = unaryOp(digammaP);
export const atan2P = elementwisePrimitive("atan2", "float");
/** `lax.atan2(y, x)`: the angle of the point (x, y), in [-pi, pi]. @category elementwise */
export const atan2 = binaryOp(atan2P);
