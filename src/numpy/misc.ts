// Small jax.numpy utilities: resize, rollaxis, block, unstack, copy, astype,
// ndim/shape/size, shift aliases, isscalar, fromfunction, matvec/vecmat,
// trimZeros and the real/complex predicates (no complex dtypes exist yet, so
// everything is real). Compositions of existing numpy functions.

import { copy as laxCopy } from "../lax/shape.js";
import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, type DType, defaultFloat } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { broadcastTo } from "../lax/util.js";
import { arange, zeros } from "./creation.js";
import { index } from "./indexing.js";
import { concatenate } from "./manipulation-join.js";
import { tile } from "./manipulation-rearrange.js";
import { expandDims, moveaxis, reshape, squeeze } from "./manipulation-shape.js";
import { leftShift, rightShift } from "./math-logic.js";
import { cast, requireInt, userDType } from "./math-util.js";
import { matmul } from "./products.js";
import { asArray } from "./util.js";

const normAxis = (where: string, axis: number, ndim: number): number => {
  requireInt(where, "axis", axis);
  if (axis < -ndim || axis >= ndim) throw new ValueError(`[${where}] expected axis in [${-ndim}, ${ndim}), got ${axis}`);
  return axis < 0 ? axis + ndim : axis;
};

/** `np.resize(a, newShape)`: repeats the flattened `a` to fill `newShape` (zeros if `a` is empty). @category manipulation */
export const resize = (a: ArrayLike, newShape: number | readonly number[]): NDArray => {
  const shape = typeof newShape === "number" ? [newShape] : [...newShape];
  shape.forEach((d) => requireInt("np.resize", "new_shape entries", d));
  if (shape.some((d) => d < 0)) throw new ValueError(`[np.resize] expected non-negative entries in new_shape, got [${shape.join(", ")}]`);
  const flat = reshape(asArray(a, "np.resize"), [-1]);
  const n = shape.reduce((p, d) => p * d, 1);
  if (flat.size === 0 || n === 0) return zeros(shape, { dtype: flat.dtype });
  return reshape(index(tile(flat, Math.ceil(n / flat.size)), `:${n}`), shape);
};

/** `np.rollaxis(a, axis, { start })`: moves `axis` to before position `start`. @category manipulation */
export const rollaxis = (a: ArrayLike, axis: number, opts: { start?: number } = {}): NDArray => {
  const x = asArray(a, "np.rollaxis");
  const ax = normAxis("np.rollaxis", axis, x.ndim);
  let start = requireInt("np.rollaxis", "start", opts.start ?? 0);
  if (start < -x.ndim || start > x.ndim) throw new ValueError(`[np.rollaxis] expected start in [${-x.ndim}, ${x.ndim}], got ${start}`);
  if (start < 0) start += x.ndim;
  if (start > ax) start -= 1;
  return moveaxis(x, ax, start);
};

/** A nested list for `block`: arrays (or scalars) at the leaves. */
export type BlockList = ArrayLike | readonly BlockList[];

/** `np.block(arrays)`: assembles a nested list of arrays; the innermost lists concatenate along the last axis. @category manipulation */
export const block = (arrays: BlockList): NDArray => {
  const depthOf = (x: BlockList, path: string): number => {
    if (!Array.isArray(x)) return 0;
    if (x.length === 0) throw new ValueError(`[np.block] expected non-empty lists, got an empty list at arrays${path}`);
    const ds = x.map((e, i) => depthOf(e as BlockList, `${path}[${i}]`));
    if (ds.some((d) => d !== ds[0])) throw new ValueError(`[np.block] mismatched list depths: expected equal depths, got [${ds.join(", ")}] at arrays${path}`);
    return ds[0] + 1;
  };
  if (!Array.isArray(arrays)) return asArray(arrays as ArrayLike, "np.block");
  const listDepth = depthOf(arrays, "");
  const leaves: NDArray[] = [];
  const collect = (x: BlockList, d: number): void => {
    if (d === 0) leaves.push(asArray(x as ArrayLike, "np.block"));
    else (x as readonly BlockList[]).forEach((e) => collect(e, d - 1));
  };
  collect(arrays, listDepth);
  const ndim = Math.max(listDepth, ...leaves.map((l) => l.ndim));
  let k = 0;
  const build = (x: BlockList, d: number): NDArray => {
    if (d === 0) {
      const l = leaves[k++];
      return l.ndim < ndim ? reshape(l, [...Array(ndim - l.ndim).fill(1), ...l.shape]) : l;
    }
    return concatenate((x as readonly BlockList[]).map((e) => build(e, d - 1)), { axis: -d });
  };
  return build(arrays, listDepth);
};

/** `np.unstack(x, { axis })`: splits `x` into the list of its slices along `axis`. @category manipulation */
export const unstack = (x: ArrayLike, opts: { axis?: number } = {}): NDArray[] => {
  const a = asArray(x, "np.unstack");
  if (a.ndim === 0) throw new ValueError(`[np.unstack] expected an array with at least one dimension, got a scalar`);
  const ax = normAxis("np.unstack", opts.axis ?? 0, a.ndim);
  const m = moveaxis(a, ax, 0);
  return Array.from({ length: m.shape[0] }, (_, i) => index(m, i));
};

/** `np.copy(a)`: a copy of `a` (arrays are immutable, so this is `asarray`). @category creation */
export const copy = (a: ArrayLike): NDArray => laxCopy(asArray(a, "np.copy"));

