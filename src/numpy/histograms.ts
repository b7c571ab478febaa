// Counting and binning in jaxts/numpy: bincount, digitize, histogramBinEdges
// and histogram. Counts are one-hot compares summed along the data axis (no
// scatter kernel needed), so they work on traced arrays whenever the output
// length is static (`length` for bincount, an integer or array of bins).

import { isConcrete, type NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { defaultInt, isInteger } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError, TracerError, ValueError } from "../core/errors.js";
import { convertElementType } from "../lax/convert.js";
import * as ew from "../lax/elementwise.js";
import { reduceSum } from "../lax/reduce.js";
import * as lax from "../lax/shape.js";
import { linspace } from "./creation.js";
import { ravel } from "./manipulation-shape.js";
import { sliceAxis } from "./manipulation-util.js";
import { clip, divide, subtract } from "./math.js";
import { equal, greaterEqual } from "./math-logic.js";
import { isFloatDType, promoteDTypesInexact } from "./math-util.js";
import { max, min, sum } from "./reductions.js";
import { where as npWhere } from "./searching.js";
import { searchsorted } from "./sorting.js";
import { asArray } from "./util.js";

/** Sums `w` (same length as the 1-D `idx`) into `length` bins; out-of-range indices are dropped. */
const binSum = (idx: NDArray, w: NDArray, length: number): NDArray => {
  const n = idx.shape[0];
  const bins = lax.broadcastedIota(idx.dtype, [n, length], 1);
  const hit = ew.eq(lax.broadcastInDim(idx, [n, length], [0]), bins);
  const zero = lax.broadcastInDim(convertElementType(0, w.dtype), [n, length], []);
  return reduceSum(ew.selectN(hit, zero, lax.broadcastInDim(w, [n, length], [0])), [0]);
};

/** Options of `bincount`. @category histograms */
export interface BincountOptions {
  /** Weight of each element (default 1); the result takes their dtype. */
  readonly weights?: ArrayLike;
  /** Minimum number of bins. */
  readonly minlength?: number;
  /** Static number of bins (needed for traced input); larger values are dropped. */
  readonly length?: number;
}

/**
 * `np.bincount(x, { weights, minlength, length })`: the number (or summed
 * weight) of occurrences of each non-negative integer in the 1-D `x`.
 * Negative values count as 0, as in JAX.
 * @category histograms
 */
export const bincount = (x: ArrayLike, opts: BincountOptions = {}): NDArray => {
  const where = "np.bincount";
  const a = asArray(x, where);
  if (!isInteger(a.dtype) && a.dtype !== "bool") throw new DTypeError(`[${where}] x must have an integer type, got ${a.dtype}`);
  if (a.ndim !== 1) throw new ShapeError(`[${where}] only 1-dimensional input is supported, got shape ${fmtShape(a.shape)}`);
  const minlength = opts.minlength ?? 0;
  if (!Number.isInteger(minlength) || minlength < 0) throw new ValueError(`[${where}] minlength must be a non-negative integer, got ${minlength}`);
  let length = opts.length;
  if (length !== undefined && (!Number.isInteger(length) || length < 0)) throw new ValueError(`[${where}] length must be a non-negative integer, got ${length}`);
  if (length === undefined) {
    if (!isConcrete(a)) throw new TracerError(`[${where}] the result length depends on the data of a traced array ${a.aval.str()}; pass a static \`length\``);
    const vals = Array.from(a.toTypedArray() as globalThis.ArrayLike<number | bigint>, Number);
    length = Math.max(minlength, vals.length ? Math.max(...vals) + 1 : 0);
  }
  let w: NDArray;
  if (opts.weights === undefined) w = lax.broadcastInDim(convertElementType(1, defaultInt()), a.shape, []);
  else {
    w = asArray(opts.weights, where);
    if (w.ndim !== 1 || w.shape[0] !== a.shape[0]) throw new ShapeError(`[${where}] weights must have the shape of x ${fmtShape(a.shape)}, got ${fmtShape(w.shape)}`);
  }
  const idx = a.dtype === "bool" ? convertElementType(a, defaultInt()) : clip(a, { min: 0 });
  return binSum(idx, w, length);
};

/**
 * `np.digitize(x, bins, { right })`: the index of the bin of each `x` in the
 * monotonic 1-D `bins` (increasing or decreasing), default int dtype.
 * @category histograms
 */
