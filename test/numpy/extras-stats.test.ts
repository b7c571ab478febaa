// cov / corrcoef against values jax 0.10 printed (float32, compared to ~1e-6).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";

const close = (x: np.Array, want: number[] | number) => {
  const got = Array.from(x.toTypedArray() as Float32Array);
  [want].flat(2).forEach((w, k) => expect(got[k]).toBeCloseTo(w, 5));
};
const m = () => np.array([[0, 1, 2], [2, 1, 0.5]]);

describe("cov / corrcoef (jnp)", () => {
  it("cov variants", () => {
    close(np.cov(m()), [1, -0.75, -0.75, 0.5833333]);
    close(np.cov(m(), { bias: true }), [0.6666667, -0.5, -0.5, 0.3888889]);
    expect(np.cov(m(), { rowvar: false }).shape).toEqual([3, 3]);
    const c = np.cov(np.array([1, 2, 4], { dtype: "int32" }));
    expect([c.shape, c.dtype]).toEqual([[], "float32"]);
    close(c, 2.3333333);
    close(np.cov(m(), { fweights: np.array([1, 2, 1], { dtype: "int32" }) }), [0.6666667, -0.5, -0.5, 0.3958333]);
    close(np.cov(m(), { aweights: np.array([1, 0.5, 2]) }), [1.3571428, -1, -1, 0.75]);
    close(np.cov(m(), { fweights: np.array([1, 2, 1], { dtype: "int32" }), aweights: np.array([1, 0.5, 2]), ddof: 2 }), [2.2, -1.6, -1.6, 1.2]);
  });
  it("corrcoef", () => {
    close(np.corrcoef(m()), [1, -0.9819805, -0.9819805, 1]);
    close(np.corrcoef(np.array([1, 2, 4]), { y: np.array([3, 1, 0]) }), [1, -0.9285713, -0.9285713, 1]);
  });
});
