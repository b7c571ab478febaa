// Window functions as jax.numpy's bartlett, blackman, hamming, hanning and
// kaiser: 1-D float arrays of length M in the default float dtype (float32, or
// float64 under x64), built from an iota exactly as JAX's formulas do.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, defaultFloat } from "../core/dtype.js";
import * as lax from "../lax/elementwise.js";
import { iota } from "../lax/shape.js";
import { full } from "./creation.js";
import { i0 } from "./misc-special.js";
import { requireInt } from "./math-util.js";
import { asArray } from "./util.js";

/** Validates M; returns the iota window index, or null for M <= 1 (all-ones of length max(M, 0)). */
const setup = (where: string, M: number): NDArray | null => {
  requireInt(where, "M", M);
  return M <= 1 ? null : iota(canonicalize(defaultFloat()), M);
};
const ones = (M: number): NDArray => full([Math.max(M, 0)], 1, { dtype: canonicalize(defaultFloat()) });
const cosTerm = (n: NDArray, c: number, M: number): NDArray => lax.cos(lax.div(lax.mul(n, c * Math.PI), M - 1));

/** `np.bartlett(M)`: the triangular window. @category windows */
export const bartlett = (M: number): NDArray => {
  const n = setup("np.bartlett", M);
  if (n === null) return ones(M);
  return lax.sub(1, lax.div(lax.abs(lax.sub(lax.add(lax.mul(n, 2), 1), M)), M - 1));
};

/** `np.blackman(M)`: the Blackman window. @category windows */
export const blackman = (M: number): NDArray => {
  const n = setup("np.blackman", M);
  if (n === null) return ones(M);
  return lax.add(lax.sub(0.42, lax.mul(cosTerm(n, 2, M), 0.5)), lax.mul(cosTerm(n, 4, M), 0.08));
};

/** `np.hamming(M)`: the Hamming window. @category windows */
export const hamming = (M: number): NDArray => {
  const n = setup("np.hamming", M);
  if (n === null) return ones(M);
  return lax.sub(0.54, lax.mul(cosTerm(n, 2, M), 0.46));
};

/** `np.hanning(M)`: the Hann window. @category windows */
export const hanning = (M: number): NDArray => {
  const n = setup("np.hanning", M);
  if (n === null) return ones(M);
  return lax.mul(lax.sub(1, cosTerm(n, 2, M)), 0.5);
};

/** `np.kaiser(M, beta)`: the Kaiser window, i0(beta·sqrt(1-((n-α)/α)²)) / i0(beta). @category windows */
export const kaiser = (M: number, beta: ArrayLike): NDArray => {
  const n = setup("np.kaiser", M);
  if (n === null) return ones(M);
  const alpha = 0.5 * (M - 1);
  const r = lax.div(lax.sub(n, alpha), alpha);
  const b = asArray(beta, "np.kaiser");
  const arg = lax.mul(lax.sqrt(lax.sub(1, lax.mul(r, r))), b.astype(n.dtype));
  return lax.div(i0(arg), i0(b.astype(n.dtype)));
};
