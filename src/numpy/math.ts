// Arithmetic ufuncs of jaxts/numpy (jax.numpy's ufuncs.py): promotion and
// broadcasting first, then lax. Integer division and remainders follow
// Python's floor conventions exactly as JAX writes them; power picks
// integer_pow for JS integer exponents and binary exponentiation for ints.

import { ConcreteArray, type NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { DTypeError } from "../core/errors.js";
import * as lax from "../lax/elementwise.js";
import {
  isIntDType,
  isUIntDType,
  operand,
  promoteArgsInexact,
  promoteArgsNumeric,
  promoteDTypesInexact,
  promoteDTypesNumeric,
  select,
} from "./math-util.js";
import { promoteArgs, toDType } from "./util.js";

type Bin = [NDArray, NDArray];
const noBool = (where: string, x: NDArray, hint: string): void => {
  if (x.dtype === "bool") throw new DTypeError(`[np.${where}] expected a numeric dtype, got bool; ${hint}`);
};

/** `np.add(x, y)`; for bool it is logical or. @category math */
export const add = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs("np.add", [x, y]) as Bin;
  return a.dtype === "bool" ? lax.bitwiseOr(a, b) : lax.add(a, b);
};

/** `np.subtract(x, y)`; bool operands are rejected as in JAX. @category math */
export const subtract = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs("np.subtract", [x, y]) as Bin;
  noBool("subtract", a, "use np.logicalXor for booleans");
  return lax.sub(a, b);
};

/** `np.multiply(x, y)`; for bool it is logical and. @category math */
export const multiply = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs("np.multiply", [x, y]) as Bin;
  return a.dtype === "bool" ? lax.bitwiseAnd(a, b) : lax.mul(a, b);
};

/** `np.trueDivide(x, y)`: ints and bools divide as floats. @category math */
export const trueDivide = (x: ArrayLike, y: ArrayLike): NDArray => lax.div(...(promoteArgsInexact("np.true_divide", [x, y]) as Bin));
/** `np.divide(x, y)`, alias of trueDivide. @category math */
export const divide = trueDivide;

/** CPython's float_divmod, as JAX's _float_divmod. */
const floatDivmod = (x1: NDArray, x2: NDArray): Bin => {
  let mod = lax.rem(x1, x2);
  const x1c = select(lax.eq(x2, 0), x1, lax.sub(x1, mod));
  let div = lax.div(x1c, x2);
  const ind = lax.bitwiseAnd(lax.ne(mod, 0), lax.ne(lax.sign(x2), lax.sign(mod)));
  mod = select(ind, lax.add(mod, x2), mod);
  div = select(ind, lax.sub(div, 1), div);
  return [lax.round(div, "toNearestEven"), mod];
};

const intFloorDivide = (a: NDArray, b: NDArray): NDArray => {
  if (isUIntDType(a.dtype)) return lax.div(a, b);
  const q = lax.div(a, b);
  const fix = lax.bitwiseAnd(lax.ne(lax.sign(a), lax.sign(b)), lax.ne(lax.rem(a, b), 0));
  return select(fix, lax.sub(q, 1), q);
};

/** `np.floorDivide(x, y)`: floor(x / y) with Python's conventions. @category math */
export const floorDivide = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgsNumeric("np.floor_divide", [x, y]) as Bin;
  return isIntDType(a.dtype) ? intFloorDivide(a, b) : floatDivmod(a, b)[0];
};

const remainderOf = (a: NDArray, b0: NDArray): NDArray => {
  const b = isIntDType(b0.dtype) ? select(lax.eq(b0, 0), 1, b0) : b0;
  const t = lax.rem(a, b);
  const doPlus = lax.bitwiseAnd(lax.ne(lax.lt(t, 0), lax.lt(b, 0)), lax.ne(t, 0));
  return select(doPlus, lax.add(t, b), t);
};

