// Tests of core/float-bits.ts: float16 / bfloat16 encoding against the bit
// patterns NumPy (float16) and ml_dtypes (bfloat16) give, from the fixture
// laws/fixtures/float-bits.json (scripts/gen-promotion-fixture.py), plus an
// exhaustive decode check of all 65536 patterns against independent decoders.

import { describe, expect, it } from "vitest";
import { bfloat16Bits, bfloat16FromBits, float16Bits, float16FromBits } from "../../src/core/float-bits.js";
import fixture from "../../laws/fixtures/float-bits.json" with { type: "json" };

const f64FromHex = (hex: string): number => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt("0x" + hex));
  return dv.getFloat64(0);
};

const f32Bits = new Uint32Array(1);
const f32View = new Float32Array(f32Bits.buffer);

/** bfloat16 is the top half of a float32: an independent decoder. */
const bf16Ref = (b: number): number => {
  f32Bits[0] = b << 16;
  return f32View[0];
};

/** The classic half->single bit conversion (renormalizing subnormals): an independent decoder. */
const f16Ref = (h: number): number => {
  const sign = (h & 0x8000) << 16;
  let exp = (h >> 10) & 0x1f;
  let mant = h & 0x3ff;
  let bits: number;
  if (exp === 0x1f) bits = sign | 0x7f800000 | (mant << 13);
  else if (exp === 0) {
    if (mant === 0) bits = sign;
    else {
      exp = 127 - 15 + 1;
      while ((mant & 0x400) === 0) {
        mant <<= 1;
        exp--;
      }
      bits = sign | (exp << 23) | ((mant & 0x3ff) << 13);
    }
  } else bits = sign | ((exp - 15 + 127) << 23) | (mant << 13);
  f32Bits[0] = bits >>> 0;
  return f32View[0];
};

const hex = (b: number) => "0x" + b.toString(16).padStart(4, "0");

