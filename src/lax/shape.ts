// Shape primitives: reshape, broadcast_in_dim, transpose, squeeze, rev,
// slice, dynamic_slice, dynamic_update_slice, pad, concatenate, iota.
// Each defined once with all its rules; kernels live in the backends.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { fmtShape, ShapeError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { checkShape, prod, shapeEq } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { laxOperand } from "./util.js";

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
  if (shapeEq(a.shape, s) && broadcastDimensions.every((d, i) => d === i)) return a;
  return bind1(broadcastInDimP, [a], { shape: s, broadcastDimensions: [...broadcastDimensions] });
};

/** `lax.broadcast(x, sizes)`: prepends axes of the given sizes. @category shape */
export const broadcast = (x: ArrayLike, sizes: readonly number[]): NDArray => {
  const a = laxOperand(x);
  return broadcastInDim(a, [...sizes, ...a.shape], a.shape.map((_, i) => i + sizes.length));
};
