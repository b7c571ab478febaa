// Rounding and float-structure ufuncs of jaxts/numpy: round/around, rint,
// floor, ceil, trunc, fix, nanToNum, signbit, copysign, ldexp, frexp, modf.
// Integer inputs pass through where JAX lets them; the bit-level functions
// read the IEEE layout through lax.bitcastConvertType as JAX does.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, defaultFloat } from "../core/dtype.js";
import { finfo } from "../core/dtype-info.js";
import { DTypeError, NotImplementedError, ValueError } from "../core/errors.js";
import { bitcastConvertType, convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import { isFloatDType, isIntDType, operand, promoteArgsInexact, promoteDTypesInexact, select } from "./math-util.js";
import { toDType } from "./util.js";

/** `np.round(x, decimals)`: round half to even; ints pass through. @category math */
export const round = (x: ArrayLike, decimals = 0): NDArray => {
  const a = operand("np.round", x);
  if (!Number.isInteger(decimals)) throw new ValueError(`[np.round] decimals must be an integer, got ${decimals}`);
  if (isIntDType(a.dtype)) {
    if (decimals < 0) throw new NotImplementedError(`[np.round] integer round is not implemented for decimals < 0, got ${decimals}`);
    return a;
  }
  if (a.dtype === "bool") throw new DTypeError(`[np.round] expected a numeric dtype, got bool`);
  if (decimals === 0) return lax.round(a, "toNearestEven");
  if (decimals > Math.log10(finfo(a.dtype).max)) return a;
  // float16 rescales in float32 to limit rounding error, as JAX does.
  const work = a.dtype === "float16" ? convertElementType(a, "float32") : a;
  const factor = 10 ** decimals;
  const out = lax.div(lax.round(lax.mul(work, factor), "toNearestEven"), factor);
  return a.dtype === "float16" ? convertElementType(out, "float16", a.weakType) : out;
};
/** `np.around`, alias of round. @category math */
export const around = round;

/** `np.rint(x)`: round half to even; ints and bools become the default float. @category math */
export const rint = (x: ArrayLike): NDArray => {
  const a = operand("np.rint", x);
  if (!isFloatDType(a.dtype)) return convertElementType(a, canonicalize(defaultFloat()));
  return lax.round(a, "toNearestEven");
};

/** `np.floor(x)`: ints and bools pass through. @category math */
export const floor = (x: ArrayLike): NDArray => {
  const a = operand("np.floor", x);
  return isFloatDType(a.dtype) ? lax.floor(a) : a;
};

/** `np.ceil(x)`: ints and bools pass through. @category math */
export const ceil = (x: ArrayLike): NDArray => {
  const a = operand("np.ceil", x);
  return isFloatDType(a.dtype) ? lax.ceil(a) : a;
};

/** `np.trunc(x)`: round toward zero; ints and bools pass through. @category math */
export const trunc = (x: ArrayLike): NDArray => {
  const a = operand("np.trunc", x);
  return isFloatDType(a.dtype) ? select(lax.lt(a, 0), lax.ceil(a), lax.floor(a)) : a;
};
/** `np.fix`: round toward zero (JAX deprecated it for trunc; kept as an alias). @category math */
export const fix = trunc;

/** Options of `nanToNum`. */
export interface NanToNumOptions {
  readonly nan?: number;
  readonly posinf?: number | null;
  readonly neginf?: number | null;
}

/** `np.nanToNum(x, { nan, posinf, neginf })`: NaN → nan (0), ±inf → the dtype's max/min by default. @category math */
export const nanToNum = (x: ArrayLike, opts: NanToNumOptions = {}): NDArray => {
  const a = operand("np.nan_to_num", x);
  if (!isFloatDType(a.dtype)) return a;
  const info = finfo(a.dtype);
  const c = (v: number) => toDType(v, a.dtype, false, "np.nan_to_num");
  let out = select(lax.ne(a, a), c(opts.nan ?? 0), a);
  out = select(lax.eq(out, Infinity), c(opts.posinf ?? info.max), out);
  return select(lax.eq(out, -Infinity), c(opts.neginf ?? info.min), out);
};

const INT_OF_BITS: Record<number, "int16" | "int32" | "int64"> = { 16: "int16", 32: "int32", 64: "int64" };

/** `np.signbit(x)`: true where the sign bit is set (also -0 and -NaN). @category math */
export const signbit = (x: ArrayLike): NDArray => {
  const a = operand("np.signbit", x);
  if (isIntDType(a.dtype)) return lax.lt(a, 0);
  if (a.dtype === "bool") return lax.ne(a, a);
  const info = finfo(a.dtype);
  return lax.lt(bitcastConvertType(a, INT_OF_BITS[info.bits]), 0);
};

/** `np.copysign(x1, x2)`: |x1| with the sign of x2 (as a float). @category math */
export const copysign = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a, b] = promoteArgsInexact("np.copysign", [x1, x2]) as [NDArray, NDArray];
  return select(signbit(b), lax.neg(lax.abs(a)), lax.abs(a));
};

