// np shape manipulation: reshape/ravel/transpose/moveaxis/swapaxes/squeeze/
// expandDims/broadcast*/atleast*. Expected values are NumPy/JAX semantics
// (checked against jax 0.10), written out by hand.
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const iota = (shape: number[], dtype: np.DType = "int32") => {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.array(Array.from({ length: n }, (_, i) => i), { dtype }), shape);
};

describe("np.reshape / ravel", () => {
  it("infers one -1 and keeps dtype", () => {
    const r = np.reshape(iota([2, 3]), [3, -1]);
    expect(r.shape).toEqual([3, 2]);
    expect(r.dtype).toBe("int32");
    expect(r.toArray()).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(np.reshape(iota([6]), -1).shape).toEqual([6]);
    expect(np.reshape(iota([1]), []).shape).toEqual([]);
  });
  it("order F reads column-major (np.reshape(x,(3,2),order='F'))", () => {
    const x = np.array([[1, 2, 3], [4, 5, 6]], { dtype: "int8" });
    expect(np.reshape(x, [3, 2], { order: "F" }).toArray()).toEqual([[1, 5], [4, 3], [2, 6]]);
    expect(np.ravel(x, { order: "F" }).toArray()).toEqual([1, 4, 2, 5, 3, 6]);
  });
  it("handles empty arrays and rejects bad shapes", () => {
    expect(np.reshape(np.zeros([0, 3]), [3, 0]).shape).toEqual([3, 0]);
    expect(() => np.reshape(np.zeros([0, 3]), [0, -1])).toThrow(ShapeError);
    expect(() => np.reshape(iota([6]), [4, -1])).toThrow(/cannot reshape/);
    expect(() => np.reshape(iota([6]), [-1, -1])).toThrow(/one unknown dimension/);
    expect(() => np.reshape(iota([6]), [2.5, 2] as number[])).toThrow(ShapeError);
    expect(() => np.reshape(iota([6]), [6], { order: "K" as "C" })).toThrow(ValueError);
  });
  it("ravel keeps every dtype family", () => {
    for (const d of ["bool", "uint8", "int16", "float16", "bfloat16", "float32"] as const) {
      const r = np.ravel(np.array([[1, 0], [1, 1]], { dtype: d }));
      expect(r.dtype).toBe(d);
      expect(r.shape).toEqual([4]);
    }
    withX64(true, () => {
      const r = np.ravel(np.array([[1, 2]], { dtype: "int64" }));
      expect(r.dtype).toBe("int64");
      expect(r.toArray()).toEqual([1n, 2n]);
    });
  });
});

describe("np.transpose / moveaxis / swapaxes", () => {
  it("reverses axes by default and accepts negative axes", () => {
    const x = iota([2, 3, 4]);
    expect(np.transpose(x).shape).toEqual([4, 3, 2]);
    const t = np.transpose(x, [-1, 0, 1]);
    expect(t.shape).toEqual([4, 2, 3]);
    // t[i, j, k] = x[j, k, i] = 12j + 4k + i
    expect((t.toArray() as number[][][])[3][1][2]).toBe(12 + 8 + 3);
    expect(np.transpose(np.array(5)).shape).toEqual([]);
    expect(() => np.transpose(x, [0, 0, 1])).toThrow(ShapeError);
    expect(() => np.transpose(x, [0, 1])).toThrow(ShapeError);
    expect(() => np.transpose(x, [0, 1, 3])).toThrow(ShapeError);
  });
  it("moveaxis matches np.moveaxis", () => {
    const x = iota([2, 3, 4]);
    expect(np.moveaxis(x, 0, -1).shape).toEqual([3, 4, 2]);
    expect(np.moveaxis(x, [0, 1], [-1, -2]).shape).toEqual([4, 3, 2]);
    expect((np.moveaxis(x, 0, -1).toArray() as number[][][])[0][1]).toEqual([1, 13]);
    expect(() => np.moveaxis(x, [0, 1], [0])).toThrow(ValueError);
    expect(() => np.moveaxis(x, 3, 0)).toThrow(ShapeError);
  });
  it("swapaxes, permuteDims, matrixTranspose", () => {
    const x = iota([2, 3]);
    expect(np.swapaxes(x, 0, -1).toArray()).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(np.permuteDims(x, [1, 0]).toArray()).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(np.matrixTranspose(iota([5, 2, 3])).shape).toEqual([5, 3, 2]);
    expect(() => np.matrixTranspose(iota([3]))).toThrow(ShapeError);
  });
});

