// Native cumulative scans (cumsum/cumprod/cummax/cummin/cumlogsumexp) agree
// with the reference backend over random shapes, dtypes, layouts and both
// directions; hand-written expectations (NaN forward, -0, wrap); and large
// inputs on the threaded line and column paths.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { argArb, build, FLOATS, NUMS, shapeArb, show, type Values } from "../../laws/native-gen.js";
import { expectSameOnBackends, onPlatform } from "./equivalence.js";

type Scan = (x: NDArray, axis?: number, reverse?: boolean) => NDArray;
// Small-int sums and products of -2..2 (short lines) are exact whatever the rounding schedule.
const SCANS: Record<string, [Scan, readonly DType[], Values, number, number?]> = {
  cumsum: [lax.cumsum, NUMS, "exact", 80],
  cumprod: [lax.cumprod, NUMS, "tiny", 40],
  cummax: [lax.cummax, NUMS, "any", 64],
  cummin: [lax.cummin, NUMS, "any", 64],
  // float32 steps round alike; float16/bfloat16 accumulate in float32 here, per step in the reference.
  cumlogsumexp: [lax.cumlogsumexp, FLOATS, "any", 64, 2e-2],
};

describe("native cumulative ops", () => {
  it("run natively", () => {
    const k = nativeBackend().kernels;
    for (const name of Object.keys(SCANS)) expect(k.has(name), name).toBe(true);
  });

  for (const [name, [f, dtypes, vals, maxSize, rtol]] of Object.entries(SCANS))
    it(`${name} agrees with the reference`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(
            shapeArb({ minRank: 1, maxRank: 4, maxSide: 6, maxSize }).chain((s) =>
              fc.tuple(argArb(fc.constantFrom(...dtypes), s, vals), fc.integer({ min: 0, max: s.length - 1 }), fc.boolean()),
            ),
            ([a, axis, rev]) => {
              // Reverse float logsumexp: the reference folds each suffix left to right (XLA's windows); ours scans from the end.
              const tol = name === "cumlogsumexp" ? { rtol: rtol ?? 1e-5, atol: 1e-5 } : {};
              expectSameOnBackends(() => f(build(a), axis, rev), { ...tol, what: `${name} ${show(a)} axis ${axis} rev ${rev}` });
            },
          ),
          { numRuns: 60 },
        ),
      ));

  it("propagates NaN forward, orders -0 below +0 and wraps", () =>
    onPlatform("cpu", () => {
      const v = (x: NDArray) => Array.from({ length: x.size }, (_, i) => x.index(i).item());
      expect(v(lax.cummax(np.array([1, NaN, 3], { dtype: "float32" })))).toEqual([1, NaN, NaN]);
      expect(v(lax.cummin(np.array([1, 2, NaN, 0], { dtype: "float32" }), 0, true))).toEqual([NaN, NaN, NaN, 0]);
      expect(Object.is(v(lax.cummax(np.array([-0, 0, -0], { dtype: "float32" })))[2], 0)).toBe(true);
      expect(Object.is(v(lax.cummin(np.array([0, -0, 0], { dtype: "float16" })))[2], -0)).toBe(true);
      expect(v(lax.cumsum(np.array([100, 100, 100], { dtype: "int8" })))).toEqual([100, -56, 44]);
      expect(v(lax.cumprod(np.array([16, 16, 3], { dtype: "uint8" }), 0, true))).toEqual([0, 48, 3]);
      expect(v(lax.cumlogsumexp(np.array([0, 0, -Infinity], { dtype: "float32" })))).toEqual([0, Math.fround(Math.LN2), Math.fround(Math.LN2)]);
    }));

  it("agrees on large inputs (threaded line and column paths)", () => {
    const big = (d: DType, shape: number[]) => {
      const n = shape.reduce((a, b) => a * b, 1);
      return np.array(Array.from({ length: n }, (_, i) => ((i * 7919) % 21) - 10), { dtype: d }).reshape(...shape);
    };
    for (const d of ["float32", "int32", "int16"] as DType[])
      for (const axis of [0, 1])
        for (const rev of [false, true]) {
          expectSameOnBackends(() => lax.cumsum(big(d, [301, 517]), axis, rev), { what: `cumsum ${d} ${axis} ${rev}` });
          expectSameOnBackends(() => lax.cummax(big(d, [517, 301]).T, axis, rev), { what: `cummax T ${d} ${axis} ${rev}` });
          expectSameOnBackends(() => lax.cummin(big(d, [3, 30001]).index(":", "::-1"), axis, rev), { what: `cummin ${d} ${axis} ${rev}` });
        }
  });
});
