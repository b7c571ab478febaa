// diff / ediff1d / gradient / trapezoid / interp against values jax 0.10 printed.
import { describe, expect, it } from "vitest";
import { ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const a = () => np.array([1, 4, 9, 16, 25], { dtype: "int32" });
const m = () => np.array([[1, 2, 4], [7, 11, 16]], { dtype: "float32" });

describe("calculus (jnp)", () => {
  it("diff / ediff1d", () => {
    expect([np.diff(a()).toArray(), np.diff(a()).dtype]).toEqual([[3, 5, 7, 9], "int32"]);
    expect(np.diff(a(), { n: 2 }).toArray()).toEqual([2, 2, 2]);
    expect(np.diff(m(), { axis: 0 }).toArray()).toEqual([[6, 9, 12]]);
    expect(np.diff(m(), { prepend: 0, append: np.array([[0], [1]]) }).toArray()).toEqual([[1, 1, 2, -4], [7, 4, 5, -15]]);
    expect(np.diff(np.array([true, false, false])).toArray()).toEqual([true, false]);
    expect(() => np.diff(a(), { n: -1 })).toThrow(ValueError);
    expect(np.ediff1d(a(), { toBegin: np.array([-9], { dtype: "int32" }), toEnd: np.array([100.5]) }).toArray()).toEqual([-9, 3, 5, 7, 9, 100]);
  });
  it("gradient / trapezoid / interp", () => {
    expect((np.gradient(a()) as np.Array).toArray()).toEqual([3, 4, 6, 8, 9]);
    expect((np.gradient(m()) as np.Array[]).map((g) => g.toArray())).toEqual([[[6, 9, 12], [6, 9, 12]], [[1, 1.5, 2], [4, 4.5, 5]]]);
    expect((np.gradient(m(), { spacing: 2, axis: 1 }) as np.Array).toArray()).toEqual([[0.5, 0.75, 1], [2, 2.25, 2.5]]);
    expect([np.trapezoid(a()).toArray(), np.trapezoid(a()).dtype]).toEqual([42, "float32"]);
    expect(np.trapezoid(m(), { axis: 0, dx: 0.5 }).toArray()).toEqual([2, 3.25, 5]);
    expect(np.trapezoid(m(), { x: np.array([0, 1, 3]) }).toArray()).toEqual([7.5, 36]);
    const xp = np.array([1, 2, 4]), fp = np.array([10, 20, 0]), x = np.array([0, 1, 1.5, 2, 3, 4, 5]);
    expect(np.interp(x, xp, fp).toArray()).toEqual([10, 10, 15, 20, 10, 0, 0]);
    expect(np.interp(x, xp, fp, { left: -1, right: 99 }).toArray()).toEqual([-1, 10, 15, 20, 10, 0, 99]);
    expect(np.interp(x, xp, fp, { period: 3 }).toArray()).toEqual([15, 0, 10, 20, 15, 0, 20]);
  });
});
