// Element conversion between JS values and dtype storage, with XLA's
// convert_element_type semantics: float->int truncates toward zero and
// saturates (NaN -> 0); int->int wraps; anything->bool is "!= 0"; floats round
// to nearest even. These are the only functions that touch raw storage bits.

import { type DType, dtypeInfo, type Storage, allocStorage } from "./dtype.js";
import { bfloat16Bits, bfloat16FromBits, float16Bits, float16FromBits } from "./float-bits.js";

/** One element on the host: a number, or a bigint for int64/uint64. */
export type Elem = number | bigint;

const INT_RANGE: Partial<Record<DType, readonly [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
};

const BIG_RANGE = {
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
} as const;

/** Wraps an integer-valued number into an integer dtype of at most 32 bits. */
const wrapInt = (x: number, d: DType): number => {
  const [lo, hi] = INT_RANGE[d]!;
  const m = hi - lo + 1;
  const r = (((x - lo) % m) + m) % m;
  return r + lo;
};

/**
 * Converts one number to the value `d` holds, as a number. `fromFloat` says
 * whether the source was a float (saturate) or an integer (wrap).
 * For int64/uint64 the result is the (possibly rounded) number; use `toBig`.
 */
export const castNumber = (x: number, d: DType, fromFloat: boolean): number => {
  switch (d) {
    case "bool":
      return x !== 0 ? 1 : 0;
    case "float32":
      return Math.fround(x);
    case "float64":
      return x;
    case "float16":
      return float16FromBits(float16Bits(x));
    case "bfloat16":
      return bfloat16FromBits(bfloat16Bits(x));
    case "int64":
    case "uint64":
      return Number(toBig(x, d, fromFloat));
    default: {
      if (Number.isNaN(x)) return 0;
      const [lo, hi] = INT_RANGE[d]!;
      // `+ 0` turns -0 into 0: integers have no negative zero.
      if (fromFloat || !Number.isInteger(x)) return Math.min(hi, Math.max(lo, Math.trunc(x))) + 0;
      return wrapInt(x, d);
    }
  }
};

/** Converts a number or bigint to an int64/uint64 element. */
export const toBig = (x: Elem, d: "int64" | "uint64", fromFloat: boolean): bigint => {
  const [lo, hi] = BIG_RANGE[d];
  if (typeof x === "bigint") return d === "int64" ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x);
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? hi : lo;
  const b = BigInt(Math.trunc(x));
  if (fromFloat || !Number.isInteger(x)) return b < lo ? lo : b > hi ? hi : b;
  return d === "int64" ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b);
};

/** Reads element i of storage as a JS value. */
export const getElem = (s: Storage, i: number, d: DType): Elem => {
  if (d === "float16") return float16FromBits(s[i] as number);
  if (d === "bfloat16") return bfloat16FromBits(s[i] as number);
  return s[i];
};

/** Writes a JS value (already of `d`'s range, or converted here) into element i. */
export const setElem = (s: Storage, i: number, d: DType, x: Elem, fromFloat = true): void => {
  const info = dtypeInfo(d);
  if (info.big) {
    (s as BigInt64Array)[i] = toBig(x, d as "int64" | "uint64", fromFloat);
    return;
  }
  const n = typeof x === "bigint" ? Number(d === "bool" ? (x !== 0n ? 1 : 0) : wrapBig(x, d)) : x;
  if (d === "float16") (s as Uint16Array)[i] = float16Bits(n);
  else if (d === "bfloat16") (s as Uint16Array)[i] = bfloat16Bits(n);
  else (s as Float64Array)[i] = castNumber(n, d, fromFloat);
};

/** A bigint wrapped into a (≤32-bit) integer dtype or converted to a float. */
const wrapBig = (x: bigint, d: DType): number => {
  const info = dtypeInfo(d);
  if (info.kind === "f") return Number(x);
  return Number(info.kind === "i" ? BigInt.asIntN(info.bits, x) : BigInt.asUintN(info.bits, x));
};

/** Decodes storage to numbers (int64/uint64 become nearest doubles). */
export const toNumbers = (s: Storage, d: DType): Float64Array => {
  const out = new Float64Array(s.length);
  if (d === "float16") for (let i = 0; i < s.length; i++) out[i] = float16FromBits(s[i] as number);
  else if (d === "bfloat16") for (let i = 0; i < s.length; i++) out[i] = bfloat16FromBits(s[i] as number);
  else if (dtypeInfo(d).big) for (let i = 0; i < s.length; i++) out[i] = Number(s[i]);
  else for (let i = 0; i < s.length; i++) out[i] = s[i] as number;
  return out;
};

/** Decodes storage to bigints (for exact 64-bit integer kernels). */
export const toBigInts = (s: Storage, d: DType): bigint[] => {
  const out = new Array<bigint>(s.length);
  for (let i = 0; i < s.length; i++) {
    const v = getElem(s, i, d);
    out[i] = typeof v === "bigint" ? v : BigInt(Math.trunc(v as number));
  }
  return out;
};

/** Encodes values into fresh storage of `d`. */
export const fromElems = (values: ArrayLike<Elem>, d: DType, fromFloat = true): Storage => {
  const s = allocStorage(d, values.length);
  for (let i = 0; i < values.length; i++) setElem(s, i, d, values[i], fromFloat);
  return s;
};
