// Shape manipulation of jaxts/numpy: reshape, ravel, transpose, moveaxis,
// swapaxes, squeeze, expandDims, broadcasting helpers and atleast_nd.
// Compositions of lax reshape / transpose / broadcast_in_dim only; every
// user-given shape and axis is validated here with "[np.foo] ..." messages.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { broadcastShapes as coreBroadcastShapes, checkPermutation, intList, normalizeAxis, prod, type Shape, shapeEq } from "../core/shape.js";
import * as lax from "../lax/shape.js";
import { axesList } from "./manipulation-util.js";
import { asArray } from "./util.js";

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** Resolves a requested shape with at most one -1 against `size`. */
const resolveShape = (shape: number | readonly number[], size: number, from: Shape, where: string): number[] => {
  const s = intList(shape, where, "shape");
  if ( s.some((d) => !isInt(d) || d < -1))
    throw new ShapeError(`[${where}] expected a shape of non-negative integers (one -1 allowed), got ${JSON.stringify(shape)}`);
  const unknown = s.filter((d) => d === -1).length;
  if (unknown > 1) throw new ShapeError(`[${where}] can only specify one unknown dimension (-1), got ${fmtShape(s)}`);
  if (unknown === 1) {
    const known = prod(s.filter((d) => d !== -1));
    if (known === 0 || size % known !== 0)
      throw new ShapeError(`[${where}] cannot reshape array of shape ${fmtShape(from)} (size ${size}) into shape ${fmtShape(s)}`);
    s[s.indexOf(-1)] = size / known;
  }
  if (prod(s) !== size) throw new ShapeError(`[${where}] cannot reshape array of shape ${fmtShape(from)} (size ${size}) into shape ${fmtShape(s)}`);
  return s;
};

/**
 * `np.reshape(x, shape, { order })`: one entry may be -1 (inferred). Order "F"
 * reads and writes elements in column-major order.
 * @category manipulation
 */
export const reshape = (x: ArrayLike, shape: number | readonly number[], opts: { order?: "C" | "F" } = {}): NDArray => {
  const a = asArray(x, "np.reshape");
  const s = resolveShape(shape, a.size, a.shape, "np.reshape");
  const order = opts.order ?? "C";
  if (order === "C") return lax.reshape(a, s);
  if (order !== "F") throw new ValueError(`[np.reshape] order must be "C" or "F", got ${JSON.stringify(order)}`);
  return transpose(lax.reshape(transpose(a), [...s].reverse()));
};

/** `np.ravel(x)`: the elements as a 1-D array (row-major). @category manipulation */
export const ravel = (x: ArrayLike, opts: { order?: "C" | "F" } = {}): NDArray => {
  const a = asArray(x, "np.ravel");
  return reshape(a, [a.size], opts);
};

/** `np.transpose(x, axes?)`: permutes axes (default: reverses them); negative axes allowed. @category manipulation */
export const transpose = (x: ArrayLike, axes?: readonly number[] | null): NDArray => {
  const a = asArray(x, "np.transpose");
  const perm = axes == null ? a.shape.map((_, i) => a.ndim - 1 - i) : intList(axes, "np.transpose", "axes").map((ax) => normalizeAxis(ax, a.ndim, "np.transpose"));
  checkPermutation(perm, a.ndim, "np.transpose");
  if (perm.every((p, i) => p === i)) return a;
  return lax.transpose(a, perm);
};

/** `np.permuteDims(x, axes)`: the array-API name of transpose. @category manipulation */
export const permuteDims = (x: ArrayLike, axes: readonly number[]): NDArray => transpose(x, axes);

/** `np.matrixTranspose(x)`: swaps the last two axes (ndim >= 2). @category manipulation */
export const matrixTranspose = (x: ArrayLike): NDArray => {
  const a = asArray(x, "np.matrix_transpose");
  if (a.ndim < 2) throw new ShapeError(`[np.matrix_transpose] expected an array of ndim >= 2, got shape ${fmtShape(a.shape)}`);
  return swapaxes(a, -1, -2);
};

/** `np.moveaxis(x, source, destination)`: moves axes to new positions, keeping the others' order. @category manipulation */
export const moveaxis = (x: ArrayLike, source: number | readonly number[], destination: number | readonly number[]): NDArray => {
  const a = asArray(x, "np.moveaxis");
  const src = axesList(source, a.ndim, "np.moveaxis");
  const dst = axesList(destination, a.ndim, "np.moveaxis");
  if (src.length !== dst.length)
    throw new ValueError(`[np.moveaxis] source and destination must have the same number of elements, got ${src.length} and ${dst.length}`);
  const perm = a.shape.map((_, i) => i).filter((i) => !src.includes(i));
  const pairs = dst.map((d, k) => [d, src[k]] as const).sort((p, q) => p[0] - q[0]);
  for (const [d, s] of pairs) perm.splice(d, 0, s);
  return transpose(a, perm);
};

/** `np.swapaxes(x, axis1, axis2)`. @category manipulation */
export const swapaxes = (x: ArrayLike, axis1: number, axis2: number): NDArray => {
  const a = asArray(x, "np.swapaxes");
  const i = normalizeAxis(axis1, a.ndim, "np.swapaxes");
  const j = normalizeAxis(axis2, a.ndim, "np.swapaxes");
  const perm = a.shape.map((_, k) => (k === i ? j : k === j ? i : k));
  return transpose(a, perm);
};

