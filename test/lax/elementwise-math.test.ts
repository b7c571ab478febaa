// lax transcendental primitives. The float64 table was printed by JAX 0.10 on
// CPU with x64 (jax.lax.<op> over the inputs below); finite values are compared
// to ~1 ulp (XLA's libm differs from V8's in the last bit), and NaN, ±inf and
// ±0 exactly.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError } from "../../src/core/errors.js";
import type { DType } from "../../src/core/dtype.js";
import type { NDArray } from "../../src/core/array.js";

const arr = (v: number[], dtype: DType) => np.array(v, { dtype });
const I = Infinity;
const N = NaN;
const X = [N, I, -I, 0, -0, 1, -1, 0.5, -0.5, 2, -2.5, 1e-30, 100];

const JAX_F64: Record<string, number[]> = {
  exp: [N, I, 0, 1, 1, 2.7182818284590455, 0.3678794411714423, 1.6487212707001282, 0.6065306597126334, 7.38905609893065, 0.0820849986238988, 1, 2.6881171418161356e43],
  exp2: [N, I, 0, 1, 1, 2, 0.5, 1.4142135623730951, 0.7071067811865476, 4, 0.1767766952966369, 1, 1.2676506002282317e30],
  log: [N, I, N, -I, -I, 0, N, -0.6931471805599453, N, 0.6931471805599453, N, -69.07755278982137, 4.605170185988092],
  log1p: [N, I, N, 0, -0, 0.6931471805599453, -I, 0.4054651081081644, -0.6931471805599453, 1.0986122886681098, N, 1e-30, 4.61512051684126],
  expm1: [N, I, -1, 0, -0, 1.7182818284590455, -0.6321205588285577, 0.6487212707001281, -0.3934693402873665, 6.38905609893065, -0.9179150013761012, 1e-30, 2.6881171418161356e43],
  logistic: [N, 1, 0, 0.5, 0.5, 0.7310585786300049, 0.2689414213699951, 0.6224593312018546, 0.3775406687981454, 0.8807970779778823, 0.07585818002124355, 0.5, 1],
  sin: [N, N, N, 0, -0, 0.8414709848078965, -0.8414709848078965, 0.479425538604203, -0.479425538604203, 0.9092974268256817, -0.5984721441039565, 1e-30, -0.5063656411097588],
  cos: [N, N, N, 1, 1, 0.5403023058681398, 0.5403023058681398, 0.8775825618903728, 0.8775825618903728, -0.4161468365471424, -0.8011436155469337, 1, 0.8623188722876839],
  tan: [N, N, N, 0, -0, 1.5574077246549023, -1.5574077246549023, 0.5463024898437905, -0.5463024898437905, -2.185039863261519, 0.7470222972386603, 1e-30, -0.5872139151569291],
  asin: [N, N, N, 0, -0, 1.5707963267948966, -1.5707963267948966, 0.5235987755982989, -0.5235987755982989, N, N, 1e-30, N],
  acos: [N, N, N, 1.5707963267948966, 1.5707963267948966, 0, 3.141592653589793, 1.0471975511965976, 2.0943951023931957, N, N, 1.5707963267948966, N],
  atan: [N, 1.5707963267948966, -1.5707963267948966, 0, -0, 0.7853981633974484, -0.7853981633974484, 0.4636476090008061, -0.4636476090008061, 1.1071487177940904, -1.1902899496825317, 1e-30, 1.5607966601082313],
  sinh: [N, I, -I, 0, -0, 1.1752011936438016, -1.1752011936438016, 0.5210953054937473, -0.5210953054937473, 3.6268604078470186, -6.050204481039787, 1e-30, 1.3440585709080653e43],
  cosh: [N, I, I, 1, 1, 1.543080634815244, 1.543080634815244, 1.1276259652063807, 1.1276259652063807, 3.762195691083631, 6.132289479663685, 1, 1.3440585709080653e43],
  tanh: [N, 1, -1, 0, -0, 0.7615941559557649, -0.7615941559557649, 0.4621171572600098, -0.4621171572600098, 0.9640275800758169, -0.9866142981514302, 1e-30, 1],
  asinh: [N, I, -I, 0, -0, 0.8813735870195429, -0.8813735870195429, 0.48121182505960347, -0.48121182505960347, 1.4436354751788103, -1.6472311463710958, 1e-30, 5.298342365610589],
  acosh: [N, I, N, N, N, 0, N, N, N, 1.3169578969248166, N, N, 5.298292365610485],
  atanh: [N, N, N, 0, -0, I, -I, 0.5493061443340548, -0.5493061443340548, N, N, 1e-30, N],
  sqrt: [N, I, N, 0, -0, 1, N, 0.7071067811865476, N, 1.4142135623730951, N, 1e-15, 10],
  rsqrt: [N, 0, N, I, -I, 1, N, 1.414213562373095, N, 0.7071067811865475, N, 1e15, 0.09999999999999999],
  cbrt: [N, I, -I, 0, -0, 1, -1, 0.7937005259840998, -0.7937005259840998, 1.2599210498948734, -1.3572088082974532, 1e-10, 4.641588833612778],
  erf: [N, 1, -1, 0, -0, 0.8427007929497149, -0.8427007929497149, 0.5204998778130465, -0.5204998778130465, 0.9953222650189527, -0.999593047982555, 1.1283791670955127e-30, 1],
  erfc: [N, 0, 2, 1, 1, 0.15729920705028513, 1.8427007929497148, 0.4795001221869535, 1.5204998778130465, 0.004677734981047267, 1.999593047982555, 1, 0],
  erfInv: [N, N, N, 0, -0, I, -I, 0.47693627620446977, -0.47693627620446977, N, N, 8.862269254527581e-31, N],
  lgamma: [N, I, I, I, I, 0, I, 0.5723649429247004, 1.2655121234846451, 0, -0.05624371649767457, 69.07755278982137, 359.1342053695754],
  digamma: [N, I, N, N, N, -0.5772156649015334, N, -1.9635100260214255, 0.03648997397857731, 0.42278433509846747, 1.103156640645243, -9.999999999999999e29, 4.600161852738087],
};

