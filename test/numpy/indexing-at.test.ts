// np.at (x.at[idx] of JAX): get/set/add/subtract/multiply/divide/power/min/max,
// duplicates, modes, promotion and casting back. Expected values were printed
// by JAX 0.10 (jnp .at[...]) unless computed in the test.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, IndexError, ValueError } from "../../src/core/errors.js";

const i32 = (x: unknown) => np.array(x as never, { dtype: "int32" });
const f5 = () => np.array([0, 1, 2, 3, 4]);

describe("np.at updates", () => {
  it("set: last duplicate wins; slices with steps; negative steps", () => {
    expect(np.at(f5(), [i32([0, 0, 2])]).set(np.array([1, 2, 3])).toArray()).toEqual([2, 1, 3, 3, 4]);
    expect(np.at(f5(), ["::2"]).set(9).toArray()).toEqual([9, 1, 9, 3, 9]);
    expect(np.at(f5(), ["::-2"]).set(np.array([7, 8, 9])).toArray()).toEqual([9, 1, 8, 3, 7]);
    const r = np.at(np.arange(6).reshape([2, 3]), [i32([1, 0]), null, i32([2, 2])]).set(i32([[-1], [-2]]));
    expect(r.toArray()).toEqual([[0, 1, -2], [3, 4, -1]]);
  });

  it("add/multiply accumulate duplicates; out-of-bounds updates are dropped by default", () => {
    expect(np.at(np.arange(5), [i32([1, 1, 3])]).add(2).toArray()).toEqual([0, 5, 2, 5, 4]);
    expect(np.at(np.arange(6).reshape([2, 3]), [":", [0, 0]]).add(i32([[1, 2], [3, 4]])).toArray()).toEqual([[3, 1, 2], [10, 4, 5]]);
    expect(np.at(f5(), [i32([0, 0, 6])]).multiply(3).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(np.at(f5(), [i32([1, 7])]).set(7).toArray()).toEqual([0, 7, 2, 3, 4]);
    expect(np.at(f5(), [10]).set(3).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(np.at(f5(), [i32([6, -1])]).set(1, { mode: "clip" }).toArray()).toEqual([0, 1, 2, 3, 1]);
    expect(np.at(f5(), [i32([10, 1])]).set(7, { mode: "clip" }).toArray()).toEqual([0, 7, 2, 3, 7]);
  });

  it("subtract, min, max, divide, power (JAX values and dtypes)", () => {
    const m = np.arange(6).reshape([2, 3]);
    expect(np.at(m, [":", 1]).min(i32([-5, 100])).toArray()).toEqual([[0, -5, 2], [3, 4, 5]]);
    expect(np.at(m, [1]).max(3).toArray()).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(np.at(np.arange(4, { dtype: "int8" }), [i32([1, 2])]).subtract(np.array([1.5, 2.5])).toArray()).toEqual([0, 0, 0, 3]);
    const d = np.at(np.arange(4), [2]).divide(4);
    expect(d.dtype).toBe("float32");
    expect(d.toArray()).toEqual([0, 1, 0.5, 3]);
    const p = np.at(np.arange(4), [2]).power(3);
    expect(p.dtype).toBe("int32");
    expect(p.toArray()).toEqual([0, 1, 8, 3]);
    expect(np.at(np.array([1, 2]), [i32([0, 0])]).max(np.array([NaN, 5])).toArray()).toEqual([NaN, 2]);
  });

  it("values are promoted with x and cast back to x's dtype", () => {
    expect(np.at(i32([1, 2]), [0]).set(2.7).toArray()).toEqual([2, 2]);
    expect(np.at(i32([1, 2]), [0]).add(2.7).toArray()).toEqual([3, 2]);
    const u = np.at(np.array([1, 2], { dtype: "uint8" }), [0]).add(-1);
    expect(u.dtype).toBe("uint8");
    expect(u.toArray()).toEqual([0, 2]);
    expect(np.at(np.arange(4, { dtype: "int8" }), [1]).add(300).toArray()).toEqual([0, 45, 2, 3]);
    expect(np.at(np.zeros([2], { dtype: "uint8" }), [0]).set(-1).toArray()).toEqual([255, 0]);
    const h = np.at(np.arange(4, { dtype: "float16" }), [1]).add(0.1);
    expect(h.dtype).toBe("float16");
    expect(h.toArray()).toEqual([0, 1.099609375, 2, 3]);
    const bf = np.at(np.ones([3], { dtype: "bfloat16" }), [i32([0, 0])]).add(np.array([256, 1], { dtype: "bfloat16" }));
    expect(bf.toArray()).toEqual([256, 1, 1]);
    expect(np.at(np.array([true, false]), [1]).set(true).toArray()).toEqual([true, true]);
    expect(() => np.at(np.array([true, false]), [1]).add(true)).toThrow(DTypeError);
    withX64(true, () => {
      const r = np.at(np.array([1n, 2n], { dtype: "int64" }), [1]).add(2n ** 40n);
      expect(r.dtype).toBe("int64");
      expect(r.toArray()).toEqual([1n, 2n ** 40n + 2n]);
    });
  });

  it("boolean masks and scalars in updates (JAX values)", () => {
    const m = np.arange(6).reshape([2, 3]);
    expect(np.at(m, [true]).set(0).toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(np.at(m, [false]).set(0).toArray()).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(np.at(m, [np.array([[true, false, true], [false, false, true]])]).set(i32([7, 8, 9])).toArray()).toEqual([[7, 1, 8], [3, 4, 9]]);
  });

  it("get: clamps by default, fill / clip modes", () => {
    expect(np.at(np.arange(4, { dtype: "float32" }), [2]).get().toArray()).toEqual(2);
    expect(np.at(np.arange(4, { dtype: "float32" }), [i32([5, 1])]).get({ mode: "fill", fillValue: -1 }).toArray()).toEqual([-1, 1]);
    expect(np.at(np.arange(4, { dtype: "float32" }), [i32([5, 1])]).get({ mode: "fill" }).toArray()).toEqual([NaN, 1]);
    expect(np.at(np.arange(4, { dtype: "float32" }), [i32([5, 1])]).get({ mode: "clip" }).toArray()).toEqual([3, 1]);
    expect(np.at(np.arange(5, { dtype: "float32" }), [10]).get({ mode: "fill" }).toArray()).toEqual(NaN);
    expect(np.at(np.arange(6).reshape([2, 3]), [0, 5]).get({ mode: "fill" }).toArray()).toEqual(-2147483648);
  });

  it("errors: bad values shape, bad index list", () => {
    expect(() => np.at(np.arange(4), [i32([0, 1])]).set(i32([1, 2, 3]))).toThrow(ValueError);
    expect(() => np.at(np.arange(4), 0 as never)).toThrow(IndexError);
    expect(() => np.at(np.arange(4), [0]).set(1, { mode: "bogus" as never })).toThrow(ValueError);
  });
});
