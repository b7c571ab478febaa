// Covariance and correlation in jaxts/numpy: cov (with frequency and
// analytic weights, bias / ddof) and corrcoef, as compositions of average,
// matmul and elementwise math, following jax.numpy's formulas.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import * as lax from "../lax/shape.js";
import { diag } from "./creation-matrix.js";
import { concatenate } from "./manipulation-join.js";
import { atleast2d, squeeze, transpose } from "./manipulation-shape.js";
import { clip, divide, multiply, subtract } from "./math.js";
import { sqrt } from "./math-trig.js";
import { promoteDTypesInexact } from "./math-util.js";
import { matmul } from "./products.js";
import { sum } from "./reductions.js";
import { average } from "./reductions-stats.js";
import { asArray } from "./util.js";

/** Options of `cov`. @category statistics */
export interface CovOptions {
  /** Extra variables (rows, or columns when rowvar is false). */
  readonly y?: ArrayLike;
  /** Rows are variables and columns observations (default true). */
  readonly rowvar?: boolean;
  /** Normalize by N (true) instead of N - 1. */
  readonly bias?: boolean;
  /** Overrides the normalization: N - ddof. */
  readonly ddof?: number;
  /** Integer frequency weight of each observation. */
  readonly fweights?: ArrayLike;
  /** Analytic (relative) weight of each observation. */
  readonly aweights?: ArrayLike;
}

const vars2d = (v: ArrayLike, rowvar: boolean, where: string): NDArray => {
  const a = asArray(v, where);
  if (a.ndim > 2) throw new ShapeError(`[${where}] m and y have more than 2 dimensions, got shape ${fmtShape(a.shape)}`);
  const [x] = promoteDTypesInexact(where, [atleast2d(a)]);
  return !rowvar && x.shape[0] !== 1 ? transpose(x) : x;
};

const weights1d = (w: ArrayLike, n: number, name: string, where: string): NDArray => {
  const a = asArray(w, where);
  if (a.ndim !== 1 || a.shape[0] !== n) throw new ShapeError(`[${where}] ${name} must be 1-D with one entry per observation (${n}), got shape ${fmtShape(a.shape)}`);
  return a;
};

/**
 * `np.cov(m, { y, rowvar, bias, ddof, fweights, aweights })`: the covariance
 * matrix of the variables of `m` (and `y`), squeezed, in a floating dtype.
 * @category statistics
 */
export const cov = (m: ArrayLike, opts: CovOptions = {}): NDArray => {
  const where = "np.cov";
  const rowvar = opts.rowvar ?? true;
  let X = vars2d(m, rowvar, where);
  if (opts.y !== undefined) {
    const Y = vars2d(opts.y, rowvar, where);
    if (Y.shape[1] !== X.shape[1]) throw new ShapeError(`[${where}] m and y must have the same number of observations, got ${X.shape[1]} and ${Y.shape[1]}`);
    X = concatenate([X, Y], { axis: 0 });
  }
  const ddof = opts.ddof ?? (opts.bias ? 0 : 1);
  if (!Number.isInteger(ddof)) throw new ValueError(`[${where}] ddof must be an integer, got ${ddof}`);
  const nObs = X.shape[1];
  let w: NDArray | undefined;
  const fw = opts.fweights === undefined ? undefined : weights1d(opts.fweights, nObs, "fweights", where);
  const aw = opts.aweights === undefined ? undefined : weights1d(opts.aweights, nObs, "aweights", where);
  if (fw !== undefined) w = fw;
  if (aw !== undefined) w = w === undefined ? aw : multiply(w, aw);
  const wSum = w === undefined ? nObs : sum(promoteDTypesInexact(where, [w, X])[0]);
  const avg = w === undefined ? average(X, { axis: 1 }) : divide(sum(multiply(X, w), { axis: 1 }), wSum);
  let f: NDArray | number;
  if (typeof wSum === "number") f = nObs - ddof;
  else if (ddof === 0) f = wSum;
  else if (aw === undefined) f = subtract(wSum, ddof);
  else f = subtract(wSum, divide(multiply(ddof, sum(multiply(w as NDArray, aw))), wSum));
  const Xc = subtract(X, lax.reshape(avg, [avg.shape[0], 1]));
  const XT = transpose(w === undefined ? Xc : multiply(Xc, w));
  return squeeze(divide(matmul(Xc, XT), f));
};

/**
 * `np.corrcoef(x, { y, rowvar })`: Pearson correlation coefficients (the
 * covariance normalized by the standard deviations, clipped to [-1, 1]).
 * @category statistics
 */
export const corrcoef = (x: ArrayLike, opts: { readonly y?: ArrayLike; readonly rowvar?: boolean } = {}): NDArray => {
  const c = cov(x, { y: opts.y, rowvar: opts.rowvar });
  if (c.ndim === 0) return divide(c, c);
  const sd = sqrt(diag(c));
  const n = sd.shape[0];
  const r = divide(divide(c, lax.reshape(sd, [n, 1])), lax.reshape(sd, [1, n]));
  return clip(r, -1, 1);
};
