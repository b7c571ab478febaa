// Arithmetic elementwise primitives: add sub mul div rem pow max min neg sign
// abs square integer_pow nextafter floor ceil round is_finite clamp select_n.
// Dtype rules follow JAX's lax (e.g. pow takes a float base and a float or
// integer exponent; abs takes signed ints and floats; max/min take bool).

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { dtypeInfo } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { shapeEq } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { binaryOp, elementwisePrimitive, toBool, unaryOp } from "./elementwise-base.js";
import { broadcastAll, broadcastTo, checkSameShapeDType, elementwiseOperands, laxOperand, requireDType } from "./util.js";

export const addP = elementwisePrimitive("add", "num");
export const subP = elementwisePrimitive("sub", "num");
export const mulP = elementwisePrimitive("mul", "num");
export const divP = elementwisePrimitive("div", "num");
export const remP = elementwisePrimitive("rem", "num");
export const maxP = elementwisePrimitive("max", "any");
export const minP = elementwisePrimitive("min", "any");
export const nextafterP = elementwisePrimitive("nextafter", "float");
export const negP = elementwisePrimitive("neg", "num");
export const signP = elementwisePrimitive("sign", "num");
export const absP = elementwisePrimitive("abs", "signedNum");
export const squareP = elementwisePrimitive("square", "num");
export const floorP = elementwisePrimitive("floor", "float");
export const ceilP = elementwisePrimitive("ceil", "float");
export const isFiniteP = elementwisePrimitive("is_finite", "float", { outDType: toBool, traits: { nonDifferentiable: true } });

/** `lax.add(x, y)`: x + y (integers wrap). @category elementwise */
export const add = binaryOp(addP);
/** `lax.sub(x, y)`: x - y. @category elementwise */
export const sub = binaryOp(subP);
/** `lax.mul(x, y)`: x * y (integers wrap). @category elementwise */
export const mul = binaryOp(mulP);
/**
 * `lax.div(x, y)`: integers round toward zero, x / 0 is -1 (all bits set)
 * and INT_MIN / -1 is INT_MIN, as XLA on CPU.
 * @category elementwise
 */
export const div = binaryOp(divP);
/** `lax.rem(x, y)`: C's fmod (sign of x); integer x rem 0 is x. @category elementwise */
export const rem = binaryOp(remP);
/** `lax.max(x, y)`: elementwise maximum; NaN propagates. @category elementwise */
export const max = binaryOp(maxP);
/** `lax.min(x, y)`: elementwise minimum; NaN propagates. @category elementwise */
export const min = binaryOp(minP);
/** `lax.nextafter(x, y)`: the next float after x toward y, in x's dtype. @category elementwise */
export const nextafter = binaryOp(nextafterP);
/** `lax.neg(x)`: -x (unsigned and INT_MIN wrap). @category elementwise */
export const neg = unaryOp(negP);
/** `lax.sign(x)`: -1, 0 or 1; keeps ±0 and NaN for floats. @category elementwise */
export const sign = unaryOp(signP);
/** `lax.abs(x)`: |x|; abs(INT_MIN) is INT_MIN. @category elementwise */
export const abs = unaryOp(absP);
/** `lax.square(x)`: x * x. @category elementwise */
export const square = unaryOp(squareP);
/** `lax.floor(x)`. @category elementwise */
export const floor = unaryOp(floorP);
/** `lax.ceil(x)`. @category elementwise */
export const ceil = unaryOp(ceilP);
/** `lax.isFinite(x)`: neither ±inf nor NaN. @category elementwise */
export const isFinite = unaryOp(isFiniteP);

// ---- pow: float base, float (same dtype) or integer exponent ----
export const powP = definePrimitive({
  name: "pow",
  traits: { elementwise: true },
  abstractEval: ([x, y]) => {
    if (!shapeEq(x.shape, y.shape))
      throw new ShapeError(`[lax.pow] operands must have equal shapes, got ${fmtShape(x.shape)}, ${fmtShape(y.shape)}`);
    const kx = dtypeInfo(x.dtype).kind;
    const ky = dtypeInfo(y.dtype).kind;
    if (kx !== "f" || !(ky === "f" || ky === "i" || ky === "u") || (ky === "f" && x.dtype !== y.dtype))
      throw new DTypeError(
        `[lax.pow] expected a floating base and a floating exponent of the same dtype or an integer exponent, got ${x.dtype} and ${y.dtype}`,
      );
    return [x.withDType(x.dtype, x.weakType && y.weakType)];
  },
});

/** `lax.pow(x, y)`: x ** y for a float x and a float or integer y. @category elementwise */
export const pow = (x: ArrayLike, y: ArrayLike): NDArray => bind1(powP, elementwiseOperands([x, y]), {});

// ---- integer_pow ----
export interface IntegerPowParams {
  readonly y: number;
  [k: string]: unknown;
}

export const integerPowP = elementwisePrimitive<IntegerPowParams>("integer_pow", "num", {
  check: ([x], { y }) => {
    if (y < 0 && dtypeInfo(x.dtype).kind !== "f")
      throw new DTypeError(`[lax.integer_pow] integers cannot be raised to negative powers, got integer_pow(${x.str()}, ${y})`);
  },
});

/** `lax.integerPow(x, y)`: x ** y for a JS integer y, by repeated squaring in x's dtype (as JAX). @category elementwise */
export const integerPow = (x: ArrayLike, y: number): NDArray => {
  if (typeof y !== "number" || !Number.isSafeInteger(y)) throw new ValueError(`[lax.integer_pow] expected an integer exponent y, got ${String(y)}`);
  return bind1(integerPowP, elementwiseOperands([x]), { y });
};

