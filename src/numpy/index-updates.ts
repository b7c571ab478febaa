// Functional index updates of jaxts/numpy: `np.put`, `np.putAlongAxis`,
// `np.insert`, `np.place` and `np.choose`, as jax.numpy's versions with
// `inplace=False` — compositions of `np.at(...).set`, gathers and sorting,
// following jax.numpy's implementations step by step.

import { NDArray } from "../core/array.js";
import type { ArrayLike, IndexItem, IndexMode } from "../core/array-types.js";
import { fromJS } from "../core/asarray.js";
import { dtypeInfo } from "../core/dtype.js";
import { DTypeError, NotImplementedError, ShapeError, ValueError } from "../core/errors.js";
import { broadcastShapes, normalizeAxis } from "../core/shape.js";
import { Slice } from "../core/array-types.js";
import { convertElementType } from "../lax/convert.js";
import { slice } from "../lax/shape-slice.js";
import { arange, full, ones, zeros } from "./creation.js";
import { unravelIndex } from "./index-tricks.js";
import { canonicalizeSlice, parseSliceString } from "./index-parse.js";
import { at, takeAlongAxis } from "./indexing.js";
import { stack } from "./manipulation-join.js";
import { tile } from "./manipulation-rearrange.js";
import { broadcastArrays, broadcastTo, expandDims, moveaxis, ravel, reshape } from "./manipulation-shape.js";
import { clip, remainder } from "./math.js";
import { any } from "./reductions.js";
import { where } from "./searching.js";
import { argsort } from "./sorting.js";
import { asArray } from "./util.js";

