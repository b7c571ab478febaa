// Index helpers of jax.numpy: ravelMultiIndex, unravelIndex, tril/triu
// indices (and *From), diagIndices (and From), fillDiagonal (functional,
// JAX's inplace=False) and ix (NumPy's ix_). Compositions of numpy functions.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, defaultInt } from "../core/dtype.js";
import { iinfo } from "../core/dtype-info.js";
import { DTypeError, NotImplementedError, ValueError } from "../core/errors.js";
import { arange, full } from "./creation.js";
import { tri } from "./creation-matrix.js";
import { at } from "./indexing-update.js";
import { divmod } from "./math.js";
import { clip } from "./math.js";
import { remainder } from "./math.js";
import { isIntDType, requireInt } from "./math-util.js";
import { any } from "./reductions.js";
import { reshape } from "./manipulation-shape.js";
import { resize } from "./misc.js";
import { nonzero, where } from "./searching.js";
import { resultTypeWeak } from "../core/promotion.js";
import { asArray, toDType, typedOf } from "./util.js";

const intArr = (where: string, x: ArrayLike): NDArray => {
  const a = asArray(x, where);
  if (!isIntDType(a.dtype)) throw new DTypeError(`[${where}] expected integer indices, got dtype ${a.dtype}`);
  return a;
};

/** `np.ravelMultiIndex(multiIndex, dims, { mode })`: flat (C-order) indices from per-axis index arrays. @category indexing */
export const ravelMultiIndex = (multiIndex: readonly ArrayLike[], dims: readonly number[], opts: { mode?: "raise" | "wrap" | "clip" | "ignore" } = {}): NDArray => {
  const W = "np.ravel_multi_index";
  if (multiIndex.length !== dims.length) throw new ValueError(`[${W}] expected one index array per dimension (${dims.length}), got ${multiIndex.length}`);
  dims.forEach((d) => requireInt(W, "dims entries", d));
  let idx = multiIndex.map((m) => intArr(W, m));
  const dtype = resultTypeWeak({ dtype: canonicalize(defaultInt()), weakType: true }, ...idx.map(typedOf)).dtype;
  if (dims.reduce((p, d) => p * d, 1) - 1 > Number(iinfo(dtype).max)) throw new ValueError(`[${W}] dtype ${dtype} is not large enough to hold flattened indices for dims [${dims.join(", ")}]`);
  const mode = opts.mode ?? "raise";
  if (mode === "raise") {
    idx.forEach((i, k) => {
      if (any(i.lt(0).astype("int32").add(i.ge(dims[k]).astype("int32"))).toArray()) throw new ValueError(`[${W}] invalid entry in coordinates array`);
    });
  } else if (mode === "clip") idx = idx.map((i, k) => clip(i, 0, dims[k] - 1));
  else if (mode === "wrap") idx = idx.map((i, k) => remainder(i, dims[k]));
  else if (mode !== "ignore") throw new ValueError(`[${W}] expected mode 'raise', 'wrap', 'clip' or 'ignore', got ${String(mode)}`);
  let result: NDArray = toDType(0, dtype, false, W);
  let stride = 1;
  for (let k = dims.length - 1; k >= 0; k--) {
    result = result.add(idx[k].astype(dtype).mul(stride));
    stride *= dims[k];
  }
  return result;
};

/** `np.unravelIndex(indices, shape)`: per-axis indices from flat indices (out-of-range values are clamped, as JAX). @category indexing */
export const unravelIndex = (indices: ArrayLike, shape: number | readonly number[]): NDArray[] => {
  const W = "np.unravel_index";
  let rest = intArr(W, indices);
  const dims = typeof shape === "number" ? [shape] : [...shape];
  dims.forEach((d) => requireInt(W, "shape entries", d));
  const out: NDArray[] = new Array(dims.length);
  for (let i = dims.length - 1; i >= 0; i--) [rest, out[i]] = divmod(rest, dims[i]);
  const oobPos = rest.gt(0);
  const oobNeg = rest.dtype.startsWith("u") ? full(rest.shape, false) : rest.lt(-1);
  return dims.map((s, i) => where(oobPos, s - 1, where(oobNeg, 0, out[i])));
};

const triIdx = (where: string, n: number, k: number, m: number | undefined, lower: boolean): NDArray[] => {
  requireInt(where, "n", n);
  requireInt(where, "k", k);
  const mm = m === undefined ? n : requireInt(where, "m", m);
  const mask = lower ? tri(n, mm, { k, dtype: "bool" }) : tri(n, mm, { k: k - 1, dtype: "bool" }).eq(false);
  return nonzero(mask);
};