export const digitize = (x: ArrayLike, bins: ArrayLike, opts: { readonly right?: boolean } = {}): NDArray => {
  const where = "np.digitize";
  const b = asArray(bins, where);
  const xa = asArray(x, where);
  if (b.ndim !== 1) throw new ShapeError(`[${where}] bins must be a 1-dimensional array, got shape ${fmtShape(b.shape)}`);
  const n = b.shape[0];
  if (n === 0) return lax.broadcastInDim(convertElementType(0, defaultInt()), xa.shape, []);
  const right = opts.right ?? false;
  const inc = searchsorted(b, xa, { side: right ? "left" : "right" });
  const dec = subtract(n, searchsorted(lax.rev(b, [0]), xa, { side: right ? "left" : "right" }));
  const increasing = greaterEqual(sliceAxis(b, 0, n - 1, n), sliceAxis(b, 0, 0, 1));
  return npWhere(lax.reshape(increasing, []), inc, dec);
};

/** Options of `histogramBinEdges` and `histogram`. @category histograms */
export interface HistogramOptions {
  /** Number of equal-width bins (default 10), or the bin edges themselves. */
  readonly bins?: number | ArrayLike;
  /** Lower and upper edge of the bins (default: the data's min and max). */
  readonly range?: readonly [number, number] | null;
  readonly weights?: ArrayLike;
}

const edgesOf = (where: string, a: NDArray, opts: HistogramOptions): NDArray => {
  const bins = opts.bins ?? 10;
  if (typeof bins !== "number") {
    const e = asArray(bins, where);
    if (e.ndim !== 1) throw new ShapeError(`[${where}] bins must be an integer or a 1-d array, got shape ${fmtShape(e.shape)}`);
    return e;
  }
  if (!Number.isInteger(bins) || bins < 1) throw new ValueError(`[${where}] bins must be a positive integer, got ${bins}`);
  const dtype = promoteDTypesInexact(where, [a])[0].dtype;
  const r = opts.range;
  let lo: NDArray | number;
  let hi: NDArray | number;
  if (r !== undefined && r !== null) {
    if (r.length !== 2 || !(r[0] <= r[1])) throw new ValueError(`[${where}] range must be [min, max] with min <= max, got ${JSON.stringify(r)}`);
    [lo, hi] = r[0] === r[1] ? [r[0] - 0.5, r[1] + 0.5] : [r[0], r[1]];
  } else {
    if (a.size === 0) [lo, hi] = [0, 1];
    else {
      const mn = convertElementType(min(a), dtype);
      const mx = convertElementType(max(a), dtype);
      const same = ew.eq(mn, mx);
      lo = npWhere(same, subtract(mn, 0.5), mn);
      hi = npWhere(same, subtract(mx, -0.5), mx);
    }
  }
  return linspace(lo, hi, bins + 1, { dtype });
};

/**
 * `np.histogramBinEdges(a, { bins, range })`: the bin edges `histogram` uses
 * (floating dtype of `a` for an integer `bins`).
 * @category histograms
 */
export const histogramBinEdges = (a: ArrayLike, opts: HistogramOptions = {}): NDArray => {
  const where = "np.histogram_bin_edges";
  return edgesOf(where, asArray(a, where), opts);
};

/**
 * `np.histogram(a, { bins, range, weights, density })`: `[hist, binEdges]`
 * of the flattened `a`. The last bin includes its right edge; values outside
 * the edges are dropped. `hist` has the floating dtype of `a` and `weights`.
 * @category histograms
 */
export const histogram = (a: ArrayLike, opts: HistogramOptions & { readonly density?: boolean } = {}): [NDArray, NDArray] => {
  const where = "np.histogram";
  const arr = ravel(asArray(a, where));
  const w0 = opts.weights === undefined ? lax.broadcastInDim(convertElementType(1, arr.dtype), arr.shape, []) : ravel(asArray(opts.weights, where));
  if (w0.shape[0] !== arr.shape[0]) throw new ShapeError(`[${where}] weights must have the size of a (${arr.shape[0]}), got ${w0.shape[0]}`);
  const [x, w] = promoteDTypesInexact(where, [arr, w0]);
  const edges = edgesOf(where, x, opts);
  const m = edges.shape[0];
  if (m < 1) throw new ValueError(`[${where}] bins must have at least one edge`);
  let idx = searchsorted(edges, x, { side: "right" });
  idx = npWhere(equal(x, sliceAxis(edges, 0, m - 1, m)), m - 1, idx);
  let counts = sliceAxis(binSum(idx, w, m), 0, 1, m);
  if (opts.density) {
    const widths = subtract(sliceAxis(edges, 0, 1, m), sliceAxis(edges, 0, 0, m - 1));
    counts = divide(divide(counts, widths), sum(counts));
  }
  if (!isFloatDType(counts.dtype)) counts = promoteDTypesInexact(where, [counts])[0];
  return [counts, edges];
};
