// np.index / np.s / string slices / masks / advanced-axis placement, np.take
// and np.takeAlongAxis. Expected values were printed by JAX 0.10 (jax.numpy)
// unless computed in the test.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, IndexError, ShapeError, ValueError } from "../../src/core/errors.js";
import { Slice } from "../../src/core/array-types.js";

const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });
const x234 = () => np.arange(24).reshape([2, 3, 4]);

describe("np.s and string slices", () => {
  it("builds slices and validates them", () => {
    expect(np.s(1, null, 2)).toEqual(new Slice(1, null, 2));
    expect(String(np.s(null, -1))).toBe(":-1");
    expect(() => np.s(0, 3, 0)).toThrow(ValueError);
    expect(() => np.s(0.5)).toThrow(IndexError);
    expect(() => np.index(np.arange(3), "1:2:0")).toThrow(/step cannot be zero/);
    expect(() => np.index(np.arange(3), "a:b")).toThrow(IndexError);
    expect(() => np.index(np.arange(3), "1:2:3:4")).toThrow(IndexError);
  });
});

describe("np.index: basic indexing", () => {
  it("ints, negative steps, strings and np.s (JAX values)", () => {
    const x = x234();
    const y = np.index(x, 1, "::-1", np.s(null, null, 2));
    expect(y.dtype).toBe("int32");
    expect(y.toArray()).toEqual([[20, 22], [16, 18], [12, 14]]);
    expect(np.index(x, "...", -1).toArray()).toEqual([[3, 7, 11], [15, 19, 23]]);
    expect(np.index(x, -1, "-2:", "1:3").toArray()).toEqual([[17, 18], [21, 22]]);
    expect(np.index(x, ":", "3:1:-1", "-1:-5:-2").toArray()).toEqual([[[11, 9]], [[23, 21]]]);
    expect(np.index(x, ":", "10:", ":").shape).toEqual([2, 0, 4]);
    expect(np.index(x, "...", null).shape).toEqual([2, 3, 4, 1]);
    expect(np.index(x, null, 1, null).shape).toEqual([1, 1, 3, 4]);
    expect(np.index(x).shape).toEqual([2, 3, 4]);
    expect(np.index(x, 1, 2, 3).toArray()).toEqual(23);
    expect(x.index !== undefined).toBe(true);
  });

  it("static ints out of range raise IndexError (NumPy); too many indices; two ellipses", () => {
    const x = x234();
    expect(() => np.index(x, 2)).toThrow(/index 2 is out of bounds for axis 0 with size 2/);
    expect(() => np.index(x, 0, -4)).toThrow(IndexError);
    expect(() => np.index(x, 0, 0, 0, 0)).toThrow(/too many indices/);
    expect(() => np.index(x, "...", 0, "...")).toThrow(/single ellipsis/);
    expect(() => np.index(x, 0.5)).toThrow(IndexError);
    expect(() => np.index(x, np.array([0.0, 1.0]))).toThrow(/integer \(or boolean\)/);
    expect(() => np.index(x, {} as never)).toThrow(IndexError);
  });

  it("works for every dtype family", () => {
    for (const d of ["bool", "int8", "uint16", "float16", "bfloat16", "float32"] as const) {
      const a = np.array([0, 1, 2, 3], { dtype: d });
      const r = np.index(a, "::-2");
      expect(r.dtype).toBe(d);
      expect(r.toArray()).toEqual(d === "bool" ? [true, true] : [3, 1]);
      expect(np.index(a, i32([2, 0])).toArray()).toEqual(d === "bool" ? [true, false] : [2, 0]);
    }
    withX64(true, () => {
      const a = np.array([1n, 2n ** 60n, 3n], { dtype: "int64" });
      expect(np.index(a, np.array([1n], { dtype: "int64" })).toArray()).toEqual([2n ** 60n]);
      expect(np.index(np.array([0.5, 0.25], { dtype: "float64" }), -1).toArray()).toEqual(0.25);
    });
  });
});

