// np sort/argsort/lexsort/partition/argpartition/searchsorted against values
// printed by jax 0.10 for the same calls.
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const i32 = (v: number[] | number[][]) => np.array(v, { dtype: "int32" });

describe("np.sort / np.argsort", () => {
  it("sorts along the last axis by default; NaN last, -0 == +0 kept stable", () => {
    const s = np.sort(np.array([3, NaN, 1, -0, 0, 2]));
    const v = Array.from(s.toTypedArray() as Float32Array);
    expect(v.slice(0, 5)).toEqual([-0, 0, 1, 2, 3]);
    expect(Object.is(v[0], -0)).toBe(true);
    expect(Number.isNaN(v[5])).toBe(true);
    expect(np.sort(i32([[3, 1], [0, 2]])).toArray()).toEqual([[1, 3], [0, 2]]);
    expect(np.sort(i32([[3, 1], [0, 2]]), { axis: 0 }).toArray()).toEqual([[0, 1], [3, 2]]);
    expect(np.sort(i32([[3, 1], [0, 2]]), { axis: null }).toArray()).toEqual([0, 1, 2, 3]);
    expect(np.sort(i32([3, 1, 2]), { descending: true }).toArray()).toEqual([3, 2, 1]);
  });
  it("every dtype family", () => {
    for (const d of ["bool", "int8", "uint8", "int16", "uint32", "float16", "bfloat16", "float32"] as const) {
      const r = np.sort(np.array([1, 0, 1, 0], { dtype: d }));
      expect(r.dtype).toBe(d);
      expect((r.toArray() as unknown[]).map(Number)).toEqual([0, 0, 1, 1]);
    }
    expect(np.sort(np.array([200, 3, 255], { dtype: "uint8" })).toArray()).toEqual([3, 200, 255]);
    expect(np.sort(np.array([-128, 127, 0], { dtype: "int8" })).toArray()).toEqual([-128, 0, 127]);
    withX64(true, () => {
      const r = np.sort(np.array([3n, -(2n ** 62n), 1n], { dtype: "int64" }));
      expect(r.toArray()).toEqual([-(2n ** 62n), 1n, 3n]);
      expect(np.argsort(np.array([2, 1])).dtype).toBe("int64");
    });
  });
  it("argsort: stable, descending keeps ties in order (jnp: [0 2 1 3] / unstable [0 2 3 1])", () => {
    expect(np.argsort(i32([3, 1, 2, 1])).toArray()).toEqual([1, 3, 2, 0]);
    expect(np.argsort(i32([3, 1, 2, 1]), { descending: true }).toArray()).toEqual([0, 2, 1, 3]);
    expect(np.argsort(i32([3, 1, 2, 1])).dtype).toBe("int32");
    expect(np.argsort(np.array([NaN, 1, -1])).toArray()).toEqual([2, 1, 0]);
    expect(np.argsort(i32([[3, 1], [0, 2]]), { axis: 0 }).toArray()).toEqual([[1, 0], [0, 1]]);
    expect(np.argsort(np.zeros([0])).shape).toEqual([0]);
  });
  it("errors", () => {
    expect(() => np.sort(np.array(1))).toThrow(ShapeError);
    expect(np.sort(np.array(1), { axis: null }).toArray()).toEqual([1]);
    expect(() => np.sort(i32([1, 2]), { axis: 1 })).toThrow(ShapeError);
  });
});

describe("np.lexsort", () => {
  it("sorts by the last key first (jnp: [2 3 0 1])", () => {
    expect(np.lexsort([i32([1, 2, 1, 2]), i32([3, 3, 1, 1])]).toArray()).toEqual([2, 3, 0, 1]);
    expect(np.lexsort([np.array([0.5, 0.1]), np.array([true, true])]).toArray()).toEqual([1, 0]);
    expect(np.lexsort([i32([[1, 0], [0, 1]])], { axis: 0 }).toArray()).toEqual([[1, 0], [0, 1]]);
    expect(() => np.lexsort([])).toThrow(ValueError);
    expect(() => np.lexsort([i32([1]), i32([1, 2])])).toThrow(ShapeError);
  });
});

describe("np.partition / np.argpartition", () => {
  it("matches jnp ([0 1 2 5 4 3] and [5 1 3 0 2 4])", () => {
    const x = i32([5, 1, 4, 2, 3, 0]);
    expect(np.partition(x, 2).toArray()).toEqual([0, 1, 2, 5, 4, 3]);
    expect(np.argpartition(x, 2).toArray()).toEqual([5, 1, 3, 0, 2, 4]);
    expect(np.partition(x, -1).toArray()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(np.partition(np.array([5, 1, 4], { dtype: "uint8" }), 0).toArray()).toEqual([1, 5, 4]);
    expect(np.partition(i32([[3, 1, 2], [0, 5, 4]]), 1, { axis: 1 }).toArray()).toEqual([[1, 2, 3], [0, 4, 5]]);
    expect(np.partition(i32([[3, 1], [0, 5]]), 0, { axis: 0 }).toArray()).toEqual([[0, 1], [3, 5]]);
    expect(() => np.partition(x, 6)).toThrow(ShapeError);
  });
});

describe("np.searchsorted", () => {
  it("left/right with NaN last (jnp: [1 4 0 4] and [3 5 0 4])", () => {
    expect(np.searchsorted(np.array([1, 2, 2, 3]), np.array([2, NaN, 0, 5])).toArray()).toEqual([1, 4, 0, 4]);
    expect(np.searchsorted(np.array([1, 2, 2, 3, NaN]), np.array([2, NaN, 0, 5]), { side: "right" }).toArray()).toEqual([3, 5, 0, 4]);
    const r = np.searchsorted(i32([1, 3, 5]), 4);
    expect(r.shape).toEqual([]);
    expect(r.dtype).toBe("int32");
    expect(r.toArray()).toBe(2);
    expect(np.searchsorted(i32([1, 3, 5]), i32([[0, 6], [3, 3]]), { side: "right" }).toArray()).toEqual([[0, 3], [2, 2]]);
    expect(np.searchsorted(np.zeros([0]), np.array([1, 2])).toArray()).toEqual([0, 0]);
  });
  it("sorter and promotion", () => {
    expect(np.searchsorted(i32([5, 1, 3]), i32([2, 4]), { sorter: i32([1, 2, 0]) }).toArray()).toEqual([1, 2]);
    expect(np.searchsorted(np.array([1, 2], { dtype: "uint8" }), np.array([1.5])).toArray()).toEqual([1]);
    expect(() => np.searchsorted(i32([[1, 2]]), 1)).toThrow(ShapeError);
    expect(() => np.searchsorted(i32([1, 2]), 1, { side: "middle" as "left" })).toThrow(ValueError);
  });
});
