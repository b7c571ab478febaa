// Numeric special functions in double precision, for the reference kernels:
// erf, erfc, erfInv, lgamma, digamma, and nextafter on the bits of each float
// dtype. Written from textbook series / continued fractions / Lanczos, with
// Newton-Halley refinement where an inverse is needed; accurate to a few
// float64 ulps (far below a float32 ulp), checked against SciPy in tests.

import type { FloatDType } from "./dtype.js";
import { bfloat16Bits, bfloat16FromBits, float16Bits, float16FromBits } from "./float-bits.js";

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/sqrt(pi)
const INV_SQRT_PI = 0.5641895835477563; // 1/sqrt(pi)

/** exp(-x*x) without the rounding error of forming x*x (x split into 26-bit halves). */
const expNegSquare = (x: number): number => {
  const hi = Math.fround(x); // 24 significant bits: hi*hi is exact in float64
  const lo = x - hi;
  return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi));
};

/** erf(x) for |x| < 3 by the all-positive series 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1}/(2n+1)!!. */
const erfSeries = (x: number): number => {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * expNegSquare(x) * sum;
};

/** erfc(x) for x >= 0.5 by Laplace's continued fraction, evaluated backward. */
const erfcFraction = (x: number): number => {
  // erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
  const n = Math.min(2000, Math.ceil(40 + 300 / (x * x)));
  let f = x;
  for (let k = n; k >= 1; k--) f = x + k / 2 / f;
  return (INV_SQRT_PI * expNegSquare(x)) / f;
};

/** The error function. @category special */
export const erf = (x: number): number => {
  if (Number.isNaN(x)) return NaN;
  if (x === 0) return x; // keeps -0
  const a = Math.abs(x);
  if (a < 2.5) return erfSeries(x);
  if (a > 6) return Math.sign(x);
  return Math.sign(x) * (1 - erfcFraction(a));
};

/** The complementary error function 1 - erf(x), accurate in its tail. @category special */
export const erfc = (x: number): number => {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) return 1 - erf(x);
  if (x > 27.3) return 0;
  return erfcFraction(x);
};

/** Initial guess for erfinv (Giles' single-precision polynomials), refined below. */
const erfInvGuess = (y: number): number => {
  let w = -Math.log((1 - y) * (1 + y));
  let p: number;
  if (w < 5) {
    w -= 2.5;
    p = 2.81022636e-8;
    for (const c of [3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941]) p = c + p * w;
  } else {
    w = Math.sqrt(w) - 3;
    p = -0.000200214257;
    for (const c of [0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682]) p = c + p * w;
  }
  return p * y;
};

/** The inverse error function on [-1, 1] (±inf at ±1, NaN outside). @category special */
export const erfInv = (y: number): number => {
  if (Number.isNaN(y) || y < -1 || y > 1) return NaN;
  if (y === 1) return Infinity;
  if (y === -1) return -Infinity;
  if (y === 0) return y;
  const s = Math.sign(y);
  const t = Math.abs(y);
  const c = 1 - t; // exact for t >= 0.5 (Sterbenz)
  let x = Math.abs(erfInvGuess(t));
  if (!Number.isFinite(x)) x = 6;
  // Halley steps on f(x) = erf(x) - t near 0; in the tail, Newton on log erfc(x) = log(1 - t),
  // which converges from far away and keeps the digits erf would lose.
  const logC = Math.log(c);
  for (let i = 0; i < 12; i++) {
    const d = TWO_OVER_SQRT_PI * expNegSquare(x);
    let step: number;
    if (t < 0.5) {
      const r = (erf(x) - t) / d;
      step = r / (1 + x * r);
    } else {
      const e = erfc(x);
      step = ((Math.log(e) - logC) * e) / -d;
    }
    x -= step;
    if (Math.abs(step) <= 1e-16 * Math.abs(x)) break;
  }
  return s * x;
};

// Lanczos approximation, g = 7 and 9 coefficients (the set XLA's lgamma also uses).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.9189385332046728;

/** log|Γ(x)|; +inf at the poles 0, -1, -2, ... and at ±inf. @category special */
export const lgamma = (x: number): number => {
  if (Number.isNaN(x)) return NaN;
  if (!Number.isFinite(x)) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1-x) = π / sin(πx); sinpi keeps precision for large |x|.
    return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
  }
  const z = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  // (z + 0.5) * log(t) - t, written to avoid overflow of t^(z+0.5).
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
};

/** sin(πx) with exact argument reduction. */
const sinPi = (x: number): number => {
  const r = x - 2 * Math.round(x / 2); // in [-1, 1], exact
  if (r === 0 || r === 1 || r === -1) return 0;
  if (Math.abs(r) === 0.5) return Math.sign(r);
  return Math.sin(Math.PI * r);
};

/** The digamma function ψ(x) = Γ'(x)/Γ(x); NaN at 0, negative integers and -inf (as JAX). @category special */
export const digamma = (x: number): number => {
  if (Number.isNaN(x) || x === -Infinity) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return NaN;
  let acc = 0;
  if (x < 0.5) {
    // Reflection: ψ(1-x) - ψ(x) = π cot(πx).
    const r = x - Math.round(x);
    acc = -Math.PI / Math.tan(Math.PI * r);
    x = 1 - x;
  }
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const x2 = 1 / (x * x);
  // Asymptotic series with Bernoulli numbers: -Σ B_2k / (2k x^2k).
  const tail = x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 * (1 / 240 - x2 * (1 / 132 - x2 * (691 / 32760 - x2 / 12))))));
  return acc + Math.log(x) - 0.5 / x - tail;
};

// ---- nextafter on the bit patterns of each float dtype ----

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

const BITS: Record<FloatDType, { get: (x: number) => number | bigint; put: (b: number | bigint) => number; tiny: number }> = {
  float16: { get: float16Bits, put: (b) => float16FromBits(Number(b)), tiny: 2 ** -24 },
  bfloat16: { get: bfloat16Bits, put: (b) => bfloat16FromBits(Number(b)), tiny: 2 ** -133 },
  float32: {
    get: (x) => ((f32[0] = x), u32[0]),
    put: (b) => ((u32[0] = Number(b)), f32[0]),
    tiny: 2 ** -149,
  },
  float64: {
    get: (x) => ((f64[0] = x), u64[0]),
    put: (b) => ((u64[0] = BigInt(b)), f64[0]),
    tiny: 2 ** -1074,
  },
};

/**
 * The next value of dtype `d` after `x` toward `y` (C's nextafter); `x` and
 * `y` must already be values of `d`. Returns `y` when x == y.
 * @category special
 */
export const nextafter = (x: number, y: number, d: FloatDType): number => {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  const f = BITS[d];
  if (x === 0) return y > 0 ? f.tiny : -f.tiny;
  const b = f.get(x);
  const up = x < y === x > 0; // magnitude grows
  if (typeof b === "bigint") return f.put(up ? b + 1n : b - 1n);
  return f.put(up ? b + 1 : b - 1);
};
