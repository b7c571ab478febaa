// NumPy indexing of jaxts/numpy: `np.index(x, ...idx)` (x.index), `np.take`,
// `np.takeAlongAxis`, and `np.at` (x.at, see indexing-update.ts). Basic
// indexes lower to static slice/rev/reshape; advanced ones to one gather,
// as jax.numpy's rewriting_take.

import type { NDArray } from "../core/array.js";
import type { ArrayLike, IndexItem, IndexMode } from "../core/array-types.js";
import { fromJS } from "../core/asarray.js";
import { dtypeInfo } from "../core/dtype.js";
import { DTypeError, IndexError, ShapeError, ValueError } from "../core/errors.js";
import { broadcastShapes, normalizeAxis, prod } from "../core/shape.js";
import { add, lt, rem, selectN } from "../lax/elementwise.js";
import { defaultFillValue, gather } from "../lax/gather.js";
import { slice } from "../lax/shape-slice.js";
import { reshape, rev } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { indexToGather } from "./index-gather.js";
import { canonicalizeSlice, parseIndex, type ParsedIndex } from "./index-parse.js";
import { zeros } from "./creation.js";
import { asArray } from "./util.js";

export { s } from "./index-parse.js";
export { at } from "./indexing-update.js";

/** Zeros of `shape` in x's dtype (results with no elements skip the gather, as JAX). */
const emptyLike = (x: NDArray, shape: readonly number[]): NDArray => zeros(shape, { dtype: x.dtype });

/** Static path for basic indexes (ints, slices, newaxis): slice, rev, reshape. */
const staticIndex = (x: NDArray, parsed: ParsedIndex, where: string): NDArray => {
  const starts: number[] = [];
  const limits: number[] = [];
  const strides: number[] = [];
  const revAxes: number[] = [];
  const outShape: number[] = [];
  let ax = 0;
  for (const e of parsed.entries) {
    if (e.kind === "newaxis") {
      outShape.push(1);
      continue;
    }
    const n = x.shape[ax];
    if (e.kind === "int") {
      if (e.value >= n || e.value < -n) throw new IndexError(`[${where}] index ${e.value} is out of bounds for axis ${ax} with size ${n}`);
      const v = e.value < 0 ? e.value + n : e.value;
      starts.push(v);
      limits.push(v + 1);
      strides.push(1);
    } else if (e.kind === "slice") {
      const { start, step, size } = canonicalizeSlice(e.slice, n);
      outShape.push(size);
      if (size === 0) {
        starts.push(0);
        limits.push(0);
        strides.push(1);
      } else if (step > 0) {
        starts.push(start);
        limits.push(start + (size - 1) * step + 1);
        strides.push(step);
      } else {
        starts.push(start + (size - 1) * step);
        limits.push(start + 1);
        strides.push(-step);
        if (size > 1) revAxes.push(ax);
      }
    }
    ax++;
  }
  const trivial = starts.every((st, i) => st === 0 && limits[i] === x.shape[i] && strides[i] === 1);
  let y = trivial ? x : slice(x, starts, limits, strides.every((v) => v === 1) ? null : strides);
  if (revAxes.length > 0) y = rev(y, revAxes);
  return reshape(y, outShape);
};

/** Options of indexed gets (x.at(...).get). */
export interface GetOptions {
  readonly mode?: IndexMode;
  readonly fillValue?: number;
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
}

/** `x[idx]` with JAX's options (jax.numpy's rewriting_take). */
export const rewritingTake = (x: NDArray, idx: readonly IndexItem[], opts: GetOptions, where: string): NDArray => {
  if (!Array.isArray(idx)) throw new IndexError(`[${where}] expected a list of index items, got ${String(idx)}`);
  const parsed = parseIndex(idx, x.shape, where);
  const explicitMode = opts.mode !== undefined && opts.mode !== "promise_in_bounds";
  const basic = parsed.entries.every((e) => e.kind !== "array");
  if (basic && !explicitMode) return staticIndex(x, parsed, where);
  const g = indexToGather(parsed, { normalize: true, check: !explicitMode, where });
  const y0 = parsed.scalarBoolDims.length > 0 ? reshape(x, parsed.shape) : x;
  let y: NDArray;
  if (prod(g.sliceShape) === 0) return emptyLike(x, g.sliceShape);
  if (g.indices === null) y = y0;
  else
    y = gather(y0, g.indices, g.dnums, g.gatherSliceShape, {
      mode: opts.mode ?? "promise_in_bounds",
      fillValue: opts.fillValue ?? (opts.mode === "fill" || opts.mode === "drop" ? defaultFillValue(x.dtype) : undefined),
      indicesAreSorted: (opts.indicesAreSorted ?? false) || g.basic,
      uniqueIndices: (opts.uniqueIndices ?? false) || g.basic,
    });
  return reshape(y, g.sliceShape);
};

/**
 * `np.index(x, ...idx)` (also `x.index(...idx)`): NumPy indexing `x[idx]`.
 * Items: integers, `null` (newaxis), `"..."`, slices (`np.s(1, 5, 2)` or
 * `"1:5:2"`), integer arrays / nested lists, boolean masks (concrete) and
 * boolean scalars. Static integers out of range throw IndexError; integer
 * arrays out of range are clamped, as JAX.
 * @example np.index(x, 0, "::-1", null)
 * @category indexing
 */
export const index = (x: ArrayLike, ...idx: IndexItem[]): NDArray => rewritingTake(asArray(x, "np.index"), idx, {}, "np.index");

