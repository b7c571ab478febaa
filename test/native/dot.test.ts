// Native dot_general (native/cpu/kernels/dot.cc) agrees with the reference
// kernel: random dimension numbers (batch/contract/free axes in any order,
// 0-size and 0-d), every dtype and mixed pairs, preferredElementType, views
// read in place or packed (transposed, reversed, broadcast, strided slices),
// integer wrap-around, NaN/inf, and large threaded / BLAS-sized products.
// Float inputs are small integers where exact equality is expected.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import type { DType } from "../../src/core/dtype.js";
import type { NDArray } from "../../src/core/array.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { expectClose, expectSameOnBackends, onPlatform } from "./equivalence.js";

const ALL: readonly DType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64"];
const FLOAT = new Set<DType>(["float16", "bfloat16", "float32", "float64"]);
type View = "plain" | "T" | "rev" | "bcast" | "step";
const VIEWS: readonly View[] = ["plain", "T", "rev", "bcast", "step"];

/** Deterministic small values of dtype d (exact in every float type; ints include wrap-provoking extremes when `edge`). */
const values = (d: DType, n: number, seed: number, edge: boolean): (number | bigint)[] => {
  const out: (number | bigint)[] = [];
  let s = seed * 2654435761 + 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (d === "bool") out.push(r < 0.5 ? 1 : 0);
    else if (d.startsWith("uint")) {
      const max = d === "uint8" ? 255 : d === "uint16" ? 65535 : d === "uint32" ? 4294967295 : 0;
      out.push(edge && r < 0.15 ? (d === "uint64" ? 18446744073709551615n : max) : Math.floor(rnd() * 6));
    } else if (d.startsWith("int")) {
      const lim = d === "int8" ? 127 : d === "int16" ? 32767 : d === "int32" ? 2147483647 : 0;
      if (edge && r < 0.15) out.push(d === "int64" ? (rnd() < 0.5 ? 9223372036854775807n : -9223372036854775808n) : rnd() < 0.5 ? lim : -lim - 1);
      else out.push(Math.floor(rnd() * 9) - 4);
    } else {
      if (edge && r < 0.06) out.push([NaN, Infinity, -Infinity, -0][Math.floor(rnd() * 4)]);
      else out.push(Math.floor(rnd() * 9) - 4);
    }
  }
  return out;
};

const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** An operand of logical shape `shape` seen through `view`. */
const operand = (d: DType, shape: number[], view: View, seed: number, edge: boolean): NDArray => {
  const mk = (s: number[]) => np.array(values(d, size(s), seed, edge) as number[], { dtype: d }).reshape(...s);
  if (view === "T") return mk([...shape].reverse()).T;
  if (shape.length === 0) return mk(shape);
  if (view === "rev") return mk(shape).index("::-1");
  if (view === "bcast") return np.broadcastTo(mk([1, ...shape.slice(1)]), shape);
  if (view === "step") return mk([shape[0] * 2, ...shape.slice(1)]).index("::2");
  return mk(shape);
};

interface Case {
  nb: number; nc: number; nlf: number; nrf: number;
  sizes: number[]; lperm: number[]; rperm: number[];
  lview: View; rview: View; seed: number;
}

/** Builds lhs/rhs shapes and dimension numbers from roles (batch, contract, free) permuted into axis order. */
const layout = (c: Case) => {
  const { nb, nc, nlf, nrf, sizes } = c;
  const bs = sizes.slice(0, nb), cs = sizes.slice(nb, nb + nc), lfs = sizes.slice(nb + nc, nb + nc + nlf), rfs = sizes.slice(nb + nc + nlf, nb + nc + nlf + nrf);
  const lroles = [...bs.map((s, i) => ["b", i, s]), ...cs.map((s, i) => ["c", i, s]), ...lfs.map((s, i) => ["f", i, s])] as [string, number, number][];
  const rroles = [...bs.map((s, i) => ["b", i, s]), ...cs.map((s, i) => ["c", i, s]), ...rfs.map((s, i) => ["f", i, s])] as [string, number, number][];
  const order = (roles: [string, number, number][], perm: number[]) => perm.slice(0, roles.length).map((_, i) => i).sort((a, b) => perm[a] - perm[b] || a - b).map((i) => roles[i]);
  const L = order(lroles, c.lperm);
  const R = order(rroles, c.rperm);
  const axis = (X: [string, number, number][], kind: string, i: number) => X.findIndex(([k, j]) => k === kind && j === i);
  const dn = [
    [cs.map((_, i) => axis(L, "c", i)), cs.map((_, i) => axis(R, "c", i))],
    [bs.map((_, i) => axis(L, "b", i)), bs.map((_, i) => axis(R, "b", i))],
  ] as const;
  return { lshape: L.map((r) => r[2]), rshape: R.map((r) => r[2]), dn };
};

