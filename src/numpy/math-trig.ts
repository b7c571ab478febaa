// Transcendental ufuncs of jaxts/numpy: exp/log families, trigonometric and
// hyperbolic functions, angle conversion, logaddexp and sinc. Integer and
// bool inputs promote to float32 (float64 for 64-bit ints), as JAX's
// promote_args_inexact; the math itself is one lax function each.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import * as lax from "../lax/elementwise.js";
import { promoteArgsInexact, promoteDTypesInexact, select } from "./math-util.js";

const unary = (name: string, f: (x: NDArray) => NDArray) => (x: ArrayLike): NDArray => f(promoteDTypesInexact(`np.${name}`, [x])[0]);

/** `np.sqrt(x)`. @category math */
export const sqrt = unary("sqrt", lax.sqrt);
/** `np.cbrt(x)`. @category math */
export const cbrt = unary("cbrt", lax.cbrt);
/** `np.exp(x)`. @category math */
export const exp = unary("exp", lax.exp);
/** `np.exp2(x)`: 2 ** x. @category math */
export const exp2 = unary("exp2", lax.exp2);
/** `np.expm1(x)`: exp(x) - 1, accurate near 0. @category math */
export const expm1 = unary("expm1", lax.expm1);
/** `np.log(x)`. @category math */
export const log = unary("log", lax.log);
/** `np.log1p(x)`: log(1 + x), accurate near 0. @category math */
export const log1p = unary("log1p", lax.log1p);
/** `np.log2(x)`: log(x) / log(2), as JAX computes it. @category math */
export const log2 = unary("log2", (x) => lax.div(lax.log(x), Math.LN2));
/** `np.log10(x)`: log(x) * (1 / log(10)), as JAX computes it. @category math */
export const log10 = unary("log10", (x) => lax.mul(lax.log(x), 0.4342944819032518));
/** `np.sin(x)`. @category math */
export const sin = unary("sin", lax.sin);
/** `np.cos(x)`. @category math */
export const cos = unary("cos", lax.cos);
/** `np.tan(x)`. @category math */
export const tan = unary("tan", lax.tan);
/** `np.arcsin(x)`. @category math */
export const arcsin = unary("arcsin", lax.asin);
/** `np.arccos(x)`. @category math */
export const arccos = unary("arccos", lax.acos);
/** `np.arctan(x)`. @category math */
export const arctan = unary("arctan", lax.atan);
/** `np.sinh(x)`. @category math */
export const sinh = unary("sinh", lax.sinh);
/** `np.cosh(x)`. @category math */
export const cosh = unary("cosh", lax.cosh);
/** `np.tanh(x)`. @category math */
export const tanh = unary("tanh", lax.tanh);
/** `np.arcsinh(x)`. @category math */
export const arcsinh = unary("arcsinh", lax.asinh);
/** `np.arccosh(x)`. @category math */
export const arccosh = unary("arccosh", lax.acosh);
/** `np.arctanh(x)`. @category math */
export const arctanh = unary("arctanh", lax.atanh);
/** Array-API aliases. @category math */
export const asin = arcsin;
/** @category math */
export const acos = arccos;
/** @category math */
export const atan = arctan;
/** @category math */
export const asinh = arcsinh;
/** @category math */
export const acosh = arccosh;
/** @category math */
export const atanh = arctanh;

/** `np.arctan2(y, x)`: the angle of (x, y), quadrant-aware. @category math */
export const arctan2 = (y: ArrayLike, x: ArrayLike): NDArray => lax.atan2(...(promoteArgsInexact("np.arctan2", [y, x]) as [NDArray, NDArray]));
/** @category math */
export const atan2 = arctan2;

/** `np.deg2rad(x)`: x * π/180. @category math */
export const deg2rad = unary("deg2rad", (x) => lax.mul(x, Math.PI / 180));
/** `np.rad2deg(x)`: x * 180/π. @category math */
export const rad2deg = unary("rad2deg", (x) => lax.mul(x, 180 / Math.PI));
/** `np.radians`, alias of deg2rad. @category math */
export const radians = deg2rad;
/** `np.degrees`, alias of rad2deg. @category math */
export const degrees = rad2deg;

/**
 * `np.logaddexp(x1, x2)`: log(exp(x1) + exp(x2)) without overflow;
 * infinities of the same sign and NaNs pass through.
 * @category math
 */
export const logaddexp = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a, b] = promoteArgsInexact("np.logaddexp", [x1, x2]) as [NDArray, NDArray];
  const amax = lax.max(a, b);
  const delta = lax.sub(a, b);
  return select(lax.ne(delta, delta), lax.add(a, b), lax.add(amax, lax.log1p(lax.exp(lax.neg(lax.abs(delta))))));
};

/** `np.logaddexp2(x1, x2)`: log2(2**x1 + 2**x2) without overflow. @category math */
export const logaddexp2 = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a, b] = promoteArgsInexact("np.logaddexp2", [x1, x2]) as [NDArray, NDArray];
  const amax = lax.max(a, b);
  const delta = lax.sub(a, b);
  const tail = lax.mul(lax.log1p(lax.exp2(lax.neg(lax.abs(delta)))), 1 / Math.LN2);
  return select(lax.ne(delta, delta), lax.add(a, b), lax.add(amax, tail));
};

/** `np.sinc(x)`: sin(πx) / (πx), 1 at 0. @category math */
export const sinc = unary("sinc", (x) => {
  const zero = lax.eq(x, 0);
  const pix = lax.mul(x, Math.PI);
  const safe = select(zero, 1, pix);
  return select(zero, 1, lax.div(lax.sin(safe), safe));
});
