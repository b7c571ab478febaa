// Two-set routines of jaxts/numpy: isin (a traced-friendly broadcast compare)
// and intersect1d / union1d / setdiff1d / setxor1d. The set algebra runs on the
// host over a concrete array (NaNs sort last and never match, -0 == +0); the
// values are gathered from the inputs, so every dtype keeps its bits. A static
// `size` truncates or pads the result with `fillValue`, with JAX's defaults.

import { cmpEl, type El } from "./sort-order.js";
import { isConcrete, type NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromFlat } from "../core/asarray.js";
import { defaultInt } from "../core/dtype.js";
import { TracerError, ValueError } from "../core/errors.js";
import * as lax from "../lax/shape.js";
import { concatenate } from "./manipulation-join.js";
import { expandDims, ravel, reshape } from "./manipulation-shape.js";
import { takeStatic } from "./manipulation-util.js";
import { equal } from "./math-logic.js";
import { any } from "./reductions.js";
import { unique } from "./setops.js";
import { asArray, promoteDTypes } from "./util.js";

/** Options of the two-set routines with a data-dependent result length. @category sets */
export interface SetSizeOptions {
  /** Static length of the result: longer results are truncated, shorter ones padded. */
  readonly size?: number;
  /** Padding value (the default depends on the function, as in JAX). */
  readonly fillValue?: number;
}


/** The host elements of a concrete 1-D array, or a TracerError. */
const hostEls = (a: NDArray, where: string): El[] => {
  if (!isConcrete(a))
    throw new TracerError(`[${where}] the result length depends on the data of a traced array ${a.aval.str()}; call it on a concrete array`);
  return Array.from(a.toTypedArray() as globalThis.ArrayLike<El>);
};

const checkSize = (size: number | undefined, where: string): void => {
  if (size !== undefined && (!Number.isInteger(size) || size < 0)) throw new ValueError(`[${where}] size must be a non-negative integer, got ${size}`);
};

/** Takes `idx` from the 1-D `a`, then truncates or pads to `size` with `fill` (a scalar of a's dtype). */
const takeSized = (a: NDArray, idx: readonly number[], size: number | undefined, fill: () => NDArray): NDArray => {
  const n = size ?? idx.length;
  const vals = takeStatic(a, idx.slice(0, n), 0);
  if (n <= idx.length) return vals;
  const pad = lax.broadcastInDim(fill(), [n - idx.length], []);
  return concatenate([vals, pad]);
};

const scalarOf = (v: number, a: NDArray): NDArray => fromFlat([v], [], a.dtype);

/**
 * `np.isin(element, testElements, { invert })`: for each element, whether it
 * occurs in `testElements` (any shape; compared after promotion, NaN never
 * matches). The result has the shape of `element`. Works on traced arrays.
 * @category sets
 */
export const isin = (element: ArrayLike, testElements: ArrayLike, opts: { readonly invert?: boolean; readonly assumeUnique?: boolean } = {}): NDArray => {
  const where = "np.isin";
  const [e, t] = promoteDTypes(where, [asArray(element, where), asArray(testElements, where)]);
  const flat = ravel(t);
  const hit = any(equal(expandDims(e, -1), reshape(flat, [...e.shape.map(() => 1), flat.shape[0]])), { axis: -1 });
  return opts.invert ? equal(hit, false) : hit;
};

/** Options of `intersect1d`. @category sets */
export interface Intersect1dOptions extends SetSizeOptions {
  readonly assumeUnique?: boolean;
  /** Also return the indices of the common values in each (flattened) input. */
  readonly returnIndices?: boolean;
}

/**
 * `np.intersect1d(a, b, opts)`: the sorted values found in both flattened
 * inputs (promoted). With `returnIndices`, returns `[values, indicesInA,
 * indicesInB]` (first occurrences). `size` pads with the smallest common value.
 * @category sets
 */
