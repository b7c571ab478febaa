// Error cases and edge behaviour of the numpy ufuncs, reductions and creation
// functions. Error conditions mirror JAX's (which raises TypeError/ValueError
// for the same inputs); messages name the numpy function.
import { describe, expect, it } from "vitest";
import { DTypeError, NotImplementedError, ShapeError, ValueError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

const i32 = (v: number[]) => np.array(v, { dtype: "int32" });

describe("numpy ufunc errors", () => {
  it("rejects bool where JAX does", () => {
    const b = np.array([true, false]);
    expect(() => np.subtract(b, b)).toThrow(DTypeError);
    expect(() => np.subtract(b, b)).toThrow(/np\.subtract/);
    expect(() => np.negative(b)).toThrow(/np\.negative.*bool/);
    expect(() => np.sign(b)).toThrow(DTypeError);
    expect(() => np.round(b)).toThrow(DTypeError);
    expect(() => np.ptp(b)).toThrow(DTypeError);
  });
  it("integer-only functions reject floats", () => {
    expect(() => np.gcd(np.array([1.5]), 2)).toThrow(/np\.gcd.*integers/);
    expect(() => np.lcm(np.array([1.5]), 2)).toThrow(DTypeError);
    expect(() => np.bitwiseAnd(np.array([1.5]), 1)).toThrow(/np\.bitwise_and/);
    expect(() => np.leftShift(np.array([1.5]), 1)).toThrow(DTypeError);
    expect(() => np.ldexp(np.array([1]), np.array([1.5]))).toThrow(/np\.ldexp/);
  });
  it("integer power with negative JS exponent is an error (as JAX)", () => {
    expect(() => np.power(i32([2]), -1)).toThrow(/negative powers/);
  });
  it("round of ints with negative decimals is not implemented (as JAX)", () => {
    expect(() => np.round(i32([125]), -1)).toThrow(NotImplementedError);
    expect(() => np.round(np.array([1.5]), 0.5)).toThrow(ValueError);
  });
  it("broadcast errors are ShapeErrors naming the function", () => {
    expect(() => np.add(np.zeros([2]), np.zeros([3]))).toThrow(ShapeError);
    expect(() => np.arctan2(np.zeros([2]), np.zeros([3]))).toThrow(/np\.arctan2/);
  });
  it("non-array inputs are ValueErrors", () => {
    expect(() => np.sqrt("x" as never)).toThrow(ValueError);
    expect(() => np.add(undefined as never, 1)).toThrow(ValueError);
  });
  it("arrayEquiv is false for shapes that do not broadcast (NumPy; JAX 0.10 raises)", () => {
    expect(np.arrayEquiv(np.array([1, 2]), np.array([1, 2, 3])).item()).toBe(false);
  });
  it("keeps weak types of JS scalars", () => {
    expect(np.add(2, 3).weakType).toBe(true);
    expect(np.add(i32([1]), 3).weakType).toBe(false);
    expect(np.clip(np.array([1], { dtype: "int8" }), 2.5).weakType).toBe(true); // as JAX
  });
});

describe("numpy reduction errors", () => {
  it("axis out of range is a ShapeError, repeated axis a ValueError", () => {
    const x = np.zeros([2, 3]);
    expect(() => np.sum(x, { axis: 2 })).toThrow(ShapeError);
    expect(() => np.mean(x, { axis: -3 })).toThrow(ShapeError);
    expect(() => np.argmax(x, { axis: 5 })).toThrow(ShapeError);
    expect(() => np.sum(x, { axis: [0, -2] })).toThrow(ValueError);
    expect(() => np.cumsum(x, { axis: 2 })).toThrow(ShapeError);
    expect(() => np.quantile(x, 0.5, { axis: 3 })).toThrow(ShapeError);
  });
  it("max/min of an empty axis need initial", () => {
    expect(() => np.max(np.zeros([0]))).toThrow(ValueError);
    expect(() => np.max(np.zeros([0]))).toThrow(/zero-size array to reduction operation max which has no identity/);
    expect(() => np.min(np.zeros([2, 0]), { axis: 1 })).toThrow(/reduction operation min/);
    expect(np.min(np.zeros([2, 0]), { axis: 0 }).shape).toEqual([0]);
    expect(() => np.nanmax(np.zeros([0]))).toThrow(ValueError);
  });
  it("max with where needs initial", () => {
    expect(() => np.max(np.zeros([2]), { where: np.array([true, false]) })).toThrow(/does not have an identity/);
  });
  it("where must be bool", () => {
    expect(() => np.sum(np.zeros([2]), { where: np.array([1, 0]) })).toThrow(DTypeError);
  });
  it("argmax of empty is a ValueError", () => {
    expect(() => np.argmax(np.zeros([0]))).toThrow(/empty sequence/);
    expect(() => np.nanargmin(np.zeros([2, 0]), { axis: 1 })).toThrow(ValueError);
  });
  it("quantile validates method and q", () => {
    expect(() => np.quantile(np.zeros([3]), 0.5, { method: "cubic" as never })).toThrow(/method/);
    expect(() => np.quantile(np.zeros([3]), np.zeros([2, 2]))).toThrow(/rank/);
  });
  it("average validates weights", () => {
    expect(() => np.average(np.zeros([2, 3]), { weights: np.ones([3]) })).toThrow(/axis must be specified/);
    expect(() => np.average(np.zeros([2, 3]), { axis: 1, weights: np.ones([2]) })).toThrow(ValueError);
  });
  it("cumulativeSum needs an axis beyond 1-D and rejects scalars", () => {
    expect(() => np.cumulativeSum(np.zeros([2, 2]))).toThrow(/axis/);
    expect(() => np.cumulativeSum(np.array(1))).toThrow(/non-scalar/);
  });
  it("std rejects integer dtypes", () => {
    expect(() => np.std(np.zeros([2]), { dtype: "int32" })).toThrow(ValueError);
  });
  it("unknown dtype option is a DTypeError", () => {
    expect(() => np.sum(np.zeros([2]), { dtype: "int128" as never })).toThrow(DTypeError);
  });
});

describe("numpy creation errors", () => {
  it("bad shapes and sizes", () => {
    expect(() => np.zeros([-1])).toThrow(ShapeError);
    expect(() => np.ones([1.5])).toThrow(ShapeError);
    expect(() => np.eye(-1)).toThrow(/negative dimensions/);
    expect(() => np.eye(2, 2, { k: 0.5 })).toThrow(ValueError);
    expect(() => np.full([2], np.zeros([3]))).toThrow(ShapeError);
    expect(() => np.linspace(0, 1, -1)).toThrow(ValueError);
    expect(() => np.linspace(0, 1, 3, { axis: 2 })).toThrow(ShapeError);
  });
  it("arange validates its arguments", () => {
    expect(() => np.arange(0, 5, 0)).toThrow(/step/);
    expect(() => np.arange(Infinity)).toThrow(ValueError);
    expect(() => np.arange(np.zeros([2]) as never)).toThrow(/scalar/);
    expect(np.arange(np.array(3, { dtype: "int32" }) as never).toArray()).toEqual([0, 1, 2]);
  });
  it("matrix helpers check ranks", () => {
    expect(() => np.tril(np.zeros([3]))).toThrow(/2 dimensions/);
    expect(() => np.diag(np.zeros([2, 2, 2]))).toThrow(/1-D or 2-D/);
    expect(() => np.meshgrid(np.zeros([2, 2]))).toThrow(/1-D/);
    expect(() => np.meshgrid(np.zeros([2]), { indexing: "yx" as never })).toThrow(/indexing/);
    expect(() => np.indices([-1])).toThrow(ShapeError);
  });
  it("0-d and empty inputs", () => {
    expect(np.linspace(0, 1, 0).shape).toEqual([0]);
    expect(np.eye(0).shape).toEqual([0, 0]);
    expect(np.diag(np.zeros([0])).shape).toEqual([0, 0]);
    expect(np.indices([]).shape).toEqual([0]);
    expect(np.meshgrid().length).toBe(0);
  });
});