describe("np.squeeze / expandDims", () => {
  it("squeezes all or given size-1 axes", () => {
    const x = iota([1, 2, 1, 3]);
    expect(np.squeeze(x).shape).toEqual([2, 3]);
    expect(np.squeeze(x, -2).shape).toEqual([1, 2, 3]);
    expect(np.squeeze(x, [0, 2]).shape).toEqual([2, 3]);
    expect(np.squeeze(np.array([[7]])).shape).toEqual([]);
    expect(() => np.squeeze(x, 1)).toThrow(/size not equal to one/);
    expect(() => np.squeeze(x, 1)).toThrow(ShapeError);
    expect(() => np.squeeze(x, 4)).toThrow(ShapeError);
    expect(() => np.squeeze(x, [0, 0])).toThrow(ValueError);
  });
  it("expandDims inserts at result positions", () => {
    const x = iota([2, 3]);
    expect(np.expandDims(x, 0).shape).toEqual([1, 2, 3]);
    expect(np.expandDims(x, -1).shape).toEqual([2, 3, 1]);
    expect(np.expandDims(x, [0, 3]).shape).toEqual([1, 2, 3, 1]);
    expect(np.expandDims(x, [-1, 0]).shape).toEqual([1, 2, 3, 1]);
    expect(np.expandDims(np.array(1), 0).shape).toEqual([1]);
    expect(() => np.expandDims(x, 4)).toThrow(ShapeError);
    expect(() => np.expandDims(x, [1, 1])).toThrow(ValueError);
  });
});

describe("broadcasting helpers", () => {
  it("broadcastTo is one-way", () => {
    const b = np.broadcastTo(np.array([1, 2, 3], { dtype: "uint8" }), [2, 3]);
    expect(b.dtype).toBe("uint8");
    expect(b.toArray()).toEqual([[1, 2, 3], [1, 2, 3]]);
    expect(np.broadcastTo(np.array([[1], [2]]), [2, 2, 4]).shape).toEqual([2, 2, 4]);
    expect(np.broadcastTo(5, [2]).toArray()).toEqual([5, 5]);
    expect(np.broadcastTo(np.zeros([1, 3]), [0, 3]).shape).toEqual([0, 3]);
    expect(() => np.broadcastTo(np.zeros([2, 3]), [3])).toThrow(ShapeError);
    expect(() => np.broadcastTo(np.zeros([3]), [1, 1])).toThrow(/cannot broadcast/);
  });
  it("broadcastArrays and broadcastShapes", () => {
    const [a, b] = np.broadcastArrays(np.zeros([3, 1]), np.array([1, 2], { dtype: "int8" }));
    expect(a.shape).toEqual([3, 2]);
    expect(b.dtype).toBe("int8");
    expect(b.toArray()).toEqual([[1, 2], [1, 2], [1, 2]]);
    expect(np.broadcastShapes([2, 1], [3], [])).toEqual([2, 3]);
    expect(np.broadcastShapes(3, [1])).toEqual([3]);
    expect(() => np.broadcastShapes([2], [3])).toThrow(ShapeError);
  });
  it("atleast1d/2d/3d", () => {
    expect(np.atleast1d(np.array(1)).shape).toEqual([1]);
    expect(np.atleast2d(np.array([1, 2])).shape).toEqual([1, 2]);
    expect(np.atleast2d(np.array(1)).shape).toEqual([1, 1]);
    expect(np.atleast3d(np.array([1, 2])).shape).toEqual([1, 2, 1]);
    expect(np.atleast3d(np.zeros([2, 3])).shape).toEqual([2, 3, 1]);
    expect(np.atleast3d(np.array(1)).shape).toEqual([1, 1, 1]);
    expect(np.atleast3d(np.zeros([2, 3, 4, 5])).shape).toEqual([2, 3, 4, 5]);
    const both = np.atleast1d(1, np.zeros([2, 2]));
    expect(both.map((a) => a.shape)).toEqual([[1], [2, 2]]);
  });
});
