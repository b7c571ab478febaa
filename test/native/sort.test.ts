// Native sort (multi-operand, lexicographic keys, stable, NaN last, -0 == +0)
// and top_k (IEEE total order, ties by index) agree with the reference
// backend over random shapes, dtypes and layouts; hand-written expectations
// independent of it; and large inputs split across threads.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { ALL, argArb, build, shapeArb, show } from "../../laws/native-gen.js";
import { expectSameOnBackends, onPlatform } from "./equivalence.js";

const EXACT = { rtol: 0 };
const vals = (x: NDArray) => onPlatform("cpu", () => Array.from({ length: x.size }, (_, i) => x.index(i).item()));

describe("native sort and top_k", () => {
  it("run natively", () => {
    const k = nativeBackend().kernels;
    for (const name of ["sort", "top_k"]) expect(k.has(name), name).toBe(true);
  });

  it("sort agrees with the reference (1–3 operands, 1–3 keys)", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(
          shapeArb({ minRank: 1, maxRank: 3, maxSide: 7 }).chain((s) =>
            fc.tuple(
              fc.array(argArb(fc.constantFrom(...ALL), s, "index"), { minLength: 1, maxLength: 3 }),
              argArb(fc.constantFrom(...ALL), s),
              fc.integer({ min: 0, max: s.length - 1 }),
              fc.integer({ min: 1, max: 3 }),
            ),
          ),
          ([keys, last, dim, nk]) => {
            // "index" values repeat a lot (ties exercise stability); the last operand has edge values.
            const specs = [...keys, last];
            const numKeys = Math.min(nk, specs.length);
            expectSameOnBackends(() => lax.sort(specs.map(build), { dimension: dim, numKeys }), { ...EXACT, what: `sort ${specs.map(show)} dim ${dim} keys ${numKeys}` });
            expectSameOnBackends(() => lax.sort(build(last), { dimension: dim }), { ...EXACT, what: `sort ${show(last)} dim ${dim}` });
          },
        ),
        { numRuns: 100 },
      ),
    ));

  it("top_k agrees with the reference", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(
          shapeArb({ minRank: 1, maxRank: 3, maxSide: 7 }).chain((s) =>
            fc.tuple(argArb(fc.constantFrom(...ALL.filter((d) => d !== "bool")), s, "any"), fc.integer({ min: 0, max: s.length - 1 }), fc.nat()),
          ),
          ([a, axis, kk]) => {
            const k = kk % (a.shape[axis] + 1);
            expectSameOnBackends(() => lax.topK(build(a), k, { axis }), { ...EXACT, what: `top_k ${show(a)} axis ${axis} k ${k}` });
          },
        ),
        { numRuns: 100 },
      ),
    ));

  it("sorts NaN last, keeps -0/+0 and ties in order, ranks top_k in the total order", () => {
    const f32 = (xs: number[]) => onPlatform("cpu", () => np.array(xs, { dtype: "float32" }));
    const s = vals(onPlatform("cpu", () => lax.sort(f32([NaN, 1, -0, -Infinity, 0, -NaN, -1]))));
    expect(s.slice(0, 5)).toEqual([-Infinity, -1, -0, 0, 1]);
    expect(Object.is(s[2], -0) && Object.is(s[3], 0)).toBe(true);
    expect(s.slice(5).every((v) => Number.isNaN(v))).toBe(true);
    const [sk, sv] = onPlatform("cpu", () => lax.sort([np.array([2, 1, 2, 1], { dtype: "int32" }), np.array([0, 1, 2, 3], { dtype: "int32" })], { numKeys: 1 }));
    expect(vals(sk)).toEqual([1, 1, 2, 2]);
    expect(vals(sv)).toEqual([1, 3, 0, 2]);
    const [tv, ti] = onPlatform("cpu", () => lax.topK(np.array([0, 5, -0, 5, -Infinity], { dtype: "float32" }), 4));
    expect(vals(ti)).toEqual([1, 3, 0, 2]);
    expect(Object.is(vals(tv)[3], -0)).toBe(true);
  });

  it("agrees on large inputs", () => {
    const big = (d: DType, shape: number[]) => {
      const n = shape.reduce((a, b) => a * b, 1);
      return np.array(Array.from({ length: n }, (_, i) => ((i * 7919) % 1001) - 500), { dtype: d }).reshape(...shape);
    };
    for (const d of ["float32", "int16", "float64"] as DType[])
      for (const dim of [0, 1]) {
        expectSameOnBackends(() => lax.sort(big(d, [301, 257]), { dimension: dim }), EXACT);
        expectSameOnBackends(() => lax.sort([big(d, [257, 301]).T, big("int32", [301, 257])], { dimension: dim, numKeys: 1 }), EXACT);
        expectSameOnBackends(() => lax.topK(big(d, [301, 257]), 7, { axis: dim }), EXACT);
      }
  });
});
