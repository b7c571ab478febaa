// Index helpers (ravel/unravel, tri/diag indices, fillDiagonal, ix).
// Expected values and dtypes were printed by JAX 0.10 (CPU).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { DTypeError, NotImplementedError, ValueError } from "../../src/core/errors.js";

const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });
const i8 = (x: unknown) => np.array(x as never, { dtype: "int8" });
const js = (xs: np.Array[]) => xs.map((x) => x.toArray());

describe("index tricks", () => {
  it("unravelIndex clamps out-of-range values as JAX", () => {
    expect(js(np.unravelIndex(i32([5, 13, -1, -20]), [3, 4]))).toEqual([[1, 2, 2, 0], [1, 3, 3, 0]]);
    expect(np.unravelIndex(i8([5]), [3, 4])[0].dtype).toBe("int8");
    expect(() => np.unravelIndex(np.array([1.5]), [3])).toThrow(DTypeError);
  });

  it("ravelMultiIndex with modes", () => {
    expect(np.ravelMultiIndex([i32([1, 2]), i32([3, 0])], [3, 4]).toArray()).toEqual([7, 8]);
    expect(np.ravelMultiIndex([i32([5, -1]), i32([3, 0])], [3, 4], { mode: "clip" }).toArray()).toEqual([11, 0]);
    expect(np.ravelMultiIndex([i32([5, -1]), i32([3, 0])], [3, 4], { mode: "wrap" }).toArray()).toEqual([11, 8]);
    expect(np.ravelMultiIndex([i8([1]), i8([1])], [3, 4]).dtype).toBe("int8");
    expect(() => np.ravelMultiIndex([i32([5]), i32([3])], [3, 4])).toThrow(/invalid entry/);
    expect(() => np.ravelMultiIndex([i32([1])], [3, 4])).toThrow(ValueError);
    expect(() => np.ravelMultiIndex([i8([1])], [300])).toThrow(ValueError);
  });

  it("tril/triu indices", () => {
    const t = np.trilIndices(3);
    expect(t[0].dtype).toBe("int32");
    expect(js(t)).toEqual([[0, 1, 1, 2, 2, 2], [0, 0, 1, 0, 1, 2]]);
    expect(js(np.triuIndices(3, { k: 1, m: 4 }))).toEqual([[0, 0, 0, 1, 1, 2], [1, 2, 3, 2, 3, 3]]);
    expect(js(np.trilIndicesFrom(np.zeros([2, 3]), { k: 1 }))).toEqual([[0, 0, 1, 1, 1], [0, 1, 0, 1, 2]]);
    expect(js(np.triuIndicesFrom(np.zeros([2, 2])))).toEqual([[0, 0, 1], [0, 1, 1]]);
    expect(() => np.trilIndicesFrom(np.zeros([2]))).toThrow(ValueError);
  });

  it("diagIndices, fillDiagonal", () => {
    expect(js(np.diagIndices(2, { ndim: 3 }))).toEqual([[0, 1], [0, 1], [0, 1]]);
    expect(np.diagIndices(2)[0].dtype).toBe("int32");
    expect(js(np.diagIndicesFrom(np.zeros([3, 3])))).toEqual([[0, 1, 2], [0, 1, 2]]);
    expect(() => np.diagIndicesFrom(np.zeros([2, 3]))).toThrow(ValueError);
    expect(np.fillDiagonal(np.zeros([3, 4]), np.array([1, 2])).toArray()).toEqual([[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 1, 0]]);
    const f = np.fillDiagonal(np.zeros([2, 2], { dtype: "int32" }), 2.7);
    expect(f.dtype).toBe("int32");
    expect(f.toArray()).toEqual([[2, 0], [0, 2]]);
    expect(() => np.fillDiagonal(np.zeros([2]), 1)).toThrow(ValueError);
    expect(() => np.fillDiagonal(np.zeros([2, 2]), 1, { wrap: true })).toThrow(NotImplementedError);
  });

  it("ix builds an open mesh", () => {
    const [a, b] = np.ix(i32([0, 1]), i32([2, 3, 4]));
    expect([a.shape, b.shape]).toEqual([[2, 1], [1, 3]]);
    expect(np.ix(i8([0, 1]))[0].dtype).toBe("int8");
    expect(() => np.ix(np.array([true]))).toThrow(NotImplementedError);
    expect(() => np.ix(i32([[0]]))).toThrow(ValueError);
  });
});
