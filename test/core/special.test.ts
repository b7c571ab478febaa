// Special functions against SciPy 1.17 float64 values (scipy.special.erf,
// erfc, erfinv, gammaln, psi), printed with repr() and pasted here; and
// nextafter on the bits of every float dtype (expected bits worked by hand
// and checked against lax.nextafter / np.nextafter).

import { describe, expect, it } from "vitest";
import { digamma, erf, erfc, erfInv, lgamma, nextafter } from "../../src/core/special.js";

/** |got - want| <= rel * |want| + abs. */
const near = (got: number, want: number, rel: number, abs = 0) => {
  expect(Math.abs(got - want), `got ${got}, want ${want}`).toBeLessThanOrEqual(rel * Math.abs(want) + abs);
};

const table = (f: (x: number) => number, rows: [number, number][], rel: number, abs = 0) => {
  for (const [x, want] of rows) near(f(x), want, rel, abs);
};

describe("erf / erfc", () => {
  it("matches scipy.special.erf to ~1e-15", () => {
    table(erf, [
      [-3.5, -0.9999992569016276], [-1.2, -0.9103139782296353], [-1e-5, -1.1283791670579e-5], [0.3, 0.3286267594591274],
      [0.9, 0.7969082124228322], [1.7, 0.9837904585907745], [2.4, 0.999311486103355], [2.6, 0.9997639655834707],
      [4.2, 0.9999999971445058], [5.9, 0.9999999999999999],
    ], 2e-15);
  });
  it("matches scipy.special.erfc in the far tail", () => {
    table(erfc, [
      [-2.0, 1.9953222650189528], [-0.3, 1.3286267594591274], [0.2, 0.7772974107895215], [0.7, 0.3221988061625817],
      [1.5, 0.03389485352468927], [3.0, 2.2090496998585445e-5], [5.5, 7.357847917974398e-15], [10.0, 2.0884875837625446e-45],
      [20.0, 5.395865611607901e-176], [26.0, 5.663192408856145e-296],
    ], 4e-15);
  });
  it("special values", () => {
    expect(erf(NaN)).toBeNaN();
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(30)).toBe(0);
    expect(erfc(NaN)).toBeNaN();
  });
});

describe("erfInv", () => {
  it("matches scipy.special.erfinv, also next to ±1", () => {
    table(erfInv, [
      [-0.999, -2.326753765513524], [-0.5, -0.4769362762044699], [1e-10, 8.862269254527581e-11], [0.1, 0.08885599049425769],
      [0.7, 0.7328690779592169], [0.95, 1.3859038243496775], [0.9999, 2.7510639057120803], [0.999999999999, 5.042031898572696],
      [0.99999999, 4.052237243268763],
    ], 2e-15);
  });
  it("inverts erf", () => {
    for (const x of [-3, -2.2, -0.7, 0.01, 0.4, 1.1, 3.3]) near(erfInv(erf(x)), x, 1e-10);
  });
  it("special values (as jax.lax.erf_inv)", () => {
    expect(erfInv(1)).toBe(Infinity);
    expect(erfInv(-1)).toBe(-Infinity);
    expect(erfInv(1.5)).toBeNaN();
    expect(erfInv(-2)).toBeNaN();
    expect(erfInv(NaN)).toBeNaN();
    expect(Object.is(erfInv(-0), -0)).toBe(true);
  });
});

describe("lgamma", () => {
  it("matches scipy.special.gammaln (incl. the reflection for x < 0.5)", () => {
    table(lgamma, [
      [1e-8, 18.42068073818021], [0.1, 2.252712651734206], [0.5, 0.5723649429247], [1.5, -0.12078223763524526],
      [3.3, 0.9870985778947343], [7.0, 6.579251212010101], [25.5, 56.38916764371994], [171.7, 710.171612940375],
      [1e5, 1051287.7089736569], [-0.5, 1.2655121234846454], [-2.3, 0.36956666345500805], [-10.6, -15.337365578679552],
    ], 1e-14, 1e-15);
  });
  it("poles and infinities are +inf; exact zeros at 1 and 2 (as JAX)", () => {
    for (const x of [0, -0, -1, -7, Infinity, -Infinity]) expect(lgamma(x)).toBe(Infinity);
    expect(lgamma(1)).toBe(0);
    expect(lgamma(2)).toBe(0);
    expect(lgamma(NaN)).toBeNaN();
  });
  it("satisfies lgamma(x + 1) = lgamma(x) + log(x)", () => {
    for (const x of [0.3, 2.7, 9.1, 40.5]) near(lgamma(x + 1), lgamma(x) + Math.log(x), 1e-13, 1e-14);
  });
});

describe("digamma", () => {
  it("matches scipy.special.psi", () => {
    table(digamma, [
      [1e-6, -1000000.57721402], [0.1, -10.423754940411076], [0.5, -1.9635100260214235], [1.0, -0.5772156649015329],
      [2.5, 0.7031566406452432], [7.3, 1.917820335637986], [33.0, 3.4812795305349873], [1e4, 9.21029037114285],
      [-0.5, 0.03648997397857651], [-2.3, 3.3173231575618236], [-10.6, 1.3865174753531624],
    ], 1e-14, 1e-15);
  });
  it("NaN at 0, negative integers and -inf; +inf at +inf (as jax.lax.digamma)", () => {
    for (const x of [0, -0, -1, -4, -Infinity, NaN]) expect(digamma(x)).toBeNaN();
    expect(digamma(Infinity)).toBe(Infinity);
  });
});

describe("nextafter", () => {
  it("float32 steps one ulp, through subnormals and to ±inf", () => {
    expect(nextafter(1, 2, "float32")).toBe(1 + 2 ** -23);
    expect(nextafter(1, 0, "float32")).toBe(1 - 2 ** -24);
    expect(nextafter(0, 1, "float32")).toBe(2 ** -149);
    expect(nextafter(-0, -1, "float32")).toBe(-(2 ** -149));
    expect(nextafter(2 ** -149, 0, "float32")).toBe(0);
    expect(nextafter(Infinity, 0, "float32")).toBe(3.4028234663852886e38);
    expect(nextafter(3.4028234663852886e38, Infinity, "float32")).toBe(Infinity);
    expect(nextafter(-1, -2, "float32")).toBe(-(1 + 2 ** -23));
  });
  it("float16, bfloat16, float64", () => {
    expect(nextafter(1, 2, "float16")).toBe(1 + 2 ** -10);
    expect(nextafter(0, -1, "float16")).toBe(-(2 ** -24));
    expect(nextafter(65504, Infinity, "float16")).toBe(Infinity);
    expect(nextafter(1, 2, "bfloat16")).toBe(1 + 2 ** -7);
    expect(nextafter(0, 1, "bfloat16")).toBe(2 ** -133);
    expect(nextafter(1, 2, "float64")).toBe(1 + 2 ** -52);
    expect(nextafter(0, 1, "float64")).toBe(5e-324);
    expect(nextafter(1, 0, "float64")).toBe(1 - 2 ** -53);
  });
  it("x == y returns y; NaN propagates", () => {
    expect(Object.is(nextafter(0, -0, "float32"), -0)).toBe(true);
    expect(Object.is(nextafter(-0, 0, "float32"), 0)).toBe(true);
    expect(nextafter(NaN, 1, "float32")).toBeNaN();
    expect(nextafter(1, NaN, "float64")).toBeNaN();
  });
});
