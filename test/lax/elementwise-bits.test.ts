// lax comparisons, logical/bitwise ops, shifts and bit counts. Expected
// values were printed by JAX 0.10 on CPU (x64 where 64-bit dtypes appear).

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError } from "../../src/core/errors.js";
import type { DType } from "../../src/core/dtype.js";

const arr = (v: unknown, dtype: DType) => np.array(v as number[], { dtype });
const i32 = (...v: number[]) => arr(v, "int32");
const same = (got: unknown, want: unknown) => expect(got).toEqual(want);

describe("comparisons", () => {
  it("give bool for every dtype family, NaN unordered, -0 == 0", () => {
    const x = arr([NaN, 0, 1, 2], "float32");
    const y = arr([NaN, -0, 2, 1], "float32");
    const r = lax.eq(x, y);
    expect(r.dtype).toBe("bool");
    same(r.toArray(), [false, true, false, false]);
    same(lax.ne(x, y).toArray(), [true, false, true, true]);
    same(lax.lt(x, y).toArray(), [false, false, true, false]);
    same(lax.le(x, y).toArray(), [false, true, true, false]);
    same(lax.gt(x, y).toArray(), [false, false, false, true]);
    same(lax.ge(x, y).toArray(), [false, true, false, true]);
    same(lax.lt(arr([false, true], "bool"), arr([true, true], "bool")).toArray(), [true, false]);
    same(lax.gt(arr([4294967295], "uint32"), arr([0], "uint32")).toArray(), [true]);
    same(lax.le(arr([1.001], "bfloat16"), arr([1], "bfloat16")).toArray(), [true]); // 1.001 rounds to 1 in bfloat16
    same(lax.eq(arr([-128], "int8"), -128).toArray(), [true]);
  });
  it("int64/uint64 compare exactly", () =>
    withX64(true, () => {
      same(lax.lt(arr([9007199254740992n], "int64"), arr([9007199254740993n], "int64")).toArray(), [true]);
      same(lax.eq(arr([2n ** 64n - 1n], "uint64"), arr([2n ** 64n - 2n], "uint64")).toArray(), [false]);
    }));
  it("weak bool iff both operands are weak (JAX); mismatched dtypes throw", () => {
    const w = lax.convertElementType(1, "float32", true);
    expect(lax.lt(w, w).weakType).toBe(true);
    expect(lax.lt(w, arr(1, "float32")).weakType).toBe(false);
    expect(() => lax.eq(arr([1], "int32"), arr([1], "uint32"))).toThrow(/int32, uint32/);
  });
});

describe("and / or / xor / not", () => {
  it("are logical on bool and bitwise on integers", () => {
    same(lax.bitwiseAnd(i32(12, -1), i32(10, 5)).toArray(), [8, 5]);
    same(lax.bitwiseOr(i32(12), i32(3)).toArray(), [15]);
    same(lax.bitwiseXor(i32(12), i32(10)).toArray(), [6]);
    same(lax.bitwiseAnd(arr([true, false], "bool"), arr([true, true], "bool")).toArray(), [true, false]);
    same(lax.bitwiseOr(arr([true, false], "bool"), arr([false, false], "bool")).toArray(), [true, false]);
    same(lax.bitwiseXor(arr([true, false], "bool"), arr([true, true], "bool")).toArray(), [false, true]);
    same(lax.bitwiseNot(i32(0, -1, 5)).toArray(), [-1, 0, -6]);
    same(lax.bitwiseNot(arr([0, 5], "uint8")).toArray(), [255, 250]);
    same(lax.bitwiseNot(arr([true, false], "bool")).toArray(), [false, true]);
    same(lax.bitwiseOr(arr([0x80000000], "uint32"), arr([1], "uint32")).toArray(), [0x80000001]);
    same(lax.bitwiseXor(arr([0xffff], "uint16"), arr([0x00ff], "uint16")).toArray(), [0xff00]);
  });
  it("64-bit", () =>
    withX64(true, () => {
      same(lax.bitwiseNot(arr([0n], "uint64")).toArray(), [2n ** 64n - 1n]);
      same(lax.bitwiseAnd(arr([-1n], "int64"), arr([2n ** 62n + 7n], "int64")).toArray(), [2n ** 62n + 7n]);
    }));
  it("reject floats", () => {
    expect(() => lax.bitwiseNot(arr([1], "float32"))).toThrow(/integer or bool dtype, got float32/);
    expect(() => lax.bitwiseAnd(arr([1], "float16"), arr([1], "float16"))).toThrow(DTypeError);
  });
});