/** Mantissa in [0.5, 1) and exponent, as JAX's _frexp (bit manipulation). */
const frexpFloat = (x: NDArray): [NDArray, NDArray] => {
  const info = finfo(x.dtype);
  const it = INT_OF_BITS[info.bits];
  const mask = 2 ** info.nexp - 1;
  const bias = 1 - info.minexp;
  const tiny = lax.lt(lax.abs(x), info.tiny);
  const xn = select(tiny, lax.mul(x, 2 ** info.nmant), x);
  let e = select(tiny, toDType(-info.nmant, it, false, "np.frexp"), toDType(0, it, false, "np.frexp"));
  let bits = bitcastConvertType(xn, it);
  const nm = toDType(info.nmant, it, false, "np.frexp");
  e = lax.add(e, lax.add(lax.sub(lax.bitwiseAnd(lax.shiftRightArithmetic(bits, nm), mask), bias), 1));
  const clear = lax.bitwiseNot(lax.shiftLeft(toDType(mask, it, false, "np.frexp"), nm));
  bits = lax.bitwiseOr(lax.bitwiseAnd(bits, clear), lax.shiftLeft(toDType(bias - 1, it, false, "np.frexp"), nm));
  const m = bitcastConvertType(bits, x.dtype);
  const special = lax.bitwiseOr(lax.bitwiseOr(lax.eq(lax.abs(x), Infinity), lax.ne(x, x)), lax.eq(x, 0));
  return [select(special, x, m), convertElementType(select(special, toDType(0, it, false, "np.frexp"), e), "int32")];
};

/** `np.frexp(x)`: `[mantissa, exponent]` with x = m * 2**e, 0.5 <= |m| < 1; e is int32. @category math */
export const frexp = (x: ArrayLike): [NDArray, NDArray] => frexpFloat(promoteDTypesInexact("np.frexp", [x])[0]);

/** `np.ldexp(x1, x2)`: x1 * 2**x2 for integer x2, without intermediate overflow. @category math */
export const ldexp = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const a0 = operand("np.ldexp", x1);
  const b0 = operand("np.ldexp", x2);
  if (isFloatDType(b0.dtype)) throw new DTypeError(`[np.ldexp] the exponent must be an integer array, got ${b0.dtype}`);
  const [a] = promoteDTypesInexact("np.ldexp", [a0]);
  const [m0, e0] = frexpFloat(a);
  const eSum = lax.add(convertElementType(e0, a.dtype), convertElementType(b0, a.dtype));
  // The exponent may overflow by one and still give a finite result.
  const pos = lax.gt(eSum, 0);
  const m = select(pos, lax.mul(m0, 2), m0);
  const e = select(pos, lax.sub(eSum, 1), eSum);
  const r = lax.mul(m, lax.exp2(e));
  const keep = lax.bitwiseOr(lax.eq(lax.abs(a), Infinity), lax.eq(a, 0));
  return select(keep, a, r);
};

/** `np.modf(x)`: `[fractional, integral]` parts, both with x's sign. @category math */
export const modf = (x: ArrayLike): [NDArray, NDArray] => {
  const [a] = promoteDTypesInexact("np.modf", [x]);
  const whole = select(lax.ge(a, 0), lax.floor(a), lax.ceil(a));
  return [lax.sub(a, whole), whole];
};
