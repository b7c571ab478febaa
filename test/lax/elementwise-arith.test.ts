// lax arithmetic primitives. Expected values were printed by JAX 0.10 on CPU
// (jax.lax.* with explicit dtypes) unless a comment says they are worked out
// by hand; tests need no Python.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";
import type { DType } from "../../src/core/dtype.js";

const arr = (v: unknown, dtype: DType) => np.array(v as number[], { dtype });
const i32 = (...v: number[]) => arr(v, "int32");
const f32 = (...v: number[]) => arr(v, "float32");
const same = (got: unknown, want: unknown) => expect(got).toEqual(want);
const isNegZero = (x: unknown) => Object.is(x, -0);

describe("add / sub / mul", () => {
  it("wrap for every integer width", () => {
    same(lax.add(arr([127, -128], "int8"), arr([1, -1], "int8")).toArray(), [-128, 127]);
    same(lax.add(arr([255], "uint8"), arr([1], "uint8")).toArray(), [0]);
    same(lax.sub(arr([0], "uint16"), arr([1], "uint16")).toArray(), [65535]);
    same(lax.add(i32(2147483647), i32(1)).toArray(), [-2147483648]);
    same(lax.sub(arr([0], "uint32"), arr([1], "uint32")).toArray(), [4294967295]);
  });
  it("int32/uint32 multiply is exact modulo 2^32 (Math.imul)", () => {
    // 46341^2 = 2147488281 wraps to -2147479015 (JAX); 123456789 * 987654321 mod 2^32 by hand.
    same(lax.mul(i32(46341, 123456789), i32(46341, 987654321)).toArray(), [-2147479015, -67153019]);
    same(lax.mul(arr([4294967295], "uint32"), arr([4294967295], "uint32")).toArray(), [1]);
    same(lax.mul(arr([100], "int8"), arr([3], "int8")).toArray(), [44]);
  });
  it("float16/bfloat16 results are rounded once to the dtype", () => {
    // 1/3 in float16 is 0x3555 = 0.333251953125; in bfloat16 0x3EAB = 0.333984375 (by hand).
    same(lax.div(arr([1], "float16"), arr([3], "float16")).toArray(), [0.333251953125]);
    same(lax.div(arr([1], "bfloat16"), arr([3], "bfloat16")).toArray(), [0.333984375]);
    // float16 subnormals survive: 6e-8 (2^-24) + 6e-8 = 1.19e-7 (JAX prints 1.e-07).
    same(lax.add(arr([2 ** -24], "float16"), arr([2 ** -24], "float16")).toArray(), [2 ** -23]);
    same(lax.mul(arr([65504], "float16"), arr([2], "float16")).toArray(), [Infinity]);
    same(lax.add(f32(16777216), f32(1)).toArray(), [16777216]);
  });
  it("int64/uint64 are exact (bigint path)", () =>
    withX64(true, () => {
      const a = arr([9007199254740993n, -(2n ** 63n)], "int64");
      same(lax.add(a, arr([1n, -1n], "int64")).toArray(), [9007199254740994n, 2n ** 63n - 1n]);
      same(lax.mul(arr([3037000500n], "int64"), arr([3037000500n], "int64")).toArray(), [-9223372036709301616n]);
      same(lax.sub(arr([0n], "uint64"), arr([1n], "uint64")).toArray(), [2n ** 64n - 1n]);
      same(lax.add(arr([1.5], "float64"), arr([2 ** -40], "float64")).toArray(), [1.5 + 2 ** -40]);
    }));
  it("reject bool, mixed dtypes and unbroadcastable shapes", () => {
    expect(() => lax.add(arr([true], "bool"), arr([true], "bool"))).toThrow(DTypeError);
    expect(() => lax.add(f32(1), i32(1))).toThrow(/float32, int32/);
    expect(() => lax.add(f32(1, 2), f32(1, 2, 3))).toThrow(ShapeError);
  });
});

