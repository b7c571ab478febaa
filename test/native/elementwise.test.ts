// Native elementwise kernels (elementwise / elementwise_logic /
// elementwise_convert families) agree with the reference backend over random
// shapes (0-size, 0-d), every accepted dtype, edge values and strided,
// reversed, stepped and broadcast views; plus hand-written edge expectations
// (XLA integer division, -0 in max/min, shifts out of range) that do not
// depend on the reference, and large threaded runs.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import type { NDArray } from "../../src/core/array.js";
import { ConcreteArray } from "../../src/core/array.js";
import { ALL_DTYPES, type DType } from "../../src/core/dtype.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { ALL, argArb, build, FLOATS, INTS, NUMS, shapeArb, show } from "../../laws/native-gen.js";
import { expectSameOnBackends, onPlatform } from "./equivalence.js";

const SIGNED = ["int8", "int16", "int32", "int64", ...FLOATS] as DType[];
const INT_OR_BOOL = ["bool", ...INTS] as DType[];

type Fn = (...xs: NDArray[]) => NDArray;
const BINARY: Record<string, [Fn, readonly DType[]]> = {
  add: [lax.add, NUMS], sub: [lax.sub, NUMS], mul: [lax.mul, NUMS], div: [lax.div, NUMS], rem: [lax.rem, NUMS],
  max: [lax.max, ALL], min: [lax.min, ALL], nextafter: [lax.nextafter, FLOATS],
  eq: [lax.eq, ALL], ne: [lax.ne, ALL], lt: [lax.lt, ALL], le: [lax.le, ALL], gt: [lax.gt, ALL], ge: [lax.ge, ALL],
  and: [lax.bitwiseAnd, INT_OR_BOOL], or: [lax.bitwiseOr, INT_OR_BOOL], xor: [lax.bitwiseXor, INT_OR_BOOL],
  shift_left: [lax.shiftLeft, INTS], shift_right_logical: [lax.shiftRightLogical, INTS],
  shift_right_arithmetic: [lax.shiftRightArithmetic, INTS],
};
const UNARY: Record<string, [Fn, readonly DType[]]> = {
  neg: [lax.neg, NUMS], sign: [lax.sign, NUMS], abs: [lax.abs, SIGNED], square: [lax.square, NUMS],
  floor: [lax.floor, FLOATS], ceil: [lax.ceil, FLOATS], is_finite: [lax.isFinite, FLOATS],
  not: [lax.bitwiseNot, INT_OR_BOOL], population_count: [lax.populationCount, INTS], clz: [lax.clz, INTS],
  round: [(x) => lax.round(x), FLOATS], round_even: [(x) => lax.round(x, "to_nearest_even"), FLOATS], copy: [lax.copy, ALL],
};
const NAMES = [
  ...Object.keys(BINARY), ...Object.keys(UNARY).filter((n) => n !== "round_even"),
  "integer_pow", "clamp", "select_n", "convert_element_type", "bitcast_convert_type",
];

const RUNS = 40;
const shape = shapeArb({ maxRank: 3, maxSide: 4 });
// Float results of one rounding agree exactly, except tiny subnormal differences never expected here.
const EXACT = { rtol: 0 };

