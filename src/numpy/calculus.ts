// Finite differences and integration in jaxts/numpy: diff, ediff1d, gradient
// (second-order central differences inside, first-order at the edges),
// trapezoid and interp (piecewise-linear, optionally periodic). All are
// compositions of slices, arithmetic and searchsorted, so they trace.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { normalizeAxis } from "../core/shape.js";
import * as lax from "../lax/shape.js";
import { take } from "./indexing.js";
import { concatenate } from "./manipulation-join.js";
import { broadcastTo, ravel, reshape } from "./manipulation-shape.js";
import { sliceAxis } from "./manipulation-util.js";
import { abs, add, clip, divide, multiply, remainder, subtract } from "./math.js";
import { greater, less, lessEqual, notEqual } from "./math-logic.js";
import { cast, promoteDTypesInexact } from "./math-util.js";
import { sum } from "./reductions.js";
import { where as npWhere } from "./searching.js";
import { argsort, searchsorted } from "./sorting.js";
import { asArray } from "./util.js";

/** Options of `diff`. @category calculus */
export interface DiffOptions {
  /** Number of times to difference (default 1). */
  readonly n?: number;
  /** Axis to difference along (default -1). */
  readonly axis?: number;
  /** Values joined before / after `a` along `axis` first (scalars are broadcast). */
  readonly prepend?: ArrayLike;
  readonly append?: ArrayLike;
}

const step = (a: NDArray, axis: number): NDArray => {
  const m = a.shape[axis];
  const hi = sliceAxis(a, axis, 1, m);
  const lo = sliceAxis(a, axis, 0, Math.max(m - 1, 0));
  return a.dtype === "bool" ? notEqual(hi, lo) : subtract(hi, lo);
};

/**
 * `np.diff(a, { n, axis, prepend, append })`: the n-th discrete difference
 * along `axis` (booleans use !=). Keeps the dtype of `a`.
 * @category calculus
 */
export const diff = (a: ArrayLike, opts: DiffOptions = {}): NDArray => {
  const where = "np.diff";
  let x = asArray(a, where);
  const n = opts.n ?? 1;
  if (!Number.isInteger(n) || n < 0) throw new ValueError(`[${where}] order n must be a non-negative integer, got ${n}`);
  if (n === 0) return x;
  if (x.ndim === 0) throw new ShapeError(`[${where}] requires at least a 1-dimensional input, got shape ()`);
  const axis = normalizeAxis(opts.axis ?? -1, x.ndim, where);
  const edge = (v: ArrayLike): NDArray => {
    const e = asArray(v, where);
    if (e.ndim > 0) return e;
    const shape = [...x.shape];
    shape[axis] = 1;
    return broadcastTo(e, shape);
  };
  if (opts.prepend !== undefined || opts.append !== undefined) {
    const parts = [...(opts.prepend !== undefined ? [edge(opts.prepend)] : []), x, ...(opts.append !== undefined ? [edge(opts.append)] : [])];
    x = concatenate(parts, { axis });
  }
  for (let k = 0; k < n; k++) x = step(x, axis);
  return x;
};

/**
 * `np.ediff1d(ary, { toEnd, toBegin })`: differences of the flattened array,
 * with optional values joined at either end.
 * @category calculus
 */
export const ediff1d = (ary: ArrayLike, opts: { readonly toEnd?: ArrayLike; readonly toBegin?: ArrayLike } = {}): NDArray => {
  const where = "np.ediff1d";
  const d = diff(ravel(asArray(ary, where)));
  const parts = [...(opts.toBegin !== undefined ? [ravel(asArray(opts.toBegin, where))] : []), d, ...(opts.toEnd !== undefined ? [ravel(asArray(opts.toEnd, where))] : [])];
  return parts.length === 1 ? d : cast(concatenate(parts), d.dtype);
};

/**
 * `np.gradient(f, { axis, spacing })`: the gradient with uniform `spacing`
 * (default 1): central differences inside, one-sided at the edges. Returns
 * one array per axis, or a single array when `f` is 1-D or `axis` is a number.
 * @category calculus
 */
export const gradient = (f: ArrayLike, opts: { readonly axis?: number | readonly number[] | null; readonly spacing?: number } = {}): NDArray | NDArray[] => {
  const where = "np.gradient";
  const [a] = promoteDTypesInexact(where, [asArray(f, where)]);
  const h = opts.spacing ?? 1;
  if (typeof h !== "number") throw new ValueError(`[${where}] only a scalar spacing is supported, got ${typeof h}`);
  const axes = opts.axis === undefined || opts.axis === null ? a.shape.map((_, i) => i) : typeof opts.axis === "number" ? [opts.axis] : [...opts.axis];
  const norm = axes.map((ax) => normalizeAxis(ax, a.ndim, where));
  const grads = norm.map((ax) => {
    const m = a.shape[ax];
    if (m < 2) throw new ShapeError(`[${where}] shape ${fmtShape(a.shape)} is too small along axis ${ax}: at least 2 elements are required`);
    const first = divide(subtract(sliceAxis(a, ax, 1, 2), sliceAxis(a, ax, 0, 1)), h);
    const last = divide(subtract(sliceAxis(a, ax, m - 1, m), sliceAxis(a, ax, m - 2, m - 1)), h);
    const inner = divide(subtract(sliceAxis(a, ax, 2, m), sliceAxis(a, ax, 0, m - 2)), 2 * h);
    return cast(concatenate([first, inner, last], { axis: ax }), a.dtype);
  });
  return typeof opts.axis === "number" || a.ndim === 1 ? grads[0] : grads;
};

