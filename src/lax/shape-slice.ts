// Slicing primitives: slice (static starts/limits/strides) and dynamic_slice /
// dynamic_update_slice (start indices are scalar integer operands, clamped by
// the kernel so the window stays in bounds, as XLA). The public functions wrap
// negative start indices once, as jax.lax does, before binding.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { scalarArray } from "../core/asarray.js";
import type { ShapedArray } from "../core/aval.js";
import { type DType, dtypeInfo, isInteger } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { intList, normalizeAxis } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { convertElementType } from "./convert.js";
import { add, lt, mul } from "./elementwise.js";
import { reshape } from "./shape.js";
import { laxOperand } from "./util.js";

const isIntList = (xs: unknown): xs is number[] => Array.isArray(xs) && xs.every((v) => Number.isInteger(v));

export interface SliceParams {
  readonly startIndices: readonly number[];
  readonly limitIndices: readonly number[];
  /** `null` means all ones (as JAX's `strides=None`). */
  readonly strides: readonly number[] | null;
  [k: string]: unknown;
}

/** Static strided window: out[i] = x[start + i * stride] per axis. */
export const sliceP = definePrimitive<SliceParams>({
  name: "slice",
  abstractEval: ([x], { startIndices: start, limitIndices: limit, strides }) => {
    const where = `[lax.slice] operand ${fmtShape(x.shape)}`;
    if (!isIntList(start) || !isIntList(limit) || (strides !== null && !isIntList(strides)))
      throw new ValueError(`${where}: start_indices, limit_indices and strides must be arrays of integers`);
    if (start.length !== x.ndim || limit.length !== x.ndim || (strides !== null && strides.length !== x.ndim))
      throw new ShapeError(
        `${where}: expected start_indices, limit_indices and strides of length ${x.ndim}, got (${start.join(", ")}), (${limit.join(", ")}), ${strides === null ? "None" : `(${strides.join(", ")})`}`,
      );
    const shape = x.shape.map((n, i) => {
      const s = strides === null ? 1 : strides[i];
      if (start[i] < 0) throw new ShapeError(`${where}: start_indices must be nonnegative, got (${start.join(", ")})`);
      if (limit[i] > n) throw new ShapeError(`${where}: limit_indices must be at most the operand shape, got (${limit.join(", ")})`);
      if (limit[i] < start[i]) throw new ShapeError(`${where}: limit_indices (${limit.join(", ")}) must be at least start_indices (${start.join(", ")})`);
      if (s <= 0) throw new ValueError(`${where}: strides must be positive, got (${strides!.join(", ")})`);
      return Math.ceil((limit[i] - start[i]) / s);
    });
    return [x.withShape(shape)];
  },
});

/** `lax.slice(x, startIndices, limitIndices, strides?)`. @category slicing */
export const slice = (x: ArrayLike, startIndices: readonly number[], limitIndices: readonly number[], strides?: readonly number[] | null): NDArray => {
  const a = laxOperand(x);
  return bind1(sliceP, [a], {
    startIndices: intList(startIndices, "lax.slice", "startIndices"),
    limitIndices: intList(limitIndices, "lax.slice", "limitIndices"),
    strides: strides == null ? null : intList(strides, "lax.slice", "strides"),
  });
};

/**
 * `lax.sliceInDim(x, start, limit, stride = 1, axis = 0)`: slices one axis;
 * `null` start/limit mean the ends, negative ones count from the end.
 * @category slicing
 */
export const sliceInDim = (x: ArrayLike, start: number | null, limit: number | null, stride = 1, axis = 0): NDArray => {
  const a = laxOperand(x);
  const ax = normalizeAxis(axis, a.ndim, "lax.slice_in_dim");
  const n = a.shape[ax];
  let s = start ?? 0;
  let l = limit ?? n;
  if (s < 0) s += n;
  if (l < 0) l += n;
  const starts = a.shape.map((_, i) => (i === ax ? s : 0));
  const limits = a.shape.map((d, i) => (i === ax ? l : d));
  const strides = a.shape.map((_, i) => (i === ax ? stride : 1));
  return slice(a, starts, limits, strides);
};

