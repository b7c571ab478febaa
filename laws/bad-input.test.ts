// Bad input never crashes and never escapes as an untyped error: for hostile
// arguments (wrong types, NaN/Infinity, negative or huge sizes, ragged data,
// out-of-range axes) every function either returns an Array or throws one of
// jaxts' typed errors (JaxtsError with a _tag). Legal but merely large
// requests are a load test, not bad input: the sizes here are either small or
// far beyond memory (2**33, 2**40 elements), which must be a DeviceError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import * as lax from "../src/lax/index.js";
import { JaxtsError } from "../src/core/errors.js";

const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, -1, 0, 1.5, 2 ** 40, 2 ** 33, "a", ":", "1:x", "...", true, {}, [], [[1], [1, 2]], [["a"]], [NaN, 1], [1e9, 1e9]),
  fc.integer({ min: -5, max: 5 }),
  fc.array(fc.integer({ min: -3, max: 4 }), { maxLength: 4 }),
);

const x = np.arange(24).reshape(2, 3, 4);
const f = np.linspace(-1, 1, 6).reshape(2, 3);

type Call = [string, (a: any, b: any) => unknown];
const calls: Call[] = [
  ["array", (a) => np.array(a)],
  ["array dtype", (a, b) => np.array(a, { dtype: b })],
  ["zeros", (a) => np.zeros(a)],
  ["full", (a, b) => np.full(a, b)],
  ["arange", (a, b) => np.arange(a, b)],
  ["linspace", (a, b) => np.linspace(0, 1, a, { endpoint: b })],
  ["eye", (a, b) => np.eye(a, b, { k: a })],
  ["reshape", (a) => np.reshape(x, a)],
  ["transpose", (a) => np.transpose(x, a)],
  ["sum", (a, b) => np.sum(x, { axis: a, keepdims: b })],
  ["argmax", (a) => np.argmax(x, { axis: a })],
  ["mean", (a) => np.mean(f, { axis: a })],
  ["add", (a) => np.add(x, a)],
  ["lax.add", (a) => lax.add(f, a)],
  ["index1", (a) => x.index(a)],
  ["index2", (a, b) => x.index(a, b)],
  ["at.set", (a, b) => x.at(a).set(b)],
  ["take", (a, b) => np.take(x, a, { axis: b })],
  ["concatenate", (a, b) => np.concatenate([x, a], { axis: b })],
  ["split", (a, b) => np.split(x, a, { axis: b })],
  ["tile", (a) => np.tile(f, a)],
  ["repeat", (a, b) => np.repeat(f, a, { axis: b })],
  ["pad", (a) => np.pad(f, a)],
  ["expandDims", (a) => np.expandDims(x, a)],
  ["squeeze", (a) => np.squeeze(x, a)],
  ["moveaxis", (a, b) => np.moveaxis(x, a, b)],
  ["matmul", (a) => np.matmul(f, a)],
  ["einsum", (a) => np.einsum(a, f)],
  ["sort", (a) => np.sort(x, { axis: a })],
  ["quantile", (a, b) => np.quantile(f, a, { axis: b })],
  ["clip", (a, b) => np.clip(f, a, b)],
  ["astype", (a) => x.astype(a)],
  ["broadcastTo", (a) => np.broadcastTo(f, a)],
  ["lax.slice", (a, b) => lax.slice(x, a, b)],
  ["lax.pad", (a) => lax.pad(f, 0, a)],
  ["lax.reduceSum", (a) => lax.reduceSum(x, a)],
  ["lax.dynamicSlice", (a, b) => lax.dynamicSlice(x, a, b)],
  ["lax.broadcastInDim", (a, b) => lax.broadcastInDim(f, a, b)],
  ["lax.transpose", (a) => lax.transpose(x, a)],
  ["lax.concatenate", (a, b) => lax.concatenate([f, a], b)],
  ["lax.convertElementType", (a) => lax.convertElementType(f, a)],
  ["lax.argmax", (a, b) => lax.argmax(x, a, b)],
  ["lax.cumsum", (a, b) => lax.cumsum(x, a, b)],
  ["lax.sort", (a) => lax.sort(x, { dimension: a })],
  ["lax.topK", (a) => lax.topK(x, a)],
  ["lax.iota", (a, b) => lax.iota(a, b)],
  ["lax.integerPow", (a) => lax.integerPow(f, a)],
  ["lax.round", (a) => lax.round(f, a)],
  ["lax.dotGeneral", (a, b) => lax.dotGeneral(f, f, [[a, b], [[], []]])],
  ["lax.gather", (a, b) => lax.gather(f, np.array([[0]], { dtype: "int32" }), { offsetDims: a, collapsedSliceDims: [0], startIndexMap: [0] }, b)],
];

describe("bad input gives a typed error or a result, never a crash", () => {
  for (const [name, call] of calls) {
    it(name, () => {
      fc.assert(
        fc.property(hostile, hostile, (a, b) => {
          try {
            const r = call(a, b);
            const arrays = Array.isArray(r) ? r : [r];
            for (const o of arrays) expect(o).toBeInstanceOf(np.Array);
          } catch (e) {
            if (!(e instanceof JaxtsError)) throw new Error(`${name}(${String(a)}, ${String(b)}) threw an untyped ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
            expect(e._tag).toMatch(/Error$/);
          }
        }),
        { numRuns: Number(process.env.JAXTS_FUZZ_RUNS ?? 60) },
      );
    });
  }
});
