// Statistical reductions of jaxts/numpy: var, std, average, and the order
// statistics quantile / percentile / median (with their nan forms' core).
// Quantiles sort along the reduced axis and pick the neighbours of the
// fractional index q * (n - 1) with a one-hot sum, so q may be traced.

import type { NDArray } from "../core/array.js";
import type { ArrayLike, Axis, VarOptions } from "../core/array-types.js";
import type { DType } from "../core/dtype.js";
import { broadcastTo } from "../lax/util.js";
import { ValueError } from "../core/errors.js";
import { normalizeAxes, prod as shapeProd, shapeEq } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import { sort } from "../lax/sort.js";
import { broadcastInDim, iota, reshape, transpose } from "../lax/shape.js";
import { cast, isFloatDType, operand, promoteDTypesInexact, select, toInexact, userDType } from "./math-util.js";
import { any, countOf, mean, sum, upcastF16 } from "./reductions.js";
import { toDType } from "./util.js";

/** JAX's _var_promote_types: [computation dtype, result dtype]. */
export const varTypes = (a: DType, dtype: DType | undefined, where: string): [DType, DType] => {
  if (dtype != null) {
    const d = userDType(dtype, where);
    return [upcastF16(d), d];
  }
  const d = isFloatDType(a) ? a : toInexact(a);
  return [upcastF16(d), d];
};

/** `np.var(x, { axis, keepdims, dtype, where, ddof })`: mean squared deviation; NaN when n - ddof <= 0. @category reductions */
export const variance = (x: ArrayLike, opts: VarOptions = {}): NDArray => {
  const where = "np.var";
  const a0 = operand(where, x);
  const [comp, out] = varTypes(a0.dtype, opts.dtype, where);
  const a = cast(a0, comp);
  const m = mean(a, { axis: opts.axis, dtype: comp, keepdims: true, where: opts.where });
  const centered = lax.square(lax.sub(a, m));
  const n = lax.sub(countOf(a, opts.axis, !!opts.keepdims, opts.where, comp, where), opts.ddof ?? 0);
  const s = sum(centered, { axis: opts.axis, dtype: comp, keepdims: opts.keepdims, where: opts.where });
  const r = convertElementType(lax.div(s, n), out);
  return select(lax.gt(n, 0), r, toDType(NaN, out, false, where));
};
export { variance as var };

/** `np.std(x, opts)`: sqrt of var. @category reductions */
export const std = (x: ArrayLike, opts: VarOptions = {}): NDArray => {
  if (opts.dtype != null && !isFloatDType(userDType(opts.dtype, "np.std"))) throw new ValueError(`[np.std] dtype must be inexact, got ${opts.dtype}`);
  return lax.sqrt(variance(x, opts));
};

/** Options of average. */
export interface AverageOptions {
  readonly axis?: Axis;
  readonly weights?: ArrayLike | null;
  readonly keepdims?: boolean;
}

/** `np.average(x, { axis, weights, keepdims })`: weighted mean. @category reductions */
export function average(x: ArrayLike, opts?: AverageOptions & { returned?: false }): NDArray;
/** `np.average(x, { ..., returned: true })`: `[average, sum of weights]`. @category reductions */
export function average(x: ArrayLike, opts: AverageOptions & { returned: true }): [NDArray, NDArray];
export function average(x: ArrayLike, opts: AverageOptions & { returned?: boolean } = {}): NDArray | [NDArray, NDArray] {
  const where = "np.average";
  const a0 = operand(where, x);
  const axes = normalizeAxes(opts.axis, a0.ndim, where);
  let avg: NDArray;
  let wsum: NDArray;
  if (opts.weights == null) {
    const [a] = promoteDTypesInexact(where, [a0]);
    avg = mean(a, { axis: opts.axis, keepdims: opts.keepdims });
    wsum = toDType(shapeProd(axes.map((d) => a.shape[d])), avg.dtype, false, where);
  } else {
    let [a, w] = promoteDTypesInexact(where, [a0, opts.weights]);
    if (!shapeEq(a.shape, w.shape)) {
      if (opts.axis == null) throw new ValueError(`[${where}] axis must be specified when shapes of a and weights differ`);
      const want = axes.map((d) => a.shape[d]);
      if (!shapeEq(w.shape, want)) throw new ValueError(`[${where}] shape of weights (${w.shape.join(", ")}) must match a's shape along the axis (${want.join(", ")})`);
      const sorted = [...axes].sort((p, q) => p - q);
      const perm = sorted.map((d) => axes.indexOf(d));
      w = broadcastInDim(transpose(w, perm), a.shape.map((d, i) => (axes.includes(i) ? d : 1)), sorted);
    }
    wsum = sum(w, { axis: opts.axis, keepdims: opts.keepdims });
    avg = lax.div(sum(lax.mul(a, w), { axis: opts.axis, keepdims: opts.keepdims }), wsum);
  }
  if (!opts.returned) return avg;
  // The weight sum keeps size-1 axes where weights were 1-D along `axis`: broadcast NumPy-style.
  return [avg, shapeEq(wsum.shape, avg.shape) ? wsum : broadcastTo(wsum, avg.shape)];
}

