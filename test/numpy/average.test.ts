// np.average with 1-D weights along an axis of a 2-D array, returned=true:
// JAX 0.10 gives ([2.3333335, 5.3333335], [6., 6.]) (float32).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";

describe("np.average with weights along an axis", () => {
  it("returns the weighted mean and the weight sum broadcast to its shape", () => {
    const X = np.array([[1, 2, 3], [4, 5, 6]]);
    const [avg, wsum] = np.average(X, { axis: 1, weights: [1, 2, 3], returned: true });
    expect(avg.dtype).toBe("float32");
    expect(avg.shape).toEqual([2]);
    const v = avg.toArray() as number[];
    expect(v[0]).toBeCloseTo(14 / 6, 6);
    expect(v[1]).toBeCloseTo(32 / 6, 6);
    expect(wsum.toArray()).toEqual([6, 6]);
  });
});
