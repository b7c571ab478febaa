// sort (multi-operand, lexicographic over the first `numKeys` operands,
// stable) and top_k (largest k along an axis, with int32 indices). NaNs sort
// last in `sort` (and -0 equals +0, as XLA's comparator); top_k uses the IEEE
// total order (-NaN < -inf < ... < -0 < +0 < ... < inf < NaN), as XLA does.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { normalizeAxis, shapeEq } from "../core/shape.js";
import { bind } from "../core/trace.js";
import { checkAxesParam } from "./util.js";
import { laxOperand } from "./util.js";

export interface SortParams {
  readonly dimension: number;
  readonly isStable: boolean;
  readonly numKeys: number;
  [k: string]: unknown;
}

/** Sorts all operands along `dimension` by the first `numKeys` of them. One output per operand. */
export const sortP = definePrimitive<SortParams>({
  name: "sort",
  abstractEval: (avals, { dimension, isStable, numKeys }) => {
    if (avals.length === 0) throw new ValueError(`[lax.sort] expected at least one operand`);
    const [a] = avals;
    if (avals.some((v) => !shapeEq(v.shape, a.shape)))
      throw new ShapeError(`[lax.sort] operands must have equal shapes, got ${avals.map((v) => fmtShape(v.shape)).join(", ")}`);
    checkAxesParam("lax.sort", [dimension], a.ndim, "dimension");
    if (!Number.isInteger(numKeys) || numKeys < 1 || numKeys > avals.length)
      throw new ValueError(`[lax.sort] num_keys must be between 1 and the number of operands (${avals.length}), got ${numKeys}`);
    if (typeof isStable !== "boolean") throw new ValueError(`[lax.sort] is_stable must be a boolean, got ${String(isStable)}`);
    return [...avals];
  },
});

/** Options of `lax.sort`. */
export interface LaxSortOptions {
  /** Axis to sort along (default -1, the last). */
  readonly dimension?: number;
  /** Keep the order of equal keys (default true; the reference sort is always stable). */
  readonly isStable?: boolean;
  /** How many leading operands are keys, compared lexicographically (default 1). */
  readonly numKeys?: number;
}

/**
 * `lax.sort(operand | operands, opts)`: ascending sort along `dimension`.
 * Given an array of operands, sorts them together by the first `numKeys`
 * (the rest are permuted alike) and returns an array of results.
 * @category sorting
 */
export function sort(operand: ArrayLike, opts?: LaxSortOptions): NDArray;
export function sort(operands: readonly NDArray[], opts?: LaxSortOptions): NDArray[];
export function sort(operand: ArrayLike | readonly NDArray[], opts: LaxSortOptions = {}): NDArray | NDArray[] {
  const many = Array.isArray(operand) && operand.length > 0 && operand.every((o) => o instanceof NDArray);
  const arrs = many ? (operand as readonly NDArray[]) : [laxOperand(operand as ArrayLike)];
  const dim = normalizeAxis(opts.dimension ?? -1, arrs[0].ndim, "lax.sort");
  const params: SortParams = { dimension: dim, isStable: opts.isStable ?? true, numKeys: opts.numKeys ?? 1 };
  const outs = bind(sortP, arrs, params);
  return many ? outs : outs[0];
}

/** `lax.sortKeyVal(keys, values, dimension = -1, isStable = true)`: sorts `values` by `keys`. @category sorting */
export const sortKeyVal = (keys: ArrayLike, values: ArrayLike, dimension = -1, isStable = true): [NDArray, NDArray] => {
  const k = laxOperand(keys);
  const v = laxOperand(values);
  const [sk, sv] = sort([k, v], { dimension, isStable, numKeys: 1 });
  return [sk, sv];
};

export interface TopKParams {
  readonly k: number;
  /** The axis searched (JAX 0.10's `axis`; the last axis by default). */
  readonly axis: number;
  [k: string]: unknown;
}

/** The k largest entries along `axis` and their int32 indices (ties: lower index first). */
export const topKP = definePrimitive<TopKParams>({
  name: "top_k",
  abstractEval: ([x], { k, axis }) => {
    checkAxesParam("lax.top_k", [axis], x.ndim, "axis");
    if (!Number.isInteger(k) || k < 0) throw new ValueError(`[lax.top_k] k must be a nonnegative integer, got ${k}`);
    if (k > x.shape[axis])
      throw new ShapeError(`[lax.top_k] k must be at most the size of axis ${axis}, got k=${k} for shape ${fmtShape(x.shape)}`);
    const shape = x.shape.map((d, i) => (i === axis ? k : d));
    return [x.withShape(shape), new ShapedArray(shape, "int32")];
  },
});

/**
 * `lax.topK(x, k, { axis = -1 })`: `[values, indices]` of the k largest
 * entries along `axis`, in descending order; indices are int32.
 * @category sorting
 */
export const topK = (x: ArrayLike, k: number, opts: { axis?: number } = {}): [NDArray, NDArray] => {
  const a = laxOperand(x);
  const axis = normalizeAxis(opts.axis ?? -1, a.ndim, "lax.top_k");
  const [values, indices] = bind(topKP, [a], { k, axis });
  return [values, indices];
};
