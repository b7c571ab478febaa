// Misc utilities (resize, rollaxis, block, unstack, fromfunction, matvec, ...).
// Expected values were printed by JAX 0.10 (CPU) unless computed in the test.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { ValueError } from "../../src/core/errors.js";

const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });

describe("misc", () => {
  it("resize tiles the flat array; empty input gives zeros", () => {
    expect(np.resize(i32([1, 2, 3]), [2, 4]).toArray()).toEqual([[1, 2, 3, 1], [2, 3, 1, 2]]);
    const z = np.resize(np.array([], { dtype: "int8" }), 2);
    expect(z.dtype).toBe("int8");
    expect(z.toArray()).toEqual([0, 0]);
    expect(() => np.resize(i32([1]), [-1])).toThrow(ValueError);
  });

  it("rollaxis, unstack", () => {
    expect(np.rollaxis(np.zeros([2, 3, 4, 5]), 3, { start: 1 }).shape).toEqual([2, 5, 3, 4]);
    expect(np.rollaxis(np.zeros([2, 3, 4, 5]), 1, { start: 4 }).shape).toEqual([2, 4, 5, 3]);
    expect(() => np.rollaxis(np.zeros([2]), 1)).toThrow(ValueError);
    expect(() => np.rollaxis(np.zeros([2]), 0, { start: 3 })).toThrow(ValueError);
    expect(np.unstack(np.arange(6).reshape([2, 3]), { axis: 1 }).map((u) => u.toArray())).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(() => np.unstack(3)).toThrow(ValueError);
  });

  it("block assembles nested lists", () => {
    const b = np.block([[np.ones([2, 2]), np.zeros([2, 1])], [np.array([[5, 6, 7]])]]);
    expect(b.toArray()).toEqual([[1, 1, 0], [1, 1, 0], [5, 6, 7]]);
    expect(np.block([1, 2, i32([3, 4])]).toArray()).toEqual([1, 2, 3, 4]);
    expect(() => np.block([[1], 2])).toThrow(/mismatched list depths/);
    expect(() => np.block([])).toThrow(ValueError);
  });

  it("copy, astype, ndim, shape, size, isscalar", () => {
    expect(np.copy(i32([1, 2])).toArray()).toEqual([1, 2]);
    const a = np.astype(np.array([1.7, -2.2]), "int8");
    expect(a.dtype).toBe("int8");
    expect(a.toArray()).toEqual([1, -2]);
    expect(np.ndim(np.zeros([2, 3]))).toBe(2);
    expect(np.shape([[1, 2, 3]])).toEqual([1, 3]);
    expect(np.size(np.zeros([2, 3]))).toBe(6);
    expect(np.size(np.zeros([2, 3]), { axis: 1 })).toBe(3);
    expect(() => np.size(np.zeros([2, 3]), { axis: 2 })).toThrow(ValueError);
    expect([np.isscalar(np.array(1)), np.isscalar(1), np.isscalar(np.array([1])), np.isscalar("a")]).toEqual([true, true, false, false]);
  });

  it("shift aliases, real/complex predicates", () => {
    expect(np.bitwiseLeftShift(i32([1, 2]), 2).toArray()).toEqual([4, 8]);
    expect(np.bitwiseRightShift(i32([-8, 8]), 1).toArray()).toEqual([-4, 4]);
    const r = np.isreal(np.array([1, 2]));
    expect(r.dtype).toBe("bool");
    expect(r.toArray()).toEqual([true, true]);
    expect(np.iscomplex(i32([[1]])).toArray()).toEqual([[false]]);
    expect([np.isrealobj(1), np.iscomplexobj(i32([1]))]).toEqual([true, false]);
  });

  it("fromfunction passes index arrays (default float dtype)", () => {
    const r = np.fromfunction((i, j) => i.mul(10).add(j), [2, 3]);
    expect(r.dtype).toBe("float32");
    expect(r.toArray()).toEqual([[0, 1, 2], [10, 11, 12]]);
    const q = np.fromfunction((i, j) => i.mul(10).add(j), [2, 3], { dtype: "int8" });
    expect(q.dtype).toBe("int8");
    expect(q.toArray()).toEqual([[0, 1, 2], [10, 11, 12]]);
    withX64(true, () => expect(np.fromfunction((i) => i, [2]).dtype).toBe("float64"));
  });

  it("matvec, vecmat", () => {
    expect(np.matvec(np.arange(6).reshape([2, 3]), i32([1, 2, 3])).toArray()).toEqual([8, 26]);
    expect(np.vecmat(i32([1, 2]), np.arange(6).reshape([2, 3])).toArray()).toEqual([6, 9, 12]);
    expect(() => np.matvec(i32([1]), i32([1]))).toThrow(ValueError);
  });

  it("trimZeros", () => {
    expect(np.trimZeros(i32([0, 0, 1, 0, 2, 0])).toArray()).toEqual([1, 0, 2]);
    expect(np.trimZeros(i32([0, 0, 1, 0, 2, 0]), { trim: "f" }).toArray()).toEqual([1, 0, 2, 0]);
    expect(np.trimZeros(i32([0, 0])).shape).toEqual([0]);
    expect(np.trimZeros(np.array([false, true, false])).toArray()).toEqual([true]);
  });
});
