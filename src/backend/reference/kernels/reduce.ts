// Reference kernels of the reductions. Each output element folds its inputs
// in row-major order from the monoid identity, rounding to the dtype after
// every step (as XLA's CPU loops do for float16/bfloat16), wrapping ints, and
// using bigints for int64/uint64 so 64-bit results are exact.

import { castNumber, type Elem, fromElems, toBigInts, toNumbers } from "../../../core/convert.js";
import { type DType, dtypeInfo } from "../../../core/dtype.js";
import { iinfo } from "../../../core/dtype-info.js";
import { type Shape, stridesOf } from "../../../core/shape.js";
import type { ArgReduceParams, ReduceParams } from "../../../lax/reduce.js";
import { type RefKernel, registerRefKernels } from "../kernel.js";
import { forEachIndex } from "./shape.js";

/** A fold over numbers (≤32-bit ints, bool, floats) and over bigints (int64/uint64). */
export interface Monoid {
  readonly init: (d: DType) => number;
  readonly step: (d: DType) => (acc: number, v: number) => number;
  readonly bigInit?: (d: DType) => bigint;
  readonly bigStep?: (d: DType) => (acc: bigint, v: bigint) => bigint;
}

/**
 * Rounds an accumulator of dtype `d`, or wraps an integer one into `d`.
 * float16/bfloat16 accumulate in float32 and are rounded once when stored
 * (as jnp.sum and the native kernels do; XLA's own f16 order is
 * implementation-defined: it gives 2048 for [2048, 1 x 8] but 4096 for 4096 ones).
 */
export const rounder = (d: DType): ((v: number) => number) => {
  const info = dtypeInfo(d);
  if (d === "float64") return (v) => v;
  if (d === "float32" || d === "float16" || d === "bfloat16") return Math.fround;
  return (v) => castNumber(v, d, info.kind === "f");
};

/** max that propagates NaN and orders -0 below +0. */
export const fmax = (a: number, b: number): number =>
  a !== a || b !== b ? NaN : a > b || (a === b && a === 0 && 1 / a > 0) ? a : b;
/** min that propagates NaN and orders -0 below +0. */
export const fmin = (a: number, b: number): number =>
  a !== a || b !== b ? NaN : a < b || (a === b && a === 0 && 1 / a < 0) ? a : b;

const isF = (d: DType) => dtypeInfo(d).kind === "f";
const bigWrap = (d: DType) => (v: bigint) => (d === "int64" ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v));
const intMin = (d: DType) => (d === "bool" ? 0 : (iinfo(d).min as number));
const intMax = (d: DType) => (d === "bool" ? 1 : (iinfo(d).max as number));

export const MONOIDS = {
  add: {
    init: () => 0,
    step: (d) => {
      const r = rounder(d);
      return (a, v) => r(a + v);
    },
    bigInit: () => 0n,
    bigStep: (d) => {
      const w = bigWrap(d);
      return (a, v) => w(a + v);
    },
  },
  mul: {
    init: () => 1,
    step: (d) => {
      const r = rounder(d);
      if (!isF(d) && dtypeInfo(d).bits === 32) return (a, v) => r(Math.imul(a, v));
      return (a, v) => r(a * v);
    },
    bigInit: () => 1n,
    bigStep: (d) => {
      const w = bigWrap(d);
      return (a, v) => w(a * v);
    },
  },
  max: {
    init: (d) => (isF(d) ? -Infinity : intMin(d)),
    step: (d) => (isF(d) ? fmax : Math.max),
    bigInit: (d) => iinfo(d).min as bigint,
    bigStep: () => (a, v) => (v > a ? v : a),
  },
  min: {
    init: (d) => (isF(d) ? Infinity : intMax(d)),
    step: (d) => (isF(d) ? fmin : Math.min),
    bigInit: (d) => iinfo(d).max as bigint,
    bigStep: () => (a, v) => (v < a ? v : a),
  },
  and: {
    init: (d) => (d === "bool" ? 1 : -1),
    step: () => (a, v) => a & v,
    bigInit: () => -1n,
    bigStep: (d) => {
      const w = bigWrap(d);
      return (a, v) => w(a & v);
    },
  },
  or: { init: () => 0, step: () => (a, v) => a | v, bigInit: () => 0n, bigStep: () => (a, v) => a | v },
  xor: { init: () => 0, step: () => (a, v) => a ^ v, bigInit: () => 0n, bigStep: () => (a, v) => a ^ v },
} satisfies Record<string, Monoid>;

