// Polynomial helpers. Expected values and dtypes were printed by JAX 0.10 (CPU).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ValueError } from "../../src/core/errors.js";

const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });

describe("polynomials", () => {
  it("polyval: Horner over the first axis, promoted dtype", () => {
    const r = np.polyval(i32([1, 2, 3]), i32([0, 1, 2]));
    expect(r.dtype).toBe("int32");
    expect(r.toArray()).toEqual([3, 6, 11]);
    expect(np.polyval(i32([2, 5, 1]), 3).toArray()).toEqual(34);
    expect(np.polyval(i32([1, 2, 3]), 2.5).dtype).toBe("float32");
    expect(np.polyval(i32([[1, 2], [3, 4]]), i32([2, 3])).toArray()).toEqual([5, 10]);
    expect(np.polyval(np.array([], { dtype: "float32" }), np.array([1, 2])).toArray()).toEqual([0, 0]);
    expect(() => np.polyval(3, 2)).toThrow(ValueError);
  });

  it("polyadd / polysub keep the promoted dtype", () => {
    expect(np.polyadd(i32([1, 2]), i32([1, 2, 3])).toArray()).toEqual([1, 3, 5]);
    const s = np.polysub(i32([1, 2]), np.array([1, 2, 3]));
    expect(s.dtype).toBe("float32");
    expect(s.toArray()).toEqual([-1, -1, -1]);
    const a8 = np.polyadd(np.array([1, 2], { dtype: "int8" }), np.array([1, 2, 3], { dtype: "int8" }));
    expect(a8.dtype).toBe("int8");
    expect(() => np.polyadd(i32([[1]]), i32([1]))).toThrow(ValueError);
  });

  it("polymul is inexact (JAX uses convolve after promote_dtypes_inexact)", () => {
    const m = np.polymul(i32([1, 2]), i32([1, 2, 3]));
    expect(m.dtype).toBe("float32");
    expect(m.toArray()).toEqual([1, 4, 7, 6]);
    expect(np.polymul(np.array([true, false]), np.array([true])).dtype).toBe("float32");
    expect(np.polymul(np.array([2, 0, -1]), np.array([], { dtype: "float32" })).toArray()).toEqual([0, 0, 0]);
  });

  it("polyder / polyint", () => {
    expect(np.polyder(i32([1, 2, 3, 4])).toArray()).toEqual([3, 4, 3]);
    expect(np.polyder(i32([1, 2, 3, 4]), { m: 2 }).toArray()).toEqual([6, 4]);
    expect(np.polyder(i32([1, 2, 3, 4]), { m: 0 }).dtype).toBe("float32");
    expect(np.polyder(np.array([1, 2]), { m: 3 }).shape).toEqual([0]);
    expect(np.polyder(np.array([1, 2, 3], { dtype: "int8" })).dtype).toBe("float32");
    expect(() => np.polyder(i32([1, 2]), { m: -1 })).toThrow(ValueError);
    expect(np.polyint(i32([1, 2, 3])).toArray()).toEqual([0.3333333432674408, 1, 3, 0]);
    expect(np.polyint(i32([3, 2, 1]), { m: 2, k: i32([1, 2]) }).toArray()).toEqual([0.25, 0.3333333432674408, 0.5, 1, 2]);
    expect(np.polyint(i32([1, 2]), { k: 3 }).toArray()).toEqual([0.5, 2, 3]);
    expect(() => np.polyint(i32([1, 2]), { m: 2, k: i32([1, 2, 3]) })).toThrow(ValueError);
    expect(() => np.polyint(i32([1, 2]), { m: 1.5 })).toThrow(ValueError);
    withX64(true, () => expect(np.polyint(np.array([1, 2])).dtype).toBe("float64"));
  });

  it("vander", () => {
    const v = np.vander(i32([1, 2, 3]));
    expect(v.dtype).toBe("int32");
    expect(v.toArray()).toEqual([[1, 1, 1], [4, 2, 1], [9, 3, 1]]);
    expect(np.vander(np.array([1, 2, 3]), { N: 2, increasing: true }).toArray()).toEqual([[1, 1], [1, 2], [1, 3]]);
    expect(np.vander(np.array([1, 2], { dtype: "uint8" })).dtype).toBe("uint8");
    expect(() => np.vander(np.array([true]))).toThrow(DTypeError);
    expect(() => np.vander(i32([[1]]))).toThrow(ValueError);
    expect(() => np.vander(i32([1]), { N: -1 })).toThrow(ValueError);
  });
});
