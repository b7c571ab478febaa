// np joining/splitting: concatenate, stack family, split family, append, delete.
// Expected values and dtypes are those jax 0.10 printed (see comments).
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { IndexError, ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const iota = (shape: number[], dtype: np.DType = "int32") => {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.array(Array.from({ length: n }, (_, i) => i), { dtype }), shape);
};

describe("np.concatenate", () => {
  it("joins along an axis, negative axes too", () => {
    const x = iota([2, 2]);
    expect(np.concatenate([x, x], { axis: -1 }).toArray()).toEqual([[0, 1, 0, 1], [2, 3, 2, 3]]);
    expect(np.concatenate([x, iota([1, 2])]).toArray()).toEqual([[0, 1], [2, 3], [0, 1]]);
    expect(np.concat([x, x]).shape).toEqual([4, 2]);
  });
  it("promotes dtypes as jnp (int8+uint8 -> int16; int8+float32 -> float32)", () => {
    expect(np.concatenate([np.array([1, 2], { dtype: "int8" }), np.array([3], { dtype: "uint8" })]).dtype).toBe("int16");
    expect(np.concatenate([np.array([1, 2], { dtype: "int8" }), np.ones([2])]).dtype).toBe("float32");
    expect(np.concatenate([np.array([true]), np.array([false])]).dtype).toBe("bool");
    expect(np.concatenate([np.array([1], { dtype: "bfloat16" }), np.array([1], { dtype: "float16" })]).dtype).toBe("float32");
    withX64(true, () => {
      const r = np.concatenate([np.array([1], { dtype: "uint32" }), np.array([-1], { dtype: "int32" })]);
      expect(r.dtype).toBe("int64");
      expect(r.toArray()).toEqual([1n, -1n]);
    });
  });
  it("axis null flattens; empty parts are fine", () => {
    expect(np.concatenate([np.ones([2]), np.ones([3])], { axis: null }).shape).toEqual([5]);
    expect(np.concatenate([iota([2, 2]), iota([1, 3])], { axis: null }).toArray()).toEqual([0, 1, 2, 3, 0, 1, 2]);
    expect(np.concatenate([np.zeros([0, 2]), np.ones([1, 2])]).shape).toEqual([1, 2]);
  });
  it("errors like jnp", () => {
    expect(() => np.concatenate([])).toThrow(/at least one array/);
    expect(() => np.concatenate([np.array(1), np.array(2)])).toThrow(/zero-dimensional/);
    expect(() => np.concatenate([np.ones([2, 2]), np.ones([3, 3])])).toThrow(ShapeError);
    expect(() => np.concatenate([np.ones([2]), np.ones([2])], { axis: 1 })).toThrow(ShapeError);
  });
});

