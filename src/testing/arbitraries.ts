// fast-check arbitraries for property tests over arrays: dtypes, shapes,
// broadcast-compatible shape pairs, and arrays with value constraints.
// Arrays are built on the default backend from generated host values, so
// shrinking works on the values and the shape, never on opaque buffers.

import * as fc from "fast-check";
import type { NDArray } from "../core/array.js";
import { fromFlat } from "../core/asarray.js";
import { castNumber, type Elem } from "../core/convert.js";
import { finfo, iinfo } from "../core/dtype-info.js";
import { ALL_DTYPES, canonicalize, type DType, type DTypeKind, DTYPES_32, dtypeInfo } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { prod, type Shape } from "../core/shape.js";

/** Options of {@link dtypes}. */
export interface DTypesOptions {
  /** Include int64, uint64 and float64 (run the property under `withX64(true, ...)`). Default false. */
  readonly x64?: boolean;
  /** Only these kinds: "b" bool, "i" signed, "u" unsigned, "f" float. Default: all. */
  readonly kinds?: readonly DTypeKind[];
  /** Leave these dtypes out. */
  readonly exclude?: readonly DType[];
}

/**
 * An arbitrary dtype name.
 * @example fc.assert(fc.property(dtypes({ kinds: ["f"] }), (d) => finfo(d).eps > 0))
 * @category testing
 */
export const dtypes = (opts: DTypesOptions = {}): fc.Arbitrary<DType> => {
  const pool = (opts.x64 ? ALL_DTYPES : DTYPES_32).filter(
    (d) => (opts.kinds === undefined || opts.kinds.includes(dtypeInfo(d).kind)) && !opts.exclude?.includes(d),
  );
  if (pool.length === 0) throw new ValueError(`[testing.dtypes] no dtype satisfies ${JSON.stringify(opts)}`);
  return fc.constantFrom(...pool);
};

/** Options of {@link shapes}. */
export interface ShapesOptions {
  readonly minRank?: number;
  readonly maxRank?: number;
  /** Smallest axis length; 0 (the default) allows empty arrays. */
  readonly minSide?: number;
  readonly maxSide?: number;
  /** Largest number of elements (default 256). */
  readonly maxSize?: number;
}

const checkRange = (where: string, lo: number, hi: number, what: string): void => {
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || lo > hi)
    throw new ValueError(`[testing.${where}] expected 0 <= min${what} <= max${what} (integers), got ${lo} and ${hi}`);
};

/**
 * An arbitrary shape: `minRank..maxRank` axes (default 0..4) of length
 * `minSide..maxSide` (default 0..5), at most `maxSize` elements.
 * @example fc.assert(fc.property(shapes({ minRank: 1 }), (s) => np.zeros(s).ndim === s.length))
 * @category testing
 */
export const shapes = (opts: ShapesOptions = {}): fc.Arbitrary<number[]> => {
  const { minRank = 0, maxRank = 4, minSide = 0, maxSide = 5, maxSize = 256 } = opts;
  checkRange("shapes", minRank, maxRank, "Rank");
  checkRange("shapes", minSide, maxSide, "Side");
  if (minSide ** minRank > maxSize) throw new ValueError(`[testing.shapes] no shape of rank >= ${minRank} with sides >= ${minSide} has at most ${maxSize} elements`);
  return fc
    .array(fc.integer({ min: minSide, max: maxSide }), { minLength: minRank, maxLength: maxRank })
    .map((s) => {
      // Shrink the largest sides until the size fits (keeps every generated rank valid).
      const out = [...s];
      while (prod(out) > maxSize) {
        const i = out.indexOf(Math.max(...out));
        out[i] = Math.max(minSide, Math.floor(out[i] / 2));
      }
      return out;
    });
};

/**
 * A pair of shapes that broadcast together (NumPy rules): each is a suffix of
 * a common shape with some axes set to 1. Takes {@link ShapesOptions} for the
 * common shape.
 * @example fc.property(broadcastableShapes(), ([a, b]) => np.add(np.zeros(a), np.zeros(b)).shape.length === Math.max(a.length, b.length))
 * @category testing
 */
export const broadcastableShapes = (opts: ShapesOptions = {}): fc.Arbitrary<[number[], number[]]> => {
  const side = (full: readonly number[]) =>
    fc
      .tuple(fc.integer({ min: 0, max: full.length }), fc.array(fc.boolean(), { minLength: full.length, maxLength: full.length }))
      .map(([rank, ones]) => full.slice(full.length - rank).map((d, i) => (ones[full.length - rank + i] ? 1 : d)));
  return shapes(opts).chain((full) => fc.tuple(side(full), side(full)));
};

/** Options of {@link arrays}: fixed values or arbitraries. */
export interface ArraysOptions {
  /** A dtype, or an arbitrary of dtypes (default float32). */
  readonly dtype?: DType | fc.Arbitrary<DType>;
  /** A shape, or an arbitrary of shapes (default `shapes()`). */
  readonly shape?: Shape | fc.Arbitrary<readonly number[]>;
  /** No NaN or infinities (floats). Default false. */
  readonly finite?: boolean;
  /** Only values > 0 (bool: only true). Default false. */
  readonly positive?: boolean;
  /** Smallest value (inclusive); clipped to the dtype's range. */
  readonly min?: number;
  /** Largest value (inclusive); clipped to the dtype's range. */
  readonly max?: number;
  /** Floats take only integer values (exact sums and products for property tests). Default false. */
  readonly integer?: boolean;
}

