// Laws of NumPy broadcasting: broadcastShapes agrees with an independent
// definition (and throws ShapeError exactly when shapes are incompatible),
// np.add is commutative under broadcasting and promotion, and broadcasting
// inside np.add equals explicit np.broadcastTo followed by the add.

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import { ShapeError } from "../src/core/errors.js";
import { broadcastShapes } from "../src/core/shape.js";
import { allClose, arrays, broadcastableShapes, dtypes, shapes } from "../src/testing/index.js";

/** Broadcasting by definition: align right; each axis pair must be equal or contain a 1. */
const reference = (a: readonly number[], b: readonly number[]): number[] | null => {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
};

// Small sides so that incompatible pairs are common.
const smallShape = shapes({ maxRank: 4, maxSide: 3 });
const exact = { rtol: 0, atol: 0, equalNan: true };

describe("broadcastShapes", () => {
  it("equals the definition, and throws ShapeError exactly when it says incompatible", () =>
    fc.assert(
      fc.property(smallShape, smallShape, (a, b) => {
        const ref = reference(a, b);
        if (ref === null) {
          expect(() => broadcastShapes([a, b])).toThrow(ShapeError);
          expect(() => np.broadcastShapes(a, b)).toThrow(ShapeError);
        } else {
          expect(broadcastShapes([a, b])).toEqual(ref);
          expect(np.broadcastShapes(a, b)).toEqual(ref);
        }
      }),
      { numRuns: 500 },
    ));

  it("is commutative, associative, and has () as identity", () =>
    fc.assert(
      fc.property(broadcastableShapes(), smallShape, ([a, b], c) => {
        expect(broadcastShapes([a, b])).toEqual(broadcastShapes([b, a]));
        expect(broadcastShapes([a, []])).toEqual(a);
        const ab = broadcastShapes([a, b]);
        const refABC = reference(ab, c);
        if (refABC === null) expect(() => broadcastShapes([a, b, c])).toThrow(ShapeError);
        else {
          expect(broadcastShapes([a, b, c])).toEqual(refABC);
          expect(broadcastShapes([a, broadcastShapes([b, c])])).toEqual(refABC);
        }
      }),
      { numRuns: 300 },
    ));

  it("the error names the shapes and the axis", () => {
    expect(() => broadcastShapes([[2, 3], [4, 3]], "np.add")).toThrow("[np.add] shapes (2, 3) and (4, 3) cannot be broadcast together: axis -2 has sizes 2 and 4");
    expect(() => broadcastShapes([[0], [2]])).toThrow(ShapeError);
    expect(broadcastShapes([[0], [1]])).toEqual([0]);
  });
});

describe("np.add under broadcasting", () => {
  const pair = broadcastableShapes({ maxSize: 64 }).chain(([sa, sb]) =>
    fc.tuple(arrays({ dtype: dtypes({ exclude: ["bool"] }), shape: sa }), arrays({ dtype: dtypes({ exclude: ["bool"] }), shape: sb })),
  );

  it("is commutative (values, shape and dtype)", () =>
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = np.add(a, b);
        const ba = np.add(b, a);
        expect(ab.dtype).toBe(ba.dtype);
        expect(ab.shape).toEqual(ba.shape);
        expect(allClose(ab, ba, exact)).toBe(true);
      }),
      { numRuns: 150 },
    ));

  it("equals broadcastTo on both sides, then add", () =>
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const s = broadcastShapes([a.shape, b.shape]);
        const direct = np.add(a, b);
        const explicit = np.add(np.broadcastTo(a, s), np.broadcastTo(b, s));
        expect(direct.shape).toEqual(s);
        expect(explicit.dtype).toBe(direct.dtype);
        expect(allClose(direct, explicit, exact)).toBe(true);
      }),
      { numRuns: 150 },
    ));

  it("broadcastTo repeats elements along stretched axes", () =>
    fc.assert(
      fc.property(broadcastableShapes({ maxSize: 64 }), ([sa, sb]) => {
        const s = broadcastShapes([sa, sb]);
        const n = sa.reduce((x, y) => x * y, 1);
        const a = np.array(Array.from({ length: n }, (_, i) => i), { dtype: "int32" }).reshape(sa);
        const got = np.broadcastTo(a, s).toTypedArray();
        // Element at multi-index k of the result is a's element at k with stretched axes set to 0.
        const strides = sa.map((_, i) => sa.slice(i + 1).reduce((x, y) => x * y, 1));
        for (let flat = 0; flat < got.length; flat++) {
          let rem = flat;
          let src = 0;
          for (let ax = s.length - 1; ax >= 0; ax--) {
            const k = rem % s[ax];
            rem = Math.floor(rem / s[ax]);
            const aAx = ax - (s.length - sa.length);
            if (aAx >= 0 && sa[aAx] !== 1) src += k * strides[aAx];
          }
          expect(got[flat]).toBe(src);
        }
      }),
      { numRuns: 100 },
    ));

  it("incompatible shapes throw ShapeError", () =>
    fc.assert(
      fc.property(smallShape, smallShape, (sa, sb) => {
        fc.pre(reference(sa, sb) === null);
        expect(() => np.add(np.zeros(sa), np.zeros(sb))).toThrow(ShapeError);
        expect(() => np.broadcastTo(np.zeros(sa), sb)).toThrow(ShapeError);
      }),
      { numRuns: 100 },
    ));
});