describe("stack family", () => {
  it("stack adds a new axis", () => {
    const x = iota([2, 3]);
    expect(np.stack([x, x], { axis: -1 }).shape).toEqual([2, 3, 2]);
    expect(np.stack([x, x]).shape).toEqual([2, 2, 3]);
    expect(np.stack([1, 2]).dtype).toBe("int32"); // jnp.stack([1, 2]).dtype == int32
    expect(np.stack([1, 2.5]).dtype).toBe("float32");
    expect(np.stack([np.array(1), np.array(2)]).toArray()).toEqual([1, 2]);
    expect(() => np.stack([np.ones([2]), np.ones([3])])).toThrow(/same shape/);
    expect(() => np.stack([])).toThrow(ValueError);
    expect(() => np.stack([x], { axis: 3 })).toThrow(ShapeError);
  });
  it("hstack/vstack/dstack/columnStack", () => {
    const a = np.array([1, 2], { dtype: "int32" });
    const b = np.array([3, 4], { dtype: "int32" });
    expect(np.hstack([a, b]).toArray()).toEqual([1, 2, 3, 4]);
    expect(np.hstack([iota([2, 1]), iota([2, 2])]).toArray()).toEqual([[0, 0, 1], [1, 2, 3]]);
    expect(np.vstack([a, b]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(np.rowStack([a, b]).shape).toEqual([2, 2]);
    expect(np.dstack([a, b]).toArray()).toEqual([[[1, 3], [2, 4]]]);
    expect(np.columnStack([a, b]).toArray()).toEqual([[1, 3], [2, 4]]);
    expect(np.columnStack([iota([2, 2]), a]).toArray()).toEqual([[0, 1, 1], [2, 3, 2]]);
    expect(np.hstack([1, 2.5]).weakType).toBe(true); // jnp.hstack([1, 2.5]).weak_type == True
  });
});

describe("split family", () => {
  const show = (xs: np.Array[]) => xs.map((x) => x.toArray());
  it("split into equal sections or at indices", () => {
    expect(show(np.split(iota([6]), 3))).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(show(np.split(iota([5]), [2, 3]))).toEqual([[0, 1], [2], [3, 4]]);
    expect(show(np.split(iota([2, 4]), 2, { axis: -1 }))).toEqual([[[0, 1], [4, 5]], [[2, 3], [6, 7]]]);
    expect(() => np.split(iota([7]), 3)).toThrow(/equal division/);
    expect(() => np.split(iota([7]), 0)).toThrow(ValueError);
    expect(() => np.split(np.array(1), 1)).toThrow(ShapeError);
  });
  it("indices follow NumPy slicing (negative, clipped, decreasing)", () => {
    // np.split(np.arange(5), [-2]) / [3, 1] / [2, 7]
    expect(show(np.split(iota([5]), [-2]))).toEqual([[0, 1, 2], [3, 4]]);
    expect(show(np.split(iota([5]), [3, 1]))).toEqual([[0, 1, 2], [], [1, 2, 3, 4]]);
    expect(show(np.split(iota([5]), [2, 7]))).toEqual([[0, 1], [2, 3, 4], []]);
  });
  it("arraySplit gives the first sections one more", () => {
    expect(show(np.arraySplit(iota([7]), 3))).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
    expect(show(np.arraySplit(iota([2]), 3))).toEqual([[0], [1], []]);
  });
  it("hsplit/vsplit/dsplit", () => {
    expect(show(np.hsplit(iota([4]), 2))).toEqual([[0, 1], [2, 3]]);
    expect(np.hsplit(iota([2, 4]), 2)[1].toArray()).toEqual([[2, 3], [6, 7]]);
    expect(np.vsplit(iota([2, 4]), 2)[1].toArray()).toEqual([[4, 5, 6, 7]]);
    expect(np.dsplit(iota([1, 1, 4]), [1])[1].shape).toEqual([1, 1, 3]);
    expect(() => np.vsplit(iota([4]), 2)).toThrow(ShapeError);
    expect(() => np.dsplit(iota([2, 2]), 2)).toThrow(ShapeError);
  });
});

describe("append / delete", () => {
  it("append flattens without an axis", () => {
    expect(np.append(iota([2, 2]), np.array([9], { dtype: "int32" })).toArray()).toEqual([0, 1, 2, 3, 9]);
    expect(np.append(iota([1, 2]), iota([1, 2]), { axis: 0 }).toArray()).toEqual([[0, 1], [0, 1]]);
    expect(np.append(np.array([1], { dtype: "uint8" }), np.array([2], { dtype: "int8" })).dtype).toBe("int16");
  });
  it("delete removes indices", () => {
    expect(np.delete(iota([2, 3]), [0, 2], { axis: 1 }).toArray()).toEqual([[1], [4]]);
    expect(np.delete(iota([5]), -1).toArray()).toEqual([0, 1, 2, 3]);
    expect(np.delete(iota([2, 2]), 1).toArray()).toEqual([0, 2, 3]);
    expect(np.delete(iota([3]), [0, 1, 2]).shape).toEqual([0]);
    expect(() => np.delete(iota([3]), 3)).toThrow(IndexError);
    expect(() => np.delete(iota([3]), 1.5)).toThrow(ValueError);
  });
});
