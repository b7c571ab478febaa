// Sorting in jaxts/numpy: sort, argsort, lexsort, partition, argpartition
// and searchsorted, written as jnp writes them over lax.sort / lax.top_k /
// comparisons. NaNs sort last and -0 equals +0 (XLA's sort comparator).

import type { NDArray } from "../core/array.js";
import type { ArrayLike, SortOptions } from "../core/array-types.js";
import { defaultInt, isFloat, isUnsigned } from "../core/dtype.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { normalizeAxis, shapeEq } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import * as ew from "../lax/elementwise.js";
import { reduceOr, reduceSum } from "../lax/reduce.js";
import * as lax from "../lax/shape.js";
import { sort as laxSort, sortKeyVal, topK } from "../lax/sort.js";
import { gather } from "../lax/gather.js";
import { ravel, swapaxes } from "./manipulation-shape.js";
import { asArray, promoteDTypes } from "./util.js";

/** The array and axis a sort works on (`axis` null flattens). */
const sortAxis = (x: ArrayLike, axis: number | null | undefined, where: string): [NDArray, number] => {
  let a = asArray(x, where);
  if (axis === null) return [ravel(a), 0];
  if (a.ndim === 0) throw new ShapeError(`[${where}] cannot sort a 0-d array along axis ${axis ?? -1}; pass axis: null`);
  return [a, normalizeAxis(axis ?? -1, a.ndim, where)];
};

/**
 * `np.sort(x, { axis = -1, stable = true, descending = false })`: sorted copy
 * (`axis` null sorts the flattened array). NaNs go last (first if descending).
 * @category sorting
 */
export const sort = (x: ArrayLike, opts: SortOptions = {}): NDArray => {
  const [a, ax] = sortAxis(x, opts.axis, "np.sort");
  const r = laxSort(a, { dimension: ax, isStable: opts.stable ?? true });
  return opts.descending ? lax.rev(r, [ax]) : r;
};

/**
 * `np.argsort(x, { axis = -1, stable = true, descending = false })`: indices
 * (default int dtype) that sort `x`; a stable descending sort keeps ties in order.
 * @category sorting
 */
export const argsort = (x: ArrayLike, opts: SortOptions = {}): NDArray => {
  let [a, ax] = sortAxis(x, opts.axis, "np.argsort");
  const stable = opts.stable ?? true;
  let iota = lax.broadcastedIota(defaultInt(), a.shape, ax);
  if (opts.descending && stable) {
    a = lax.rev(a, [ax]);
    iota = lax.rev(iota, [ax]);
  }
  const [, idx] = sortKeyVal(a, iota, ax, stable);
  return opts.descending ? lax.rev(idx, [ax]) : idx;
};

/**
 * `np.lexsort(keys, { axis = -1 })`: indices sorting by the last key first,
 * then by the one before it, and so on (stable).
 * @category sorting
 */
export const lexsort = (keys: readonly ArrayLike[], opts: { axis?: number } = {}): NDArray => {
  const where = "np.lexsort";
  if (!Array.isArray(keys) || keys.length === 0) throw new ValueError(`[${where}] need a sequence of keys with length > 0`);
  const ks = keys.map((k) => asArray(k, where));
  if (ks.some((k) => !shapeEq(k.shape, ks[0].shape)))
    throw new ShapeError(`[${where}] all keys need to be the same shape, got ${ks.map((k) => fmtShape(k.shape)).join(", ")}`);
  if (ks[0].ndim === 0) throw new ShapeError(`[${where}] keys must have ndim >= 1, got 0-d keys`);
  const ax = normalizeAxis(opts.axis ?? -1, ks[0].ndim, where);
  const iota = lax.broadcastedIota(defaultInt(), ks[0].shape, ax);
  const outs = laxSort([...ks.reverse(), iota], { dimension: ax, isStable: true, numKeys: ks.length });
  return outs[outs.length - 1];
};

const partitionSetup = (x: ArrayLike, kth: number, axis: number | undefined, where: string): [NDArray, number, number] => {
  const a = asArray(x, where);
  if (a.ndim === 0) throw new ShapeError(`[${where}] expected an array of ndim >= 1, got a 0-d array`);
  const ax = normalizeAxis(axis ?? -1, a.ndim, where);
  if (typeof kth !== "number") throw new ValueError(`[${where}] kth must be a single integer, got ${String(kth)}`);
  const k = normalizeAxis(kth, a.shape[ax], where);
  return [swapaxes(a, ax, -1), ax, k];
};

