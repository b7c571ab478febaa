// Tests of core/convert.ts: element conversion with XLA's convert_element_type
// semantics. Expected values are what JAX 0.10 (x64 on) printed for
// `jnp.array(vals, dtype=src).astype(dst).tolist()`: float->int truncates
// and saturates (NaN -> 0), int->int wraps, x->bool is x != 0 (NaN -> True).

import { describe, expect, it } from "vitest";
import { castNumber, fromElems, getElem, setElem, toBig, toBigInts, toNumbers } from "../../src/core/convert.js";
import { allocStorage, type DType } from "../../src/core/dtype.js";

// The float64 source values and, per target dtype, JAX's result.
const FLOATS = [NaN, Infinity, -Infinity, 1e10, -1e10, 3.7, -3.7, 127.5, 128, -129, 255.9, 256, -0.5, 65535.5, 70000, 2147483647, 4294967296, -1];
const FROM_FLOAT64: Record<string, (number | bigint)[]> = {
  int8: [0, 127, -128, 127, -128, 3, -3, 127, 127, -128, 127, 127, 0, 127, 127, 127, 127, -1],
  int16: [0, 32767, -32768, 32767, -32768, 3, -3, 127, 128, -129, 255, 256, 0, 32767, 32767, 32767, 32767, -1],
  int32: [0, 2147483647, -2147483648, 2147483647, -2147483648, 3, -3, 127, 128, -129, 255, 256, 0, 65535, 70000, 2147483647, 2147483647, -1],
  uint8: [0, 255, 0, 255, 0, 3, 0, 127, 128, 0, 255, 255, 0, 255, 255, 255, 255, 0],
  uint16: [0, 65535, 0, 65535, 0, 3, 0, 127, 128, 0, 255, 256, 0, 65535, 65535, 65535, 65535, 0],
  uint32: [0, 4294967295, 0, 4294967295, 0, 3, 0, 127, 128, 0, 255, 256, 0, 65535, 70000, 2147483647, 4294967295, 0],
  bool: FLOATS.map(() => 1),
  int64: [0n, 9223372036854775807n, -9223372036854775808n, 10000000000n, -10000000000n, 3n, -3n, 127n, 128n, -129n, 255n, 256n, 0n, 65535n, 70000n, 2147483647n, 4294967296n, -1n],
  uint64: [0n, 18446744073709551615n, 0n, 10000000000n, 0n, 3n, 0n, 127n, 128n, 0n, 255n, 256n, 0n, 65535n, 70000n, 2147483647n, 4294967296n, 0n],
};

// int64 sources and JAX's results (wrapping; floats round to nearest).
const INTS = [300n, -300n, 128n, -129n, 65541n, -1n, 2147483648n, 4294967303n, -2147483649n];
const FROM_INT64: Record<string, number[]> = {
  int8: [44, -44, -128, 127, 5, -1, 0, 7, -1],
  int16: [300, -300, 128, -129, 5, -1, 0, 7, -1],
  int32: [300, -300, 128, -129, 65541, -1, -2147483648, 7, 2147483647],
  uint8: [44, 212, 128, 127, 5, 255, 0, 7, 255],
  uint16: [300, 65236, 128, 65407, 5, 65535, 0, 7, 65535],
  uint32: [300, 4294966996, 128, 4294967167, 65541, 4294967295, 2147483648, 7, 2147483647],
  bool: INTS.map(() => 1),
  float16: [300, -300, 128, -129, Infinity, -1, Infinity, Infinity, -Infinity],
  bfloat16: [300, -300, 128, -129, 65536, -1, 2147483648, 4294967296, -2147483648],
  float32: [300, -300, 128, -129, 65541, -1, 2147483648, 4294967296, -2147483648],
};

const roundTrip = (vals: readonly (number | bigint)[], d: DType, fromFloat: boolean): (number | bigint)[] => {
  const s = allocStorage(d, vals.length);
  vals.forEach((v, i) => setElem(s, i, d, v, fromFloat));
  return vals.map((_, i) => getElem(s, i, d));
};

describe("float -> other dtypes (saturate, truncate, NaN -> 0)", () => {
  for (const [d, exp] of Object.entries(FROM_FLOAT64)) {
    it(`float64 -> ${d}`, () => {
      expect(roundTrip(FLOATS, d as DType, true)).toEqual(exp);
      // (== rather than toEqual: -0 vs 0 is checked separately below)
      if (d !== "int64" && d !== "uint64") expect(FLOATS.map((x) => castNumber(x, d as DType, true)).every((v, i) => v === exp[i])).toBe(true);
    });
  }
  it("castNumber never returns -0 for integer dtypes (integers have no negative zero)", () => {
    for (const d of ["int8", "int16", "int32", "uint8", "uint16", "uint32"] as DType[])
      for (const x of [-0.5, -0, -0.99]) expect(Object.is(castNumber(x, d, true), 0)).toBe(true);
  });
  it("castNumber for int64/uint64 returns the nearest number of the saturated value", () => {
    expect(castNumber(1e20, "int64", true)).toBe(9223372036854775807);
    expect(castNumber(-1, "uint64", true)).toBe(0);
    expect(castNumber(NaN, "int64", true)).toBe(0);
  });
  it("float32 source: JAX rounds 2147483647 to float32 first (2147483648)", () => {
    // jnp.array([2147483647.], dtype=float32).astype(uint32) -> 2147483648; int32 saturates.
    const f = Math.fround(2147483647);
    expect(castNumber(f, "uint32", true)).toBe(2147483648);
    expect(castNumber(f, "int32", true)).toBe(2147483647);
  });
  it("big saturation (jnp.array([1e20, 9.3e18, -9.3e18]).astype(int64))", () => {
    expect([1e20, 9.3e18, -9.3e18].map((x) => toBig(x, "int64", true))).toEqual([9223372036854775807n, 9223372036854775807n, -9223372036854775808n]);
    expect([1e20, -1].map((x) => toBig(x, "uint64", true))).toEqual([18446744073709551615n, 0n]);
  });
});

