// Tests of jaxts/testing: allClose / assertAllClose must fail on real
// differences (NaN vs number, shape mismatch, beyond the dtype's tolerance),
// and the arbitraries must respect their options (dtype, shape, finite,
// positive, min, max) and produce broadcast-compatible shape pairs.

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { broadcastShapes } from "../../src/core/shape.js";
import { ValueError } from "../../src/core/errors.js";
import { allClose, arrays, AssertionError, assertAllClose, broadcastableShapes, defaultTolerance, dtypes, shapes } from "../../src/testing/index.js";
import type { DType } from "../../src/core/dtype.js";

describe("allClose", () => {
  it("equal arrays are close; any real difference is not", () => {
    expect(allClose(np.array([1, 2, 3]), np.array([1, 2, 3]))).toBe(true);
    expect(allClose(np.array([1, 2, 3]), [1, 2, 3.001])).toBe(false);
    expect(allClose(np.array([1, 2]), [1, 2, 3])).toBe(false); // shape mismatch
    expect(allClose(np.array([[1, 2]]), [1, 2])).toBe(false); // no broadcasting
    expect(allClose(np.array([1]), 1)).toBe(false); // (1,) vs ()
    expect(allClose(np.array(1), 1)).toBe(true);
  });
  it("NaN: never close to a number; close to NaN only with equalNan", () => {
    expect(allClose(np.array([NaN]), [1])).toBe(false);
    expect(allClose(np.array([1]), [NaN])).toBe(false);
    expect(allClose(np.array([NaN]), [NaN])).toBe(false);
    expect(allClose(np.array([NaN]), [NaN], { equalNan: true })).toBe(true);
  });
  it("infinities are close only to the same infinity, whatever the tolerance", () => {
    expect(allClose(np.array([Infinity, -Infinity]), [Infinity, -Infinity])).toBe(true);
    expect(allClose(np.array([Infinity]), [-Infinity], { rtol: 10, atol: 10 })).toBe(false);
    expect(allClose(np.array([1]), [Infinity], { rtol: 1 })).toBe(false);
    expect(allClose(np.array([1e38]), [Infinity], { rtol: 0, atol: 0 })).toBe(false);
  });
  it("float32 default tolerance is 1e-6 (|a-b| <= atol + rtol*|b|)", () => {
    expect(defaultTolerance("float32")).toBe(1e-6);
    expect(allClose(np.array([1]), [1 + 1.5e-6])).toBe(true); // 1.5e-6 <= 1e-6 + 1e-6 * 1.0000015
    expect(allClose(np.array([1]), [1 + 3e-6])).toBe(false);
    expect(allClose(np.array([1000]), [1000.0009])).toBe(true); // rtol scales with |b|: 9.2e-4 <= 1e-6 + 1e-3
    expect(allClose(np.array([1000]), [1000.01])).toBe(false);
  });
  it("float16 / bfloat16 tolerances are looser; ints and bool are exact", () => {
    expect(defaultTolerance("float16")).toBe(1e-3);
    expect(defaultTolerance("bfloat16")).toBe(1e-2);
    expect(defaultTolerance("int32", "bool")).toBe(0);
    expect(defaultTolerance("float16", "float32")).toBe(1e-3);
    const h = np.array([1], { dtype: "float16" });
    expect(allClose(h, np.array([1.0015], { dtype: "float32" }))).toBe(true);
    expect(allClose(h, np.array([1.005], { dtype: "float32" }))).toBe(false);
    const b = np.array([1], { dtype: "bfloat16" });
    expect(allClose(b, [1.015])).toBe(true);
    expect(allClose(b, [1.05])).toBe(false);
    const i = np.array([5, 6], { dtype: "int32" });
    expect(allClose(i, np.array([5, 6], { dtype: "int32" }))).toBe(true);
    expect(allClose(i, np.array([5, 7], { dtype: "int32" }))).toBe(false);
    expect(allClose(np.array([true, false]), np.array([true, true]))).toBe(false);
  });
  it("explicit rtol / atol override the defaults", () => {
    expect(allClose(np.array([1]), [1.1], { atol: 0.2 })).toBe(true);
    expect(allClose(np.array([1]), [1.1], { atol: 0, rtol: 0.05 })).toBe(false);
    expect(allClose(np.array([100]), [105], { atol: 0, rtol: 0.05 })).toBe(true);
    expect(allClose(np.array([1]), [1 + 1e-7], { rtol: 0, atol: 0 })).toBe(false);
  });
  it("int64 compares exactly beyond 2^53 (x64)", () =>
    withX64(true, () => {
      const a = np.array([2n ** 60n]);
      expect(allClose(a, np.array([2n ** 60n]))).toBe(true);
      expect(allClose(a, np.array([2n ** 60n + 1n]))).toBe(false);
    }));
  it("empty arrays of the same shape are close", () => {
    expect(allClose(np.array([]), [])).toBe(true);
    expect(allClose(np.array([[]]), [])).toBe(false);
  });
});

