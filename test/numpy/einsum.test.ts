// np.einsum / np.einsumPath against values and dtypes printed by jax 0.10.
import { describe, expect, it } from "vitest";
import { ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const iota = (shape: number[], dtype: np.DType = "float32") => {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.array(Array.from({ length: n }, (_, i) => i), { dtype }), shape);
};

describe("np.einsum", () => {
  it("matrix products, explicit and implicit", () => {
    const a = iota([2, 3]);
    const b = iota([3, 2]);
    expect(np.einsum("ij,jk->ik", a, b).toArray()).toEqual([[10, 13], [28, 40]]);
    expect(np.einsum("ij,jk", a, b).toArray()).toEqual([[10, 13], [28, 40]]);
    expect(np.einsum("ij,jk->ki", a, b).toArray()).toEqual([[10, 28], [13, 40]]);
    expect(np.einsum("bij,bjk->bik", iota([2, 2, 3]), iota([2, 3, 2])).toArray()).toEqual([[[10, 13], [28, 40]], [[172, 193], [244, 274]]]);
    expect(np.einsum("i,j", iota([2]), iota([3])).toArray()).toEqual([[0, 0, 0], [0, 1, 2]]);
    expect(np.einsum("i,i", iota([3]), iota([3])).toArray()).toBe(5);
  });
  it("single operand: transpose, sums, implicit order (ASCII)", () => {
    expect(np.einsum("ij->ji", iota([2, 3])).shape).toEqual([3, 2]);
    expect(np.einsum("ij->", iota([2, 3])).toArray()).toBe(15);
    expect(np.einsum("ij->j", iota([2, 3])).toArray()).toEqual([3, 5, 7]);
    expect(np.einsum("ba", iota([2, 3])).toArray()).toEqual([[0, 3], [1, 4], [2, 5]]); // implicit "ab"
    expect(np.einsum("Ba", iota([2, 3])).shape).toEqual([2, 3]); // 'B' < 'a'
  });
  it("repeated indices take diagonals (jnp: 'ii' 12, 'ii->i' [0 4 8])", () => {
    expect(np.einsum("ii", iota([3, 3])).toArray()).toBe(12);
    expect(np.einsum("ii->i", iota([3, 3])).toArray()).toEqual([0, 4, 8]);
    expect(np.einsum("iij->ji", iota([3, 3, 2])).toArray()).toEqual([[0, 8, 16], [1, 9, 17]]);
    expect(np.einsum("ij,jj->i", iota([2, 2]), iota([2, 2])).toArray()).toEqual([3, 9]);
  });
  it("ellipsis and size-1 broadcasting", () => {
    expect(np.einsum("...ij,...jk", iota([2, 2, 3]), iota([3, 2])).shape).toEqual([2, 2, 2]);
    expect(np.einsum("...i->i", np.ones([2, 3])).toArray()).toEqual([2, 2, 2]);
    const r = np.einsum("i...,...->...i", np.ones([2, 3, 1]), iota([4]));
    expect(r.shape).toEqual([3, 4, 2]);
    expect((r.toArray() as number[][][])[1][3]).toEqual([3, 3]);
    expect(np.einsum("...,...", np.ones([3, 1]), np.ones([4])).shape).toEqual([3, 4]);
    expect(np.einsum("i,i->i", np.ones([1]), iota([3])).toArray()).toEqual([0, 1, 2]);
  });
  it("three operands in any order give the same result", () => {
    const a = iota([2, 3]);
    const b = iota([3, 4]);
    const c = iota([4, 2]);
    const want = [[324, 422], [1008, 1304]]; // jnp.einsum('ij,jk,kl->il', ...)
    expect(np.einsum("ij,jk,kl->il", a, b, c).toArray()).toEqual(want);
    expect(np.einsum("ij,jk,kl->il", a, b, c, { optimize: false }).toArray()).toEqual(want);
    expect(np.einsum("ij,jk,kl->il", a, b, c, { optimize: [[0, 2], [0, 1]] }).toArray()).toEqual(want);
  });
  it("dtypes as jnp: promotion, int wrap, bool", () => {
    const m = np.einsum("ij,jk", iota([2, 3], "int8"), iota([3, 2], "uint8"));
    expect(m.dtype).toBe("int16");
    expect(m.toArray()).toEqual([[10, 13], [28, 40]]);
    expect(np.einsum("i->", np.array([100, 100], { dtype: "int8" })).toArray()).toBe(-56); // jnp: -56 int8
    expect(np.einsum("i,i", np.array([100, 100], { dtype: "int8" }), np.array([2, 2], { dtype: "int8" })).toArray()).toBe(-112);
    const b = np.einsum("ij->", np.array([[true, false]]));
    expect(b.dtype).toBe("bool");
    expect(b.toArray()).toBe(true);
    expect(np.einsum("ij,jk", np.ones([2, 3], { dtype: "bool" }), np.ones([3, 2], { dtype: "bool" })).dtype).toBe("bool");
    expect(np.einsum("i", np.array([1, 2], { dtype: "bfloat16" })).dtype).toBe("bfloat16");
    expect(np.einsum(",", 2, 3).toArray()).toBe(6);
    expect(np.einsum("ij,jk", iota([2, 3], "float16"), iota([3, 2]), { preferredElementType: "float32" }).dtype).toBe("float32");
  });
  it("errors (messages as jnp)", () => {
    expect(() => np.einsum("i,i", np.ones([2]), np.ones([3]))).toThrow(ShapeError);
    expect(() => np.einsum("ij,jk->ik", np.ones([2, 3]), np.ones([3, 2]), np.ones([2]))).toThrow(/number of einsum subscripts/);
    expect(() => np.einsum("ij->ik", np.ones([2, 3]))).toThrow(/did not appear in the input/);
    expect(() => np.einsum("ij->ii", np.ones([2, 3]))).toThrow(/more than once/);
    expect(() => np.einsum("ijk", np.ones([2, 3]))).toThrow(/correct number of indices/);
    expect(() => np.einsum("i1", np.ones([2, 3]))).toThrow(ValueError);
    expect(() => np.einsum("ij,jk", np.ones([2, 3]), np.ones([3, 2]), { optimize: [[0, 0]] })).toThrow(ValueError);
  });
});

describe("np.einsumPath", () => {
  it("contracts the smallest intermediate first (jax: [(1, 2), (0, 1)])", () => {
    const p = np.einsumPath("ij,jk,kl->il", np.ones([2, 3]), np.ones([3, 4]), np.ones([4, 2]));
    expect(p.path).toEqual([[1, 2], [0, 1]]);
    expect(p.steps).toEqual(["jk,kl->jl", "ij,jl->il"]);
    const q = np.einsumPath("ij,jk,kl->il", np.ones([2, 30]), np.ones([30, 2]), np.ones([2, 40]));
    expect(q.path).toEqual([[0, 1], [0, 1]]);
  });
});
