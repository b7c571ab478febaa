// np products: matmul (broadcast batch, 1-D rules, dtype promotion table from
// jax 0.10), dot, vdot, vecdot, inner, outer, tensordot, kron, cross.
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const iota = (shape: number[], dtype: np.DType = "int32") => {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.array(Array.from({ length: n }, (_, i) => i), { dtype }), shape);
};

describe("np.matmul", () => {
  it("matrix, vector and batched products", () => {
    const a = np.array([[1, 2, 3], [4, 5, 6]], { dtype: "int32" });
    const b = np.array([[1, 2], [3, 4], [5, 6]], { dtype: "int32" });
    expect(np.matmul(a, b).toArray()).toEqual([[22, 28], [49, 64]]); // jnp docstring
    expect(np.matmul(np.array([1, 2, 3], { dtype: "int32" }), np.array([4, 5, 6], { dtype: "int32" })).toArray()).toBe(32);
    expect(np.matmul(a, np.array([1, 1, 1], { dtype: "int32" })).toArray()).toEqual([6, 15]);
    expect(np.matmul(np.array([1, 1], { dtype: "int32" }), a).toArray()).toEqual([5, 7, 9]);
    expect(np.matmul(np.ones([2, 1, 3, 4]), np.ones([5, 4, 2])).shape).toEqual([2, 5, 3, 2]);
    expect(np.matmul(np.ones([1, 3, 4]), np.ones([1, 4, 2])).shape).toEqual([1, 3, 2]);
    expect(() => np.matmul(np.ones([3, 4]), np.ones([7, 4]))).toThrow(ShapeError);
  });
  it("batched values", () => {
    const r = np.matmul(iota([2, 2, 3]), iota([2, 3, 2]));
    expect(r.toArray()).toEqual([[[10, 13], [28, 40]], [[172, 193], [244, 274]]]);
    const s = np.matmul(iota([2, 2, 3]), iota([3, 1]));
    expect(s.toArray()).toEqual([[[5], [14]], [[23], [32]]]);
  });
  it("dtype promotion matches jnp.matmul", () => {
    // rows of the jnp.matmul(ones(a), ones(b)).dtype table printed by jax 0.10
    const dts: np.DType[] = ["bool", "int8", "uint8", "int16", "uint32", "int32", "float16", "bfloat16", "float32"];
    const table: Record<string, string[]> = {
      bool: ["bool", "int8", "uint8", "int16", "uint32", "int32", "float16", "bfloat16", "float32"],
      int8: ["int8", "int8", "int16", "int16", "int32", "int32", "float16", "bfloat16", "float32"],
      uint8: ["uint8", "int16", "uint8", "int16", "uint32", "int32", "float16", "bfloat16", "float32"],
      uint32: ["uint32", "int32", "uint32", "int32", "uint32", "int32", "float16", "bfloat16", "float32"],
      float16: ["float16", "float16", "float16", "float16", "float16", "float16", "float16", "float32", "float32"],
      bfloat16: ["bfloat16", "bfloat16", "bfloat16", "bfloat16", "bfloat16", "bfloat16", "float32", "bfloat16", "float32"],
    };
    for (const [a, row] of Object.entries(table))
      dts.forEach((b, j) => {
        const r = np.matmul(np.ones([2, 2], { dtype: a as np.DType }), np.ones([2, 2], { dtype: b }));
        expect(r.dtype, `${a} @ ${b}`).toBe(row[j]);
        expect(Number((r.toArray() as unknown[][])[0][0]), `${a} @ ${b}`).toBe(row[j] === "bool" ? 1 : 2);
      });
  });
  it("integer products wrap; bool is or-of-ands; preferredElementType widens", () => {
    expect(np.matmul(np.array([100, 100], { dtype: "int8" }), np.array([2, 2], { dtype: "int8" })).toArray()).toBe(-112);
    const t = np.array([[true, false], [true, true]]);
    expect(np.matmul(t, t).toArray()).toEqual([[true, false], [true, true]]);
    const w = np.matmul(np.array([100, 100], { dtype: "int8" }), np.array([2, 2], { dtype: "int8" }), { preferredElementType: "int32" });
    expect(w.dtype).toBe("int32");
    expect(w.toArray()).toBe(400);
    expect(np.matmul(np.ones([2, 3], { dtype: "float16" }), np.ones([3]), { preferredElementType: "float32" }).dtype).toBe("float32");
    expect(() => np.matmul(np.ones([2, 3], { dtype: "int32" }), np.ones([3], { dtype: "int32" }), { preferredElementType: "int8" })).toThrow(DTypeError);
    withX64(true, () => {
      const r = np.matmul(np.array([[1, 2]], { dtype: "int64" }), np.array([[3], [4]], { dtype: "int64" }));
      expect(r.dtype).toBe("int64");
      expect(r.toArray()).toEqual([[11n]]);
      expect(np.matmul(np.ones([2, 2], { dtype: "float64" }), np.ones([2, 2])).dtype).toBe("float64");
    });
  });
  it("errors", () => {
    expect(() => np.matmul(np.ones([3]), 2)).toThrow(/ndim at least 1/);
    expect(() => np.matmul(np.ones([2, 3]), np.ones([2, 3]))).toThrow(ShapeError);
    expect(() => np.matmul(np.ones([2, 3, 4]), np.ones([3, 4, 2]))).toThrow(/incompatible shapes/);
  });
  it("empty operands", () => {
    const r = np.matmul(np.ones([2, 0]), np.ones([0, 3]));
    expect(r.shape).toEqual([2, 3]);
    expect(r.toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(np.matmul(np.ones([0, 2]), np.ones([2, 3])).shape).toEqual([0, 3]);
  });
});

describe("np.dot / vdot / vecdot / inner / outer", () => {
  it("dot stacks batch axes; scalars multiply", () => {
    expect(np.dot(iota([2, 3]), iota([2, 3, 4])).shape).toEqual([2, 2, 4]);
    expect(np.dot(iota([2, 3]), iota([3])).toArray()).toEqual([5, 14]);
    expect(np.dot(2.5, np.array([1, 2], { dtype: "int8" })).toArray()).toEqual([2.5, 5]); // jnp: [2.5 5.] float32
    const r = np.dot(2, np.array([1, 2], { dtype: "int8" }));
    expect(r.dtype).toBe("int8");
    expect(r.toArray()).toEqual([2, 4]);
    expect(() => np.dot(iota([2, 3]), iota([2, 3]))).toThrow(ShapeError);
  });
  it("vdot flattens (jnp.vdot(arange(6).reshape(2,3), arange(6)) = 55)", () => {
    expect(np.vdot(iota([2, 3]), iota([6])).toArray()).toBe(55);
    expect(() => np.vdot(iota([2]), iota([3]))).toThrow(ShapeError);
  });
  it("vecdot broadcasts the other axes", () => {
    const r = np.vecdot(iota([2, 3]), np.array([1, 1, 1], { dtype: "int32" }));
    expect(r.toArray()).toEqual([3, 12]);
    expect(np.vecdot(iota([2, 3]), iota([2, 3]), { axis: 0 }).toArray()).toEqual([9, 17, 29]);
    expect(() => np.vecdot(iota([2, 3]), iota([2, 2]))).toThrow(ShapeError);
  });
  it("inner, outer", () => {
    expect(np.inner(iota([2, 3]), iota([4, 3])).shape).toEqual([2, 4]);
    expect(np.inner(iota([3]), iota([3])).toArray()).toBe(5);
    expect(np.inner(np.array([true, false]), np.array([true, true])).toArray()).toBe(true);
    expect(np.inner(2, iota([2])).toArray()).toEqual([0, 2]);
    expect(np.outer(np.array([1, 2], { dtype: "int32" }), np.array([1, 2, 3], { dtype: "int32" })).toArray()).toEqual([[1, 2, 3], [2, 4, 6]]);
    expect(np.outer(np.array([true, false]), np.array([true, true])).toArray()).toEqual([[true, true], [false, false]]);
    expect(np.outer(iota([2, 2]), iota([2])).shape).toEqual([4, 2]);
  });
});

describe("np.tensordot / kron / cross", () => {
  it("tensordot with an integer or axis lists", () => {
    const x = iota([2, 3]);
    expect(np.tensordot(x, x, [[0], [0]]).toArray()).toEqual([[9, 12, 15], [12, 17, 22], [15, 22, 29]]);
    expect(np.tensordot(x, x, 2).toArray()).toBe(55);
    expect(np.tensordot(iota([2]), iota([3]), 0).toArray()).toEqual([[0, 0, 0], [0, 1, 2]]);
    expect(np.tensordot(iota([2, 3]), iota([3, 2]), 1).toArray()).toEqual([[10, 13], [28, 40]]);
    expect(np.tensordot(iota([2, 3]), iota([3, 2]), [-1, 0]).toArray()).toEqual([[10, 13], [28, 40]]);
    expect(() => np.tensordot(x, x, 3)).toThrow(/exceeds input ranks/);
    expect(() => np.tensordot(x, x, [[0, 1], [0]])).toThrow(ValueError);
    expect(() => np.tensordot(x, x, [[1], [0]])).toThrow(ShapeError);
  });
  it("kron", () => {
    expect(np.kron(np.array([1, 2], { dtype: "int32" }), np.array([[1, 1], [1, 1]], { dtype: "int32" })).toArray()).toEqual([[1, 1, 2, 2], [1, 1, 2, 2]]);
    expect(np.kron(np.eye(2), iota([2, 2])).toArray()).toEqual([[0, 1, 0, 0], [2, 3, 0, 0], [0, 0, 0, 1], [0, 0, 2, 3]]);
  });
  it("cross of 3- and 2-vectors", () => {
    expect(np.cross(np.array([1, 2, 3]), np.array([4, 5, 6])).toArray()).toEqual([-3, 6, -3]);
    expect(np.cross(np.array([1, 2]), np.array([4, 5])).toArray()).toBe(-3);
    expect(np.cross(np.array([1, 2]), np.array([4, 5, 6])).toArray()).toEqual([12, -6, -3]);
    expect(np.cross(np.array([[1, 0, 0], [0, 1, 0]]), np.array([0, 0, 1])).toArray()).toEqual([[0, -1, 0], [1, 0, 0]]);
    expect(np.cross(np.array([[1, 0], [0, 1], [0, 0]]), np.array([[0, 0], [1, 0], [0, 1]]), { axis: 0 }).toArray()).toEqual([[0, 1], [0, 0], [1, 0]]);
    expect(() => np.cross(np.ones([4]), np.ones([3]))).toThrow(ShapeError);
  });
});