/**
 * `np.trapezoid(y, { x, dx, axis })`: the trapezoidal-rule integral of `y`
 * along `axis` (default -1), over sample points `x` (1-D or y's shape) or a
 * uniform spacing `dx` (default 1). Floating result.
 * @category calculus
 */
export const trapezoid = (y: ArrayLike, opts: { readonly x?: ArrayLike; readonly dx?: number; readonly axis?: number } = {}): NDArray => {
  const where = "np.trapezoid";
  const ya = asArray(y, where);
  if (ya.ndim === 0) throw new ShapeError(`[${where}] y must be at least 1-dimensional, got shape ()`);
  const axis = normalizeAxis(opts.axis ?? -1, ya.ndim, where);
  let d: NDArray | number = opts.dx ?? 1;
  let yy: NDArray;
  if (opts.x !== undefined) {
    let xa = asArray(opts.x, where);
    if (xa.ndim === 1) {
      if (xa.shape[0] !== ya.shape[axis]) throw new ShapeError(`[${where}] x has length ${xa.shape[0]}, expected ${ya.shape[axis]} (y's axis ${axis})`);
      xa = reshape(xa, ya.shape.map((s, i) => (i === axis ? s : 1)));
    }
    [yy, xa] = promoteDTypesInexact(where, [ya, xa]);
    d = diff(xa, { axis });
  } else [yy] = promoteDTypesInexact(where, [ya, d]);
  const m = yy.shape[axis];
  const mids = add(sliceAxis(yy, axis, 1, m), sliceAxis(yy, axis, 0, Math.max(m - 1, 0)));
  return multiply(sum(multiply(d, mids), { axis }), 0.5);
};

/** Options of `interp`. @category calculus */
export interface InterpOptions {
  /** Value for x < xp[0] (default fp[0]). */
  readonly left?: number;
  /** Value for x > xp[-1] (default fp[-1]). */
  readonly right?: number;
  /** Period of the x-coordinates (then left/right are ignored). */
  readonly period?: number;
}

/**
 * `np.interp(x, xp, fp, { left, right, period })`: piecewise-linear
 * interpolation of the points (xp, fp), xp increasing (unless periodic).
 * @category calculus
 */
export const interp = (x: ArrayLike, xp: ArrayLike, fp: ArrayLike, opts: InterpOptions = {}): NDArray => {
  const where = "np.interp";
  let [xa, xpa] = promoteDTypesInexact(where, [asArray(x, where), asArray(xp, where)]);
  let [fpa] = promoteDTypesInexact(where, [asArray(fp, where)]);
  if (xpa.ndim !== 1 || fpa.ndim !== 1 || xpa.shape[0] !== fpa.shape[0])
    throw new ShapeError(`[${where}] xp and fp must be 1-D arrays of the same length, got ${fmtShape(xpa.shape)} and ${fmtShape(fpa.shape)}`);
  if (xpa.shape[0] === 0) throw new ValueError(`[${where}] xp and fp must not be empty`);
  const p = opts.period;
  if (p !== undefined) {
    if (p === 0) throw new ValueError(`[${where}] period must be a non-zero value, got 0`);
    const per = Math.abs(p);
    xa = remainder(xa, per);
    xpa = remainder(xpa, per);
    const order = argsort(xpa);
    xpa = take(xpa, order);
    fpa = take(fpa, order);
    const n0 = xpa.shape[0];
    xpa = concatenate([subtract(sliceAxis(xpa, 0, n0 - 1, n0), per), xpa, add(sliceAxis(xpa, 0, 0, 1), per)]);
    fpa = concatenate([sliceAxis(fpa, 0, n0 - 1, n0), fpa, sliceAxis(fpa, 0, 0, 1)]);
  }
  const n = xpa.shape[0];
  const i = clip(searchsorted(xpa, xa, { side: "right" }), 1, Math.max(n - 1, 1));
  const im1 = subtract(i, 1);
  const [xi, xi1, fi, fi1] = [take(xpa, i, { mode: "clip" }), take(xpa, im1, { mode: "clip" }), take(fpa, i, { mode: "clip" }), take(fpa, im1, { mode: "clip" })];
  const dx = subtract(xi, xi1);
  // np.spacing(finfo(dtype).eps) = eps**2 for binary floats.
  const eps = 2 ** -({ float16: 20, bfloat16: 14, float32: 46, float64: 104 } as Record<string, number>)[xpa.dtype];
  const dx0 = lessEqual(abs(dx), eps);
  let out = npWhere(dx0, fi1, add(fi1, multiply(divide(subtract(xa, xi1), npWhere(dx0, 1, dx)), subtract(fi, fi1))));
  if (p === undefined) {
    const first = sliceAxis(xpa, 0, 0, 1);
    const last = sliceAxis(xpa, 0, n - 1, n);
    out = npWhere(less(xa, lax.reshape(first, [])), opts.left ?? lax.reshape(sliceAxis(fpa, 0, 0, 1), []), out);
    out = npWhere(greater(xa, lax.reshape(last, [])), opts.right ?? lax.reshape(sliceAxis(fpa, 0, n - 1, n), []), out);
  }
  return out;
};
