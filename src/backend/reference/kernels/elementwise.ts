// Reference kernels of the arithmetic elementwise primitives and of dtype
// conversion, with XLA-on-CPU integer semantics (div by zero -> -1, rem by
// zero -> x, wrapping) and JAX's algorithms where rounding order matters
// (integer_pow by repeated squaring in the dtype; pow's integer exponent
// converted to the base's dtype first). Also loads the other families.

import { castNumber, type Elem, fromElems, toBigInts, toNumbers } from "../../../core/convert.js";
import { allocStorage, type DType, dtypeInfo, type FloatDType, type Storage } from "../../../core/dtype.js";
import { nextafter } from "../../../core/special.js";
import type { BitcastParams, ConvertParams } from "../../../lax/convert.js";
import type { IntegerPowParams, RoundParams } from "../../../lax/elementwise-arith.js";
import { registerRefKernels } from "../kernel.js";
import { intMul, mapKernel, type NumFn, roundTo, wrapBig } from "./elementwise-map.js";
import "./elementwise-math.js";
import "./elementwise-bits.js";

export { mapKernel } from "./elementwise-map.js";

const bigSign = (a: bigint): bigint => (a > 0n ? 1n : a < 0n ? -1n : 0n);

/** C's pow (Math.pow differs at 1**NaN and (-1)**±inf, which are 1). */
const cpow = (x: number, y: number): number => (x === 1 || (x === -1 && (y === Infinity || y === -Infinity)) ? 1 : Math.pow(x, y));

/** Round half away from zero, exact for any double. */
const roundAway = (x: number): number => {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
};