describe("native elementwise kernels", () => {
  it("run natively", () => {
    const k = nativeBackend().kernels;
    for (const name of NAMES) expect(k.has(name), name).toBe(true);
  });

  for (const [name, [f, dtypes]] of Object.entries(BINARY))
    it(`${name} agrees with the reference`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(
            shape.chain((s) => fc.constantFrom(...dtypes).chain((d) => fc.tuple(argArb(d, s), argArb(d, s)))),
            ([a, b]) => expectSameOnBackends(() => f(build(a), build(b)), { ...EXACT, what: `${name} ${show(a)} ${show(b)}` }),
          ),
          { numRuns: RUNS },
        ),
      ));

  for (const [name, [f, dtypes]] of Object.entries(UNARY))
    it(`${name} agrees with the reference`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(shape.chain((s) => argArb(fc.constantFrom(...dtypes), s)), (a) =>
            expectSameOnBackends(() => f(build(a)), { ...EXACT, what: `${name} ${show(a)}` }),
          ),
          { numRuns: RUNS },
        ),
      ));

  it("binary ops with a scalar operand and a row broadcast", () =>
    withX64(true, () => {
      for (const d of ["float32", "int32", "float16", "uint8", "int64"] as DType[]) {
        for (const name of ["add", "sub", "mul", "div", "max", "lt"]) {
          const f = BINARY[name][0];
          expectSameOnBackends(() => f(np.arange(24, { dtype: d }).reshape(4, 6), np.broadcastTo(np.array(3, { dtype: d }), [4, 6])));
          expectSameOnBackends(() => f(np.broadcastTo(np.array(5, { dtype: d }), [4, 6]), np.arange(24, { dtype: d }).reshape(4, 6).T.T));
          expectSameOnBackends(() => f(np.arange(24, { dtype: d }).reshape(6, 4).T, np.broadcastTo(np.arange(6, { dtype: d }), [4, 6])));
        }
      }
    }));

  it("integer_pow agrees with the reference", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(
          shape.chain((s) => argArb(fc.constantFrom(...NUMS), s)),
          fc.integer({ min: -6, max: 13 }),
          (a, y) => {
            const yy = FLOATS.includes(a.dtype) ? y : Math.abs(y);
            expectSameOnBackends(() => lax.integerPow(build(a), yy), { ...EXACT, what: `integer_pow ${show(a)} ${yy}` });
          },
        ),
        { numRuns: 80 },
      ),
    ));

  it("clamp agrees with the reference (array and scalar bounds, lo > hi)", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(
          shape.chain((s) =>
            fc.constantFrom(...ALL).chain((d) =>
              fc.tuple(argArb(d, s), fc.oneof(argArb(d, s), argArb(d, [])), fc.oneof(argArb(d, s), argArb(d, []))),
            ),
          ),
          ([x, lo, hi]) =>
            expectSameOnBackends(() => lax.clamp(build(lo), build(x), build(hi)), { ...EXACT, what: `clamp ${show(lo)} ${show(x)} ${show(hi)}` }),
        ),
        { numRuns: 80 },
      ),
    ));

  it("select_n agrees with the reference (bool/int which, 1..6 cases, scalar which)", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(
          shape.chain((s) =>
            fc.tuple(
              fc.constantFrom(...ALL),
              fc.constantFrom(...(INT_OR_BOOL as DType[])),
              fc.integer({ min: 1, max: 6 }),
              fc.boolean(),
            ).chain(([d, wd, n, scalarWhich]) =>
              fc.tuple(
                argArb(wd, scalarWhich ? [] : s, "index"),
                fc.array(argArb(d, s), { minLength: wd === "bool" ? Math.min(n, 2) : n, maxLength: wd === "bool" ? Math.min(n, 2) : n }),
              ),
            ),
          ),
          ([w, cases]) =>
            expectSameOnBackends(() => lax.selectN(build(w), ...cases.map(build)), { ...EXACT, what: `select_n ${show(w)} ${cases.map(show).join(" ")}` }),
        ),
        { numRuns: 100 },
      ),
    ));

  it("convert_element_type agrees with the reference for every dtype pair", () =>
    withX64(true, () => {
      for (const from of ALL_DTYPES)
        for (const to of ALL_DTYPES)
          fc.assert(
            fc.property(shape.chain((s) => argArb(from, s)), (a) =>
              expectSameOnBackends(() => lax.convertElementType(build(a), to), { ...EXACT, what: `convert ${show(a)} -> ${to}` }),
            ),
            { numRuns: 8 },
          );
    }));

  it("bitcast_convert_type agrees with the reference (same and different widths)", () =>
    withX64(true, () => {
      const sizes: Record<string, number> = { int8: 1, uint8: 1, int16: 2, uint16: 2, float16: 2, bfloat16: 2, int32: 4, uint32: 4, float32: 4, int64: 8, uint64: 8, float64: 8 };
      for (const from of Object.keys(sizes) as DType[])
        for (const to of Object.keys(sizes) as DType[]) {
          const r = sizes[to] / sizes[from];
          fc.assert(
            fc.property(
              shapeArb({ maxRank: 2, maxSide: 3 }).chain((s) => argArb(from, r > 1 ? [...s, r] : s)),
              (a) => expectSameOnBackends(() => lax.bitcastConvertType(build(a), to), { ...EXACT, what: `bitcast ${show(a)} -> ${to}` }),
            ),
            { numRuns: 4 },
          );
        }
      expectSameOnBackends(() => lax.bitcastConvertType(np.array([true, false]), "bool"));
    }));

  it("matches hand-written edge expectations", () => {
    const vals = (x: NDArray) => Array.from((x as ConcreteArray).storage() as ArrayLike<number>);
    const i32 = (xs: number[]) => np.array(xs, { dtype: "int32" });
    const MIN = -2147483648;
    expect(vals(lax.div(i32([7, -7, 5, MIN, MIN]), i32([2, 2, 0, -1, 0])))).toEqual([3, -3, -1, MIN, -1]);
    expect(vals(lax.rem(i32([7, -7, 5, MIN]), i32([2, 2, 0, -1])))).toEqual([1, -1, 5, 0]);
    expect(vals(lax.div(np.array([7, 200], { dtype: "uint8" }), np.array([0, 3], { dtype: "uint8" })))).toEqual([255, 66]);
    const z = np.array([0, -0], { dtype: "float32" });
    const zr = np.array([-0, 0], { dtype: "float32" });
    expect(vals(lax.max(z, zr)).map((v) => Object.is(v, 0))).toEqual([true, true]);
    expect(vals(lax.min(z, zr)).map((v) => Object.is(v, -0))).toEqual([true, true]);
    expect(vals(lax.max(np.array([NaN, 1], { dtype: "float32" }), np.array([1, NaN], { dtype: "float32" }))).every(Number.isNaN)).toBe(true);
    expect(vals(lax.sign(np.array([-0, 0, -3, NaN], { dtype: "float32" }))).map((v) => (Number.isNaN(v) ? "nan" : Object.is(v, -0) ? "-0" : v))).toEqual(["-0", 0, -1, "nan"]);
    expect(vals(lax.shiftLeft(i32([1, 1, 1, -1]), i32([31, 32, -1, 4])))).toEqual([MIN, 0, 0, -16]);
    expect(vals(lax.shiftRightArithmetic(i32([-8, -8, 8]), i32([1, 40, -3])))).toEqual([-4, -1, 0]);
    expect(vals(lax.shiftRightLogical(i32([-8, -8]), i32([28, 32])))).toEqual([15, 0]);
    expect(vals(lax.round(np.array([0.5, 1.5, 2.5, -0.5, -2.5], { dtype: "float32" })))).toEqual([1, 2, 3, -1, -3]);
    expect(vals(lax.round(np.array([0.5, 1.5, 2.5, -0.5, -2.5], { dtype: "float32" }), "to_nearest_even"))).toEqual([0, 2, 2, -0, -2]);
    expect(vals(lax.convertElementType(np.array([NaN, 1e10, -1e10, -1.9, 2.9], { dtype: "float32" }), "int32"))).toEqual([0, 2147483647, MIN, -1, 2]);
    expect(vals(lax.convertElementType(i32([300, -1]), "uint8"))).toEqual([44, 255]);
    expect(vals(lax.clz(np.array([0, 1, -1], { dtype: "int16" })))).toEqual([16, 15, 0]);
    expect(vals(lax.populationCount(np.array([-1, 3], { dtype: "int8" })))).toEqual([8, 2]);
  });

  it("float64 -> float16 rounds once (no double rounding through float32)", () =>
    withX64(true, () => {
      // 1 + 2^-11 + 2^-40 lies just above a float16 halfway point: rounds up directly,
      // but through float32 it would become the halfway point and round to even (down).
      const x = np.array([1 + 2 ** -11 + 2 ** -40, -(1 + 2 ** -11 + 2 ** -40)], { dtype: "float64" });
      const got = Array.from(lax.bitcastConvertType(lax.convertElementType(x, "float16"), "uint16").toArray() as number[]);
      expect(got).toEqual([0x3c01, 0xbc01]);
      expectSameOnBackends(() => lax.convertElementType(np.array([1 + 2 ** -11 + 2 ** -40, 65519.99, 65520, 2 ** -25, 2 ** -25 + 2 ** -60], { dtype: "float64" }), "float16"), EXACT);
    }));

  it("copy makes strided views contiguous (and downloads them)", () =>
    withX64(true, () => {
      for (const d of ALL_DTYPES) {
        expectSameOnBackends(() => lax.copy(np.arange(60, { dtype: d === "bool" ? "int32" : d }).reshape(3, 4, 5).transpose([2, 0, 1]).index("::-1")));
      }
      const x = onPlatform("cpu", () => np.arange(12, { dtype: "float32" }).reshape(3, 4).T);
      expect(x.toArray()).toEqual([[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]);
    }));

  it("large threaded runs agree (contiguous, transposed, broadcast)", () => {
    const n = 1 << 17;
    expectSameOnBackends(() => lax.add(np.arange(n, { dtype: "float32" }), np.arange(n, { dtype: "float32" }).index("::-1")));
    expectSameOnBackends(() => lax.mul(np.arange(n, { dtype: "float16" }).reshape(256, 512).T, np.broadcastTo(np.arange(256, { dtype: "float16" }), [512, 256])));
    expectSameOnBackends(() => lax.div(np.arange(n, { dtype: "int32" }), np.broadcastTo(np.array(7, { dtype: "int32" }), [n])));
    expectSameOnBackends(() => lax.convertElementType(np.arange(n, { dtype: "float32" }).reshape(256, 512).T, "bfloat16"));
    expectSameOnBackends(() => lax.copy(np.arange(n, { dtype: "float32" }).reshape(256, 512).T));
    expectSameOnBackends(() => lax.selectN(lax.lt(np.arange(n, { dtype: "int32" }), n / 2), np.zeros([n]), np.ones([n])));
  });
});