const fns = lax as unknown as Record<string, (x: NDArray) => NDArray>;

/** Exact for NaN/±inf/±0 (sign included), else within `rel` (plus `abs`). */
const check = (got: number[], want: number[], rel: number, what: string, abs = 0) => {
  got.forEach((g, i) => {
    const w = want[i];
    const msg = `${what}[${i}]: got ${g}, want ${w}`;
    if (Number.isNaN(w)) expect(g, msg).toBeNaN();
    else if (!Number.isFinite(w) || w === 0) expect(Object.is(g, w), msg).toBe(true);
    else expect(Math.abs(g - w), msg).toBeLessThanOrEqual(rel * Math.abs(w) + abs);
  });
};

describe("transcendental primitives, float64 (x64)", () => {
  for (const [name, want] of Object.entries(JAX_F64)) {
    it(`${name} matches JAX`, () =>
      withX64(true, () => {
        const r = fns[name](arr(X, "float64"));
        expect(r.dtype).toBe("float64");
        // lgamma/digamma near their zeros: JAX itself is only ~1e-15 accurate in absolute terms.
        check(r.toArray() as number[], want, 4e-15, name, name === "lgamma" || name === "digamma" ? 2e-15 : 0);
      }));
  }
  it("atan2 quadrants and signed zeros", () =>
    withX64(true, () => {
      const r = lax.atan2(arr([0, -0, 0, -0, 1, I, N], "float64"), arr([0, 0, -0, -0, 0, I, 1], "float64"));
      check(r.toArray() as number[], [0, -0, Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, N], 1e-16, "atan2");
    }));
});

describe("transcendental primitives, narrow floats", () => {
  it("float32 results are the float64 values rounded to float32 (within 1 ulp of JAX)", () => {
    for (const [name, want] of Object.entries(JAX_F64)) {
      const r = fns[name](arr(X, "float32"));
      expect(r.dtype).toBe("float32");
      // 1e-30 is a float32 normal; JAX's values for it agree after rounding.
      check(r.toArray() as number[], want.map((w, i) => (i === 11 && name === "digamma" ? Math.fround(-1 / Math.fround(1e-30)) : Math.fround(w))), 1.2e-7, name);
    }
  });
  it("float16 and bfloat16 round once to the dtype", () => {
    // exp(1) = 2.718281828…: float16 2.71875 (0x4170), bfloat16 2.71875 (0x402E); sqrt(2): 1.4140625 / 1.4140625 (by hand).
    expect(lax.exp(arr([1], "float16")).toArray()).toEqual([2.71875]);
    expect(lax.exp(arr([1], "bfloat16")).toArray()).toEqual([2.71875]);
    expect(lax.sqrt(arr([2], "float16")).toArray()).toEqual([1.4140625]);
    expect(lax.log(arr([65504], "float16")).toArray()).toEqual([11.09375]);
    expect(lax.exp(arr([12], "float16")).toArray()).toEqual([Infinity]);
    expect(lax.erfInv(arr([0.5], "float32")).toArray()).toEqual([0.4769362807273865]); // scipy erfinv rounded to float32
    expect(lax.lgamma(arr([0.5], "bfloat16")).toArray()).toEqual([0.57421875]);
    expect(lax.erf(arr([2 ** -24], "float16")).toArray()).toEqual([2 ** -24]); // 1.128 * 2^-24 rounds to the subnormal 2^-24
  });
  it("weak type passes through", () => {
    expect(lax.exp(lax.convertElementType(1, "float32", true)).weakType).toBe(true);
    expect(lax.atan2(lax.convertElementType(1, "float32", true), arr([1], "float32").reshape([])).weakType).toBe(false);
  });
});

describe("dtype errors", () => {
  it("float-only ops reject integers and bool with DTypeError", () => {
    for (const name of Object.keys(JAX_F64)) {
      expect(() => fns[name](arr([1], "int32")), name).toThrow(DTypeError);
      expect(() => fns[name](arr([1], "bool")), name).toThrow(/expected a floating dtype, got bool/);
    }
    expect(() => lax.atan2(arr([1], "int32"), arr([1], "int32"))).toThrow(DTypeError);
    expect(() => lax.atan2(arr([1], "float32"), arr([1], "float16"))).toThrow(/float32, float16/);
  });
});