// ---- round ----
/** Rounding of `lax.round`: JAX's RoundingMethod. */
export type RoundingMethod = "away_from_zero" | "to_nearest_even";

export interface RoundParams {
  readonly roundingMethod: RoundingMethod;
  [k: string]: unknown;
}

const ROUNDING: Record<string, RoundingMethod> = {
  away_from_zero: "away_from_zero",
  awayFromZero: "away_from_zero",
  to_nearest_even: "to_nearest_even",
  toNearestEven: "to_nearest_even",
};

export const roundP = elementwisePrimitive<RoundParams>("round", "float", {
  check: (_, { roundingMethod }) => {
    if (roundingMethod !== "away_from_zero" && roundingMethod !== "to_nearest_even")
      throw new ValueError(`[lax.round] expected roundingMethod "away_from_zero" or "to_nearest_even", got ${String(roundingMethod)}`);
  },
});

/**
 * `lax.round(x, roundingMethod)`: halves go away from zero by default (as
 * lax.round); "to_nearest_even" is what `np.round` uses. camelCase spellings
 * ("awayFromZero", "toNearestEven") are accepted too.
 * @category elementwise
 */
export const round = (x: ArrayLike, roundingMethod: RoundingMethod | "awayFromZero" | "toNearestEven" = "away_from_zero"): NDArray => {
  const m = typeof roundingMethod === "string" && Object.hasOwn(ROUNDING, roundingMethod) ? ROUNDING[roundingMethod] : undefined;
  if (m === undefined)
    throw new ValueError(`[lax.round] expected roundingMethod "away_from_zero" or "to_nearest_even", got ${String(roundingMethod)}`);
  return bind1(roundP, elementwiseOperands([x]), { roundingMethod: m });
};

// ---- clamp(min, x, max) ----
export const clampP = definePrimitive({
  name: "clamp",
  traits: { elementwise: true },
  abstractEval: ([lo, x, hi]) => {
    for (const [nm, b] of [["min", lo], ["max", hi]] as const) {
      if (b.ndim !== 0 && !shapeEq(b.shape, x.shape))
        throw new ShapeError(`[lax.clamp] requires ${nm}.shape == operand.shape or ${nm}.shape == (), got ${nm}.shape=${fmtShape(b.shape)}, operand.shape=${fmtShape(x.shape)}`);
    }
    if (lo.dtype !== x.dtype || hi.dtype !== x.dtype)
      throw new DTypeError(`[lax.clamp] requires arguments to have the same dtypes, got ${lo.dtype}, ${x.dtype}, ${hi.dtype}`);
    return [x.withDType(x.dtype, lo.weakType && x.weakType && hi.weakType)];
  },
});

/**
 * `lax.clamp(min, x, max)`: min(max(x, min), max), JAX's operand order. `min`
 * and `max` are scalars or broadcast to x's shape; JS numbers take x's dtype.
 * @category elementwise
 */
export const clamp = (min: ArrayLike, x: ArrayLike, max: ArrayLike): NDArray => {
  const a = laxOperand(x);
  const bound = (b: ArrayLike): NDArray => {
    const arr = laxOperand(b, a.dtype);
    return arr.ndim === 0 || shapeEq(arr.shape, a.shape) || arr.ndim > a.ndim ? arr : broadcastTo(arr, a.shape);
  };
  return bind1(clampP, [bound(min), a, bound(max)], {});
};

// ---- select_n(which, ...cases) ----
export const selectNP = definePrimitive({
  name: "select_n",
  traits: { elementwise: true },
  abstractEval: ([which, ...cases]) => {
    if (cases.length === 0) throw new ValueError(`[lax.select_n] expected at least one case, got none`);
    checkSameShapeDType("select_n", cases, "any");
    const k = dtypeInfo(which.dtype).kind;
    if (k === "f") throw new DTypeError(`[lax.select_n] expected which to be bool or an integer dtype, got ${which.dtype}`);
    if (k === "b" && cases.length > 2) throw new DTypeError(`[lax.select_n] a bool which selects between at most 2 cases, got ${cases.length}`);
    if (which.ndim !== 0 && !shapeEq(which.shape, cases[0].shape))
      throw new ShapeError(`[lax.select_n] which must be a scalar or have the cases' shape ${fmtShape(cases[0].shape)}, got ${fmtShape(which.shape)}`);
    return [cases[0].withDType(cases[0].dtype, cases.every((c) => c.weakType))];
  },
});

/**
 * `lax.selectN(which, ...cases)`: element i is `cases[which[i]][i]`. `which` is
 * bool (2 cases: false picks the first) or integer; out-of-range indices clamp.
 * `selectN(which, [a, b])` (cases as one JS array of arrays) is accepted too.
 * @category elementwise
 */
export const selectN = (which: ArrayLike, ...cases: ArrayLike[]): NDArray => {
  if (cases.length === 1 && Array.isArray(cases[0]) && cases[0].length > 0 && cases[0].every((c) => typeof c === "object" && c !== null && "aval" in c))
    cases = [...(cases[0] as unknown as NDArray[])];
  if (cases.length === 0) throw new ValueError(`[lax.select_n] expected at least one case, got none`);
  const cs = elementwiseOperands(cases);
  const w = laxOperand(which);
  requireDType("select_n", w.dtype, "intOrBool");
  const [wb, ...cb] = w.ndim === 0 ? [w, ...cs] : broadcastAll([w, ...cs], "lax.select_n");
  return bind1(selectNP, [wb, ...cb], {});
};
