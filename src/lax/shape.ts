// Shape primitives: reshape, broadcast_in_dim, transpose, squeeze, rev, iota
// (and expandDims as a broadcast_in_dim, as JAX). Slicing lives in
// shape-slice.ts, pad and concatenate in shape-pad.ts; re-exported here.
// Each defined once with all its rules; kernels live in the backends.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { canonicalize, checkDType, type DType } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { checkPermutation, checkShape, intList, normalizeAxes, normalizeAxis, prod, shapeEq } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { checkAxesParam, laxOperand } from "./util.js";

export * from "./shape-slice.js";
export * from "./shape-pad.js";

export interface ReshapeParams {
  readonly newSizes: readonly number[];
  readonly dimensions: null;
  [k: string]: unknown;
}

/** Row-major reshape to a shape of the same size. */
export const reshapeP = definePrimitive<ReshapeParams>({
  name: "reshape",
  abstractEval: ([x], { newSizes }) => {
    if (prod(newSizes) !== x.size)
      throw new ShapeError(`[lax.reshape] cannot reshape an array of shape ${fmtShape(x.shape)} (size ${x.size}) into shape ${fmtShape(newSizes)}`);
    return [x.withShape(newSizes)];
  },
});

/** `lax.reshape(x, newSizes)`. @category shape */
export const reshape = (x: ArrayLike, newSizes: readonly number[]): NDArray => {
  const a = laxOperand(x);
  const s = checkShape(newSizes, "lax.reshape");
  if (shapeEq(a.shape, s)) return a;
  return bind1(reshapeP, [a], { newSizes: s, dimensions: null });
};

export interface BroadcastInDimParams {
  readonly shape: readonly number[];
  readonly broadcastDimensions: readonly number[];
  [k: string]: unknown;
}

/** Places operand axis i at output axis broadcastDimensions[i]; other axes are new. */
export const broadcastInDimP = definePrimitive<BroadcastInDimParams>({
  name: "broadcast_in_dim",
  abstractEval: ([x], { shape, broadcastDimensions: dims }) => {
    const bad = (why: string) =>
      new ShapeError(`[lax.broadcast_in_dim] operand ${fmtShape(x.shape)} to shape ${fmtShape(shape)} with broadcast_dimensions (${dims.join(", ")}): ${why}`);
    if (dims.length !== x.ndim) throw bad(`needs one dimension per operand axis`);
    for (let i = 0; i < dims.length; i++) {
      const d = dims[i];
      if (!Number.isInteger(d) || d < 0 || d >= shape.length) throw bad(`dimension ${d} out of range`);
      if (i > 0 && d <= dims[i - 1]) throw bad(`dimensions must be strictly increasing`);
      if (x.shape[i] !== 1 && x.shape[i] !== shape[d]) throw bad(`operand axis ${i} has size ${x.shape[i]}, target axis ${d} has ${shape[d]}`);
    }
    return [new ShapedArray(shape, x.dtype, x.weakType)];
  },
});

/** `lax.broadcastInDim(x, shape, broadcastDimensions)`. @category shape */
export const broadcastInDim = (x: ArrayLike, shape: readonly number[], broadcastDimensions: readonly number[]): NDArray => {
  const a = laxOperand(x);
  const s = checkShape(shape, "lax.broadcast_in_dim");
  const dims = intList(broadcastDimensions, "lax.broadcast_in_dim", "broadcastDimensions");
  if (shapeEq(a.shape, s) && dims.length === a.ndim && dims.every((d, i) => d === i)) return a;
  return bind1(broadcastInDimP, [a], { shape: s, broadcastDimensions: dims });
};

/** `lax.broadcast(x, sizes)`: prepends axes of the given sizes. @category shape */
export const broadcast = (x: ArrayLike, sizes: readonly number[]): NDArray => {
  const a = laxOperand(x);
  return broadcastInDim(a, [...sizes, ...a.shape], a.shape.map((_, i) => i + sizes.length));
};

export interface TransposeParams {
  readonly permutation: readonly number[];
  [k: string]: unknown;
}

/** Output axis i is operand axis permutation[i]. */
export const transposeP = definePrimitive<TransposeParams>({
  name: "transpose",
  abstractEval: ([x], { permutation }) => {
    checkPermutation(permutation, x.ndim, "lax.transpose");
    return [x.withShape(permutation.map((p) => x.shape[p]))];
  },
});

/** `lax.transpose(x, permutation)`: the identity permutation returns `x` itself. @category shape */
export const transpose = (x: ArrayLike, permutation: readonly number[]): NDArray => {
  const a = laxOperand(x);
  if (!Array.isArray(permutation)) throw new ValueError(`[lax.transpose] expected a permutation array, got ${String(permutation)}`);
  checkPermutation(permutation, a.ndim, "lax.transpose");
  if (permutation.every((p, i) => p === i)) return a;
  return bind1(transposeP, [a], { permutation: intList(permutation, "lax.transpose", "permutation") });
};

