// np.unique and the array-API unique* functions against jax 0.10's output.
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const i32 = (v: number[] | number[][]) => np.array(v, { dtype: "int32" });
const vals = (xs: np.Array | np.Array[]) => (Array.isArray(xs) ? xs.map((x) => x.toArray()) : xs.toArray());

describe("np.unique", () => {
  it("values, index, inverse, counts (jnp printed [1 2 3] [1 2 0] [2 0 1 0 2] [2 1 2])", () => {
    const x = i32([3, 1, 2, 1, 3]);
    expect(np.unique(x).toArray()).toEqual([1, 2, 3]);
    const r = np.unique(x, { returnIndex: true, returnInverse: true, returnCounts: true }) as np.Array[];
    expect(vals(r)).toEqual([[1, 2, 3], [1, 2, 0], [2, 0, 1, 0, 2], [2, 1, 2]]);
    expect(r.map((a) => a.dtype)).toEqual(["int32", "int32", "int32", "int32"]);
    const inv = np.unique(i32([[3, 1], [2, 1]]), { returnInverse: true }) as np.Array[];
    expect(inv[1].shape).toEqual([2, 2]);
  });
  it("size pads with the smallest value or fillValue; truncates (jnp)", () => {
    const x = i32([3, 1, 2, 1, 3]);
    expect(np.unique(x, { size: 5 }).toArray()).toEqual([1, 2, 3, 1, 1]);
    expect(vals(np.unique(x, { size: 5, fillValue: -1, returnCounts: true, returnIndex: true }))).toEqual([
      [1, 2, 3, -1, -1],
      [1, 2, 0, 1, 1],
      [2, 1, 2, 0, 0],
    ]);
    expect(vals(np.unique(x, { size: 2, returnCounts: true, returnInverse: true }))).toEqual([[1, 2], [2, 0, 1, 0, 2], [2, 1]]);
    expect(() => np.unique(np.zeros([0]), { size: 2 })).toThrow(ValueError);
    expect(np.unique(np.zeros([0]), { size: 2, fillValue: 4 }).toArray()).toEqual([4, 4]);
  });
  it("NaN and signed zeros (jnp: [-0. 1. nan]; equal_nan=False keeps each NaN)", () => {
    const u = Array.from(np.unique(np.array([NaN, 1, NaN, -0, 0])).toTypedArray() as Float32Array);
    expect(u.length).toBe(3);
    expect(Object.is(u[0], -0)).toBe(true);
    expect(u[1]).toBe(1);
    expect(Number.isNaN(u[2])).toBe(true);
    expect(np.unique(np.array([NaN, 1, NaN]), { equalNan: false }).shape).toEqual([3]);
  });
  it("along an axis", () => {
    const x = i32([[1, 2], [1, 2], [0, 5]]);
    expect(vals(np.unique(x, { axis: 0, returnCounts: true }))).toEqual([[[0, 5], [1, 2]], [1, 2]]);
    expect(np.unique(x, { axis: 0, size: 4, fillValue: 9 }).toArray()).toEqual([[0, 5], [1, 2], [9, 9], [9, 9]]);
    expect(vals(np.unique(x, { axis: 1, returnIndex: true }))).toEqual([[[1, 2], [1, 2], [0, 5]], [0, 1]]);
    expect((np.unique(x, { axis: 0, returnInverse: true }) as np.Array[])[1].toArray()).toEqual([1, 1, 0]);
  });
  it("dtype families and edge cases", () => {
    expect(np.unique(np.array([true, false, true])).toArray()).toEqual([false, true]);
    expect(np.unique(np.array(5)).toArray()).toEqual([5]);
    for (const d of ["int8", "uint16", "float16", "bfloat16"] as const) {
      const r = np.unique(np.array([2, 1, 2], { dtype: d }));
      expect(r.dtype).toBe(d);
      expect(r.toArray()).toEqual([1, 2]);
    }
    withX64(true, () => expect(np.unique(np.array([2n ** 40n, 1n, 2n ** 40n], { dtype: "int64" })).toArray()).toEqual([1n, 2n ** 40n]));
    const e = np.unique(np.zeros([0]), { returnCounts: true, returnIndex: true, returnInverse: true }) as np.Array[];
    expect(e.map((a) => a.shape)).toEqual([[0], [0], [0], [0]]);
  });
  it("array-API forms", () => {
    const x = i32([[3, 1], [1, 2]]);
    const all = np.uniqueAll(x);
    expect(all.values.toArray()).toEqual([1, 2, 3]);
    expect(all.indices.toArray()).toEqual([1, 3, 0]);
    expect(all.inverseIndices.toArray()).toEqual([[2, 0], [0, 1]]);
    expect(all.counts.toArray()).toEqual([2, 1, 1]);
    expect(np.uniqueInverse(x).inverseIndices.shape).toEqual([2, 2]);
    expect(np.uniqueCounts(x).counts.toArray()).toEqual([2, 1, 1]);
    expect(np.uniqueValues(x).toArray()).toEqual([1, 2, 3]);
  });
});
