// Tests of core/dtype-info.ts: iinfo and finfo against the exact values
// jnp.iinfo / jnp.finfo (NumPy, ml_dtypes for bfloat16) print, and canCast
// against np.can_cast for every dtype pair and casting mode, from the fixture
// laws/fixtures/can-cast.json (scripts/gen-promotion-fixture.py).

import { describe, expect, it } from "vitest";
import { type Casting, canCast, finfo, iinfo } from "../../src/core/dtype-info.js";
import { ALL_DTYPES, type DType } from "../../src/core/dtype.js";
import { DTypeError } from "../../src/core/errors.js";
import fixture from "../../laws/fixtures/can-cast.json" with { type: "json" };

describe("iinfo", () => {
  // jnp.iinfo(d).bits, .min, .max
  const cases: [DType, number, number | bigint, number | bigint][] = [
    ["int8", 8, -128, 127],
    ["int16", 16, -32768, 32767],
    ["int32", 32, -2147483648, 2147483647],
    ["uint8", 8, 0, 255],
    ["uint16", 16, 0, 65535],
    ["uint32", 32, 0, 4294967295],
    ["int64", 64, -9223372036854775808n, 9223372036854775807n],
    ["uint64", 64, 0n, 18446744073709551615n],
  ];
  it.each(cases)("%s", (d, bits, min, max) => {
    expect(iinfo(d)).toEqual({ dtype: d, bits, min, max });
  });
  it("rejects non-integer dtypes and unknown names", () => {
    for (const d of ["bool", "float16", "bfloat16", "float32", "float64"] as DType[]) {
      expect(() => iinfo(d)).toThrow(DTypeError);
      expect(() => iinfo(d)).toThrow(`[np.iinfo] expected an integer dtype, got ${d}`);
    }
    expect(() => iinfo("int" as DType)).toThrow(/\[np\.iinfo\] unknown dtype "int"/);
  });
});

describe("finfo", () => {
  // Every field as float(jnp.finfo(d).field) printed by NumPy 2.4 / ml_dtypes 0.6.
  const expected = {
    float16: {
      bits: 16, nmant: 10, nexp: 5, eps: 0.0009765625, epsneg: 0.00048828125, max: 65504.0, min: -65504.0,
      tiny: 6.103515625e-5, smallestNormal: 6.103515625e-5, smallestSubnormal: 5.960464477539063e-8,
      maxexp: 16, minexp: -14, precision: 3, resolution: 0.0010004043579101562,
    },
    bfloat16: {
      bits: 16, nmant: 7, nexp: 8, eps: 0.0078125, epsneg: 0.00390625, max: 3.3895313892515355e38, min: -3.3895313892515355e38,
      tiny: 1.1754943508222875e-38, smallestNormal: 1.1754943508222875e-38, smallestSubnormal: 9.183549615799121e-41,
      maxexp: 128, minexp: -126, precision: 2, resolution: 0.010009765625,
    },
    float32: {
      bits: 32, nmant: 23, nexp: 8, eps: 1.1920928955078125e-7, epsneg: 5.960464477539063e-8, max: 3.4028234663852886e38, min: -3.4028234663852886e38,
      tiny: 1.1754943508222875e-38, smallestNormal: 1.1754943508222875e-38, smallestSubnormal: 1.401298464324817e-45,
      maxexp: 128, minexp: -126, precision: 6, resolution: 9.999999974752427e-7,
    },
    float64: {
      bits: 64, nmant: 52, nexp: 11, eps: 2.220446049250313e-16, epsneg: 1.1102230246251565e-16, max: 1.7976931348623157e308, min: -1.7976931348623157e308,
      tiny: 2.2250738585072014e-308, smallestNormal: 2.2250738585072014e-308, smallestSubnormal: 5e-324,
      maxexp: 1024, minexp: -1022, precision: 15, resolution: 1e-15,
    },
  } as const;

  for (const d of ["float16", "bfloat16", "float32", "float64"] as const) {
    it(`${d}: every field but resolution`, () => {
      const { resolution: _r, ...rest } = expected[d];
      const { resolution: _g, ...got } = finfo(d);
      expect(got).toEqual({ dtype: d, ...rest });
    });
    // NumPy's resolution is 10**-precision rounded to the dtype itself.
    it(`${d}: resolution is 10**-precision in ${d}`, () => expect(finfo(d).resolution).toBe(expected[d].resolution));
  }

  it("rejects non-float dtypes", () => {
    for (const d of ["bool", "int8", "uint32", "int64"] as DType[]) {
      expect(() => finfo(d)).toThrow(DTypeError);
      expect(() => finfo(d)).toThrow(`[np.finfo] expected a floating dtype, got ${d}`);
    }
    expect(() => finfo("half" as DType)).toThrow(/\[np\.finfo\] unknown dtype "half"/);
  });
});

describe("canCast vs np.can_cast", () => {
  const table = fixture.canCast as Record<Casting, Record<DType, DType[]>>;
  for (const casting of fixture.castings as Casting[]) {
    it(`casting=${casting}: all ${ALL_DTYPES.length ** 2} pairs`, () => {
      const bad: string[] = [];
      for (const from of ALL_DTYPES)
        for (const to of ALL_DTYPES) {
          const exp = table[casting][from].includes(to);
          if (canCast(from, to, casting) !== exp) bad.push(`${from}->${to}: expected ${exp}`);
        }
      expect(bad).toEqual([]);
    });
  }

  it("defaults to safe casting", () => {
    expect(canCast("int8", "int16")).toBe(true);
    expect(canCast("int16", "int8")).toBe(false);
    expect(canCast("float32", "int32")).toBe(false);
  });

  it("the fixture is what we think it is", () => {
    expect(fixture.dtypes).toEqual([...ALL_DTYPES]);
    expect(table.unsafe.int8.length).toBe(13);
    expect(table.safe.int8).toContain("bfloat16"); // ml_dtypes registers int8 -> bfloat16 as safe
    expect(table.same_kind.bfloat16).not.toContain("float16"); // ... but bfloat16 -> float16 only as unsafe
  });

  it("rejects bad names and casting modes", () => {
    expect(() => canCast("int9" as DType, "int8")).toThrow(DTypeError);
    expect(() => canCast("int8", "int9" as DType)).toThrow(/\[np\.canCast\] unknown dtype "int9"/);
    expect(() => canCast("int8", "int16", "sometimes" as Casting)).toThrow(/\[np\.canCast\] unknown casting "sometimes"/);
  });
});
