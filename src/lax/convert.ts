// Dtype conversion primitives: convert_element_type (value conversion with
// XLA's saturating float->int semantics) and bitcast_convert_type.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, checkDType, type DType } from "../core/dtype.js";
import { definePrimitive } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { laxOperand } from "./util.js";

export interface ConvertParams {
  readonly newDType: DType;
  readonly weakType: boolean;
  [k: string]: unknown;
}

export const convertElementTypeP = definePrimitive<ConvertParams>({
  name: "convert_element_type",
  traits: { elementwise: true },
  abstractEval: ([x], { newDType, weakType }) => [x.withDType(newDType, weakType)],
});

/**
 * `lax.convertElementType(x, dtype)`: float->int truncates toward zero and
 * saturates (NaN -> 0), int->int wraps, x->bool is x != 0.
 * @category elementwise
 */
export const convertElementType = (x: ArrayLike, newDType: DType, weakType = false): NDArray => {
  const d = canonicalize(checkDType(newDType, "lax.convert_element_type"));
  const a = laxOperand(x);
  if (a.dtype === d && a.weakType === weakType) return a;
  return bind1(convertElementTypeP, [a], { newDType: d, weakType });
};
