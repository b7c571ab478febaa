// Turning JS values into arrays: nested lists and typed arrays (np.array's
// rules from DESIGN.md §4) and weakly typed JS scalars (operands of ops).
// Validates everything: ragged nesting, non-numeric data, bad dtypes.

import { ConcreteArray, NDArray } from "./array.js";
import type { ArrayLike, HostTypedArray } from "./array-types.js";
import { ShapedArray } from "./aval.js";
import { fromElems, type Elem } from "./convert.js";
import { canonicalize, checkDType, type DType, defaultFloat, defaultInt, dtypeInfo } from "./dtype.js";
import { DTypeError, ValueError } from "./errors.js";
import { scalarType } from "./promotion.js";
import { getBackend } from "../backend/registry.js";

const TYPED: [new (...a: never[]) => HostTypedArray, DType][] = [
  [Float32Array, "float32"],
  [Float64Array, "float64"],
  [Int8Array, "int8"],
  [Int16Array, "int16"],
  [Int32Array, "int32"],
  [Uint8Array, "uint8"],
  [Uint8ClampedArray as never, "uint8"],
  [Uint16Array, "uint16"],
  [Uint32Array, "uint32"],
  [BigInt64Array, "int64"],
  [BigUint64Array, "uint64"],
];

/** The dtype a typed array maps to (before canonicalization), or undefined. */
export const typedArrayDType = (x: unknown): DType | undefined => TYPED.find(([C]) => x instanceof C)?.[1];

/** Builds a concrete array from flat elements on the default backend. */
export const fromFlat = (values: globalThis.ArrayLike<Elem>, shape: readonly number[], dtype: DType, weakType = false, fromFloat = true): ConcreteArray => {
  const backend = getBackend();
  const a = new ShapedArray([...shape], dtype, weakType);
  return new ConcreteArray(backend, backend.upload(fromElems(values, dtype, fromFloat), a), a);
};

/** Checks that a JS integer scalar fits the default int, as JAX's overflow check on Python ints. */
const checkWeakInt = (x: number, where: string): void => {
  const lim = defaultInt() === "int64" ? 2 ** 63 : 2 ** 31;
  if (Number.isInteger(x) && (x >= lim || x < -lim))
    throw new ValueError(`[${where}] the JS integer ${x} does not fit ${defaultInt()}; pass it as a float array or enable x64`);
};

/**
 * A 0-d array of a JS scalar in `dtype` (default: its weak type — bool,
 * weak int for integers, weak float otherwise).
 */
export const scalarArray = (x: number | boolean | bigint, dtype?: DType, weakType?: boolean, where = "asarray"): ConcreteArray => {
  if (typeof x === "bigint") return fromFlat([x], [], canonicalize(dtype ?? "int64"), weakType ?? false, false);
  if (typeof x !== "number" && typeof x !== "boolean") throw new ValueError(`[${where}] expected a number or boolean, got ${typeof x}`);
  const t = scalarType(x);
  if (t.dtype !== "bool" && !(dtype && dtypeInfo(dtype).kind === "f")) checkWeakInt(Number(x), where);
  const d = dtype ?? t.dtype;
  return fromFlat([Number(x)], [], d, weakType ?? (dtype === undefined && t.weakType), typeof x === "number" && !Number.isInteger(x));
};

/** Shape and flat elements of nested JS arrays; rejects ragged and non-numeric data. */
export const flattenNested = (x: unknown, where: string): { shape: number[]; flat: Elem[]; kinds: Set<string> } => {
  const shape: number[] = [];
  let probe: unknown = x;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const flat: Elem[] = [];
  const kinds = new Set<string>();
  const walk = (v: unknown, depth: number, path: string) => {
    if (depth < shape.length) {
      if (!Array.isArray(v) || v.length !== shape[depth])
        throw new ValueError(
          `[${where}] ragged nested array: expected ${shape[depth]} elements at ${path || "top level"}, got ${Array.isArray(v) ? v.length : typeof v}`,
        );
      v.forEach((e, i) => walk(e, depth + 1, `${path}[${i}]`));
      return;
    }
    if (Array.isArray(v)) throw new ValueError(`[${where}] ragged nested array: unexpected nesting at ${path}`);
    if (typeof v === "number" || typeof v === "bigint") flat.push(v);
    else if (typeof v === "boolean") flat.push(v ? 1 : 0);
    else if (v instanceof NDArray && v.ndim === 0) flat.push(v.item() as Elem);
    else throw new ValueError(`[${where}] non-numeric element ${String(v)} (${typeof v}) at ${path || "top level"}`);
    kinds.add(typeof v === "object" ? "array" : typeof v);
  };
  walk(x, 0, "");
  return { shape, flat, kinds };
};

/**
 * `np.array` semantics for JS data: JS numbers give float32 (JS cannot tell
 * 1 from 1.0) unless a dtype is given, booleans give bool, bigints int64,
 * typed arrays keep their type. 64-bit results are canonicalized (x64 off).
 */
export const fromJS = (x: ArrayLike, dtype?: DType, where = "np.array"): ConcreteArray => {
  if (dtype !== undefined) dtype = canonicalize(checkDType(dtype, where));
  if (x instanceof NDArray) throw new ValueError(`[${where}] fromJS got an Array; convert with astype`);
  const td = typedArrayDType(x);
  if (td !== undefined) {
    const arr = x as HostTypedArray;
    return fromFlat(arr as globalThis.ArrayLike<Elem>, [arr.length], dtype ?? canonicalize(td), false, dtypeInfo(td).kind === "f");
  }
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") {
    const d = dtype ?? (typeof x === "boolean" ? "bool" : typeof x === "bigint" ? canonicalize("int64") : defaultFloat());
    return fromFlat([typeof x === "boolean" ? (x ? 1 : 0) : x], [], canonicalize(d), false, typeof x === "number" && !Number.isInteger(x));
  }
  if (!Array.isArray(x)) throw new ValueError(`[${where}] cannot make an array from ${x === null ? "null" : typeof x}`);
  const { shape, flat, kinds } = flattenNested(x, where);
  let d = dtype;
  if (d === undefined) {
    if (kinds.size === 0 || kinds.has("number") || kinds.has("array")) d = defaultFloat();
    else if (kinds.has("bigint")) d = canonicalize("int64");
    else d = "bool";
  }
  if (kinds.has("bigint") && dtypeInfo(d).kind === "f") {
    for (let i = 0; i < flat.length; i++) if (typeof flat[i] === "bigint") flat[i] = Number(flat[i]);
  }
  if (dtypeInfo(d).kind !== "f" && dtypeInfo(d).kind !== "b") checkIntRange(flat, d, where);
  return fromFlat(flat, shape, canonicalize(d), false, true);
};

/** NumPy 2 rejects JS integers out of an integer dtype's range at construction. */
const checkIntRange = (flat: readonly Elem[], d: DType, where: string): void => {
  const info = dtypeInfo(d);
  const lo = info.kind === "i" ? -(2n ** BigInt(info.bits - 1)) : 0n;
  const hi = info.kind === "i" ? 2n ** BigInt(info.bits - 1) - 1n : 2n ** BigInt(info.bits) - 1n;
  for (const v of flat) {
    if (typeof v === "number" && !Number.isFinite(v))
      throw new DTypeError(`[${where}] cannot convert ${v} to integer dtype ${d}`);
    const b = typeof v === "bigint" ? v : BigInt(Math.trunc(v));
    if (b < lo || b > hi) throw new ValueError(`[${where}] integer ${v} is out of bounds for ${d}`);
  }
};