describe("div / rem", () => {
  it("integer div truncates; x/0 = -1; INT_MIN/-1 = INT_MIN", () => {
    same(lax.div(i32(7, -7, 7, -7, 5, -2147483648), i32(2, 2, -2, -2, 0, -1)).toArray(), [3, -3, -3, 3, -1, -2147483648]);
    same(lax.div(arr([7, 5], "uint8"), arr([2, 0], "uint8")).toArray(), [3, 255]);
    same(lax.div(arr([7, -5, 0], "int8"), arr([0, 0, 0], "int8")).toArray(), [-1, -1, -1]);
    same(lax.div(arr([4294967295], "uint32"), arr([2], "uint32")).toArray(), [2147483647]);
  });
  it("float div by zero", () => {
    const r = lax.div(f32(1, -1, 0, 0), f32(0, 0, 0, -0)).toArray() as number[];
    same(r.slice(0, 2), [Infinity, -Infinity]);
    expect(r[2]).toBeNaN();
    expect(r[3]).toBeNaN();
  });
  it("rem takes the dividend's sign; integer rem by 0 gives x", () => {
    same(lax.rem(i32(7, -7, 7, -7, 5, -2147483648, -5), i32(2, 2, -2, -2, 0, -1, 0)).toArray(), [1, -1, 1, -1, 5, 0, -5]);
    same(lax.rem(arr([7, 5], "uint8"), arr([2, 0], "uint8")).toArray(), [1, 5]);
    const r = lax.rem(f32(7.5, -7.5, 5, Infinity, 5, -0), f32(2, 2, 0, 2, Infinity, 1)).toArray() as number[];
    same([r[0], r[1], r[4]], [1.5, -1.5, 5]);
    expect(r[2]).toBeNaN();
    expect(r[3]).toBeNaN();
    expect(isNegZero(r[5])).toBe(true);
  });
  it("int64 div/rem", () =>
    withX64(true, () => {
      const m = -(2n ** 63n);
      same(lax.div(arr([m, 7n, 7n], "int64"), arr([-1n, 0n, -2n], "int64")).toArray(), [m, -1n, -3n]);
      same(lax.rem(arr([m, 7n, -7n], "int64"), arr([-1n, 0n, 2n], "int64")).toArray(), [0n, 7n, -1n]);
      same(lax.div(arr([5n], "uint64"), arr([0n], "uint64")).toArray(), [2n ** 64n - 1n]);
    }));
});

