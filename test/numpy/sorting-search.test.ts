// np where/select/piecewise/nonzero/argwhere/flatnonzero/compress/extract
// against values printed by jax 0.10 for the same calls.
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const i32 = (v: number[] | number[][]) => np.array(v, { dtype: "int32" });
const vals = (xs: np.Array[]) => xs.map((x) => x.toArray());

describe("np.where", () => {
  it("three arguments promote and broadcast", () => {
    const r = np.where(np.array([true, false]), 1, np.array([5, 6], { dtype: "int8" }));
    expect(r.dtype).toBe("int8");
    expect(r.toArray()).toEqual([1, 6]);
    expect(np.where(i32([0, 2]), 1.5, i32([[7, 7], [8, 8]])).toArray()).toEqual([[7, 1.5], [8, 1.5]]);
    expect(np.where(true, np.array([1], { dtype: "uint8" }), np.array([2], { dtype: "int8" })).dtype).toBe("int16");
    expect(np.where(np.zeros([0], { dtype: "bool" }), 1, 2).shape).toEqual([0]);
    expect(() => np.where(np.array([true, false]), np.ones([3]), np.ones([2]))).toThrow(ShapeError);
  });
  it("one argument is nonzero", () => {
    expect(vals(np.where(i32([[0, 1], [2, 0]])))).toEqual([[0, 1], [1, 0]]);
    expect(vals(np.where(i32([0, 1]), { size: 2, fillValue: 9 }))).toEqual([[1, 9]]);
  });
});

describe("np.nonzero / argwhere / flatnonzero", () => {
  it("row-major indices; size and fillValue (jnp: ([0 1 -1], [1 0 -1]))", () => {
    expect(vals(np.nonzero(i32([[0, 1], [2, 0]]), { size: 3, fillValue: -1 }))).toEqual([[0, 1, -1], [1, 0, -1]]);
    expect(vals(np.nonzero(i32([[0, 1], [2, 0]]), { size: 1 }))).toEqual([[0], [1]]);
    expect(vals(np.nonzero(i32([[0, 1], [2, 0]]), { size: 3 }))).toEqual([[0, 1, 0], [1, 0, 0]]);
    expect(vals(np.nonzero(i32([[0, 1], [2, 0]]), { size: 3, fillValue: [7, 8] }))).toEqual([[0, 1, 7], [1, 0, 8]]);
    expect(vals(np.nonzero(np.array([NaN, 0, -0, 0.5])))).toEqual([[0, 3]]);
    expect(vals(np.nonzero(np.array([true, false, true])))).toEqual([[0, 2]]);
    expect(np.nonzero(np.zeros([0, 2]))[1].shape).toEqual([0]);
    expect(np.nonzero(i32([1]))[0].dtype).toBe("int32");
    withX64(true, () => expect(np.nonzero(i32([1]))[0].dtype).toBe("int64"));
    expect(() => np.nonzero(np.array(1))).toThrow(ShapeError);
    expect(() => np.nonzero(i32([1]), { size: -1 })).toThrow(ValueError);
    expect(() => np.nonzero(i32([[1]]), { fillValue: [1, 2, 3] })).toThrow(ValueError);
  });
  it("argwhere and flatnonzero (jnp: argwhere(3).shape (1,0), argwhere(0).shape (0,0))", () => {
    expect(np.argwhere(i32([[0, 1], [2, 0]])).toArray()).toEqual([[0, 1], [1, 0]]);
    expect(np.argwhere(np.array(3)).shape).toEqual([1, 0]);
    expect(np.argwhere(np.array(0)).shape).toEqual([0, 0]);
    expect(np.argwhere(i32([0, 5]), { size: 2, fillValue: -1 }).toArray()).toEqual([[1], [-1]]);
    expect(np.flatnonzero(i32([[0, 1], [2, 0]])).toArray()).toEqual([1, 2]);
  });
});

describe("np.select / np.piecewise", () => {
  it("select picks the first true condition (jnp: [1. 3. -1.])", () => {
    const r = np.select([np.array([true, false, false]), np.array([true, true, false])], [1, np.array([2, 3, 4])], { default: -1 });
    expect(r.dtype).toBe("float32");
    expect(r.toArray()).toEqual([1, 3, -1]);
    expect(np.select([np.array([false, true])], [i32([5, 6])]).toArray()).toEqual([0, 6]);
    expect(() => np.select([], [])).toThrow(ValueError);
    expect(() => np.select([np.array([true])], [])).toThrow(ValueError);
    expect(() => np.select([i32([1])], [i32([1])])).toThrow(/boolean/);
  });
  it("piecewise: last true condition wins, extra function is the default (jnp: [1. 7. 10. 20.])", () => {
    const x = np.array([-1, 0, 1, 2]);
    const r = np.piecewise(x, [np.less(x, 0), np.greater(x, 0)], [(v) => np.negative(v), (v) => np.multiply(v, 10), 7]);
    expect(r.toArray()).toEqual([1, 7, 10, 20]);
    const y = i32([1, 2, 3]);
    const s = np.piecewise(y, [np.greater(y, 0), np.greater(y, 1)], [(v) => np.multiply(v, 2.5), 0]);
    expect(s.dtype).toBe("int32");
    expect(s.toArray()).toEqual([2, 0, 0]);
    expect(np.piecewise(y, [np.greater(y, 5)], [1]).toArray()).toEqual([0, 0, 0]);
    expect(() => np.piecewise(y, [np.greater(y, 5)], [1, 2, 3])).toThrow(ValueError);
  });
});

describe("np.compress / np.extract", () => {
  it("select slices by a 1-D condition", () => {
    const x = i32([[1, 2, 3], [4, 5, 6]]);
    expect(np.compress(np.array([false, true, true]), x, { axis: 1 }).toArray()).toEqual([[2, 3], [5, 6]]);
    expect(np.compress(np.array([true]), x, { axis: 0 }).toArray()).toEqual([[1, 2, 3]]);
    expect(np.compress(np.array([false, true]), x).toArray()).toEqual([2]);
    expect(np.compress(np.array([true, false]), x, { axis: 0, size: 2 }).toArray()).toEqual([[1, 2, 3], [0, 0, 0]]);
    expect(() => np.compress(np.array([true]), x, { axis: 0, size: 2 })).toThrow(ValueError);
    expect(() => np.compress(np.array([[true]]), x)).toThrow(ShapeError);
    expect(() => np.compress(np.array([true, true, true]), x, { axis: 0 })).toThrow(/out of bounds/);
    expect(np.extract(np.greater(x, 2), x).toArray()).toEqual([3, 4, 5, 6]);
    expect(np.extract(np.greater(x, 2), x, { size: 6, fillValue: -9 }).toArray()).toEqual([3, 4, 5, 6, -9, -9]);
  });
});
