// Searching in jaxts/numpy: where (three-argument select and one-argument
// nonzero), select, piecewise, nonzero, argwhere, flatnonzero, compress and
// extract. Shapes that depend on data need a concrete array, or `size` to fix
// them statically (then traced arrays work too), as in JAX.

import { isConcrete, type NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromFlat } from "../core/asarray.js";
import { defaultInt } from "../core/dtype.js";
import { fmtShape, ShapeError, TracerError, ValueError } from "../core/errors.js";
import { normalizeAxis, stridesOf } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import * as ew from "../lax/elementwise.js";
import { argmax as laxArgmax, reduceSum } from "../lax/reduce.js";
import { cumsum as laxCumsum } from "../lax/cumulative.js";
import * as lax from "../lax/shape.js";
import { stack } from "./manipulation-join.js";
import { atleast1d, broadcastArrays, moveaxis, ravel } from "./manipulation-shape.js";
import { takeStatic } from "./manipulation-util.js";
import { asArray, promoteDTypes } from "./util.js";

/** Options of the shape-from-data functions. @category searching */
export interface SizeOptions {
  /** Static length of the result: longer results are truncated, shorter ones padded with `fillValue`. */
  readonly size?: number;
  /** Padding value (default 0); for nonzero, one per dimension is allowed. */
  readonly fillValue?: number | readonly number[];
}

const toBoolMask = (a: NDArray): NDArray => (a.dtype === "bool" ? a : ew.ne(a, 0));

