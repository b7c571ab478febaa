// np.iinfo, np.finfo and np.canCast: facts about numeric ranges and safe casts.

import { castNumber } from "./convert.js";
import { type DType, dtypeInfo, checkDType } from "./dtype.js";
import { DTypeError } from "./errors.js";

/** Limits of an integer dtype. Values are bigints for 64-bit types. @category dtypes */
export interface IInfo {
  readonly dtype: DType;
  readonly bits: number;
  readonly min: number | bigint;
  readonly max: number | bigint;
}

/** `np.iinfo`. @category dtypes */
export const iinfo = (d: DType): IInfo => {
  const i = dtypeInfo(checkDType(d, "np.iinfo"));
  if (i.kind !== "i" && i.kind !== "u") throw new DTypeError(`[np.iinfo] expected an integer dtype, got ${d}`);
  const signed = i.kind === "i";
  if (i.bits === 64) {
    const min = signed ? -(1n << 63n) : 0n;
    const max = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n;
    return { dtype: d, bits: 64, min, max };
  }
  const min = signed ? -(2 ** (i.bits - 1)) : 0;
  const max = signed ? 2 ** (i.bits - 1) - 1 : 2 ** i.bits - 1;
  return { dtype: d, bits: i.bits, min, max };
};

/** Machine limits of a float dtype, as `np.finfo`. @category dtypes */
export interface FInfo {
  readonly dtype: DType;
  readonly bits: number;
  /** Mantissa bits stored (without the implicit bit). */
  readonly nmant: number;
  /** Exponent bits. */
  readonly nexp: number;
  readonly eps: number;
  readonly epsneg: number;
  readonly max: number;
  readonly min: number;
  /** Smallest positive normal number (alias of smallestNormal, as NumPy's `tiny`). */
  readonly tiny: number;
  readonly smallestNormal: number;
  readonly smallestSubnormal: number;
  readonly maxexp: number;
  readonly minexp: number;
  /** Approximate decimal digits of precision. */
  readonly precision: number;
  readonly resolution: number;
}

const FLOATS: Partial<Record<DType, { bits: number; nmant: number; nexp: number }>> = {
  float16: { bits: 16, nmant: 10, nexp: 5 },
  bfloat16: { bits: 16, nmant: 7, nexp: 8 },
  float32: { bits: 32, nmant: 23, nexp: 8 },
  float64: { bits: 64, nmant: 52, nexp: 11 },
};

/** `np.finfo`. @category dtypes */
export const finfo = (d: DType): FInfo => {
  const f = FLOATS[checkDType(d, "np.finfo")];
  if (f === undefined) throw new DTypeError(`[np.finfo] expected a floating dtype, got ${d}`);
  const maxexp = 2 ** (f.nexp - 1);
  const minexp = 3 - maxexp - 1; // 1 - bias
  const eps = 2 ** -f.nmant;
  const max = (2 - eps) * 2 ** (maxexp - 1);
  const precision = Math.floor(f.nmant * Math.log10(2));
  return {
    dtype: d,
    bits: f.bits,
    nmant: f.nmant,
    nexp: f.nexp,
    eps,
    epsneg: 2 ** -(f.nmant + 1),
    max,
    min: -max,
    tiny: 2 ** minexp,
    smallestNormal: 2 ** minexp,
    smallestSubnormal: 2 ** (minexp - f.nmant),
    maxexp,
    minexp,
    precision,
    // NumPy stores resolution in the dtype itself: float32(1e-6) != 1e-6.
    resolution: castNumber(10 ** -precision, d, true),
  };
};

/** NumPy casting modes. */
export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";

// Safe casts, as NumPy (with ml_dtypes for bfloat16) defines them: value-preserving.
const SAFE: Record<DType, readonly DType[]> = {
  bool: ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64"],
  uint8: ["uint8", "uint16", "uint32", "uint64", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"],
  uint16: ["uint16", "uint32", "uint64", "int32", "int64", "float32", "float64"],
  uint32: ["uint32", "uint64", "int64", "float64"],
  uint64: ["uint64", "float64"],
  int8: ["int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"],
  int16: ["int16", "int32", "int64", "float32", "float64"],
  int32: ["int32", "int64", "float64"],
  int64: ["int64", "float64"],
  float16: ["float16", "float32", "float64"],
  bfloat16: ["bfloat16", "float32", "float64"],
  float32: ["float32", "float64"],
  float64: ["float64"],
};

const KIND_ORDER = { b: 0, u: 1, i: 1, f: 2 } as const;

/** `np.canCast(from, to, casting)`, NumPy's rules for dtypes. @category dtypes */
export const canCast = (from: DType, to: DType, casting: Casting = "safe"): boolean => {
  checkDType(from, "np.canCast");
  checkDType(to, "np.canCast");
  switch (casting) {
    case "no":
    case "equiv":
      return from === to;
    case "safe":
      return SAFE[from].includes(to);
    case "same_kind": {
      if (SAFE[from].includes(to)) return true;
      const a = dtypeInfo(from).kind;
      const b = dtypeInfo(to).kind;
      // Within a kind any size is allowed; signed->unsigned is not the same kind.
      if (a === "i" && b === "u") return false;
      // ml_dtypes registers no bfloat16 -> float16 cast of kind "same_kind" (NumPy reports false).
      if (from === "bfloat16" && to === "float16") return false;
      return KIND_ORDER[a] <= KIND_ORDER[b];
    }
    case "unsafe":
      return true;
    default:
      throw new DTypeError(`[np.canCast] unknown casting ${JSON.stringify(casting)}; expected no, equiv, safe, same_kind or unsafe`);
  }
};
