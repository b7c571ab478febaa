// Native gather and the scatter family agree with the reference backend
// (bit-exact, including f16/bf16 rounding per update and duplicate order)
// over random dimension numbers, index dtypes, modes, every dtype and
// operand layouts; batching dims; and they really run natively.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nativeBackend } from "../../src/backend/native/index.js";
import { config } from "../../src/core/config.js";
import type { DType } from "../../src/core/dtype.js";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { expectSameOnBackends, onPlatform } from "./equivalence.js";
import { ALL_DTYPES, arbDType, arbLayout, operand } from "./movement-data.js";

let prevX64 = false;
beforeAll(() => {
  prevX64 = config.enableX64;
  config.enableX64 = true;
});
afterAll(() => {
  config.enableX64 = prevX64;
});

const EXACT = { rtol: 0 };
const MODES = ["clip", "fill", "promise_in_bounds"] as const;
const IDX_TYPES: DType[] = ["int8", "int16", "int32", "int64", "uint8", "uint32", "uint64"];

const indexArray = (vals: number[], shape: number[], it: DType) =>
  np.array((it.endsWith("64") ? vals.map((v) => BigInt(it.startsWith("u") ? Math.abs(v) : v)) : vals.map((v) => (it.startsWith("u") ? Math.abs(v) : v))) as never, { dtype: it }).reshape(...shape);

/** Picks a sorted subset of [0, n) of size k from `seed`. */
const subset = (n: number, k: number, seed: number): number[] => {
  const all = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k).sort((a, b) => a - b);
};

// A random gather/scatter configuration: operand shape, index map, collapsed axes, window sizes, batch shape.
const arbConfig = fc
  .record({
    shape: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
    nMap: fc.integer({ min: 1, max: 3 }),
    nCollapse: fc.integer({ min: 0, max: 3 }),
    batch: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 2 }),
    seed: fc.nat(1 << 20),
    idxType: fc.constantFrom(...IDX_TYPES),
    mode: fc.constantFrom(...MODES),
    layout: arbLayout,
  })
  .map((c) => {
    const r = c.shape.length;
    const mapAxes = subset(r, Math.min(c.nMap, r), c.seed);
    const startIndexMap = c.seed % 2 ? [...mapAxes].reverse() : mapAxes;
    const collapsed = subset(r, Math.min(c.nCollapse, r), c.seed + 1);
    const sizes = c.shape.map((n, i) => (collapsed.includes(i) ? 1 : (c.seed >> (i * 3)) % (n + 1)));
    const nIdx = c.batch.reduce((a, b) => a * b, 1) * startIndexMap.length;
    const idxVals = Array.from({ length: nIdx }, (_, i) => (((c.seed >> (i % 17)) + i * 7) % 11) - 3);
    return { ...c, startIndexMap, collapsed, sizes, idxVals };
  });

describe("native gather", () => {
  it("is native", () => {
    for (const k of ["gather", "scatter", "scatter-add", "scatter-sub", "scatter-mul", "scatter-min", "scatter-max"]) expect(nativeBackend().kernels.has(k), k).toBe(true);
  });

  it("random dimension numbers, modes, index dtypes, every dtype and layout", () => {
    fc.assert(
      fc.property(arbConfig, arbDType, fc.nat(100), (c, d, o) => {
        const window = c.shape.map((_, i) => i).filter((i) => !c.collapsed.includes(i));
        const outRank = window.length + c.batch.length;
        const offsetDims = subset(outRank, window.length, c.seed + o);
        expectSameOnBackends(
          () =>
            lax.gather(
              operand(d, c.shape, c.seed, c.layout),
              indexArray(c.idxVals, [...c.batch, c.startIndexMap.length], c.idxType),
              { offsetDims, collapsedSliceDims: c.collapsed, startIndexMap: c.startIndexMap },
              c.sizes,
              { mode: c.mode },
            ),
          { ...EXACT, what: `gather ${d} ${JSON.stringify({ ...c, offsetDims })}` },
        );
      }),
      { numRuns: 150 },
    );
  });

  it("fill values (default and explicit) for every dtype", () => {
    for (const d of ALL_DTYPES) {
      const dn = { offsetDims: [1], collapsedSliceDims: [0], startIndexMap: [0] };
      expectSameOnBackends(() => lax.gather(operand(d, [4, 3], 1), np.array([[0], [3], [4], [-1]], { dtype: "int32" }), dn, [1, 3], { mode: "fill" }), EXACT);
      expectSameOnBackends(() => lax.gather(operand(d, [4, 3], 1), np.array([[5], [2]], { dtype: "int32" }), dn, [1, 2], { mode: "fill", fillValue: d === "bool" ? false : 7 }), EXACT);
    }
  });

  it("batching dims", () => {
    const dn = { offsetDims: [2], collapsedSliceDims: [1], startIndexMap: [1], operandBatchingDims: [0], startIndicesBatchingDims: [0] };
    for (const mode of MODES)
      expectSameOnBackends(() => lax.gather(operand("float32", [3, 5, 4], 2, "T"), np.array([[[1], [4], [7]], [[0], [2], [-2]], [[3], [3], [1]]], { dtype: "int32" }), dn, [1, 1, 3], { mode }), EXACT);
  });

  it("many indices (thread pool) and big windows", () => {
    expectSameOnBackends(() => np.take(operand("float32", [1000, 64], 3), np.array(Array.from({ length: 20000 }, (_, i) => (i * 7919) % 1000), { dtype: "int32" }), { axis: 0 }), EXACT);
    expectSameOnBackends(() => np.take(operand("int8", [500, 300], 3, "T"), np.array([4, 499, 0], { dtype: "int32" }), { axis: 1 }), EXACT);
    expectSameOnBackends(() => lax.gather(operand("float64", [400, 300], 3, "T"), np.array([[7, 1]], { dtype: "int32" }), { offsetDims: [1, 2], collapsedSliceDims: [], startIndexMap: [0, 1] }, [390, 290]), EXACT);
  });
});