describe("assertAllClose", () => {
  const msg = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(AssertionError);
      return (e as Error).message;
    }
    throw new Error("did not throw");
  };
  it("passes quietly on close arrays, NaNs matching by default", () => {
    assertAllClose(np.array([1, NaN]), [1, NaN]);
    assertAllClose(np.array([[1, 2], [3, 4]]), [[1, 2], [3, 4.000001]]);
  });
  it("names the worst element, its index and the counts", () => {
    const m = msg(() => assertAllClose(np.array([[1, 2], [3, 4]]), [[1, 2.5], [3, 9]]));
    expect(m).toBe("[assertAllClose] arrays are not close (rtol=0.000001, atol=0.000001): 2 of 4 elements differ; worst at [1, 1]: actual 4, expected 9 (|diff| 5 > 0.00001)");
  });
  it("a NaN mismatch is the worst element", () => {
    const m = msg(() => assertAllClose(np.array([1, 100, 3]), [1, 0, NaN]));
    expect(m).toContain("2 of 3 elements differ; worst at [2]: actual 3, expected NaN");
    expect(msg(() => assertAllClose(np.array([NaN]), [NaN], { equalNan: false }))).toContain("1 of 1 elements differ");
  });
  it("shape and dtype mismatches", () => {
    expect(msg(() => assertAllClose(np.array([1, 2]), [[1, 2]]))).toBe("[assertAllClose] shapes differ: actual (2,), expected (1, 2)");
    expect(msg(() => assertAllClose(np.array([1], { dtype: "int32" }), np.array([1])))).toBe("[assertAllClose] dtypes differ: actual int32, expected float32");
    // JS data on the expected side: dtypes are not compared unless asked.
    assertAllClose(np.array([1], { dtype: "int32" }), [1]);
    expect(msg(() => assertAllClose(np.array([1], { dtype: "int32" }), [1], { checkDType: true }))).toContain("dtypes differ");
    assertAllClose(np.array([1], { dtype: "int32" }), np.array([1]), { checkDType: false });
  });
});