/** Round half to even, exact for any double (keeps -0). */
const roundEven = (x: number): number => {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

/** JAX's integer_pow: binary exponentiation with each product rounded to the dtype, 1/acc for y < 0. */
const integerPowFn = (d: DType, y: number): NumFn => {
  const isFloat = dtypeInfo(d).kind === "f";
  const mul: NumFn = isFloat ? ((r) => (a, b) => r(a * b))(roundTo(d)) : intMul(d);
  return (x) => {
    if (y === 0) return 1;
    let e = Math.abs(y);
    let acc: number | undefined;
    let b = x;
    while (e > 0) {
      if (e % 2 === 1) acc = acc === undefined ? b : mul(acc, b);
      e = Math.floor(e / 2);
      if (e > 0) b = mul(b, b);
    }
    return y < 0 ? 1 / acc! : acc!;
  };
};

const integerPowBig = (d: DType, y: number) => {
  const w = wrapBig(d);
  return (x: bigint): bigint => {
    let e = BigInt(y);
    let acc = 1n;
    let b = x;
    while (e > 0n) {
      if (e & 1n) acc = w(acc * b);
      e >>= 1n;
      if (e > 0n) b = w(b * b);
    }
    return acc;
  };
};

registerRefKernels({
  add: mapKernel({ f: (a, b) => a + b, big: () => (a, b) => a + b }),
  sub: mapKernel({ f: (a, b) => a - b, big: () => (a, b) => a - b }),
  mul: mapKernel({ f: (a, b) => a * b, i: intMul, big: () => (a, b) => a * b }),
  div: mapKernel({
    f: (a, b) => a / b,
    i: () => (a, b) => (b === 0 ? -1 : Math.trunc(a / b)),
    big: () => (a, b) => (b === 0n ? -1n : a / b),
  }),
  rem: mapKernel({ f: (a, b) => a % b, i: () => (a, b) => (b === 0 ? a : a % b), big: () => (a, b) => (b === 0n ? a : a % b) }),
  // pow: an integer exponent is first converted to the base's dtype (as JAX's lowering).
  pow: ([x, y], _params, outs) => {
    const yv = toNumbers(y.data, y.aval.dtype).map((v) => castNumber(v, x.aval.dtype, false));
    const xv = toNumbers(x.data, x.aval.dtype);
    const at = (a: Float64Array, k: number) => (a.length === 1 ? a[0] : a[k]);
    const res = new Float64Array(outs[0].size);
    for (let k = 0; k < res.length; k++) res[k] = cpow(at(xv, k), at(yv, k));
    return [fromElems(res, outs[0].dtype)];
  },
  max: mapKernel({ f: Math.max, big: () => (a, b) => (a > b ? a : b) }),
  min: mapKernel({ f: Math.min, big: () => (a, b) => (a < b ? a : b) }),
  nextafter: mapKernel({ fd: (d) => (a, b) => nextafter(a, b, d as FloatDType) }),
  neg: mapKernel({ f: (a) => -a, big: () => (a) => -a }),
  sign: mapKernel({ f: (a) => (a > 0 ? 1 : a < 0 ? -1 : a), big: () => bigSign }),
  abs: mapKernel({ f: Math.abs, big: () => (a) => (a < 0n ? -a : a) }),
  square: mapKernel({ f: (a) => a * a, i: (d) => ((m) => (a) => m(a, a))(intMul(d)), big: () => (a) => a * a }),
  integer_pow: mapKernel<IntegerPowParams>({
    fd: (d, { y }) => integerPowFn(d, y),
    i: (d, { y }) => integerPowFn(d, y),
    big: (d, { y }) => integerPowBig(d, y) as (...xs: bigint[]) => bigint,
  }),
  floor: mapKernel({ f: Math.floor }),
  ceil: mapKernel({ f: Math.ceil }),
  round: mapKernel<RoundParams>({ fd: (_, { roundingMethod }) => (roundingMethod === "to_nearest_even" ? roundEven : roundAway) }),
  is_finite: mapKernel({ f: (a) => +Number.isFinite(a) }),
  clamp: mapKernel({ f: (lo, x, hi) => Math.min(Math.max(x, lo), hi), big: () => (lo, x, hi) => (x < lo ? lo : x > hi ? hi : x) }),

  select_n: ([which, ...cases], _params, [out]) => {
    const w = toNumbers(which.data, which.aval.dtype);
    const o = allocStorage(out.dtype, out.size);
    const last = cases.length - 1;
    for (let k = 0; k < out.size; k++) {
      const c = Math.min(last, Math.max(0, w.length === 1 ? w[0] : w[k]));
      o[k] = cases[c].data[k];
    }
    return [o];
  },

  convert_element_type: ([x], { newDType }: ConvertParams) => {
    const from = x.aval.dtype;
    const fromFloat = dtypeInfo(from).kind === "f";
    if (dtypeInfo(from).big) {
      const b = toBigInts(x.data, from);
      // To a narrow float: round to odd at 53 bits first, so the final rounding is single.
      const vals: ArrayLike<Elem> = dtypeInfo(newDType).kind === "f" && newDType !== "float64" ? b.map(bigToOddDouble) : b;
      return [fromElems(vals, newDType, false)];
    }
    return [fromElems(toNumbers(x.data, from), newDType, fromFloat)];
  },

  bitcast_convert_type: ([x], _params: BitcastParams, [out]) => {
    const o: Storage = allocStorage(out.dtype, out.size);
    new Uint8Array(o.buffer).set(new Uint8Array(x.data.buffer, x.data.byteOffset, x.data.byteLength));
    return [o];
  },
});

/**
 * The double nearest a bigint with round-to-odd (sticky) at 53 bits: a
 * further rounding to ≤ 51 bits then equals the correct direct rounding.
 */
function bigToOddDouble(x: bigint): number {
  const neg = x < 0n;
  let a = neg ? -x : x;
  const n = a.toString(2).length;
  if (n <= 53) return Number(x);
  const shift = BigInt(n - 53);
  const rest = a & ((1n << shift) - 1n);
  a >>= shift;
  if (rest !== 0n) a |= 1n;
  const v = Number(a) * 2 ** Number(shift);
  return neg ? -v : v;
}

