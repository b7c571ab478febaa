// Comparison, logical, bitwise and float-class ufuncs of jaxts/numpy, plus
// isclose/allclose/arrayEqual/arrayEquiv and gcd/lcm. Comparisons promote
// like arithmetic and return bool; logical ops compare with zero first;
// shifts pick logical or arithmetic right shifts by signedness, as JAX.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { dtypeInfo } from "../core/dtype.js";
import { DTypeError, ShapeError } from "../core/errors.js";
import { broadcastShapes, shapeEq } from "../core/shape.js";
import * as lax from "../lax/elementwise.js";
import { reduceAnd } from "../lax/reduce.js";
import { absolute, floorDivide, multiply } from "./math.js";
import { fullBool, isFloatDType, isIntDType, isUIntDType, operand, promoteArgsInexact, promoteArgsNumeric, requireKind, select, toBool } from "./math-util.js";
import { promoteArgs, promoteDTypes, toDType } from "./util.js";

type Bin = [NDArray, NDArray];
const cmp = (name: string, f: (a: NDArray, b: NDArray) => NDArray) => (x: ArrayLike, y: ArrayLike): NDArray =>
  f(...(promoteArgs(`np.${name}`, [x, y]) as Bin));

/** `np.equal(x, y)`. @category logic */
export const equal = cmp("equal", lax.eq);
/** `np.notEqual(x, y)`. @category logic */
export const notEqual = cmp("not_equal", lax.ne);
/** `np.less(x, y)`. @category logic */
export const less = cmp("less", lax.lt);
/** `np.lessEqual(x, y)`. @category logic */
export const lessEqual = cmp("less_equal", lax.le);
/** `np.greater(x, y)`. @category logic */
export const greater = cmp("greater", lax.gt);
/** `np.greaterEqual(x, y)`. @category logic */
export const greaterEqual = cmp("greater_equal", lax.ge);

const logical = (name: string, f: (a: NDArray, b: NDArray) => NDArray) => (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs(`np.${name}`, [x, y]) as Bin;
  return f(toBool(a), toBool(b));
};
/** `np.logicalAnd(x, y)`: (x != 0) & (y != 0). @category logic */
export const logicalAnd = logical("logical_and", lax.bitwiseAnd);
/** `np.logicalOr(x, y)`. @category logic */
export const logicalOr = logical("logical_or", lax.bitwiseOr);
/** `np.logicalXor(x, y)`. @category logic */
export const logicalXor = logical("logical_xor", lax.bitwiseXor);
/** `np.logicalNot(x)`: x == 0. @category logic */
export const logicalNot = (x: ArrayLike): NDArray => lax.bitwiseNot(toBool(promoteArgs("np.logical_not", [x])[0]));

const bitwise = (name: string, f: (a: NDArray, b: NDArray) => NDArray) => (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs(`np.${name}`, [x, y]) as Bin;
  requireKind(`np.${name}`, a.dtype, !isFloatDType(a.dtype), "an integer or bool dtype");
  return f(a, b);
};
/** `np.bitwiseAnd(x, y)`. @category bits */
export const bitwiseAnd = bitwise("bitwise_and", lax.bitwiseAnd);
/** `np.bitwiseOr(x, y)`. @category bits */
export const bitwiseOr = bitwise("bitwise_or", lax.bitwiseOr);
/** `np.bitwiseXor(x, y)`. @category bits */
export const bitwiseXor = bitwise("bitwise_xor", lax.bitwiseXor);
/** `np.bitwiseNot(x)`: ~x (logical not for bool). @category bits */
export const bitwiseNot = (x: ArrayLike): NDArray => {
  const [a] = promoteArgs("np.bitwise_not", [x]);
  requireKind("np.bitwise_not", a.dtype, !isFloatDType(a.dtype), "an integer or bool dtype");
  return lax.bitwiseNot(a);
};
/** `np.invert`, alias of bitwiseNot. @category bits */
export const invert = bitwiseNot;
/** `np.bitwiseInvert`, alias of bitwiseNot. @category bits */
export const bitwiseInvert = bitwiseNot;

/** `np.leftShift(x, y)`: x << y (bool promotes to int32). @category bits */
export const leftShift = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgsNumeric("np.left_shift", [x, y]) as Bin;
  requireKind("np.left_shift", a.dtype, isIntDType(a.dtype), "an integer dtype");
  return lax.shiftLeft(a, b);
};
/** `np.rightShift(x, y)`: arithmetic for signed ints, logical for unsigned. @category bits */
export const rightShift = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgsNumeric("np.right_shift", [x, y]) as Bin;
  requireKind("np.right_shift", a.dtype, isIntDType(a.dtype), "an integer dtype");
  return isUIntDType(a.dtype) ? lax.shiftRightLogical(a, b) : lax.shiftRightArithmetic(a, b);
};