const isIntList = (v: unknown): boolean => (Array.isArray(v) ? v.every(isIntList) : (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint");

/** An integer index operand: JS integer lists become int32; arrays must have an integer dtype. */
const intArray = (x: ArrayLike, what: string, where: string): NDArray => {
  const i = Array.isArray(x) && isIntList(x) ? fromJS(x, "int32", where) : asArray(x, where);
  const k = dtypeInfo(i.dtype).kind;
  if (k !== "i" && k !== "u") throw new DTypeError(`[${where}] expected ${what} of integer type, got ${i.dtype}`);
  return i;
};

/** jax.numpy's _tile_to_size: repeat the 1-D `x` cyclically to length `n`. */
const tileToSize = (x: NDArray, n: number): NDArray => {
  const t = x.size >= n ? x : tile(x, Math.ceil(n / x.size));
  return t.size === n ? t : slice(t, [0], [n]);
};

/** Options of `np.put`. @category indexing */
export interface PutOptions {
  /** Default (undefined): negative indices wrap once, others are clamped (as jnp.unravel_index). "clip", "wrap"; "raise" is not supported (as JAX). */
  readonly mode?: "clip" | "wrap" | "raise" | null;
}

/**
 * `np.put(a, ind, v, { mode })`: a copy of `a` with the flat positions `ind`
 * set to `v` (repeated cyclically), as `jnp.put(..., inplace=False)`.
 * @example np.put(np.arange(6), [0, 5], [10, 20])
 * @category indexing
 */
export const put = (a: ArrayLike, ind: ArrayLike, v: ArrayLike, opts: PutOptions = {}): NDArray => {
  const W = "np.put";
  const arr = asArray(a, W);
  let i = ravel(intArray(ind, "indices", W));
  let vals = ravel(asArray(v, W));
  if (arr.size === 0 || i.size === 0 || vals.size === 0) return arr;
  vals = tileToSize(vals, i.size);
  let mode: IndexMode;
  if (opts.mode === undefined || opts.mode === null) mode = "drop";
  else if (opts.mode === "clip") {
    i = clip(i, 0, arr.size - 1);
    mode = "promise_in_bounds";
  } else if (opts.mode === "wrap") {
    i = remainder(i, arr.size);
    mode = "promise_in_bounds";
  } else if (opts.mode === "raise") throw new NotImplementedError(`[${W}] the "raise" mode is not supported (as JAX); use "clip" or "wrap"`);
  else throw new ValueError(`[${W}] expected mode "clip" or "wrap", got ${JSON.stringify(opts.mode)}`);
  return at(arr, unravelIndex(i, arr.shape)).set(vals, { mode });
};

/**
 * `np.putAlongAxis(arr, indices, values, axis, { mode })`: the inverse of
 * takeAlongAxis, as `jnp.put_along_axis(..., inplace=False)`. Negative
 * indices wrap; out-of-range ones are dropped (default) or clipped.
 * @category indexing
 */
export const putAlongAxis = (arr: ArrayLike, indices: ArrayLike, values: ArrayLike, axis: number | null, opts: { mode?: IndexMode } = {}): NDArray => {
  const W = "np.putAlongAxis";
  let a = asArray(arr, W);
  const i = intArray(indices, "indices", W);
  const v = asArray(values, W);
  const shape0 = a.shape;
  if (axis === null) a = ravel(a);
  const ax = axis === null ? 0 : normalizeAxis(axis, a.ndim, W);
  if (a.ndim !== i.ndim) throw new ShapeError(`[${W}] expected arr and indices with the same number of dimensions, got ${a.ndim} and ${i.ndim}`);
  let vb: NDArray;
  try {
    vb = broadcastTo(v, i.shape);
  } catch {
    throw new ShapeError(`[${W}] expected values broadcastable to the indices' shape (${i.shape.join(", ")}), got shape (${v.shape.join(", ")})`);
  }
  const idx: IndexItem[] = a.shape.map((n, k) => (k === ax ? i : reshape(arange(n), a.shape.map((_, j) => (j === k ? n : 1)))));
  const out = at(a, idx).set(vb, { mode: opts.mode });
  return axis === null ? reshape(out, shape0) : out;
};

/** The insertion positions of `np.insert`: an integer, integer list/array, or slice (`np.s(...)` or `"1::2"`). */
export type InsertIndex = number | readonly number[] | NDArray | string | Slice;

/**
 * `np.insert(arr, obj, values, { axis })`: `values` inserted before the
 * positions `obj` along `axis` (default: of the flattened array), as
 * jnp.insert. Values are cast to arr's dtype; positions are clamped.
 * @example np.insert(np.arange(4), [1, 3], [9, 8]) // [0, 9, 1, 2, 8, 3]
 * @category manipulation
 */
export const insert = (arr: ArrayLike, obj: InsertIndex, values: ArrayLike, opts: { axis?: number | null } = {}): NDArray => {
  const W = "np.insert";
  let a = asArray(arr, W);
  let axis: number;
  if (opts.axis === undefined || opts.axis === null) {
    a = ravel(a);
    axis = 0;
  } else axis = normalizeAxis(opts.axis, a.ndim, W);
  const nInput = a.shape[axis];
  let ind: NDArray;
  if (typeof obj === "string" || obj instanceof Slice) {
    const { start, step, size } = canonicalizeSlice(typeof obj === "string" ? parseSliceString(obj, W) : obj, nInput);
    ind = size === 0 ? zeros([0], { dtype: "int32" }) : arange(start, start + size * step, step, { dtype: "int32" });
  } else if (Array.isArray(obj) && obj.length === 0) ind = zeros([0], { dtype: "int32" });
  else ind = intArray(obj as ArrayLike, "an integer index array obj", W);
  if (ind.ndim > 1) throw new ShapeError(`[${W}] expected obj to be a slice, a 1-D array or a scalar, got shape (${ind.shape.join(", ")})`);
  let v = asArray(values, W);
  if (v.ndim < a.ndim) v = reshape(v, [...Array<number>(a.ndim - v.ndim).fill(1), ...v.shape]);
  if (v.dtype !== a.dtype || v.weakType !== a.weakType) v = convertElementType(v, a.dtype, a.weakType);
  if (ind.size === 1) {
    const index = reshape(ind, []);
    if (ind.ndim === 0) v = moveaxis(v, 0, axis);
    ind = full([v.shape[axis]], index, { dtype: ind.dtype });
  }
  const nInsert = broadcastShapes([ind.shape, [v.shape[axis]]], W)[0];
  const outShape = a.shape.map((d, k) => (k === axis ? d + nInsert : d));
  let out = zeros(outShape, { dtype: a.dtype });
  if (a.weakType) out = convertElementType(out, a.dtype, true);
  if (nInsert === 0) return a;
  ind = where(ind.lt(0), ind.add(nInput), ind);
  ind = clip(ind, 0, nInput);
  ind = broadcastTo(ind, [nInsert]);
  const valuesInd = at(ind, [argsort(ind)]).add(arange(nInsert, { dtype: ind.dtype }));
  const arrMask = at(ones([nInput + nInsert], { dtype: "bool" }), [valuesInd]).set(false);
  const arrInd = where(arrMask, { size: nInput })[0];
  const lead: IndexItem[] = Array<IndexItem>(axis).fill(":");
  try {
    out = at(out, [...lead, valuesInd]).set(v);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    throw new ValueError(`[${W}] values of shape (${v.shape.join(", ")}) cannot be broadcast to the ${nInsert} inserted position(s) along axis ${axis} of shape (${outShape.join(", ")})`);
  }
  return at(out, [...lead, arrInd]).set(a);
};

/**
 * `np.place(arr, mask, vals)`: a copy of `arr` whose positions where `mask`
 * is true take the values `vals` in order (repeated cyclically), as
 * `jnp.place(..., inplace=False)`.
 * @category indexing
 */
export const place = (arr: ArrayLike, mask: ArrayLike, vals: ArrayLike): NDArray => {
  const W = "np.place";
  const data = asArray(arr, W);
  const m = asArray(mask, W);
  let v = ravel(asArray(vals, W));
  if (data.size !== m.size) throw new ShapeError(`[${W}] expected arr and mask of the same size, got ${data.size} and ${m.size}`);
  if (v.size === 0) throw new ValueError(`[${W}] cannot place values from an empty array`);
  if (data.size === 0) return data;
  const idx = where(ravel(m), { size: m.size, fillValue: m.size })[0];
  v = tileToSize(v, idx.size);
  return reshape(at(ravel(data), [idx]).set(v, { mode: "drop" }), data.shape);
};

/**
 * `np.choose(a, choices, { mode })`: `choices[a[idx]][idx]` for every index of
 * the broadcast shape, as jnp.choose. `mode` "raise" (default; needs a
 * concrete `a`), "wrap" or "clip" handles entries outside [0, n).
 * @category indexing
 */
export const choose = (a: ArrayLike, choices: NDArray | readonly ArrayLike[], opts: { mode?: "raise" | "wrap" | "clip" } = {}): NDArray => {
  const W = "np.choose";
  const idx = intArray(a, "an index array a", W);
  let list: ArrayLike[];
  if (choices instanceof NDArray) {
    if (choices.ndim === 0) throw new ShapeError(`[${W}] expected choices with at least 1 dimension, got a 0-d array`);
    list = Array.from({ length: choices.shape[0] }, (_, j) => choices.index(j));
  } else if (Array.isArray(choices)) list = [...choices];
  else throw new ValueError(`[${W}] expected choices as an array or a list of arrays, got ${String(choices)}`);
  const n = list.length;
  if (n === 0) throw new ValueError(`[${W}] expected at least one choice, got none`);
  const mode = opts.mode ?? "raise";
  let arr: NDArray;
  if (mode === "raise") {
    if (any(idx.lt(0).astype("int32").add(idx.ge(n).astype("int32"))).toArray())
      throw new ValueError(`[${W}] invalid entry in choice array: expected entries in [0, ${n}) with mode "raise"`);
    arr = idx;
  } else if (mode === "wrap") arr = remainder(idx, n);
  else if (mode === "clip") arr = clip(idx, 0, n - 1);
  else throw new ValueError(`[${W}] expected mode "raise", "wrap" or "clip", got ${JSON.stringify(mode)}`);
  const [ab, ...cb] = broadcastArrays(arr, ...list);
  const stacked = stack(cb);
  return reshape(takeAlongAxis(stacked, expandDims(ab, 0), 0, { mode: "promise_in_bounds" }), ab.shape);
};
