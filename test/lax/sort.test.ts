// lax.sort / sortKeyVal / topK. Expected values were printed by JAX 0.10
// (CPU) for the same inputs; -NaN inputs are built from raw float32 bits.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import type { ConcreteArray, NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { withX64 } from "../../src/core/config.js";
import { ShapeError, ValueError } from "../../src/core/errors.js";

const arr = (v: unknown, dtype: DType): NDArray => np.array(v as never, { dtype });
const check = (a: NDArray, dtype: DType, shape: number[], values: unknown): void => {
  expect(a.dtype).toBe(dtype);
  expect(a.shape).toEqual(shape);
  expect(a.toArray()).toEqual(values);
};
const nanAsStr = (a: NDArray) => (a.toArray() as number[]).map((e) => (Number.isNaN(e) ? "nan" : Object.is(e, -0) ? "-0" : e));
const f32Bits = (bits: number[]): NDArray => np.array(new Float32Array(new Uint32Array(bits).buffer));
const signs = (a: NDArray): number[] => [...new Uint32Array((a as ConcreteArray).storage().buffer)].map((b) => b >>> 31);

describe("sort", () => {
  const m = arr([[3, 1, 2], [0, 5, -4]], "float32");
  it("sorts along the last axis by default, or any dimension", () => {
    check(lax.sort(m), "float32", [2, 3], [[1, 2, 3], [-4, 0, 5]]);
    check(lax.sort(m, { dimension: 0 }), "float32", [2, 3], [[0, 1, -4], [3, 5, 2]]);
    const c = arr([[[3, 1], [2, 0]], [[1, 1], [0, 2]]], "int32");
    check(lax.sort(c, { dimension: 1 }), "int32", [2, 2, 2], [[[2, 0], [3, 1]], [[0, 1], [1, 2]]]);
  });
  it("puts NaNs last (in input order), keeps -0 and +0 in input order", () => {
    // [3, NaN, -0, 0, -inf, inf, NaN, 1, -0] -> JAX: [-inf, -0, 0, -0, 1, 3, inf, nan, nan], perm [4,2,3,8,7,0,5,1,6]
    const x = arr([3, NaN, -0, 0, -Infinity, Infinity, NaN, 1, -0], "float32");
    expect(nanAsStr(lax.sort(x))).toEqual([-Infinity, "-0", 0, "-0", 1, 3, Infinity, "nan", "nan"]);
    check(lax.sortKeyVal(x, lax.iota("int32", 9))[1], "int32", [9], [4, 2, 3, 8, 7, 0, 5, 1, 6]);
    // [3, -nan, nan, -0, 0, 1]: JAX keeps both NaNs last, -nan first (input order).
    const y = f32Bits([0x40400000, 0xffc00000, 0x7fc00000, 0x80000000, 0, 0x3f800000]);
    const s = lax.sort(y);
    expect(nanAsStr(s)).toEqual(["-0", 0, 1, 3, "nan", "nan"]);
    expect(signs(s)).toEqual([1, 0, 0, 0, 1, 0]);
    expect(nanAsStr(lax.sort(arr([1.5, NaN, -2, Infinity, 0.5], "float16")))).toEqual([-2, 0.5, 1.5, Infinity, "nan"]);
    expect(nanAsStr(lax.sort(arr([1.5, NaN, -2, -Infinity, 0.5], "bfloat16")))).toEqual([-Infinity, -2, 0.5, 1.5, "nan"]);
  });
  it("sorts ints, uints, bool and exact 64-bit ints", () => {
    check(lax.sort(arr([3, -1, 2, -128], "int8")), "int8", [4], [-128, -1, 2, 3]);
    check(lax.sort(arr([3, 200, 2, 255], "uint8")), "uint8", [4], [2, 3, 200, 255]);
    check(lax.sort(arr([4e9, 1, 3e9], "uint32")), "uint32", [3], [1, 3000000000, 4000000000]);
    check(lax.sort(arr([true, false, true], "bool")), "bool", [3], [false, true, true]);
    withX64(true, () => {
      check(lax.sort(arr([2n ** 60n + 1n, 2n ** 60n, -5n], "int64")), "int64", [3], [-5n, 1152921504606846976n, 1152921504606846977n]);
      check(lax.sort(arr([2n ** 64n - 1n, 0n, 2n ** 63n], "uint64")), "uint64", [3], [0n, 9223372036854775808n, 18446744073709551615n]);
    });
  });
  it("sorts several operands lexicographically by numKeys keys", () => {
    const k = arr([1, 0, 1, 0], "int32");
    const v = arr([5, 6, 2, 1], "int32");
    const i = arr([0, 1, 2, 3], "int32");
    const two = lax.sort([k, v, i], { numKeys: 2 });
    expect(two.map((a) => a.toArray())).toEqual([[0, 0, 1, 1], [1, 6, 2, 5], [3, 1, 2, 0]]);
    const one = lax.sort([k, v, i], { numKeys: 1 });
    expect(one.map((a) => a.toArray())).toEqual([[0, 0, 1, 1], [6, 1, 5, 2], [1, 3, 0, 2]]);
    const mixed = lax.sort([arr([2, 1, 2, 1], "float32"), arr([1, 1, 0, 0], "int8"), arr([true, false, true, false], "bool")], { numKeys: 2 });
    expect(mixed.map((a) => a.dtype)).toEqual(["float32", "int8", "bool"]);
    expect(mixed.map((a) => a.toArray())).toEqual([[1, 1, 2, 2], [0, 1, 0, 1], [false, false, true, true]]);
  });
  it("sortKeyVal is stable", () => {
    const [sk, sv] = lax.sortKeyVal(arr([2, 1, 2, 1, 0], "int32"), arr([10, 20, 30, 40, 50], "float32"));
    check(sk, "int32", [5], [0, 1, 1, 2, 2]);
    check(sv, "float32", [5], [50, 20, 40, 10, 30]);
  });
  it("handles 0-size arrays and validates", () => {
    check(lax.sort(lax.broadcastInDim(arr(0, "int8"), [2, 0], [])), "int8", [2, 0], [[], []]);
    expect(() => lax.sort(arr(3, "float32"))).toThrow(ShapeError);
    expect(() => lax.sort([arr([1, 2, 3], "float32"), arr([1, 2], "float32")])).toThrow(/equal shapes/);
    expect(() => lax.sort([m, m], { numKeys: 3 })).toThrow(ValueError);
    expect(() => lax.sort([m, m], { numKeys: 0 })).toThrow(/num_keys/);
    expect(() => lax.sort(m, { dimension: 2 })).toThrow(/out of bounds/);
    expect(() => lax.sortP.abstractEval([m.aval], { dimension: -1, isStable: true, numKeys: 1 })).toThrow(ShapeError);
  });
});

