// Cumulative reductions of jaxts/numpy: cumsum, cumprod, nancumsum,
// nancumprod, cumulativeSum, cumulativeProd (JAX's _cumulative_reduction).
// Results keep the input dtype except bool, which accumulates as int32;
// `cumulativeSum` promotes small ints like `sum` does.

import type { NDArray } from "../core/array.js";
import type { ArrayLike, CumulativeOptions } from "../core/array-types.js";
import type { DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { normalizeAxis } from "../core/shape.js";
import * as cum from "../lax/cumulative.js";
import * as lax from "../lax/elementwise.js";
import { concatenate } from "../lax/shape-pad.js";
import { reshape } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { cast, isFloatDType, operand, select, userDType } from "./math-util.js";
import { promoteIntegerDType } from "./reductions.js";
import { toDType } from "./util.js";

const cumulative = (
  name: string,
  f: (x: NDArray, axis: number) => NDArray,
  x: ArrayLike,
  opts: CumulativeOptions,
  fillNan: number | null = null,
  promoteIntegers = false,
): NDArray => {
  const where = `np.${name}`;
  let a = operand(where, x);
  if (opts.axis == null || a.ndim === 0) a = reshape(a, [a.size]);
  const axis = normalizeAxis(opts.axis ?? 0, a.ndim, where);
  if (fillNan !== null && isFloatDType(a.dtype)) a = select(lax.ne(a, a), toDType(fillNan, a.dtype, false, where), a);
  let resultType: DType;
  let compType: DType;
  if (opts.dtype == null) {
    resultType = promoteIntegers || a.dtype === "bool" ? promoteIntegerDType(a.dtype) : a.dtype;
    compType = resultType;
  } else {
    resultType = userDType(opts.dtype, where);
    if (resultType === "bool") {
      if (a.dtype !== "bool") a = lax.ne(a, 0);
      compType = promoteIntegerDType("bool");
    } else compType = resultType;
  }
  return cast(f(cast(a, compType), axis), resultType);
};

/** `np.cumsum(x, { axis, dtype })`: running sum; axis null flattens. @category reductions */
export const cumsum = (x: ArrayLike, opts: CumulativeOptions = {}): NDArray => cumulative("cumsum", (a, ax) => cum.cumsum(a, ax), x, opts);
/** `np.cumprod(x, { axis, dtype })`: running product; axis null flattens. @category reductions */
export const cumprod = (x: ArrayLike, opts: CumulativeOptions = {}): NDArray => cumulative("cumprod", (a, ax) => cum.cumprod(a, ax), x, opts);
/** `np.nancumsum(x, opts)`: cumsum with NaN counted as 0. @category reductions */
export const nancumsum = (x: ArrayLike, opts: CumulativeOptions = {}): NDArray => cumulative("nancumsum", (a, ax) => cum.cumsum(a, ax), x, opts, 0);
/** `np.nancumprod(x, opts)`: cumprod with NaN counted as 1. @category reductions */
export const nancumprod = (x: ArrayLike, opts: CumulativeOptions = {}): NDArray => cumulative("nancumprod", (a, ax) => cum.cumprod(a, ax), x, opts, 1);

/** Options of cumulativeSum / cumulativeProd. */
export interface CumulativeSumOptions extends CumulativeOptions {
  readonly includeInitial?: boolean;
}

const arrayApiCumulative = (name: string, sumLike: boolean, x: ArrayLike, opts: CumulativeSumOptions): NDArray => {
  const where = `np.${name}`;
  const a = operand(where, x);
  if (a.ndim === 0) throw new ValueError(`[${where}] the input must be non-scalar, got a scalar array`);
  if (opts.axis == null && a.ndim > 1)
    throw new ValueError(`[${where}] the input array has rank ${a.ndim}, however axis was not set to an explicit value; axis is only optional for 1-D arrays`);
  const axis = normalizeAxis(opts.axis ?? 0, a.ndim, where);
  const f = sumLike ? (v: NDArray, ax: number) => cum.cumsum(v, ax) : (v: NDArray, ax: number) => cum.cumprod(v, ax);
  const out = cumulative(name, f, a, { axis, dtype: opts.dtype }, null, sumLike);
  if (!opts.includeInitial) return out;
  const shape = out.shape.map((d, i) => (i === axis ? 1 : d));
  return concatenate([broadcastTo(toDType(sumLike ? 0 : 1, out.dtype, false, where), shape), out], axis);
};

/** `np.cumulativeSum(x, { axis, dtype, includeInitial })` (array API): small ints promote as in sum. @category reductions */
export const cumulativeSum = (x: ArrayLike, opts: CumulativeSumOptions = {}): NDArray => arrayApiCumulative("cumulative_sum", true, x, opts);
/** `np.cumulativeProd(x, { axis, dtype, includeInitial })` (array API). @category reductions */
export const cumulativeProd = (x: ArrayLike, opts: CumulativeSumOptions = {}): NDArray => arrayApiCumulative("cumulative_prod", false, x, opts);
