// Array creation: array, asarray, zeros/ones/full/empty and their *Like
// forms, arange, linspace, logspace, geomspace. Default dtype float32 (as
// jnp); `arange` of JS integers gives int32. Everything is built from lax
// (iota, broadcast, arithmetic), so it also works under tracing.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromJS } from "../core/asarray.js";
import { canonicalize, checkDType, type DType, defaultFloat } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { resultType } from "../core/promotion.js";
import { broadcastShapes, checkShape, normalizeAxis } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import { concatenate } from "../lax/shape-pad.js";
import { expandDims, iota, reshape, transpose } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { power } from "./math.js";
import { cast, isFloatDType, isIntDType, operand, toInexact, userDType } from "./math-util.js";
import { asArray, toDType } from "./util.js";

/**
 * `np.array(x, { dtype })`: JS numbers give float32 unless `dtype` is set;
 * booleans give bool; typed arrays keep their type.
 * @example np.array([[1, 2], [3, 4]], { dtype: "int32" })
 * @category creation
 */
export const array = <D extends DType = DType>(x: ArrayLike, opts: { dtype?: D } = {}): NDArray<D> => {
  if (x instanceof NDArray) return (opts.dtype ? convertElementType(x, canonicalize(checkDType(opts.dtype, "np.array"))) : x) as NDArray<D>;
  return fromJS(x, opts.dtype, "np.array") as unknown as NDArray<D>;
};

/** `np.asarray(x, { dtype })`: like `array`, but JS scalars stay weakly typed. @category creation */
export const asarray = <D extends DType = DType>(x: ArrayLike, opts: { dtype?: D } = {}): NDArray<D> =>
  (opts.dtype ? array(x, opts) : asArray(x)) as NDArray<D>;

type ShapeArg = number | readonly number[];
const shapeOf = (s: ShapeArg, where: string): number[] => checkShape(typeof s === "number" ? [s] : s, where);
const dtypeOr = (d: DType | undefined, where: string): DType => (d === undefined ? canonicalize(defaultFloat()) : userDType(d, where));

/** `np.full(shape, fillValue, { dtype })`: dtype defaults to the fill value's (JS integer → int32, weak). @category creation */
export const full = (shape: ShapeArg, fillValue: ArrayLike, opts: { dtype?: DType } = {}): NDArray => {
  const s = shapeOf(shape, "np.full");
  const d = opts.dtype !== undefined ? userDType(opts.dtype, "np.full") : undefined;
  const a = operand("np.full", fillValue);
  const vv = d === undefined ? a : fillValue instanceof NDArray ? cast(a, d) : toDType(fillValue, d, false, "np.full");
  broadcastShapes([vv.shape, s], "np.full");
  return broadcastTo(vv, s);
};

/** `np.zeros(shape, { dtype })`. @category creation */
export const zeros = (shape: ShapeArg, opts: { dtype?: DType } = {}): NDArray =>
  broadcastTo(toDType(0, dtypeOr(opts.dtype, "np.zeros"), false, "np.zeros"), shapeOf(shape, "np.zeros"));
/** `np.ones(shape, { dtype })`. @category creation */
export const ones = (shape: ShapeArg, opts: { dtype?: DType } = {}): NDArray =>
  broadcastTo(toDType(1, dtypeOr(opts.dtype, "np.ones"), false, "np.ones"), shapeOf(shape, "np.ones"));
/** `np.empty(shape, { dtype })`: zeros, as in JAX (arrays are never uninitialized). @category creation */
export const empty = (shape: ShapeArg, opts: { dtype?: DType } = {}): NDArray => zeros(shape, opts);