describe("pow / integer_pow / square", () => {
  it("pow takes a float base and a float or integer exponent", () => {
    const r = lax.pow(f32(2, -8, 0, NaN, 1), f32(0.5, 1 / 3, -1, 0, NaN)).toArray() as number[];
    same([r[0], r[2], r[3], r[4]], [Math.fround(Math.SQRT2), Infinity, 1, 1]);
    expect(r[1]).toBeNaN();
    same(lax.pow(f32(2, 3), i32(3, -1)).toArray(), [8, Math.fround(1 / 3)]);
    same(lax.pow(f32(2), arr([2], "uint8")).toArray(), [4]);
    same(lax.pow(f32(2, 3), i32(2)).toArray(), [4, 9]);
  });
  it("pow special cases follow C (1**nan = 1, (-1)**inf = 1)", () =>
    withX64(true, () => {
      const x = arr([0, -0, -1, -1, NaN, 1, -8, 0, -0, Infinity, -Infinity, -Infinity], "float64");
      const y = arr([0, -1, Infinity, 0.5, 0, NaN, 1 / 3, -Infinity, -3, -1, 3, 2], "float64");
      const r = lax.pow(x, y).toArray() as number[];
      expect(r.map((v) => (Number.isNaN(v) ? "nan" : v))).toEqual([1, -Infinity, 1, "nan", 1, 1, "nan", Infinity, -Infinity, 0, -Infinity, Infinity]);
      same(lax.pow(arr([0, -0, -2, 2], "float64"), arr([-1, -1, 3, -2], "int32")).toArray(), [Infinity, -Infinity, -8, 0.25]);
    }));
  it("pow converts an integer exponent to the base dtype first (as JAX)", () => {
    // JAX: pow(f16 -1, 70001) = 1 (70001 -> inf); pow(f16 1.0009766, 2049) = 7.383 (2049 -> 2048).
    same(lax.pow(arr([-1], "float16"), i32(70001)).toArray(), [1]);
    same(lax.pow(arr([1 + 2 ** -10], "float16"), i32(2049)).toArray(), [7.3828125]);
  });
  it("pow rejects integer bases and mixed float exponents", () => {
    expect(() => lax.pow(i32(2), i32(3))).toThrow(DTypeError);
    expect(() => lax.pow(arr([2], "float16"), f32(2))).toThrow(/float16 and float32/);
    expect(() => lax.pow(f32(2), arr([true], "bool"))).toThrow(DTypeError);
    expect(() => lax.pow(f32(2, 3), f32(1, 2, 3))).toThrow(ShapeError);
  });
  it("integer_pow squares repeatedly in the dtype (JAX's algorithm)", () => {
    same(lax.integerPow(i32(2, -3), 3).toArray(), [8, -27]);
    same(lax.integerPow(i32(3), 21).toArray(), [1870418611]);
    same(lax.integerPow(f32(2, 0), -2).toArray(), [0.25, Infinity]);
    same(lax.integerPow(f32(0, NaN), 0).toArray(), [1, 1]);
    // float32 1.1**3 with rounding after each product (x*x then *x), by hand with Math.fround.
    const x = Math.fround(1.1);
    same(lax.integerPow(f32(1.1), 3).toArray(), [Math.fround(Math.fround(x * x) * x)]);
    expect(() => lax.integerPow(i32(2), -1)).toThrow(/negative powers/);
    expect(() => lax.integerPow(arr([true], "bool"), 2)).toThrow(DTypeError);
    expect(() => lax.integerPow(f32(2), 1.5)).toThrow(ValueError);
    withX64(true, () => same(lax.integerPow(arr([3n], "int64"), 41).toArray(), [BigInt.asIntN(64, 3n ** 41n)]));
  });
  it("square wraps integers and rejects bool", () => {
    same(lax.square(i32(46341)).toArray(), [-2147479015]);
    same(lax.square(arr([-3], "bfloat16")).toArray(), [9]);
    expect(() => lax.square(arr([true], "bool"))).toThrow(DTypeError);
  });
});

describe("max / min / neg / sign / abs", () => {
  it("max/min propagate NaN and order ±0 as JAX", () => {
    const a = f32(NaN, 1, 0, -0);
    const b = f32(1, NaN, -0, 0);
    const mx = lax.max(a, b).toArray() as number[];
    const mn = lax.min(a, b).toArray() as number[];
    expect(mx[0]).toBeNaN();
    expect(mx[1]).toBeNaN();
    expect(mx.slice(2).map(isNegZero)).toEqual([false, false]);
    expect(mn.slice(2).map(isNegZero)).toEqual([true, true]);
    same(lax.max(arr([true, false], "bool"), arr([false, false], "bool")).toArray(), [true, false]);
    same(lax.min(arr([200], "uint8"), arr([3], "uint8")).toArray(), [3]);
    withX64(true, () => same(lax.max(arr([2n ** 62n + 1n], "int64"), arr([2n ** 62n], "int64")).toArray(), [2n ** 62n + 1n]));
  });
  it("neg wraps unsigned and INT_MIN; rejects bool", () => {
    same(lax.neg(arr([1, 0, 255], "uint8")).toArray(), [255, 0, 1]);
    same(lax.neg(i32(-2147483648)).toArray(), [-2147483648]);
    expect(() => lax.neg(arr([true], "bool"))).toThrow(DTypeError);
    withX64(true, () => same(lax.neg(arr([1n], "uint64")).toArray(), [2n ** 64n - 1n]));
  });
  it("sign keeps NaN and ±0", () => {
    const r = lax.sign(f32(NaN, -0, 0, -3, 2, Infinity)).toArray() as number[];
    expect(r[0]).toBeNaN();
    expect(isNegZero(r[1])).toBe(true);
    same(r.slice(2), [0, -1, 1, 1]);
    same(lax.sign(i32(-5, 0, 7)).toArray(), [-1, 0, 1]);
    same(lax.sign(arr([0, 5], "uint8")).toArray(), [0, 1]);
    expect(() => lax.sign(arr([true], "bool"))).toThrow(DTypeError);
  });
  it("abs(INT_MIN) = INT_MIN; unsigned and bool are rejected", () => {
    same(lax.abs(i32(-2147483648, -3)).toArray(), [-2147483648, 3]);
    same(lax.abs(arr([-128], "int8")).toArray(), [-128]);
    same(lax.abs(arr([-2.5], "float16")).toArray(), [2.5]);
    expect(() => lax.abs(arr([5], "uint8"))).toThrow(/signed integer or floating/);
    expect(() => lax.abs(arr([true], "bool"))).toThrow(DTypeError);
  });
});

