// lax slice, sliceInDim, dynamicSlice, dynamicUpdateSlice (+ InDim helpers),
// pad and concatenate. Expected values were printed by JAX 0.10 (CPU) for
// the same inputs; data movement is checked for every dtype family.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import type { NDArray } from "../../src/core/array.js";
import { DTYPES_32, type DType } from "../../src/core/dtype.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";

const arr = (v: unknown, dtype: DType): NDArray => np.array(v as never, { dtype });
const check = (a: NDArray, dtype: DType, shape: number[], values: unknown): void => {
  expect(a.dtype).toBe(dtype);
  expect(a.shape).toEqual(shape);
  expect(a.toArray()).toEqual(values);
};
const x34 = () => lax.reshape(lax.iota("float32", 12), [3, 4]);
const ten = () => lax.iota("int32", 10);

describe("every dtype", () => {
  const run = (d: DType) => {
    const el = (v: number) => (d === "bool" ? v % 2 === 1 : d === "int64" || d === "uint64" ? BigInt(v) : v);
    const x = arr([0, 1, 2, 3, 4].map(el), d);
    check(lax.slice(x, [1], [5], [2]), d, [2], [1, 3].map(el));
    check(lax.dynamicSlice(x, [3], [3]), d, [3], [2, 3, 4].map(el));
    check(lax.dynamicUpdateSlice(x, arr([el(1), el(1)], d), [-1]), d, [5], [0, 1, 2, 1, 1].map(el));
    check(lax.pad(x, arr(el(5), d), [[1, -2, 1]]), d, [8], [5, 0, 5, 1, 5, 2, 5, 3].map(el));
    check(lax.concatenate([x, lax.sliceInDim(x, 3, null)], 0), d, [7], [0, 1, 2, 3, 4, 3, 4].map(el));
  };
  for (const d of DTYPES_32) it(d, () => run(d));
  for (const d of ["int64", "uint64", "float64"] as DType[]) it(`${d} (x64)`, () => withX64(true, () => run(d)));
});

describe("slice / sliceInDim", () => {
  it("takes strided windows", () => {
    check(lax.slice(x34(), [0, 0], [3, 4], [2, 3]), "float32", [2, 2], [[0, 3], [8, 11]]);
    check(lax.slice(x34(), [1, 1], [3, 3]), "float32", [2, 2], [[5, 6], [9, 10]]);
    check(lax.slice(x34(), [1, 2], [1, 2]), "float32", [0, 0], []);
    check(lax.sliceInDim(x34(), -2, null, 1, 0), "float32", [2, 4], [[4, 5, 6, 7], [8, 9, 10, 11]]);
    check(lax.sliceInDim(x34(), 1, -1, 2, -1), "float32", [3, 1], [[1], [5], [9]]);
    check(lax.sliceInDim(x34(), null, null, 2, 1), "float32", [3, 2], [[0, 2], [4, 6], [8, 10]]);
    check(lax.slice(arr(3, "int8"), [], []), "int8", [], 3);
  });
  it("validates bounds, lengths and strides", () => {
    const x = x34();
    expect(() => lax.slice(x, [1], [2])).toThrow(ShapeError);
    expect(() => lax.slice(x, [1, 3], [2, 2])).toThrow(/at least start_indices/);
    expect(() => lax.slice(x, [1, 0], [4, 2])).toThrow(/limit_indices must be at most/);
    expect(() => lax.slice(x, [-1, 0], [2, 2])).toThrow(/nonnegative/);
    expect(() => lax.slice(x, [0, 0], [3, 4], [0, 1])).toThrow(ValueError);
    expect(() => lax.slice(x, [0, 0], [3, 4], [2])).toThrow(ShapeError);
    expect(() => lax.slice(x, [0.5, 0], [3, 4])).toThrow(/integers/);
    expect(() => lax.sliceInDim(x, 0, 1, 1, 2)).toThrow(/out of bounds/);
  });
});

