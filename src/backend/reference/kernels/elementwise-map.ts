// The elementwise kernel builder shared by the elementwise kernel families.
// Values are decoded to JS numbers (float16/bfloat16 widened), computed in
// float64, and encoded back with the output dtype's rounding/wrapping (one
// rounding). int64/uint64 use an exact bigint path where an op defines one.

import { castNumber, type Elem, fromElems, toBigInts, toNumbers } from "../../../core/convert.js";
import { type DType, dtypeInfo } from "../../../core/dtype.js";
import type { RefKernel } from "../kernel.js";

export type NumFn = (...xs: number[]) => number;
export type BigFn = (...xs: bigint[]) => bigint | boolean;

export interface OpImpl<P = any> {
  /** Float (and default) semantics. */
  readonly f?: NumFn;
  /** Float semantics that depend on the dtype (and params); overrides `f` for floats. */
  readonly fd?: (d: DType, params: P) => NumFn;
  /** Integer/bool semantics for ≤32-bit dtypes when they differ from `f`; gets the operand dtype. */
  readonly i?: (d: DType, params: P) => NumFn;
  /** Exact semantics for int64/uint64. */
  readonly big?: (d: DType, params: P) => BigFn;
}

/** Element k of an operand, broadcasting size-1 operands (clamp's scalar bounds). */
const at = <T>(x: ArrayLike<T>, k: number): T => (x.length === 1 ? x[0] : x[k]);

/** Builds a kernel applying `op` elementwise; the dtype that picks the path is operand 0's. */
export const mapKernel =
  <P = any>(op: OpImpl<P>): RefKernel<P> =>
  (args, params, [out]) => {
    const d = args[0].aval.dtype;
    const info = dtypeInfo(d);
    const n = out.size;
    if (info.big && op.big) {
      const fn = op.big(d, params);
      const xs = args.map((a) => toBigInts(a.data, a.aval.dtype));
      const res = new Array<Elem>(n);
      for (let k = 0; k < n; k++) {
        const r = fn(...xs.map((x) => at(x, k)));
        res[k] = typeof r === "boolean" ? (r ? 1 : 0) : r;
      }
      return [fromElems(res, out.dtype, false)];
    }
    const fn = info.kind === "f" ? (op.fd?.(d, params) ?? op.f) : (op.i?.(d, params) ?? op.f);
    if (fn === undefined) throw new Error(`mapKernel: no implementation for dtype ${d}`);
    const xs = args.map((a) => toNumbers(a.data, a.aval.dtype));
    const res = new Float64Array(n);
    if (xs.length === 1) for (let k = 0; k < n; k++) res[k] = fn(xs[0][k]);
    else if (xs.length === 2) for (let k = 0; k < n; k++) res[k] = fn(at(xs[0], k), at(xs[1], k));
    else for (let k = 0; k < n; k++) res[k] = fn(...xs.map((x) => at(x, k)));
    return [fromElems(res, out.dtype, info.kind === "f")];
  };

/** Rounds/wraps a computed number to a value of dtype `d` (ints wrap). */
export const roundTo =
  (d: DType): ((x: number) => number) =>
  (x) =>
    castNumber(x, d, false);

/** Integer multiply in dtype `d` without float64 rounding (Math.imul for 32 bits), wrapped. */
export const intMul = (d: DType): NumFn => {
  const r = roundTo(d);
  return dtypeInfo(d).bits === 32 ? (a, b) => r(Math.imul(a, b)) : (a, b) => r(a * b);
};

/** Wraps a bigint to int64/uint64. */
export const wrapBig = (d: DType): ((x: bigint) => bigint) =>
  d === "uint64" ? (x) => BigInt.asUintN(64, x) : (x) => BigInt.asIntN(64, x);