const caseArb: fc.Arbitrary<Case> = fc.record({
  nb: fc.integer({ min: 0, max: 2 }), nc: fc.integer({ min: 0, max: 2 }), nlf: fc.integer({ min: 0, max: 2 }), nrf: fc.integer({ min: 0, max: 2 }),
  sizes: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(0) }), { minLength: 8, maxLength: 8 }),
  lperm: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 6, maxLength: 6 }),
  rperm: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 6, maxLength: 6 }),
  lview: fc.constantFrom(...VIEWS), rview: fc.constantFrom(...VIEWS), seed: fc.integer({ min: 0, max: 1000 }),
});

const runCase = (c: Case, ld: DType, rd: DType, pref: DType | undefined, edge: boolean): void => {
  const { lshape, rshape, dn } = layout(c);
  const f = () => lax.dotGeneral(operand(ld, lshape, c.lview, c.seed, edge), operand(rd, rshape, c.rview, c.seed + 7, edge), dn as never, pref ? { preferredElementType: pref } : {});
  // Small integer-valued floats sum exactly in any order: compare exactly (rtol 0).
  expectSameOnBackends(f, { rtol: 0, what: `${ld}x${rd}->${pref ?? ""} ${JSON.stringify(dn)} ${lshape}/${c.lview} ${rshape}/${c.rview}` });
};

