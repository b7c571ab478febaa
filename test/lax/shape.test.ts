// lax transpose, squeeze, expandDims, rev, iota / broadcastedIota. Expected
// values were printed by JAX 0.10 (CPU) or follow from the definitions;
// data movement is checked for every dtype family (storage bits preserved).

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
/** [[0,1,2],[3,4,5]] in dtype d (bool: value % 2 == 1), and how elements read back. */
const m23 = (d: DType) => {
  const el = (v: number) => (d === "bool" ? v % 2 === 1 : d === "int64" || d === "uint64" ? BigInt(v) : v);
  return { x: arr([[0, 1, 2], [3, 4, 5]].map((r) => r.map(el)), d), el };
};
const map2 = (rows: number[][], el: (v: number) => unknown) => rows.map((r) => r.map(el));

describe("transpose / rev / squeeze / expandDims over every dtype", () => {
  const run = (d: DType) => {
    const { x, el } = m23(d);
    check(lax.transpose(x, [1, 0]), d, [3, 2], map2([[0, 3], [1, 4], [2, 5]], el));
    check(lax.rev(x, [1]), d, [2, 3], map2([[2, 1, 0], [5, 4, 3]], el));
    check(lax.rev(x, [0, -1]), d, [2, 3], map2([[5, 4, 3], [2, 1, 0]], el));
    const e = lax.expandDims(x, [0, -1]);
    check(e, d, [1, 2, 3, 1], [map2([[0, 1, 2], [3, 4, 5]], el).map((r) => r.map((v) => [v]))]);
    check(lax.squeeze(e, [0, 3]), d, [2, 3], map2([[0, 1, 2], [3, 4, 5]], el));
  };
  for (const d of DTYPES_32) it(d, () => run(d));
  for (const d of ["int64", "uint64", "float64"] as DType[]) it(`${d} (x64)`, () => withX64(true, () => run(d)));
  it("preserves -0 and NaN bits", () => {
    const r = lax.transpose(arr([[-0, NaN]], "float16"), [1, 0]).toArray() as number[][];
    expect(Object.is(r[0][0], -0)).toBe(true);
    expect(r[1][0]).toBeNaN();
  });
});

describe("transpose", () => {
  it("permutes 3-d axes", () => {
    const x = lax.reshape(lax.iota("int32", 24), [2, 3, 4]);
    const t = lax.transpose(x, [2, 0, 1]);
    expect(t.shape).toEqual([4, 2, 3]);
    // t[i, j, k] = x[j, k, i] = 12j + 4k + i
    expect((t.toArray() as number[][][])[3][1][2]).toBe(12 + 8 + 3);
    expect(lax.transpose(x, [0, 1, 2])).toBe(x);
  });
  it("rejects non-permutations", () => {
    const x = arr([[1, 2]], "float32");
    expect(() => lax.transpose(x, [0, 0])).toThrow(ShapeError);
    expect(() => lax.transpose(x, [0])).toThrow(/permutation/);
    expect(() => lax.transpose(x, [0, 2])).toThrow(ShapeError);
  });
});

describe("squeeze / expandDims", () => {
  it("handle 0-d and 0-size arrays", () => {
    const s = lax.expandDims(arr(7, "int8"), [0]);
    check(s, "int8", [1], [7]);
    check(lax.squeeze(s, [0]), "int8", [], 7);
    const z = lax.broadcastInDim(arr(0, "float32"), [1, 0], []);
    check(lax.squeeze(z, 0), "float32", [0], []);
    expect(lax.expandDims(z, [1]).shape).toEqual([1, 1, 0]);
    expect(lax.expandDims(z, [-1, 0]).shape).toEqual([1, 1, 0, 1]);
    expect(lax.squeeze(z, [])).toBe(z);
  });
  it("reject bad dimensions", () => {
    const x = arr([[1, 2, 3]], "float32");
    expect(() => lax.squeeze(x, [1])).toThrow(ShapeError);
    expect(() => lax.squeeze(x, [1])).toThrow(/expected size 1, got 3/);
    expect(() => lax.squeeze(x, [0, 0])).toThrow(ValueError);
    expect(() => lax.squeeze(x, [2])).toThrow(/out of bounds/);
    expect(() => lax.expandDims(x, [0, 0])).toThrow(ValueError);
    expect(() => lax.expandDims(x, [3])).toThrow(ShapeError);
    expect(() => lax.squeezeP.abstractEval([x.aval], { dimensions: [-2] })).toThrow(ShapeError);
  });
});

