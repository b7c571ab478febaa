// Tests of core/promotion.ts: resultType / resultTypeWeak / promoteTypes with
// weak JS scalars, under x64 on and off. Every expected value below was
// printed by JAX 0.10 (jnp.result_type / jax.dtypes.result_type(...,
// return_weak_type_flag=True) / jnp.promote_types); the full pair tables are
// checked in laws/promotion.test.ts.

import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { DTypeError } from "../../src/core/errors.js";
import { joinNodes, nodeOf, promoteTypes, resultType, resultTypeWeak, scalarType, toTyped } from "../../src/core/promotion.js";
import type { DType } from "../../src/core/dtype.js";

const x32 = <A>(f: () => A) => withX64(false, f);
const x64 = <A>(f: () => A) => withX64(true, f);

describe("resultType with weak JS scalars (x64 off)", () => {
  it("the design examples", () =>
    x32(() => {
      expect(resultType("int8", 3)).toBe("int8"); // jnp.result_type(jnp.int8, 3)
      expect(resultType("int32", 2.5)).toBe("float32");
      expect(resultType("uint8", "int8")).toBe("int16");
      expect(resultType("bfloat16", "float16")).toBe("float32");
      expect(resultTypeWeak(true, 1)).toEqual({ dtype: "int32", weakType: true });
    }));

  it("weak scalars never widen a strong dtype", () =>
    x32(() => {
      for (const d of ["int8", "int16", "int32", "uint8", "uint16", "uint32"] as DType[]) {
        expect(resultTypeWeak(d, 7)).toEqual({ dtype: d, weakType: false });
        expect(resultTypeWeak(-7, d)).toEqual({ dtype: d, weakType: false });
        expect(resultTypeWeak(d, 0.5)).toEqual({ dtype: "float32", weakType: true }); // int + weak float -> weak float
      }
      for (const d of ["float16", "bfloat16", "float32"] as DType[]) {
        expect(resultTypeWeak(d, 3)).toEqual({ dtype: d, weakType: false });
        expect(resultTypeWeak(d, 2.5)).toEqual({ dtype: d, weakType: false });
      }
    }));

  it("bool with scalars", () =>
    x32(() => {
      expect(resultTypeWeak("bool", true)).toEqual({ dtype: "bool", weakType: false });
      expect(resultTypeWeak("bool", 2)).toEqual({ dtype: "int32", weakType: true });
      expect(resultTypeWeak("bool", 2.5)).toEqual({ dtype: "float32", weakType: true });
      expect(resultTypeWeak(1, 2)).toEqual({ dtype: "int32", weakType: true });
      expect(resultTypeWeak(1, 2.5)).toEqual({ dtype: "float32", weakType: true });
      expect(resultTypeWeak(false)).toEqual({ dtype: "bool", weakType: false });
    }));

  it("weak arrays count as scalars of their kind", () =>
    x32(() => {
      const weakF = { dtype: "float32" as DType, weakType: true };
      const weakI = { dtype: "int32" as DType, weakType: true };
      expect(resultTypeWeak("float16", weakF)).toEqual({ dtype: "float16", weakType: false });
      expect(resultTypeWeak("uint8", weakI)).toEqual({ dtype: "uint8", weakType: false });
      expect(resultTypeWeak("int8", weakF)).toEqual({ dtype: "float32", weakType: true });
      expect(resultTypeWeak(weakI, weakF)).toEqual({ dtype: "float32", weakType: true });
      // A strong float32 beats a weak float.
      expect(resultTypeWeak({ dtype: "float32", weakType: false }, 2.5)).toEqual({ dtype: "float32", weakType: false });
    }));

  it("strong pairs", () =>
    x32(() => {
      expect(resultType("int8", "uint8")).toBe("int16");
      expect(resultType("int16", "uint16")).toBe("int32");
      expect(resultType("uint8", "float16")).toBe("float16");
      expect(resultType("int32", "float16")).toBe("float16");
      expect(resultType("int32", "bfloat16")).toBe("bfloat16");
      expect(resultType("bool", "uint16")).toBe("uint16");
      expect(resultType("int8", "int16", "uint8")).toBe("int16");
    }));

  it("64-bit inputs are canonicalized, and the x32 lattice puts uint32 below int32", () =>
    x32(() => {
      // jax.dtypes.result_type(np.int32, np.uint32) -> int32 without x64
      expect(resultTypeWeak("int32", "uint32")).toEqual({ dtype: "int32", weakType: false });
      expect(resultType("int8", "uint32")).toBe("int32");
      expect(resultType("int64", "int8")).toBe("int32");
      expect(resultType("float64", "float16")).toBe("float32");
      // uint64 is canonicalized to uint32 first: (int32, False), not a weak float.
      expect(resultTypeWeak("uint64", "int8")).toEqual({ dtype: "int32", weakType: false });
      expect(resultTypeWeak("uint64", "int64")).toEqual({ dtype: "int32", weakType: false });
      expect(resultTypeWeak("uint64", 3)).toEqual({ dtype: "uint32", weakType: false });
    }));
});

