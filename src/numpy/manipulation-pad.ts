// np.pad: every NumPy mode, ported from jnp's implementation axis by axis
// (later axes see earlier padding, so corners match NumPy): constant and
// empty through lax.pad; edge, wrap, reflect/symmetric (even and odd) through
// slices, rev and concatenate; linear_ramp and the statistic modes by formula.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromFlat } from "../core/asarray.js";
import { defaultFloat, dtypeInfo, isInteger } from "../core/dtype.js";
import { fmtShape, NotImplementedError, ShapeError, ValueError } from "../core/errors.js";
import { convertElementType } from "../lax/convert.js";
import * as ew from "../lax/elementwise.js";
import * as lax from "../lax/shape.js";
import { round } from "./math-round.js";
import { max, mean, min } from "./reductions.js";
import { median } from "./reductions-stats.js";
import { concatRaw, sliceAxis } from "./manipulation-util.js";
import { asArray } from "./util.js";

export type PadMode = "constant" | "edge" | "linear_ramp" | "maximum" | "mean" | "median" | "minimum" | "reflect" | "symmetric" | "wrap" | "empty";

/** A per-axis (before, after) spec: a number, [n], [before, after], [[before, after]] or one pair per axis. */
export type PadSpec = number | readonly number[] | readonly (readonly number[])[];

/** Options of `np.pad`. @category manipulation */
export interface PadOptions {
  readonly mode?: PadMode;
  /** Mode "constant": the fill values (default 0). */
  readonly constantValues?: PadSpec;
  /** Mode "linear_ramp": the values at the outer ends (default 0). */
  readonly endValues?: PadSpec;
  /** Statistic modes: how many edge elements the statistic uses (default all). */
  readonly statLength?: PadSpec | null;
  /** Modes "reflect"/"symmetric": "even" (default) or "odd" (extrapolating). */
  readonly reflectType?: "even" | "odd";
}

/** jnp's _broadcast_to_pairs: shapes (nd, 2), (1, 2), (2,), (1,) or (). */
const toPairs = (v: PadSpec, nd: number, name: string, ints: boolean): [number, number][] => {
  const ok = (x: unknown) => typeof x === "number" && (!ints || (Number.isInteger(x) && x >= 0));
  const bad = () => new ValueError(`[np.pad] ${name} must be a non-negative integer or pairs of them with one pair per axis (${nd}), got ${JSON.stringify(v)}`);
  let pairs: [number, number][];
  if (typeof v === "number") pairs = Array.from({ length: nd }, () => [v, v]);
  else if (!Array.isArray(v)) throw bad();
  else if (v.every((e) => typeof e === "number")) {
    const l = v as readonly number[];
    if (l.length === 1) pairs = Array.from({ length: nd }, () => [l[0], l[0]]);
    else if (l.length === 2) pairs = Array.from({ length: nd }, () => [l[0], l[1]]);
    else throw bad();
  } else {
    const l = v as readonly (readonly number[])[];
    if (!l.every((p) => Array.isArray(p) && (p.length === 2 || p.length === 1))) throw bad();
    const norm = l.map((p) => [p[0], p.length === 2 ? p[1] : p[0]] as [number, number]);
    if (norm.length === nd) pairs = norm;
    else if (norm.length === 1) pairs = Array.from({ length: nd }, () => norm[0]);
    else throw bad();
  }
  if (pairs.some((p) => !ok(p[0]) || !ok(p[1]))) throw bad();
  return pairs;
};

const scalar = (v: number, like: NDArray): NDArray => fromFlat([v], [], like.dtype, like.weakType);

const padEmptyCheck = (a: NDArray, i: number, w: [number, number], mode: string): boolean => {
  if (a.shape[i] > 0) return false;
  if (w[0] > 0 || w[1] > 0) throw new ShapeError(`[np.pad] cannot apply "${mode}" padding to the empty axis ${i} of shape ${fmtShape(a.shape)}`);
  return true;
};

/** `n` copies of the size-1 slice `e` along axis i. */
const repeatEdge = (e: NDArray, n: number, i: number): NDArray =>
  lax.broadcastInDim(lax.squeeze(e, [i]), e.shape.map((d, k) => (k === i ? n : d)), e.shape.map((_, k) => k).filter((k) => k !== i));

const reflectAxis = (a0: NDArray, i: number, w: [number, number], mode: "reflect" | "symmetric", odd: boolean): NDArray => {
  let a = a0;
  const n = a.shape[i];
  const offset = mode === "reflect" && n > 1 ? 1 : 0;
  for (const before of [true, false]) {
    let padding = before ? w[0] : w[1];
    let edge = before ? sliceAxis(a, i, 0, 1) : sliceAxis(a, i, a.shape[i] - 1, a.shape[i]);
    while (padding > 0) {
      const cur = Math.min(padding, n - offset);
      padding -= cur;
      const len = a.shape[i];
      const stopOff = mode === "symmetric" || n === 1 ? 0 : 1;
      let x = before ? sliceAxis(a, i, offset, offset + cur) : sliceAxis(a, i, len - cur - offset, len - stopOff);
      x = lax.rev(x, [i]);
      if (odd) {
        x = ew.sub(ew.mul(lax.broadcastInDim(edge, x.shape, x.shape.map((_, k) => k)), scalar(2, x)), x);
        if (n > 1) edge = before ? sliceAxis(x, i, 0, 1) : sliceAxis(x, i, x.shape[i] - 1, x.shape[i]);
      }
      a = before ? concatRaw([x, a], i) : concatRaw([a, x], i);
    }
  }
  return a;
};

