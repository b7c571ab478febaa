// lax.dotGeneral / lax.dot: layouts, batch dims, dtype rules, accumulation and
// validation. Expected values were printed by JAX 0.10 (jax.lax.dot_general).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";

const ar = (n: number, shape: number[], dtype: np.DType = "float32") =>
  np.array(Array.from({ length: n }, (_, i) => i), { dtype }).reshape(shape);
const NONE: [[number[], number[]], [number[], number[]]] = [[[], []], [[], []]];
const mm: [[number[], number[]], [number[], number[]]] = [[[1], [0]], [[], []]];

describe("lax.dotGeneral", () => {
  it("batched matmul: output is (batch, lhs free, rhs free)", () => {
    const r = lax.dotGeneral(ar(24, [2, 3, 4]), ar(40, [2, 4, 5]), [[[2], [1]], [[0], [0]]]);
    expect(r.shape).toEqual([2, 3, 5]);
    expect(r.dtype).toBe("float32");
    expect((r.toArray() as number[][][])[1][2]).toEqual([2390, 2476, 2562, 2648, 2734]);
  });

  it("contracting non-adjacent / multiple axes, outer product, permuted batch axes", () => {
    expect(lax.dotGeneral(ar(6, [2, 3]), ar(12, [4, 3]), [[[1], [1]], [[], []]]).toArray()).toEqual([[5, 14, 23, 32], [14, 50, 86, 122]]);
    const o = lax.dotGeneral(ar(6, [3, 2]), ar(6, [2, 3]), NONE);
    expect(o.shape).toEqual([3, 2, 2, 3]);
    expect((o.toArray() as number[][][][])[2][1]).toEqual([[0, 5, 10], [15, 20, 25]]);
    expect(lax.dotGeneral(ar(24, [2, 3, 4]), ar(24, [4, 3, 2]), [[[1, 2], [1, 0]], [[], []]]).toArray()).toEqual([[880, 946], [2464, 2674]]);
    const p = lax.dotGeneral(ar(24, [2, 3, 4]), ar(24, [3, 2, 4]), [[[2], [2]], [[1, 0], [0, 1]]]);
    expect(p.shape).toEqual([3, 2]);
    expect(p.toArray()).toEqual([[14, 302], [214, 950], [670, 1854]]);
  });

  it("bool is or-of-ands; ints wrap; empty contraction gives zeros", () => {
    const b = lax.dotGeneral(np.array([[true, false], [false, false]]), np.array([[false, true], [true, true]]), mm);
    expect(b.dtype).toBe("bool");
    expect(b.toArray()).toEqual([[false, true], [false, false]]);
    expect(lax.dotGeneral(np.array([70000, 70000], { dtype: "int32" }), np.array([70000, 1], { dtype: "int32" }), [[[0], [0]], [[], []]]).toArray()).toEqual(605102704);
    expect(lax.dotGeneral(np.array([200, 100], { dtype: "uint8" }), np.array([2, 1], { dtype: "uint8" }), [[[0], [0]], [[], []]]).toArray()).toEqual(244);
    expect(lax.dotGeneral(np.array([[100, 100]], { dtype: "int8" }), np.array([[2], [1]], { dtype: "int8" }), mm).toArray()).toEqual([[44]]);
    const e = lax.dotGeneral(ar(0, [2, 0]), ar(0, [0, 3]), mm);
    expect(e.toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  it("float32 accumulates in float32; float16/bfloat16 accumulate in float32 and round once", () => {
    // JAX: [1e8, 1, -1e8] . ones -> 0 in float32.
    expect(lax.dotGeneral(np.array([[1e8, 1, -1e8]]), np.array([[1], [1], [1]]), mm).toArray()).toEqual([[0]]);
    const x = np.array([[1000, 0.1, 0.1, 0.1]], { dtype: "float16" });
    const y = np.array([[1], [1], [1], [1]], { dtype: "float16" });
    const h = lax.dotGeneral(x, y, mm);
    expect(h.dtype).toBe("float16");
    expect(h.toArray()).toEqual([[1000.5]]); // JAX: 1.0005e+03
    const h32 = lax.dotGeneral(x, y, mm, { preferredElementType: "float32" });
    expect(h32.dtype).toBe("float32");
    expect((h32.toArray() as number[][])[0][0]).toBeCloseTo(1000.2999, 3);
    expect(lax.dotGeneral(np.array([[256, 1, 1]], { dtype: "bfloat16" }), np.array([[1], [1], [1]], { dtype: "bfloat16" }), mm).toArray()).toEqual([[258]]);
  });

  it("preferredElementType and mixed dtypes follow JAX", () => {
    const i8 = np.array([[100, 100]], { dtype: "int8" });
    const r = lax.dotGeneral(i8, np.array([[2], [1]], { dtype: "int8" }), mm, { preferredElementType: "int32" });
    expect(r.dtype).toBe("int32");
    expect(r.toArray()).toEqual([[300]]);
    expect(lax.dotGeneral(np.array([[2.5, 2.5]]), np.array([[1], [1]]), mm, { preferredElementType: "int32" }).toArray()).toEqual([[5]]);
    expect(lax.dotGeneral(np.array([[1, 2]], { dtype: "int32" }), np.array([[2], [1]], { dtype: "int32" }), mm, { preferredElementType: "float32" }).toArray()).toEqual([[4]]);
    expect(lax.dotGeneral(np.array([[true, true]]), np.array([[true], [true]]), mm, { preferredElementType: "int32" }).toArray()).toEqual([[2]]);
    expect(() => lax.dotGeneral(np.array([[1]], { dtype: "int32" }), np.array([[1]], { dtype: "int32" }), mm, { preferredElementType: "int8" })).toThrow(/must not be narrower/);
    // Mixed: JAX picks the higher-precision type and converts (uint8 255 -> int8 -1).
    const m = lax.dotGeneral(np.array([[255, 1]], { dtype: "uint8" }), np.array([[1], [1]], { dtype: "int8" }), mm);
    expect(m.dtype).toBe("int8");
    expect(m.toArray()).toEqual([[0]]);
    const f = lax.dotGeneral(np.array([[3.75, 1]]), np.array([[1], [1]], { dtype: "int8" }), mm);
    expect(f.dtype).toBe("float32");
    expect(f.toArray()).toEqual([[4.75]]);
    expect(lax.dotGeneral(np.array([[1]], { dtype: "float16" }), np.array([[1]], { dtype: "bfloat16" }), mm).dtype).toBe("bfloat16");
    expect(lax.dotGeneral(np.array([[1]], { dtype: "int8" }), np.array([[1]], { dtype: "int16" }), mm).dtype).toBe("int16");
  });

  it("64-bit dtypes under x64", () => {
    withX64(true, () => {
      const a = np.array([2n ** 62n, 3n], { dtype: "int64" });
      expect(lax.dotGeneral(a, np.array([4n, 1n], { dtype: "int64" }), [[[0], [0]], [[], []]]).toArray()).toEqual(3n);
      const u = lax.dotGeneral(np.array([2n ** 63n], { dtype: "uint64" }), np.array([3n], { dtype: "uint64" }), [[[0], [0]], [[], []]]);
      expect(u.toArray()).toEqual(2n ** 63n);
      const d = lax.dotGeneral(np.array([0.1, 0.2], { dtype: "float64" }), np.array([1, 1], { dtype: "float64" }), [[[0], [0]], [[], []]]);
      expect(d.dtype).toBe("float64");
      expect(d.toArray()).toEqual(0.1 + 0.2);
    });
  });

  it("validates dimension numbers", () => {
    const a = ar(6, [2, 3]);
    const b = ar(12, [3, 4]);
    expect(() => lax.dotGeneral(a, b, [[[2], [0]], [[], []]])).toThrow(/lhs dimension numbers/);
    expect(() => lax.dotGeneral(a, b, [[[1], [5]], [[], []]])).toThrow(/rhs dimension numbers/);
    expect(() => lax.dotGeneral(a, b, [[[0], [0]], [[], []]])).toThrow(/contracting dims must have the same shape/);
    expect(() => lax.dotGeneral(a, b, [[[1], [0]], [[0], []]])).toThrow(/equal numbers of lhs and rhs batch/);
    expect(() => lax.dotGeneral(a, b, [[[1, 1], [0, 0]], [[], []]])).toThrow(/distinct/);
    expect(() => lax.dotGeneral(a, ar(6, [2, 3]), [[[0], [0]], [[0], [0]]])).toThrow(/disjoint/);
    expect(() => lax.dotGeneral(a, ar(9, [3, 3]), [[[1], [1]], [[0], [0]]])).toThrow(/batch dims .* same shape/);
    expect(() => lax.dotGeneral(a, b, [[1, 0], []] as never)).toThrow(ValueError);
    expect(() => lax.dotGeneral(np.array([[1]], { dtype: "int8" }), np.array([[1]], { dtype: "uint8" }), mm)).not.toThrow();
    expect(() => lax.dotGeneral(np.array([[1]], { dtype: "int16" }), np.array([[1]], { dtype: "float16" }), mm)).not.toThrow(DTypeError);
    expect(() => lax.dotGeneral(a, b, mm, { preferredElementType: "float128" as never })).toThrow(DTypeError);
  });
});

describe("lax.dot", () => {
  it("vector/matrix products", () => {
    expect(lax.dot(np.array([1, 2]), np.array([[1, 2], [3, 4]])).toArray()).toEqual([7, 10]);
    expect(lax.dot(np.array([[1, 2], [3, 4]]), np.array([1, 2])).toArray()).toEqual([5, 11]);
    expect(lax.dot(np.array([1, 2]), np.array([3, 4])).toArray()).toEqual(11);
    expect(lax.dot(np.array([[1, 2]]), np.array([[3], [4]])).shape).toEqual([1, 1]);
    expect(() => lax.dot(ar(24, [2, 3, 4]), ar(20, [4, 5]))).toThrow(ShapeError);
    expect(() => lax.dot(np.array([1, 2]), np.array([1, 2, 3]))).toThrow(ShapeError);
  });
});
