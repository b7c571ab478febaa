// bincount / digitize / histogram against values jax 0.10 printed.
import { describe, expect, it } from "vitest";
import { DTypeError, ShapeError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

describe("bincount / digitize (jnp)", () => {
  it("bincount", () => {
    const x = np.array([0, 1, 1, 3], { dtype: "int32" });
    expect(np.bincount(x).toArray()).toEqual([1, 2, 0, 1]);
    expect(np.bincount(x, { minlength: 6 }).toArray()).toEqual([1, 2, 0, 1, 0, 0]);
    expect(np.bincount(x, { length: 2 }).toArray()).toEqual([1, 2]);
    expect(np.bincount(np.array([-1, 2], { dtype: "int32" })).toArray()).toEqual([1, 0, 1]);
    expect(np.bincount(x, { weights: np.array([0.5, 1, 1, 2]) }).toArray()).toEqual([0.5, 2, 0, 2]);
    expect(np.bincount(x, { weights: np.array([1, 2, 3, 4], { dtype: "int8" }) }).dtype).toBe("int8");
    expect(np.bincount(np.array([true, false])).toArray()).toEqual([1, 1]);
    expect(() => np.bincount(np.array([1.0]))).toThrow(DTypeError);
    expect(() => np.bincount(np.array([[1]], { dtype: "int32" }))).toThrow(ShapeError);
  });
  it("digitize, increasing and decreasing bins", () => {
    const b = np.array([0, 1, 2.5, 4]);
    const xs = np.array([-1, 0, 0.5, 1, 2.5, 3, 4, 5]);
    expect(np.digitize(xs, b).toArray()).toEqual([0, 1, 1, 2, 3, 3, 4, 4]);
    expect(np.digitize(xs, b, { right: true }).toArray()).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
    expect(np.digitize(xs, np.flip(b)).toArray()).toEqual([4, 3, 3, 2, 1, 1, 0, 0]);
    expect(np.digitize(xs, np.flip(b), { right: true }).toArray()).toEqual([4, 4, 3, 3, 2, 1, 1, 0]);
    expect(np.digitize(xs, b).dtype).toBe("int32");
  });
});

describe("histogram (jnp)", () => {
  const a = () => np.array([1, 2, 2, 3, 5], { dtype: "float32" });
  it("counts, edges, density, range, weights", () => {
    expect(np.histogramBinEdges(a(), { bins: 4 }).toArray()).toEqual([1, 2, 3, 4, 5]);
    const [h, e] = np.histogram(a(), { bins: 4 });
    expect([h.toArray(), e.toArray(), h.dtype]).toEqual([[1, 2, 1, 1], [1, 2, 3, 4, 5], "float32"]);
    expect(Array.from(np.histogram(a(), { bins: 4, density: true })[0].toTypedArray() as Float32Array)).toEqual([0.2, 0.4, 0.2, 0.2].map(Math.fround));
    expect(np.histogram(a(), { bins: np.array([0, 2, 4, 6]) })[0].toArray()).toEqual([1, 3, 1]);
    expect(np.histogram(a(), { bins: 3, range: [0, 3] }).map((x) => x.toArray())).toEqual([[0, 1, 3], [0, 1, 2, 3]]);
    expect(np.histogram(a(), { bins: 2, weights: np.array([1, 2, 3, 4, 5]) }).map((x) => x.toArray())).toEqual([[6, 9], [1, 3, 5]]);
  });
  it("dtypes and degenerate range", () => {
    expect(np.histogram(np.array([1, 2, 2, 3, 5], { dtype: "int32" }), { bins: 4 })[0].dtype).toBe("float32");
    expect(np.histogram(np.array([2, 2]), { bins: 2 }).map((x) => x.toArray())).toEqual([[0, 2], [1.5, 2, 2.5]]);
    const f16 = np.histogram(np.array([1, 2, 2, 3, 5], { dtype: "float16" }), { bins: 2 });
    expect(f16.map((x) => [x.toArray(), x.dtype])).toEqual([[[3, 2], "float16"], [[1, 3, 5], "float16"]]);
    expect(() => np.histogram(a(), { bins: 0 })).toThrow(/bins must be/);
  });
});
