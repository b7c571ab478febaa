// Native transcendental kernels (math / math_special families) agree with the
// reference backend: every float dtype, random shapes (0-size, 0-d), broadcast,
// transposed and reversed views, edge values (NaN, ±inf, ±0, domain edges,
// overflow thresholds), pow with integer exponents, and large threaded runs.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { config, withX64 } from "../../src/core/config.js";
import type { NDArray } from "../../src/core/array.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { expectSameOnBackends, RTOL } from "./equivalence.js";

type F = "float16" | "bfloat16" | "float32" | "float64";
const FLOATS: readonly F[] = ["float16", "bfloat16", "float32", "float64"];

const UNARY: Record<string, (x: NDArray) => NDArray> = {
  exp: lax.exp, exp2: lax.exp2, log: lax.log, log1p: lax.log1p, expm1: lax.expm1, logistic: lax.logistic,
  sin: lax.sin, cos: lax.cos, tan: lax.tan, asin: lax.asin, acos: lax.acos, atan: lax.atan,
  sinh: lax.sinh, cosh: lax.cosh, tanh: lax.tanh, asinh: lax.asinh, acosh: lax.acosh, atanh: lax.atanh,
  sqrt: lax.sqrt, rsqrt: lax.rsqrt, cbrt: lax.cbrt, erf: lax.erf, erfc: lax.erfc,
  erf_inv: lax.erfInv, lgamma: lax.lgamma, digamma: lax.digamma,
};
const BINARY: Record<string, (x: NDArray, y: NDArray) => NDArray> = { atan2: lax.atan2, pow: lax.pow };
const SPECIAL = new Set(["lgamma", "digamma", "erf_inv"]);

// Subnormal results may differ by an ulp of the subnormal grid; the special functions
// (lgamma/digamma near their zeros) are only absolutely accurate in the reference itself.
const atolFor = (d: F, name: string): number =>
  SPECIAL.has(name) ? { float16: 1e-3, bfloat16: 1e-2, float32: 1e-7, float64: 1e-14 }[d]
    : { float16: 1.2e-7, bfloat16: 1e-40, float32: 1e-44, float64: 1e-320 }[d];

const EDGES = [
  0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3.5, 1e-3, -1e-3, 1e-6, 0.9999, -0.9999, 1.5, 10, -10, 11, -17, 20, 30, 88.5, 89, -89,
  -100, -104, 200, 710, -710, -745, 1e5, 1e30, -1e30, 1e200, 1e-40, 1e-310, Math.PI / 2, Math.PI, 1.4616321449683622,
  Infinity, -Infinity, NaN,
];
const value = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ noNaN: true }));

/** A random input plan: shape, values and the view it is seen through. */
const plan = fc.record({
  shape: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
  vals: fc.array(value, { minLength: 64, maxLength: 64 }),
  view: fc.constantFrom("plain", "T", "rev", "bcast", "slice"),
  seed: fc.integer({ min: 0, max: 63 }),
});
type Plan = { shape: number[]; vals: number[]; view: string; seed: number };

/** Builds the operand of `p` with dtype d: its logical shape is p.shape (or its transpose / broadcast). */
const build = (p: Plan, d: F | string): NDArray => {
  const n = p.shape.reduce((a, b) => a * b, 1);
  const data = Array.from({ length: n }, (_, i) => p.vals[(i + p.seed) % p.vals.length]);
  const base = np.array(data, { dtype: d as F }).reshape(...p.shape);
  if (p.view === "T") return base.T;
  if (p.view === "rev" && p.shape.length > 0) return base.index("::-1");
  if (p.view === "slice" && p.shape.length > 0 && p.shape[0] > 1) return base.index("1:");
  if (p.view === "bcast") {
    // a size-1 leading axis broadcast to 3 rows (stride-0 reads)
    const last = p.shape.length ? [p.shape.at(-1)!] : [];
    const row = np.array(p.vals.slice(0, last[0] ?? 1), { dtype: d as F }).reshape(1, ...last);
    return np.broadcastTo(row, [3, ...last]);
  }
  return base;
};