describe("floor / ceil / round / is_finite / nextafter", () => {
  it("floor and ceil keep -0", () => {
    same(lax.floor(f32(-0.5, 0.5, -2.5)).toArray(), [-1, 0, -3]);
    const c = lax.ceil(f32(-0.5, 0.5, -2.5)).toArray() as number[];
    expect(isNegZero(c[0])).toBe(true);
    same(c.slice(1), [1, -2]);
    expect(() => lax.floor(i32(3))).toThrow(DTypeError);
  });
  it("round: away from zero by default, to nearest even on request", () => {
    same(lax.round(f32(0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997)).toArray(), [1, 2, 3, -1, -2, -3, 0]);
    const e = lax.round(f32(0.5, 1.5, 2.5, -0.5, -1.5, -2.5), "to_nearest_even").toArray() as number[];
    same(e, [0, 2, 2, -0, -2, -2]);
    expect(isNegZero(e[3])).toBe(true);
    same(lax.round(arr([2.5], "bfloat16"), "toNearestEven").toArray(), [2]);
    withX64(true, () => same(lax.round(arr([0.49999999999999994, 4503599627370495.5], "float64")).toArray(), [0, 4503599627370496]));
    expect(() => lax.round(i32(3))).toThrow(DTypeError);
    expect(() => lax.round(f32(1), "up" as never)).toThrow(ValueError);
  });
  it("is_finite gives bool", () => {
    const r = lax.isFinite(f32(NaN, Infinity, -Infinity, 1));
    expect(r.dtype).toBe("bool");
    same(r.toArray(), [false, false, false, true]);
    expect(() => lax.isFinite(i32(3))).toThrow(DTypeError);
  });
  it("nextafter steps in the operand dtype", () => {
    same(lax.nextafter(f32(0, 1, 1, -0, Infinity), f32(1, 2, 0, 1, 0)).toArray(), [2 ** -149, 1 + 2 ** -23, 1 - 2 ** -24, 2 ** -149, 3.4028234663852886e38]);
    same(lax.nextafter(arr([0, 1, 0], "float16"), arr([1, 2, -1], "float16")).toArray(), [2 ** -24, 1 + 2 ** -10, -(2 ** -24)]);
    same(lax.nextafter(arr([0, 1], "bfloat16"), arr([1, 2], "bfloat16")).toArray(), [2 ** -133, 1.0078125]);
    expect(isNegZero(lax.nextafter(f32(0), f32(-0)).toArray()[0 as never])).toBe(true);
    withX64(true, () => same(lax.nextafter(arr([1], "float64"), arr([2], "float64")).toArray(), [1 + 2 ** -52]));
    expect(() => lax.nextafter(i32(1), i32(2))).toThrow(DTypeError);
  });
});

