// Native reductions (reduce_* and argmax/argmin) agree with the reference
// backend over random shapes (0-size, 0-d), every accepted dtype, edge values
// and strided / reversed / stepped / broadcast views; hand-written
// expectations (identities, NaN, -0, wrap) independent of the reference; and
// large inputs that take the threaded row, column and split-reduction paths.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { ALL, argArb, build, FLOATS, INTS, NUMS, shapeArb, show, type Values } from "../../laws/native-gen.js";
import { expectClose, expectSameOnBackends, onPlatform } from "./equivalence.js";

type Red = (x: NDArray, axes: number[]) => NDArray;
const INT_OR_BOOL = ["bool", ...INTS] as DType[];
// [fn, dtypes, value flavour, max size]: sums of small ints are exact in any order (also in bf16
// below 256 elements); products of -2..2 stay finite in float16 for 12 factors.
const REDUCTIONS: Record<string, [Red, readonly DType[], Values, number]> = {
  reduce_sum: [lax.reduceSum, NUMS, "exact", 80],
  reduce_prod: [lax.reduceProd, NUMS, "tiny", 12],
  reduce_max: [lax.reduceMax, ALL, "any", 64],
  reduce_min: [lax.reduceMin, ALL, "any", 64],
  reduce_and: [lax.reduceAnd, INT_OR_BOOL, "any", 64],
  reduce_or: [lax.reduceOr, INT_OR_BOOL, "any", 64],
  reduce_xor: [lax.reduceXor, INT_OR_BOOL, "any", 64],
};

/** A random subset of the axes of a rank-n array. */
const axesArb = (n: number) => fc.array(fc.boolean(), { minLength: n, maxLength: n }).map((m) => m.flatMap((b, i) => (b ? [i] : [])));

const RUNS = 60;