/** Options of the *Like creators. */
export interface LikeOptions {
  readonly dtype?: DType;
  readonly shape?: ShapeArg;
}
const like = (name: string, x: ArrayLike, v: number | boolean | ArrayLike, opts: LikeOptions): NDArray => {
  const a = operand(`np.${name}`, x);
  const d = opts.dtype !== undefined ? userDType(opts.dtype, `np.${name}`) : a.dtype;
  const s = opts.shape !== undefined ? shapeOf(opts.shape, `np.${name}`) : [...a.shape];
  const fill = v instanceof NDArray ? cast(v, d) : toDType(v as number, d, opts.dtype === undefined && a.weakType, `np.${name}`);
  return broadcastTo(fill, s);
};
/** `np.zerosLike(x, { dtype, shape })`. @category creation */
export const zerosLike = (x: ArrayLike, opts: LikeOptions = {}): NDArray => like("zeros_like", x, 0, opts);
/** `np.onesLike(x, { dtype, shape })`. @category creation */
export const onesLike = (x: ArrayLike, opts: LikeOptions = {}): NDArray => like("ones_like", x, 1, opts);
/** `np.emptyLike(x, { dtype, shape })`: zeros. @category creation */
export const emptyLike = (x: ArrayLike, opts: LikeOptions = {}): NDArray => like("empty_like", x, 0, opts);
/** `np.fullLike(x, fillValue, { dtype, shape })`. @category creation */
export const fullLike = (x: ArrayLike, fillValue: ArrayLike, opts: LikeOptions = {}): NDArray => {
  const a = operand("np.full_like", x);
  const d = opts.dtype !== undefined ? userDType(opts.dtype, "np.full_like") : a.dtype;
  const s = opts.shape !== undefined ? shapeOf(opts.shape, "np.full_like") : [...a.shape];
  const v = fillValue instanceof NDArray ? cast(fillValue, d) : toDType(fillValue, d, false, "np.full_like");
  broadcastShapes([v.shape, s], "np.full_like");
  return broadcastTo(v, s);
};

const scalarArg = (where: string, name: string, v: unknown): number => {
  if (typeof v === "number") return v;
  if (v instanceof NDArray && v.ndim === 0) return Number(v.item());
  throw new ValueError(`[${where}] ${name} must be a scalar number, got ${v instanceof NDArray ? `an array of shape (${v.shape.join(", ")})` : typeof v}`);
};

/**
 * `np.arange(start, stop?, step?, { dtype })`: `[start, stop)` by `step`.
 * JS integers give int32 (the default int), any fractional argument float32.
 * @category creation
 */
export const arange = (start: number, stop?: number | null | { dtype?: DType }, step?: number | null | { dtype?: DType }, opts: { dtype?: DType } = {}): NDArray => {
  if (step !== null && typeof step === "object") [opts, step] = [step, undefined];
  if (stop !== null && typeof stop === "object") [opts, stop] = [stop, undefined];
  const a = scalarArg("np.arange", "start", start);
  const b = stop == null ? undefined : scalarArg("np.arange", "stop", stop);
  const c = step == null ? undefined : scalarArg("np.arange", "step", step);
  const args = [a, b, c].filter((v): v is number => v !== undefined);
  if (args.some((v) => !Number.isFinite(v))) throw new ValueError(`[np.arange] arguments must be finite, got ${args.join(", ")}`);
  const d = opts.dtype !== undefined ? userDType(opts.dtype, "np.arange") : resultType(...args);
  let [lo, hi] = b === undefined ? [0, a] : [a, b];
  if (c !== undefined) {
    if (c === 0) throw new ValueError(`[np.arange] step must not be zero`);
    const work = isFloatDType(d) && d !== "float32" && d !== "float64" ? "float32" : d;
    const size = Math.max(0, Math.ceil((hi - lo) / c));
    const r = lax.add(lax.mul(iota(work, size), toDType(c, work, false, "np.arange")), toDType(lo, work, false, "np.arange"));
    return cast(r, d);
  }
  if (lo === 0) return iota(d, Math.max(0, Math.ceil(hi)));
  return lax.add(iota(d, Math.max(0, Math.ceil(hi - lo))), toDType(lo, d, false, "np.arange"));
};

/** Options of linspace / logspace / geomspace. */
export interface LinspaceOptions {
  readonly endpoint?: boolean;
  readonly dtype?: DType;
  readonly axis?: number;
}

const spaceDType = (where: string, start: ArrayLike, stop: ArrayLike, d: DType | undefined): DType => {
  if (d !== undefined) return userDType(d, where);
  const t = (v: ArrayLike) => (typeof v === "number" || typeof v === "boolean" ? v : operand(where, v).dtype);
  return toInexact(resultType(t(start), t(stop)));
};