export interface SqueezeParams {
  readonly dimensions: readonly number[];
  [k: string]: unknown;
}

/** Removes the listed size-1 axes. */
export const squeezeP = definePrimitive<SqueezeParams>({
  name: "squeeze",
  abstractEval: ([x], { dimensions }) => {
    checkAxesParam("lax.squeeze", dimensions, x.ndim, "dimensions");
    for (const d of dimensions)
      if (x.shape[d] !== 1)
        throw new ShapeError(`[lax.squeeze] cannot squeeze axis ${d} of shape ${fmtShape(x.shape)}: expected size 1, got ${x.shape[d]}`);
    return [x.withShape(x.shape.filter((_, i) => !dimensions.includes(i)))];
  },
});

/** `lax.squeeze(x, dimensions)`: removes size-1 axes (negative axes count from the end). @category shape */
export const squeeze = (x: ArrayLike, dimensions: number | readonly number[]): NDArray => {
  const a = laxOperand(x);
  const dims = normalizeAxes(dimensions, a.ndim, "lax.squeeze");
  if (dims.length === 0) return a;
  return bind1(squeezeP, [a], { dimensions: [...dims].sort((p, q) => p - q) });
};

/**
 * `lax.expandDims(x, dimensions)`: inserts size-1 axes at the given positions
 * of the result (a broadcast_in_dim, as JAX does).
 * @category shape
 */
export const expandDims = (x: ArrayLike, dimensions: number | readonly number[]): NDArray => {
  const a = laxOperand(x);
  const list = typeof dimensions === "number" ? [dimensions] : dimensions;
  if (!Array.isArray(list)) throw new ValueError(`[lax.expand_dims] expected dimensions as an array of integers, got ${String(dimensions)}`);
  const nd = a.ndim + list.length;
  const dims = normalizeAxes(list, nd, "lax.expand_dims");
  if (dims.length === 0) return a;
  const shape: number[] = [];
  const bdims: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) {
    if (dims.includes(i)) shape.push(1);
    else {
      shape.push(a.shape[k++]);
      bdims.push(i);
    }
  }
  return bind1(broadcastInDimP, [a], { shape, broadcastDimensions: bdims });
};

export interface RevParams {
  readonly dimensions: readonly number[];
  [k: string]: unknown;
}

/** Reverses the order of elements along the listed axes. */
export const revP = definePrimitive<RevParams>({
  name: "rev",
  abstractEval: ([x], { dimensions }) => {
    checkAxesParam("lax.rev", dimensions, x.ndim, "dimensions");
    return [x];
  },
});

/** `lax.rev(x, dimensions)`: reverses along the given axes (negative axes count from the end). @category shape */
export const rev = (x: ArrayLike, dimensions: number | readonly number[]): NDArray => {
  const a = laxOperand(x);
  return bind1(revP, [a], { dimensions: normalizeAxes(dimensions, a.ndim, "lax.rev") });
};

export interface IotaParams {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly dimension: number;
  readonly sharding: null;
  [k: string]: unknown;
}

/** Values 0, 1, 2, ... along `dimension`, broadcast over the other axes; no operands. */
export const iotaP = definePrimitive<IotaParams>({
  name: "iota",
  traits: { nonDifferentiable: true },
  abstractEval: (_, { dtype, shape, dimension }) => {
    checkDType(dtype, "lax.iota");
    if (dtype === "bool") throw new DTypeError(`[lax.iota] expected an integer or floating dtype, got bool`);
    checkShape(shape, "lax.iota");
    if (!Number.isInteger(dimension) || dimension < 0 || dimension >= shape.length)
      throw new ShapeError(`[lax.iota] dimension must be in [0, ${shape.length}) for shape ${fmtShape(shape)}, got ${dimension}`);
    return [new ShapedArray(shape, dtype)];
  },
});

/** `lax.iota(dtype, size)`: [0, 1, ..., size-1] converted to `dtype` (integers wrap). @category creation */
export const iota = (dtype: DType, size: number): NDArray => broadcastedIota(dtype, [size], 0);

/** `lax.broadcastedIota(dtype, shape, dimension)`: iota along one axis of `shape`. @category creation */
export const broadcastedIota = (dtype: DType, shape: readonly number[], dimension: number): NDArray => {
  const d = canonicalize(checkDType(dtype, "lax.iota"));
  const s = checkShape(shape, "lax.iota");
  const dim = normalizeAxis(dimension, s.length, "lax.iota");
  return bind1(iotaP, [], { dtype: d, shape: s, dimension: dim, sharding: null });
};

/** An explicit copy (JAX's copy_p): same shape and dtype, new contiguous memory. */
export const copyP = definePrimitive({
  name: "copy",
  abstractEval: ([x]) => [x],
});

/** `lax.copy(x)`. @category shape */
export const copy = (x: ArrayLike): NDArray => bind1(copyP, [laxOperand(x)], {});
