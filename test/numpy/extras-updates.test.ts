// Functional index updates: put, putAlongAxis, insert, place, choose.
// Expected values and dtypes were printed by JAX 0.10 (CPU), inplace=False.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, NotImplementedError, ShapeError, ValueError } from "../../src/core/errors.js";
import type { DType } from "../../src/core/dtype.js";

const A = (x: unknown, dtype: DType) => np.array(x as never, { dtype });
const chk = (r: np.Array, values: unknown, dtype: DType) => {
  expect(r.dtype).toBe(dtype);
  expect(r.toArray()).toEqual(values);
};
const a = () => np.arange(6, { dtype: "int32" }).reshape(2, 3);

describe("np.put", () => {
  it("default mode: negatives wrap, out-of-range indices clamp (jnp.unravel_index); last duplicate wins", () => {
    chk(np.put(a(), [0, 5, -1, 7, -7], [10, 20, 30, 40, 50]), [[50, 1, 2], [3, 4, 40]], "int32");
  });
  it("clip and wrap modes; values repeat cyclically", () => {
    chk(np.put(a(), [0, 5, -1, 7, -7], [10, 20], { mode: "clip" }), [[10, 1, 2], [3, 4, 20]], "int32");
    chk(np.put(a(), [0, 5, -1, 7, -7], [10, 20, 30], { mode: "wrap" }), [[10, 10, 2], [3, 4, 20]], "int32");
  });
  it("casts values to a's dtype and flattens indices/values", () => {
    chk(np.put(a(), [1, 2], 2.7), [[0, 2, 2], [3, 4, 5]], "int32");
    chk(np.put(np.zeros(4, { dtype: "float16" }), [1, 2], [1.5, 2.5]), [0, 1.5, 2.5, 0], "float16");
    chk(np.put(np.array([true, false, true]), [0], [false]), [false, false, true], "bool");
    chk(np.put(a(), [[0], [4]], [[9], [8]]), [[9, 1, 2], [3, 8, 5]], "int32");
    chk(np.put(A([1, 2, 3], "bfloat16"), [1], 1.1), [1, 1.1015625, 3], "bfloat16");
    chk(np.put(np.zeros([2, 2], { dtype: "float32" }), [3], [[5]]), [[0, 0], [0, 5]], "float32");
  });
  it("empty a, indices or values return a unchanged", () => {
    chk(np.put(np.zeros([0], { dtype: "int32" }), [0], 1), [], "int32");
    chk(np.put(np.arange(3, { dtype: "int32" }), [0, 1], []), [0, 1, 2], "int32");
  });
  it("int64 under x64", () =>
    withX64(true, () => {
      const r = np.put(A([1, 2, 3], "int64"), [0, 2], A([2 ** 40, -5], "int64"));
      expect(r.dtype).toBe("int64");
      expect((r.toArray() as unknown[]).map(Number)).toEqual([2 ** 40, 2, -5]);
    }));
  it("errors", () => {
    expect(() => np.put(a(), [0], [1], { mode: "raise" })).toThrow(NotImplementedError);
    expect(() => np.put(a(), [0], [1], { mode: "foo" as never })).toThrow(/expected mode/);
    expect(() => np.put(a(), [0.5], 1)).toThrow(DTypeError);
  });
});

