// Joining and splitting arrays in jaxts/numpy: concatenate, stack and its
// h/v/d/column variants, split/arraySplit and their h/v/d variants, append,
// delete and insert. Operands are promoted as jnp does (weak types kept);
// the work is lax concatenate and lax slice.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fmtShape, IndexError, ShapeError, ValueError } from "../core/errors.js";
import { intList, normalizeAxis } from "../core/shape.js";
import * as lax from "../lax/shape.js";
import { atleast1d, atleast2d, atleast3d, expandDims, ravel, reshape } from "./manipulation-shape.js";
import { concatRaw, sliceAxis } from "./manipulation-util.js";
import { asArray, promoteDTypes } from "./util.js";

/**
 * `np.concatenate(xs, { axis })`: joins arrays along an existing axis (default 0);
 * `axis: null` flattens them first. dtypes are promoted.
 * @category manipulation
 */
export const concatenate = (xs: readonly ArrayLike[], opts: { axis?: number | null } = {}): NDArray => {
  const where = "np.concatenate";
  if (!Array.isArray(xs) || xs.length === 0) throw new ValueError(`[${where}] need at least one array to concatenate`);
  let arrs = promoteDTypes(where, xs);
  let axis = opts.axis === undefined ? 0 : opts.axis;
  if (axis === null) {
    arrs = arrs.map((a) => ravel(a));
    axis = 0;
  }
  if (arrs.some((a) => a.ndim === 0)) throw new ShapeError(`[${where}] zero-dimensional arrays cannot be concatenated`);
  const nd = arrs[0].ndim;
  const ax = normalizeAxis(axis, nd, where);
  for (const a of arrs)
    if (a.ndim !== nd || a.shape.some((d, i) => i !== ax && d !== arrs[0].shape[i]))
      throw new ShapeError(
        `[${where}] arrays must have the same shape except along axis ${ax}, got ${arrs.map((b) => fmtShape(b.shape)).join(", ")}`,
      );
  return concatRaw(arrs, ax);
};

/** `np.concat`: the array-API name of concatenate. @category manipulation */
export const concat = concatenate;

/** `np.stack(xs, { axis })`: joins same-shape arrays along a new axis. @category manipulation */
export const stack = (xs: readonly ArrayLike[], opts: { axis?: number } = {}): NDArray => {
  const where = "np.stack";
  if (!Array.isArray(xs) || xs.length === 0) throw new ValueError(`[${where}] need at least one array to stack`);
  const arrs = promoteDTypes(where, xs);
  const s0 = arrs[0].shape;
  if (arrs.some((a) => a.ndim !== s0.length || a.shape.some((d, i) => d !== s0[i])))
    throw new ShapeError(`[${where}] all input arrays must have the same shape, got ${arrs.map((a) => fmtShape(a.shape)).join(", ")}`);
  const ax = normalizeAxis(opts.axis ?? 0, s0.length + 1, where);
  return concatRaw(arrs.map((a) => expandDims(a, ax)), ax);
};

/** `np.hstack(xs)`: along axis 1 (axis 0 for 1-D inputs). @category manipulation */
export const hstack = (xs: readonly ArrayLike[]): NDArray => {
  const arrs = xs.map((x) => atleast1d(asArray(x, "np.hstack")));
  return concatenate(arrs, { axis: arrs.length > 0 && arrs[0].ndim === 1 ? 0 : 1 });
};

/** `np.vstack(xs)`: along axis 0 after making inputs at least 2-D. @category manipulation */
export const vstack = (xs: readonly ArrayLike[]): NDArray => concatenate(xs.map((x) => atleast2d(asArray(x, "np.vstack"))), { axis: 0 });

/** `np.rowStack`: alias of vstack. @category manipulation */
export const rowStack = vstack;

/** `np.dstack(xs)`: along axis 2 after making inputs at least 3-D. @category manipulation */
export const dstack = (xs: readonly ArrayLike[]): NDArray => concatenate(xs.map((x) => atleast3d(asArray(x, "np.dstack"))), { axis: 2 });

/** `np.columnStack(xs)`: 1-D inputs become columns; joins along axis 1. @category manipulation */
export const columnStack = (xs: readonly ArrayLike[]): NDArray =>
  concatenate(
    xs.map((x) => {
      const a = asArray(x, "np.column_stack");
      return a.ndim < 2 ? reshape(a, [a.size, 1]) : a;
    }),
    { axis: 1 },
  );

