// Operand handling shared by jaxts/numpy: JAX's implicit promotion (weak JS
// scalars, the lattice join) and NumPy broadcasting, in one place.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromJS, scalarArray } from "../core/asarray.js";
import type { DType } from "../core/dtype.js";
import { resultTypeWeak, type TypedDType, scalarType } from "../core/promotion.js";
import { convertElementType } from "../lax/convert.js";
import { broadcastAll } from "../lax/util.js";

const isScalar = (x: ArrayLike): x is number | boolean => typeof x === "number" || typeof x === "boolean";

/** `np.asarray`: arrays pass through; JS data follows np.array's rules (scalars stay weak). */
export const asArray = (x: ArrayLike, where = "np.asarray"): NDArray => {
  if (x instanceof NDArray) return x;
  if (isScalar(x)) return scalarArray(x, undefined, undefined, where);
  return fromJS(x, undefined, where);
};

/** The (dtype, weak) of an operand without materializing JS scalars. */
export const typedOf = (x: ArrayLike | NDArray): TypedDType => {
  if (x instanceof NDArray) return { dtype: x.dtype, weakType: x.weakType };
  if (isScalar(x)) return scalarType(x);
  return { dtype: asArray(x).dtype, weakType: false };
};

/** Converts an operand to `dtype` (keeping JS scalars exact until then). */
export const toDType = (x: ArrayLike, dtype: DType, weakType: boolean, where: string): NDArray => {
  if (isScalar(x)) return scalarArray(x, dtype, weakType, where);
  const a = asArray(x, where);
  return a.dtype === dtype && a.weakType === weakType ? a : convertElementType(a, dtype, weakType);
};

/** JAX's implicit promotion of operands to their result type, without broadcasting. */
export const promoteDTypes = (where: string, xs: readonly ArrayLike[]): NDArray[] => {
  const arrs = xs.map((x) => (isScalar(x) ? x : asArray(x, where)));
  const t = resultTypeWeak(...arrs.map(typedOf));
  return arrs.map((x) => toDType(x, t.dtype, t.weakType, where));
};

/** Promotion plus NumPy broadcasting: what every numpy binary op does first. */
export const promoteArgs = (where: string, xs: readonly ArrayLike[]): NDArray[] => broadcastAll(promoteDTypes(where, xs), where);