export interface DynamicSliceParams {
  readonly sliceSizes: readonly number[];
  [k: string]: unknown;
}

/** Checks the scalar integer index operands of dynamic_slice / dynamic_update_slice. */
const checkIndexAvals = (name: string, x: ShapedArray, idx: readonly ShapedArray[]): void => {
  if (idx.length !== x.ndim)
    throw new ShapeError(`[lax.${name}] expected ${x.ndim} start indices for an operand of shape ${fmtShape(x.shape)}, got ${idx.length}`);
  for (const i of idx) {
    if (i.ndim !== 0) throw new ShapeError(`[lax.${name}] start indices must be scalars, got an index of shape ${fmtShape(i.shape)}`);
    if (!isInteger(i.dtype) || i.dtype !== idx[0].dtype)
      throw new DTypeError(`[lax.${name}] start indices must be integers of one dtype, got ${idx.map((v) => v.dtype).join(", ")}`);
  }
};

/** A window of static size at dynamic (clamped) start indices. Operands: x, ...startIndices. */
export const dynamicSliceP = definePrimitive<DynamicSliceParams>({
  name: "dynamic_slice",
  abstractEval: ([x, ...idx], { sliceSizes }) => {
    checkIndexAvals("dynamic_slice", x, idx);
    if (!isIntList(sliceSizes) || sliceSizes.length !== x.ndim || sliceSizes.some((s, i) => s < 0 || s > x.shape[i]))
      throw new ShapeError(
        `[lax.dynamic_slice] slice_sizes must be ${x.ndim} integers in [0, operand size], got (${String(sliceSizes)}) for operand shape ${fmtShape(x.shape)}`,
      );
    return [x.withShape(sliceSizes)];
  },
});

/** Writes `update` into `x` at dynamic (clamped) start indices. Operands: x, update, ...startIndices. */
export const dynamicUpdateSliceP = definePrimitive<Record<string, never>>({
  name: "dynamic_update_slice",
  abstractEval: ([x, u, ...idx]) => {
    if (u === undefined) throw new ValueError(`[lax.dynamic_update_slice] expected an operand and an update`);
    checkIndexAvals("dynamic_update_slice", x, idx);
    if (u.dtype !== x.dtype)
      throw new DTypeError(`[lax.dynamic_update_slice] operand and update must have the same dtype, got ${x.dtype} and ${u.dtype}`);
    if (u.ndim !== x.ndim || u.shape.some((d, i) => d > x.shape[i]))
      throw new ShapeError(
        `[lax.dynamic_update_slice] update shape must fit in the operand shape, got update ${fmtShape(u.shape)} for operand ${fmtShape(x.shape)}`,
      );
    return [x.withShape(x.shape)];
  },
});

/**
 * Turns user start indices (JS integers or scalar integer arrays, or one 1-d
 * integer array) into scalar index operands of one dtype; negative indices
 * wrap once by the axis size, as jax.lax's `_dynamic_slice_indices`.
 */
const startIndexOperands = (
  name: string,
  x: NDArray,
  startIndices: readonly (number | NDArray)[] | NDArray,
  allowNegative: boolean,
): NDArray[] => {
  let items: readonly (number | NDArray)[];
  if (startIndices instanceof NDArray) {
    if (startIndices.ndim !== 1) throw new ShapeError(`[lax.${name}] start indices as an array must be 1-d, got shape ${fmtShape(startIndices.shape)}`);
    const v = startIndices;
    items = Array.from({ length: v.shape[0] }, (_, i) => reshape(slice(v, [i], [i + 1]), []));
  } else if (Array.isArray(startIndices)) items = startIndices;
  else throw new ValueError(`[lax.${name}] expected start indices as an array, got ${String(startIndices)}`);
  if (items.length !== x.ndim)
    throw new ShapeError(`[lax.${name}] expected ${x.ndim} start indices for an operand of shape ${fmtShape(x.shape)}, got ${items.length}`);
  const firstArr = items.find((i): i is NDArray => i instanceof NDArray);
  const dtype: DType = firstArr?.dtype ?? "int32";
  return items.map((i, ax) => {
    const n = x.shape[ax];
    if (typeof i === "number") {
      if (!Number.isInteger(i)) throw new DTypeError(`[lax.${name}] start indices must be integers, got ${i}`);
      return scalarArray(allowNegative && i < 0 ? i + n : i, dtype, false, `lax.${name}`);
    }
    if (!(i instanceof NDArray)) throw new DTypeError(`[lax.${name}] start indices must be integers or integer arrays, got ${String(i)}`);
    if (i.ndim !== 0) throw new ShapeError(`[lax.${name}] start indices must be scalars, got an index of shape ${fmtShape(i.shape)}`);
    if (!isInteger(i.dtype)) throw new DTypeError(`[lax.${name}] start indices must be integers, got ${i.dtype}`);
    if (!allowNegative || dtypeInfo(i.dtype).kind === "u") return i;
    // i + n * (i < 0): JAX's select(i < 0, i + n, i) with the primitives available here.
    return add(i, mul(convertElementType(lt(i, 0), i.dtype), n));
  });
};

