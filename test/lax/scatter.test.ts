// lax.scatter family: combiners, duplicates, modes, batching dims, dtypes and
// validation. Expected values were printed by JAX 0.10 unless computed here.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError } from "../../src/core/errors.js";

const S = (updateWindowDims: number[], insertedWindowDims: number[], scatterDimsToOperandDims: number[], operandBatchingDims: number[] = [], scatterIndicesBatchingDims: number[] = []) => ({
  updateWindowDims,
  insertedWindowDims,
  scatterDimsToOperandDims,
  operandBatchingDims,
  scatterIndicesBatchingDims,
});
const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });
const z5 = () => np.array([0, 0, 0, 0, 0]);

describe("lax.scatter family", () => {
  it("scatterAdd accumulates duplicates; default mode drops out-of-bounds", () => {
    const idx = i32([[1], [1], [4], [7], [-1]]);
    const upd = np.array([1, 2, 3, 4, 5]);
    expect(lax.scatterAdd(z5(), idx, upd, S([], [0], [0])).toArray()).toEqual([0, 3, 0, 0, 3]);
    expect(lax.scatterAdd(z5(), idx, upd, S([], [0], [0]), { mode: "clip" }).toArray()).toEqual([5, 3, 0, 0, 7]);
    expect(lax.scatterAdd(z5(), idx, upd, S([], [0], [0]), { mode: "promise_in_bounds" }).toArray()).toEqual([0, 3, 0, 0, 3]);
  });

  it("scatter writes windows; clip clamps the whole window; last duplicate wins", () => {
    const idx = i32([[1], [3]]);
    const upd = np.array([[1, 2, 3], [4, 5, 6]]);
    expect(lax.scatter(z5(), idx, upd, S([1], [], [0])).toArray()).toEqual([0, 1, 2, 3, 0]);
    expect(lax.scatter(z5(), idx, upd, S([1], [], [0]), { mode: "clip" }).toArray()).toEqual([0, 1, 4, 5, 6]);
    // JAX: jnp.array([1,2], int8).at[jnp.array([0,0,1])].set([5,6,7]) -> [6, 7]
    const d = lax.scatter(np.array([1, 2], { dtype: "int8" }), i32([[0], [0], [1]]), np.array([5, 6, 7], { dtype: "int8" }), S([], [0], [0]));
    expect(d.dtype).toBe("int8");
    expect(d.toArray()).toEqual([6, 7]);
  });

  it("scatterMul over columns, scatterMax with batching dims", () => {
    const x = np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
    const m = lax.scatterMul(x, i32([[1], [3]]), np.array([[2, 3], [2, 3], [2, 3]]), S([0], [1], [1]));
    expect(m.toArray()).toEqual([[0, 2, 2, 9], [4, 10, 6, 21], [8, 18, 10, 33]]);
    const mx = lax.scatterMax(x, i32([[2], [0], [3]]), np.array([100, -1, 100]), S([], [1], [1], [0], [0]));
    expect(mx.toArray()).toEqual([[0, 1, 100, 3], [4, 5, 6, 7], [8, 9, 10, 100]]);
  });

  it("min/max propagate NaN (JAX values)", () => {
    const idx = i32([[0], [0]]);
    expect(lax.scatterMax(np.array([1, 2]), idx, np.array([NaN, 5]), S([], [0], [0])).toArray()).toEqual([NaN, 2]);
    expect(lax.scatterMin(np.array([1, 2]), idx, np.array([5, NaN]), S([], [0], [0])).toArray()).toEqual([NaN, 2]);
  });

  it("ints wrap, float16 rounds at every step, bool min/max", () => {
    const idx2 = i32([[0], [0]]);
    expect(lax.scatterAdd(np.array([120, 0], { dtype: "int8" }), idx2, np.array([5, 5], { dtype: "int8" }), S([], [0], [0])).toArray()).toEqual([-126, 0]);
    expect(lax.scatterMin(np.array([5, 5, 5], { dtype: "int8" }), i32([[0], [0], [2]]), np.array([3, 1, 7], { dtype: "int8" }), S([], [0], [0])).toArray()).toEqual([1, 5, 5]);
    const h = lax.scatterAdd(np.array([0, 0], { dtype: "float16" }), i32([[0], [0], [0]]), np.array([2048, 1, 1], { dtype: "float16" }), S([], [0], [0]));
    expect(h.dtype).toBe("float16");
    expect(h.toArray()).toEqual([2048, 0]);
    const bf = lax.scatterSub(np.array([1, 1], { dtype: "bfloat16" }), i32([[1]]), np.array([0.5], { dtype: "bfloat16" }), S([], [0], [0]));
    expect(bf.toArray()).toEqual([1, 0.5]);
    expect(lax.scatterMul(np.array([70000, 3], { dtype: "uint32" }), i32([[0]]), np.array([70000], { dtype: "uint32" }), S([], [0], [0])).toArray()).toEqual([(70000 * 70000) % 2 ** 32, 3]);
    expect(lax.scatterMul(np.array([70000, 3], { dtype: "int32" }), i32([[0]]), np.array([70000], { dtype: "int32" }), S([], [0], [0])).toArray()).toEqual([605032704, 3]);
    // JAX: ones(3,bool).at[[0,0]].min(False) -> [F,T,T]; zeros.at[[0,0]].max(True) -> [T,F,F]
    expect(lax.scatterMin(np.array([true, true, true]), idx2, np.array([false, false]), S([], [0], [0])).toArray()).toEqual([false, true, true]);
    expect(lax.scatterMax(np.array([false, false, false]), idx2, np.array([true, true]), S([], [0], [0])).toArray()).toEqual([true, false, false]);
    expect(lax.scatter(np.array([true, false]), i32([[1]]), np.array([true]), S([], [0], [0])).toArray()).toEqual([true, true]);
  });

  it("64-bit dtypes under x64", () => {
    withX64(true, () => {
      const big = 2n ** 62n;
      const r = lax.scatterAdd(np.array([big, 0n], { dtype: "int64" }), i32([[0], [0]]), np.array([big, big], { dtype: "int64" }), S([], [0], [0]));
      expect(r.toArray()).toEqual([-(2n ** 63n) + big, 0n]);
      const u = lax.scatterMax(np.array([1n, 2n], { dtype: "uint64" }), i32([[1]]), np.array([2n ** 64n - 1n], { dtype: "uint64" }), S([], [0], [0]));
      expect(u.toArray()).toEqual([1n, 2n ** 64n - 1n]);
      const f = lax.scatterAdd(np.array([0.1, 0], { dtype: "float64" }), i32([[0]]), np.array([0.2], { dtype: "float64" }), S([], [0], [0]));
      expect(f.toArray()).toEqual([0.1 + 0.2, 0]);
    });
  });

  it("validates like JAX's _scatter_shape_rule", () => {
    const x = np.array([[0, 1], [2, 3]]);
    const idx = i32([[1], [0]]);
    const upd = np.array([[1, 2], [3, 4]]);
    expect(() => lax.scatter(x, idx, np.array([[1, 2], [3, 4]], { dtype: "int32" }), S([1], [0], [0]))).toThrow(DTypeError);
    expect(() => lax.scatter(x, np.array([[1], [0]]), upd, S([1], [0], [0]))).toThrow(/integer dtype/);
    expect(() => lax.scatterAdd(np.array([true]), i32([[0]]), np.array([true]), S([], [0], [0]))).toThrow(DTypeError);
    expect(() => lax.scatter(x, idx, np.array([1, 2]), S([1], [0], [0]))).toThrow(/rank 2/);
    expect(() => lax.scatter(x, idx, upd, S([1], [0, 1], [0]))).toThrow(/window has 3 axes/);
    expect(() => lax.scatter(x, idx, upd, S([1], [0], [0, 1]))).toThrow(/scatterDimsToOperandDims has 2 entries/);
    expect(() => lax.scatter(x, idx, np.array([[1, 2, 3], [3, 4, 5]]), S([1], [0], [0]))).toThrow(/larger than the operand/);
    expect(() => lax.scatter(x, i32([[1], [0], [1]]), upd, S([1], [0], [0]))).toThrow(ShapeError);
    expect(() => lax.scatter(x, idx, upd, S([2], [0], [0]))).toThrow(ShapeError);
    expect(() => lax.scatter(x, idx, upd, S([1], [0], [1], [1], [0]))).toThrow(/disjoint/);
  });
});