describe("top_k", () => {
  it("returns the k largest along the last axis with int32 indices", () => {
    const m = arr([[3, 1, 2], [0, 5, -4]], "float32");
    const [v, i] = lax.topK(m, 2);
    check(v, "float32", [2, 2], [[3, 2], [5, 0]]);
    check(i, "int32", [2, 2], [[0, 2], [1, 0]]);
    const [v0, i0] = lax.topK(m, 1, { axis: 0 });
    check(v0, "float32", [1, 3], [[3, 5, 2]]);
    check(i0, "int32", [1, 3], [[0, 1, 0]]);
  });
  it("breaks ties by the lower index", () => {
    const [v, i] = lax.topK(arr([[1, 3, 3, 2, 3]], "float32"), 3);
    expect(v.toArray()).toEqual([[3, 3, 3]]);
    expect(i.toArray()).toEqual([[1, 2, 4]]);
    const [vi, ii] = lax.topK(arr([1, 5, -3, 5], "int8"), 3);
    check(vi, "int8", [3], [5, 5, 1]);
    check(ii, "int32", [3], [1, 3, 0]);
  });
  it("uses the IEEE total order: +NaN first, -NaN last, +0 before -0", () => {
    // [3, -nan, nan, -0, 0, 1] -> JAX: values [nan, 3, 1, 0, -0, nan] (signs 0,0,0,0,1,1), indices [2, 0, 5, 4, 3, 1]
    const x = f32Bits([0x40400000, 0xffc00000, 0x7fc00000, 0x80000000, 0, 0x3f800000]);
    const [v, i] = lax.topK(x, 6);
    expect(nanAsStr(v)).toEqual(["nan", 3, 1, 0, "-0", "nan"]);
    expect(signs(v)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(i.toArray()).toEqual([2, 0, 5, 4, 3, 1]);
    const [h, hi] = lax.topK(arr([1.5, NaN, -2, Infinity, 0.5], "float16"), 3);
    expect(nanAsStr(h)).toEqual(["nan", Infinity, 1.5]);
    expect(hi.toArray()).toEqual([1, 3, 0]);
  });
  it("works on bool and 64-bit ints", () => {
    const [b, bi] = lax.topK(arr([true, false, true], "bool"), 2);
    check(b, "bool", [2], [true, true]);
    check(bi, "int32", [2], [0, 2]);
    withX64(true, () => {
      const [v, i] = lax.topK(arr([2n ** 60n + 1n, 2n ** 60n + 2n, 2n ** 60n], "int64"), 2);
      check(v, "int64", [2], [1152921504606846978n, 1152921504606846977n]);
      check(i, "int32", [2], [1, 0]);
    });
  });
  it("allows k = 0 and validates k and the axis", () => {
    const z = lax.broadcastInDim(arr(0, "float32"), [2, 3], []);
    const [v, i] = lax.topK(z, 0);
    expect(v.shape).toEqual([2, 0]);
    expect(i.shape).toEqual([2, 0]);
    expect(() => lax.topK(arr([1, 2], "float32"), 3)).toThrow(ShapeError);
    expect(() => lax.topK(arr([1, 2], "float32"), -1)).toThrow(/nonnegative/);
    expect(() => lax.topK(arr([1, 2], "float32"), 1.5)).toThrow(ValueError);
    expect(() => lax.topK(arr(1, "float32"), 1)).toThrow(/out of bounds/);
  });
});
