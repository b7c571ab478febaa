// np tile/repeat/flip/roll/rot90/diagonal/trace and pad. Expected values are
// those jax 0.10 printed for the same calls (quoted in comments where useful).
import { describe, expect, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import { NotImplementedError, ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const iota = (shape: number[], dtype: np.DType = "int32") => {
  const n = shape.reduce((a, b) => a * b, 1);
  return np.reshape(np.array(Array.from({ length: n }, (_, i) => i), { dtype }), shape);
};

describe("np.tile / np.repeat", () => {
  it("tile", () => {
    expect(np.tile(iota([3]), [2, 2]).toArray()).toEqual([[0, 1, 2, 0, 1, 2], [0, 1, 2, 0, 1, 2]]);
    expect(np.tile(iota([2, 3]), 2).toArray()).toEqual([[0, 1, 2, 0, 1, 2], [3, 4, 5, 3, 4, 5]]);
    expect(np.tile(np.array(7, { dtype: "uint8" }), 3).toArray()).toEqual([7, 7, 7]);
    expect(np.tile(iota([2]), 0).shape).toEqual([0]);
    expect(() => np.tile(iota([2]), -1)).toThrow(ValueError);
  });
  it("repeat with scalar and per-element counts", () => {
    expect(np.repeat(iota([2, 3]), 2, { axis: 1 }).toArray()).toEqual([[0, 0, 1, 1, 2, 2], [3, 3, 4, 4, 5, 5]]);
    expect(np.repeat(iota([2, 2]), 2).toArray()).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(np.repeat(iota([3]), [1, 0, 2]).toArray()).toEqual([0, 2, 2]);
    expect(np.repeat(iota([2, 2]), np.array([2, 1], { dtype: "int32" }), { axis: 0 }).toArray()).toEqual([[0, 1], [0, 1], [2, 3]]);
    expect(np.repeat(np.array(true), 3).toArray()).toEqual([true, true, true]);
  });
  it("totalRepeatLength pads with the last element or truncates (jnp)", () => {
    // jnp.repeat(arange(3), [1,0,2], total_repeat_length=5) -> [0 2 2 2 2]; =2 -> [0 2]
    expect(np.repeat(iota([3]), [1, 0, 2], { totalRepeatLength: 5 }).toArray()).toEqual([0, 2, 2, 2, 2]);
    expect(np.repeat(iota([3]), [1, 0, 2], { totalRepeatLength: 2 }).toArray()).toEqual([0, 2]);
    // jnp.repeat(arange(3), 2, total_repeat_length=4 / 8)
    expect(np.repeat(iota([3]), 2, { totalRepeatLength: 4 }).toArray()).toEqual([0, 0, 1, 1]);
    expect(np.repeat(iota([3]), 2, { totalRepeatLength: 8 }).toArray()).toEqual([0, 0, 1, 1, 2, 2, 2, 2]);
  });
  it("repeat errors", () => {
    expect(() => np.repeat(iota([3]), [1, 2])).toThrow(ShapeError);
    expect(() => np.repeat(iota([3]), -1)).toThrow(ValueError);
    expect(() => np.repeat(iota([3]), np.array([1.5, 1, 1]))).toThrow(ValueError);
    expect(() => np.repeat(iota([3]), 1.5)).toThrow(ValueError);
  });
});

describe("np.flip / roll / rot90", () => {
  it("flip", () => {
    const x = iota([2, 3]);
    expect(np.flip(x).toArray()).toEqual([[5, 4, 3], [2, 1, 0]]);
    expect(np.flip(x, { axis: -1 }).toArray()).toEqual([[2, 1, 0], [5, 4, 3]]);
    expect(np.fliplr(x).toArray()).toEqual([[2, 1, 0], [5, 4, 3]]);
    expect(np.flipud(x).toArray()).toEqual([[3, 4, 5], [0, 1, 2]]);
    expect(np.flip(np.array(3)).toArray()).toBe(3);
    expect(() => np.fliplr(iota([3]))).toThrow(ShapeError);
    expect(() => np.flip(x, { axis: 2 })).toThrow(ShapeError);
  });
  it("roll (jnp.roll(arange(5), -7) = [2 3 4 0 1])", () => {
    expect(np.roll(iota([5]), -7).toArray()).toEqual([2, 3, 4, 0, 1]);
    expect(np.roll(iota([2, 3]), 1).toArray()).toEqual([[5, 0, 1], [2, 3, 4]]);
    expect(np.roll(iota([2, 3]), 1, { axis: 1 }).toArray()).toEqual([[2, 0, 1], [5, 3, 4]]);
    expect(np.roll(iota([2, 3]), [1, 2], { axis: [1, 1] }).toArray()).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(np.roll(iota([2, 3]), [1, 1], { axis: [0, 1] }).toArray()).toEqual([[5, 3, 4], [2, 0, 1]]);
    expect(np.roll(np.zeros([0]), 3).shape).toEqual([0]);
    expect(() => np.roll(iota([3]), [1, 2], { axis: [0, 0, 0] })).toThrow(ShapeError);
  });
  it("rot90", () => {
    const x = iota([2, 3]);
    expect(np.rot90(x).toArray()).toEqual([[2, 5], [1, 4], [0, 3]]);
    expect(np.rot90(x, { k: 2 }).toArray()).toEqual([[5, 4, 3], [2, 1, 0]]);
    expect(np.rot90(x, { k: -1 }).toArray()).toEqual([[3, 0], [4, 1], [5, 2]]);
    expect(np.rot90(x, { k: 4 }).toArray()).toEqual(x.toArray());
    expect(np.rot90(iota([2, 3, 4]), { axes: [1, 2] }).shape).toEqual([2, 4, 3]);
    expect(() => np.rot90(iota([3]))).toThrow(ShapeError);
    expect(() => np.rot90(x, { axes: [0, 0] })).toThrow(ValueError);
  });
});

describe("np.diagonal / np.trace", () => {
  it("diagonal with offsets and axes", () => {
    const x = iota([3, 4]);
    expect(np.diagonal(x).toArray()).toEqual([0, 5, 10]);
    expect(np.diagonal(x, { offset: 1 }).toArray()).toEqual([1, 6, 11]);
    expect(np.diagonal(x, { offset: -1 }).toArray()).toEqual([4, 9]); // jnp: [4 9]
    expect(np.diagonal(x, { offset: 5 }).shape).toEqual([0]);
    expect(np.diagonal(iota([2, 3, 4]), { axis1: 2, axis2: 0 }).shape).toEqual([3, 2]);
    expect(np.diagonal(iota([2, 3, 4]), { axis1: 1, axis2: 2 }).toArray()).toEqual([[0, 5, 10], [12, 17, 22]]);
    expect(() => np.diagonal(iota([3]))).toThrow(ShapeError);
    expect(() => np.diagonal(x, { axis1: 1, axis2: -1 })).toThrow(ValueError);
  });
  it("trace dtypes follow np.sum (bool/int8 -> int32, uint8 -> uint32)", () => {
    expect(np.trace(iota([3, 4])).toArray()).toBe(15);
    const cases: [np.DType, np.DType][] = [["bool", "int32"], ["int8", "int32"], ["uint8", "uint32"], ["int16", "int32"], ["float16", "float16"], ["bfloat16", "bfloat16"], ["float32", "float32"]];
    for (const [d, out] of cases) expect(np.trace(np.ones([3, 3], { dtype: d })).dtype).toBe(out);
    // jnp.trace(ones((3,3), uint8) * 200) == 600 (no uint8 wrap)
    expect(np.trace(np.full([3, 3], 200, { dtype: "uint8" })).toArray()).toBe(600);
    expect(np.trace(np.ones([2, 3, 4]), { axis1: 1, axis2: 2, offset: 1 }).toArray()).toEqual([3, 3]);
    expect(np.trace(np.ones([3, 3]), { dtype: "int8" }).dtype).toBe("int8");
    withX64(true, () => expect(np.trace(np.ones([2, 2], { dtype: "int8" })).dtype).toBe("int64"));
  });
});

describe("np.pad", () => {
  const x = np.array([1, 2, 3], { dtype: "int32" });
  it("every mode on [1, 2, 3] with (5, 4) (values printed by jnp.pad)", () => {
    const want: Record<string, number[]> = {
      constant: [0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0],
      edge: [1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3],
      reflect: [2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3],
      symmetric: [2, 3, 3, 2, 1, 1, 2, 3, 3, 2, 1, 1],
      wrap: [2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1],
      linear_ramp: [0, 0, 0, 0, 0, 1, 2, 3, 2, 1, 0, 0],
      maximum: [3, 3, 3, 3, 3, 1, 2, 3, 3, 3, 3, 3],
      minimum: [1, 1, 1, 1, 1, 1, 2, 3, 1, 1, 1, 1],
      mean: [2, 2, 2, 2, 2, 1, 2, 3, 2, 2, 2, 2],
      median: [2, 2, 2, 2, 2, 1, 2, 3, 2, 2, 2, 2],
      empty: [0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0],
    };
    for (const [mode, v] of Object.entries(want)) {
      const r = np.pad(x, [5, 4], { mode: mode as np.PadMode });
      expect(r.dtype, mode).toBe("int32");
      expect(r.toArray(), mode).toEqual(v);
    }
  });
  it("odd reflections, ramps and statistics", () => {
    expect(np.pad(x, [5, 4], { mode: "reflect", reflectType: "odd" }).toArray()).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(np.pad(x, [5, 4], { mode: "symmetric", reflectType: "odd" }).toArray()).toEqual([-2, -1, -1, 0, 1, 1, 2, 3, 3, 4, 5, 5]);
    expect(np.pad(np.array([1, 5], { dtype: "int32" }), 3, { mode: "reflect", reflectType: "odd" }).toArray()).toEqual([-11, -7, -3, 1, 5, 9, 13, 17]);
    expect(np.pad(np.array([1], { dtype: "int32" }), 3, { mode: "reflect" }).toArray()).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const f = np.pad(np.array([1, 2, 4, 7]), [5, 4], { mode: "linear_ramp", endValues: [10, -3] });
    expect(Array.from(f.toTypedArray() as Float32Array)).toEqual(
      [10, 8.199999809265137, 6.400000095367432, 4.599999904632568, 2.799999952316284, 1, 2, 4, 7, 4.5, 2, -0.5, -3],
    );
    const i = np.pad(np.array([1, 2, 4, 7], { dtype: "int32" }), [5, 4], { mode: "linear_ramp", endValues: [10, -3] });
    expect(i.toArray()).toEqual([10, 8, 6, 4, 2, 1, 2, 4, 7, 4, 2, -1, -3]);
    const m = np.pad(np.array([1, 2, 4, 8], { dtype: "int32" }), [2, 3], { mode: "mean", statLength: [2, 3] });
    expect(m.toArray()).toEqual([2, 2, 1, 2, 4, 8, 5, 5, 5]);
  });
  it("per-axis widths and constants (later axes win in corners)", () => {
    const r = np.pad(np.ones([2, 2]), [[1, 0], [0, 1]], { constantValues: [[5, 6], [7, 8]] });
    expect(r.toArray()).toEqual([[5, 5, 8], [1, 1, 8], [1, 1, 8]]);
    expect(np.pad(x, 1, { constantValues: 2.7 }).toArray()).toEqual([2, 1, 2, 3, 2]);
    expect(np.pad(iota([2, 2], "bfloat16"), [[0, 1], [1, 0]], { mode: "edge" }).toArray()).toEqual([[0, 0, 1], [2, 2, 3], [2, 2, 3]]);
    expect(np.pad(np.array([true, false]), 1, { mode: "wrap" }).toArray()).toEqual([false, true, false, true]);
    expect(np.pad(np.ones([0, 2]), [[0, 0], [1, 1]], { mode: "edge" }).shape).toEqual([0, 4]);
  });
  it("errors", () => {
    expect(() => np.pad(np.ones([0, 2]), 1, { mode: "edge" })).toThrow(ShapeError);
    expect(() => np.pad(np.ones([2, 2]), -1)).toThrow(ValueError);
    expect(() => np.pad(np.ones([2, 2]), [[1, 2], [3, 4], [5, 6]])).toThrow(ValueError);
    expect(() => np.pad(np.ones([2, 2]), 1, { mode: "foo" as np.PadMode })).toThrow(NotImplementedError);
    expect(() => np.pad(x, 2, { mode: "maximum", statLength: 0 })).toThrow(/statLength of 0/);
  });
});