/** For each input element (row-major), the flat index of its output element once `axes` are dropped. */
const outIndexMap = (shape: Shape, axes: readonly number[]): Int32Array => {
  const kept = shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const outStrides = stridesOf(kept.map((i) => shape[i]));
  const map = new Int32Array(shape.reduce((a, b) => a * b, 1));
  forEachIndex(shape, (flat, idx) => {
    let o = 0;
    kept.forEach((d, k) => (o += idx[d] * outStrides[k]));
    map[flat] = o;
  });
  return map;
};

const reduceKernel = (m: Monoid): RefKernel<ReduceParams> => ([x], { axes }, [out]) => {
  const d = x.aval.dtype;
  const map = outIndexMap(x.aval.shape, axes);
  if (dtypeInfo(d).big) {
    const xs = toBigInts(x.data, d);
    const step = m.bigStep!(d);
    const acc = new Array<bigint>(out.size).fill(m.bigInit!(d));
    for (let i = 0; i < xs.length; i++) acc[map[i]] = step(acc[map[i]], xs[i]);
    return [fromElems(acc, d, false)];
  }
  const xs = toNumbers(x.data, d);
  const step = m.step(d);
  const acc = new Float64Array(out.size).fill(m.init(d));
  for (let i = 0; i < xs.length; i++) acc[map[i]] = step(acc[map[i]], xs[i]);
  return [fromElems(acc, d, isF(d))];
};

/** Sizes of the axes before, at and after `axis`: element (o, j, i) is at (o * n + j) * inner + i. */
export const lines = (shape: Shape, axis: number): { outer: number; n: number; inner: number } => ({
  outer: shape.slice(0, axis).reduce((a, b) => a * b, 1),
  n: shape[axis],
  inner: shape.slice(axis + 1).reduce((a, b) => a * b, 1),
});

/** argmax (`sign` 1) / argmin (`sign` -1): first index of the extreme; the first NaN wins. */
const argKernel = (sign: 1 | -1): RefKernel<ArgReduceParams> => ([x], { axes, indexDType }, [out]) => {
  const d = x.aval.dtype;
  const { outer, n, inner } = lines(x.aval.shape, axes[0]);
  const xs: ArrayLike<Elem> = dtypeInfo(d).big ? toBigInts(x.data, d) : toNumbers(x.data, d);
  const res = new Float64Array(out.size);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      let best = xs[o * n * inner + i];
      let bi = 0;
      for (let j = 1; j < n && best === best; j++) {
        const v = xs[(o * n + j) * inner + i];
        if (v !== v || (sign > 0 ? v > best : v < best)) {
          best = v;
          bi = j;
        }
      }
      res[o * inner + i] = bi;
    }
  return [fromElems(res, indexDType, false)];
};

registerRefKernels({
  reduce_sum: reduceKernel(MONOIDS.add),
  reduce_prod: reduceKernel(MONOIDS.mul),
  reduce_max: reduceKernel(MONOIDS.max),
  reduce_min: reduceKernel(MONOIDS.min),
  reduce_and: reduceKernel(MONOIDS.and),
  reduce_or: reduceKernel(MONOIDS.or),
  reduce_xor: reduceKernel(MONOIDS.xor),
  argmax: argKernel(1),
  argmin: argKernel(-1),
});
