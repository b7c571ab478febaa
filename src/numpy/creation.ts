// Array creation: array, asarray, zeros, ones, full, arange, linspace, ...

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromJS } from "../core/asarray.js";
import { canonicalize, checkDType, type DType } from "../core/dtype.js";
import { convertElementType } from "../lax/convert.js";
import { asArray } from "./util.js";

/**
 * `np.array(x, { dtype })`: JS numbers give float32 unless `dtype` is set;
 * booleans give bool; typed arrays keep their type.
 * @example np.array([[1, 2], [3, 4]], { dtype: "int32" })
 * @category creation
 */
export const array = <D extends DType = DType>(x: ArrayLike, opts: { dtype?: D } = {}): NDArray<D> => {
  if (x instanceof NDArray) return (opts.dtype ? convertElementType(x, canonicalize(checkDType(opts.dtype, "np.array"))) : x) as NDArray<D>;
  return fromJS(x, opts.dtype, "np.array") as unknown as NDArray<D>;
};

/** `np.asarray(x, { dtype })`: like `array`, but JS scalars stay weakly typed. @category creation */
export const asarray = <D extends DType = DType>(x: ArrayLike, opts: { dtype?: D } = {}): NDArray<D> =>
  (opts.dtype ? array(x, opts) : asArray(x)) as NDArray<D>;