describe("int -> other dtypes (wrap)", () => {
  for (const [d, exp] of Object.entries(FROM_INT64)) {
    it(`int64 -> ${d}`, () => {
      expect(roundTrip(INTS, d as DType, false)).toEqual(exp);
      // The same from numbers (exact below 2^53), as kernels of 32-bit ints pass them.
      expect(roundTrip(INTS.map(Number), d as DType, false)).toEqual(exp);
    });
  }
  it("int64 <-> uint64 reinterpret as two's complement", () => {
    expect(roundTrip([9223372036854775807n, -9223372036854775808n], "uint64", false)).toEqual([9223372036854775807n, 9223372036854775808n]);
    expect(roundTrip([18446744073709551615n, 9223372036854775808n], "int64", false)).toEqual([-1n, -9223372036854775808n]);
  });
  it("castNumber wraps integer inputs unless they come from floats", () => {
    expect(castNumber(300, "int8", false)).toBe(44);
    expect(castNumber(300, "int8", true)).toBe(127);
    expect(castNumber(-1, "uint32", false)).toBe(4294967295);
    expect(castNumber(-1, "uint32", true)).toBe(0);
    // A non-integer value saturates even when flagged as an integer source.
    expect(castNumber(300.5, "int8", false)).toBe(127);
  });
  it("uint64 max -> float32/float64 (jnp: 1.8446744073709552e+19)", () => {
    expect(roundTrip([18446744073709551615n], "float32", false)).toEqual([18446744073709551616]);
    expect(roundTrip([18446744073709551615n], "float64", false)).toEqual([18446744073709551616]);
  });
});

describe("float -> float and bool", () => {
  it("float32 -> float16 overflows to inf and flushes tiny values (jnp: [inf, 65504.0, 0.0, -0.0])", () => {
    const got = [70000, 65519, 1e-8, -0].map((x) => castNumber(x, "float16", true));
    expect(got).toEqual([Infinity, 65504, 0, -0]);
    expect(Object.is(got[3], -0)).toBe(true);
  });
  it("float64 -> float32 rounds (0.1 -> 0.10000000149011612, 1e39 -> inf, -0 kept)", () => {
    expect([0.1, 1e39].map((x) => castNumber(x, "float32", true))).toEqual([0.10000000149011612, Infinity]);
    expect(Object.is(castNumber(-0, "float32", true), -0)).toBe(true);
    expect(Object.is(castNumber(-0, "float64", true), -0)).toBe(true);
    expect(Object.is(castNumber(-0, "bfloat16", true), -0)).toBe(true);
  });
  it("x -> bool is x != 0: NaN is True, -0 is False", () => {
    expect([0, -0, NaN, 0.1, -Infinity].map((x) => castNumber(x, "bool", true))).toEqual([0, 0, 1, 1, 1]);
    expect(roundTrip([0n, 5n, -1n], "bool", false)).toEqual([0, 1, 1]);
  });
  it("bool -> float16 (jnp: [1.0, 0.0])", () => {
    expect(roundTrip([1, 0], "float16", false)).toEqual([1, 0]);
  });
});

describe("storage helpers", () => {
  it("fromElems / toNumbers / toBigInts decode every dtype", () => {
    const vals = [0, 1, 2, 100];
    for (const d of ["bool", "int8", "int16", "int32", "uint8", "uint16", "uint32", "float16", "bfloat16", "float32", "float64"] as DType[]) {
      const s = fromElems(vals, d);
      const exp = d === "bool" ? [0, 1, 1, 1] : vals;
      expect([...toNumbers(s, d)]).toEqual(exp);
      expect(toBigInts(s, d)).toEqual(exp.map(BigInt));
    }
    const big = fromElems([-5n, 2n ** 62n], "int64");
    expect(toBigInts(big, "int64")).toEqual([-5n, 2n ** 62n]);
    expect([...toNumbers(big, "int64")]).toEqual([-5, 2 ** 62]);
  });
  it("float16/bfloat16 storage holds bit patterns", () => {
    const s = fromElems([1, -2, NaN], "float16");
    expect(s).toBeInstanceOf(Uint16Array);
    expect([...s]).toEqual([0x3c00, 0xc000, 0x7e00]);
    const b = fromElems([1, -2], "bfloat16");
    expect([...b]).toEqual([0x3f80, 0xc000]);
    expect(getElem(b, 1, "bfloat16")).toBe(-2);
  });
  it("toBigInts truncates fractional floats toward zero", () => {
    expect(toBigInts(fromElems([2.7, -2.7], "float32"), "float32")).toEqual([2n, -2n]);
  });
});
