// lax cumulative ops. Expected values were printed by JAX 0.10 (CPU) for the
// same inputs (`lax.cumsum(x, axis, reverse=...)` etc.).

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError } from "../../src/core/errors.js";

const arr = (v: unknown, dtype: DType): NDArray => np.array(v as never, { dtype });
const check = (a: NDArray, dtype: DType, shape: number[], values: unknown): void => {
  expect(a.dtype).toBe(dtype);
  expect(a.shape).toEqual(shape);
  expect(a.toArray()).toEqual(values);
};

describe("cumsum / cumprod / cummax / cummin", () => {
  const x = arr([[1.5, -2, 3], [4, 5.25, -6]], "float32");
  it("scan float32 along either axis, forward and reversed", () => {
    check(lax.cumsum(x), "float32", [2, 3], [[1.5, -2, 3], [5.5, 3.25, -3]]);
    check(lax.cumsum(x, 1), "float32", [2, 3], [[1.5, -0.5, 2.5], [4, 9.25, 3.25]]);
    check(lax.cumsum(x, -1, true), "float32", [2, 3], [[2.5, 1, 3], [3.25, -0.75, -6]]);
    check(lax.cumprod(x, 0), "float32", [2, 3], [[1.5, -2, 3], [6, -10.5, -18]]);
    check(lax.cumprod(x, 1), "float32", [2, 3], [[1.5, -3, -9], [4, 21, -126]]);
    check(lax.cumprod(x, 1, true), "float32", [2, 3], [[-9, -6, 3], [-126, -31.5, -6]]);
    check(lax.cummax(x, 1), "float32", [2, 3], [[1.5, 1.5, 3], [4, 5.25, 5.25]]);
    check(lax.cummax(x, 1, true), "float32", [2, 3], [[3, 3, 3], [5.25, 5.25, -6]]);
    check(lax.cummin(x, 0), "float32", [2, 3], [[1.5, -2, 3], [1.5, -2, -6]]);
    check(lax.cummin(x, 1, true), "float32", [2, 3], [[-2, -2, 3], [-6, -6, -6]]);
  });
  it("round float32 partial sums like XLA", () => {
    const t = Array(5).fill(0.1);
    expect(lax.cumsum(arr(t, "float32")).toArray()).toEqual([0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645, 0.5]);
    expect(lax.cumsum(arr(t, "float32"), 0, true).toArray()).toEqual([0.5, 0.4000000059604645, 0.30000001192092896, 0.20000000298023224, 0.10000000149011612]);
  });
  it("accumulate 16-bit floats in float32, rounding each output once (also when reversed)", () => {
    const big = [2048, 1, 1, 1, 1, 1, 1, 1, 1];
    const p = [1.1, 1.1, 1.1, 1.1, 1.1, 3.3];
    expect(lax.cumsum(arr(big, "float16")).toArray()).toEqual([2048, 2048, 2050, 2052, 2052, 2052, 2054, 2056, 2056]);
    expect(lax.cumsum(arr(big, "float16"), 0, true).toArray()).toEqual([2056, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(lax.cumsum(arr(big, "bfloat16")).toArray()).toEqual(Array(9).fill(2048));
    expect(lax.cumsum(arr(big, "bfloat16"), 0, true).toArray()).toEqual([2048, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(lax.cumprod(arr(p, "float16"), 0, true).toArray()).toEqual([5.3046875, 4.82421875, 4.38671875, 3.990234375, 3.62890625, 3.30078125]);
    expect(lax.cumprod(arr(p, "bfloat16"), 0, true).toArray()).toEqual([5.34375, 4.84375, 4.40625, 4, 3.625, 3.296875]);
  });
  it("propagate NaN", () => {
    const y = arr([1, NaN, 3, -1], "float32");
    const v = (a: NDArray) => (a.toArray() as number[]).map((e) => (Number.isNaN(e) ? "nan" : e));
    expect(v(lax.cummax(y))).toEqual([1, "nan", "nan", "nan"]);
    expect(v(lax.cummin(y, 0, true))).toEqual(["nan", "nan", -1, -1]);
    expect(v(lax.cumsum(y, 0, true))).toEqual(["nan", "nan", 2, -1]);
  });
  it("wrap integers in their dtype", () => {
    check(lax.cumsum(arr([100, 100, 100], "int8")), "int8", [3], [100, -56, 44]);
    check(lax.cumprod(arr([100, 100, 100], "uint8")), "uint8", [3], [100, 16, 64]);
    check(lax.cumprod(arr([65536, 65536, 3], "int32")), "int32", [3], [65536, 0, 0]);
    check(lax.cumsum(arr([4e9, 4e9], "uint32")), "uint32", [2], [4000000000, 3705032704]);
    check(lax.cummax(arr([3, 1, 4, 1, 5], "int16")), "int16", [5], [3, 3, 4, 4, 5]);
    check(lax.cummin(arr([3, 1, 4, 1, 5], "uint8"), 0, true), "uint8", [5], [1, 1, 1, 1, 5]);
  });
  it("are exact for 64-bit dtypes", () =>
    withX64(true, () => {
      check(lax.cumsum(arr([2n ** 62n, 2n ** 62n, 1n], "int64")), "int64", [3], [4611686018427387904n, -9223372036854775808n, -9223372036854775807n]);
      check(lax.cumprod(arr([2n ** 32n, 2n ** 32n, 5n], "uint64")), "uint64", [3], [4294967296n, 0n, 0n]);
      check(lax.cummax(arr([2n ** 60n + 1n, 2n ** 60n, 2n ** 60n + 3n], "int64")), "int64", [3], [1152921504606846977n, 1152921504606846977n, 1152921504606846979n]);
      check(lax.cumsum(arr([0.1, 0.2, 0.3], "float64")), "float64", [3], [0.1, 0.30000000000000004, 0.6000000000000001]);
    }));
  it("handle 0-size axes and keep weak types", () => {
    const e = lax.broadcastInDim(arr(0, "float32"), [2, 0], []);
    check(lax.cumsum(e, 1), "float32", [2, 0], [[], []]);
    check(lax.cummax(e, 0), "float32", [2, 0], [[], []]);
    expect(lax.cumsum(lax.broadcastInDim(1.5, [2], [])).weakType).toBe(true);
  });
  it("reject bool, 0-d and bad axes", () => {
    expect(() => lax.cumsum(arr([true], "bool"))).toThrow(DTypeError);
    expect(() => lax.cummax(arr([true], "bool"))).toThrow(/numeric/);
    expect(() => lax.cumsum(arr(3, "float32"))).toThrow(ShapeError);
    expect(() => lax.cumprod(x, 2)).toThrow(/out of bounds/);
    expect(() => lax.cumsumP.abstractEval([x.aval], { axis: -1, reverse: false })).toThrow(ShapeError);
  });
});

describe("cumlogsumexp", () => {
  it("matches JAX's per-op rounding in float32", () => {
    const x = arr([[1.5, -2, 3], [4, 5.25, -6]], "float32");
    check(lax.cumlogsumexp(x, 1), "float32", [2, 3], [[1.5, 1.5297504663467407, 3.206907033920288], [4, 5.50192928314209, 5.501939296722412]]);
    check(lax.cumlogsumexp(x, 0, true), "float32", [2, 3], [[4.078889846801758, 5.2507100105285645, 3.0001235008239746], [4, 5.25, -6]]);
    expect(lax.cumlogsumexp(arr([1, 2, -Infinity, 3], "float32")).toArray()).toEqual([1, 2.3132617473602295, 2.3132617473602295, 3.4076061248779297]);
    expect(lax.cumlogsumexp(arr([-Infinity, -Infinity, Infinity, 1], "float32")).toArray()).toEqual([-Infinity, -Infinity, Infinity, Infinity]);
  });
  it("works for 16-bit floats and float64", () => {
    expect(lax.cumlogsumexp(arr([1, 2, 3], "float16")).toArray()).toEqual([1, 2.3125, 3.408203125]);
    expect(lax.cumlogsumexp(arr([1, 2, 3], "float16"), 0, true).toArray()).toEqual([3.408203125, 3.3125, 3]);
    expect(lax.cumlogsumexp(arr([1, 2, 3], "bfloat16")).toArray()).toEqual([1, 2.3125, 3.40625]);
    withX64(true, () => {
      expect(lax.cumlogsumexp(arr([0, 0, 0], "float64")).toArray()).toEqual([0, 0.6931471805599453, 1.0986122886681096]);
    });
  });
  it("rejects integers", () => {
    expect(() => lax.cumlogsumexp(arr([1, 2], "int32"))).toThrow(DTypeError);
    expect(() => lax.cumlogsumexp(arr([1, 2], "int32"))).toThrow(/floating/);
  });
});