describe("clamp / select_n", () => {
  it("clamp(min, x, max) with scalar and array bounds", () => {
    const r = lax.clamp(1, f32(0, 2, 5, NaN), 3).toArray() as number[];
    same(r.slice(0, 3), [1, 2, 3]);
    expect(r[3]).toBeNaN();
    same(lax.clamp(f32(0, 3), f32(1, 2), f32(2, 1)).toArray(), [1, 1]);
    same(lax.clamp(arr(false, "bool"), arr([true, false], "bool"), arr(true, "bool")).toArray(), [true, false]);
    same(lax.clamp(-5, arr([-200, 200], "int16"), 100).toArray(), [-5, 100]);
    withX64(true, () => same(lax.clamp(arr(0n, "uint64"), arr([2n ** 63n], "uint64"), arr(2n ** 63n - 1n, "uint64")).toArray(), [2n ** 63n - 1n]));
    expect(() => lax.clamp(f32(0, 3), f32(1, 2, 3), f32(2, 1))).toThrow(ShapeError);
    expect(() => lax.clamp(i32(0), f32(1), f32(2))).toThrow(/int32, float32, float32/);
  });
  it("selectN picks cases by bool or int index (out of range clamps)", () => {
    same(lax.selectN(i32(0, 1, 2), f32(1, 1, 1), f32(2, 2, 2), f32(3, 3, 3)).toArray(), [1, 2, 3]);
    same(lax.selectN(arr([true, false], "bool"), f32(1, 1), f32(2, 2)).toArray(), [2, 1]);
    same(lax.selectN(true, f32(1, 1), f32(2, 2)).toArray(), [2, 2]);
    same(lax.selectN(i32(5, -1), f32(1, 1), f32(2, 2)).toArray(), [2, 1]);
    same(lax.selectN(arr([1], "uint8"), arr([1], "float16"), arr([2], "float16")).toArray(), [2]);
    same(lax.selectN(arr([true, false], "bool"), [i32(1, 1), i32(2, 2)] as never).toArray(), [2, 1]);
    withX64(true, () => same(lax.selectN(arr([1, 0], "bool"), arr([1n, 2n], "int64"), arr([2n ** 62n + 1n, 4n], "int64")).toArray(), [2n ** 62n + 1n, 2n]));
  });
  it("selectN errors", () => {
    expect(() => lax.selectN(arr([true], "bool"), f32(1), f32(2), f32(3))).toThrow(/at most 2 cases/);
    expect(() => lax.selectN(arr([true], "bool"))).toThrow(ValueError);
    expect(() => lax.selectN(arr([true], "bool"), f32(1), i32(2))).toThrow(/float32, int32/);
    expect(() => lax.selectN(f32(1), f32(1), f32(2))).toThrow(DTypeError);
    expect(() => lax.selectN(arr([true, false, true], "bool"), f32(1, 2), f32(1, 2))).toThrow(ShapeError);
  });
});

describe("weak types and JS scalars", () => {
  const weak = (x: number) => lax.convertElementType(x, "float32", true);
  it("the result is weak iff every operand is (JAX's naryop rule)", () => {
    expect(lax.add(weak(1), weak(2)).weakType).toBe(true);
    expect(lax.add(weak(1), f32(2).reshape([])).weakType).toBe(false);
    expect(lax.integerPow(weak(3), 2).weakType).toBe(true);
    expect(lax.isFinite(weak(3)).weakType).toBe(true);
    expect(lax.pow(weak(3), lax.convertElementType(2, "int32", true)).weakType).toBe(true);
    expect(lax.pow(weak(3), i32(2).reshape([])).weakType).toBe(false);
    expect(lax.selectN(true, weak(1), weak(2)).weakType).toBe(true);
    expect(lax.selectN(true, weak(1), f32(2).reshape([])).weakType).toBe(false);
    expect(lax.clamp(weak(0), weak(1), weak(2)).weakType).toBe(true);
    expect(lax.clamp(f32(0).reshape([]), weak(1), weak(2)).weakType).toBe(false);
  });
  it("JS scalars take the array's dtype and broadcast", () => {
    const r = lax.add(arr([[1, 2], [3, 4]], "int8"), 100);
    expect(r.dtype).toBe("int8");
    expect(r.weakType).toBe(false);
    same(r.toArray(), [[101, 102], [103, 104]]);
    same(lax.mul(f32(1, 2), arr([[1], [3]], "float32")).toArray(), [[1, 2], [3, 6]]);
    same(lax.max(2, arr([1, 5], "uint16")).toArray(), [2, 5]);
  });
});
