// Matrix and grid creation: eye, identity, tri, tril, triu, diag, diagflat,
// meshgrid, indices. Masks come from broadcasted iotas compared as in JAX's
// _eye/_tri; diagonals are read with a strided lax.slice of the flat matrix.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, type DType, defaultFloat, defaultInt } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { checkShape } from "../core/shape.js";
import * as lax from "../lax/elementwise.js";
import { concatenate, pad } from "../lax/shape-pad.js";
import { slice } from "../lax/shape-slice.js";
import { broadcastInDim, broadcastedIota, expandDims, iota, reshape } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { cast, operand, requireInt, select, userDType } from "./math-util.js";
import { toDType } from "./util.js";

const dim = (where: string, name: string, n: unknown): number => {
  const v = requireInt(where, name, n);
  if (v < 0) throw new ValueError(`[${where}] negative dimensions are not allowed, got ${name}=${v}`);
  return v;
};
const floatOr = (d: DType | undefined, where: string): DType => (d === undefined ? canonicalize(defaultFloat()) : userDType(d, where));

/** Bool mask of shape (N, M) with true where `j - i == k` (eye) or `j - i <= k` (tri). */
const diagMask = (n: number, m: number, k: number, tri: boolean): NDArray => {
  const i = lax.add(broadcastedIota("int32", [n, m], 0), toDType(k, "int32", false, "mask"));
  const j = broadcastedIota("int32", [n, m], 1);
  return tri ? lax.ge(i, j) : lax.eq(i, j);
};

/** `np.eye(N, M?, { k, dtype })`: ones on the k-th diagonal. @category creation */
export const eye = (N: number, M?: number | null, opts: { k?: number; dtype?: DType } = {}): NDArray => {
  const n = dim("np.eye", "N", N);
  const m = M == null ? n : dim("np.eye", "M", M);
  const k = requireInt("np.eye", "k", opts.k ?? 0);
  return cast(diagMask(n, m, k, false), floatOr(opts.dtype, "np.eye"));
};

/** `np.identity(n, { dtype })`. @category creation */
export const identity = (n: number, opts: { dtype?: DType } = {}): NDArray => eye(n, null, opts);

/** `np.tri(N, M?, { k, dtype })`: ones at and below the k-th diagonal. @category creation */
export const tri = (N: number, M?: number | null, opts: { k?: number; dtype?: DType } = {}): NDArray => {
  const n = dim("np.tri", "N", N);
  const m = M == null ? n : dim("np.tri", "M", M);
  const k = requireInt("np.tri", "k", opts.k ?? 0);
  return cast(diagMask(n, m, k, true), floatOr(opts.dtype, "np.tri"));
};

const triMasked = (name: string, x: ArrayLike, k: number, lower: boolean): NDArray => {
  const a = operand(`np.${name}`, x);
  requireInt(`np.${name}`, "k", k);
  if (a.ndim < 2) throw new ValueError(`[np.${name}] expected an array of at least 2 dimensions, got shape (${a.shape.join(", ")})`);
  const [n, m] = a.shape.slice(-2);
  const mask = broadcastTo(diagMask(n, m, lower ? k : k - 1, true), a.shape);
  const zero = toDType(0, a.dtype, false, `np.${name}`);
  return lower ? select(mask, a, zero) : select(mask, zero, a);
};

/** `np.tril(x, k = 0)`: zero above the k-th diagonal (last two axes). @category creation */
export const tril = (x: ArrayLike, k = 0): NDArray => triMasked("tril", x, k, true);
/** `np.triu(x, k = 0)`: zero below the k-th diagonal (last two axes). @category creation */
export const triu = (x: ArrayLike, k = 0): NDArray => triMasked("triu", x, k, false);

/**
 * `np.diag(v, k = 0)`: for 1-D v, a square matrix with v on the k-th
 * diagonal; for 2-D v, its k-th diagonal.
 * @category creation
 */