describe("native math kernels", () => {
  it("run natively", () => {
    const k = nativeBackend().kernels;
    for (const name of [...Object.keys(UNARY), ...Object.keys(BINARY)]) expect(k.has(name), name).toBe(true);
  });

  for (const [name, f] of Object.entries(UNARY))
    it(`${name} agrees with the reference on every float dtype and view`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(plan, fc.constantFrom(...FLOATS), (p, d) => {
            expectSameOnBackends(() => f(build(p, d)), { atol: atolFor(d, name), rtol: RTOL[d], what: `${name} ${d} ${p.view}` });
          }),
          { numRuns: 60 },
        ),
      ));

  for (const [name, f] of Object.entries(BINARY))
    it(`${name} agrees with the reference, including broadcast operands`, () =>
      withX64(true, () =>
        fc.assert(
          fc.property(plan, plan, fc.constantFrom(...FLOATS), (p, q, d) => {
            expectSameOnBackends(
              () => {
                const x = build(p, d);
                const shape = x.shape as number[];
                let y: NDArray;
                if (q.view === "bcast") y = np.broadcastTo(np.array(q.vals[0], { dtype: d }), shape); // a stride-0 scalar
                else if (q.view === "T") y = build({ ...q, shape: [...shape].reverse(), view: "T" }, d);
                else y = build({ ...q, shape, view: q.view === "rev" ? "rev" : "plain" }, d);
                return q.seed % 2 ? f(x, y) : f(y, x);
              },
              { atol: atolFor(d, name), rtol: RTOL[d], what: `${name} ${d}` },
            );
          }),
          { numRuns: 80 },
        ),
      ));

  it("matches every edge-value pair of pow and atan2 (C's pow special cases)", () =>
    withX64(true, () => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const x of EDGES) for (const y of EDGES) (xs.push(x), ys.push(y));
      for (const d of FLOATS)
        for (const [name, f] of Object.entries(BINARY))
          expectSameOnBackends(() => f(np.array(xs, { dtype: d }), np.array(ys, { dtype: d })), { atol: atolFor(d, name), what: `${name} ${d}` });
    }));

  it("pow takes integer exponents (converted to the base's dtype)", () =>
    withX64(true, () => {
      const base = [2, -2, 0.5, -0.5, 0, -0, 1.5, Infinity, -Infinity, NaN, -1, 3];
      for (const d of FLOATS)
        for (const e of ["int8", "int32", "uint8", "int64", "uint32", "int16"] as const)
          expectSameOnBackends(() => {
            const x = np.array(base, { dtype: d });
            const y = np.array(e.startsWith("u") ? [0, 1, 2, 3, 7, 200, 255, 10, 0, 1, 2, 3] : [0, 1, -1, 2, -3, 100, -100, 10, 0, -2, 127, 5], { dtype: e });
            return lax.pow(x, y);
          }, { atol: atolFor(d, "pow"), what: `pow ${d}^${e}` });
      // a broadcast integer exponent
      expectSameOnBackends(() => lax.pow(np.array(base, { dtype: "float32" }), np.broadcastTo(np.array(3, { dtype: "int32" }), [12])));
    }));

  it("agree on large contiguous and strided arrays (threaded runs, SIMD bodies and tails)", () =>
    withX64(true, () => {
      const n = 100_003;
      const data = Array.from({ length: n }, (_, i) => Math.sin(i * 0.7) * (i % 7 === 0 ? 50 : 3));
      for (const d of ["float32", "float64", "float16"] as const)
        for (const [name, f] of Object.entries(UNARY)) {
          if (SPECIAL.has(name) && d !== "float32") continue;
          expectSameOnBackends(() => f(np.array(data, { dtype: d })), { atol: atolFor(d, name), what: `${name} ${d} contiguous` });
          expectSameOnBackends(() => f(np.array(data, { dtype: d }).index("::-3")), { atol: atolFor(d, name), what: `${name} ${d} strided` });
        }
      expectSameOnBackends(() => lax.pow(np.array(data, { dtype: "float32" }), np.array(data.map((v) => v / 4), { dtype: "float32" })), { atol: 1e-44 });
      expectSameOnBackends(() => lax.atan2(np.array(data, { dtype: "float32" }), np.array(data.slice().reverse(), { dtype: "float32" })));
    }));

  it("overflow-edge lanes of sinh/cosh/asinh/acosh stay finite where the true value is", () =>
    withX64(true, () => {
      const f32 = (f: (x: NDArray) => NDArray, x: number[]) => f(np.array(x, { dtype: "float32" })).toArray() as number[];
      const f64 = (f: (x: NDArray) => NDArray, x: number[]) => f(np.array(x, { dtype: "float64" })).toArray() as number[];
      const [s89, sm89, sBig] = f32(lax.sinh, [89, -89, 1e30]);
      expect(s89 / 2.2448064e38).toBeCloseTo(1, 6); // sinh(89) = 2.2448e38 < FLT_MAX
      expect(sm89 / -2.2448064e38).toBeCloseTo(1, 6);
      expect(sBig).toBe(Infinity);
      expect(f32(lax.asinh, [1e30])[0]).toBeCloseTo(69.7707, 3);
      expect(f32(lax.acosh, [1e30])[0]).toBeCloseTo(69.7707, 3);
      expect(f64(lax.cosh, [710])[0] / 1.1169973830808557e308).toBeCloseTo(1, 12);
      expect(f64(lax.asinh, [-1e200])[0]).toBeCloseTo(-461.2101657793691, 10);
      // float64 logistic follows the reference's 1 / (1 + exp(-x)): 0 once exp(-x) overflows.
      const [l710, l100] = f64(lax.logistic, [-710, -100]);
      expect(l710).toBe(0);
      expect(l100 / 3.720075976020836e-44).toBeCloseTo(1, 12);
    }));

  it("float32 exp, tanh and logistic stay within 3 ulp of the float64 value (measured <= 2.3)", () => {
    const ulp32 = (r: number): number => {
      const m = Math.abs(Math.fround(r));
      return m < 2 ** -126 ? 2 ** -149 : 2 ** (Math.floor(Math.log2(m)) - 23);
    };
    const xs: number[] = [];
    for (let i = 0; i < 200_000; i++) xs.push(Math.fround(-20 + (40 * i) / 200_000));
    for (let i = -140; i < 10; i += 0.01) xs.push(Math.fround(2 ** i), Math.fround(-(2 ** i)));
    for (const [f, ref] of [[lax.tanh, Math.tanh], [lax.exp, Math.exp], [lax.logistic, (v: number) => 1 / (1 + Math.exp(-v))]] as const) {
      const got = f(np.array(xs, { dtype: "float32" })).toArray() as number[];
      let worst = 0;
      let at = 0;
      for (let i = 0; i < xs.length; i++) {
        const r = ref(xs[i]);
        if (!Number.isFinite(Math.fround(r))) continue;
        const e = Math.abs(got[i] - r) / ulp32(r);
        if (e > worst) (worst = e), (at = xs[i]);
      }
      expect(worst, `${f.name} worst at ${at}`).toBeLessThanOrEqual(3);
    }
  });

  it("keep the sign of zero and NaN/inf results exactly as the reference", () =>
    withX64(true, () => {
      const xs = [0, -0, Infinity, -Infinity, NaN, 1e-30, -1e-30];
      for (const d of FLOATS)
        for (const [name, f] of Object.entries(UNARY)) {
          const run = (p: string) => {
            const prev = config.platform;
            config.platform = p;
            try {
              return f(np.array(xs, { dtype: d })).toArray() as number[];
            } finally {
              config.platform = prev;
            }
          };
          const got = run("cpu");
          const want = run("reference");
          for (let i = 0; i < xs.length; i++)
            if (want[i] === 0 || !Number.isFinite(want[i])) expect(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])), `${name} ${d} (${xs[i]}): ${got[i]} vs ${want[i]}`).toBe(true);
        }
    }));

  it("rejects non-float dtypes natively (the lax layer already refuses them)", () => {
    expect(() => lax.exp(np.array([1, 2], { dtype: "int32" }))).toThrow();
  });
});