describe("np.putAlongAxis", () => {
  const b = () => A([[10, 30, 20], [60, 40, 50]], "float32");
  it("sets along an axis; negatives wrap", () => {
    chk(np.putAlongAxis(b(), [[0], [2]], 99, 1), [[99, 30, 20], [60, 40, 99]], "float32");
    chk(np.putAlongAxis(b(), [[1, 0, -1]], [[1, 2, 3]], 0), [[10, 2, 20], [1, 40, 3]], "float32");
  });
  it("axis null works on the flattened array; out-of-range indices dropped by default", () => {
    chk(np.putAlongAxis(b(), [0, 5, -1, 9], [1, 2, 3, 4], null), [[1, 30, 20], [60, 40, 3]], "float32");
    chk(np.putAlongAxis(b(), [[0], [5]], 7, 1), [[7, 30, 20], [60, 40, 50]], "float32");
    chk(np.putAlongAxis(b(), [[0], [5]], 7, 1, { mode: "clip" }), [[7, 30, 20], [60, 40, 7]], "float32");
  });
  it("dtypes: casts values, any integer index dtype", () => {
    chk(np.putAlongAxis(A([1, 2, 3], "uint8"), [0], 300.5, 0), [255, 2, 3], "uint8");
    chk(np.putAlongAxis(A([1, 2, 3], "int16"), A([2], "uint8"), 7, 0), [1, 2, 7], "int16");
  });
  it("uint64 under x64", () =>
    withX64(true, () => {
      const r = np.putAlongAxis(A([[1, 2], [3, 4]], "uint64"), [[1], [0]], A(2n ** 63n, "uint64"), 1);
      expect(r.dtype).toBe("uint64");
      expect(r.toArray()).toEqual([[1n, 2n ** 63n], [2n ** 63n, 4n]]);
    }));
  it("errors", () => {
    expect(() => np.putAlongAxis(b(), [0], 7, 1)).toThrow(ShapeError);
    expect(() => np.putAlongAxis(b(), [[0], [1]], [1, 2, 3], 1)).toThrow(/broadcastable/);
    expect(() => np.putAlongAxis(b(), [[0], [1]], 1, 2)).toThrow(ShapeError);
    expect(() => np.putAlongAxis(b(), [[0.5], [1]], 1, 1)).toThrow(DTypeError);
  });
});

describe("np.insert", () => {
  it("scalar obj: flattened or along an axis", () => {
    chk(np.insert(a(), 1, 9), [0, 9, 1, 2, 3, 4, 5], "int32");
    chk(np.insert(a(), 1, 9, { axis: 1 }), [[0, 9, 1, 2], [3, 9, 4, 5]], "int32");
    chk(np.insert(a(), 1, [7, 8], { axis: 1 }), [[0, 7, 1, 2], [3, 8, 4, 5]], "int32");
    chk(np.insert(a(), 0, [[1, 2, 3]], { axis: 0 }), [[1, 2, 3], [0, 1, 2], [3, 4, 5]], "int32");
  });
  it("list obj: clamped, negatives wrap, stable order of equal positions", () => {
    chk(np.insert(a(), [1], [[7], [8]], { axis: 1 }), [[0, 7, 1, 2], [3, 8, 4, 5]], "int32");
    chk(np.insert(a(), [0, 2, 2, -1, 10, -10], [1, 2, 3, 4, 5, 6]), [1, 6, 0, 1, 2, 3, 2, 3, 4, 4, 5, 5], "int32");
    chk(np.insert(a(), [2, 0], [[1, 2], [3, 4]], { axis: 1 }), [[2, 0, 1, 1, 2], [4, 3, 4, 3, 5]], "int32");
    chk(np.insert(a(), [0], [1, 2, 3], { axis: 0 }), [[1, 2, 3], [0, 1, 2], [3, 4, 5]], "int32");
    chk(np.insert(a(), A([2, 0], "uint8"), [[1, 2], [3, 4]], { axis: 1 }), [[2, 0, 1, 1, 2], [4, 3, 4, 3, 5]], "int32");
  });
  it("slice obj (string or np.s) and casting of values", () => {
    chk(np.insert(a(), "::2", [7, 8], { axis: 1 }), [[7, 0, 1, 8, 2], [7, 3, 4, 8, 5]], "int32");
    chk(np.insert(a(), np.s(null, null, 2), [7, 8], { axis: 1 }), [[7, 0, 1, 8, 2], [7, 3, 4, 8, 5]], "int32");
    chk(np.insert(a(), "1:", 5.9, { axis: 1 }), [[0, 5, 1, 5, 2], [3, 5, 4, 5, 5]], "int32");
  });
  it("dtype families and empty cases", () => {
    chk(np.insert(A([1, 2], "float32"), [], 5), [1, 2], "float32");
    chk(np.insert(A([1, 2], "float16"), 0, [0.1, 0.2]), [0.0999755859375, 0.199951171875, 1, 2], "float16");
    chk(np.insert(np.array([true, false]), 1, true), [true, true, false], "bool");
    chk(np.insert(A([1, 2], "uint8"), 0, -1), [255, 1, 2], "uint8");
    chk(np.insert(np.zeros([2, 0], { dtype: "int32" }), 0, 1, { axis: 1 }), [[1], [1]], "int32");
    chk(np.insert(np.zeros([0], { dtype: "int32" }), 0, [1, 2]), [1, 2], "int32");
    withX64(true, () => chk(np.insert(A([1.5, 2.5], "float64"), 1, 0.1), [1.5, 0.1, 2.5], "float64"));
  });
  it("errors", () => {
    expect(() => np.insert(a(), [[1]] as never, 0)).toThrow(ShapeError);
    expect(() => np.insert(a(), [1.5], 0)).toThrow(DTypeError);
    expect(() => np.insert(a(), [0, 1], [1, 2, 3])).toThrow(/cannot be broadcast/);
    expect(() => np.insert(a(), 1, [7, 8], { axis: 0 })).toThrow(ValueError);
    expect(() => np.insert(a(), 0, 1, { axis: 2 })).toThrow(ShapeError);
  });
});

