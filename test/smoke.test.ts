import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import * as lax from "../src/lax/index.js";

describe("smoke", () => {
  it("adds with promotion and broadcasting", () => {
    const x = np.array([[1, 2], [3, 4]], { dtype: "int32" });
    const y = np.add(x, 2.5);
    expect(y.dtype).toBe("float32");
    expect(y.toArray()).toEqual([[3.5, 4.5], [5.5, 6.5]]);
    const z = np.add(x, np.array([10, 20], { dtype: "int8" }));
    expect(z.dtype).toBe("int32");
    expect(z.toArray()).toEqual([[11, 22], [13, 24]]);
    expect(String(np.array([[1, 2.5], [3, 4]]))).toBe("Array([[1. , 2.5],\n       [3. , 4. ]], dtype=float32)");
    expect(lax.sin(np.array([0])).toArray()).toEqual([0]);
  });
});