/** `np.remainder(x, y)`: the result has the sign of `y` (Python's %). Int division by 0 gives 0. @category math */
export const remainder = (x: ArrayLike, y: ArrayLike): NDArray => remainderOf(...(promoteArgsNumeric("np.remainder", [x, y]) as Bin));
/** `np.mod(x, y)`, alias of remainder. @category math */
export const mod = remainder;

/** `np.fmod(x, y)`: C's fmod, the result has the sign of `x`. @category math */
export const fmod = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgsNumeric("np.fmod", [x, y]) as Bin;
  return lax.rem(a, isIntDType(b.dtype) ? select(lax.eq(b, 0), 1, b) : b);
};

/** `np.divmod(x, y)`: `[floorDivide(x, y), remainder(x, y)]`. @category math */
export const divmod = (x: ArrayLike, y: ArrayLike): [NDArray, NDArray] => {
  const [a, b] = promoteArgsNumeric("np.divmod", [x, y]) as Bin;
  return isIntDType(a.dtype) ? [intFloorDivide(a, b), remainderOf(a, b)] : floatDivmod(a, b);
};

/** Binary exponentiation for integer bases and exponents (JAX's _pow_int_int). */
const powIntInt = (x1: NDArray, x2: NDArray): NDArray => {
  const [zero, one] = [0, 1].map((v) => toDType(v, x1.dtype, false, "np.power"));
  let acc = select(lax.bitwiseAnd(lax.eq(x1, 0), lax.ne(x2, 0)), zero, one);
  let base = x1;
  let e = x2;
  for (let i = 0; i < 6; i++) {
    acc = select(lax.ne(lax.bitwiseAnd(e, 1), 0), lax.mul(acc, base), acc);
    base = lax.mul(base, base);
    e = lax.shiftRightLogical(e, 1);
  }
  return acc;
};

/** A concrete integer exponent (JS integer or concrete 0-d integer array), as JAX's operator.index check. */
const concreteIntExponent = (y: ArrayLike): number | null => {
  if (typeof y === "number") return Number.isInteger(y) ? y : null;
  if (y instanceof ConcreteArray && y.ndim === 0 && isIntDType(y.dtype)) return Number(y.item());
  return null;
};

/**
 * `np.power(x, y)`: integer JS exponents use `lax.integerPow` (exact for
 * floats); integer arrays use binary exponentiation; otherwise `lax.pow`.
 * @category math
 */
export const power = (x: ArrayLike, y: ArrayLike): NDArray => {
  const n = concreteIntExponent(y);
  if (n !== null) {
    const [a] = promoteDTypesNumeric("np.power", [x]);
    if (n < 0 && isIntDType(a.dtype)) throw new DTypeError(`[np.power] integers cannot be raised to negative powers, got ${a.dtype} ** ${n}`);
    return lax.integerPow(a, n);
  }
  const [a, b] = promoteArgsNumeric("np.power", [x, y]) as Bin;
  return isIntDType(a.dtype) ? powIntInt(a, b) : lax.pow(a, b);
};
/** `np.pow`, alias of power. @category math */
export const pow = power;

/** `np.floatPower(x, y)`: power computed in floating point. @category math */
export const floatPower = (x: ArrayLike, y: ArrayLike): NDArray => lax.pow(...(promoteArgsInexact("np.float_power", [x, y]) as Bin));

/** `np.negative(x)`; bool is rejected as in JAX. @category math */
export const negative = (x: ArrayLike): NDArray => {
  const [a] = promoteArgs("np.negative", [x]);
  noBool("negative", a, "use np.logicalNot for booleans");
  return lax.neg(a);
};

/** `np.positive(x)`: x itself. @category math */
export const positive = (x: ArrayLike): NDArray => promoteArgs("np.positive", [x])[0];

/** `np.absolute(x)`: bool and unsigned pass through. @category math */
export const absolute = (x: ArrayLike): NDArray => {
  const a = operand("np.absolute", x);
  return a.dtype === "bool" || isUIntDType(a.dtype) ? a : lax.abs(a);
};
/** `np.abs`, alias of absolute. @category math */
export const abs = absolute;
/** `np.fabs(x)`: absolute value as a float. @category math */
export const fabs = (x: ArrayLike): NDArray => lax.abs(promoteDTypesInexact("np.fabs", [x])[0]);