/** `np.trilIndices(n, { k, m })`: row/column indices of the lower triangle. @category indexing */
export const trilIndices = (n: number, opts: { k?: number; m?: number } = {}): NDArray[] => triIdx("np.tril_indices", n, opts.k ?? 0, opts.m, true);
/** `np.triuIndices(n, { k, m })`: row/column indices of the upper triangle. @category indexing */
export const triuIndices = (n: number, opts: { k?: number; m?: number } = {}): NDArray[] => triIdx("np.triu_indices", n, opts.k ?? 0, opts.m, false);

const from2d = (where: string, arr: ArrayLike): readonly number[] => {
  const a = asArray(arr, where);
  if (a.ndim !== 2) throw new ValueError(`[${where}] expected a 2-D array, got shape [${a.shape.join(", ")}]`);
  return a.shape;
};
/** `np.trilIndicesFrom(arr, { k })`. @category indexing */
export const trilIndicesFrom = (arr: ArrayLike, opts: { k?: number } = {}): NDArray[] => {
  const [n, m] = from2d("np.tril_indices_from", arr);
  return triIdx("np.tril_indices_from", n, opts.k ?? 0, m, true);
};
/** `np.triuIndicesFrom(arr, { k })`. @category indexing */
export const triuIndicesFrom = (arr: ArrayLike, opts: { k?: number } = {}): NDArray[] => {
  const [n, m] = from2d("np.triu_indices_from", arr);
  return triIdx("np.triu_indices_from", n, opts.k ?? 0, m, false);
};

/** `np.diagIndices(n, { ndim })`: `ndim` copies of arange(n). @category indexing */
export const diagIndices = (n: number, opts: { ndim?: number } = {}): NDArray[] => {
  requireInt("np.diag_indices", "n", n);
  const nd = requireInt("np.diag_indices", "ndim", opts.ndim ?? 2);
  if (n < 0) throw new ValueError(`[np.diag_indices] expected a non-negative n, got ${n}`);
  if (nd < 0) throw new ValueError(`[np.diag_indices] expected a non-negative ndim, got ${nd}`);
  return Array.from({ length: nd }, () => arange(n, { dtype: "int32" }));
};

/** `np.diagIndicesFrom(arr)`: diagonal indices of an array whose axes all have equal length. @category indexing */
export const diagIndicesFrom = (arr: ArrayLike): NDArray[] => {
  const a = asArray(arr, "np.diag_indices_from");
  if (a.ndim < 2) throw new ValueError(`[np.diag_indices_from] expected an array of at least 2 dimensions, got ${a.ndim}`);
  if (a.shape.some((d) => d !== a.shape[0])) throw new ValueError(`[np.diag_indices_from] expected all dimensions of equal length, got shape [${a.shape.join(", ")}]`);
  return diagIndices(a.shape[0], { ndim: a.ndim });
};

/** `np.fillDiagonal(a, val, { wrap })`: a copy of `a` with its main diagonal set to `val` (tiled). @category indexing */
export const fillDiagonal = (a: ArrayLike, val: ArrayLike, opts: { wrap?: boolean } = {}): NDArray => {
  const W = "np.fill_diagonal";
  if (opts.wrap) throw new NotImplementedError(`[${W}] wrap=True is not implemented, as in JAX`);
  const x = asArray(a, W);
  const v = asArray(val, W);
  if (x.ndim < 2) throw new ValueError(`[${W}] expected an array of at least 2 dimensions, got ${x.ndim}`);
  if (x.ndim > 2 && x.shape.some((d) => d !== x.shape[0])) throw new ValueError(`[${W}] expected all dimensions of equal length, got shape [${x.shape.join(", ")}]`);
  const n = Math.min(...x.shape);
  return at(x, diagIndices(n, { ndim: x.ndim })).set(v.ndim === 0 ? v : resize(v, [n]));
};

/** `np.ix(...args)` (NumPy's ix_): open-mesh index arrays from 1-D integer sequences. @category indexing */
export const ix = (...args: ArrayLike[]): NDArray[] => {
  const n = args.length;
  return args.map((x, i) => {
    const a = asArray(x, "np.ix_");
    if (a.ndim !== 1) throw new ValueError(`[np.ix_] expected 1-D arguments, got shape [${a.shape.join(", ")}] at position ${i}`);
    if (a.dtype === "bool") throw new NotImplementedError(`[np.ix_] boolean arguments are not implemented, as in JAX`);
    if (!isIntDType(a.dtype)) throw new DTypeError(`[np.ix_] expected integer arguments, got dtype ${a.dtype}`);
    return reshape(a, Array.from({ length: n }, (_, j) => (j === i ? a.shape[0] : 1)));
  });
};