const SCATTERS = [
  ["scatter", lax.scatter],
  ["scatter-add", lax.scatterAdd],
  ["scatter-sub", lax.scatterSub],
  ["scatter-mul", lax.scatterMul],
  ["scatter-min", lax.scatterMin],
  ["scatter-max", lax.scatterMax],
] as const;

describe("native scatter", () => {
  it("random dimension numbers, duplicates, modes, every op and dtype", () => {
    fc.assert(
      fc.property(arbConfig, arbDType, fc.nat(100), fc.constantFrom(...SCATTERS), (c, d, o, [name, fn]) => {
        if (d === "bool" && (name === "scatter-add" || name === "scatter-sub" || name === "scatter-mul")) d = "uint8";
        const window = c.shape.map((_, i) => i).filter((i) => !c.collapsed.includes(i));
        const updRank = window.length + c.batch.length;
        const updateWindowDims = subset(updRank, window.length, c.seed + o);
        const updShape: number[] = [];
        let wi = 0;
        let bi = 0;
        for (let i = 0; i < updRank; i++) updShape.push(updateWindowDims.includes(i) ? c.sizes[window[wi++]] : c.batch[bi++]);
        expectSameOnBackends(
          () =>
            fn(
              operand(d, c.shape, c.seed, c.layout),
              indexArray(c.idxVals, [...c.batch, c.startIndexMap.length], c.idxType),
              operand(d, updShape, c.seed + 3, c.layout),
              { updateWindowDims, insertedWindowDims: c.collapsed, scatterDimsToOperandDims: c.startIndexMap },
              { mode: c.mode },
            ),
          { ...EXACT, what: `${name} ${d} ${JSON.stringify({ ...c, updateWindowDims, updShape })}` },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("f16/bf16 accumulate with rounding at every step, in update order", () => {
    for (const d of ["float16", "bfloat16", "float32"] as DType[])
      for (const [, fn] of SCATTERS)
        expectSameOnBackends(
          () =>
            fn(
              np.zeros([3], { dtype: d }),
              np.array(Array.from({ length: 3000 }, (_, i) => [(i * 31) % 3]), { dtype: "int32" }),
              np.array(Array.from({ length: 3000 }, (_, i) => ((i * 37) % 101) / 7 - 5), { dtype: d }),
              { updateWindowDims: [], insertedWindowDims: [0], scatterDimsToOperandDims: [0] },
            ),
          EXACT,
        );
  });

  it("min/max: NaN propagates, max(-0, +0) = +0 and min(-0, +0) = -0 (as Math.max/min)", () => {
    const dn = { updateWindowDims: [], insertedWindowDims: [0], scatterDimsToOperandDims: [0] };
    for (const d of ["float16", "bfloat16", "float32", "float64"] as DType[])
      for (const fn of [lax.scatterMin, lax.scatterMax])
      {
        const f = () => fn(np.array([-0, 0, -0, 0, NaN, 1], { dtype: d }), np.array([[0], [1], [2], [3], [4], [5]], { dtype: "int32" }), np.array([0, -0, -0, 0, 1, NaN], { dtype: d }), dn);
        expectSameOnBackends(f, EXACT);
        // expectClose treats -0 === +0: compare signs of zero explicitly.
        const nat = (onPlatform("cpu", f).toArray() as number[]).map((v) => Object.is(v, -0));
        const ref = (onPlatform("reference", f).toArray() as number[]).map((v) => Object.is(v, -0));
        expect(nat).toEqual(ref);
      }
  });

  it("batching dims, and window axes before scatter axes (duplicates across windows)", () => {
    const dn = { updateWindowDims: [2], insertedWindowDims: [1], scatterDimsToOperandDims: [1], operandBatchingDims: [0], scatterIndicesBatchingDims: [0] };
    for (const [, fn] of SCATTERS)
      expectSameOnBackends(() => fn(operand("int32", [3, 5, 4], 2, "T"), np.array([[[1], [4], [1]], [[0], [2], [-2]], [[3], [3], [1]]], { dtype: "int32" }), operand("int32", [3, 3, 4], 5), dn), EXACT);
    // updates (window, batch): the same operand element is hit from different window positions.
    for (const [, fn] of SCATTERS)
      for (const mode of MODES)
        expectSameOnBackends(
          () => fn(operand("float32", [6], 1), np.array([[0], [1], [2], [5]], { dtype: "int32" }), operand("float32", [3, 4], 9), { updateWindowDims: [0], insertedWindowDims: [], scatterDimsToOperandDims: [0] }, { mode }),
          EXACT,
        );
  });

  it("really runs natively (no host fallback)", () => {
    const b = nativeBackend();
    const orig = b.runOnHost.bind(b);
    let hostCalls = 0;
    b.runOnHost = (...a: Parameters<typeof b.runOnHost>) => {
      hostCalls++;
      return orig(...a);
    };
    try {
      onPlatform("cpu", () => {
        const dn = { updateWindowDims: [], insertedWindowDims: [0], scatterDimsToOperandDims: [0] };
        for (const [, fn] of SCATTERS) fn(np.zeros([4]), np.array([[1], [1]], { dtype: "int32" }), np.array([2, 3]), dn).toArray();
        lax.gather(np.arange(5), np.array([[1]], { dtype: "int32" }), { offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0] }, [1]).toArray();
      });
    } finally {
      b.runOnHost = orig;
    }
    expect(hostCalls).toBe(0);
  });
});