export function intersect1d(a: ArrayLike, b: ArrayLike, opts?: Intersect1dOptions & { returnIndices?: false }): NDArray;
export function intersect1d(a: ArrayLike, b: ArrayLike, opts: Intersect1dOptions & { returnIndices: true }): [NDArray, NDArray, NDArray];
export function intersect1d(a: ArrayLike, b: ArrayLike, opts: Intersect1dOptions = {}): NDArray | [NDArray, NDArray, NDArray] {
  const where = "np.intersect1d";
  checkSize(opts.size, where);
  const [x, y] = promoteDTypes(where, [asArray(a, where), asArray(b, where)]).map((v) => ravel(v));
  const xs = hostEls(x, where);
  const ys = hostEls(y, where);
  // Candidates in a: first occurrence of each value (or every element when assumeUnique).
  const firstOf = (vs: El[]): number[] => {
    const order = vs.map((_, i) => i).sort((p, q) => cmpEl(vs[p], vs[q]) || p - q);
    return opts.assumeUnique ? order : order.filter((i, k) => k === 0 || cmpEl(vs[order[k - 1]], vs[i]) !== 0);
  };
  const ia = firstOf(xs);
  const ib = firstOf(ys);
  const hitsA: number[] = [];
  const hitsB: number[] = [];
  let j = 0;
  for (const i of ia) {
    while (j < ib.length && cmpEl(ys[ib[j]], xs[i]) < 0) j++;
    // NaN never equals NaN, as JAX's aux[1:] == aux[:-1].
    if (j < ib.length && xs[i] === ys[ib[j]]) {
      hitsA.push(i);
      hitsB.push(ib[j]);
      j++;
    }
  }
  const fill = () => (opts.fillValue !== undefined ? scalarOf(opts.fillValue, x) : hitsA.length ? lax.reshape(takeStatic(x, [hitsA[0]], 0), []) : scalarOf(0, x));
  const vals = takeSized(x, hitsA, opts.size, fill);
  if (!opts.returnIndices) return vals;
  const n = opts.size ?? hitsA.length;
  const pad = (idx: number[]) => fromFlat(Array.from({ length: n }, (_, k) => (k < idx.length ? idx[k] : 0)), [n], defaultInt());
  return [vals, pad(hitsA), pad(hitsB)];
}

/**
 * `np.union1d(a, b, { size, fillValue })`: the sorted unique values of both
 * flattened inputs (promoted); `size` pads with the smallest value by default.
 * @category sets
 */
export const union1d = (a: ArrayLike, b: ArrayLike, opts: SetSizeOptions = {}): NDArray => {
  const where = "np.union1d";
  checkSize(opts.size, where);
  const both = concatenate([asArray(a, where), asArray(b, where)], { axis: null });
  return unique(both, { size: opts.size, fillValue: opts.fillValue });
};

/**
 * `np.setdiff1d(a, b, opts)`: the sorted unique values of `a` not in `b`. The
 * result keeps `a`'s dtype (no promotion, as in JAX); `size` pads with
 * `fillValue` (default 0).
 * @category sets
 */
export const setdiff1d = (a: ArrayLike, b: ArrayLike, opts: SetSizeOptions & { readonly assumeUnique?: boolean } = {}): NDArray => {
  const where = "np.setdiff1d";
  checkSize(opts.size, where);
  const x = ravel(asArray(a, where));
  const y = ravel(asArray(b, where));
  const u = opts.assumeUnique ? x : unique(x);
  const keep = hostEls(isin(u, y, { invert: true }), where);
  const idx = keep.flatMap((k, i) => (k ? [i] : []));
  return takeSized(u, idx, opts.size, () => scalarOf(opts.fillValue ?? 0, u));
};

/**
 * `np.setxor1d(a, b, opts)`: the sorted values in exactly one of the flattened
 * inputs (promoted). `size` pads with the smallest result by default.
 * @category sets
 */
export const setxor1d = (a: ArrayLike, b: ArrayLike, opts: SetSizeOptions & { readonly assumeUnique?: boolean } = {}): NDArray => {
  const where = "np.setxor1d";
  checkSize(opts.size, where);
  const [x, y] = promoteDTypes(where, [asArray(a, where), asArray(b, where)]).map((v) => ravel(v));
  const aux = opts.assumeUnique ? concatenate([x, y]) : concatenate([unique(x), unique(y)]);
  const vs = hostEls(aux, where);
  const order = vs.map((_, i) => i).sort((p, q) => cmpEl(vs[p], vs[q]) || p - q);
  // Keep an element when it differs from both neighbours (NaN differs from everything).
  const differs = (k: number, l: number) => l < 0 || l >= order.length || vs[order[k]] !== vs[order[l]];
  const idx = order.filter((_, k) => differs(k, k - 1) && differs(k, k + 1));
  const fill = () => (opts.fillValue !== undefined ? scalarOf(opts.fillValue, aux) : idx.length ? lax.reshape(takeStatic(aux, [idx[0]], 0), []) : scalarOf(0, aux));
  return takeSized(aux, idx, opts.size, fill);
};