export const diag = (v: ArrayLike, k = 0): NDArray => {
  const a = operand("np.diag", v);
  requireInt("np.diag", "k", k);
  if (a.ndim === 1) {
    const n = a.shape[0] + Math.abs(k);
    const zero = toDType(0, a.dtype, false, "np.diag");
    const p = pad(a, zero, [[Math.max(0, -k), Math.max(0, k), 0]]);
    return select(diagMask(n, n, k, false), reshape(p, [n, 1]), zero);
  }
  if (a.ndim === 2) {
    const [n, m] = a.shape;
    const len = Math.max(0, k >= 0 ? Math.min(n, m - k) : Math.min(n + k, m));
    if (len === 0) return reshape(slice(reshape(a, [a.size]), [0], [0]), [0]);
    const start = k >= 0 ? k : -k * m;
    return slice(reshape(a, [n * m]), [start], [start + (len - 1) * (m + 1) + 1], [m + 1]);
  }
  throw new ValueError(`[np.diag] expected a 1-D or 2-D input, got shape (${a.shape.join(", ")})`);
};

/** `np.diagflat(v, k = 0)`: the flattened input on the k-th diagonal. @category creation */
export const diagflat = (v: ArrayLike, k = 0): NDArray => {
  const a = operand("np.diagflat", v);
  return diag(reshape(a, [a.size]), k);
};

/** Options of meshgrid. */
export interface MeshgridOptions {
  readonly indexing?: "xy" | "ij";
  readonly sparse?: boolean;
}

const isOptions = (x: unknown): x is MeshgridOptions =>
  typeof x === "object" && x !== null && !(x instanceof NDArray) && !Array.isArray(x) && !ArrayBuffer.isView(x);

/**
 * `np.meshgrid(...xs, { indexing = "xy", sparse })`: coordinate grids from
 * 1-D vectors. "xy" swaps the first two output axes (Cartesian), "ij" does not.
 * @category creation
 */
export const meshgrid = (...args: (ArrayLike | MeshgridOptions)[]): NDArray[] => {
  const opts = args.length > 0 && isOptions(args[args.length - 1]) ? (args.pop() as MeshgridOptions) : {};
  const indexing = opts.indexing ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw new ValueError(`[np.meshgrid] indexing must be "xy" or "ij", got ${String(indexing)}`);
  const xs = (args as ArrayLike[]).map((x) => operand("np.meshgrid", x));
  if (xs.some((x) => x.ndim !== 1)) throw new ValueError(`[np.meshgrid] arguments must be 1-D, got shapes ${xs.map((x) => `(${x.shape.join(", ")})`).join(", ")}`);
  const swap = indexing === "xy" && xs.length >= 2;
  if (swap) [xs[0], xs[1]] = [xs[1], xs[0]];
  const shape = xs.map((x) => (opts.sparse ? 1 : x.shape[0]));
  const out = xs.map((x, i) => broadcastInDim(x, opts.sparse ? shape.map((d, j) => (j === i ? x.shape[0] : d)) : shape, [i]));
  if (swap) [out[0], out[1]] = [out[1], out[0]];
  return out;
};

/**
 * `np.indices(dimensions, { dtype = int32 })`: an array of shape
 * `[ndim, ...dimensions]` whose i-th slice holds the i-th coordinate.
 * @category creation
 */
export const indices = (dimensions: readonly number[], opts: { dtype?: DType } = {}): NDArray => {
  const dims = checkShape(dimensions, "np.indices");
  const d = opts.dtype === undefined ? canonicalize(defaultInt()) : userDType(opts.dtype, "np.indices");
  if (dims.length === 0) return reshape(iota(d, 0), [0]);
  const parts = dims.map((n, i) => expandDims(broadcastInDim(iota(d, n), dims, [i]), [0]));
  return parts.length === 1 ? parts[0] : concatenate(parts, 0);
};

/** `np.indices(dimensions, { sparse: true })`: one broadcastable array per axis. @category creation */
export const indicesSparse = (dimensions: readonly number[], opts: { dtype?: DType } = {}): NDArray[] => {
  const dims = checkShape(dimensions, "np.indices");
  const d = opts.dtype === undefined ? canonicalize(defaultInt()) : userDType(opts.dtype, "np.indices");
  return dims.map((n, i) => broadcastInDim(iota(d, n), dims.map((_, j) => (j === i ? n : 1)), [i]));
};