/** `np.isnan(x)`. @category logic */
export const isnan = (x: ArrayLike): NDArray => {
  const a = operand("np.isnan", x);
  return lax.ne(a, a);
};
/** `np.isinf(x)`: false for ints and bools. @category logic */
export const isinf = (x: ArrayLike): NDArray => {
  const a = operand("np.isinf", x);
  return isFloatDType(a.dtype) ? lax.eq(lax.abs(a), Infinity) : fullBool(a, false);
};
/** `np.isfinite(x)`: true for ints and bools. @category logic */
export const isfinite = (x: ArrayLike): NDArray => {
  const a = operand("np.isfinite", x);
  return isFloatDType(a.dtype) ? lax.isFinite(a) : fullBool(a, true);
};
/** `np.isposinf(x)`. @category logic */
export const isposinf = (x: ArrayLike): NDArray => {
  const a = operand("np.isposinf", x);
  return isFloatDType(a.dtype) ? lax.eq(a, Infinity) : fullBool(a, false);
};
/** `np.isneginf(x)`. @category logic */
export const isneginf = (x: ArrayLike): NDArray => {
  const a = operand("np.isneginf", x);
  return isFloatDType(a.dtype) ? lax.eq(a, -Infinity) : fullBool(a, false);
};

/** Options of isclose/allclose. */
export interface IsCloseOptions {
  readonly rtol?: number;
  readonly atol?: number;
  readonly equalNan?: boolean;
}

/** `np.isclose(a, b, { rtol = 1e-5, atol = 1e-8, equalNan })`: |a - b| <= atol + rtol * |b|. @category logic */
export const isclose = (a: ArrayLike, b: ArrayLike, opts: IsCloseOptions = {}): NDArray => {
  const { rtol = 1e-5, atol = 1e-8, equalNan = false } = opts;
  promoteArgs("np.isclose", [a, b]);
  const [x, y] = promoteArgsInexact("np.isclose", [a, b]) as Bin;
  const inRange = lax.le(lax.abs(lax.sub(x, y)), lax.add(lax.mul(lax.abs(y), rtol), atol));
  const out = lax.bitwiseOr(lax.eq(x, y), lax.bitwiseAnd(lax.isFinite(y), inRange));
  return equalNan ? lax.bitwiseOr(out, lax.bitwiseAnd(lax.ne(x, x), lax.ne(y, y))) : out;
};

const allOf = (x: NDArray): NDArray => reduceAnd(x, x.shape.map((_, i) => i));

/** `np.allclose(a, b, opts)`: all of isclose, as a 0-d bool array. @category logic */
export const allclose = (a: ArrayLike, b: ArrayLike, opts: IsCloseOptions = {}): NDArray => allOf(isclose(a, b, opts));

/** `np.arrayEqual(a, b, { equalNan })`: same shape and all elements equal (0-d bool). @category logic */
export const arrayEqual = (a: ArrayLike, b: ArrayLike, opts: { readonly equalNan?: boolean } = {}): NDArray => {
  const x = operand("np.array_equal", a);
  const y = operand("np.array_equal", b);
  if (!shapeEq(x.shape, y.shape)) return toDType(false, "bool", false, "np.array_equal");
  const [p, q] = promoteDTypes("np.array_equal", [x, y]) as Bin;
  let eq = lax.eq(p, q);
  if (opts.equalNan) eq = lax.bitwiseOr(eq, lax.bitwiseAnd(lax.ne(p, p), lax.ne(q, q)));
  return allOf(eq);
};

/** `np.arrayEquiv(a, b)`: broadcastable and all elements equal (0-d bool). @category logic */
export const arrayEquiv = (a: ArrayLike, b: ArrayLike): NDArray => {
  const x = operand("np.array_equiv", a);
  const y = operand("np.array_equiv", b);
  try {
    broadcastShapes([x.shape, y.shape], "np.array_equiv");
  } catch (e) {
    if (e instanceof ShapeError) return toDType(false, "bool", false, "np.array_equiv");
    throw e;
  }
  return allOf(equal(x, y));
};

const requireIntegers = (where: string, a: NDArray): void => {
  if (!isIntDType(a.dtype)) throw new DTypeError(`[${where}] arguments must be integers, got ${a.dtype}`);
};

/**
 * `np.gcd(x1, x2)`: greatest common divisor of |x1| and |x2|. Euclid's
 * algorithm runs a fixed number of steps (enough for the dtype's width), so it
 * also traces without a while loop.
 * @category math
 */
export const gcd = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a0, b0] = promoteArgs("np.gcd", [x1, x2]) as Bin;
  requireIntegers("np.gcd", a0);
  let a = absolute(a0);
  let b = absolute(b0);
  // Euclid needs at most ~1.44 * bits + 2 steps (consecutive Fibonacci numbers).
  const steps = Math.ceil(1.45 * dtypeInfo(a.dtype).bits) + 2;
  for (let i = 0; i < steps; i++) {
    const nz = lax.ne(b, 0);
    const safe = select(nz, b, 1);
    const na = select(nz, b, a);
    const nb = select(nz, lax.rem(a, safe), 0);
    const swap = lax.lt(na, nb);
    a = select(swap, nb, na);
    b = select(swap, na, nb);
  }
  return a;
};

/** `np.lcm(x1, x2)`: least common multiple of |x1| and |x2| (0 if either is 0). @category math */
export const lcm = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a0, b0] = promoteArgs("np.lcm", [x1, x2]) as Bin;
  requireIntegers("np.lcm", a0);
  const a = absolute(a0);
  const b = absolute(b0);
  const d = gcd(a, b);
  return select(lax.eq(d, 0), 0, multiply(a, floorDivide(b, select(lax.eq(d, 0), 1, d))));
};
