// Laws of reductions on exact (integer-valued) data: summing over axis a then
// b equals b then a equals summing over [a, b] at once; max likewise (also
// with NaN); keepdims keeps reduced axes as size 1; the sum of a
// concatenation is the sum of the sums, along the joined axis and overall.

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import type { DType } from "../src/core/dtype.js";
import { allClose, arrays, dtypes, shapes } from "../src/testing/index.js";

const exact = { rtol: 0, atol: 0, equalNan: true };
const same = (a: np.Array, b: np.Array): boolean =>
  a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]) && allClose(a, b, exact);

// Small integer values: with at most 96 elements every partial sum is exact in
// every dtype (float16 holds integers to 2048, bfloat16 only to 256: max 2 there).
const maxFor = (d: DType) => (d === "bfloat16" ? 2 : 8);
const exactData = (shape: fc.Arbitrary<readonly number[]>) =>
  dtypes({ exclude: ["bool"] }).chain((d) => arrays({ dtype: d, shape, min: 0, max: maxFor(d), integer: true }));

/** Two distinct axes of an array of rank >= 2. */
const twoAxes = (ndim: number) =>
  fc.tuple(fc.integer({ min: 0, max: ndim - 1 }), fc.integer({ min: 0, max: ndim - 2 })).map(([a, k]) => [a, k >= a ? k + 1 : k] as const);

const withAxes = (minSide: number) =>
  exactData(shapes({ minRank: 2, maxRank: 4, minSide, maxSide: 4, maxSize: 96 })).chain((x) => fc.tuple(fc.constant(x), twoAxes(x.ndim)));

/** After removing axis a, axis b's index shifts down when b > a. */
const after = (a: number, b: number) => (b > a ? b - 1 : b);

describe("sum over axes commutes", () => {
  it("sum(a) then sum(b') = sum(b) then sum(a') = sum([a, b])", () =>
    fc.assert(
      fc.property(withAxes(0), ([x, [a, b]]) => {
        const ab = np.sum(np.sum(x, { axis: a }), { axis: after(a, b) });
        const ba = np.sum(np.sum(x, { axis: b }), { axis: after(b, a) });
        const both = np.sum(x, { axis: [a, b] });
        expect(same(ab, ba)).toBe(true);
        expect(same(ab, both)).toBe(true);
        expect(same(np.sum(x, { axis: [b, a] }), both)).toBe(true);
      }),
      { numRuns: 150 },
    ));

  it("summing every axis one by one equals the total", () =>
    fc.assert(
      fc.property(exactData(shapes({ minRank: 1, maxRank: 4, maxSize: 96 })), (x) => {
        let y = x;
        while (y.ndim > 0) y = np.sum(y, { axis: y.ndim - 1 });
        expect(same(y, np.sum(x))).toBe(true);
        // And the total equals the plain JS sum of the elements.
        const total = [...(x.toTypedArray() as Iterable<number>)].reduce((s, v) => s + v, 0);
        expect(Number(np.sum(x).item())).toBe(total);
      }),
      { numRuns: 100 },
    ));
});

describe("max over axes commutes", () => {
  const anyMaxData = arrays({ dtype: dtypes(), shape: shapes({ minRank: 2, maxRank: 4, minSide: 1, maxSide: 4, maxSize: 96 }) }).chain((x) =>
    fc.tuple(fc.constant(x), twoAxes(x.ndim)),
  );
  it("max(a) then max(b') = max(b) then max(a') = max([a, b]) (any dtype, NaN and inf included)", () =>
    fc.assert(
      fc.property(anyMaxData, ([x, [a, b]]) => {
        const ab = np.max(np.max(x, { axis: a }), { axis: after(a, b) });
        const ba = np.max(np.max(x, { axis: b }), { axis: after(b, a) });
        expect(same(ab, ba)).toBe(true);
        expect(same(ab, np.max(x, { axis: [a, b] }))).toBe(true);
        expect(ab.dtype).toBe(x.dtype);
      }),
      { numRuns: 150 },
    ));

  it("the total max is the largest element (NaN if any)", () =>
    fc.assert(
      fc.property(arrays({ dtype: dtypes(), shape: shapes({ minSide: 1, maxSize: 60 }) }), (x) => {
        const vals = [...(x.toTypedArray() as Iterable<number>)].map(Number);
        const m = Number(np.max(x).item());
        if (vals.some(Number.isNaN)) expect(m).toBeNaN();
        else expect(m).toBe(Math.max(...vals));
      }),
      { numRuns: 100 },
    ));
});

describe("keepdims", () => {
  it("keeps reduced axes as 1 and equals the reduction with the axes re-inserted", () =>
    fc.assert(
      fc.property(withAxes(1), ([x, [a, b]]) => {
        const axes = [a, b];
        for (const f of [np.sum, np.max] as const) {
          const k = f(x, { axis: axes, keepdims: true });
          expect(k.shape).toEqual(x.shape.map((d, i) => (axes.includes(i) ? 1 : d)));
          expect(same(np.reshape(f(x, { axis: axes }), k.shape), k)).toBe(true);
          expect(same(np.squeeze(k, axes), f(x, { axis: axes }))).toBe(true);
        }
        expect(np.sum(x, { keepdims: true }).shape).toEqual(x.shape.map(() => 1));
      }),
      { numRuns: 100 },
    ));
});

describe("sum of a concatenation", () => {
  const pairAlong = fc
    .tuple(shapes({ minRank: 1, maxRank: 3, maxSide: 4, maxSize: 48 }), fc.nat(), fc.integer({ min: 0, max: 4 }), dtypes({ exclude: ["bool"] }))
    .chain(([s, k, extra, d]) => {
      const axis = k % s.length;
      const s2 = s.map((v, i) => (i === axis ? extra : v));
      const data = (shape: readonly number[]) => arrays({ dtype: d, shape, min: 0, max: maxFor(d), integer: true });
      return fc.tuple(data(s), data(s2), fc.constant(axis));
    });

  it("sum(concat([x, y], ax), ax) = sum(x, ax) + sum(y, ax), and the totals add", () =>
    fc.assert(
      fc.property(pairAlong, ([x, y, axis]) => {
        const c = np.concatenate([x, y], { axis });
        expect(c.shape[axis]).toBe(x.shape[axis] + y.shape[axis]);
        expect(same(np.sum(c, { axis }), np.add(np.sum(x, { axis }), np.sum(y, { axis })))).toBe(true);
        expect(same(np.sum(c), np.add(np.sum(x), np.sum(y)))).toBe(true);
      }),
      { numRuns: 150 },
    ));
});
