// Native pad / concatenate / dynamic_slice / dynamic_update_slice / iota agree
// with the reference backend (bit-exact: data movement) over random shapes,
// every dtype and operand layouts (transposed, reversed, sliced, broadcast).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nativeBackend } from "../../src/backend/native/index.js";
import { config } from "../../src/core/config.js";
import type { DType } from "../../src/core/dtype.js";
import * as lax from "../../src/lax/index.js";
import * as np from "../../src/numpy/index.js";
import { expectSameOnBackends, onPlatform } from "./equivalence.js";
import { ALL_DTYPES, arbDType, arbLayout, arbShape, operand, values } from "./movement-data.js";

let prevX64 = false;
beforeAll(() => {
  prevX64 = config.enableX64;
  config.enableX64 = true;
});
afterAll(() => {
  config.enableX64 = prevX64;
});

const RUNS = { numRuns: 60 };
const EXACT = { rtol: 0 };
const scalar = (d: DType, seed: number) => np.array(values(d, 1, seed)[0] as never, { dtype: d });

describe("native movement kernels", () => {
  it("are native", () => {
    for (const k of ["pad", "concatenate", "dynamic_slice", "dynamic_update_slice", "iota"]) expect(nativeBackend().kernels.has(k), k).toBe(true);
  });

  it("pad: lo/hi (negative crops) and interior, every dtype and layout", () => {
    const cfg = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(arbDType, arbShape(3, 4), arbLayout, fc.array(cfg, { minLength: 3, maxLength: 3 }), fc.nat(1000), (d, shape, layout, cfgs, seed) => {
        const pc = shape.map((n, i) => {
          const [lo, hi, interior] = cfgs[i];
          const size = lo + hi + n + Math.max(0, n - 1) * interior;
          return (size < 0 ? [0, 0, interior] : [lo, hi, interior]) as [number, number, number];
        });
        expectSameOnBackends(() => lax.pad(operand(d, shape, seed, layout), scalar(d, seed + 1), pc), { ...EXACT, what: `pad ${d} ${shape} ${layout} ${JSON.stringify(pc)}` });
      }),
      RUNS,
    );
  });

  it("pad: large rows use the row paths (threads)", () => {
    expectSameOnBackends(() => lax.pad(operand("float32", [300, 257], 3, "T"), np.array(-1, { dtype: "float32" }), [[2, -3, 0], [5, 7, 0]]), EXACT);
    expectSameOnBackends(() => lax.pad(operand("int16", [200, 150], 4, "c"), np.array(9, { dtype: "int16" }), [[-1, 3, 1], [4, -2, 2]]), EXACT);
  });

  it("concatenate: n operands of mixed layouts along any axis", () => {
    fc.assert(
      fc.property(arbDType, arbShape(4, 4, 1), fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), arbLayout), { minLength: 2, maxLength: 5 }), fc.nat(100), fc.nat(1000), (d, shape, parts, axis0, seed) => {
        const axis = axis0 % shape.length;
        expectSameOnBackends(
          () => lax.concatenate(parts.map(([n, layout], k) => operand(d, shape.map((s, i) => (i === axis ? n : s)), seed + k, layout)), axis),
          { ...EXACT, what: `concatenate ${d} ${shape} ${axis}` },
        );
      }),
      RUNS,
    );
    expectSameOnBackends(() => np.concatenate([operand("float32", [512, 300], 1, "T"), operand("float32", [512, 200], 2, "c")], { axis: 1 }), EXACT);
  });

  it("dynamic_slice / dynamic_update_slice: clamped starts of every index dtype", () => {
    const idxTypes: DType[] = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"];
    fc.assert(
      fc.property(arbDType, arbShape(3, 5, 1), arbLayout, fc.constantFrom(...idxTypes), fc.array(fc.integer({ min: -7, max: 9 }), { minLength: 3, maxLength: 3 }), fc.nat(1000), (d, shape, layout, it, starts0, seed) => {
        const signed = !it.startsWith("u");
        const starts = shape.map((_, i) => (signed ? starts0[i] : Math.abs(starts0[i])));
        const sizes = shape.map((n, i) => Math.min(n, (seed >> i) % (n + 1)));
        const mk = () => starts.map((s) => np.array(it.endsWith("64") ? BigInt(s) : s, { dtype: it }));
        expectSameOnBackends(() => lax.dynamicSlice(operand(d, shape, seed, layout), mk(), sizes, { allowNegativeIndices: false }), {
          ...EXACT,
          what: `dynamic_slice ${d} ${shape} ${starts} ${sizes}`,
        });
        expectSameOnBackends(
          () => lax.dynamicUpdateSlice(operand(d, shape, seed, layout), operand(d, sizes, seed + 7, layout === "bcast" ? "c" : layout), mk(), { allowNegativeIndices: false }),
          { ...EXACT, what: `dynamic_update_slice ${d} ${shape} ${starts} ${sizes}` },
        );
      }),
      RUNS,
    );
    // Huge unsigned starts clamp to the end.
    expectSameOnBackends(() => lax.dynamicSlice(np.arange(10), [np.array(2n ** 64n - 1n, { dtype: "uint64" })], [3]), EXACT);
    expectSameOnBackends(() => lax.dynamicSlice(np.arange(10), [np.array(-(2n ** 63n), { dtype: "int64" })], [3], { allowNegativeIndices: false }), EXACT);
  });

  it("iota: every non-bool dtype (ints wrap, floats round) along any axis", () => {
    for (const d of ALL_DTYPES.filter((t) => t !== "bool")) {
      expectSameOnBackends(() => lax.iota(d, 70000), { ...EXACT, what: `iota ${d}` });
      expectSameOnBackends(() => lax.broadcastedIota(d, [3, 0, 2], 0), EXACT);
      expectSameOnBackends(() => lax.broadcastedIota(d, [4, 300, 5], 1), EXACT);
      expectSameOnBackends(() => lax.broadcastedIota(d, [4, 3, 5], 2), EXACT);
    }
  });

  it("a 0-d pad and 0-size operands", () => {
    expectSameOnBackends(() => lax.pad(np.array(3, { dtype: "float32" }), np.array(1, { dtype: "float32" }), []), EXACT);
    expectSameOnBackends(() => lax.pad(np.zeros([0, 3], { dtype: "int8" }), np.array(5, { dtype: "int8" }), [[1, 1, 0], [0, 1, 2]]), EXACT);
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
        lax.pad(np.arange(6).reshape(2, 3), 0, [[1, 1, 1], [0, 0, 0]]).toArray();
        lax.concatenate([np.arange(3), np.arange(4)], 0).toArray();
        lax.dynamicSlice(np.arange(6), [2], [2]).toArray();
        lax.dynamicUpdateSlice(np.arange(6), np.arange(2), [5]).toArray();
        lax.iota("int32", 5).toArray();
      });
    } finally {
      b.runOnHost = orig;
    }
    expect(hostCalls).toBe(0);
  });
});
