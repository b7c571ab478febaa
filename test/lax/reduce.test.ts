// lax reductions and argmax/argmin. Expected values were printed by JAX 0.10
// (CPU) — `lax.reduce_*` / `lax.argmax` on the same inputs — unless computed
// by hand in the test.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";

const arr = (v: unknown, dtype: DType): NDArray => np.array(v as never, { dtype });
const check = (a: NDArray, dtype: DType, shape: number[], values: unknown): void => {
  expect(a.dtype).toBe(dtype);
  expect(a.shape).toEqual(shape);
  expect(a.toArray()).toEqual(values);
};

describe("reduce_sum / reduce_prod", () => {
  const x = arr([[1.5, -2, 3], [4, 5.25, -6]], "float32");
  it("reduces float32 over any set of axes", () => {
    check(lax.reduceSum(x, [0]), "float32", [3], [5.5, 3.25, -3]);
    check(lax.reduceSum(x, [1]), "float32", [2], [2.5, 3.25]);
    check(lax.reduceSum(x, [0, 1]), "float32", [], 5.75);
    check(lax.reduceSum(x, []), "float32", [2, 3], x.toArray());
    check(lax.reduceProd(x, 1), "float32", [2], [-9, -126]);
    check(lax.reduceSum(x, [-1]), "float32", [2], [2.5, 3.25]); // negative axes are normalized
  });
  it("reduces a 3-d array over non-adjacent axes", () => {
    const y = lax.reshape(lax.iota("int32", 24), [2, 3, 4]);
    // sum over axes 0 and 2 of arange(24).reshape(2,3,4): [6+54, 22+70, 38+86]
    check(lax.reduceSum(y, [0, 2]), "int32", [3], [60, 92, 124]);
    check(lax.reduceMax(y, [1]), "int32", [2, 4], [[8, 9, 10, 11], [20, 21, 22, 23]]);
  });
  it("wraps integers in their own dtype", () => {
    expect(lax.reduceSum(arr([100, 100, 100], "int8"), [0]).item()).toBe(44);
    expect(lax.reduceProd(arr([100, 100, 100], "int8"), [0]).item()).toBe(64);
    expect(lax.reduceProd(arr([-128, -1], "int8"), [0]).item()).toBe(-128);
    expect(lax.reduceSum(arr([200, 100], "uint8"), [0]).item()).toBe(44);
    expect(lax.reduceProd(arr([200, 100], "uint8"), [0]).item()).toBe(32);
    expect(lax.reduceSum(arr([30000, 30000], "int16"), [0]).item()).toBe(-5536);
    expect(lax.reduceProd(arr([300, 300], "int16"), [0]).item()).toBe(24464);
    expect(lax.reduceProd(arr([300, 300], "uint16"), [0]).item()).toBe(24464);
    expect(lax.reduceProd(arr([3, 5, 7, 11, 13, 17, 19, 23, 29, 31], "int32"), [0]).item()).toBe(1495997257);
    expect(lax.reduceProd(arr([4000000000, 3], "uint32"), [0]).item()).toBe(3410065408);
    expect(lax.reduceSum(arr([2147483647, 1], "int32"), [0]).item()).toBe(-2147483648);
  });
  it("accumulates 16-bit floats in float32 and rounds once (as jnp.sum)", () => {
    // Per-step float16 rounding would stall at 2048; float32 accumulation gives 2056 (float16)
    // and 2056 rounded to bfloat16's 8 bits = 2048.
    const big = [2048, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(lax.reduceSum(arr(big, "float16"), [0]).item()).toBe(2056);
    expect(lax.reduceSum(arr(big, "bfloat16"), [0]).item()).toBe(2048);
    expect(lax.reduceSum(arr(Array(4096).fill(1), "float16"), [0]).item()).toBe(4096);
    const p = [1.1, 1.1, 1.1, 1.1, 1.1, 3.3];
    expect(lax.reduceProd(arr(p, "float16"), [0]).item()).toBe(5.3046875);
    expect(lax.reduceProd(arr(p, "bfloat16"), [0]).item()).toBe(5.34375);
    const tenth = Array(10).fill(0.1);
    expect(lax.reduceSum(arr(tenth, "float16"), [0]).item()).toBe(1.0);
    // ten bfloat16(0.1) = 0.10009765625 sum to 1.00098 in float32, which rounds to 1 in bfloat16.
    expect(lax.reduceSum(arr(tenth, "bfloat16"), [0]).item()).toBe(1);
    expect(lax.reduceSum(arr(tenth, "float32"), [0]).item()).toBe(1.0000001192092896);
  });
  it("is exact for int64/uint64/float64 under x64", () =>
    withX64(true, () => {
      check(lax.reduceSum(arr([2n ** 62n, 2n ** 62n], "int64"), [0]), "int64", [], -(2n ** 63n));
      expect(lax.reduceProd(arr([2n ** 32n + 1n, 2n ** 32n + 1n], "int64"), [0]).item()).toBe(8589934593n);
      expect(lax.reduceSum(arr([2n ** 64n - 1n, 2n], "uint64"), [0]).item()).toBe(1n);
      check(lax.reduceSum(arr([0.1, 0.2, 0.3], "float64"), [0]), "float64", [], 0.6000000000000001);
    }));
  it("gives identities for empty reductions", () => {
    const e = (d: DType) => lax.broadcastInDim(arr(0, d), [0, 3], []);
    for (const d of ["float32", "int8", "uint16", "bfloat16"] as DType[]) {
      check(lax.reduceSum(e(d), [0]), d, [3], [0, 0, 0]);
      check(lax.reduceProd(e(d), [0]), d, [3], [1, 1, 1]);
    }
    expect(lax.reduceSum(lax.broadcastInDim(arr(0, "int16"), [2, 0, 3], []), [1]).shape).toEqual([2, 3]);
    expect(lax.reduceSum(lax.broadcastInDim(arr(0, "int16"), [2, 0, 3], []), [0]).shape).toEqual([0, 3]);
  });
  it("rejects bool, bad axes", () => {
    expect(() => lax.reduceSum(arr([true], "bool"), [0])).toThrow(DTypeError);
    expect(() => lax.reduceProd(arr([true], "bool"), [0])).toThrow(/expected a numeric/);
    expect(() => lax.reduceSum(arr([[1]], "float32"), [2])).toThrow(ShapeError);
    expect(() => lax.reduceSum(arr([[1]], "float32"), [0, 0])).toThrow(ValueError);
    expect(() => lax.reduceSum(arr([[1]], "float32"), [0.5])).toThrow(/axis must be an integer/);
    expect(() => lax.reduceSum(arr(1, "float32"), [0])).toThrow(/out of bounds/);
    expect(() => lax.reduceSumP.abstractEval([arr([1], "float32").aval], { axes: [-1] })).toThrow(ShapeError);
  });
  it("keeps the weak type", () => {
    const w = lax.reduceSum(lax.broadcastInDim(2.5, [3], []), [0]);
    expect(w.weakType).toBe(true);
    expect(w.item()).toBe(7.5);
  });
});

describe("reduce_max / reduce_min", () => {
  it("propagates NaN and orders -0 below +0", () => {
    const x = arr([1, NaN, 3, NaN, -1], "float32");
    expect(lax.reduceMax(x, [0]).item()).toBeNaN();
    expect(lax.reduceMin(x, [0]).item()).toBeNaN();
    expect(Object.is(lax.reduceMax(arr([0, -0], "float32"), [0]).item(), 0)).toBe(true);
    expect(Object.is(lax.reduceMax(arr([-0, 0], "float32"), [0]).item(), 0)).toBe(true);
    expect(Object.is(lax.reduceMin(arr([0, -0], "float32"), [0]).item(), -0)).toBe(true);
    expect(Object.is(lax.reduceMin(arr([-0, 0], "float64"), [0]).item(), -0)).toBe(true);
    expect(lax.reduceMax(arr([1, Infinity], "bfloat16"), [0]).item()).toBe(Infinity);
  });
  it("works on ints and bool", () => {
    const i = arr([[1, -5], [3, 2]], "int8");
    expect(lax.reduceMax(i, [0, 1]).item()).toBe(3);
    expect(lax.reduceMin(i, [0, 1]).item()).toBe(-5);
    check(lax.reduceMax(arr([[1, 5], [7, 2]], "uint8"), [0]), "uint8", [2], [7, 5]);
    const b = arr([[true, false, true], [true, true, false]], "bool");
    check(lax.reduceMax(b, [1]), "bool", [2], [true, true]);
    check(lax.reduceMin(b, [1]), "bool", [2], [false, false]);
  });
  it("gives -inf/+inf, dtype limits, false/true for empty reductions", () => {
    const e = (d: DType) => lax.broadcastInDim(arr(0, d), [0], []);
    expect(lax.reduceMax(e("float32"), [0]).item()).toBe(-Infinity);
    expect(lax.reduceMin(e("float16"), [0]).item()).toBe(Infinity);
    expect(lax.reduceMax(e("int8"), [0]).item()).toBe(-128);
    expect(lax.reduceMin(e("int8"), [0]).item()).toBe(127);
    expect(lax.reduceMax(e("uint16"), [0]).item()).toBe(0);
    expect(lax.reduceMin(e("uint16"), [0]).item()).toBe(65535);
    expect(lax.reduceMin(e("uint32"), [0]).item()).toBe(4294967295);
    expect(lax.reduceMax(e("bool"), [0]).item()).toBe(false);
    expect(lax.reduceMin(e("bool"), [0]).item()).toBe(true);
    withX64(true, () => {
      expect(lax.reduceMin(e("uint64"), [0]).item()).toBe(2n ** 64n - 1n);
      expect(lax.reduceMax(e("int64"), [0]).item()).toBe(-(2n ** 63n));
      expect(lax.reduceMax(arr([2n ** 64n - 1n, 5n], "uint64"), [0]).item()).toBe(2n ** 64n - 1n);
      expect(lax.reduceMax(arr([2n ** 60n + 1n, 2n ** 60n + 2n, 2n ** 60n], "int64"), [0]).item()).toBe(1152921504606846978n);
    });
  });
});

describe("reduce_and / reduce_or / reduce_xor", () => {
  it("are logical on bool", () => {
    const b = arr([[true, false, true], [true, true, false]], "bool");
    check(lax.reduceAnd(b, [0]), "bool", [3], [true, false, false]);
    check(lax.reduceOr(b, [1]), "bool", [2], [true, true]);
    check(lax.reduceXor(b, [0]), "bool", [3], [false, true, true]);
    expect(lax.reduceXor(arr([true, true, true], "bool"), [0]).item()).toBe(true);
  });
  it("are bitwise on ints", () => {
    expect(lax.reduceAnd(arr([12, 10], "int32"), [0]).item()).toBe(8);
    expect(lax.reduceOr(arr([12, 10], "int32"), [0]).item()).toBe(14);
    expect(lax.reduceXor(arr([12, 10, 1], "int32"), [0]).item()).toBe(7);
    expect(lax.reduceAnd(arr([0xf0f0f0f0, 0xff00ff00], "uint32"), [0]).item()).toBe(4026593280);
    expect(lax.reduceOr(arr([-128, 1], "int8"), [0]).item()).toBe(-127);
    expect(lax.reduceXor(arr([-1, 1], "int16"), [0]).item()).toBe(-2);
    withX64(true, () => {
      expect(lax.reduceXor(arr([2n ** 63n + 1n, 3n], "uint64"), [0]).item()).toBe(9223372036854775810n);
      expect(lax.reduceAnd(lax.broadcastInDim(arr(0n, "uint64"), [0], []), [0]).item()).toBe(2n ** 64n - 1n);
    });
  });
  it("give all-ones / zero identities when empty", () => {
    const e = (d: DType) => lax.broadcastInDim(arr(0, d), [0], []);
    expect(lax.reduceAnd(e("bool"), [0]).item()).toBe(true);
    expect(lax.reduceAnd(e("int8"), [0]).item()).toBe(-1);
    expect(lax.reduceAnd(e("uint8"), [0]).item()).toBe(255);
    expect(lax.reduceOr(e("uint8"), [0]).item()).toBe(0);
    expect(lax.reduceXor(e("bool"), [0]).item()).toBe(false);
  });
  it("reject floats", () => {
    expect(() => lax.reduceAnd(arr([1], "float32"), [0])).toThrow(DTypeError);
    expect(() => lax.reduceXor(arr([1], "bfloat16"), [0])).toThrow(/integer or bool/);
  });
});

describe("argmax / argmin", () => {
  const y = arr([[3, 7, 7], [9, 1, 9]], "float32");
  it("return the first index of the extreme", () => {
    check(lax.argmax(y, 1, "int32"), "int32", [2], [1, 0]);
    check(lax.argmax(y, 0, "int32"), "int32", [3], [1, 0, 1]);
    check(lax.argmin(y, 1, "int16"), "int16", [2], [0, 1]);
    check(lax.argmin(y, 0, "uint8"), "uint8", [3], [0, 1, 0]);
    check(lax.argmax(y, -1, "int32"), "int32", [2], [1, 0]);
  });
  it("treat NaN as the extreme (first NaN wins), -0 equal to +0", () => {
    expect(lax.argmax(arr([1, NaN, 3, NaN, -1], "float32"), 0, "int32").item()).toBe(1);
    expect(lax.argmin(arr([1, NaN, 3, NaN, -1], "float32"), 0, "int32").item()).toBe(1);
    expect(lax.argmax(arr([Infinity, NaN], "float32"), 0, "int32").item()).toBe(1);
    expect(lax.argmin(arr([-Infinity, 2], "float16"), 0, "int32").item()).toBe(0);
    expect(lax.argmax(arr([0, -0], "float32"), 0, "int32").item()).toBe(0);
    expect(lax.argmax(arr([-0, 0], "float32"), 0, "int32").item()).toBe(0);
    expect(lax.argmax(arr([-Infinity, -Infinity], "bfloat16"), 0, "int32").item()).toBe(0);
  });
  it("work on bool and exact 64-bit ints, wrapping the index dtype", () => {
    const b = arr([[true, false, true], [true, true, false]], "bool");
    check(lax.argmax(b, 1, "int32"), "int32", [2], [0, 0]);
    check(lax.argmin(b, 1, "int32"), "int32", [2], [1, 2]);
    // 300 positions: index 299 wraps to 43 in int8/uint8, as in JAX.
    expect(lax.argmax(lax.iota("float32", 300), 0, "uint8").item()).toBe(43);
    expect(lax.argmin(lax.rev(lax.iota("float32", 300), [0]), 0, "int8").item()).toBe(43);
    withX64(true, () => {
      const big = arr([2n ** 60n + 1n, 2n ** 60n + 2n, 2n ** 60n], "int64");
      check(lax.argmax(big, 0, "int64"), "int64", [], 1n);
      check(lax.argmin(big, 0, "int32"), "int32", [], 2);
    });
  });
  it("validate axis, emptiness and index dtype", () => {
    expect(lax.argmax(lax.broadcastInDim(arr(0, "float32"), [0, 3], []), 1, "int32").shape).toEqual([0]);
    expect(() => lax.argmax(lax.broadcastInDim(arr(0, "float32"), [0, 3], []), 0, "int32")).toThrow(/non-empty/);
    expect(() => lax.argmax(y, 2, "int32")).toThrow(ShapeError);
    expect(() => lax.argmax(y, 0, "float32")).toThrow(DTypeError);
    expect(() => lax.argmin(y, 0, "nope" as DType)).toThrow(DTypeError);
    expect(() => lax.argmaxP.abstractEval([y.aval], { axes: [0, 1], indexDType: "int32" })).toThrow(/exactly one axis/);
    expect(lax.argmax(lax.broadcastInDim(2.5, [3], []), 0, "int32").weakType).toBe(false);
  });
});
