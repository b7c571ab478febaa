// Float-level helpers of jax.numpy: i0 (modified Bessel function of order 0,
// via Cephes' Chebyshev expansions of i0e exactly as jax.lax.bessel_i0e),
// nextafter, spacing and bitwiseCount. Compositions of lax ops only.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { finfo } from "../core/dtype-info.js";
import { DTypeError } from "../core/errors.js";
import { convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import { copysign } from "./math-round.js";
import { promoteArgsInexact, promoteDTypesInexact, promoteDTypesNumeric, select } from "./math-util.js";

// Cephes i0e coefficients (float32 set = the last 18 / 7 of the float64 sets), from jax/_src/lax/special.py.
const A64 = [
  -4.4153416464793393795e-18, 3.33079451882223809783e-17, -2.43127984654795469359e-16, 1.71539128555513303061e-15,
  -1.16853328779934516808e-14, 7.67618549860493561688e-14, -4.8564467831119294609e-13, 2.95505266312963983461e-12,
  -1.72682629144155570723e-11, 9.67580903537323691224e-11, -5.18979560163526290666e-10, 2.65982372468238665035e-9,
  -1.30002500998624804212e-8, 6.04699502254191894932e-8, -2.67079385394061173391e-7, 1.11738753912010371815e-6,
  -4.41673835845875056359e-6, 1.64484480707288970893e-5, -5.75419501008210370398e-5, 1.88502885095841655729e-4,
  -5.76375574538582365885e-4, 1.63947561694133579842e-3, -4.3243099950505759443e-3, 1.05464603945949983183e-2,
  -2.37374148058994688156e-2, 4.93052842396707084878e-2, -9.4901097048047644421e-2, 1.71620901522208775349e-1,
  -3.04682672343198398683e-1, 6.76795274409476084995e-1,
];
const B64 = [
  -7.23318048787475395456e-18, -4.83050448594418207126e-18, 4.46562142029675999901e-17, 3.4612228676974610931e-17,
  -2.82762398051658348494e-16, -3.42548561967721913462e-16, 1.7725601330565263836e-15, 3.81168066935262242075e-15,
  -9.5548466988283076487e-15, -4.15056934728722208663e-14, 1.54008621752140982691e-14, 3.85277838274214270114e-13,
  7.18012445138366623367e-13, -1.79417853150680611778e-12, -1.32158118404477131188e-11, -3.14991652796324136454e-11,
  1.18891471078464383424e-11, 4.9406023882249695891e-10, 3.39623202570838634515e-9, 2.26666899049817806459e-8,
  2.04891858946906374183e-7, 2.89137052083475648297e-6, 6.88975834691682398426e-5, 3.3691164782556940899e-3,
  8.04490411014108831608e-1,
];

/** Clenshaw evaluation of a Chebyshev series, as JAX's evaluate_chebyshev_polynomial. */
const chebyshev = (x: NDArray, coeffs: readonly number[]): NDArray => {
  const zero = lax.mul(x, 0);
  let b0 = zero, b1 = zero, b2 = zero;
  for (const c of coeffs) {
    b2 = b1;
    b1 = b0;
    b0 = lax.add(lax.sub(lax.mul(x, b1), b2), c);
  }
  return lax.mul(lax.sub(b0, b2), 0.5);
};

/** exp(-|x|)·I0(x) for float32/float64 `x`, as lax.bessel_i0e's lowering. */
const i0e = (xIn: NDArray): NDArray => {
  const wide = xIn.dtype === "float64";
  const x = lax.abs(xIn);
  const le8 = chebyshev(lax.sub(lax.mul(x, 0.5), 2), wide ? A64 : A64.slice(12));
  const gt8 = lax.div(chebyshev(lax.sub(lax.div(32, x), 2), wide ? B64 : B64.slice(18)), lax.sqrt(x));
  return select(lax.le(x, 8), le8, gt8);
};

/** `np.i0(x)`: the modified Bessel function of the first kind, order 0 (float result). @category math */
export const i0 = (x: ArrayLike): NDArray => {
  const [a] = promoteArgsInexact("np.i0", [x]);
  const narrow = a.dtype === "float16" || a.dtype === "bfloat16";
  const w = narrow ? convertElementType(a, "float32") : a;
  const ax = lax.abs(w);
  const e = i0e(ax);
  // JAX: exp(|x|) * bessel_i0e(|x|), where bessel_i0e of a half type rounds to that type first.
  return narrow ? lax.mul(lax.exp(lax.abs(a)), convertElementType(e, a.dtype)) : lax.mul(lax.exp(ax), e);
};

/** `np.nextafter(x1, x2)`: the next representable float after x1 toward x2. @category math */
export const nextafter = (x1: ArrayLike, x2: ArrayLike): NDArray => lax.nextafter(...(promoteArgsInexact("np.nextafter", [x1, x2]) as [NDArray, NDArray]));

/** `np.spacing(x)`: distance from x to the next float away from zero. @category math */
export const spacing = (x: ArrayLike): NDArray => {
  const [a] = promoteDTypesInexact("np.spacing", [x]);
  const inf = lax.add(lax.mul(a, 0), Infinity);
  if (a.dtype === "float16") return lax.sub(lax.nextafter(a, inf), a);
  const r = lax.sub(lax.nextafter(a, copysign(inf, a)), a);
  return select(lax.eq(r, 0), copysign(finfo(a.dtype).smallestSubnormal, a), r);
};

/** `np.bitwiseCount(x)`: the number of 1 bits in |x|, as uint8. @category bitwise */
export const bitwiseCount = (x: ArrayLike): NDArray => {
  const [a] = promoteDTypesNumeric("np.bitwise_count", [x]);
  if (!/int/.test(a.dtype)) throw new DTypeError(`[np.bitwise_count] expected an integer or bool array, got dtype ${a.dtype}`);
  return convertElementType(lax.populationCount(a.dtype.startsWith("u") ? a : lax.abs(a)), "uint8");
};