describe("rev", () => {
  it("reverses nothing for no dimensions, and validates", () => {
    const x = arr([[1, 2, 3]], "float32");
    check(lax.rev(x, []), "float32", [1, 3], [[1, 2, 3]]);
    check(lax.rev(lax.broadcastInDim(arr(0, "int8"), [0, 2], []), [0, 1]), "int8", [0, 2], []);
    expect(() => lax.rev(x, [0, 0])).toThrow(ValueError);
    expect(() => lax.rev(x, [2])).toThrow(ShapeError);
    expect(() => lax.revP.abstractEval([x.aval], { dimensions: [-1] })).toThrow(ShapeError);
  });
});

describe("iota / broadcastedIota", () => {
  it("counts in the requested dtype (ints wrap, floats round as a conversion)", () => {
    check(lax.iota("int32", 4), "int32", [4], [0, 1, 2, 3]);
    check(lax.iota("float32", 3), "float32", [3], [0, 1, 2]);
    check(lax.iota("uint8", 0), "uint8", [0], []);
    // JAX: iota(int8, 300)[126:130] = [126, 127, -128, -127]; iota(uint8, 300)[254:258] = [254, 255, 0, 1]
    expect((lax.iota("int8", 300).toArray() as number[]).slice(126, 130)).toEqual([126, 127, -128, -127]);
    expect((lax.iota("uint8", 300).toArray() as number[]).slice(254, 258)).toEqual([254, 255, 0, 1]);
    // JAX: iota(float16, 3000)[2049:2052] = [2048, 2050, 2052]; iota(bfloat16, 300)[255:260] = [255, 256, 256, 258, 260]
    expect((lax.iota("float16", 3000).toArray() as number[]).slice(2049, 2052)).toEqual([2048, 2050, 2052]);
    expect((lax.iota("bfloat16", 300).toArray() as number[]).slice(255, 260)).toEqual([255, 256, 256, 258, 260]);
    withX64(true, () => check(lax.iota("int64", 3), "int64", [3], [0n, 1n, 2n]));
    check(lax.iota("int64", 2), "int32", [2], [0, 1]); // canonicalized without x64
  });
  it("broadcasts along one dimension", () => {
    check(lax.broadcastedIota("int32", [2, 3], 1), "int32", [2, 3], [[0, 1, 2], [0, 1, 2]]);
    check(lax.broadcastedIota("float16", [2, 3], 0), "float16", [2, 3], [[0, 0, 0], [1, 1, 1]]);
    check(lax.broadcastedIota("uint16", [2, 3], -1), "uint16", [2, 3], [[0, 1, 2], [0, 1, 2]]);
  });
  it("rejects bool, bad shapes and dimensions", () => {
    expect(() => lax.iota("bool", 3)).toThrow(DTypeError);
    expect(() => lax.iota("nope" as DType, 3)).toThrow(DTypeError);
    expect(() => lax.iota("int32", -1)).toThrow(ShapeError);
    expect(() => lax.iota("int32", 1.5)).toThrow(ShapeError);
    expect(() => lax.broadcastedIota("int32", [2, 3], 2)).toThrow(/out of bounds/);
    expect(() => lax.iotaP.abstractEval([], { dtype: "int32", shape: [2], dimension: 1, sharding: null })).toThrow(ShapeError);
  });
});
