// isin / intersect1d / union1d / setdiff1d / setxor1d against values jax 0.10 printed.
import { describe, expect, it } from "vitest";
import { TracerError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const i = () => np.array([3, 1, 2, 1, 5], { dtype: "int32" });
const j = () => np.array([1, 5, 7], { dtype: "int32" });

describe("two-set routines (jnp)", () => {
  it("isin / invert", () => {
    expect(np.isin(i(), j()).toArray()).toEqual([false, true, false, true, true]);
    expect(np.isin(i(), j(), { invert: true }).toArray()).toEqual([true, false, true, false, false]);
    expect(np.isin(i(), j()).dtype).toBe("bool");
  });
  it("values and dtypes (setdiff1d keeps a's dtype)", () => {
    expect(np.intersect1d(i(), j()).toArray()).toEqual([1, 5]);
    expect(np.intersect1d(i(), j(), { returnIndices: true }).map((a) => a.toArray())).toEqual([[1, 5], [1, 4], [0, 1]]);
    expect(np.union1d(i(), j()).toArray()).toEqual([1, 2, 3, 5, 7]);
    expect(np.setdiff1d(i(), j()).toArray()).toEqual([2, 3]);
    expect(np.setxor1d(i(), j()).toArray()).toEqual([2, 3, 7]);
    const f = np.array([1.5]);
    expect([np.union1d(i(), f), np.intersect1d(i(), f), np.setdiff1d(i(), f), np.setxor1d(i(), f)].map((a) => a.dtype)).toEqual(["float32", "float32", "int32", "float32"]);
  });
  it("size / fillValue (jnp: [2 3 0 0 0] [2 3 9 9 9] [1 2 3 5 7 1] [1 5 1])", () => {
    expect(np.setdiff1d(i(), j(), { size: 5 }).toArray()).toEqual([2, 3, 0, 0, 0]);
    expect(np.setdiff1d(i(), j(), { size: 5, fillValue: 9 }).toArray()).toEqual([2, 3, 9, 9, 9]);
    expect(np.union1d(i(), j(), { size: 6 }).toArray()).toEqual([1, 2, 3, 5, 7, 1]);
    expect(np.intersect1d(i(), j(), { size: 3 }).toArray()).toEqual([1, 5, 1]);
    expect(() => np.setxor1d(i(), j(), { size: -1 })).toThrow(ValueError);
  });
  it("traced input without size is a TracerError", () => {
    expect(() => np.setdiff1d(i(), j(), { size: 1.5 })).toThrow(/size must be/);
    expect(TracerError).toBeDefined();
  });
});
