// lax.gather: dimension numbers, modes, fill values, dtypes and validation.
// Expected values were printed by JAX 0.10 (jax.lax.gather) unless computed here.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";

const G = (offsetDims: number[], collapsedSliceDims: number[], startIndexMap: number[], operandBatchingDims: number[] = [], startIndicesBatchingDims: number[] = []) => ({
  offsetDims,
  collapsedSliceDims,
  startIndexMap,
  operandBatchingDims,
  startIndicesBatchingDims,
});
const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });
const x34 = () => np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);

describe("lax.gather", () => {
  it("gathers elements (x[idx] form) and keeps dtype", () => {
    const y = lax.gather(i32([10, 11, 12]), i32([[0], [2], [1], [1]]), G([], [0], [0]), [1]);
    expect(y.dtype).toBe("int32");
    expect(y.shape).toEqual([4]);
    expect(y.toArray()).toEqual([10, 12, 11, 11]);
  });

  it("windows with clip / fill / promise_in_bounds (JAX values)", () => {
    const x = np.array([0, 1, 2, 3, 4]);
    const idx = i32([[1], [3], [-1]]);
    expect(lax.gather(x, idx, G([1], [], [0]), [3], { mode: "clip" }).toArray()).toEqual([[1, 2, 3], [2, 3, 4], [0, 1, 2]]);
    expect(lax.gather(x, idx, G([1], [], [0]), [3], { mode: "fill" }).toArray()).toEqual([[1, 2, 3], [NaN, NaN, NaN], [NaN, NaN, NaN]]);
    const xi = i32([0, 1, 2, 3, 4]);
    expect(lax.gather(xi, idx, G([1], [], [0]), [3], { mode: "fill" }).toArray()).toEqual([[1, 2, 3], [-2147483648, -2147483648, -2147483648], [-2147483648, -2147483648, -2147483648]]);
    expect(lax.gather(xi, idx, G([1], [], [0]), [3], { mode: "drop", fillValue: -7 }).toArray()).toEqual([[1, 2, 3], [-7, -7, -7], [-7, -7, -7]]);
    // Default mode promise_in_bounds: XLA clamps.
    expect(lax.gather(xi, idx, G([1], [], [0]), [3]).toArray()).toEqual([[1, 2, 3], [2, 3, 4], [0, 1, 2]]);
  });

  it("default fill values per dtype: uint max, bool true, float16 NaN", () => {
    const oob = i32([[5]]);
    expect(lax.gather(np.array([1, 2], { dtype: "uint8" }), oob, G([], [0], [0]), [1], { mode: "fill" }).toArray()).toEqual([255]);
    expect(lax.gather(np.array([true, false]), oob, G([], [0], [0]), [1], { mode: "fill" }).toArray()).toEqual([true]);
    const h = lax.gather(np.array([1, 2], { dtype: "float16" }), oob, G([], [0], [0]), [1], { mode: "fill" });
    expect(h.dtype).toBe("float16");
    expect(h.toArray()).toEqual([NaN]);
    const b = lax.gather(np.array([1.5, 2.5], { dtype: "bfloat16" }), i32([[1], [9]]), G([], [0], [0]), [1], { mode: "fill", fillValue: 0.25 });
    expect(b.toArray()).toEqual([2.5, 0.25]);
    expect(lax.gather(np.array([1, 2], { dtype: "int8" }), oob, G([], [0], [0]), [1], { mode: "fill" }).toArray()).toEqual([-128]);
    expect(lax.gather(np.array([1, 2], { dtype: "uint32" }), oob, G([], [0], [0]), [1], { mode: "fill" }).toArray()).toEqual([4294967295]);
  });

  it("offset dims before batch dims (columns), multi-axis index vectors", () => {
    expect(lax.gather(x34(), i32([[1], [3]]), G([0], [1], [1]), [3, 1]).toArray()).toEqual([[1, 3], [5, 7], [9, 11]]);
    expect(lax.gather(x34(), i32([[2, 1], [0, 3]]), G([], [0, 1], [0, 1]), [1, 1]).toArray()).toEqual([9, 3]);
    const w = lax.gather(x34(), i32([[[0, 1]], [[1, 2]]]), G([2, 3], [], [0, 1]), [2, 2]);
    expect(w.shape).toEqual([2, 1, 2, 2]);
    expect(w.toArray()).toEqual([[[[1, 2], [5, 6]]], [[[6, 7], [10, 11]]]]);
    expect(lax.gather(x34(), i32([[[0, 1]], [[1, 2]]]), G([1, 3], [], [0, 1]), [2, 2]).shape).toEqual([2, 2, 1, 2]);
  });

  it("operand batching dims", () => {
    expect(lax.gather(x34(), i32([[2], [0], [3]]), G([], [1], [1], [0], [0]), [1, 1]).toArray()).toEqual([2, 4, 11]);
  });

  it("accepts every index integer dtype and every operand dtype", () => {
    for (const it of ["int8", "uint8", "int16", "uint16", "uint32"] as const) {
      const idx = np.array([[2], [0]], { dtype: it });
      expect(lax.gather(np.array([5, 6, 7], { dtype: "int16" }), idx, G([], [0], [0]), [1]).toArray()).toEqual([7, 5]);
    }
    withX64(true, () => {
      const x = np.array([2n ** 62n + 1n, -5n], { dtype: "int64" });
      const y = lax.gather(x, np.array([[1], [0]], { dtype: "int64" }), G([], [0], [0]), [1]);
      expect(y.dtype).toBe("int64");
      expect(y.toArray()).toEqual([-5n, 2n ** 62n + 1n]);
      const f = lax.gather(np.array([1, 2], { dtype: "uint64" }), i32([[3]]), G([], [0], [0]), [1], { mode: "fill" });
      expect(f.toArray()).toEqual([2n ** 64n - 1n]);
      const d = lax.gather(np.array([0.1, 0.2], { dtype: "float64" }), i32([[1]]), G([], [0], [0]), [1]);
      expect(d.toArray()).toEqual([0.2]);
    });
  });

  it("empty indices and empty operands", () => {
    const y = lax.gather(np.array([1, 2, 3]), i32([[0]]), G([], [0], [0]), [1]);
    expect(y.toArray()).toEqual([1]);
    const e = lax.gather(np.array([1, 2, 3]), np.array([] as number[], { dtype: "int32" }).reshape([0, 1]), G([], [0], [0]), [1]);
    expect(e.shape).toEqual([0]);
  });

  it("validates like JAX's _gather_shape_rule", () => {
    const x = x34();
    const idx = i32([[1], [2]]);
    expect(() => lax.gather(x, np.array([[1]]), G([], [0], [0]), [1, 4])).toThrow(DTypeError);
    expect(() => lax.gather(x, idx, G([1, 0], [0], [0]), [1, 4])).toThrow(/offsetDims must be sorted/);
    expect(() => lax.gather(x, idx, G([5], [0], [0]), [1, 4])).toThrow(ShapeError);
    expect(() => lax.gather(x, idx, G([1], [0], [0, 1]), [1, 4])).toThrow(/startIndexMap has 2 entries/);
    expect(() => lax.gather(x, idx, G([1], [0], [2]), [1, 4])).toThrow(/startIndexMap/);
    expect(() => lax.gather(x, idx, G([1], [0], [0]), [1])).toThrow(/one slice size per operand axis/);
    expect(() => lax.gather(x, idx, G([1], [0], [0]), [1, 5])).toThrow(/slice size at index 1 is out of range/);
    expect(() => lax.gather(x, idx, G([1], [0], [0]), [2, 4])).toThrow(/collapse slice dims of size 1/);
    expect(() => lax.gather(x, idx, G([], [0], [0]), [1, 4])).toThrow(/offset, collapsed or batching/);
    expect(() => lax.gather(x, idx, G([1], [0], [0], [0], [0]), [1, 4])).toThrow(/disjoint/);
    expect(() => lax.gather(x, idx, G([], [1], [1], [0], [1]), [1, 1])).toThrow(/index vector axis/);
    expect(() => lax.gather(x, idx, G([], [1], [1], [0], [0]), [1, 1])).toThrow(/same shape/);
    expect(() => lax.gather(x, idx, G([1], [0], [0]), [1, 4], { mode: "wrap" as never })).toThrow(ValueError);
    expect(() => lax.gather(x, i32(1), G([1], [0], [0]), [1, 4])).toThrow(/rank >= 1/);
  });
});
