// Internal helpers of the numpy manipulation files (not part of the public
// namespace): axis lists, one-axis slices, concatenation of same-dtype
// arrays, and gathers at concrete host indices.

import type { NDArray } from "../core/array.js";
import { fromFlat } from "../core/asarray.js";
import { ValueError } from "../core/errors.js";
import { normalizeAxes, normalizeAxis } from "../core/shape.js";
import { gather } from "../lax/gather.js";
import * as lax from "../lax/shape.js";

/** Normalizes an axis list (number or list), rejecting repeats, for `where`. */
export const axesList = (axis: number | readonly number[], ndim: number, where: string): number[] => {
  if (axis === null || axis === undefined) throw new ValueError(`[${where}] expected an axis or a list of axes, got ${String(axis)}`);
  return normalizeAxes(axis, ndim, where);
};

/** Slice of `a` along one axis, [start, stop). */
export const sliceAxis = (a: NDArray, axis: number, start: number, stop: number, step = 1): NDArray => {
  if (start === 0 && stop === a.shape[axis] && step === 1) return a;
  const s = a.shape.map(() => 0);
  const l = [...a.shape];
  const st = a.shape.map(() => 1);
  s[axis] = start;
  l[axis] = stop;
  st[axis] = step;
  return lax.slice(a, s, l, st);
};

/** Concatenation of arrays that already share a dtype (single arrays pass through). */
export const concatRaw = (arrs: readonly NDArray[], axis: number): NDArray => (arrs.length === 1 ? arrs[0] : lax.concatenate(arrs, axis));

/** Elements of `a` at host indices `idx` along `axis` (one gather). */
export const takeStatic = (a: NDArray, idx: readonly number[], axis: number): NDArray => {
  const indices = fromFlat(idx, [idx.length, 1], "int32");
  const offsetDims = a.shape.map((_, i) => i).filter((i) => i !== axis);
  const sliceSizes = a.shape.map((d, i) => (i === axis ? 1 : d));
  return gather(a, indices, { offsetDims, collapsedSliceDims: [axis], startIndexMap: [axis] }, sliceSizes, {
    mode: "promise_in_bounds",
    indicesAreSorted: idx.every((v, i) => i === 0 || v >= idx[i - 1]),
  });
};