/**
 * `np.squeeze(x, axis?)`: removes size-1 axes (all of them, or the given ones;
 * a given axis whose size is not 1 is an error).
 * @category manipulation
 */
export const squeeze = (x: ArrayLike, axis?: number | readonly number[] | null): NDArray => {
  const a = asArray(x, "np.squeeze");
  const axes = axis == null ? a.shape.flatMap((d, i) => (d === 1 ? [i] : [])) : axesList(axis, a.ndim, "np.squeeze");
  for (const ax of axes)
    if (a.shape[ax] !== 1)
      throw new ShapeError(`[np.squeeze] cannot select an axis to squeeze out which has size not equal to one: axis ${ax} of shape ${fmtShape(a.shape)}`);
  return lax.squeeze(a, axes);
};

/** `np.expandDims(x, axis)`: inserts size-1 axes at the given positions of the result. @category manipulation */
export const expandDims = (x: ArrayLike, axis: number | readonly number[]): NDArray => {
  const a = asArray(x, "np.expand_dims");
  if (typeof axis !== "number" && !Array.isArray(axis))
    throw new ValueError(`[np.expand_dims] axis must be an integer or a list of integers, got ${String(axis)}`);
  const n = typeof axis === "number" ? 1 : axis.length;
  return lax.expandDims(a, axesList(axis, a.ndim + n, "np.expand_dims"));
};

/** `np.broadcastShapes(...shapes)`: the NumPy broadcast of shapes. @category manipulation */
export const broadcastShapes = (...shapes: readonly (number | readonly number[])[]): number[] =>
  coreBroadcastShapes(
    shapes.map((s) => {
      const l = typeof s === "number" ? [s] : s;
      if (!Array.isArray(l) || l.some((d) => !isInt(d) || d < 0))
        throw new ShapeError(`[np.broadcast_shapes] expected shapes of non-negative integers, got ${JSON.stringify(s)}`);
      return l;
    }),
    "np.broadcast_shapes",
  );

/** `np.broadcastTo(x, shape)`: broadcasts one array to a given shape (NumPy rules, one-way). @category manipulation */
export const broadcastTo = (x: ArrayLike, shape: number | readonly number[]): NDArray => {
  const a = asArray(x, "np.broadcast_to");
  const s = intList(shape, "np.broadcast_to", "shape");
  if (s.some((d) => !isInt(d) || d < 0))
    throw new ShapeError(`[np.broadcast_to] expected a shape of non-negative integers, got ${JSON.stringify(shape)}`);
  const lead = s.length - a.ndim;
  if (lead < 0 || a.shape.some((d, i) => d !== 1 && d !== s[lead + i]))
    throw new ShapeError(`[np.broadcast_to] cannot broadcast an array of shape ${fmtShape(a.shape)} to shape ${fmtShape(s)}`);
  if (shapeEq(a.shape, s)) return a;
  const keep = a.shape.map((d, i) => d === s[lead + i]);
  const src = keep.every(Boolean) ? a : lax.reshape(a, a.shape.filter((_, i) => keep[i]));
  return lax.broadcastInDim(src, s, a.shape.map((_, i) => lead + i).filter((_, i) => keep[i]));
};

/** `np.broadcastArrays(...xs)`: the arrays broadcast to their common shape. @category manipulation */
export const broadcastArrays = (...xs: readonly ArrayLike[]): NDArray[] => {
  const arrs = xs.map((x) => asArray(x, "np.broadcast_arrays"));
  const s = coreBroadcastShapes(arrs.map((a) => a.shape), "np.broadcast_arrays");
  return arrs.map((a) => broadcastTo(a, s));
};

const atleast = (xs: readonly ArrayLike[], f: (a: NDArray) => NDArray, where: string): NDArray | NDArray[] => {
  const out = xs.map((x) => f(asArray(x, where)));
  return out.length === 1 ? out[0] : out;
};

/** `np.atleast1d(x)`: 0-d arrays become shape (1,). Several arguments give a list. @category manipulation */
export function atleast1d(x: ArrayLike): NDArray;
export function atleast1d(...xs: ArrayLike[]): NDArray[];
export function atleast1d(...xs: ArrayLike[]): NDArray | NDArray[] {
  return atleast(xs, (a) => (a.ndim === 0 ? lax.reshape(a, [1]) : a), "np.atleast_1d");
}

/** `np.atleast2d(x)`: () -> (1, 1), (n,) -> (1, n). Several arguments give a list. @category manipulation */
export function atleast2d(x: ArrayLike): NDArray;
export function atleast2d(...xs: ArrayLike[]): NDArray[];
export function atleast2d(...xs: ArrayLike[]): NDArray | NDArray[] {
  return atleast(xs, (a) => (a.ndim >= 2 ? a : lax.reshape(a, a.ndim === 0 ? [1, 1] : [1, a.shape[0]])), "np.atleast_2d");
}

/** `np.atleast3d(x)`: () -> (1, 1, 1), (n,) -> (1, n, 1), (m, n) -> (m, n, 1). @category manipulation */
export function atleast3d(x: ArrayLike): NDArray;
export function atleast3d(...xs: ArrayLike[]): NDArray[];
export function atleast3d(...xs: ArrayLike[]): NDArray | NDArray[] {
  const f = (a: NDArray): NDArray =>
    a.ndim >= 3 ? a : lax.reshape(a, a.ndim === 0 ? [1, 1, 1] : a.ndim === 1 ? [1, a.shape[0], 1] : [...a.shape, 1]);
  return atleast(xs, f, "np.atleast_3d");
}
