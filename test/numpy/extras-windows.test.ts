// Window functions and i0/nextafter/spacing/bitwiseCount. Expected values were
// printed by JAX 0.10 on CPU (jnp.bartlett(5).tolist() etc.) unless computed here.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ValueError } from "../../src/core/errors.js";

describe("windows", () => {
  it("bartlett/blackman/hamming/hanning match JAX float32 values", () => {
    expect(np.bartlett(5).toArray()).toEqual([0.0, 0.5, 1.0, 0.5, 0.0]);
    expect(np.blackman(5).toArray()).toEqual([-1.4901161193847656e-8, 0.3400000333786011, 0.9999999403953552, 0.3399999737739563, -1.4901161193847656e-8]);
    expect(np.hamming(5).toArray()).toEqual([0.08000001311302185, 0.5400000214576721, 1.0, 0.5400000214576721, 0.08000001311302185]);
    expect(np.hanning(5).toArray()).toEqual([0.0, 0.5, 1.0, 0.5, 0.0]);
    for (const f of [np.bartlett, np.blackman, np.hamming, np.hanning]) {
      expect(f(4).dtype).toBe("float32");
      expect(f(1).toArray()).toEqual([1]);
      expect(f(0).shape).toEqual([0]);
      expect(f(-3).shape).toEqual([0]);
      expect(() => f(2.5)).toThrow(ValueError);
    }
  });

  it("kaiser uses i0; x64 gives float64", () => {
    const k = np.kaiser(5, 3.0).toArray() as number[];
    const want = [0.20488478243350983, 0.7269254326820374, 1.0, 0.7269254326820374, 0.20488478243350983];
    k.forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    expect(np.kaiser(1, 2).toArray()).toEqual([1]);
    withX64(true, () => {
      expect(np.hamming(4).dtype).toBe("float64");
      const k4 = np.kaiser(4, 5.0).toArray() as number[];
      [0.036710892271286676, 0.7753221044454067, 0.7753221044454067, 0.036710892271286676].forEach((v, i) => expect(k4[i]).toBeCloseTo(v, 12));
    });
  });
});

describe("i0, nextafter, spacing, bitwiseCount", () => {
  it("i0 float32 / float64 / half types (JAX values)", () => {
    const r = np.i0(np.array([0, 1, -2.5, 8, 9, 20])).toArray() as number[];
    const want = [1.0000001192092896, 1.2660659551620483, 3.289839506149292, 427.5641784667969, 1093.58837890625, 43558276.0];
    r.forEach((v, i) => expect(v / want[i]).toBeCloseTo(1, 6));
    expect(np.i0(np.array([1, 3], { dtype: "int32" })).dtype).toBe("float32");
    expect(np.i0(np.array([0.5, 10], { dtype: "float16" })).toArray()).toEqual([1.0634765625, 2816.0]);
    expect(np.i0(np.array([0.5, 10], { dtype: "bfloat16" })).toArray()).toEqual([1.0625, 2816.0]);
    withX64(true, () => {
      const r64 = np.i0(np.array([0, 1, -2.5, 8, 9, 20], { dtype: "float64" })).toArray() as number[];
      const w64 = [1.0, 1.2660658777520084, 3.289839144050123, 427.56411572180474, 1093.5883545113745, 43558282.559553534];
      r64.forEach((v, i) => expect(v / w64[i]).toBeCloseTo(1, 13));
    });
  });

  it("nextafter and spacing", () => {
    expect(np.nextafter(np.array([1, -1, 0]), np.array([2, -2, 1])).toArray()).toEqual([1.0000001192092896, -1.0000001192092896, 1.401298464324817e-45]);
    expect(np.nextafter(1, 2).dtype).toBe("float32");
    expect(np.spacing(np.array([1, -1, 0, 1e30])).toArray()).toEqual([1.1920928955078125e-7, -1.1920928955078125e-7, 1.401298464324817e-45, 7.555786372591432e22]);
    expect(np.spacing(np.array([1, -1], { dtype: "float16" })).toArray()).toEqual([0.0009765625, 0.00048828125]);
    expect(np.spacing(np.array([1, 2], { dtype: "int32" })).dtype).toBe("float32");
  });

  it("bitwiseCount returns uint8 of |x|", () => {
    const r = np.bitwiseCount(np.array([0, 7, -1, -8, 255], { dtype: "int16" }));
    expect(r.dtype).toBe("uint8");
    expect(r.toArray()).toEqual([0, 3, 1, 1, 8]);
    expect(np.bitwiseCount(np.array([true, false])).toArray()).toEqual([1, 0]);
    expect(np.bitwiseCount(np.array([255], { dtype: "uint8" })).toArray()).toEqual([8]);
    expect(() => np.bitwiseCount(np.array([1.5]))).toThrow(DTypeError);
  });
});
