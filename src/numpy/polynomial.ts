// Polynomials on coefficient arrays (highest power first), as jax.numpy's
// polyval, polyadd, polysub, polymul, polyder, polyint, and vander. Pure
// compositions: Horner's scheme unrolled over the (static) coefficient count,
// `at(...).add` for sums, shifted adds for products.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { DTypeError, ValueError } from "../core/errors.js";
import * as lax from "../lax/elementwise.js";
import { broadcastTo } from "../lax/util.js";
import { broadcastShapes, expandDims } from "./manipulation-shape.js";
import { concatenate } from "./manipulation-join.js";
import { at } from "./indexing-update.js";
import { index } from "./indexing.js";
import { promoteDTypesInexact, requireInt } from "./math-util.js";
import { arange, zeros } from "./creation.js";
import { negative, power } from "./math.js";
import { asArray, promoteDTypes, toDType } from "./util.js";

const rank1 = (where: string, name: string, a: NDArray): NDArray => {
  if (a.ndim !== 1) throw new ValueError(`[${where}] expected ${name} to be a 1-D array of coefficients, got shape [${a.shape.join(", ")}]`);
  return a;
};

/** `np.polyval(p, x)`: evaluates the polynomial with coefficients `p` (first axis) at `x`. @category polynomial */
export const polyval = (p: ArrayLike, x: ArrayLike): NDArray => {
  const [pa, xa] = promoteDTypes("np.polyval", [p, x]);
  if (pa.ndim < 1) throw new ValueError(`[np.polyval] expected p to have at least 1 dimension, got a scalar`);
  const shape = broadcastShapes(pa.shape.slice(1), xa.shape);
  let y = broadcastTo(toDType(0, xa.dtype, xa.weakType, "np.polyval"), shape);
  for (let i = 0; i < pa.shape[0]; i++) y = lax.add(...bc(lax.mul(...bc(y, xa)), index(pa, i)));
  return y;
};
const bc = (a: NDArray, b: NDArray): [NDArray, NDArray] => {
  const s = broadcastShapes(a.shape, b.shape);
  return [broadcastTo(a, s), broadcastTo(b, s)];
};

/** `np.polyadd(a1, a2)`: the sum of two polynomials (aligned at the constant term). @category polynomial */
export const polyadd = (a1: ArrayLike, a2: ArrayLike): NDArray => {
  const [a, b] = promoteDTypes("np.polyadd", [a1, a2]);
  rank1("np.polyadd", "a1", a);
  rank1("np.polyadd", "a2", b);
  if (b.shape[0] === 0) return a;
  if (a.shape[0] === 0) return b;
  return b.shape[0] <= a.shape[0] ? at(a, [`${-b.shape[0]}:`]).add(b) : at(b, [`${-a.shape[0]}:`]).add(a);
};

/** `np.polysub(a1, a2)`: the difference of two polynomials. @category polynomial */
export const polysub = (a1: ArrayLike, a2: ArrayLike): NDArray => {
  const [a, b] = promoteDTypes("np.polysub", [a1, a2]);
  return polyadd(a, negative(b));
};

/** `np.polymul(a1, a2)`: the product of two polynomials (always inexact, as JAX). @category polynomial */
export const polymul = (a1: ArrayLike, a2: ArrayLike): NDArray => {
  let [a, b] = promoteDTypesInexact("np.polymul", [a1, a2]);
  rank1("np.polymul", "a1", a);
  rank1("np.polymul", "a2", b);
  if (a.shape[0] === 0) a = zeros([1], { dtype: b.dtype });
  if (b.shape[0] === 0) b = zeros([1], { dtype: a.dtype });
  const n = a.shape[0], m = b.shape[0];
  let out = broadcastTo(toDType(0, a.dtype, a.weakType && b.weakType, "np.polymul"), [n + m - 1]);
  for (let i = 0; i < n; i++) out = at(out, [`${i}:${i + m}`]).add(lax.mul(...bc(index(a, i), b)));
  return out;
};

/** `np.polyder(p, { m })`: the m-th derivative (inexact result, as JAX). @category polynomial */
export const polyder = (p: ArrayLike, opts: { m?: number } = {}): NDArray => {
  const m = requireInt("np.polyder", "m", opts.m ?? 1);
  const [pa] = promoteDTypesInexact("np.polyder", [p]);
  rank1("np.polyder", "p", pa);
  if (m < 0) throw new ValueError(`[np.polyder] expected a non-negative order m, got ${m}`);
  if (m === 0) return pa;
  const n = pa.shape[0];
  if (m >= n) return zeros([0], { dtype: pa.dtype });
  // coeff[j] = prod_{t<m} (n-1-j - t) for j in [0, n-m): the falling factorial of each power.
  const coeff: number[] = [];
  for (let j = 0; j < n - m; j++) {
    let c = 1;
    for (let t = 0; t < m; t++) c *= n - 1 - j - t;
    coeff.push(c);
  }
  return lax.mul(index(pa, `:${n - m}`), asArray(coeff).astype(pa.dtype));
};

/** `np.polyint(p, { m, k })`: the m-th antiderivative with integration constants k (scalar or length m). @category polynomial */
export const polyint = (p: ArrayLike, opts: { m?: number; k?: ArrayLike | null } = {}): NDArray => {
  const m = requireInt("np.polyint", "m", opts.m ?? 1);
  const [pa, ka0] = promoteDTypesInexact("np.polyint", [p, opts.k ?? 0]);
  rank1("np.polyint", "p", pa);
  if (m < 0) throw new ValueError(`[np.polyint] expected a non-negative order m, got ${m}`);
  let ka = ka0.ndim === 0 ? expandDims(ka0, 0) : ka0;
  if (ka.ndim === 1 && ka.shape[0] === 1) ka = broadcastTo(index(ka, 0), [m]);
  if (ka.ndim !== 1 || ka.shape[0] !== m) throw new ValueError(`[np.polyint] expected k to be a scalar or a 1-D array of length 1 or m=${m}, got shape [${ka.shape.join(", ")}]`);
  if (m === 0) return pa;
  const n = pa.shape[0] + m;
  // coeff[j] = prod_{t<m} max(1, n-1-j - t): divides each coefficient by its rising factorial.
  const coeff: number[] = [];
  for (let j = 0; j < n; j++) {
    let c = 1;
    for (let t = 0; t < m; t++) c *= Math.max(1, n - 1 - j - t + 0);
    coeff.push(c);
  }
  return lax.div(concatenate([pa, ka]), asArray(coeff).astype(pa.dtype));
};

/** `np.vander(x, { N, increasing })`: the Vandermonde matrix of a 1-D array. @category polynomial */
export const vander = (x: ArrayLike, opts: { N?: number | null; increasing?: boolean } = {}): NDArray => {
  const xa = asArray(x, "np.vander");
  if (xa.ndim !== 1) throw new ValueError(`[np.vander] expected x to be a one-dimensional array, got shape [${xa.shape.join(", ")}]`);
  const N = opts.N == null ? xa.shape[0] : requireInt("np.vander", "N", opts.N);
  if (N < 0) throw new ValueError(`[np.vander] expected N to be non-negative, got ${N}`);
  if (xa.dtype === "bool") throw new DTypeError(`[np.vander] expected a numeric array, got dtype bool`);
  let e = arange(N, { dtype: xa.dtype });
  if (!opts.increasing) e = index(e, "::-1");
  return power(expandDims(xa, 1), e);
};