/** `np.astype(x, dtype)`: converts `x` to `dtype`. @category dtypes */
export const astype = (x: ArrayLike, dtype: DType): NDArray => cast(asArray(x, "np.astype"), userDType(dtype, "np.astype"));

/** `np.ndim(x)`: the number of dimensions. @category manipulation */
export const ndim = (x: ArrayLike): number => asArray(x, "np.ndim").ndim;

/** `np.shape(x)`: the shape as a JS array. @category manipulation */
export const shape = (x: ArrayLike): number[] => [...asArray(x, "np.shape").shape];

/** `np.size(x, { axis })`: the number of elements (along `axis` if given). @category manipulation */
export const size = (x: ArrayLike, opts: { axis?: number | null } = {}): number => {
  const a = asArray(x, "np.size");
  return opts.axis == null ? a.size : a.shape[normAxis("np.size", opts.axis, a.ndim)];
};

/** `np.bitwiseLeftShift`: alias of `leftShift`. @category bitwise */
export const bitwiseLeftShift = leftShift;
/** `np.bitwiseRightShift`: alias of `rightShift`. @category bitwise */
export const bitwiseRightShift = rightShift;

/** `np.isscalar(x)`: true for JS numbers/booleans and 0-d arrays (as JAX). @category dtypes */
export const isscalar = (x: unknown): boolean =>
  typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || (x instanceof NDArray && x.ndim === 0);

/** `np.fromfunction(fn, shape, { dtype })`: calls `fn` once with one index array per axis. @category creation */
export const fromfunction = <R>(fn: (...idx: NDArray[]) => R, shape: readonly number[], opts: { dtype?: DType } = {}): R => {
  shape.forEach((d) => {
    requireInt("np.fromfunction", "shape entries", d);
    if (d < 0) throw new ValueError(`[np.fromfunction] expected non-negative dimensions, got [${shape.join(", ")}]`);
  });
  const dt = opts.dtype === undefined ? undefined : userDType(opts.dtype, "np.fromfunction");
  const idx = shape.map((n, i) => {
    const r = arange(n, dt === undefined ? {} : { dtype: dt });
    const s = shape.map((_, j) => (j === i ? n : 1));
    return broadcastTo(reshape(dt === undefined ? cast(r, canonicalize(defaultFloat())) : r, s), shape);
  });
  return fn(...idx);
};

/** `np.matvec(a, v)`: batched matrix-vector product over the last axes. @category linalg */
export const matvec = (a: ArrayLike, v: ArrayLike): NDArray => {
  const x = asArray(a, "np.matvec"), y = asArray(v, "np.matvec");
  if (x.ndim < 2 || y.ndim < 1) throw new ValueError(`[np.matvec] expected a matrix and a vector, got shapes [${x.shape.join(", ")}] and [${y.shape.join(", ")}]`);
  return squeeze(matmul(x, expandDims(y, -1)), -1);
};

/** `np.vecmat(v, a)`: batched vector-matrix product over the last axes. @category linalg */
export const vecmat = (v: ArrayLike, a: ArrayLike): NDArray => {
  const x = asArray(v, "np.vecmat"), y = asArray(a, "np.vecmat");
  if (y.ndim < 2 || x.ndim < 1) throw new ValueError(`[np.vecmat] expected a vector and a matrix, got shapes [${x.shape.join(", ")}] and [${y.shape.join(", ")}]`);
  return squeeze(matmul(expandDims(x, -2), y), -2);
};

/** `np.trimZeros(filt, { trim })`: drops leading ("f") and/or trailing ("b") zeros of a 1-D array. @category manipulation */
export const trimZeros = (filt: ArrayLike, opts: { trim?: string } = {}): NDArray => {
  const a = asArray(filt, "np.trim_zeros");
  if (a.ndim !== 1) throw new ValueError(`[np.trim_zeros] expected a 1-D array, got shape [${a.shape.join(", ")}]`);
  const trim = (opts.trim ?? "fb").toLowerCase();
  if (!trim.includes("f") && !trim.includes("b")) return a;
  const nz = (a.dtype === "bool" ? a : asArray(a).ne(0)).toArray() as boolean[];
  const first = nz.indexOf(true);
  if (first < 0) return index(a, "0:0");
  const start = trim.includes("f") ? first : 0;
  const stop = trim.includes("b") ? nz.lastIndexOf(true) + 1 : a.shape[0];
  return index(a, `${start}:${stop}`);
};

/** `np.isreal(x)`: elementwise "imaginary part is zero" — always true (no complex dtypes). @category dtypes */
export const isreal = (x: ArrayLike): NDArray => broadcastTo(asArray(true), asArray(x, "np.isreal").shape);
/** `np.iscomplex(x)`: always false (no complex dtypes). @category dtypes */
export const iscomplex = (x: ArrayLike): NDArray => broadcastTo(asArray(false), asArray(x, "np.iscomplex").shape);
/** `np.isrealobj(x)`: true (no complex dtypes). @category dtypes */
export const isrealobj = (x: ArrayLike): boolean => (asArray(x, "np.isrealobj"), true);
/** `np.iscomplexobj(x)`: false (no complex dtypes). @category dtypes */
export const iscomplexobj = (x: ArrayLike): boolean => (asArray(x, "np.iscomplexobj"), false);

