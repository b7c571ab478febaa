// Reduction primitives: reduce_sum/prod/max/min/and/or/xor over a set of
// axes, and argmax/argmin over one axis. As in JAX's lax there is no dtype
// promotion: the result has the operand's dtype (argmax: `indexDType`);
// empty reductions give the monoid identity (0, 1, -inf/min, +inf/max, ...).

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { canonicalize, checkDType, type DType, isInteger } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError } from "../core/errors.js";
import { definePrimitive, type Primitive } from "../core/primitive.js";
import { normalizeAxes, normalizeAxis } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { checkAxesParam } from "./util.js";
import { type DTypeClass, laxOperand, requireDType } from "./util.js";

export interface ReduceParams {
  /** Reduced axes, non-negative and distinct. */
  readonly axes: readonly number[];
  [k: string]: unknown;
}

export interface ArgReduceParams {
  /** The single reduced axis, as `[axis]` (JAX's `axes=(axis,)`). */
  readonly axes: readonly number[];
  readonly indexDType: DType;
  [k: string]: unknown;
}

const reducedShape = (shape: readonly number[], axes: readonly number[]): number[] => shape.filter((_, i) => !axes.includes(i));

/** Defines a monoid reduction primitive over operands of one dtype class. */
const reducePrimitive = (name: string, cls: DTypeClass): Primitive<ReduceParams> =>
  definePrimitive<ReduceParams>({
    name,
    traits: { reduction: true },
    abstractEval: ([x], { axes }) => {
      requireDType(name, x.dtype, cls);
      checkAxesParam(`lax.${name}`, axes, x.ndim);
      return [x.withShape(reducedShape(x.shape, axes))];
    },
  });

export const reduceSumP = reducePrimitive("reduce_sum", "num");
export const reduceProdP = reducePrimitive("reduce_prod", "num");
export const reduceMaxP = reducePrimitive("reduce_max", "any");
export const reduceMinP = reducePrimitive("reduce_min", "any");
export const reduceAndP = reducePrimitive("reduce_and", "intOrBool");
export const reduceOrP = reducePrimitive("reduce_or", "intOrBool");
export const reduceXorP = reducePrimitive("reduce_xor", "intOrBool");

const reducer =
  (p: Primitive<ReduceParams>) =>
  (x: ArrayLike, axes: number | readonly number[]): NDArray => {
    const a = laxOperand(x);
    const ax = normalizeAxes(axes, a.ndim, `lax.${p.name}`);
    return bind1(p, [a], { axes: ax });
  };

/** `lax.reduceSum(x, axes)`: sum over `axes` in x's dtype (ints wrap); empty gives 0. @category reductions */
export const reduceSum = reducer(reduceSumP);
/** `lax.reduceProd(x, axes)`: product over `axes` in x's dtype; empty gives 1. @category reductions */
export const reduceProd = reducer(reduceProdP);
/** `lax.reduceMax(x, axes)`: NaN propagates; empty gives -inf (floats), the dtype minimum (ints), false. @category reductions */
export const reduceMax = reducer(reduceMaxP);
/** `lax.reduceMin(x, axes)`: NaN propagates; empty gives +inf (floats), the dtype maximum (ints), true. @category reductions */
export const reduceMin = reducer(reduceMinP);
/** `lax.reduceAnd(x, axes)`: logical and (bool) or bitwise and (ints); empty gives true / all ones. @category reductions */
export const reduceAnd = reducer(reduceAndP);
/** `lax.reduceOr(x, axes)`: logical / bitwise or; empty gives false / 0. @category reductions */
export const reduceOr = reducer(reduceOrP);
/** `lax.reduceXor(x, axes)`: logical / bitwise xor; empty gives false / 0. @category reductions */
export const reduceXor = reducer(reduceXorP);

/** Defines argmax / argmin: index of the first extreme element along one axis (NaN counts as extreme). */
const argPrimitive = (name: string): Primitive<ArgReduceParams> =>
  definePrimitive<ArgReduceParams>({
    name,
    traits: { reduction: true, nonDifferentiable: true },
    abstractEval: ([x], { axes, indexDType }) => {
      checkDType(indexDType, `lax.${name}`);
      if (!isInteger(indexDType)) throw new DTypeError(`[lax.${name}] index_dtype must be an integer dtype, got ${indexDType}`);
      checkAxesParam(`lax.${name}`, axes, x.ndim);
      if (axes.length !== 1) throw new ShapeError(`[lax.${name}] expected exactly one axis, got (${axes.join(", ")})`);
      if (x.shape[axes[0]] === 0)
        throw new ShapeError(`[lax.${name}] requires a non-empty reduced axis, got axis ${axes[0]} of shape ${fmtShape(x.shape)}`);
      return [new ShapedArray(reducedShape(x.shape, axes), indexDType)];
    },
  });

export const argmaxP = argPrimitive("argmax");
export const argminP = argPrimitive("argmin");

const argReducer =
  (p: Primitive<ArgReduceParams>) =>
  (x: ArrayLike, axis: number, indexDType: DType): NDArray => {
    const a = laxOperand(x);
    const ax = normalizeAxis(axis, a.ndim, `lax.${p.name}`);
    const d = canonicalize(checkDType(indexDType, `lax.${p.name}`));
    return bind1(p, [a], { axes: [ax], indexDType: d });
  };

/**
 * `lax.argmax(x, axis, indexDType)`: index of the first maximum along `axis`;
 * a NaN is the maximum (its first occurrence wins). Empty axes are an error.
 * @category reductions
 */
export const argmax = argReducer(argmaxP);
/** `lax.argmin(x, axis, indexDType)`: index of the first minimum (NaN counts as the minimum). @category reductions */
export const argmin = argReducer(argminP);
