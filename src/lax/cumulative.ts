// Cumulative primitives: cumsum, cumprod, cummax, cummin, cumlogsumexp along
// one axis, optionally from the end (`reverse`). Like jax.lax they keep the
// operand's dtype (no promotion) and reject bool; cumlogsumexp needs floats.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ValueError } from "../core/errors.js";
import { definePrimitive, type Primitive } from "../core/primitive.js";
import { normalizeAxis } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { checkAxesParam } from "./util.js";
import { type DTypeClass, laxOperand, requireDType } from "./util.js";

export interface CumulativeParams {
  /** The scanned axis, non-negative. */
  readonly axis: number;
  /** Accumulate from the last element towards the first. */
  readonly reverse: boolean;
  [k: string]: unknown;
}

const cumulativePrimitive = (name: string, cls: DTypeClass): Primitive<CumulativeParams> =>
  definePrimitive<CumulativeParams>({
    name,
    abstractEval: ([x], { axis, reverse }) => {
      requireDType(name, x.dtype, cls);
      checkAxesParam(`lax.${name}`, [axis], x.ndim, "axis");
      if (typeof reverse !== "boolean") throw new ValueError(`[lax.${name}] reverse must be a boolean, got ${String(reverse)}`);
      return [x];
    },
  });

export const cumsumP = cumulativePrimitive("cumsum", "num");
export const cumprodP = cumulativePrimitive("cumprod", "num");
export const cummaxP = cumulativePrimitive("cummax", "num");
export const cumminP = cumulativePrimitive("cummin", "num");
export const cumlogsumexpP = cumulativePrimitive("cumlogsumexp", "float");

const cumulative =
  (p: Primitive<CumulativeParams>) =>
  (x: ArrayLike, axis = 0, reverse = false): NDArray => {
    const a = laxOperand(x);
    const ax = normalizeAxis(axis, a.ndim, `lax.${p.name}`);
    return bind1(p, [a], { axis: ax, reverse: Boolean(reverse) });
  };

/** `lax.cumsum(x, axis = 0, reverse = false)`: running sum in x's dtype (ints wrap). @category reductions */
export const cumsum = cumulative(cumsumP);
/** `lax.cumprod(x, axis = 0, reverse = false)`: running product in x's dtype. @category reductions */
export const cumprod = cumulative(cumprodP);
/** `lax.cummax(x, axis = 0, reverse = false)`: running maximum; a NaN propagates forward. @category reductions */
export const cummax = cumulative(cummaxP);
/** `lax.cummin(x, axis = 0, reverse = false)`: running minimum; a NaN propagates forward. @category reductions */
export const cummin = cumulative(cumminP);
/** `lax.cumlogsumexp(x, axis = 0, reverse = false)`: running log(sum(exp(x))), floats only. @category reductions */
export const cumlogsumexp = cumulative(cumlogsumexpP);