describe("native reductions", () => {
  it("run natively", () => {
    const k = nativeBackend().kernels;
    for (const name of [...Object.keys(REDUCTIONS), "argmax", "argmin"]) expect(k.has(name), name).toBe(true);
  });

  for (const [name, [f, dtypes, vals, maxSize]] of Object.entries(REDUCTIONS))
    it(`${name} agrees with the reference`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(
            shapeArb({ maxRank: 4, maxSide: 5, maxSize }).chain((s) => fc.tuple(argArb(fc.constantFrom(...dtypes), s, vals), axesArb(s.length))),
            ([a, axes]) => expectSameOnBackends(() => f(build(a), axes), { what: `${name} ${show(a)} axes ${axes}` }),
          ),
          { numRuns: RUNS },
        ),
      ));

  for (const name of ["argmax", "argmin"] as const)
    it(`${name} agrees with the reference`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(
            shapeArb({ minRank: 1, maxRank: 4, minSide: 1, maxSide: 6 }).chain((s) =>
              fc.tuple(argArb(fc.constantFrom(...ALL), s), fc.integer({ min: 0, max: s.length - 1 }), fc.constantFrom<DType>("int32", "int8", "uint16", "int64")),
            ),
            ([a, axis, idt]) => expectSameOnBackends(() => (name === "argmax" ? lax.argmax : lax.argmin)(build(a), axis, idt), { what: `${name} ${show(a)} axis ${axis}` }),
          ),
          { numRuns: RUNS * 2 },
        ),
      ));

  it("gives the identities of empty reductions", () =>
    withX64(true, () => {
      const cases: [Red, DType, number | bigint | boolean][] = [
        [lax.reduceSum, "float32", 0], [lax.reduceProd, "int16", 1], [lax.reduceMax, "float16", -Infinity], [lax.reduceMin, "bfloat16", Infinity],
        [lax.reduceMax, "int8", -128], [lax.reduceMin, "uint8", 255], [lax.reduceMax, "bool", false], [lax.reduceMin, "bool", true],
        [lax.reduceAnd, "int32", -1], [lax.reduceAnd, "bool", true], [lax.reduceOr, "uint16", 0], [lax.reduceMin, "int64", 2n ** 63n - 1n],
      ];
      for (const [f, d, want] of cases) {
        const r = onPlatform("cpu", () => f(np.zeros([2, 0, 3], { dtype: d }), [1]));
        expect(r.shape).toEqual([2, 3]);
        for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) expect(onPlatform("cpu", () => r.index(i, j).item()), `${d}`).toEqual(want);
      }
    }));

  it("propagates NaN, orders -0 below +0 and wraps integers", () =>
    onPlatform("cpu", () => {
      const f = (xs: number[], d: DType = "float32") => np.array(xs, { dtype: d });
      expect(lax.reduceMax(f([1, NaN, 3]), [0]).item()).toBeNaN();
      expect(lax.reduceMin(f(Array.from({ length: 300 }, (_, i) => (i === 250 ? NaN : i))), [0]).item()).toBeNaN();
      expect(Object.is(lax.reduceMax(f([-0, 0, -0]), [0]).item(), 0)).toBe(true);
      expect(Object.is(lax.reduceMin(f([0, -0, 0]), [0]).item(), -0)).toBe(true);
      expect(Object.is(lax.reduceMax(f(Array(200).fill(-0).concat([0]), "float16"), [0]).item(), 0)).toBe(true);
      expect(lax.reduceSum(f([100, 100, 100], "int8"), [0]).item()).toBe(44);
      expect(lax.reduceProd(f([200, 2], "uint8"), [0]).item()).toBe(144);
      expect(lax.reduceOr(f([1, 0, 1], "bool"), [0]).item()).toBe(true);
      expect(lax.reduceXor(f([1, 0, 1], "bool"), [0]).item()).toBe(false);
      expect(lax.argmax(f([1, 5, NaN, 5, NaN]), 0, "int32").item()).toBe(2);
      expect(lax.argmin(f([3, -0, 0, -1, -1]), 0, "int32").item()).toBe(3);
      expect(lax.argmax(f([-0, 0]), 0, "int32").item()).toBe(0);
      // f16 sums accumulate in float32 and round once (as JAX): 4096 ones give 4096.
      expect(lax.reduceSum(np.ones([4096], { dtype: "float16" }), [0]).item()).toBe(4096);
    }));

  it("agrees on large inputs (threaded row, column and split paths)", () => {
    const big = (d: DType, shape: number[]) => {
      const n = shape.reduce((a, b) => a * b, 1);
      return np.array(Array.from({ length: n }, (_, i) => ((i * 7919) % 201) - 100 + (i % 97 === 0 ? 0.5 : 0)), { dtype: d }).reshape(...shape);
    };
    for (const d of ["float32", "int32", "float16"] as DType[])
      for (const axes of [[0], [1], [0, 1]]) {
        // float sums of small ints are exact in float32 (below 2^24); float16 sums are compared loosely.
        // The reference rounds float16 sums after every step: compare with the float32 sum rounded once.
        const sum = (x: NDArray) => (d === "float16" ? lax.convertElementType(lax.reduceSum(lax.convertElementType(x, "float32"), axes), "float16") : lax.reduceSum(x, axes));
        expectClose(onPlatform("cpu", () => lax.reduceSum(big(d, [301, 517]), axes)), onPlatform("reference", () => sum(big(d, [301, 517]))), undefined, 0, `sum ${d} ${axes}`);
        expectClose(onPlatform("cpu", () => lax.reduceSum(big(d, [517, 301]).T, axes)), onPlatform("reference", () => sum(big(d, [517, 301]).T)), undefined, 0, `sum T ${d} ${axes}`);
        expectSameOnBackends(() => lax.reduceMax(big(d, [301, 517]).index("::-1"), axes), { what: `max ${d} ${axes}` });
        expectSameOnBackends(() => lax.reduceMin(big(d, [3, 70001]), axes), { what: `min ${d} ${axes}` });
      }
    expectSameOnBackends(() => lax.reduceSum(big("int32", [200003]), [0]));
    expectSameOnBackends(() => lax.reduceMax(big("float32", [2, 100003]), [1]));
    expectSameOnBackends(() => lax.reduceSum(big("float32", [70001, 3]), [0]));
    for (const axis of [0, 1]) {
      expectSameOnBackends(() => lax.argmax(big("float32", [301, 517]), axis, "int32"));
      expectSameOnBackends(() => lax.argmin(big("int16", [517, 301]).T, axis, "int32"));
      expectSameOnBackends(() => lax.argmax(big("bfloat16", [3, 40001]), axis, "int32"));
    }
  });
});
