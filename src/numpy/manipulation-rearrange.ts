// Rearranging elements in jaxts/numpy: tile, repeat, flip/fliplr/flipud,
// roll, rot90, diagonal and trace. Shifts, repeats and offsets are concrete
// JS numbers (static, as in jnp), so each lowers to a fixed set of lax
// broadcast_in_dim / reshape / rev / slice / concatenate / gather equations.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { isConcrete } from "../core/array.js";
import { fromFlat } from "../core/asarray.js";
import { canonicalize, checkDType, defaultInt, defaultUInt, dtypeInfo, isInteger, type DType } from "../core/dtype.js";
import { convertElementType } from "../lax/convert.js";
import { reduceSum } from "../lax/reduce.js";
import { fmtShape, ShapeError, TracerError, ValueError } from "../core/errors.js";
import { intList, normalizeAxes, normalizeAxis } from "../core/shape.js";
import { gather } from "../lax/gather.js";
import * as lax from "../lax/shape.js";
import { moveaxis, ravel, transpose } from "./manipulation-shape.js";
import { axesList, concatRaw, sliceAxis, takeStatic } from "./manipulation-util.js";
import { asArray } from "./util.js";

const checkInt = (v: unknown, what: string, where: string): number => {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new ValueError(`[${where}] ${what} must be an integer, got ${String(v)}`);
  return v;
};

/** `np.tile(x, reps)`: repeats the whole array `reps[i]` times along each axis. @category manipulation */
export const tile = (x: ArrayLike, reps: number | readonly number[]): NDArray => {
  const a = asArray(x, "np.tile");
  const r = intList(reps, "np.tile", "reps");
  r.forEach((v) => {
    if (checkInt(v, "reps", "np.tile") < 0) throw new ValueError(`[np.tile] reps must be non-negative, got [${r.join(", ")}]`);
  });
  const d = Math.max(r.length, a.ndim);
  const shape = [...Array(d - a.ndim).fill(1), ...a.shape];
  const rr = [...Array(d - r.length).fill(1), ...r];
  const src = lax.reshape(a, shape);
  const big = lax.broadcastInDim(src, shape.flatMap((s, i) => [rr[i], s]), shape.map((_, i) => 2 * i + 1));
  return lax.reshape(big, shape.map((s, i) => s * rr[i]));
};

/** Concrete repeat counts from a number, list, or concrete integer array. */
const concreteRepeats = (repeats: number | ArrayLike, where: string): number | number[] => {
  if (typeof repeats === "number") return checkInt(repeats, "repeats", where);
  if (Array.isArray(repeats) && repeats.every((v) => typeof v === "number")) return repeats.map((v) => checkInt(v, "repeats", where));
  const r = asArray(repeats, where);
  if (!isConcrete(r))
    throw new TracerError(`[${where}] repeats must be concrete (its values fix the output shape)`);
  if (!isInteger(r.dtype))
    throw new ValueError(`[${where}] repeats must be integers, got dtype ${r.dtype}`);
  if (r.ndim > 1) throw new ShapeError(`[${where}] repeats must be a scalar or 1-D, got shape ${fmtShape(r.shape)}`);
  const vals = Array.from(r.toTypedArray() as globalThis.ArrayLike<number | bigint>, Number);
  return r.ndim === 0 ? vals[0] : vals;
};

/**
 * `np.repeat(x, repeats, { axis, totalRepeatLength })`: repeats each element
 * (`axis` null flattens first). `repeats` is a number or concrete per-element
 * counts. `totalRepeatLength` fixes the output length: longer pads with the
 * last element, shorter truncates (as jnp).
 * @category manipulation
 */