describe("float16 / bfloat16 encode vs NumPy / ml_dtypes", () => {
  const cases = fixture.cases as [string, number, number][];

  it("the fixture is non-trivial", () => expect(cases.length).toBeGreaterThan(500));

  it("float16Bits matches NumPy's float64 -> float16 (one rounding, ties to even)", () => {
    const bad = cases.filter(([h, f16]) => float16Bits(f64FromHex(h)) !== f16).map(([h, f16]) => `${f64FromHex(h)}: expected ${hex(f16)}, got ${hex(float16Bits(f64FromHex(h)))}`);
    expect(bad).toEqual([]);
  });

  it("bfloat16Bits matches ml_dtypes' float64 -> bfloat16 (which rounds through float32, as JAX)", () => {
    const bad = cases
      .filter(([h, , bf]) => bfloat16Bits(f64FromHex(h)) !== bf)
      .map(([h, , bf]) => `${f64FromHex(h)}: expected ${hex(bf)}, got ${hex(bfloat16Bits(f64FromHex(h)))}`);
    expect(bad).toEqual([]);
  });

  it("named cases (bits from NumPy / ml_dtypes)", () => {
    // float16
    expect(float16Bits(0)).toBe(0x0000);
    expect(float16Bits(-0)).toBe(0x8000);
    expect(float16Bits(1)).toBe(0x3c00);
    expect(float16Bits(-2)).toBe(0xc000);
    expect(float16Bits(65504)).toBe(0x7bff); // max
    expect(float16Bits(65519.99)).toBe(0x7bff); // below the overflow midpoint
    expect(float16Bits(65520)).toBe(0x7c00); // the midpoint rounds to even: inf
    expect(float16Bits(-1e6)).toBe(0xfc00);
    expect(float16Bits(Infinity)).toBe(0x7c00);
    expect(float16Bits(NaN)).toBe(0x7e00);
    expect(float16Bits(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(float16Bits(2 ** -25)).toBe(0x0000); // tie -> even (0)
    expect(float16Bits(1.5 * 2 ** -24)).toBe(0x0002); // tie -> even (2)
    expect(float16Bits(2.5 * 2 ** -24)).toBe(0x0002); // tie -> even (2)
    expect(float16Bits(2 ** -14 - 2 ** -25)).toBe(0x0400); // rounds up into the normals
    expect(float16Bits(1 + 2 ** -11)).toBe(0x3c00); // tie -> even
    expect(float16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02); // tie -> even (up)
    expect(float16Bits(1 + 2 ** -11 + 2 ** -40)).toBe(0x3c01); // just above the tie
    expect(float16Bits(2049)).toBe(0x6800); // 2048: tie to even
    expect(float16Bits(2051)).toBe(0x6802);
    // bfloat16
    expect(bfloat16Bits(1)).toBe(0x3f80);
    expect(bfloat16Bits(-0)).toBe(0x8000);
    expect(bfloat16Bits(NaN)).toBe(0x7fc0);
    expect(bfloat16Bits(-Infinity)).toBe(0xff80);
    expect(bfloat16Bits(3.3895313892515355e38)).toBe(0x7f7f); // max
    expect(bfloat16Bits(3.4e38)).toBe(0x7f80); // overflow -> inf
    expect(bfloat16Bits(1 + 2 ** -8)).toBe(0x3f80); // tie -> even
    expect(bfloat16Bits(1 + 3 * 2 ** -8)).toBe(0x3f82);
    expect(bfloat16Bits(257)).toBe(0x4380); // 256
    expect(bfloat16Bits(259)).toBe(0x4382); // 260
    expect(bfloat16Bits(2 ** -133)).toBe(0x0001); // smallest subnormal
    expect(bfloat16Bits(2 ** -134)).toBe(0x0000); // tie -> 0
    // ml_dtypes (and jnp.array(x, dtype=bfloat16)) round to float32 first:
    // 1 + 2^-8 + 2^-30 becomes the float32 tie 1 + 2^-8, then rounds to even: 1.0.
    expect(bfloat16Bits(1 + 2 ** -8 + 2 ** -30)).toBe(0x3f80);
  });
});

describe("decoding all 65536 bit patterns", () => {
  it("float16FromBits equals an independent decoder for every pattern", () => {
    const bad: string[] = [];
    for (let b = 0; b < 0x10000; b++) {
      const got = float16FromBits(b);
      const exp = f16Ref(b);
      if (!Object.is(got, exp) && !(Number.isNaN(got) && Number.isNaN(exp))) bad.push(`${hex(b)}: ${exp} vs ${got}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("bfloat16FromBits equals the float32 with those top 16 bits for every pattern", () => {
    const bad: string[] = [];
    for (let b = 0; b < 0x10000; b++) {
      const got = bfloat16FromBits(b);
      const exp = bf16Ref(b);
      if (!Object.is(got, exp) && !(Number.isNaN(got) && Number.isNaN(exp))) bad.push(`${hex(b)}: ${exp} vs ${got}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("encode(decode(b)) === b for every non-NaN pattern; NaN patterns decode to NaN and encode to the canonical NaN", () => {
    let nan16 = 0;
    let nanBf = 0;
    const bad: string[] = [];
    for (let b = 0; b < 0x10000; b++) {
      const h = float16FromBits(b);
      if (Number.isNaN(h)) {
        nan16++;
        if (float16Bits(h) !== 0x7e00) bad.push(`f16 NaN ${hex(b)}`);
      } else if (float16Bits(h) !== b) bad.push(`f16 ${hex(b)} -> ${h} -> ${hex(float16Bits(h))}`);
      const v = bfloat16FromBits(b);
      if (Number.isNaN(v)) {
        nanBf++;
        if (bfloat16Bits(v) !== 0x7fc0) bad.push(`bf16 NaN ${hex(b)}`);
      } else if (bfloat16Bits(v) !== b) bad.push(`bf16 ${hex(b)} -> ${v} -> ${hex(bfloat16Bits(v))}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    // Exponent all ones with a non-zero mantissa, both signs.
    expect(nan16).toBe(2 * (2 ** 10 - 1));
    expect(nanBf).toBe(2 * (2 ** 7 - 1));
  });

  it("decoding is strictly increasing over the positive patterns (0 .. +inf)", () => {
    for (const [dec, inf] of [[float16FromBits, 0x7c00], [bfloat16FromBits, 0x7f80]] as const) {
      for (let b = 1; b <= inf; b++) if (!(dec(b) > dec(b - 1))) throw new Error(`not increasing at ${hex(b)}`);
      expect(dec(inf)).toBe(Infinity);
      expect(Object.is(dec(0x8000), -0)).toBe(true);
    }
  });
});
