// Tests of core/dtype.ts: the dtype table (names, kinds, sizes, storage),
// JAX's canonicalization under x64 on/off, and the default dtypes.
// Expected values are NumPy's (np.dtype(d).kind / .itemsize, checked by hand).

import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import {
  ALL_DTYPES,
  DTYPES_32,
  allocStorage,
  canonicalize,
  checkDType,
  type DType,
  defaultFloat,
  defaultInt,
  defaultUInt,
  dtypeInfo,
  isBool,
  isDType,
  isFloat,
  isInteger,
  isSigned,
  isUnsigned,
  itemsize,
  toSigned,
  toUnsigned,
} from "../../src/core/dtype.js";
import { DTypeError } from "../../src/core/errors.js";

// np.dtype(d).kind and .itemsize for every dtype (bfloat16: ml_dtypes says kind 'V', but
// JAX's jnp.issubdtype(bfloat16, jnp.floating) is True, so we call it 'f').
const EXPECTED: Record<DType, [string, number, string]> = {
  bool: ["b", 1, "Uint8Array"],
  int8: ["i", 1, "Int8Array"],
  int16: ["i", 2, "Int16Array"],
  int32: ["i", 4, "Int32Array"],
  int64: ["i", 8, "BigInt64Array"],
  uint8: ["u", 1, "Uint8Array"],
  uint16: ["u", 2, "Uint16Array"],
  uint32: ["u", 4, "Uint32Array"],
  uint64: ["u", 8, "BigUint64Array"],
  float16: ["f", 2, "Uint16Array"],
  bfloat16: ["f", 2, "Uint16Array"],
  float32: ["f", 4, "Float32Array"],
  float64: ["f", 8, "Float64Array"],
};

describe("dtype table", () => {
  it("ALL_DTYPES lists the 13 dtypes in NumPy order", () => {
    expect(ALL_DTYPES).toEqual(["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64"]);
    expect(DTYPES_32).toEqual(["bool", "int8", "int16", "int32", "uint8", "uint16", "uint32", "float16", "bfloat16", "float32"]);
  });

  it.each(ALL_DTYPES)("%s has NumPy's kind, itemsize and its storage type", (d) => {
    const [kind, size, storage] = EXPECTED[d];
    const info = dtypeInfo(d);
    expect(info.name).toBe(d);
    expect(info.kind).toBe(kind);
    expect(itemsize(d)).toBe(size);
    expect(info.bits).toBe(size * 8);
    expect(info.big).toBe(d === "int64" || d === "uint64");
    const s = allocStorage(d, 3);
    expect(s.constructor.name).toBe(storage);
    expect(s.length).toBe(3);
    expect([...s].every((v) => v === 0 || v === 0n)).toBe(true);
  });

  it("kind predicates agree with the kinds", () => {
    for (const d of ALL_DTYPES) {
      const k = EXPECTED[d][0];
      expect(isFloat(d)).toBe(k === "f");
      expect(isInteger(d)).toBe(k === "i" || k === "u");
      expect(isSigned(d)).toBe(k === "i");
      expect(isUnsigned(d)).toBe(k === "u");
      expect(isBool(d)).toBe(k === "b");
    }
  });

  it("isDType / checkDType accept exactly the 13 names", () => {
    for (const d of ALL_DTYPES) expect(isDType(d)).toBe(true);
    for (const bad of ["float", "int", "complex64", "Float32", "", "toString", "__proto__", 3, null, undefined]) {
      expect(isDType(bad)).toBe(false);
      expect(() => checkDType(bad, "np.zeros")).toThrow(DTypeError);
    }
    expect(() => checkDType("float", "np.zeros")).toThrow(/\[np\.zeros\] unknown dtype "float"; expected one of bool, int8/);
    expect(checkDType("uint16", "x")).toBe("uint16");
  });

  it("dtypeInfo rejects unknown names with DTypeError", () => {
    expect(() => dtypeInfo("float128" as DType)).toThrow(DTypeError);
    expect(() => dtypeInfo("float128" as DType)).toThrow(/unknown dtype "float128"/);
  });

  it("toSigned / toUnsigned swap signedness and keep other dtypes", () => {
    expect(["int8", "int16", "int32", "int64"].map((d) => toUnsigned(d as DType))).toEqual(["uint8", "uint16", "uint32", "uint64"]);
    expect(["uint8", "uint16", "uint32", "uint64"].map((d) => toSigned(d as DType))).toEqual(["int8", "int16", "int32", "int64"]);
    for (const d of ["bool", "float16", "bfloat16", "float32", "float64"] as DType[]) {
      expect(toSigned(d)).toBe(d);
      expect(toUnsigned(d)).toBe(d);
    }
    expect(toUnsigned("uint8")).toBe("uint8");
    expect(toSigned("int32")).toBe("int32");
  });
});

describe("canonicalize (jax.dtypes.canonicalize_dtype)", () => {
  it("maps 64-bit dtypes to 32-bit ones without x64", () => {
    withX64(false, () => {
      expect(ALL_DTYPES.map(canonicalize)).toEqual([
        "bool", "int8", "int16", "int32", "int32", "uint8", "uint16", "uint32", "uint32", "float16", "bfloat16", "float32", "float32",
      ]);
    });
  });

  it("is the identity with x64", () => {
    withX64(true, () => {
      for (const d of ALL_DTYPES) expect(canonicalize(d)).toBe(d);
    });
  });

  it("is idempotent and lands in DTYPES_32 without x64", () => {
    withX64(false, () => {
      for (const d of ALL_DTYPES) {
        expect(canonicalize(canonicalize(d))).toBe(canonicalize(d));
        expect(DTYPES_32).toContain(canonicalize(d));
      }
    });
  });

  it("default dtypes follow x64 (jnp.float_, jnp.int_, jnp.uint)", () => {
    withX64(false, () => expect([defaultFloat(), defaultInt(), defaultUInt()]).toEqual(["float32", "int32", "uint32"]));
    withX64(true, () => expect([defaultFloat(), defaultInt(), defaultUInt()]).toEqual(["float64", "int64", "uint64"]));
  });

  it("withX64 restores the previous setting, also after a throw", () => {
    const before = withX64(false, () => defaultInt());
    expect(before).toBe("int32");
    expect(() =>
      withX64(true, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    withX64(false, () => {
      expect(() => withX64(true, () => { throw new Error("x"); })).toThrow();
      expect(defaultInt()).toBe("int32");
      withX64(true, () => expect(withX64(false, () => defaultFloat())).toBe("float32"));
      expect(defaultFloat()).toBe("float32");
    });
  });
});