/**
 * Floats of `d`, already rounded to it: a mix of small integers, values spread
 * over the dtype's exponent range (a plain fc.double would mostly give
 * magnitudes that float16 flushes to 0 or inf), and, unless `finite` or a bound
 * is set, NaN, ±inf and -0. Bounds hold after rounding.
 */
const floatElements = (d: DType, o: ArraysOptions): fc.Arbitrary<number> => {
  const f = finfo(d);
  const bounded = o.finite === true || o.min !== undefined || o.max !== undefined;
  let lo = Math.max(o.min ?? -f.max, -f.max);
  const hi = Math.min(o.max ?? f.max, f.max);
  if (o.positive) lo = Math.max(lo, f.smallestSubnormal);
  if (!(lo <= hi)) throw new ValueError(`[testing.arrays] no ${d} value in [${o.min}, ${o.max}]${o.positive ? " above 0" : ""}`);
  if (o.integer) {
    // Integers exactly representable in d: |v| <= 2^(nmant+1).
    const lim = 2 ** (f.nmant + 1);
    const ilo = Math.max(Math.ceil(o.positive ? Math.max(lo, 1) : lo), -lim);
    const ihi = Math.min(Math.floor(hi), lim);
    if (ilo > ihi) throw new ValueError(`[testing.arrays] no integer ${d} value in [${o.min}, ${o.max}]`);
    return fc.integer({ min: ilo, max: ihi });
  }
  const spread = fc
    .tuple(fc.integer({ min: f.minexp - f.nmant, max: f.maxexp - 1 }), fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }), fc.boolean())
    .map(([e, m, neg]) => (neg && !o.positive ? -1 : 1) * m * 2 ** e);
  const parts: fc.WeightedArbitrary<number>[] = [{ weight: 3, arbitrary: fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }) }];
  // The exponent spread covers the whole range; with explicit bounds it would mostly be rejected.
  if (o.min === undefined && o.max === undefined) parts.push({ weight: 3, arbitrary: spread });
  const ilo = Math.max(Math.ceil(lo), -1000);
  const ihi = Math.min(Math.floor(hi), 1000);
  if (ilo <= ihi) parts.push({ weight: 3, arbitrary: fc.integer({ min: ilo, max: ihi }) });
  if (!bounded && !o.positive) parts.push({ weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) });
  return fc
    .oneof(...parts)
    .map((v) => castNumber(v, d, true))
    .filter((v) => {
      if (Number.isNaN(v)) return !bounded;
      if (o.positive && !(v > 0)) return false;
      return !bounded || (v >= lo && v <= hi);
    });
};

/** The arbitrary of one element of `d` under the options. */
const elements = (d: DType, o: ArraysOptions): fc.Arbitrary<Elem> => {
  const info = dtypeInfo(d);
  if (info.kind === "b") return o.positive ? fc.constant(1) : fc.constantFrom(0, 1);
  if (info.kind === "f") return floatElements(d, o);
  const lim = iinfo(d);
  if (info.big) {
    let lo = lim.min as bigint;
    let hi = lim.max as bigint;
    if (o.min !== undefined) lo = BigInt(Math.ceil(o.min)) > lo ? BigInt(Math.ceil(o.min)) : lo;
    if (o.max !== undefined) hi = BigInt(Math.floor(o.max)) < hi ? BigInt(Math.floor(o.max)) : hi;
    if (o.positive && lo < 1n) lo = 1n;
    if (lo > hi) throw new ValueError(`[testing.arrays] no ${d} value in [${lo}, ${hi}]`);
    return fc.bigInt({ min: lo, max: hi });
  }
  let lo = Math.max(lim.min as number, Math.ceil(o.min ?? -Infinity));
  const hi = Math.min(lim.max as number, Math.floor(o.max ?? Infinity));
  if (o.positive) lo = Math.max(lo, 1);
  if (lo > hi) throw new ValueError(`[testing.arrays] no ${d} value in [${lo}, ${hi}]`);
  return fc.integer({ min: lo, max: hi });
};

const asArb = <T>(x: T | fc.Arbitrary<T>): fc.Arbitrary<T> => (x instanceof fc.Arbitrary ? x : fc.constant(x));

/**
 * An arbitrary concrete array. The dtype is canonicalized when the array is
 * built, so 64-bit dtypes need the property to run under `withX64(true, ...)`.
 * @example
 * fc.assert(fc.property(arrays({ dtype: dtypes({ kinds: ["i"] }), finite: true }), (x) =>
 *   allClose(np.add(x, 0), x)));
 * @category testing
 */
export const arrays = (opts: ArraysOptions = {}): fc.Arbitrary<NDArray> =>
  fc.tuple(asArb<DType>(opts.dtype ?? "float32"), asArb<readonly number[]>(opts.shape ?? shapes())).chain(([d, shape]) => {
    const dc = canonicalize(d);
    const n = prod(shape);
    return fc
      .array(elements(dc, opts), { minLength: n, maxLength: n })
      .map((values) => fromFlat(values, shape, dc, false, dtypeInfo(dc).kind === "f") as NDArray);
  });
