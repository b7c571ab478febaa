// Laws of shape manipulation over random shapes and dtypes: reshaping to a
// random factorization of the size and back is the identity (also with -1),
// reshape preserves row-major order, transpose by a permutation then by its
// inverse is the identity, and transposes compose (p then q = p∘q).

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import * as lax from "../src/lax/index.js";
import { allClose, arrays, dtypes, shapes } from "../src/testing/index.js";

const exact = { rtol: 0, atol: 0, equalNan: true };
const same = (a: np.Array, b: np.Array): boolean =>
  a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]) && allClose(a, b, exact);

const primeFactors = (n: number): number[] => {
  const out: number[] = [];
  for (let p = 2; p * p <= n; p++) while (n % p === 0) (out.push(p), (n /= p));
  if (n > 1) out.push(n);
  return out;
};

/** A random shape of the given size: prime factors dealt into bins, plus some 1s. */
const factorization = (size: number): fc.Arbitrary<number[]> => {
  if (size === 0) return fc.tuple(shapes({ maxRank: 3, maxSide: 4 }), fc.nat()).map(([s, k]) => {
    const out = [...s];
    out.splice(k % (out.length + 1), 0, 0);
    return out;
  });
  const f = primeFactors(size);
  return fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { minLength: f.length, maxLength: f.length }))
    .map(([bins, where]) => {
      const out = new Array<number>(bins).fill(1);
      f.forEach((p, i) => (out[where[i] % bins] *= p));
      return out;
    });
};

const anyArray = arrays({ dtype: dtypes(), shape: shapes({ maxSize: 120 }) });
const arrayAndShape = anyArray.chain((x) => fc.tuple(fc.constant(x), factorization(x.size)));

/** A random permutation of 0..n-1. */
const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i),
  );
const inverse = (p: readonly number[]): number[] => {
  const inv = new Array<number>(p.length);
  p.forEach((v, i) => (inv[v] = i));
  return inv;
};

describe("reshape", () => {
  it("to a random factorization and back is the identity", () =>
    fc.assert(
      fc.property(arrayAndShape, ([x, s]) => {
        const y = np.reshape(x, s);
        expect(y.shape).toEqual(s);
        expect(y.dtype).toBe(x.dtype);
        expect(same(np.reshape(y, x.shape), x)).toBe(true);
      }),
      { numRuns: 200 },
    ));

  it("keeps the row-major element order (ravel is invariant)", () =>
    fc.assert(
      fc.property(arrayAndShape, ([x, s]) => same(np.ravel(np.reshape(x, s)), np.ravel(x))),
      { numRuns: 100 },
    ));

  it("-1 infers the remaining size", () =>
    fc.assert(
      fc.property(arrayAndShape, fc.nat(), ([x, s], k) => {
        fc.pre(x.size > 0 && s.length > 0);
        const withHole = [...s];
        withHole[k % s.length] = -1;
        expect(np.reshape(x, withHole).shape).toEqual(s);
      }),
      { numRuns: 100 },
    ));

  it("lax.reshape agrees with np.reshape", () =>
    fc.assert(fc.property(arrayAndShape, ([x, s]) => same(lax.reshape(x, s), np.reshape(x, s))), { numRuns: 50 }));
});

describe("transpose", () => {
  const withPerm = anyArray.chain((x) => fc.tuple(fc.constant(x), permutation(x.ndim), permutation(x.ndim)));

  it("by p then by p's inverse is the identity", () =>
    fc.assert(
      fc.property(withPerm, ([x, p]) => {
        const y = np.transpose(x, p);
        expect(y.shape).toEqual(p.map((i) => x.shape[i]));
        expect(same(np.transpose(y, inverse(p)), x)).toBe(true);
      }),
      { numRuns: 200 },
    ));

  it("composes: transpose(transpose(x, p), q) = transpose(x, p∘q) with (p∘q)[i] = p[q[i]]", () =>
    fc.assert(
      fc.property(withPerm, ([x, p, q]) => {
        const pq = q.map((i) => p[i]);
        expect(same(np.transpose(np.transpose(x, p), q), np.transpose(x, pq))).toBe(true);
        expect(same(lax.transpose(lax.transpose(x, p), q), lax.transpose(x, pq))).toBe(true);
      }),
      { numRuns: 200 },
    ));

  it("moves elements: y[idx] = x[idx permuted back]", () =>
    fc.assert(
      fc.property(shapes({ minRank: 1, maxSize: 60 }).chain((s) => fc.tuple(fc.constant(s), permutation(s.length))), ([s, p]) => {
        const n = s.reduce((a, b) => a * b, 1);
        const x = np.array(Array.from({ length: n }, (_, i) => i), { dtype: "int32" }).reshape(s);
        const y = np.transpose(x, p).toTypedArray();
        const ys = p.map((i) => s[i]);
        const xStrides = s.map((_, i) => s.slice(i + 1).reduce((a, b) => a * b, 1));
        for (let flat = 0; flat < y.length; flat++) {
          let rem = flat;
          let src = 0;
          for (let ax = ys.length - 1; ax >= 0; ax--) {
            src += (rem % ys[ax]) * xStrides[p[ax]];
            rem = Math.floor(rem / ys[ax]);
          }
          expect(y[flat]).toBe(src);
        }
      }),
      { numRuns: 100 },
    ));

  it("default transpose reverses the axes and is an involution", () =>
    fc.assert(
      fc.property(anyArray, (x) => {
        const t = np.transpose(x);
        expect(t.shape).toEqual([...x.shape].reverse());
        expect(same(np.transpose(t), x)).toBe(true);
      }),
      { numRuns: 100 },
    ));
});