describe("resultType (x64 on)", () => {
  it("weak scalars take the 64-bit defaults", () =>
    x64(() => {
      expect(resultTypeWeak(1, 2)).toEqual({ dtype: "int64", weakType: true });
      expect(resultTypeWeak(1.5)).toEqual({ dtype: "float64", weakType: true });
      expect(resultTypeWeak("bool", 1)).toEqual({ dtype: "int64", weakType: true });
      expect(resultType("int8", 3)).toBe("int8");
      expect(resultType("int32", 2.5)).toBe("float64");
      expect(resultType("float32", 2.5)).toBe("float32");
    }));

  it("64-bit joins", () =>
    x64(() => {
      expect(resultType("int32", "uint32")).toBe("int64");
      expect(resultType("uint32", "int8")).toBe("int64");
      expect(resultTypeWeak("uint64", "int8")).toEqual({ dtype: "float64", weakType: true });
      expect(resultTypeWeak("uint64", "int64")).toEqual({ dtype: "float64", weakType: true });
      expect(resultType("uint64", "float16")).toBe("float16");
      expect(resultType("int64", "float32")).toBe("float32");
      expect(resultType("float64", "bfloat16")).toBe("float64");
    }));
});

describe("promoteTypes (jnp.promote_types: no canonicalization)", () => {
  it("keeps 64-bit types without x64", () =>
    x32(() => {
      expect(promoteTypes("int64", "int8")).toBe("int64");
      expect(promoteTypes("float64", "float16")).toBe("float64");
      expect(promoteTypes("int8", "uint64")).toBe("float64");
      expect(promoteTypes("int64", "uint64")).toBe("float64");
      expect(promoteTypes("int8", "uint32")).toBe("int32"); // x32 lattice
      expect(promoteTypes("uint32", "int32")).toBe("int32");
    }));
  it("with x64", () =>
    x64(() => {
      expect(promoteTypes("int8", "uint32")).toBe("int64");
      expect(promoteTypes("int8", "uint64")).toBe("float64");
      expect(promoteTypes("bfloat16", "float16")).toBe("float32");
      expect(promoteTypes("bool", "bool")).toBe("bool");
    }));
});

describe("lattice helpers", () => {
  it("scalarType / toTyped / nodeOf", () =>
    x32(() => {
      expect(scalarType(true)).toEqual({ dtype: "bool", weakType: false });
      expect(scalarType(3)).toEqual({ dtype: "int32", weakType: true });
      expect(scalarType(-0)).toEqual({ dtype: "int32", weakType: true });
      expect(scalarType(NaN)).toEqual({ dtype: "float32", weakType: true });
      expect(scalarType(Infinity)).toEqual({ dtype: "float32", weakType: true });
      expect(toTyped("uint8")).toEqual({ dtype: "uint8", weakType: false });
      expect(nodeOf({ dtype: "float16", weakType: true })).toBe("f*");
      expect(nodeOf({ dtype: "uint8", weakType: true })).toBe("i*");
      expect(nodeOf({ dtype: "bool", weakType: true })).toBe("bool");
      expect(nodeOf({ dtype: "int8", weakType: false })).toBe("int8");
    }));

  it("errors: no inputs, unknown dtype names", () => {
    expect(() => joinNodes([])).toThrow(DTypeError);
    expect(() => resultType()).toThrow(/at least one input/);
    expect(() => resultType("float" as DType, "int8")).toThrow(DTypeError);
    expect(() => toTyped("complex64" as DType)).toThrow(/unknown dtype "complex64"/);
  });
});