/** `where(cond, x, y)`: elementwise choice, with promotion and broadcasting. */
const where3 = (cond: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray => {
  const c = toBoolMask(asArray(cond, "np.where"));
  const [xp, yp] = promoteDTypes("np.where", [x, y]);
  const [cb, xb, yb] = broadcastArrays(c, xp, yp);
  return ew.selectN(cb, yb, xb);
};

/**
 * `np.where(cond, x, y)`: `x` where `cond` is true, else `y` (promoted and
 * broadcast). `np.where(cond, { size, fillValue })` is `np.nonzero(cond)`.
 * @category searching
 */
export function where(cond: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray;
export function where(cond: ArrayLike, opts?: SizeOptions): NDArray[];
export function where(cond: ArrayLike, x?: ArrayLike | SizeOptions, y?: ArrayLike): NDArray | NDArray[] {
  if (y !== undefined) return where3(cond, x as ArrayLike, y);
  const isOpts = x === undefined || (typeof x === "object" && x !== null && !Array.isArray(x) && !ArrayBuffer.isView(x) && !("aval" in x));
  if (!isOpts) throw new ValueError(`[np.where] either both or neither of x and y should be given`);
  return nonzero(cond, (x ?? {}) as SizeOptions);
}

const checkSize = (size: number | undefined, where: string): number | undefined => {
  if (size !== undefined && (!Number.isInteger(size) || size < 0)) throw new ValueError(`[${where}] size must be a non-negative integer, got ${size}`);
  return size;
};

/** Host values of a concrete mask, or a TracerError naming `size`. */
const concreteMask = (m: NDArray, where: string): Uint8Array => {
  if (!isConcrete(m))
    throw new TracerError(
      `[${where}] the result shape depends on the values of a traced array ${m.aval.str()}; pass a static \`size\` to use it inside transformations`,
    );
  return Uint8Array.from(m.toTypedArray() as Uint8Array);
};

/** Traced nonzero with a static size: position k holds the flat index of the (k+1)-th true element. */
const nonzeroTraced = (mask: NDArray, size: number): NDArray => {
  const flat = convertElementType(ravel(mask), defaultInt());
  const n = flat.shape[0];
  const cs = laxCumsum(flat, 0);
  // flat index of hit k = #{p : cs[p] <= k}; past the last hit it is n (fixed below by the fill).
  const csB = lax.broadcastInDim(cs, [size, n], [1]);
  const k = lax.broadcastedIota(defaultInt(), [size, n], 0);
  return reduceSum(convertElementType(ew.le(csB, k), defaultInt()), [1]);
};

/**
 * `np.nonzero(x, { size, fillValue })`: one index array per dimension (default
 * int dtype) of the non-zero elements in row-major order.
 * @category searching
 */
export const nonzero = (x: ArrayLike, opts: SizeOptions = {}): NDArray[] => {
  const where = "np.nonzero";
  const a = asArray(x, where);
  if (a.ndim === 0) throw new ShapeError(`[${where}] calling nonzero on 0-d arrays is not allowed; use np.atleast1d(x) first`);
  const size = checkSize(opts.size, where);
  const fv = opts.fillValue ?? 0;
  const fills = typeof fv === "number" ? a.shape.map(() => fv) : [...fv];
  if (fills.length !== a.ndim) throw new ValueError(`[${where}] fillValue must be a scalar or have one entry per dimension (${a.ndim}), got ${fills.length}`);
  const mask = toBoolMask(a);
  const strides = stridesOf(a.shape);
  if (isConcrete(mask) || size === undefined) {
    const m = concreteMask(mask, where);
    const hits: number[] = [];
    m.forEach((v, i) => {
      if (v) hits.push(i);
    });
    const len = size ?? hits.length;
    return a.shape.map((d, ax) => {
      const vals = Array.from({ length: len }, (_, k) => (k < hits.length ? Math.floor(hits[k] / strides[ax]) % d : fills[ax]));
      return fromFlat(vals, [len], defaultInt());
    });
  }
  if (size === 0 || a.size === 0) return a.shape.map((_, ax) => fromFlat(Array(size).fill(fills[ax]), [size], defaultInt()));
  const flatIdx = nonzeroTraced(mask, size);
  const count = reduceSum(convertElementType(ravel(mask), defaultInt()), [0]);
  const pad = ew.ge(lax.iota(defaultInt(), size), count);
  return a.shape.map((d, ax) => {
    const idx = ew.rem(ew.div(flatIdx, strides[ax]), d);
    return ew.selectN(pad, idx, fromFlat([fills[ax]], [], defaultInt()));
  });
};

/** `np.flatnonzero(x, { size, fillValue })`: indices of non-zero elements of the flattened array. @category searching */
export const flatnonzero = (x: ArrayLike, opts: SizeOptions = {}): NDArray => nonzero(ravel(asArray(x, "np.flatnonzero")), opts)[0];

/**
 * `np.argwhere(x, { size, fillValue })`: indices of non-zero elements as rows,
 * shape (count, ndim).
 * @category searching
 */
export const argwhere = (x: ArrayLike, opts: SizeOptions = {}): NDArray => {
  const a = asArray(x, "np.argwhere");
  const cols = nonzero(atleast1d(a), opts);
  const r = stack(cols, { axis: 1 });
  return a.ndim === 0 ? lax.sliceInDim(r, 0, 0, 1, 1) : r;
};

/**
 * `np.select(condlist, choicelist, { default })`: per element, the choice of the
 * first true condition, else `default` (0).
 * @category searching
 */
export const select = (condlist: readonly ArrayLike[], choicelist: readonly ArrayLike[], opts: { default?: ArrayLike } = {}): NDArray => {
  const where = "np.select";
  if (!Array.isArray(condlist) || !Array.isArray(choicelist) || condlist.length !== choicelist.length)
    throw new ValueError(`[${where}] condlist and choicelist must be lists of the same length, got ${condlist?.length} and ${choicelist?.length}`);
  if (condlist.length === 0) throw new ValueError(`[${where}] condlist must be non-empty`);
  const choices = promoteDTypes(where, [opts.default ?? 0, ...choicelist]);
  const conds = condlist.map((c) => {
    const a = asArray(c, where);
    if (a.dtype !== "bool") throw new ValueError(`[${where}] condlist entries must be boolean arrays, got dtype ${a.dtype}`);
    return a;
  });
  const all = broadcastArrays(false, ...conds, ...choices);
  const cs = all.slice(0, conds.length + 1);
  const idx = laxArgmax(stack(cs), 0, "int32");
  return ew.selectN(idx, ...all.slice(conds.length + 1));
};

/**
 * `np.piecewise(x, condlist, funclist)`: `funclist[i]` (a function of the array
 * or a constant) where `condlist[i]` holds — the last true condition wins — and
 * an optional extra entry for elsewhere (default 0). The result has x's dtype.
 * Functions are applied to the whole array, so they must be elementwise.
 * @category searching
 */
export const piecewise = (x: ArrayLike, condlist: readonly ArrayLike[], funclist: readonly (number | ((x: NDArray) => ArrayLike))[]): NDArray => {
  const where = "np.piecewise";
  const a = asArray(x, where);
  const nc = condlist.length;
  const nf = funclist.length;
  let fs: (number | ((x: NDArray) => ArrayLike))[];
  if (nf === nc + 1) fs = [funclist[nf - 1], ...funclist.slice(0, -1)];
  else if (nf === nc) fs = [0, ...funclist];
  else throw new ValueError(`[${where}] with ${nc} condition(s), either ${nc} or ${nc + 1} functions are expected; got ${nf}`);
  const conds = condlist.map((c) => toBoolMask(asArray(c, where)));
  const stacked = stack(broadcastArrays(a, false, ...conds).slice(1));
  const idx = laxArgmax(laxCumsum(convertElementType(stacked, "int32"), 0), 0, "int32");
  const vals = fs.map((f) => {
    const v = typeof f === "function" ? asArray(f(a), where) : fromFlat([f], [], a.dtype);
    return lax.broadcastInDim(convertElementType(v, a.dtype), a.shape, a.shape.slice(a.ndim - v.ndim).map((_, i) => a.ndim - v.ndim + i));
  });
  return ew.selectN(lax.reshape(idx, a.shape), ...vals);
};

/**
 * `np.compress(condition, x, { axis, size, fillValue })`: the slices of `x`
 * along `axis` (null flattens) where the 1-D `condition` is true.
 * @category searching
 */
export const compress = (condition: ArrayLike, x: ArrayLike, opts: SizeOptions & { axis?: number | null } = {}): NDArray => {
  const where = "np.compress";
  const c = toBoolMask(asArray(condition, where));
  if (c.ndim !== 1) throw new ShapeError(`[${where}] condition must be a 1-D array, got shape ${fmtShape(c.shape)}`);
  let a = asArray(x, where);
  const axis = opts.axis ?? null;
  const ax = axis === null ? 0 : normalizeAxis(axis, a.ndim, where);
  a = axis === null ? ravel(a) : moveaxis(a, ax, 0);
  const m = concreteMask(c, where);
  const n = a.shape[0];
  if (m.slice(n).some((v) => v)) throw new ShapeError(`[${where}] condition contains entries that are out of bounds for axis of size ${n}`);
  const hits: number[] = [];
  m.slice(0, n).forEach((v, i) => {
    if (v) hits.push(i);
  });
  const size = checkSize(opts.size, where);
  if (size !== undefined && size > Math.min(n, m.length))
    throw new ValueError(`[${where}] size must not be greater than the size of the array axis; got size=${size} for axis size ${Math.min(n, m.length)}`);
  let r = takeStatic(a, size === undefined ? hits : hits.slice(0, size), 0);
  if (size !== undefined && size > hits.length) {
    const fv = opts.fillValue ?? 0;
    if (typeof fv !== "number") throw new ValueError(`[${where}] fillValue must be a number`);
    r = lax.pad(r, fromFlat([fv], [], r.dtype), r.shape.map((_, i) => [0, i === 0 ? size - hits.length : 0, 0] as const));
  }
  return axis === null ? r : moveaxis(r, 0, ax);
};

/** `np.extract(condition, x, { size, fillValue })`: elements of flattened `x` where `condition` holds. @category searching */
export const extract = (condition: ArrayLike, x: ArrayLike, opts: SizeOptions = {}): NDArray =>
  compress(ravel(asArray(condition, "np.extract")), ravel(asArray(x, "np.extract")), opts);
