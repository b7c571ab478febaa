// Shared checks and operand handling for lax functions. lax is strict as in
// JAX: operands of an elementwise op share one dtype. As a TS convenience, JS
// numbers take the dtype of the array operands (weakly), and shapes broadcast
// by NumPy rules through explicit broadcast_in_dim equations.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromJS, scalarArray } from "../core/asarray.js";
import type { ShapedArray } from "../core/aval.js";
import { type DType, dtypeInfo } from "../core/dtype.js";
import { DTypeError, ShapeError, ValueError, fmtShape } from "../core/errors.js";
import { broadcastShapes, shapeEq } from "../core/shape.js";
import { broadcastInDim, reshape } from "./shape.js";

/** Which dtypes an operation accepts. */
export type DTypeClass = "any" | "num" | "float" | "int" | "intOrBool" | "signedNum";

const ACCEPTS: Record<DTypeClass, (d: DType) => boolean> = {
  any: () => true,
  num: (d) => d !== "bool",
  float: (d) => dtypeInfo(d).kind === "f",
  int: (d) => dtypeInfo(d).kind === "i" || dtypeInfo(d).kind === "u",
  intOrBool: (d) => dtypeInfo(d).kind !== "f",
  signedNum: (d) => dtypeInfo(d).kind === "i" || dtypeInfo(d).kind === "f",
};

const DESCRIBE: Record<DTypeClass, string> = {
  any: "any dtype",
  num: "a numeric (non-bool) dtype",
  float: "a floating dtype",
  int: "an integer dtype",
  intOrBool: "an integer or bool dtype",
  signedNum: "a signed integer or floating dtype",
};

/** Throws DTypeError unless `d` is in `cls`. */
export const requireDType = (name: string, d: DType, cls: DTypeClass): void => {
  if (!ACCEPTS[cls](d)) throw new DTypeError(`[lax.${name}] expected ${DESCRIBE[cls]}, got ${d}`);
};

/** Checks operands of an elementwise primitive: equal shapes and dtypes, accepted class. */
export const checkSameShapeDType = (name: string, avals: readonly ShapedArray[], cls: DTypeClass): void => {
  const [a] = avals;
  for (const b of avals) {
    if (!shapeEq(a.shape, b.shape))
      throw new ShapeError(`[lax.${name}] operands must have equal shapes, got ${avals.map((v) => fmtShape(v.shape)).join(", ")}`);
    if (a.dtype !== b.dtype)
      throw new DTypeError(
        `[lax.${name}] requires arguments to have the same dtypes, got ${avals.map((v) => v.dtype).join(", ")} (np.${name} promotes types)`,
      );
  }
  requireDType(name, a.dtype, cls);
};

/** Converts one lax operand: arrays pass through; JS data becomes an array. */
export const laxOperand = (x: ArrayLike, dtype?: DType): NDArray => {
  if (x instanceof NDArray) return x;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return scalarArray(x, dtype, true, "lax");
  return fromJS(x, dtype, "lax");
};

/**
 * Operands of an n-ary elementwise lax op: JS scalars take the arrays' dtype
 * (weakly); shapes broadcast (NumPy rules) through broadcast_in_dim.
 */
export const elementwiseOperands = (xs: readonly ArrayLike[]): NDArray[] => {
  const firstArray = xs.find((x): x is NDArray => x instanceof NDArray);
  const target = firstArray?.dtype;
  if (target !== undefined && dtypeInfo(target).kind !== "f") {
    const frac = xs.find((x) => typeof x === "number" && !Number.isInteger(x));
    // JAX rejects a float scalar against an integer operand instead of truncating it.
    if (frac !== undefined)
      throw new DTypeError(`[lax] the JS number ${String(frac)} is not representable in ${target}; lax requires one dtype (np.* functions promote)`);
  }
  const arrs = xs.map((x) => laxOperand(x, target));
  return broadcastAll(arrs);
};

/** Broadcasts arrays to their common shape. */
export const broadcastAll = (arrs: readonly NDArray[], where = "lax"): NDArray[] => {
  const shape = broadcastShapes(arrs.map((a) => a.shape), where);
  return arrs.map((a) => (shapeEq(a.shape, shape) ? a : broadcastTo(a, shape)));
};

/** NumPy-style broadcast of one array to `shape` (trailing alignment). */
export const broadcastTo = (a: NDArray, shape: readonly number[]): NDArray => {
  const lead = shape.length - a.ndim;
  // Size-1 axes that stretch are dropped first, so broadcast_in_dim sees matching sizes.
  const keep = a.shape.map((d, i) => d === shape[lead + i]);
  const squeezedShape = a.shape.filter((_, i) => keep[i]);
  const dims = a.shape.map((_, i) => lead + i).filter((_, i) => keep[i]);
  const src = squeezedShape.length === a.ndim ? a : reshape(a, squeezedShape);
  return broadcastInDim(src, shape, dims);
};

/**
 * Validates an axes param inside abstractEval: integers in [0, ndim), no
 * repeats (public functions normalize negative axes before binding).
 */
export const checkAxesParam = (where: string, axes: readonly number[], ndim: number, what = "axes"): void => {
  if (!Array.isArray(axes)) throw new ValueError(`[${where}] ${what} must be an array of integers, got ${String(axes)}`);
  for (const a of axes)
    if (!Number.isInteger(a) || a < 0 || a >= ndim)
      throw new ShapeError(`[${where}] ${what} (${axes.join(", ")}) out of range for an operand of ndim ${ndim}: expected integers in [0, ${ndim})`);
  if (new Set(axes).size !== axes.length) throw new ValueError(`[${where}] repeated axis in ${what} (${axes.join(", ")})`);
};