/** Options of the dynamic slicing functions. */
export interface DynamicSliceOptions {
  /** Wrap negative start indices once by the axis size (default true, as JAX). */
  readonly allowNegativeIndices?: boolean;
}

/**
 * `lax.dynamicSlice(x, startIndices, sliceSizes)`: starts may be traced;
 * they are clamped so the window lies inside `x`.
 * @category slicing
 */
export const dynamicSlice = (
  x: ArrayLike,
  startIndices: readonly (number | NDArray)[] | NDArray,
  sliceSizes: readonly number[],
  opts: DynamicSliceOptions = {},
): NDArray => {
  const a = laxOperand(x);
  const idx = startIndexOperands("dynamic_slice", a, startIndices, opts.allowNegativeIndices ?? true);
  return bind1(dynamicSliceP, [a, ...idx], { sliceSizes: intList(sliceSizes, "lax.dynamic_slice", "sliceSizes") });
};

/** `lax.dynamicUpdateSlice(x, update, startIndices)`: a copy of `x` with `update` written at clamped starts. @category slicing */
export const dynamicUpdateSlice = (
  x: ArrayLike,
  update: ArrayLike,
  startIndices: readonly (number | NDArray)[] | NDArray,
  opts: DynamicSliceOptions = {},
): NDArray => {
  const a = laxOperand(x);
  const u = laxOperand(update, a.dtype);
  const idx = startIndexOperands("dynamic_update_slice", a, startIndices, opts.allowNegativeIndices ?? true);
  return bind1(dynamicUpdateSliceP, [a, u, ...idx], {});
};

/** Start indices that are `start` on `axis` and 0 (of the same kind) elsewhere. */
const inDimStarts = (ndim: number, start: number | NDArray, axis: number): (number | NDArray)[] =>
  Array.from({ length: ndim }, (_, i) => (i === axis ? start : 0));

/** `lax.dynamicSliceInDim(x, startIndex, sliceSize, axis = 0)`. @category slicing */
export const dynamicSliceInDim = (x: ArrayLike, startIndex: number | NDArray, sliceSize: number, axis = 0, opts: DynamicSliceOptions = {}): NDArray => {
  const a = laxOperand(x);
  const ax = normalizeAxis(axis, a.ndim, "lax.dynamic_slice_in_dim");
  const sizes = a.shape.map((d, i) => (i === ax ? sliceSize : d));
  return dynamicSlice(a, inDimStarts(a.ndim, startIndex, ax), sizes, opts);
};

/** `lax.dynamicUpdateSliceInDim(x, update, startIndex, axis)`. @category slicing */
export const dynamicUpdateSliceInDim = (x: ArrayLike, update: ArrayLike, startIndex: number | NDArray, axis: number, opts: DynamicSliceOptions = {}): NDArray => {
  const a = laxOperand(x);
  const ax = normalizeAxis(axis, a.ndim, "lax.dynamic_update_slice_in_dim");
  return dynamicUpdateSlice(a, update, inDimStarts(a.ndim, startIndex, ax), opts);
};