export type QuantileMethod = "linear" | "lower" | "higher" | "midpoint" | "nearest";
/** Options of quantile / percentile / median. */
export interface QuantileOptions {
  readonly axis?: number | readonly number[] | null;
  readonly method?: QuantileMethod;
  readonly keepdims?: boolean;
}
const METHODS = ["linear", "lower", "higher", "midpoint", "nearest"];

/** The quantile core (JAX's _quantile); `squashNans` ignores NaNs (nanquantile). */
export const quantileImpl = (name: string, x: ArrayLike, qIn: ArrayLike, opts: QuantileOptions, squashNans: boolean): NDArray => {
  const where = `np.${name}`;
  const method = opts.method ?? "linear";
  if (!METHODS.includes(method)) throw new ValueError(`[${where}] method must be one of ${METHODS.join(", ")}, got ${String(method)}`);
  let [a] = promoteDTypesInexact(where, [x]);
  const [q] = promoteDTypesInexact(where, [qIn]);
  if (q.ndim > 1) throw new ValueError(`[${where}] q must have rank <= 1, got shape (${q.shape.join(", ")})`);
  // Move the reduced axes last and merge them: a has shape [...rest, n].
  const axes = normalizeAxes(opts.axis, a.ndim, where);
  const keep = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const rest = keep.map((i) => a.shape[i]);
  const n = shapeProd(axes.map((i) => a.shape[i]));
  a = reshape(transpose(a, [...keep, ...axes]), [...rest, n]);
  const last = rest.length;
  let counts: NDArray;
  if (squashNans) {
    a = sort(a, { dimension: last });
    counts = sum(lax.bitwiseNot(lax.ne(a, a)), { axis: last, dtype: q.dtype });
  } else {
    const anyNan = any(lax.ne(a, a), { axis: last, keepdims: true });
    a = sort(select(anyNan, toDType(NaN, a.dtype, false, where), a), { dimension: last });
    counts = toDType(n, q.dtype, false, where);
  }
  // q broadcasts against the kept axes: shapes [...qShape, ...rest].
  const qb = reshape(q, [...q.shape, ...rest.map(() => 1)]);
  const cm1 = lax.sub(counts, 1);
  const qs = lax.mul(qb, cm1);
  const lowF = lax.floor(qs);
  const highF = lax.ceil(qs);
  const hw = lax.sub(qs, lowF);
  const lw = lax.sub(toDType(1, q.dtype, false, where), hw);
  const clampIdx = (v: NDArray) => convertElementType(lax.max(lax.min(v, cm1), 0), "int32");
  const pick = (idx: NDArray): NDArray => {
    const oneHot = lax.eq(reshape(idx, [...idx.shape, 1]), iota("int32", n));
    const vals = reshape(a, [...q.shape.map(() => 1), ...rest, n]);
    return sum(select(oneHot, vals, toDType(0, a.dtype, false, where)), { axis: -1 });
  };
  const lowV = pick(clampIdx(lowF));
  const highV = pick(clampIdx(highF));
  let result: NDArray;
  if (method === "linear") result = lax.add(lax.mul(cast(lowV, q.dtype), lw), lax.mul(cast(highV, q.dtype), hw));
  else if (method === "lower") result = lowV;
  else if (method === "higher") result = highV;
  else if (method === "nearest") result = select(lax.le(hw, 0.5), lowV, highV);
  else result = lax.mul(lax.add(lowV, highV), 0.5);
  if (opts.keepdims) {
    const kd = [...q.shape, ...a0Shape(x, where).map((d, i) => (axes.includes(i) ? 1 : d))];
    result = reshape(result, kd);
  }
  return convertElementType(result, a.dtype);
};
const a0Shape = (x: ArrayLike, where: string): readonly number[] => operand(where, x).shape;

/** `np.quantile(x, q, { axis, method = "linear", keepdims })`: q in [0, 1], scalar or 1-D. @category reductions */
export const quantile = (x: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): NDArray => quantileImpl("quantile", x, q, opts, false);
/** `np.percentile(x, q, opts)`: q in [0, 100]. @category reductions */
export const percentile = (x: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): NDArray =>
  quantile(x, lax.div(promoteDTypesInexact("np.percentile", [q])[0], 100), opts);
/** `np.median(x, { axis, keepdims })`: the midpoint quantile 0.5. @category reductions */
export const median = (x: ArrayLike, opts: Omit<QuantileOptions, "method"> = {}): NDArray => quantile(x, 0.5, { ...opts, method: "midpoint" });