describe("dynamicSlice / dynamicUpdateSlice", () => {
  it("clamp start indices into bounds and wrap negative ones once", () => {
    // JAX: [6 7 8 9] [7 8] [0 1] [7 8] [8 9]
    expect(lax.dynamicSlice(ten(), [8], [4]).toArray()).toEqual([6, 7, 8, 9]);
    expect(lax.dynamicSlice(ten(), [-3], [2]).toArray()).toEqual([7, 8]);
    expect(lax.dynamicSlice(ten(), [-30], [2]).toArray()).toEqual([0, 1]);
    expect(lax.dynamicSlice(ten(), [arr(-3, "int8")], [2]).toArray()).toEqual([7, 8]);
    expect(lax.dynamicSlice(ten(), [arr(250, "uint8")], [2]).toArray()).toEqual([8, 9]);
    expect(lax.dynamicSlice(ten(), [-3], [2], { allowNegativeIndices: false }).toArray()).toEqual([0, 1]);
    expect(lax.dynamicSlice(ten(), arr([4], "int32"), [2]).toArray()).toEqual([4, 5]);
    check(lax.dynamicSlice(ten(), [3], [0]), "int32", [0], []);
    check(lax.dynamicSlice(arr(5, "float32"), [], []), "float32", [], 5);
    // JAX: [0 1 2 3 4 5 6 -1 -2 -3] and [0 1 2 3 4 5 6 7 -1 -2]
    expect(lax.dynamicUpdateSlice(ten(), arr([-1, -2, -3], "int32"), [9]).toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, -1, -2, -3]);
    expect(lax.dynamicUpdateSlice(ten(), arr([-1, -2], "int32"), [-1]).toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, -1, -2]);
  });
  it("works in 2-d and through the InDim helpers", () => {
    const m = lax.reshape(ten(), [2, 5]);
    check(lax.dynamicSlice(m, [arr(1, "int16"), 2], [1, 2]), "int32", [1, 2], [[7, 8]]);
    check(lax.dynamicSliceInDim(m, 4, 2, 1), "int32", [2, 2], [[3, 4], [8, 9]]);
    check(lax.dynamicSliceInDim(m, arr(1, "int32"), 1), "int32", [1, 5], [[5, 6, 7, 8, 9]]);
    check(lax.dynamicUpdateSliceInDim(m, arr([[7]], "int32"), 4, 1), "int32", [2, 5], [[0, 1, 2, 3, 7], [5, 6, 7, 8, 9]]);
    check(lax.dynamicUpdateSlice(m, [[0]], [1, 1]), "int32", [2, 5], [[0, 1, 2, 3, 4], [5, 0, 7, 8, 9]]);
    expect(() => lax.dynamicUpdateSlice(m, 0, [1, 1])).toThrow(ShapeError); // update rank must match, as JAX
  });
  it("validate indices, sizes and dtypes", () => {
    const m = lax.reshape(ten(), [2, 5]);
    expect(() => lax.dynamicSlice(ten(), [1], [11])).toThrow(ShapeError);
    expect(() => lax.dynamicSlice(ten(), [1.5], [1])).toThrow(DTypeError);
    expect(() => lax.dynamicSlice(ten(), [arr(1, "float32")], [1])).toThrow(/integers/);
    expect(() => lax.dynamicSlice(ten(), [1, 2], [1])).toThrow(/expected 1 start indices/);
    expect(() => lax.dynamicSlice(ten(), [arr([1], "int32")], [1])).toThrow(/scalars/);
    expect(() => lax.dynamicSlice(m, [arr(1, "int8"), arr(1, "int32")], [1, 2])).toThrow(/one dtype/);
    expect(() => lax.dynamicUpdateSlice(ten(), lax.iota("int32", 11), [0])).toThrow(ShapeError);
    expect(() => lax.dynamicUpdateSlice(ten(), arr([1, 2], "float32"), [0])).toThrow(DTypeError);
    expect(() => lax.dynamicUpdateSlice(m, arr([1], "int32"), [0, 0])).toThrow(/fit/);
  });
});

describe("pad", () => {
  it("pads low, high and interior; negative low/high crop", () => {
    // JAX: [0. 2. 0. 3. 0. 4.] / [-1 -1 1 -1 -1 2 -1 -1] / [] / [2 2]
    check(lax.pad(arr([1, 2, 3, 4, 5], "float32"), 0, [[-1, -2, 1]]), "float32", [6], [0, 2, 0, 3, 0, 4]);
    check(lax.pad(arr([1, 2, 3], "float32"), -1, [[2, -1, 2]]), "float32", [8], [-1, -1, 1, -1, -1, 2, -1, -1]);
    check(lax.pad(arr([1, 2, 3], "float32"), -1, [[-7, 0, 2]]), "float32", [0], []);
    check(lax.pad(lax.iota("float32", 0), 2, [[1, 1, 3]]), "float32", [2], [2, 2]);
    check(lax.pad(arr(3, "float32"), 2, []), "float32", [], 3);
    check(lax.pad(arr([[1, 2], [3, 4]], "int8"), 9, [[1, 0, 0], [0, 1, 1]]), "int8", [3, 4], [[9, 9, 9, 9], [1, 9, 2, 9], [3, 9, 4, 9]]);
  });
  it("validates the config and padding value", () => {
    const x = arr([1, 2, 3], "float32");
    expect(() => lax.pad(x, -1, [[-8, 0, 2]])).toThrow(ShapeError);
    expect(() => lax.pad(x, -1, [[0, 0, -1]])).toThrow(/interior padding must be nonnegative/);
    expect(() => lax.pad(x, arr(1, "float16"), [[0, 0, 1]])).toThrow(DTypeError);
    expect(() => lax.pad(x, arr([0, 0], "float32"), [[0, 0, 1]])).toThrow(/scalar/);
    expect(() => lax.pad(x, 0, [[0, 0, 1], [0, 0, 0]])).toThrow(ShapeError);
    expect(() => lax.pad(x, 0, [[0, 0]] as never)).toThrow(ValueError);
  });
});

describe("concatenate", () => {
  it("joins along any axis", () => {
    const x = arr([[1, 2], [3, 4]], "uint16");
    check(lax.concatenate([x, arr([[5, 6]], "uint16")], 0), "uint16", [3, 2], [[1, 2], [3, 4], [5, 6]]);
    check(lax.concatenate([x, x, arr([[0], [0]], "uint16")], -1), "uint16", [2, 5], [[1, 2, 1, 2, 0], [3, 4, 3, 4, 0]]);
    check(lax.concatenate([lax.iota("int8", 0), arr([1], "int8")], 0), "int8", [1], [1]);
    expect(lax.concatenate([x], 5)).toBe(x);
  });
  it("validates operands", () => {
    const x = x34();
    expect(() => lax.concatenate([x, lax.sliceInDim(x, 0, 2)], 1)).toThrow(ShapeError);
    expect(() => lax.concatenate([x, lax.convertElementType(x, "int32")], 0)).toThrow(DTypeError);
    expect(() => lax.concatenate([], 0)).toThrow(ValueError);
    expect(() => lax.concatenate([arr(1, "float32"), arr(2, "float32")], 0)).toThrow(ShapeError);
    expect(() => lax.concatenate([x, lax.expandDims(x, [2])], 0)).toThrow(/number of dimensions/);
    expect(() => lax.concatenate([x, x], 2)).toThrow(/out of bounds/);
  });
});