/** Wraps negative indices of a signed array by `n` (normalize_index). */
const wrapNegative = (i: NDArray, n: number): NDArray => (dtypeInfo(i.dtype).kind === "i" ? selectN(lt(i, 0), i, add(i, n)) : i);

const isIntList = (v: unknown): boolean => (Array.isArray(v) ? v.every(isIntList) : (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint");

/** Index operand of take/takeAlongAxis: JS integer lists become int32; other dtypes must be integers. */
const intIndices = (indices: ArrayLike, where: string): NDArray => {
  const i = Array.isArray(indices) && isIntList(indices) ? fromJS(indices, "int32", where) : asArray(indices, where);
  const k = dtypeInfo(i.dtype).kind;
  if (k !== "i" && k !== "u") throw new DTypeError(`[${where}] indices must be of integer type, got ${i.dtype}`);
  return i;
};

/** Options of `np.take`. @category indexing */
export interface TakeOptions {
  /** Default null: take from the flattened array. */
  readonly axis?: number | null;
  /** "fill" (default: out of range gives fillValue, negatives wrap), "clip", "wrap" or "promise_in_bounds". */
  readonly mode?: IndexMode | "wrap";
  readonly fillValue?: number;
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
}

/**
 * `np.take(x, indices, { axis, mode, fillValue })`, as jnp.take: the default
 * mode "fill" wraps negative indices and fills out-of-range ones (NaN for floats).
 * @category indexing
 */
export const take = (x: ArrayLike, indices: ArrayLike, opts: TakeOptions = {}): NDArray => {
  const W = "np.take";
  let a = asArray(x, W);
  let i = intIndices(indices, W);
  let axis: number;
  if (opts.axis === undefined || opts.axis === null) {
    a = reshape(a, [a.size]);
    axis = 0;
  } else axis = normalizeAxis(opts.axis, a.ndim, W);
  const n = a.shape[axis];
  const mode = opts.mode ?? "fill";
  let gmode: IndexMode;
  if (mode === "fill" || mode === "drop") {
    gmode = "fill";
    i = wrapNegative(i, n);
  } else if (mode === "wrap") {
    if (n > 0) {
      const r = rem(i, n);
      i = selectN(lt(r, 0), r, add(r, n));
    }
    gmode = "promise_in_bounds";
  } else if (mode === "clip" || mode === "promise_in_bounds") gmode = mode;
  else throw new ValueError(`[${W}] invalid mode ${JSON.stringify(mode)}; expected "fill", "clip", "wrap" or "promise_in_bounds"`);
  const sliceSizes = [...a.shape];
  const outShape = [...a.shape.slice(0, axis), ...i.shape, ...a.shape.slice(axis + 1)];
  if (n === 0) {
    if (i.size !== 0) throw new IndexError(`[${W}] cannot do a non-empty take from an empty axis`);
    return a;
  }
  if (i.size === 0) return emptyLike(a, outShape);
  sliceSizes[axis] = 1;
  const offsetDims = [...Array.from({ length: axis }, (_, k) => k), ...Array.from({ length: a.ndim - axis - 1 }, (_, k) => axis + i.ndim + k)];
  return gather(a, reshape(i, [...i.shape, 1]), { offsetDims, collapsedSliceDims: [axis], startIndexMap: [axis] }, sliceSizes, {
    mode: gmode,
    fillValue: opts.fillValue,
    indicesAreSorted: opts.indicesAreSorted,
    uniqueIndices: opts.uniqueIndices,
  });
};

/**
 * `np.takeAlongAxis(x, indices, axis, { mode })`, as jnp.take_along_axis:
 * indices and x have the same rank and broadcast on the other axes.
 * Default mode "fill"; negative indices wrap unless mode is "promise_in_bounds".
 * @category indexing
 */
export const takeAlongAxis = (x: ArrayLike, indices: ArrayLike, axis: number | null, opts: { mode?: IndexMode; fillValue?: number } = {}): NDArray => {
  const W = "np.takeAlongAxis";
  let a = asArray(x, W);
  let i = intIndices(indices, W);
  if (axis === null) {
    if (i.ndim !== 1) throw new ShapeError(`[${W}] indices must be 1-D when axis is null, got shape (${i.shape.join(", ")})`);
    a = reshape(a, [a.size]);
    axis = 0;
  }
  if (a.ndim !== i.ndim) throw new ShapeError(`[${W}] indices and x must have the same number of dimensions; ${i.ndim} vs. ${a.ndim}`);
  const ax = normalizeAxis(axis, a.ndim, W);
  const n = a.shape[ax];
  const arrShape = a.shape.map((d, k) => (k === ax ? 1 : d));
  const outShape = broadcastShapes([i.shape, arrShape], W);
  if (n === 0 || prod(outShape) === 0) return emptyLike(a, outShape);
  const mode = opts.mode ?? "fill";
  if (mode !== "promise_in_bounds") i = wrapNegative(i, n);
  i = broadcastTo(i, outShape);
  a = broadcastTo(a, outShape.map((d, k) => (k === ax ? n : d)));
  const batch = a.shape.map((_, k) => k).filter((k) => k !== ax);
  return gather(a, reshape(i, [...i.shape, 1]), { offsetDims: [], collapsedSliceDims: [ax], startIndexMap: [ax], operandBatchingDims: batch, startIndicesBatchingDims: batch }, a.shape.map(() => 1), {
    mode,
    fillValue: opts.fillValue,
  });
};