const linspaceImpl = (start: ArrayLike, stop: ArrayLike, num: number, opts: LinspaceOptions): [NDArray, NDArray] => {
  if (!Number.isInteger(num) || num < 0) throw new ValueError(`[np.linspace] number of samples must be a non-negative integer, got ${num}`);
  const endpoint = opts.endpoint ?? true;
  const dtype = spaceDType("np.linspace", start, stop, opts.dtype);
  const comp = toInexact(dtype);
  const s0 = cast(operand("np.linspace", start), comp);
  const e0 = cast(operand("np.linspace", stop), comp);
  const bshape = broadcastShapes([s0.shape, e0.shape], "np.linspace");
  const s = broadcastTo(s0, bshape);
  const e = broadcastTo(e0, bshape);
  const axis = normalizeAxis(opts.axis ?? 0, bshape.length + 1, "np.linspace");
  const withAxis = [...bshape.slice(0, axis), 1, ...bshape.slice(axis)];
  const div = endpoint ? num - 1 : num;
  let out: NDArray;
  let delta: NDArray;
  if (num > 1) {
    delta = lax.div(lax.sub(e, s), toDType(div, comp, false, "np.linspace"));
    const iotaShape = withAxis.map((_, i) => (i === axis ? div : 1));
    const step = reshape(lax.div(iota(comp, div), toDType(div, comp, false, "np.linspace")), iotaShape);
    out = lax.add(lax.mul(reshape(s, withAxis), lax.sub(toDType(1, comp, false, "np.linspace"), step)), lax.mul(reshape(e, withAxis), step));
    if (endpoint) out = concatenate([out, expandDims(e, [axis])], axis);
  } else if (num === 1) {
    delta = endpoint ? toDType(NaN, comp, false, "np.linspace") : lax.sub(e, s);
    out = reshape(s, withAxis);
  } else {
    delta = toDType(NaN, comp, false, "np.linspace");
    out = broadcastTo(toDType(0, comp, false, "np.linspace"), withAxis.map((d, i) => (i === axis ? 0 : d)));
  }
  if (isIntDType(dtype) && !isIntDType(out.dtype)) out = lax.floor(out);
  return [cast(out, dtype), delta];
};

/**
 * `np.linspace(start, stop, num = 50, { endpoint, dtype, axis })`: `num`
 * evenly spaced samples; start/stop may be arrays (samples along `axis`).
 * @category creation
 */
export const linspace = (start: ArrayLike, stop: ArrayLike, num = 50, opts: LinspaceOptions = {}): NDArray => linspaceImpl(start, stop, num, opts)[0];

/** `np.linspace(..., { retstep: true })`: `[samples, step]`. @category creation */
export const linspaceWithStep = (start: ArrayLike, stop: ArrayLike, num = 50, opts: LinspaceOptions = {}): [NDArray, NDArray] => linspaceImpl(start, stop, num, opts);

/** `np.logspace(start, stop, num = 50, { endpoint, base = 10, dtype, axis })`: base ** linspace. @category creation */
export const logspace = (start: ArrayLike, stop: ArrayLike, num = 50, opts: LinspaceOptions & { base?: number } = {}): NDArray => {
  const dtype = spaceDType("np.logspace", start, stop, opts.dtype);
  const comp = toInexact(dtype);
  const lin = linspace(cast(operand("np.logspace", start), comp), cast(operand("np.logspace", stop), comp), num, { endpoint: opts.endpoint, axis: opts.axis });
  return cast(power(opts.base ?? 10, lin), dtype);
};

/** `np.geomspace(start, stop, num = 50, { endpoint, dtype, axis })`: geometric progression. @category creation */
export const geomspace = (start: ArrayLike, stop: ArrayLike, num = 50, opts: LinspaceOptions = {}): NDArray => {
  const dtype = spaceDType("np.geomspace", start, stop, opts.dtype);
  const comp = toInexact(dtype);
  const s = cast(operand("np.geomspace", start), comp);
  const e = cast(operand("np.geomspace", stop), comp);
  const sign = lax.sign(s);
  const log10 = (x: NDArray) => lax.mul(lax.log(x), 0.4342944819032518);
  let res = lax.mul(sign, logspace(log10(lax.div(s, sign)), log10(lax.div(e, sign)), num, { endpoint: opts.endpoint, dtype: comp }));
  const axis = normalizeAxis(opts.axis ?? 0, res.ndim, "np.geomspace");
  if (axis !== 0) res = transpose(res, [...Array.from({ length: axis }, (_, i) => i + 1), 0, ...Array.from({ length: res.ndim - axis - 1 }, (_, i) => i + axis + 1)]);
  return cast(res, dtype);
};
