// convert_element_type and bitcast_convert_type. Expected values were printed
// by JAX 0.10 on CPU (x64 where 64-bit dtypes appear), except where a comment
// says they were worked out by hand.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError } from "../../src/core/errors.js";
import { ALL_DTYPES, type DType } from "../../src/core/dtype.js";

const arr = (v: unknown, dtype: DType) => np.array(v as number[], { dtype });
const same = (got: unknown, want: unknown) => expect(got).toEqual(want);
const conv = (x: ReturnType<typeof arr>, d: DType) => lax.convertElementType(x, d).toArray();

describe("convert_element_type: float -> int saturates, NaN -> 0", () => {
  const F = [NaN, Infinity, -Infinity, 3.7, -3.7, 1e10, -1e10, 300, -200, 0.5, -0];
  const JAX: Partial<Record<DType, unknown[]>> = {
    bool: [true, true, true, true, true, true, true, true, true, true, false],
    int8: [0, 127, -128, 3, -3, 127, -128, 127, -128, 0, 0],
    int16: [0, 32767, -32768, 3, -3, 32767, -32768, 300, -200, 0, 0],
    int32: [0, 2147483647, -2147483648, 3, -3, 2147483647, -2147483648, 300, -200, 0, 0],
    uint8: [0, 255, 0, 3, 0, 255, 0, 255, 0, 0, 0],
    uint16: [0, 65535, 0, 3, 0, 65535, 0, 300, 0, 0, 0],
    uint32: [0, 4294967295, 0, 3, 0, 4294967295, 0, 300, 0, 0, 0],
  };
  for (const [d, want] of Object.entries(JAX)) it(`float32 -> ${d}`, () => same(conv(arr(F, "float32"), d as DType), want));
  it("float32 -> int64/uint64 (x64)", () =>
    withX64(true, () => {
      same(conv(arr(F, "float32"), "int64"), [0n, 2n ** 63n - 1n, -(2n ** 63n), 3n, -3n, 10000000000n, -10000000000n, 300n, -200n, 0n, 0n]);
      same(conv(arr(F, "float32"), "uint64"), [0n, 2n ** 64n - 1n, 0n, 3n, 0n, 10000000000n, 0n, 300n, 0n, 0n, 0n]);
      same(conv(arr([1e19, -1e19, NaN, 2 ** 62, -(2 ** 63)], "float64"), "int64"), [2n ** 63n - 1n, -(2n ** 63n), 0n, 2n ** 62n, -(2n ** 63n)]);
      same(conv(arr([1e20, -1, NaN, 2 ** 63], "float64"), "uint64"), [2n ** 64n - 1n, 0n, 0n, 2n ** 63n]);
    }));
  it("edges of int32/uint32 and float16 sources", () => {
    same(conv(arr([2147483648, -2147483648, 2147483520], "float32"), "int32"), [2147483647, -2147483648, 2147483520]);
    same(conv(arr([4294967296, 4294967040, -1], "float32"), "uint32"), [4294967295, 4294967040, 0]);
    same(conv(arr([Infinity, -Infinity, 200, NaN], "float16"), "int8"), [127, -128, 127, 0]);
  });
});

describe("convert_element_type: int -> int wraps; int -> float rounds once", () => {
  const I = [-1, 256, 300, -129, 70000, 2147483647, -2147483648, 0];
  it("int32 -> narrower ints and bool", () => {
    same(conv(arr(I, "int32"), "int8"), [-1, 0, 44, 127, 112, -1, 0, 0]);
    same(conv(arr(I, "int32"), "int16"), [-1, 256, 300, -129, 4464, -1, 0, 0]);
    same(conv(arr(I, "int32"), "uint8"), [255, 0, 44, 127, 112, 255, 0, 0]);
    same(conv(arr(I, "int32"), "uint16"), [65535, 256, 300, 65407, 4464, 65535, 0, 0]);
    same(conv(arr(I, "int32"), "uint32"), [4294967295, 256, 300, 4294967167, 70000, 2147483647, 2147483648, 0]);
    same(conv(arr(I, "int32"), "bool"), [true, true, true, true, true, true, true, false]);
  });
  it("int32 -> floats", () => {
    same(conv(arr(I, "int32"), "float16"), [-1, 256, 300, -129, Infinity, Infinity, -Infinity, 0]);
    same(conv(arr(I, "int32"), "bfloat16"), [-1, 256, 300, -129, 70144, 2147483648, -2147483648, 0]);
    same(conv(arr([16777217, 2147483647], "int32"), "float32"), [16777216, 2147483648]);
  });
  it("64-bit ints are exact, and round once to narrow floats", () =>
    withX64(true, () => {
      same(conv(arr(I, "int32"), "uint64"), [2n ** 64n - 1n, 256n, 300n, 2n ** 64n - 129n, 70000n, 2147483647n, 2n ** 64n - 2147483648n, 0n]);
      same(conv(arr([2n ** 40n + 5n, -(2n ** 63n), 2n ** 63n - 1n], "int64"), "int32"), [5, 0, -1]);
      same(conv(arr([2n ** 64n - 1n, 2n ** 63n], "uint64"), "int64"), [-1n, -(2n ** 63n)]);
      same(conv(arr([2n ** 63n - 1n, 16777217n], "int64"), "float32"), [2 ** 63, 16777216]);
      same(conv(arr([2n ** 53n + 1n], "int64"), "float64"), [2 ** 53]);
      // 2^60 + 2^36 + 1 is just above the float32 midpoint 2^60 + 2^36: rounds up to 2^60 + 2^37 (by
      // hand; a double rounding through float64 would give 2^60).
      same(conv(arr([2n ** 60n + 2n ** 36n + 1n, -(2n ** 60n + 2n ** 36n + 1n)], "int64"), "float32"), [2 ** 60 + 2 ** 37, -(2 ** 60 + 2 ** 37)]);
      same(conv(arr([-5n], "int64"), "bool"), [true]);
    }));
});

