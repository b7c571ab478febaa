// Dtype functions of jaxts/numpy: resultType, promoteTypes, canCast, iinfo,
// finfo (from core) and isdtype / issubdtype over NumPy's kind names.
// Everything here is about dtypes only; no arrays are made.

import { checkDType, type DType, dtypeInfo } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";

export { canCast, finfo, iinfo } from "../core/dtype-info.js";
export type { Casting, FInfo, IInfo } from "../core/dtype-info.js";
export { promoteTypes, resultType } from "../core/promotion.js";

/** Kind names of the array API's `isdtype`, plus NumPy's abstract names for `issubdtype`. */
export type DTypeKindName =
  | "bool"
  | "signed integer"
  | "unsigned integer"
  | "integral"
  | "real floating"
  | "complex floating"
  | "numeric";

const KINDS: Record<DTypeKindName, (d: DType) => boolean> = {
  bool: (d) => d === "bool",
  "signed integer": (d) => dtypeInfo(d).kind === "i",
  "unsigned integer": (d) => dtypeInfo(d).kind === "u",
  integral: (d) => dtypeInfo(d).kind === "i" || dtypeInfo(d).kind === "u",
  "real floating": (d) => dtypeInfo(d).kind === "f",
  "complex floating": () => false,
  numeric: (d) => d !== "bool",
};

/**
 * `np.isdtype(dtype, kind)`: whether `dtype` is of `kind` — a kind name
 * ("bool", "signed integer", "unsigned integer", "integral", "real floating",
 * "complex floating", "numeric"), a dtype, or an array of those.
 * @category dtypes
 */
export const isdtype = (dtype: DType, kind: DTypeKindName | DType | readonly (DTypeKindName | DType)[]): boolean => {
  const d = checkDType(dtype, "np.isdtype");
  const kinds = typeof kind === "string" ? [kind] : kind;
  return kinds.some((k) => {
    if (Object.hasOwn(KINDS, k)) return KINDS[k as DTypeKindName](d);
    return checkDType(k, "np.isdtype") === d;
  });
};

const ABSTRACT: Record<string, (d: DType) => boolean> = {
  generic: () => true,
  number: (d) => d !== "bool",
  integer: KINDS.integral,
  signedinteger: KINDS["signed integer"],
  unsignedinteger: KINDS["unsigned integer"],
  inexact: KINDS["real floating"],
  floating: KINDS["real floating"],
  complexfloating: () => false,
  bool: KINDS.bool,
};

/**
 * `np.issubdtype(dtype, parent)`: `parent` is a dtype (equality) or one of
 * NumPy's abstract names: "generic", "number", "integer", "signedinteger",
 * "unsignedinteger", "inexact", "floating", "complexfloating", "bool".
 * @category dtypes
 */
export const issubdtype = (dtype: DType, parent: DType | keyof typeof ABSTRACT): boolean => {
  const d = checkDType(dtype, "np.issubdtype");
  if (Object.hasOwn(ABSTRACT, parent)) return ABSTRACT[parent](d);
  if (typeof parent !== "string") throw new ValueError(`[np.issubdtype] expected a dtype or abstract dtype name, got ${String(parent)}`);
  return checkDType(parent, "np.issubdtype") === d;
};
