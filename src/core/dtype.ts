// DTypes: names, kinds, sizes, storage, and JAX's canonicalization under x64.
// Every buffer on the host is a typed array of a dtype's *storage* type; the
// 16-bit floats are stored as their bit patterns (Node 20 has no Float16Array).

import { config } from "./config.js";
import { DeviceError, DTypeError } from "./errors.js";

/** Every dtype jaxts knows. 64-bit ones exist only under `config.enableX64`. @category dtypes */
export type DType =
  | "bool"
  | "int8"
  | "int16"
  | "int32"
  | "int64"
  | "uint8"
  | "uint16"
  | "uint32"
  | "uint64"
  | "float16"
  | "bfloat16"
  | "float32"
  | "float64";

export type FloatDType = "float16" | "bfloat16" | "float32" | "float64";
export type IntDType = "int8" | "int16" | "int32" | "int64";
export type UIntDType = "uint8" | "uint16" | "uint32" | "uint64";

/** 'b' bool, 'i' signed int, 'u' unsigned int, 'f' float — NumPy's `dtype.kind`. */
export type DTypeKind = "b" | "i" | "u" | "f";

export type Storage =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint16Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

export interface DTypeInfo {
  readonly name: DType;
  readonly kind: DTypeKind;
  readonly bits: number;
  /** Constructor of the typed array that holds this dtype's elements (or bits). */
  readonly storage: new (n: number) => Storage;
  /** True for int64/uint64, whose elements are bigints on the host. */
  readonly big: boolean;
}

const info = (name: DType, kind: DTypeKind, bits: number, storage: new (n: number) => Storage): DTypeInfo => ({
  name,
  kind,
  bits,
  storage,
  big: bits === 64 && kind !== "f",
});

const TABLE: Record<DType, DTypeInfo> = {
  bool: info("bool", "b", 8, Uint8Array),
  int8: info("int8", "i", 8, Int8Array),
  int16: info("int16", "i", 16, Int16Array),
  int32: info("int32", "i", 32, Int32Array),
  int64: info("int64", "i", 64, BigInt64Array),
  uint8: info("uint8", "u", 8, Uint8Array),
  uint16: info("uint16", "u", 16, Uint16Array),
  uint32: info("uint32", "u", 32, Uint32Array),
  uint64: info("uint64", "u", 64, BigUint64Array),
  float16: info("float16", "f", 16, Uint16Array),
  bfloat16: info("bfloat16", "f", 16, Uint16Array),
  float32: info("float32", "f", 32, Float32Array),
  float64: info("float64", "f", 64, Float64Array),
};

/** All dtype names, in the order NumPy lists them. @category dtypes */
export const ALL_DTYPES: readonly DType[] = Object.keys(TABLE) as DType[];

/** The dtypes available without x64. @category dtypes */
export const DTYPES_32: readonly DType[] = ALL_DTYPES.filter((d) => TABLE[d].bits < 64);

export const isDType = (x: unknown): x is DType => typeof x === "string" && Object.hasOwn(TABLE, x);

/** Facts about a dtype; throws DTypeError for unknown names. */
export const dtypeInfo = (d: DType): DTypeInfo => {
  const i = TABLE[d];
  if (i === undefined) throw new DTypeError(`unknown dtype ${JSON.stringify(d)}; expected one of ${ALL_DTYPES.join(", ")}`);
  return i;
};

/** Validates a user-given dtype name. */
export const checkDType = (d: unknown, where: string): DType => {
  if (!isDType(d)) throw new DTypeError(`[${where}] unknown dtype ${JSON.stringify(d)}; expected one of ${ALL_DTYPES.join(", ")}`);
  return d;
};

export const isFloat = (d: DType): d is FloatDType => TABLE[d].kind === "f";
export const isInteger = (d: DType): boolean => TABLE[d].kind === "i" || TABLE[d].kind === "u";
export const isSigned = (d: DType): boolean => TABLE[d].kind === "i";
export const isUnsigned = (d: DType): boolean => TABLE[d].kind === "u";
export const isBool = (d: DType): boolean => d === "bool";
export const itemsize = (d: DType): number => TABLE[d].bits / 8;

/**
 * JAX's dtype canonicalization: without x64, 64-bit requests become their
 * 32-bit counterparts (jax.dtypes.canonicalize_dtype).
 */
export const canonicalize = (d: DType): DType => {
  if (config.enableX64) return d;
  switch (d) {
    case "int64":
      return "int32";
    case "uint64":
      return "uint32";
    case "float64":
      return "float32";
    default:
      return d;
  }
};

/** The default dtypes for JS numbers: `float_` and `int_` of NumPy/JAX. */
export const defaultFloat = (): DType => (config.enableX64 ? "float64" : "float32");
export const defaultInt = (): DType => (config.enableX64 ? "int64" : "int32");
export const defaultUInt = (): DType => (config.enableX64 ? "uint64" : "uint32");

/** Allocates zeroed storage for `n` elements of `d`. */
export const allocStorage = (d: DType, n: number): Storage => {
  try {
    return new (dtypeInfo(d).storage)(n);
  } catch (e) {
    // V8 refuses typed arrays past its length limit or when out of memory.
    if (e instanceof RangeError)
      throw new DeviceError(`cannot allocate ${n} elements of ${d} (${n * itemsize(d)} bytes) on the host: ${e.message}`);
    throw e;
  }
};

/** Same integer width, other signedness; used by shifts and bitcasts. */
export const toUnsigned = (d: DType): DType =>
  ({ int8: "uint8", int16: "uint16", int32: "uint32", int64: "uint64" } as Partial<Record<DType, DType>>)[d] ?? d;
export const toSigned = (d: DType): DType =>
  ({ uint8: "int8", uint16: "int16", uint32: "int32", uint64: "int64" } as Partial<Record<DType, DType>>)[d] ?? d;