/** `-x` as jnp.partition negates keys: unsigned values are shifted so the order still reverses. */
const negKeys = (a: NDArray): NDArray => (isUnsigned(a.dtype) ? ew.neg(ew.add(a, 1)) : ew.neg(a));

/**
 * `np.partition(x, kth, { axis = -1 })`: the kth element in its sorted place,
 * smaller ones before it (ascending) and larger ones after it (descending), as jnp.
 * @category sorting
 */
export const partition = (x: ArrayLike, kth: number, opts: { axis?: number } = {}): NDArray => {
  const [a, ax, k] = partitionSetup(x, kth, opts.axis, "np.partition");
  const n = a.shape[a.ndim - 1];
  const low = topK(negKeys(a), k + 1)[0];
  const bottom = isUnsigned(a.dtype) ? ew.sub(ew.neg(low), 1) : ew.neg(low);
  const top = topK(a, n - k - 1)[0];
  return swapaxes(lax.concatenate([bottom, top], a.ndim - 1), -1, ax);
};

/** `np.argpartition(x, kth, { axis = -1 })`: int32 indices that would partition `x` (as jnp). @category sorting */
export const argpartition = (x: ArrayLike, kth: number, opts: { axis?: number } = {}): NDArray => {
  const [a, ax, k] = partitionSetup(x, kth, opts.axis, "np.argpartition");
  const n = a.shape[a.ndim - 1];
  const bottomIdx = topK(negKeys(a), k + 1)[1];
  // Proxy of ones with zeros at the bottom indices; its top_k gives the remaining indices in order.
  const pos = lax.broadcastedIota("int32", [...a.shape.slice(0, -1), k + 1, n], a.ndim);
  const hit = reduceOr(ew.eq(pos, lax.expandDims(bottomIdx, [a.ndim])), [a.ndim - 1]);
  const proxy = convertElementType(ew.bitwiseNot(hit), "float32");
  const topIdx = topK(proxy, n - k - 1)[1];
  const out = lax.concatenate([bottomIdx, topIdx], a.ndim - 1);
  return swapaxes(out, -1, ax);
};

/** x < y in the sort order: NaN is largest and all NaNs are equal. */
const sortLess = (x: NDArray, y: NDArray): NDArray => {
  if (!isFloat(x.dtype)) return ew.lt(x, y);
  const xNan = ew.ne(x, x);
  const yNan = ew.ne(y, y);
  return ew.bitwiseOr(ew.lt(x, y), ew.bitwiseAnd(yNan, ew.bitwiseNot(xNan)));
};

/**
 * `np.searchsorted(a, v, { side = "left", sorter })`: insertion points of `v`
 * into the sorted 1-D `a` (default int dtype). NaNs sort last. `sorter`
 * gives indices that sort `a`.
 * @category sorting
 */
export const searchsorted = (a: ArrayLike, v: ArrayLike, opts: { side?: "left" | "right"; sorter?: ArrayLike; method?: string } = {}): NDArray => {
  const where = "np.searchsorted";
  const side = opts.side ?? "left";
  if (side !== "left" && side !== "right") throw new ValueError(`[${where}] side must be "left" or "right", got ${JSON.stringify(side)}`);
  let [arr, q] = promoteDTypes(where, [a, v]);
  if (arr.ndim !== 1) throw new ShapeError(`[${where}] a should be 1-dimensional, got shape ${fmtShape(arr.shape)}`);
  if (opts.sorter !== undefined) {
    const s = asArray(opts.sorter, where);
    if (!shapeEq(s.shape, arr.shape)) throw new ShapeError(`[${where}] sorter must have the shape of a ${fmtShape(arr.shape)}, got ${fmtShape(s.shape)}`);
    arr = gather(arr, lax.reshape(s, [s.size, 1]), { offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0] }, [1], { mode: "clip" });
  }
  // compare_all: count the elements of a before each query.
  const n = arr.shape[0];
  const aB = lax.broadcastInDim(arr, [n, ...q.shape], [0]);
  const qB = lax.broadcastInDim(q, [n, ...q.shape], q.shape.map((_, i) => i + 1));
  const before = side === "left" ? sortLess(aB, qB) : ew.bitwiseNot(sortLess(qB, aB));
  return reduceSum(convertElementType(before, defaultInt()), [0]);
};