describe("shifts", () => {
  it("shift_left: amounts outside [0, bits) give 0", () => {
    same(lax.shiftLeft(i32(1, 1, 1, 1, -1, 1), i32(0, 31, 32, 33, -1, 100)).toArray(), [1, -2147483648, 0, 0, 0, 0]);
    same(lax.shiftLeft(arr([1, 1, 1, 3], "int8"), arr([7, 8, -1, 6], "int8")).toArray(), [-128, 0, 0, -64]);
    same(lax.shiftLeft(arr([1, 3], "uint32"), arr([31, 31], "uint32")).toArray(), [2147483648, 2147483648]);
  });
  it("shift_right_logical zero-fills", () => {
    same(lax.shiftRightLogical(i32(-8, -8, -8, -8, 8), i32(1, 31, 32, -1, 2)).toArray(), [2147483644, 1, 0, 0, 2]);
    same(lax.shiftRightLogical(arr([200, 200], "uint8"), arr([1, 8], "uint8")).toArray(), [100, 0]);
    same(lax.shiftRightLogical(arr([-1], "int16"), arr([4], "int16")).toArray(), [4095]);
  });
  it("shift_right_arithmetic sign-fills (unsigned read as signed)", () => {
    same(lax.shiftRightArithmetic(i32(-8, -8, -8, -8, 8, 8), i32(1, 31, 32, -1, 2, 40)).toArray(), [-4, -1, -1, -1, 2, 0]);
    same(lax.shiftRightArithmetic(arr([200, 200, 200], "uint8"), arr([1, 7, 8], "uint8")).toArray(), [228, 255, 255]);
  });
  it("64-bit shifts", () =>
    withX64(true, () => {
      same(lax.shiftLeft(arr([1n, 1n, -1n], "int64"), arr([63n, 64n, -1n], "int64")).toArray(), [-(2n ** 63n), 0n, 0n]);
      same(lax.shiftRightArithmetic(arr([-8n, -8n], "int64"), arr([64n, 2n], "int64")).toArray(), [-1n, -2n]);
      same(lax.shiftRightLogical(arr([-8n, -8n], "int64"), arr([64n, 60n], "int64")).toArray(), [0n, 15n]);
      same(lax.shiftRightLogical(arr([2n ** 64n - 1n], "uint64"), arr([1n], "uint64")).toArray(), [2n ** 63n - 1n]);
    }));
  it("reject bool and floats", () => {
    expect(() => lax.shiftLeft(arr([true], "bool"), arr([true], "bool"))).toThrow(/an integer dtype, got bool/);
    expect(() => lax.shiftRightLogical(arr([1], "float32"), arr([1], "float32"))).toThrow(DTypeError);
  });
});

describe("population_count / clz", () => {
  it("count in the operand's width and dtype", () => {
    same(lax.populationCount(i32(-1, 0, 7, -2147483648)).toArray(), [32, 0, 3, 1]);
    same(lax.populationCount(arr([255, 3], "uint8")).toArray(), [8, 2]);
    same(lax.populationCount(arr([-1, -128], "int8")).toArray(), [8, 1]);
    same(lax.clz(i32(-1, 0, 1, 255)).toArray(), [0, 32, 31, 24]);
    same(lax.clz(arr([0, 1, 128], "uint8")).toArray(), [8, 7, 0]);
    same(lax.clz(arr([0, 1, -1], "int16")).toArray(), [16, 15, 0]);
    const r = lax.clz(arr([1], "uint16"));
    expect(r.dtype).toBe("uint16");
    same(r.toArray(), [15]);
  });
  it("64-bit", () =>
    withX64(true, () => {
      same(lax.populationCount(arr([-1n], "int64")).toArray(), [64n]);
      same(lax.clz(arr([0n, 1n, -1n], "int64")).toArray(), [64n, 63n, 0n]);
      same(lax.clz(arr([2n ** 63n], "uint64")).toArray(), [0n]);
    }));
  it("reject bool and floats", () => {
    expect(() => lax.populationCount(arr([true], "bool"))).toThrow(DTypeError);
    expect(() => lax.clz(arr([1], "float32"))).toThrow(DTypeError);
  });
});
