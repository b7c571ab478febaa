// Numerical comparison for tests: allClose (NumPy's isclose rule, returns a
// boolean) and assertAllClose (throws a message naming the worst element).
// Default tolerances depend on the dtypes compared, as jax._src.test_util's
// default_tolerance: exact for bool and integers, looser for 16-bit floats.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromJS, scalarArray } from "../core/asarray.js";
import type { DType } from "../core/dtype.js";
import { fmtShape, JaxtsError } from "../core/errors.js";
import { shapeEq, stridesOf } from "../core/shape.js";

/** Options of {@link allClose} and {@link assertAllClose}. */
export interface AllCloseOptions {
  /** Relative tolerance (default: by dtype, see {@link defaultTolerance}). */
  readonly rtol?: number;
  /** Absolute tolerance (default: by dtype). */
  readonly atol?: number;
  /** Whether NaN equals NaN. allClose: false (as np.allclose); assertAllClose: true (as np.testing.assert_allclose). */
  readonly equalNan?: boolean;
  /** assertAllClose only: also require equal dtypes (default: true when both sides are arrays). */
  readonly checkDType?: boolean;
}

/** A failed assertAllClose. @category testing */
export class AssertionError extends JaxtsError {
  override readonly _tag = "AssertionError" as const;
}

// jax._src.test_util.default_tolerance (used for both rtol and atol).
const TOL: Record<DType, number> = {
  bool: 0,
  int8: 0,
  int16: 0,
  int32: 0,
  int64: 0,
  uint8: 0,
  uint16: 0,
  uint32: 0,
  uint64: 0,
  float16: 1e-3,
  bfloat16: 1e-2,
  float32: 1e-6,
  float64: 1e-15,
};

/**
 * The default rtol and atol for comparing arrays of these dtypes: the largest
 * of JAX's test tolerances (bool/ints 0, float16 1e-3, bfloat16 1e-2,
 * float32 1e-6, float64 1e-15).
 * @example defaultTolerance("float16", "float32") // 1e-3
 * @category testing
 */
export const defaultTolerance = (...dts: readonly DType[]): number => Math.max(0, ...dts.map((d) => TOL[d]));

/** JS data on the expected side is read as np.asarray reads it (scalars weak). */
const toArray = (x: ArrayLike): NDArray =>
  x instanceof NDArray ? x : typeof x === "number" || typeof x === "boolean" ? scalarArray(x) : fromJS(x, undefined, "testing.allClose");

const values = (x: NDArray): (number | bigint)[] => [...(x.toTypedArray() as Iterable<number | bigint>)];

interface Comparison {
  readonly ok: boolean;
  readonly reason?: string;
  readonly bad?: number;
  readonly worst?: { index: number; actual: number | bigint; expected: number | bigint; err: number; tol: number };
}

const compare = (a: NDArray, b: NDArray, opts: AllCloseOptions, equalNanDefault: boolean): Comparison => {
  if (!shapeEq(a.shape, b.shape)) return { ok: false, reason: `shapes differ: actual ${fmtShape(a.shape)}, expected ${fmtShape(b.shape)}` };
  const tol = defaultTolerance(a.dtype, b.dtype);
  const rtol = opts.rtol ?? tol;
  const atol = opts.atol ?? tol;
  const equalNan = opts.equalNan ?? equalNanDefault;
  const xs = values(a);
  const ys = values(b);
  let bad = 0;
  let worst: Comparison["worst"];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    let err: number;
    let lim: number;
    if (typeof x === "bigint" && typeof y === "bigint") {
      // Exact for 64-bit integers: the difference is taken before rounding to a double.
      err = Math.abs(Number(x - y));
      lim = atol + rtol * Math.abs(Number(y));
    } else {
      const xn = Number(x);
      const yn = Number(y);
      if (Number.isNaN(xn) || Number.isNaN(yn)) {
        err = Number.isNaN(xn) && Number.isNaN(yn) && equalNan ? 0 : Infinity;
        lim = 0;
      } else if (xn === yn) {
        err = 0; // also equal infinities
        lim = 0;
      } else if (!Number.isFinite(xn) || !Number.isFinite(yn)) {
        err = Infinity; // an infinity is close only to the same infinity (np.isclose)
        lim = 0;
      } else {
        err = Math.abs(xn - yn);
        lim = atol + rtol * Math.abs(yn);
      }
    }
    if (err > lim) {
      bad++;
      if (worst === undefined || err - lim > worst.err - worst.tol)
        worst = { index: i, actual: x, expected: y, err, tol: lim };
    }
  }
  return bad === 0 ? { ok: true } : { ok: false, bad, worst };
};

/**
 * Whether two arrays have the same shape (no broadcasting) and every element
 * satisfies NumPy's `|a - b| <= atol + rtol * |b|`; equal infinities are close,
 * NaN is close to NaN only with `equalNan`. Dtypes may differ; the default
 * tolerances are those of the less precise dtype.
 * @example allClose(np.array([1, 2]), [1, 2.0000001]) // true (float32 tolerance 1e-6)
 * @example allClose(np.array([NaN]), [NaN], { equalNan: true }) // true
 * @category testing
 */
export const allClose = (actual: ArrayLike, expected: ArrayLike, opts: AllCloseOptions = {}): boolean =>
  compare(toArray(actual), toArray(expected), opts, false).ok;

const fmtIndex = (i: number, shape: readonly number[]): string => {
  const strides = stridesOf(shape);
  return `[${shape.map((d, k) => Math.floor(i / strides[k]) % d).join(", ")}]`;
};

/**
 * Throws an {@link AssertionError} unless `actual` and `expected` are close
 * (as {@link allClose}, but NaNs match by default); the message names the
 * number of mismatches and the worst element with its index.
 * @example assertAllClose(np.sin(np.array([0, 1])), [0, 0.84147098], { rtol: 1e-6 })
 * @category testing
 */
export const assertAllClose = (actual: ArrayLike, expected: ArrayLike, opts: AllCloseOptions = {}): void => {
  const a = toArray(actual);
  const b = toArray(expected);
  const checkDType = opts.checkDType ?? (actual instanceof NDArray && expected instanceof NDArray);
  if (checkDType && a.dtype !== b.dtype) throw new AssertionError(`[assertAllClose] dtypes differ: actual ${a.dtype}, expected ${b.dtype}`);
  const c = compare(a, b, opts, true);
  if (c.ok) return;
  if (c.reason) throw new AssertionError(`[assertAllClose] ${c.reason}`);
  const tol = defaultTolerance(a.dtype, b.dtype);
  const w = c.worst!;
  throw new AssertionError(
    `[assertAllClose] arrays are not close (rtol=${opts.rtol ?? tol}, atol=${opts.atol ?? tol}): ` +
      `${c.bad} of ${a.size} elements differ; worst at ${fmtIndex(w.index, a.shape)}: ` +
      `actual ${w.actual}, expected ${w.expected} (|diff| ${w.err} > ${w.tol})`,
  );
};
