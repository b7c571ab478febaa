// NaN-ignoring reductions of jaxts/numpy (JAX's _nan_reduction family):
// nansum, nanprod, nanmin, nanmax, nanmean, nanvar, nanstd, nanargmin,
// nanargmax, nanmedian, nanquantile, nanpercentile. Integer and bool inputs
// have no NaN and use the plain reductions.

import type { NDArray } from "../core/array.js";
import type { ArgReduceOptions, ArrayLike, ReduceOptions, VarOptions } from "../core/array-types.js";
import * as lax from "../lax/elementwise.js";
import { cast, isFloatDType, operand, promoteDTypesInexact, select, userDType } from "./math-util.js";
import { all, argmax, argmin, max, mean, min, prod, sum } from "./reductions.js";
import { type QuantileOptions, quantileImpl, varTypes } from "./reductions-stats.js";
import { toDType } from "./util.js";

const isnan = (a: NDArray): NDArray => lax.ne(a, a);

const nanReduction = (
  name: string,
  f: (a: NDArray, opts: ReduceOptions) => NDArray,
  fill: number,
  nanIfAllNan: boolean,
  x: ArrayLike,
  opts: ReduceOptions,
): NDArray => {
  const a = operand(`np.${name}`, x);
  if (!isFloatDType(a.dtype)) return f(a, opts);
  const out = f(select(isnan(a), toDType(fill, a.dtype, false, `np.${name}`), a), opts);
  if (!nanIfAllNan) return out;
  return select(all(isnan(a), { axis: opts.axis, keepdims: opts.keepdims }), toDType(NaN, out.dtype, false, `np.${name}`), out);
};

/** `np.nansum(x, opts)`: sum treating NaN as 0. @category reductions */
export const nansum = (x: ArrayLike, opts: ReduceOptions = {}): NDArray => nanReduction("nansum", sum, 0, false, x, opts);
/** `np.nanprod(x, opts)`: product treating NaN as 1. @category reductions */
export const nanprod = (x: ArrayLike, opts: ReduceOptions = {}): NDArray => nanReduction("nanprod", prod, 1, false, x, opts);
/** `np.nanmax(x, opts)`: max ignoring NaN; all-NaN slices give NaN (unless `initial`). @category reductions */
export const nanmax = (x: ArrayLike, opts: Omit<ReduceOptions, "dtype"> = {}): NDArray =>
  nanReduction("nanmax", max, -Infinity, opts.initial == null, x, opts);
/** `np.nanmin(x, opts)`: min ignoring NaN; all-NaN slices give NaN (unless `initial`). @category reductions */
export const nanmin = (x: ArrayLike, opts: Omit<ReduceOptions, "dtype"> = {}): NDArray =>
  nanReduction("nanmin", min, Infinity, opts.initial == null, x, opts);

/** `np.nanmean(x, { axis, keepdims, dtype, where })`: mean of the non-NaN elements. @category reductions */
export const nanmean = (x: ArrayLike, opts: Omit<ReduceOptions, "initial"> = {}): NDArray => {
  const a = operand("np.nanmean", x);
  if (!isFloatDType(a.dtype)) return mean(a, opts);
  const d = opts.dtype != null ? userDType(opts.dtype, "np.nanmean") : a.dtype;
  const common = { axis: opts.axis, keepdims: opts.keepdims, where: opts.where, dtype: d };
  const n = sum(lax.bitwiseNot(isnan(a)), common);
  return lax.div(nansum(a, common), n);
};

/** `np.nanvar(x, { axis, keepdims, dtype, where, ddof })`: variance of the non-NaN elements. @category reductions */
export const nanvar = (x: ArrayLike, opts: VarOptions = {}): NDArray => {
  const a0 = operand("np.nanvar", x);
  const [comp, out] = varTypes(a0.dtype, opts.dtype, "np.nanvar");
  const a = cast(a0, comp);
  const m = nanmean(a, { axis: opts.axis, dtype: comp, keepdims: true, where: opts.where });
  const centered = lax.square(select(isnan(a), toDType(0, comp, false, "np.nanvar"), lax.sub(a, m)));
  let n = sum(lax.bitwiseNot(isnan(a)), { axis: opts.axis, keepdims: opts.keepdims, where: opts.where });
  n = lax.sub(n, opts.ddof ?? 0);
  const bad = lax.le(n, 0);
  let r = sum(centered, { axis: opts.axis, keepdims: opts.keepdims, where: opts.where });
  r = select(bad, toDType(NaN, r.dtype, false, "np.nanvar"), r);
  r = lax.div(r, cast(select(bad, toDType(1, n.dtype, false, "np.nanvar"), n), r.dtype));
  return cast(r, out);
};

/** `np.nanstd(x, opts)`: sqrt of nanvar. @category reductions */
export const nanstd = (x: ArrayLike, opts: VarOptions = {}): NDArray => lax.sqrt(nanvar(x, opts));

const nanArg = (name: string, f: typeof argmax, fill: number) => (x: ArrayLike, opts: ArgReduceOptions = {}): NDArray => {
  const a = operand(`np.${name}`, x);
  if (!isFloatDType(a.dtype)) return f(a, opts);
  const mask = isnan(a);
  const r = f(select(mask, toDType(fill, a.dtype, false, `np.${name}`), a), opts);
  return select(all(mask, { axis: opts.axis, keepdims: opts.keepdims }), toDType(-1, r.dtype, false, `np.${name}`), r);
};
/** `np.nanargmax(x, { axis, keepdims })`: argmax ignoring NaN; all-NaN slices give -1. @category reductions */
export const nanargmax = nanArg("nanargmax", argmax, -Infinity);
/** `np.nanargmin(x, { axis, keepdims })`: argmin ignoring NaN; all-NaN slices give -1. @category reductions */
export const nanargmin = nanArg("nanargmin", argmin, Infinity);

/** `np.nanquantile(x, q, opts)`: quantile of the non-NaN elements. @category reductions */
export const nanquantile = (x: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): NDArray => quantileImpl("nanquantile", x, q, opts, true);
/** `np.nanpercentile(x, q, opts)`: q in [0, 100]. @category reductions */
export const nanpercentile = (x: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): NDArray =>
  nanquantile(x, lax.div(promoteDTypesInexact("np.nanpercentile", [q])[0], 100), opts);
/** `np.nanmedian(x, { axis, keepdims })`. @category reductions */
export const nanmedian = (x: ArrayLike, opts: Omit<QuantileOptions, "method"> = {}): NDArray => nanquantile(x, 0.5, { ...opts, method: "midpoint" });
