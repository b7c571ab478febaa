// Reference kernels of the cumulative primitives: a scan along the axis with
// the same monoid steps as the reductions (rounded to the dtype after every
// step, ints wrapping, bigints for int64/uint64). Output t folds x[0..t]
// (or x[t..n) when reversed) in index order, as XLA's reduce_window lowering.

import { fromElems, toBigInts, toNumbers } from "../../../core/convert.js";
import { type DType, dtypeInfo } from "../../../core/dtype.js";
import type { CumulativeParams } from "../../../lax/cumulative.js";
import { type RefKernel, registerRefKernels } from "../kernel.js";
import { lines, type Monoid, MONOIDS, rounder } from "./reduce.js";

/**
 * log(exp(a) + exp(b)) as jax's `logaddexp`, each elementary op rounded by
 * `r` (the dtype's rounding): NaN propagates, same-sign infinities stay.
 */
export const logAddExp = (a: number, b: number, r: (v: number) => number = (v) => v): number => {
  const delta = r(a - b);
  if (delta !== delta) return r(a + b);
  return r(Math.max(a, b) + r(Math.log1p(r(Math.exp(-Math.abs(delta))))));
};

const logAddExpMonoid: Monoid = {
  init: () => -Infinity,
  step: (d: DType) => {
    const r = rounder(d);
    return (a, v) => logAddExp(a, v, r);
  },
};

/** Longest reverse float line folded window by window (longer ones scan from the end). */
const WINDOWED_MAX = 2048;

const scanKernel = (m: Monoid & { exact?: boolean }): RefKernel<CumulativeParams> => ([x], { axis, reverse }, [out]) => {
  const d = x.aval.dtype;
  const { outer, n, inner } = lines(x.aval.shape, axis);
  const big = dtypeInfo(d).big;
  const xs = big ? toBigInts(x.data, d) : toNumbers(x.data, d);
  const res = big ? new Array<bigint>(out.size) : new Float64Array(out.size);
  const step = (big ? m.bigStep!(d) : m.step(d)) as (a: number | bigint, v: number | bigint) => number | bigint;
  const init = big ? m.bigInit!(d) : m.init(d);
  // XLA lowers cumulative ops to a reduce_window whose windows are folded in
  // index order; for reverse float scans that order is observable, so short
  // lines fold each suffix x[t..n) left to right (O(n^2)), as XLA's CPU does.
  const windows = reverse && !m.exact && dtypeInfo(d).kind === "f" && n <= WINDOWED_MAX;
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      const at = (t: number) => (o * n + t) * inner + i;
      if (windows) {
        for (let t = 0; t < n; t++) {
          let acc = init;
          for (let u = t; u < n; u++) acc = step(acc, xs[at(u)]);
          res[at(t)] = acc as never;
        }
        continue;
      }
      let acc = init;
      for (let t = 0; t < n; t++) {
        const k = at(reverse ? n - 1 - t : t);
        acc = step(acc, xs[k]);
        res[k] = acc as never;
      }
    }
  return [fromElems(res, d, dtypeInfo(d).kind === "f")];
};

registerRefKernels({
  cumsum: scanKernel(MONOIDS.add),
  cumprod: scanKernel(MONOIDS.mul),
  cummax: scanKernel({ ...MONOIDS.max, exact: true }),
  cummin: scanKernel({ ...MONOIDS.min, exact: true }),
  cumlogsumexp: scanKernel(logAddExpMonoid),
});