describe("arbitraries", () => {
  it("dtypes: kinds, x64, exclude", () => {
    fc.assert(fc.property(dtypes(), (d) => !["int64", "uint64", "float64"].includes(d)));
    fc.assert(fc.property(dtypes({ kinds: ["f"] }), (d) => ["float16", "bfloat16", "float32"].includes(d)));
    fc.assert(fc.property(dtypes({ kinds: ["i", "u"], x64: true, exclude: ["int8"] }), (d) => /^u?int(16|32|64)$|^uint8$/.test(d)));
    const seen = new Set(fc.sample(dtypes({ x64: true }), 2000));
    expect(seen.size).toBe(13);
    expect(() => dtypes({ kinds: ["b"], exclude: ["bool"] })).toThrow(ValueError);
  });
  it("shapes: rank, side and size bounds", () => {
    fc.assert(
      fc.property(shapes({ minRank: 1, maxRank: 3, minSide: 1, maxSide: 7, maxSize: 50 }), (s) =>
        s.length >= 1 && s.length <= 3 && s.every((d) => d >= 1 && d <= 7) && s.reduce((a, b) => a * b, 1) <= 50,
      ),
    );
    const ranks = new Set(fc.sample(shapes(), 500).map((s) => s.length));
    expect([...ranks].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => shapes({ minRank: 3, maxRank: 2 })).toThrow(ValueError);
  });
  it("broadcastableShapes: the pairs broadcast together", () => {
    fc.assert(fc.property(broadcastableShapes(), ([a, b]) => Array.isArray(broadcastShapes([a, b]))));
    // Not trivially equal: some pairs differ in rank and some contain stretched 1s.
    const pairs = fc.sample(broadcastableShapes({ minRank: 2, minSide: 2 }), 300);
    expect(pairs.some(([a, b]) => a.length !== b.length)).toBe(true);
    expect(pairs.some(([a, b]) => a.some((d, i) => d === 1 && b[b.length - a.length + i] > 1))).toBe(true);
  });
  it("arrays: dtype and shape as values or arbitraries", () => {
    fc.assert(
      fc.property(arrays({ dtype: "int16", shape: [2, 3] }), (x) => x.dtype === "int16" && x.shape.join() === "2,3"),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(arrays({ dtype: dtypes(), shape: shapes({ maxSize: 20 }) }), (x) => x.size <= 20 && x.weakType === false),
      { numRuns: 50 },
    );
  });
  const flat = (x: np.Array): number[] => [...(x.toTypedArray() as Iterable<number | bigint>)].map(Number);
  it("arrays: finite / positive / min / max hold for every dtype (after rounding)", () => {
    for (const d of ["bool", "int8", "uint8", "int32", "uint32", "float16", "bfloat16", "float32"] as DType[]) {
      fc.assert(fc.property(arrays({ dtype: d, shape: [8], finite: true }), (x) => flat(x).every(Number.isFinite)), { numRuns: 30 });
      fc.assert(fc.property(arrays({ dtype: d, shape: [8], positive: true }), (x) => flat(x).every((v) => v > 0)), { numRuns: 30 });
      if (d !== "bool")
        fc.assert(fc.property(arrays({ dtype: d, shape: [8], min: 2, max: 100 }), (x) => flat(x).every((v) => v >= 2 && v <= 100)), { numRuns: 30 });
    }
  });
  it("arrays: unconstrained floats include NaN and infinities, and float16 values are not all 0/inf", () => {
    const vals = fc.sample(arrays({ dtype: "float16", shape: [16] }), 60).flatMap(flat);
    expect(vals.some(Number.isNaN)).toBe(true);
    expect(vals.some((v) => v === Infinity || v === -Infinity)).toBe(true);
    expect(vals.filter((v) => Number.isFinite(v) && v !== 0).length).toBeGreaterThan(vals.length / 2);
  });
  it("arrays: 64-bit dtypes under x64, canonicalized without", () => {
    withX64(true, () =>
      fc.assert(fc.property(arrays({ dtype: "int64", shape: [4], min: -5, max: 5 }), (x) => x.dtype === "int64" && flat(x).every((v) => v >= -5 && v <= 5)), { numRuns: 20 }),
    );
    withX64(false, () => fc.assert(fc.property(arrays({ dtype: "float64", shape: [2] }), (x) => x.dtype === "float32"), { numRuns: 10 }));
  });
  it("arrays: impossible bounds are a ValueError", () => {
    expect(() => fc.sample(arrays({ dtype: "uint8", shape: [1], max: -1 }), 1)).toThrow(ValueError);
    expect(() => fc.sample(arrays({ dtype: "float32", shape: [1], min: 5, max: 1 }), 1)).toThrow(ValueError);
  });
});
