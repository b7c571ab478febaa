// Reference kernels of sort and top_k: for each line along the axis, a stable
// sort of positions by a comparator, then every operand's storage elements
// are moved by that permutation (bits preserved). sort puts NaNs last and
// treats -0 == +0; top_k uses the IEEE total order, reading sign bits.

import { type Elem, toBigInts, toNumbers } from "../../../core/convert.js";
import { allocStorage, type DType, dtypeInfo, type Storage } from "../../../core/dtype.js";
import type { SortParams, TopKParams } from "../../../lax/sort.js";
import { registerRefKernels } from "../kernel.js";
import { lines } from "./reduce.js";

type Cmp = (a: number, b: number) => number;

/** Elements as numbers, or bigints for int64/uint64 (exact comparison). */
const decode = (data: Storage, d: DType): ArrayLike<Elem> => (dtypeInfo(d).big ? toBigInts(data, d) : toNumbers(data, d));

/** Ascending comparator of positions i, j in `xs`: NaN after everything, NaNs (and ±0) equal. */
const ascending = (xs: ArrayLike<Elem>): Cmp => (i, j) => {
  const a = xs[i];
  const b = xs[j];
  if (a < b) return -1;
  if (a > b) return 1;
  const an = a !== a;
  const bn = b !== b;
  return an === bn ? 0 : an ? 1 : -1;
};

/** Sign bit of every element of a float storage (raw bits; NaN signs included). */
export const signBits = (data: Storage, d: DType): Uint8Array => {
  const out = new Uint8Array(data.length);
  if (d === "float16" || d === "bfloat16") for (let i = 0; i < data.length; i++) out[i] = (data[i] as number) >> 15;
  else if (d === "float32") {
    const u = new Uint32Array(data.buffer, data.byteOffset, data.length);
    for (let i = 0; i < data.length; i++) out[i] = u[i] >>> 31;
  } else if (d === "float64") {
    const u = new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
    for (let i = 0; i < data.length; i++) out[i] = u[2 * i + 1] >>> 31; // little-endian high word
  }
  return out;
};

/** Descending comparator in the IEEE total order: +NaN > inf > ... > +0 > -0 > ... > -inf > -NaN. */
const totalDescending = (xs: ArrayLike<Elem>, sign: Uint8Array | null): Cmp => {
  const cls = (i: number) => (xs[i] !== xs[i] ? (sign![i] ? -1 : 1) : 0);
  return (i, j) => {
    const ci = cls(i);
    const cj = cls(j);
    if (ci !== cj) return cj - ci;
    if (ci !== 0) return 0;
    if (xs[i] > xs[j]) return -1;
    if (xs[i] < xs[j]) return 1;
    return sign ? sign[i] - sign[j] : 0;
  };
};

/** Copies `src` elements of one line into `dst` in the order `perm`. */
const permuteLine = (src: Storage, dst: Storage, perm: readonly number[], base: number, inner: number, dstBase = base): void => {
  for (let t = 0; t < perm.length; t++) dst[dstBase + t * inner] = src[base + perm[t] * inner];
};

registerRefKernels({
  sort: (args, { dimension, numKeys }: SortParams, outAvals) => {
    const { outer, n, inner } = lines(args[0].aval.shape, dimension);
    const keys = args.slice(0, numKeys).map((a) => decode(a.data, a.aval.dtype));
    const outs = outAvals.map((o) => allocStorage(o.dtype, o.size));
    const pos = Array.from({ length: n }, (_, j) => j);
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        const cmps = keys.map((k) => ascending(k));
        const at = (j: number) => base + j * inner;
        // Array.prototype.sort is stable (ES2019), so equal keys keep their order.
        const perm = [...pos].sort((p, q) => {
          for (const c of cmps) {
            const r = c(at(p), at(q));
            if (r !== 0) return r;
          }
          return 0;
        });
        args.forEach((a, k) => permuteLine(a.data, outs[k], perm, base, inner));
      }
    return outs;
  },

  top_k: ([x], { k, axis }: TopKParams, [vals, idxs]) => {
    const d = x.aval.dtype;
    const { outer, n, inner } = lines(x.aval.shape, axis);
    const xs = decode(x.data, d);
    const cmp = totalDescending(xs, dtypeInfo(d).kind === "f" ? signBits(x.data, d) : null);
    const v = allocStorage(vals.dtype, vals.size);
    const ix = allocStorage("int32", idxs.size);
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        const perm = Array.from({ length: n }, (_, j) => j)
          .sort((p, q) => cmp(base + p * inner, base + q * inner))
          .slice(0, k);
        const outBase = o * k * inner + i;
        permuteLine(x.data, v, perm, base, inner, outBase);
        perm.forEach((p, t) => (ix[outBase + t * inner] = p));
      }
    return [v, ix];
  },
});