/** `np.sign(x)`: -1, 0 or 1 (NaN stays NaN); bool is rejected. @category math */
export const sign = (x: ArrayLike): NDArray => {
  const [a] = promoteArgs("np.sign", [x]);
  noBool("sign", a, "sign is not defined for booleans");
  return lax.sign(a);
};

/** `np.reciprocal(x)`: 1 / x as a float. @category math */
export const reciprocal = (x: ArrayLike): NDArray => lax.integerPow(promoteDTypesInexact("np.reciprocal", [x])[0], -1);

/** `np.square(x)`: bool squares as int32. @category math */
export const square = (x: ArrayLike): NDArray => lax.square(promoteDTypesNumeric("np.square", [x])[0]);

/** `np.maximum(x, y)`: NaN propagates. @category math */
export const maximum = (x: ArrayLike, y: ArrayLike): NDArray => lax.max(...(promoteArgs("np.maximum", [x, y]) as Bin));
/** `np.minimum(x, y)`: NaN propagates. @category math */
export const minimum = (x: ArrayLike, y: ArrayLike): NDArray => lax.min(...(promoteArgs("np.minimum", [x, y]) as Bin));

/** `np.fmax(x, y)`: maximum ignoring NaN where the other side is a number. @category math */
export const fmax = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs("np.fmax", [x, y]) as Bin;
  return select(lax.bitwiseOr(lax.gt(a, b), lax.ne(b, b)), a, b);
};
/** `np.fmin(x, y)`: minimum ignoring NaN where the other side is a number. @category math */
export const fmin = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteArgs("np.fmin", [x, y]) as Bin;
  return select(lax.bitwiseOr(lax.lt(a, b), lax.ne(b, b)), a, b);
};

/** Options of `clip`. */
export interface ClipOptions {
  readonly min?: ArrayLike | null;
  readonly max?: ArrayLike | null;
}

/**
 * `np.clip(x, min, max)` or `np.clip(x, { min, max })`: maximum(min, x),
 * then minimum(max, ·), so max wins when min > max.
 * @category math
 */
export const clip = (x: ArrayLike, min?: ArrayLike | ClipOptions | null, max?: ArrayLike | null): NDArray => {
  let lo: ArrayLike | null | undefined = min as ArrayLike | null | undefined;
  let hi = max;
  if (min !== null && typeof min === "object" && !Array.isArray(min) && !ArrayBuffer.isView(min) && !("shape" in min)) {
    lo = (min as ClipOptions).min;
    hi = (min as ClipOptions).max;
  }
  let out = operand("np.clip", x);
  if (lo !== undefined && lo !== null) out = maximum(lo, out);
  if (hi !== undefined && hi !== null) out = minimum(hi, out);
  return out;
};

/** `np.heaviside(x1, x2)`: 0 below zero, 1 above, x2 at zero. @category math */
export const heaviside = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  const [a, b] = promoteArgsInexact("np.heaviside", [x1, x2]) as Bin;
  return select(lax.lt(a, 0), 0, select(lax.gt(a, 0), 1, select(lax.ne(a, a), a, b)));
};

/** `np.hypot(x1, x2)`: sqrt(x1² + x2²) without overflow. @category math */
export const hypot = (x1: ArrayLike, x2: ArrayLike): NDArray => {
  let [a, b] = promoteArgsInexact("np.hypot", [x1, x2]) as Bin;
  a = lax.abs(a);
  b = lax.abs(b);
  const inf = lax.bitwiseOr(lax.eq(a, Infinity), lax.eq(b, Infinity));
  [a, b] = [lax.max(a, b), lax.min(a, b)];
  const safe = select(lax.eq(a, 0), 1, a);
  const r = select(lax.eq(a, 0), a, lax.mul(a, lax.sqrt(lax.add(lax.square(lax.div(b, safe)), 1))));
  return select(inf, Infinity, r);
};