export const repeat = (x: ArrayLike, repeats: number | ArrayLike, opts: { axis?: number | null; totalRepeatLength?: number | null } = {}): NDArray => {
  const where = "np.repeat";
  let a = asArray(x, where);
  let axis = opts.axis ?? null;
  if (axis === null) {
    a = ravel(a);
    axis = 0;
  }
  if (a.ndim === 0) a = lax.reshape(a, [1]);
  const ax = normalizeAxis(axis, a.ndim, where);
  const n = a.shape[ax];
  let reps = concreteRepeats(repeats, where);
  if (Array.isArray(reps) && reps.length === 1) reps = reps[0];
  const total = opts.totalRepeatLength ?? null;
  if (total !== null && (checkInt(total, "totalRepeatLength", where) < 0))
    throw new ValueError(`[${where}] totalRepeatLength must be non-negative, got ${total}`);
  const list = typeof reps === "number" ? Array<number>(n).fill(reps) : reps;
  if (list.length !== n)
    throw new ShapeError(`[${where}] repeats has ${list.length} entries but axis ${ax} has size ${n}`);
  if (list.some((v) => v < 0)) throw new ValueError(`[${where}] repeats may not contain negative values, got [${list.join(", ")}]`);
  if (typeof reps === "number" && (total === null || total === n * reps)) {
    // Uniform repeats: broadcast along a new axis after `ax`, then merge the two.
    const bshape = [...a.shape.slice(0, ax + 1), reps, ...a.shape.slice(ax + 1)];
    const dims = a.shape.map((_, i) => (i <= ax ? i : i + 1));
    const out = [...a.shape];
    out[ax] = n * reps;
    return lax.reshape(lax.broadcastInDim(a, bshape, dims), out);
  }
  const idx: number[] = [];
  list.forEach((r, i) => {
    for (let k = 0; k < r; k++) idx.push(i);
  });
  const len = total ?? idx.length;
  if (len > 0 && n === 0) throw new ValueError(`[${where}] cannot repeat an empty axis to length ${len}`);
  const last = idx.length > 0 ? idx[idx.length - 1] : n - 1;
  const full = Array.from({ length: len }, (_, i) => (i < idx.length ? idx[i] : last));
  return takeStatic(a, full, ax);
};

/** `np.flip(x, { axis })`: reverses the order along the given axes (default all). @category manipulation */
export const flip = (x: ArrayLike, opts: { axis?: number | readonly number[] | null } = {}): NDArray => {
  const a = asArray(x, "np.flip");
  const axes = normalizeAxes(opts.axis, a.ndim, "np.flip");
  return axes.length === 0 ? a : lax.rev(a, axes);
};

/** `np.fliplr(x)`: reverses axis 1 (ndim >= 2). @category manipulation */
export const fliplr = (x: ArrayLike): NDArray => {
  const a = asArray(x, "np.fliplr");
  if (a.ndim < 2) throw new ShapeError(`[np.fliplr] expected an array of ndim >= 2, got shape ${fmtShape(a.shape)}`);
  return flip(a, { axis: 1 });
};

/** `np.flipud(x)`: reverses axis 0 (ndim >= 1). @category manipulation */
export const flipud = (x: ArrayLike): NDArray => {
  const a = asArray(x, "np.flipud");
  if (a.ndim < 1) throw new ShapeError(`[np.flipud] expected an array of ndim >= 1, got shape ${fmtShape(a.shape)}`);
  return flip(a, { axis: 0 });
};

/**
 * `np.roll(x, shift, { axis })`: cyclic shift of elements; `axis` null (default)
 * rolls the flattened array. Shifts and axes broadcast against each other.
 * @category manipulation
 */
export const roll = (x: ArrayLike, shift: number | readonly number[], opts: { axis?: number | readonly number[] | null } = {}): NDArray => {
  const where = "np.roll";
  const a = asArray(x, where);
  if (opts.axis == null) {
    if (typeof shift !== "number") throw new ValueError(`[${where}] with axis null, shift must be a single integer`);
    return lax.reshape(roll(ravel(a), shift, { axis: 0 }), a.shape);
  }
  const shifts = intList(shift, "np.roll", "shift");
  const axes = (typeof opts.axis === "number" ? [opts.axis] : [...opts.axis]).map((ax) => normalizeAxis(ax, a.ndim, where));
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== n && shifts.length !== 1) || (axes.length !== n && axes.length !== 1))
    throw new ShapeError(`[${where}] shift and axis must broadcast together, got ${shifts.length} shifts and ${axes.length} axes`);
  let out = a;
  for (let i = 0; i < n; i++) {
    const ax = axes[axes.length === 1 ? 0 : i];
    const len = a.shape[ax];
    const s = checkInt(shifts[shifts.length === 1 ? 0 : i], "shift", where);
    if (len === 0) continue;
    const k = ((s % len) + len) % len;
    if (k === 0) continue;
    out = concatRaw([sliceAxis(out, ax, len - k, len), sliceAxis(out, ax, 0, len - k)], ax);
  }
  return out;
};

