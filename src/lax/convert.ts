// Dtype conversion primitives: convert_element_type (value conversion with
// XLA's semantics: float->int truncates and saturates, NaN -> 0, int->int
// wraps, x->bool is x != 0, floats round to nearest even) and
// bitcast_convert_type (reinterpreting bits, little-endian as XLA on CPU).

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, checkDType, type DType, dtypeInfo, isDType } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError } from "../core/errors.js";
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
  abstractEval: ([x], { newDType, weakType }) => {
    if (!isDType(newDType)) throw new DTypeError(`[lax.convert_element_type] unknown dtype ${JSON.stringify(newDType)}`);
    return [x.withDType(newDType, weakType)];
  },
});

/**
 * `lax.convertElementType(x, dtype)`: float->int truncates toward zero and
 * saturates (NaN -> 0), int->int wraps, x->bool is x != 0, and floats round
 * to nearest even (once, from the exact source value).
 * @category elementwise
 */
export const convertElementType = (x: ArrayLike, newDType: DType, weakType = false): NDArray => {
  const d = canonicalize(checkDType(newDType, "lax.convert_element_type"));
  const a = laxOperand(x);
  if (a.dtype === d && a.weakType === weakType) return a;
  return bind1(convertElementTypeP, [a], { newDType: d, weakType });
};

export interface BitcastParams {
  readonly newDType: DType;
  [k: string]: unknown;
}

export const bitcastConvertTypeP = definePrimitive<BitcastParams>({
  name: "bitcast_convert_type",
  traits: { elementwise: true, nonDifferentiable: true },
  abstractEval: ([x], { newDType }) => {
    if (!isDType(newDType)) throw new DTypeError(`[lax.bitcast_convert_type] unknown dtype ${JSON.stringify(newDType)}`);
    const from = x.dtype;
    if ((from === "bool" || newDType === "bool") && from !== newDType)
      throw new DTypeError(`[lax.bitcast_convert_type] bool can only be bitcast to bool, got ${from} to ${newDType}`);
    const bi = dtypeInfo(from).bits;
    const bo = dtypeInfo(newDType).bits;
    if (bi === bo) return [x.withDType(newDType)];
    if (bi > bo) return [x.withShape([...x.shape, bi / bo]).withDType(newDType)];
    const last = x.shape[x.ndim - 1];
    if (x.ndim === 0 || last * bi !== bo)
      throw new ShapeError(
        `[lax.bitcast_convert_type] converting ${from} (${bi} bits) to ${newDType} (${bo} bits) needs a last axis of size ${bo / bi}, got shape ${fmtShape(x.shape)}`,
      );
    return [x.withShape(x.shape.slice(0, -1)).withDType(newDType)];
  },
});

/**
 * `lax.bitcastConvertType(x, dtype)`: the same bits read as another dtype.
 * A narrower dtype adds a trailing axis (width ratio), a wider one consumes
 * a trailing axis of that size, as JAX.
 * @category elementwise
 */
export const bitcastConvertType = (x: ArrayLike, newDType: DType): NDArray => {
  const d = canonicalize(checkDType(newDType, "lax.bitcast_convert_type"));
  return bind1(bitcastConvertTypeP, [laxOperand(x)], { newDType: d });
};