const splitImpl = (x: ArrayLike, spec: number | readonly number[], axis: number, where: string, even: boolean): NDArray[] => {
  const a = asArray(x, where);
  if (a.ndim === 0) throw new ShapeError(`[${where}] expected an array of ndim >= 1, got a 0-d array`);
  const ax = normalizeAxis(axis, a.ndim, where);
  const n = a.shape[ax];
  let bounds: number[];
  if (typeof spec === "number") {
    if (!Number.isInteger(spec) || spec <= 0) throw new ValueError(`[${where}] number of sections must be a positive integer, got ${spec}`);
    if (even && n % spec !== 0)
      throw new ValueError(`[${where}] array split does not result in an equal division: axis ${ax} of size ${n} into ${spec} sections`);
    const q = Math.floor(n / spec);
    const r = n % spec;
    bounds = [0];
    for (let i = 0; i < spec; i++) bounds.push(bounds[i] + q + (i < r ? 1 : 0));
  } else {
    if (!Array.isArray(spec) || spec.some((i) => !Number.isInteger(i)))
      throw new ValueError(`[${where}] expected a number of sections or a list of integer indices, got ${JSON.stringify(spec)}`);
    // Python slice semantics, as NumPy: negative indices count from the end, all are clipped.
    const clip = (i: number) => Math.min(n, Math.max(0, i < 0 ? i + n : i));
    bounds = [0, ...spec.map(clip), n];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i];
    const e = Math.max(s, bounds[i + 1]);
    out.push(sliceAxis(a, ax, s, e));
  }
  return out;
};

/**
 * `np.split(x, sections | indices, { axis })`: a number of equal sections
 * (an error if they are not equal) or a list of split points.
 * @category manipulation
 */
export const split = (x: ArrayLike, indicesOrSections: number | readonly number[], opts: { axis?: number } = {}): NDArray[] =>
  splitImpl(x, indicesOrSections, opts.axis ?? 0, "np.split", true);

/** `np.arraySplit`: like split, but sections may differ in size by one (the first ones are larger). @category manipulation */
export const arraySplit = (x: ArrayLike, indicesOrSections: number | readonly number[], opts: { axis?: number } = {}): NDArray[] =>
  splitImpl(x, indicesOrSections, opts.axis ?? 0, "np.array_split", false);

const needNdim = (x: ArrayLike, n: number, where: string): NDArray => {
  const a = asArray(x, where);
  if (a.ndim < n) throw new ShapeError(`[${where}] expected an array of ndim >= ${n}, got shape ${fmtShape(a.shape)}`);
  return a;
};

/** `np.hsplit`: split along axis 1 (axis 0 for 1-D arrays). @category manipulation */
export const hsplit = (x: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] => {
  const a = needNdim(x, 1, "np.hsplit");
  return splitImpl(a, indicesOrSections, a.ndim === 1 ? 0 : 1, "np.hsplit", true);
};

/** `np.vsplit`: split along axis 0 of an array of ndim >= 2. @category manipulation */
export const vsplit = (x: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] =>
  splitImpl(needNdim(x, 2, "np.vsplit"), indicesOrSections, 0, "np.vsplit", true);

/** `np.dsplit`: split along axis 2 of an array of ndim >= 3. @category manipulation */
export const dsplit = (x: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] =>
  splitImpl(needNdim(x, 3, "np.dsplit"), indicesOrSections, 2, "np.dsplit", true);

/** `np.append(x, values, { axis })`: concatenation; with `axis` null (default) both are flattened. @category manipulation */
export const append = (x: ArrayLike, values: ArrayLike, opts: { axis?: number | null } = {}): NDArray =>
  concatenate([x, values], { axis: opts.axis ?? null });

/** Indices 0..n-1 along an axis selected by a concrete int, int list, or {start, stop, step}. */
const selectIndices = (obj: number | readonly number[], n: number, where: string): number[] => {
  const list = intList(obj, "np.delete", "indices");
  return list.map((i) => {
    if (!Number.isInteger(i)) throw new ValueError(`[${where}] indices must be integers, got ${i}`);
    if (i < -n || i >= n) throw new IndexError(`[${where}] index ${i} is out of bounds for axis of size ${n}`);
    return i < 0 ? i + n : i;
  });
};

/** Concatenation of the runs of consecutive kept indices along `ax`. */
const gatherRuns = (a: NDArray, ax: number, keep: readonly number[]): NDArray => {
  const pieces: NDArray[] = [];
  let i = 0;
  while (i < keep.length) {
    let j = i;
    while (j + 1 < keep.length && keep[j + 1] === keep[j] + 1) j++;
    pieces.push(sliceAxis(a, ax, keep[i], keep[j] + 1));
    i = j + 1;
  }
  return pieces.length === 0 ? sliceAxis(a, ax, 0, 0) : concatRaw(pieces, ax);
};

/**
 * `np.delete(x, obj, { axis })`: removes the entries at concrete indices `obj`
 * (an integer or list of integers) along `axis`; `axis` null flattens first.
 * @category manipulation
 */
export const deleteIndices = (x: ArrayLike, obj: number | readonly number[], opts: { axis?: number | null } = {}): NDArray => {
  const where = "np.delete";
  let a = asArray(x, where);
  let axis = opts.axis ?? null;
  if (axis === null) {
    a = ravel(a);
    axis = 0;
  }
  const ax = normalizeAxis(axis, a.ndim, where);
  const n = a.shape[ax];
  const drop = new Set(selectIndices(obj, n, where));
  return gatherRuns(a, ax, Array.from({ length: n }, (_, i) => i).filter((i) => !drop.has(i)));
};

/** `np.delete` (a reserved word in JS, so exported by name only: `np.delete(x, 1)`). @category manipulation */
export { deleteIndices as delete };
