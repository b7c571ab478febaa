// Promotion variants and small helpers shared by the jaxts/numpy ufuncs and
// reductions, as jax._src.numpy.util: promote to an inexact dtype (ints and
// bool become float32, 64-bit ints float64), to a numeric dtype (bool becomes
// int32), a broadcasting `select`, and operand validation.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, checkDType, type DType, dtypeInfo } from "../core/dtype.js";
import { DTypeError, ValueError } from "../core/errors.js";
import { resultTypeWeak } from "../core/promotion.js";
import { convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import { broadcastAll, broadcastTo } from "../lax/util.js";
import { asArray, toDType, typedOf } from "./util.js";

const INEXACT: Partial<Record<DType, DType>> = {
  bool: "float32",
  int8: "float32",
  uint8: "float32",
  int16: "float32",
  uint16: "float32",
  int32: "float32",
  uint32: "float32",
  int64: "float64",
  uint64: "float64",
};

/** jax.dtypes.to_inexact_dtype, canonicalized: the float dtype an int/bool computes in. */
export const toInexact = (d: DType): DType => canonicalize(INEXACT[d] ?? d);
/** jax.dtypes.to_numeric_dtype: bool becomes int32, others unchanged. */
export const toNumeric = (d: DType): DType => (d === "bool" ? "int32" : d);

export const isFloatDType = (d: DType): boolean => dtypeInfo(d).kind === "f";
export const isIntDType = (d: DType): boolean => dtypeInfo(d).kind === "i" || dtypeInfo(d).kind === "u";
export const isUIntDType = (d: DType): boolean => dtypeInfo(d).kind === "u";

const promoteWith = (where: string, xs: readonly ArrayLike[], map: (d: DType) => DType): NDArray[] => {
  xs.forEach((x) => checkArrayLike(where, x));
  const t = resultTypeWeak(...xs.map(typedOf));
  const d = map(t.dtype);
  return xs.map((x) => toDType(x, d, t.weakType, where));
};

/** promote_dtypes_inexact: the join, then ints/bool to float. No broadcasting. */
export const promoteDTypesInexact = (where: string, xs: readonly ArrayLike[]): NDArray[] => promoteWith(where, xs, toInexact);
/** promote_dtypes_numeric: the join, then bool to int32. No broadcasting. */
export const promoteDTypesNumeric = (where: string, xs: readonly ArrayLike[]): NDArray[] => promoteWith(where, xs, toNumeric);
/** promote_args_inexact: inexact promotion plus broadcasting. */
export const promoteArgsInexact = (where: string, xs: readonly ArrayLike[]): NDArray[] => broadcastAll(promoteDTypesInexact(where, xs), where);
/** promote_args_numeric: numeric promotion plus broadcasting. */
export const promoteArgsNumeric = (where: string, xs: readonly ArrayLike[]): NDArray[] => broadcastAll(promoteDTypesNumeric(where, xs), where);

/** Rejects things that are not array-like (undefined, strings, objects) with a typed error. */
export const checkArrayLike = (where: string, x: unknown): void => {
  if (x instanceof NDArray || typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return;
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return;
  throw new ValueError(`[${where}] expected an array-like (Array, number, boolean or nested list), got ${x === null ? "null" : typeof x}`);
};

/** One operand as an array (JS scalars stay weak), validated. */
export const operand = (where: string, x: ArrayLike): NDArray => {
  checkArrayLike(where, x);
  return asArray(x, where);
};

/** Throws unless the dtype is in the accepted family. */
export const requireKind = (where: string, d: DType, ok: boolean, what: string): void => {
  if (!ok) throw new DTypeError(`[${where}] expected ${what}, got ${d}`);
};

/** A user dtype option: validated and canonicalized (int64 -> int32 without x64). */
export const userDType = (d: unknown, where: string): DType => canonicalize(checkDType(d, where));

/**
 * `select(c, a, b)`: elementwise `c ? a : b` with NumPy broadcasting of all
 * three; `a` and `b` must already share a dtype (JS numbers take it).
 */
export const select = (c: NDArray, a: ArrayLike, b: ArrayLike): NDArray => {
  const ref = a instanceof NDArray ? a : (b as NDArray);
  const aa = a instanceof NDArray ? a : toDType(a, ref.dtype, ref.weakType, "select");
  const bb = b instanceof NDArray ? b : toDType(b, ref.dtype, ref.weakType, "select");
  const [cc, x, y] = broadcastAll([c, aa, bb], "select");
  return lax.selectN(cc, y, x);
};

/** `x != 0` as bool (identity for bool arrays). */
export const toBool = (x: NDArray): NDArray => (x.dtype === "bool" ? x : lax.ne(x, 0));

/** `lax.convertElementType` that keeps arrays already of `d`. */
export const cast = (x: NDArray, d: DType): NDArray => (x.dtype === d ? x : convertElementType(x, d));

/** A bool array of `x`'s shape filled with `v`. */
export const fullBool = (x: NDArray, v: boolean): NDArray => broadcastTo(toDType(v, "bool", false, "full"), x.shape);

/** Rejects non-integer JS numbers where an integer is required. */
export const requireInt = (where: string, name: string, v: unknown): number => {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new ValueError(`[${where}] ${name} must be an integer, got ${String(v)}`);
  return v;
};