describe("np.index: advanced indexing", () => {
  it("advanced axes land in place when adjacent, in front when separated (JAX values)", () => {
    const x = x234();
    expect(np.index(x, 0, ":", i32([0, 3])).toArray()).toEqual([[0, 4, 8], [3, 7, 11]]);
    const s = np.index(x, i32([0, 1]), null, i32([1, 2]));
    expect(s.shape).toEqual([2, 1, 4]);
    expect(s.toArray()).toEqual([[[4, 5, 6, 7]], [[20, 21, 22, 23]]]);
    const b = np.index(x, ":", i32([[0], [2]]), i32([1, 3]));
    expect(b.shape).toEqual([2, 2, 2]);
    expect(b.toArray()).toEqual([[[1, 3], [9, 11]], [[13, 15], [21, 23]]]);
    expect(np.index(x, i32([[0], [1]]), "...", i32([1, 2, 3])).shape).toEqual([2, 3, 3]);
    expect(np.index(x, null, 1, null, i32([0, 2])).shape).toEqual([2, 1, 1, 4]);
    expect(np.index(x, 1, null, [1, 2]).shape).toEqual([2, 1, 4]);
    expect(np.index(x, [1, 0], [2, 2], [3, 0]).toArray()).toEqual([23, 8]);
  });

  it("out-of-range array indices clamp; negatives wrap (JAX: [4, 4, 0])", () => {
    expect(np.index(np.arange(5), i32([10, -1, -7])).toArray()).toEqual([4, 4, 0]);
    expect(np.index(np.arange(5), np.array([7, 1], { dtype: "uint8" })).toArray()).toEqual([4, 1]);
    expect(np.index(np.arange(5), [] as number[]).shape).toEqual([0]);
  });

  it("boolean masks and scalars (JAX values)", () => {
    const x = x234();
    expect(np.index(x, np.array([[true, false, true], [false, true, false]])).toArray()).toEqual([[0, 1, 2, 3], [8, 9, 10, 11], [16, 17, 18, 19]]);
    expect(np.index(x, 1, [true, false, true]).toArray()).toEqual([[12, 13, 14, 15], [20, 21, 22, 23]]);
    expect(np.index(x, true).shape).toEqual([1, 2, 3, 4]);
    expect(np.index(x, false).shape).toEqual([0, 2, 3, 4]);
    expect(np.index(x, 0, true, 1).toArray()).toEqual([[4, 5, 6, 7]]);
    expect(() => np.index(x, [true, false, true])).toThrow(/boolean index did not match/);
    expect(() => np.index(x, i32([0, 1]), i32([0, 1, 2]))).toThrow(/could not be broadcast/);
  });
});

describe("np.take / np.takeAlongAxis", () => {
  it("take: fill (default), clip, wrap (JAX values)", () => {
    const x = np.array([0, 1, 2, 3, 4]);
    expect(np.take(x, [10, -1, -6]).toArray()).toEqual([NaN, 4, NaN]);
    expect(np.take(x, [10, -1, -6], { mode: "clip" }).toArray()).toEqual([4, 0, 0]);
    expect(np.take(x, [7, -1, -6], { mode: "wrap" }).toArray()).toEqual([2, 4, 4]);
    expect(np.take(np.arange(5), [9], { fillValue: -1 }).toArray()).toEqual([-1]);
    expect(np.take(np.arange(5), [9]).toArray()).toEqual([-2147483648]);
    const m = np.arange(12).reshape([3, 4]);
    expect(np.take(m, [[0, 2]], { axis: 1 }).toArray()).toEqual([[[0, 2]], [[4, 6]], [[8, 10]]]);
    expect(np.take(m, 5).toArray()).toEqual(5);
    expect(() => np.take(m, [1.5])).toThrow(DTypeError);
    expect(() => np.take(m, [1], { axis: 2 })).toThrow(ShapeError);
    expect(() => np.take(m, [1], { mode: "raise" as never })).toThrow(ValueError);
  });

  it("takeAlongAxis: broadcasting, fill, clip (JAX values)", () => {
    const a = np.arange(12).reshape([3, 4]);
    expect(np.takeAlongAxis(a, i32([[0], [3], [9]]), 1).toArray()).toEqual([[0], [7], [-2147483648]]);
    expect(np.takeAlongAxis(a, i32([[0], [3], [-1]]), 1).toArray()).toEqual([[0], [7], [11]]);
    expect(np.takeAlongAxis(a, i32([[0, 1, 2, 0]]), 0).toArray()).toEqual([[0, 5, 10, 3]]);
    expect(np.takeAlongAxis(a, i32([5, 0]), null).toArray()).toEqual([5, 0]);
    expect(np.takeAlongAxis(a, i32([[-1], [5], [-9]]), 1, { mode: "clip" }).toArray()).toEqual([[3], [7], [8]]);
    expect(np.takeAlongAxis(a, i32([[1]]), 0).toArray()).toEqual([[4, 5, 6, 7]]);
    expect(np.takeAlongAxis(np.ones([1, 4]), i32([[0, 0], [0, 0], [0, 0]]), 1).shape).toEqual([3, 2]);
    expect(np.takeAlongAxis(np.array([[1.5, 2.5]]), i32([[3]]), 1).toArray()).toEqual([[NaN]]);
    expect(() => np.takeAlongAxis(a, i32([1, 2]), 0)).toThrow(/same number of dimensions/);
    expect(() => np.takeAlongAxis(a, np.array([[1]]), 0)).toThrow(DTypeError);
  });
});