/** `np.rot90(x, { k, axes })`: rotates by 90 degrees `k` times in the plane of `axes` (default [0, 1]). @category manipulation */
export const rot90 = (x: ArrayLike, opts: { k?: number; axes?: readonly [number, number] } = {}): NDArray => {
  const where = "np.rot90";
  const a = asArray(x, where);
  const axesIn = opts.axes ?? [0, 1];
  if (!Array.isArray(axesIn) || axesIn.length !== 2) throw new ValueError(`[${where}] axes must be a pair of axes, got ${JSON.stringify(axesIn)}`);
  if (a.ndim < 2) throw new ShapeError(`[${where}] expected an array of ndim >= 2, got shape ${fmtShape(a.shape)}`);
  const [a0, a1] = axesList(axesIn, a.ndim, where);
  const k = ((checkInt(opts.k ?? 1, "k", where) % 4) + 4) % 4;
  if (k === 0) return a;
  if (k === 2) return flip(a, { axis: [a0, a1] });
  const perm = a.shape.map((_, i) => (i === a0 ? a1 : i === a1 ? a0 : i));
  return k === 1 ? transpose(flip(a, { axis: a1 }), perm) : flip(transpose(a, perm), { axis: a1 });
};

export interface DiagonalOptions {
  readonly offset?: number;
  readonly axis1?: number;
  readonly axis2?: number;
}

/**
 * `np.diagonal(x, { offset, axis1, axis2 })`: the diagonal of the (axis1, axis2)
 * planes, as a new last axis. Lowered to reshape + strided slice.
 * @category manipulation
 */
export const diagonal = (x: ArrayLike, opts: DiagonalOptions = {}): NDArray => {
  const where = "np.diagonal";
  const a = asArray(x, where);
  if (a.ndim < 2) throw new ShapeError(`[${where}] expected an array of ndim >= 2, got shape ${fmtShape(a.shape)}`);
  const [i1, i2] = axesList([opts.axis1 ?? 0, opts.axis2 ?? 1], a.ndim, where);
  const off = checkInt(opts.offset ?? 0, "offset", where);
  const m = moveaxis(a, [i1, i2], [-2, -1]);
  const lead = m.shape.slice(0, -2);
  const [r, c] = m.shape.slice(-2);
  const len = Math.max(0, off >= 0 ? Math.min(r, c - off) : Math.min(r + off, c));
  const flat = lax.reshape(m, [...lead, r * c]);
  const start = len === 0 ? 0 : off >= 0 ? off : -off * c;
  const stop = len === 0 ? 0 : start + (len - 1) * (c + 1) + 1;
  return sliceAxis(flat, lead.length, start, stop, c + 1);
};

/**
 * `np.trace(x, { offset, axis1, axis2, dtype })`: sum along the diagonal, with
 * `np.sum`'s dtype rules: bool and small ints accumulate in the default int,
 * small uints in the default uint; 16-bit floats accumulate in float32.
 * @category manipulation
 */
export const trace = (x: ArrayLike, opts: DiagonalOptions & { dtype?: DType } = {}): NDArray => {
  const d = diagonal(x, opts);
  const info = dtypeInfo(d.dtype);
  const out =
    opts.dtype !== undefined
      ? canonicalize(checkDType(opts.dtype, "np.trace"))
      : info.kind === "b" || (info.kind === "i" && info.bits < dtypeInfo(defaultInt()).bits)
        ? defaultInt()
        : info.kind === "u" && info.bits < dtypeInfo(defaultUInt()).bits
          ? defaultUInt()
          : d.dtype;
  const comp = out === "float16" || out === "bfloat16" ? "float32" : out;
  return convertElementType(reduceSum(convertElementType(d, comp), [d.ndim - 1]), out);
};