describe("convert_element_type: float <-> float", () => {
  it("rounds to nearest even, overflows to inf, keeps subnormals", () =>
    withX64(true, () => {
      same(conv(arr([65504, 65520, 65519.99, 1e-8, 2 ** -25, 2 ** -25 * 1.0000001, 1 + 2 ** -11, 1 + 3 * 2 ** -11], "float64"), "float16"), [
        65504, Infinity, 65504, 0, 0, 2 ** -24, 1, 1 + 2 ** -9,
      ]);
      same(conv(arr([1 + 2 ** -8, 1 + 3 * 2 ** -8, 3.4e38], "float64"), "bfloat16"), [1, 1.015625, Infinity]);
      same(conv(arr([1 + 2 ** -11], "float32"), "float16"), [1]);
      same(conv(arr([65504, 2 ** -24], "float16"), "bfloat16"), [65536, 5.960464477539063e-8]);
      same(conv(arr([1e5, 1e-10, 3.140625], "bfloat16"), "float16"), [Infinity, 0, 3.140625]);
      const z = conv(arr([-0, NaN], "float32"), "float16") as number[];
      expect(Object.is(z[0], -0)).toBe(true);
      expect(z[1]).toBeNaN();
    }));
  it("bool -> numbers", () => {
    same(conv(arr([true, false], "bool"), "float16"), [1, 0]);
    same(conv(arr([true, false], "bool"), "uint8"), [1, 0]);
  });
  it("every pair of dtypes round-trips small integers (x64)", () =>
    withX64(true, () => {
      for (const a of ALL_DTYPES)
        for (const b of ALL_DTYPES) {
          const x = arr(a === "bool" ? [0, 1, 1] : [0, 1, 7], a);
          const y = lax.convertElementType(x, b);
          expect(y.dtype).toBe(b);
          const back = lax.convertElementType(y, a).toArray();
          // Through bool, 7 becomes 1.
          const want = b === "bool" && a !== "bool" ? arr([0, 1, 1], a).toArray() : x.toArray();
          expect(back, `${a} -> ${b} -> ${a}`).toEqual(want);
        }
    }));
  it("weak type is a param; 64-bit requests canonicalize without x64; bad names throw", () => {
    expect(lax.convertElementType(arr(1, "float32"), "int32").weakType).toBe(false);
    expect(lax.convertElementType(arr(1, "float32"), "float32", true).weakType).toBe(true);
    withX64(false, () => expect(lax.convertElementType(arr([1], "int32"), "float64").dtype).toBe("float32"));
    expect(() => lax.convertElementType(arr([1], "int32"), "int128" as never)).toThrow(DTypeError);
  });
});

describe("bitcast_convert_type", () => {
  it("same width reinterprets the bits", () => {
    same(lax.bitcastConvertType(arr([1, -0, NaN], "float32"), "int32").toArray(), [1065353216, -2147483648, 2143289344]);
    same(lax.bitcastConvertType(arr([1, -2], "float16"), "int16").toArray(), [15360, -16384]);
    same(lax.bitcastConvertType(arr([1], "float16"), "bfloat16").toArray(), [0.0078125]);
    same(lax.bitcastConvertType(arr([1065353216], "int32"), "float32").toArray(), [1]);
    same(lax.bitcastConvertType(arr([-1], "int8"), "uint8").toArray(), [255]);
  });
  it("narrower adds a trailing axis; wider consumes one (little-endian)", () => {
    const b = lax.bitcastConvertType(arr([1, 2], "float32"), "uint8");
    same(b.shape, [2, 4]);
    same(b.toArray(), [[0, 0, 128, 63], [0, 0, 0, 64]]);
    same(lax.bitcastConvertType(arr([[0, 0, 128, 63]], "uint8"), "float32").toArray(), [1]);
    const h = lax.bitcastConvertType(arr([0x3c004000], "int32"), "float16");
    same(h.shape, [1, 2]);
    same(h.toArray(), [[2, 1]]);
  });
  it("64-bit (x64)", () =>
    withX64(true, () => {
      same(lax.bitcastConvertType(arr([1], "float64"), "uint32").toArray(), [[0, 1072693248]]);
      same(lax.bitcastConvertType(arr([[1, 2, 3, 4]], "uint16"), "uint64").toArray(), [1125912791875585n]);
      same(lax.bitcastConvertType(arr([4607182418800017408n], "int64"), "float64").toArray(), [1]);
    }));
  it("errors: bool to another dtype, missing trailing axis", () => {
    expect(() => lax.bitcastConvertType(arr([true], "bool"), "int8")).toThrow(DTypeError);
    expect(() => lax.bitcastConvertType(arr([2], "int8"), "bool")).toThrow(DTypeError);
    expect(() => lax.bitcastConvertType(arr([0, 0, 128], "uint8"), "float32")).toThrow(ShapeError);
    expect(() => lax.bitcastConvertType(arr(1, "uint8"), "float32")).toThrow(/last axis of size 4/);
    expect(lax.bitcastConvertType(arr([true], "bool"), "bool").toArray()).toEqual([true]);
    expect(lax.bitcastConvertType(lax.convertElementType(1, "float32", true), "int32").weakType).toBe(false);
  });
});