/** The ramp from `end` (at the outside) toward the edge slice `e`, `num` long, as jnp.linspace(endpoint=False). */
const ramp = (end: number, e: NDArray, num: number, i: number): NDArray => {
  const comp = dtypeInfo(e.dtype).kind === "f" ? e.dtype : defaultFloat();
  const steps = Array.from({ length: num }, (_, k) => k / num);
  const shape = e.shape.map((d, k) => (k === i ? num : 1));
  const step = fromFlat(steps, shape, comp);
  const oneMinus = ew.sub(fromFlat(Array(num).fill(1), shape, comp), step);
  const startPart = ew.mul(fromFlat([end], [], comp), oneMinus);
  const full = e.shape.map((d, k) => (k === i ? num : d));
  const ef = lax.broadcastInDim(convertElementType(e, comp), full, full.map((_, k) => k));
  let out = ew.add(lax.broadcastInDim(startPart, full, full.map((_, k) => k)), ew.mul(ef, lax.broadcastInDim(step, full, full.map((_, k) => k))));
  if (isInteger(e.dtype)) out = ew.floor(out);
  return convertElementType(out, e.dtype, e.weakType);
};

/**
 * `np.pad(x, padWidth, { mode, constantValues, endValues, statLength, reflectType })`:
 * pads every axis by `padWidth` (a number, `[before, after]`, or one pair per axis).
 * @example np.pad(x, [[1, 1], [0, 2]], { mode: "reflect" })
 * @category manipulation
 */
export const pad = (x: ArrayLike, padWidth: PadSpec, opts: PadOptions = {}): NDArray => {
  let a = asArray(x, "np.pad");
  const nd = a.ndim;
  const pw = toPairs(padWidth, nd, "padWidth", true);
  const mode = opts.mode ?? "constant";
  if (mode === "constant" || mode === "empty") {
    const cv = mode === "empty" ? 0 : (opts.constantValues ?? 0);
    if (typeof cv === "number") return lax.pad(a, scalar(cv, a), pw.map(([b, c]) => [b, c, 0] as const));
    const vals = toPairs(cv, nd, "constantValues", false);
    for (let i = 0; i < nd; i++) {
      const cfg = (lo: number, hi: number) => a.shape.map((_, k) => (k === i ? [lo, hi, 0] : [0, 0, 0]) as [number, number, number]);
      a = lax.pad(a, scalar(vals[i][0], a), cfg(pw[i][0], 0));
      a = lax.pad(a, scalar(vals[i][1], a), cfg(0, pw[i][1]));
    }
    return a;
  }
  if (mode === "edge" || mode === "wrap" || mode === "reflect" || mode === "symmetric") {
    const odd = (opts.reflectType ?? "even") === "odd";
    if (opts.reflectType !== undefined && opts.reflectType !== "even" && opts.reflectType !== "odd")
      throw new ValueError(`[np.pad] reflectType must be "even" or "odd", got ${JSON.stringify(opts.reflectType)}`);
    for (let i = 0; i < nd; i++) {
      if (padEmptyCheck(a, i, pw[i], mode)) continue;
      const n = a.shape[i];
      const [b, c] = pw[i];
      if (mode === "edge") a = concatRaw([repeatEdge(sliceAxis(a, i, 0, 1), b, i), a, repeatEdge(sliceAxis(a, i, n - 1, n), c, i)], i);
      else if (mode === "wrap") {
        const parts: NDArray[] = [];
        if (b % n > 0) parts.push(sliceAxis(a, i, n - (b % n), n));
        for (let r = 0; r < Math.floor(b / n) + Math.floor(c / n) + 1; r++) parts.push(a);
        if (c % n > 0) parts.push(sliceAxis(a, i, 0, c % n));
        a = concatRaw(parts, i);
      } else a = reflectAxis(a, i, pw[i], mode, odd);
    }
    return a;
  }
  if (mode === "linear_ramp") {
    const ev = toPairs(opts.endValues ?? 0, nd, "endValues", false);
    for (let i = 0; i < nd; i++) {
      if (padEmptyCheck(a, i, pw[i], mode)) continue;
      const n = a.shape[i];
      const before = ramp(ev[i][0], sliceAxis(a, i, 0, 1), pw[i][0], i);
      const after = lax.rev(ramp(ev[i][1], sliceAxis(a, i, n - 1, n), pw[i][1], i), [i]);
      a = concatRaw([before, a, after], i);
    }
    return a;
  }
  const stats = { maximum: max, minimum: min, mean, median } as const;
  const f = (stats as Record<string, (x: NDArray, o: { axis: number; keepdims: boolean }) => NDArray>)[mode];
  if (f === undefined) throw new NotImplementedError(`[np.pad] unimplemented padding mode ${JSON.stringify(mode)}`);
  const sl = opts.statLength == null ? null : toPairs(opts.statLength, nd, "statLength", true);
  for (let i = 0; i < nd; i++) {
    if (padEmptyCheck(a, i, pw[i], mode)) continue;
    const n = a.shape[i];
    let sb: NDArray;
    let sa: NDArray;
    if (sl === null) sb = sa = f(a, { axis: i, keepdims: true });
    else {
      if (sl[i][0] === 0 || sl[i][1] === 0) throw new ValueError(`[np.pad] statLength of 0 yields no value for padding`);
      sb = f(sliceAxis(a, i, 0, Math.min(sl[i][0], n)), { axis: i, keepdims: true });
      sa = f(sliceAxis(a, i, n - Math.min(sl[i][1], n), n), { axis: i, keepdims: true });
    }
    if (isInteger(a.dtype)) {
      sb = round(sb);
      sa = round(sa);
    }
    sb = convertElementType(sb, a.dtype, a.weakType);
    sa = convertElementType(sa, a.dtype, a.weakType);
    a = concatRaw([repeatEdge(sb, pw[i][0], i), a, repeatEdge(sa, pw[i][1], i)], i);
  }
  return a;
};