describe("native dot_general", () => {
  it("runs natively", () => {
    expect(nativeBackend().kernels.has("dot_general")).toBe(true);
  });

  it("matches the reference for random dimension numbers, views and every dtype", () => {
    withX64(true, () => {
      for (const d of ALL)
        fc.assert(fc.property(caseArb, fc.boolean(), (c, edge) => runCase(c, d, d, undefined, edge && !FLOAT.has(d))), { numRuns: 25, seed: 42 + ALL.indexOf(d) });
    });
  });

  it("propagates NaN and infinities like the reference", () => {
    withX64(true, () => {
      for (const d of ["float16", "bfloat16", "float32", "float64"] as DType[])
        fc.assert(fc.property(caseArb, (c) => runCase(c, d, d, undefined, true)), { numRuns: 20, seed: 7 });
    });
  });

  it("converts mixed dtypes and honours preferredElementType", () => {
    withX64(true, () => {
      const pairs: [DType, DType, DType | undefined][] = [
        ["int8", "uint8", undefined], ["int8", "int32", undefined], ["bool", "int16", undefined], ["uint8", "float32", undefined],
        ["int64", "float32", undefined], ["float16", "bfloat16", undefined], ["int32", "float64", undefined], ["uint64", "float16", undefined],
        ["int8", "int8", "int32"], ["int8", "int8", "float32"], ["uint16", "uint16", "int64"], ["bool", "bool", "int32"],
        ["bool", "bool", "float32"], ["bfloat16", "bfloat16", "float32"], ["float16", "float16", "float64"], ["float32", "float32", "int32"],
        ["float32", "float32", "bfloat16"], ["float64", "float64", "float16"], ["float32", "float32", "bool"], ["int16", "int16", "uint32"],
      ];
      for (const [a, b, p] of pairs)
        fc.assert(fc.property(caseArb, fc.boolean(), (c, edge) => runCase(c, a, b, p, edge)), { numRuns: 12, seed: 3 });
    });
  });

  it("wraps integer sums exactly (32- and 64-bit overflow)", () => {
    withX64(true, () => {
      expectSameOnBackends(() => lax.dot(np.full([3, 70], 2147483647, { dtype: "int32" }), np.full([70, 5], 3, { dtype: "int32" })), { rtol: 0 });
      expectSameOnBackends(() => lax.dot(np.full([2, 40], 4294967295, { dtype: "uint32" }), np.full([40, 3], 4294967295, { dtype: "uint32" })), { rtol: 0 });
      expectSameOnBackends(() => lax.dot(np.full([2, 9], 127, { dtype: "int8" }), np.full([9, 2], -128, { dtype: "int8" })), { rtol: 0 });
      expectSameOnBackends(() => lax.dot(np.full([2, 9], 9223372036854775807n as never, { dtype: "int64" }), np.full([9, 3], 3, { dtype: "int64" })), { rtol: 0 });
      const got = onPlatform("cpu", () => lax.dot(np.full([1, 2], 2147483647, { dtype: "int32" }), np.full([2, 1], 2, { dtype: "int32" })));
      expectClose(got, np.array([[-4]], { dtype: "int32" }), 0); // 2 * 2 * (2^31 - 1) = 2^33 - 4, wrapped to int32: -4
    });
  });

  it("computes large products (BLAS / threaded portable GEMM) within float tolerance", () => {
    const rnd = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 2);
    for (const [m, k, n] of [[129, 300, 65], [64, 1000, 3], [1, 700, 513], [300, 17, 1]]) {
      for (const d of ["float32", "float16", "bfloat16"] as DType[]) {
        const f = () => {
          const a = np.array(rnd(m * k, 1), { dtype: d }).reshape(m, k);
          const b = np.array(rnd(k * n, 2), { dtype: d }).reshape(n, k).T; // column-major rhs: in place, transposed
          return lax.dot(a, b);
        };
        // float32 accumulation of k terms of magnitude <= 4 in different orders: |error| <= k * eps32 * (4k), plus output rounding.
        const eps = { float32: 1.2e-7, float16: 1e-3, bfloat16: 8e-3 }[d as "float32"];
        expectSameOnBackends(f, { rtol: eps * 2, atol: k * 1.2e-7 * 4 * k, what: `${d} ${m}x${k}x${n}` });
      }
    }
    withX64(true, () => {
      const f = () => lax.dotGeneral(np.arange(3 * 200 * 150, { dtype: "float64" }).reshape(3, 200, 150).index("::-1"), np.arange(150 * 3 * 90, { dtype: "float64" }).reshape(150, 3, 90), [[[2], [0]], [[0], [1]]]);
      expectSameOnBackends(f, { rtol: 1e-13 });
    });
  });

  it("matches on large integer, bool and batched-small products (threaded paths)", () => {
    withX64(true, () => {
      const ints = (n: number, d: DType) => np.array(Array.from({ length: n }, (_, i) => ((i * 7919) % 23) - 11), { dtype: d });
      expectSameOnBackends(() => lax.dot(ints(190 * 260, "int32").reshape(190, 260), ints(260 * 300, "int32").reshape(300, 260).T), { rtol: 0 });
      expectSameOnBackends(() => lax.dot(ints(100 * 80, "int64").reshape(100, 80), ints(80 * 120, "int64").reshape(80, 120)), { rtol: 0 });
      expectSameOnBackends(() => lax.dot(np.greater(ints(90 * 300, "int8").reshape(90, 300), 8), np.greater(ints(300 * 70, "int8").reshape(300, 70), 9)), { rtol: 0 });
      expectSameOnBackends(() => lax.dotGeneral(ints(500 * 4 * 3, "float32").reshape(500, 4, 3), ints(500 * 3 * 5, "float32").reshape(500, 3, 5), [[[2], [1]], [[0], [0]]]), { rtol: 0 });
      expectSameOnBackends(() => lax.dotGeneral(ints(64 * 40 * 30, "float32").reshape(64, 40, 30), ints(64 * 30 * 50, "float32").reshape(30, 64, 50), [[[2], [0]], [[0], [1]]]), { rtol: 0 });
    });
  });

  it("agrees with a hand-computed product (independent of the reference)", () => {
    const out = onPlatform("cpu", () => lax.dot(np.array([[1, 2], [3, 4]], { dtype: "float32" }).T, np.array([[5, 6], [7, 8]], { dtype: "float32" })));
    expectClose(out, np.array([[26, 30], [38, 44]], { dtype: "float32" }), 0);
  });
});
