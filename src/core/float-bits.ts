// Conversion between JS numbers and the bit patterns of float16 / bfloat16.
// float16 rounds to nearest even straight from float64 (one rounding, as
// NumPy); bfloat16 rounds through float32 (as ml_dtypes), so values agree bit
// for bit with NumPy and JAX.

interface Format {
  readonly mant: number; // stored mantissa bits
  readonly bias: number; // exponent bias
  readonly expBits: number;
}

const F16: Format = { mant: 10, bias: 15, expBits: 5 };
const BF16: Format = { mant: 7, bias: 127, expBits: 8 };

/** Round half to even, exact for any double. */
const roundEven = (x: number): number => {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

const encode = (x: number, f: Format): number => {
  const expMax = (1 << f.expBits) - 1;
  if (Number.isNaN(x)) return (expMax << f.mant) | (1 << (f.mant - 1));
  const sign = x < 0 || Object.is(x, -0) ? 1 << (f.mant + f.expBits) : 0;
  const a = Math.abs(x);
  const minNormalExp = 1 - f.bias;
  if (a < 2 ** minNormalExp) {
    // Subnormal (or zero): an integer count of the smallest subnormal step.
    return sign | roundEven(a * 2 ** (f.mant - minNormalExp));
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundEven((a / 2 ** e - 1) * 2 ** f.mant);
  if (m === 2 ** f.mant) {
    m = 0;
    e++;
  }
  if (e + f.bias >= expMax) return sign | (expMax << f.mant); // overflow -> inf
  return sign | ((e + f.bias) << f.mant) | m;
};

const decode = (bits: number, f: Format): number => {
  const expMax = (1 << f.expBits) - 1;
  const sign = bits >> (f.mant + f.expBits) ? -1 : 1;
  const e = (bits >> f.mant) & expMax;
  const m = bits & ((1 << f.mant) - 1);
  if (e === expMax) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** (1 - f.bias - f.mant);
  return sign * (1 + m / 2 ** f.mant) * 2 ** (e - f.bias);
};

export const float16Bits = (x: number): number => encode(x, F16);
export const float16FromBits = (b: number): number => decode(b, F16);
// NOTE: float64 -> bfloat16 rounds through float32, as ml_dtypes (and so
// jnp.asarray and XLA, which compute bfloat16 in float32 registers) do.
export const bfloat16Bits = (x: number): number => encode(Math.fround(x), BF16);
export const bfloat16FromBits = (b: number): number => decode(b, BF16);
