// Building blocks of the native-equivalence law: host-side array specs
// (dtype, shape, values, memory layout) that are built on whichever backend is
// the default when a case runs — so cpu gets strided/broadcast views (after
// transpose, reversed or stepped slices, size-1 broadcast) and reference gets
// its own copies of the same values. Values mix edge cases per dtype.

import * as fc from "fast-check";
import type { NDArray } from "../src/core/array.js";
import { fromFlat } from "../src/core/asarray.js";
import { castNumber, type Elem } from "../src/core/convert.js";
import { finfo, iinfo } from "../src/core/dtype-info.js";
import { ALL_DTYPES, type DType, dtypeInfo } from "../src/core/dtype.js";
import { prod } from "../src/core/shape.js";
import * as lax from "../src/lax/index.js";

export type Layout =
  | { readonly kind: "contig" }
  | { readonly kind: "T" } // stored with axes reversed, then transposed back
  | { readonly kind: "rev"; readonly axis: number } // lax.rev of the stored data
  | { readonly kind: "step"; readonly axis: number } // every other element of a twice-as-long axis
  | { readonly kind: "bcast"; readonly ones: readonly boolean[] }; // stored with some axes 1, then broadcast

export interface ArgSpec {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly layout: Layout;
  readonly values: readonly Elem[]; // row-major values of the stored array
}

/** Value flavours: "any" (edge cases, NaN/inf), "exact" (small integers: sums and products exact in any order). */
export type Values = "any" | "exact" | "tiny" | "index";

export const FLOATS: readonly DType[] = ["float16", "bfloat16", "float32", "float64"];
export const INTS: readonly DType[] = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"];
export const NUMS: readonly DType[] = [...INTS, ...FLOATS];
export const ALL: readonly DType[] = ALL_DTYPES;

/** One element of `d`. */
export const element = (d: DType, v: Values): fc.Arbitrary<Elem> => {
  const info = dtypeInfo(d);
  if (info.kind === "b") return fc.constantFrom(0, 1);
  if (v === "tiny") return info.kind === "u" ? fc.integer({ min: 0, max: 2 }) : fc.integer({ min: -2, max: 2 });
  if (v === "exact") {
    const base = info.kind === "u" ? fc.integer({ min: 0, max: 3 }) : fc.integer({ min: -3, max: 3 });
    if (info.big) return base.map((x) => BigInt(x));
    return info.kind === "f" ? fc.oneof({ weight: 8, arbitrary: base }, { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) }) : base;
  }
  if (v === "index") return info.big ? fc.integer({ min: -7, max: 7 }).map((x) => BigInt(info.kind === "u" ? Math.abs(x) : x)) : fc.integer({ min: info.kind === "u" ? 0 : -7, max: 7 });
  if (info.kind === "f") {
    const f = finfo(d);
    return fc
      .oneof(
        { weight: 3, arbitrary: fc.integer({ min: -8, max: 8 }) },
        { weight: 3, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
        { weight: 2, arbitrary: fc.double({ min: -f.max, max: f.max, noNaN: true, noDefaultInfinity: true }) },
        { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -0.5, 1.5, 2.5, f.max, -f.max, f.tiny, f.smallestSubnormal) },
      )
      .map((x) => castNumber(x, d, true));
  }
  const lim = iinfo(d);
  if (info.big) {
    const lo = lim.min as bigint;
    const hi = lim.max as bigint;
    return fc.oneof(fc.bigInt({ min: -8n < lo ? lo : -8n, max: 8n }), fc.bigInt({ min: lo, max: hi }), fc.constantFrom(lo, hi, 0n, lo + 1n, hi - 1n));
  }
  const lo = lim.min as number;
  const hi = lim.max as number;
  return fc.oneof(fc.integer({ min: Math.max(lo, -8), max: 8 }), fc.integer({ min: lo, max: hi }), fc.constantFrom(lo, hi, 0, Math.max(lo, -1), hi - 1));
};

/** A shape: rank minRank..maxRank, sides 0..maxSide, at most maxSize elements. */
export const shapeArb = (o: { minRank?: number; maxRank?: number; minSide?: number; maxSide?: number; maxSize?: number } = {}): fc.Arbitrary<number[]> => {
  const { minRank = 0, maxRank = 4, minSide = 0, maxSide = 5, maxSize = 64 } = o;
  return fc.array(fc.integer({ min: minSide, max: maxSide }), { minLength: minRank, maxLength: maxRank }).map((s) => {
    const out = [...s];
    while (prod(out) > maxSize) {
      const i = out.indexOf(Math.max(...out));
      out[i] = Math.max(minSide, Math.floor(out[i] / 2));
    }
    return out;
  });
};

const layoutArb = (shape: readonly number[], allowBcast: boolean): fc.Arbitrary<Layout> => {
  const n = shape.length;
  const opts: fc.Arbitrary<Layout>[] = [fc.constant({ kind: "contig" } as Layout)];
  if (n >= 2) opts.push(fc.constant({ kind: "T" } as Layout));
  if (n >= 1) {
    opts.push(fc.integer({ min: 0, max: n - 1 }).map((axis) => ({ kind: "rev", axis }) as Layout));
    opts.push(fc.integer({ min: 0, max: n - 1 }).map((axis) => ({ kind: "step", axis }) as Layout));
    if (allowBcast) opts.push(fc.array(fc.boolean(), { minLength: n, maxLength: n }).map((ones) => ({ kind: "bcast", ones }) as Layout));
  }
  return fc.oneof(...opts);
};

/** The shape the values are stored in before the layout view. */
const storedShape = (shape: readonly number[], l: Layout): number[] => {
  switch (l.kind) {
    case "T":
      return [...shape].reverse();
    case "step":
      return shape.map((s, i) => (i === l.axis ? 2 * s : s));
    case "bcast":
      return shape.map((s, i) => (l.ones[i] ? Math.min(s, 1) : s));
    default:
      return [...shape];
  }
};

/** An argument of dtype (one of) `dtype` and shape `shape`, in a random layout. */
export const argArb = (dtype: DType | fc.Arbitrary<DType>, shape: readonly number[], v: Values = "any", allowBcast = true): fc.Arbitrary<ArgSpec> =>
  fc.tuple(typeof dtype === "string" ? fc.constant(dtype) : dtype, layoutArb(shape, allowBcast)).chain(([d, layout]) => {
    const n = prod(storedShape(shape, layout));
    return fc.array(element(d, v), { minLength: n, maxLength: n }).map((values) => ({ dtype: d, shape, layout, values }));
  });

/** Builds a spec on the current default backend (config.platform). */
export const build = (s: ArgSpec): NDArray => {
  const l = s.layout;
  const stored = storedShape(s.shape, l);
  const x = fromFlat(s.values, stored, s.dtype, false, dtypeInfo(s.dtype).kind === "f");
  const n = s.shape.length;
  switch (l.kind) {
    case "contig":
      return x;
    case "T":
      return lax.transpose(x, [...Array(n).keys()].reverse());
    case "rev":
      return lax.rev(x, [l.axis]);
    case "step":
      return lax.slice(x, Array(n).fill(0), stored, s.shape.map((_, i) => (i === l.axis ? 2 : 1)));
    case "bcast":
      return lax.broadcastInDim(x, s.shape, [...Array(n).keys()]);
  }
};

/** A short description of a spec for failure messages. */
export const show = (s: ArgSpec): string => `${s.dtype}[${s.shape.join(",")}]/${s.layout.kind}`;
