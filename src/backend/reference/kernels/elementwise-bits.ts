// Reference kernels of comparisons, logical/bitwise ops, shifts and bit
// counts. ≤32-bit integers use JS's 32-bit operators on the dtype's bit
// pattern; int64/uint64 use bigints. Shift amounts outside [0, bits) give 0
// (logical) or the sign fill (arithmetic), as XLA.

import { type DType, dtypeInfo } from "../../../core/dtype.js";
import { registerRefKernels } from "../kernel.js";
import { mapKernel, type NumFn } from "./elementwise-map.js";

const cmp = (f: (a: number, b: number) => boolean, g: (a: bigint, b: bigint) => boolean) =>
  mapKernel({ f: (a, b) => +f(a, b), big: () => g });

const bitsOf = (d: DType): number => dtypeInfo(d).bits;
/** The unsigned B-bit pattern of an integer value. */
const unsignedOf = (bits: number) => (a: number) => (bits === 32 ? a >>> 0 : a & ((1 << bits) - 1));
/** The signed B-bit reading of an integer value. */
const signedOf = (bits: number) => (a: number) => (bits === 32 ? a | 0 : (a << (32 - bits)) >> (32 - bits));

const popcount32 = (u: number): number => {
  let c = 0;
  for (let v = u >>> 0; v !== 0; v >>>= 1) c += v & 1;
  return c;
};

const popcountBig = (u: bigint): bigint => {
  let c = 0n;
  for (let v = u; v !== 0n; v >>= 1n) c += v & 1n;
  return c;
};

const shiftLeft = (d: DType): NumFn => {
  const b = bitsOf(d);
  return (a, s) => (s < 0 || s >= b ? 0 : a << s);
};
const shiftRightLogical = (d: DType): NumFn => {
  const b = bitsOf(d);
  const u = unsignedOf(b);
  return (a, s) => (s < 0 || s >= b ? 0 : u(a) >>> s);
};
const shiftRightArithmetic = (d: DType): NumFn => {
  const b = bitsOf(d);
  const sg = signedOf(b);
  return (a, s) => sg(a) >> (s < 0 || s >= b ? b - 1 : s);
};

registerRefKernels({
  eq: cmp((a, b) => a === b, (a, b) => a === b),
  ne: cmp((a, b) => a !== b, (a, b) => a !== b),
  lt: cmp((a, b) => a < b, (a, b) => a < b),
  le: cmp((a, b) => a <= b, (a, b) => a <= b),
  gt: cmp((a, b) => a > b, (a, b) => a > b),
  ge: cmp((a, b) => a >= b, (a, b) => a >= b),

  and: mapKernel({ i: () => (a, b) => a & b, big: () => (a, b) => a & b }),
  or: mapKernel({ i: () => (a, b) => a | b, big: () => (a, b) => a | b }),
  xor: mapKernel({ i: () => (a, b) => a ^ b, big: () => (a, b) => a ^ b }),
  not: mapKernel({ i: (d) => (d === "bool" ? (a) => 1 - a : (a) => ~a), big: () => (a) => ~a }),

  shift_left: mapKernel({ i: shiftLeft, big: () => (a, s) => (s < 0n || s >= 64n ? 0n : a << s) }),
  shift_right_logical: mapKernel({
    i: shiftRightLogical,
    big: () => (a, s) => (s < 0n || s >= 64n ? 0n : BigInt.asUintN(64, a) >> s),
  }),
  shift_right_arithmetic: mapKernel({
    i: shiftRightArithmetic,
    big: () => (a, s) => BigInt.asIntN(64, a) >> (s < 0n || s >= 64n ? 63n : s),
  }),

  population_count: mapKernel({
    i: (d) => ((u) => (a) => popcount32(u(a)))(unsignedOf(bitsOf(d))),
    big: () => (a) => popcountBig(BigInt.asUintN(64, a)),
  }),
  clz: mapKernel({
    i: (d) => ((u, b) => (a) => Math.clz32(u(a)) - (32 - b))(unsignedOf(bitsOf(d)), bitsOf(d)),
    big: () => (a) => {
      const u = BigInt.asUintN(64, a);
      return u === 0n ? 64n : BigInt(64 - u.toString(2).length);
    },
  }),
});