describe("np.place", () => {
  it("fills masked positions cyclically with vals", () => {
    const x = a();
    chk(np.place(x, x.mod(2).eq(1), [10, 20]), [[0, 10, 2], [20, 4, 10]], "int32");
    chk(np.place(A([1, 2, 3, 4], "float32"), [true, false, true, true], 0.5), [0.5, 2, 0.5, 0.5], "float32");
    chk(np.place(x, [1, 0, 0, 0, 0, 2], [7]), [[7, 1, 2], [3, 4, 7]], "int32");
    chk(np.place(A([1, 2, 3], "bfloat16"), [true, false, true], [0.3, 0.7]), [0.30078125, 2, 0.69921875], "bfloat16");
    chk(np.place(np.zeros([0], { dtype: "int32" }), np.zeros([0], { dtype: "bool" }), [1]), [], "int32");
    withX64(true, () => chk(np.place(A([1, 2, 3], "uint64"), [0, 1, 1], A([9], "uint64")), [1n, 9n, 9n], "uint64"));
  });
  it("errors", () => {
    expect(() => np.place(a(), [true], 1)).toThrow(ShapeError);
    expect(() => np.place(a(), a().gt(1), [])).toThrow(/empty array/);
  });
});

describe("np.choose", () => {
  const ch = () => A([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], "int32");
  it("picks per position, with raise/clip/wrap modes", () => {
    chk(np.choose([2, 0, 1, 0], ch()), [9, 2, 7, 4], "int32");
    chk(np.choose([2, 0, 1, 4], ch(), { mode: "clip" }), [9, 2, 7, 12], "int32");
    chk(np.choose([2, 0, 1, 4, -1], [1, 2, 3], { mode: "clip" }), [3, 1, 2, 3, 1], "int32");
    chk(np.choose([2, 0, 1, 4, -1], [1, 2, 3], { mode: "wrap" }), [3, 1, 2, 2, 3], "int32");
    chk(np.choose(1, [1, 2, 3]), 2, "int32");
  });
  it("broadcasts choices", () => {
    const r = np.choose([[0, 1, 2, 0], [1, 2, 0, 1], [2, 0, 1, 2]], [A([1, 2, 3, 4], "int32"), 99, A([[10], [20], [30]], "int32")], { mode: "wrap" });
    chk(r, [[1, 99, 10, 4], [99, 20, 3, 99], [30, 2, 99, 30]], "int32");
  });
  it("promotes choices as jnp.array(choices)", () => {
    chk(np.choose([0, 1], [A([1, 2], "int8"), A([1.5, 2.5], "float32")]), [1, 2.5], "float32");
    chk(np.choose([0, 1], [A([1, 2], "int8"), 3]), [1, 3], "int8");
    chk(np.choose([0, 1], [A([1, 2], "uint8"), A([3, 4], "int8")]), [1, 4], "int16");
    chk(np.choose([0, 1], [1.5, 2]), [1.5, 2], "float32");
    chk(np.choose(A([1, 0], "uint8"), [np.array([true, false]), np.array([false, false])]), [false, false], "bool");
    chk(np.choose([0, 1], [A([1, 2], "float16"), A([1, 2], "bfloat16")]), [1, 2], "float32");
    withX64(true, () => chk(np.choose(A([1, 0], "int64"), [A([1, 2], "float64"), A([3, 4], "float64")]), [3, 2], "float64"));
  });
  it("errors", () => {
    expect(() => np.choose([3], [1, 2, 3])).toThrow(/invalid entry/);
    expect(() => np.choose([1.5], [1, 2, 3])).toThrow(DTypeError);
    expect(() => np.choose([1], [1, 2, 3], { mode: "foo" as never })).toThrow(ValueError);
    expect(() => np.choose([0], [])).toThrow(ValueError);
  });
});
