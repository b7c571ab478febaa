// Reductions of jaxts/numpy: sum, prod, max/min (amax/amin), all, any, mean,
// ptp, countNonzero, argmax/argmin. One `reduction` helper mirrors JAX's
// _reduction: result dtypes (small ints sum as int32/uint32, f16 sums in
// f32), `where` masks, `initial` values, keepdims, and the empty-axis errors.

import type { NDArray } from "../core/array.js";
import type { ArgReduceOptions, ArrayLike, Axis, ReduceOptions } from "../core/array-types.js";
import { canonicalize, type DType, defaultInt, defaultUInt, dtypeInfo } from "../core/dtype.js";
import { iinfo } from "../core/dtype-info.js";
import { DTypeError, ValueError } from "../core/errors.js";
import { normalizeAxes, normalizeAxis, prod as shapeProd } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import * as lax from "../lax/elementwise.js";
import * as red from "../lax/reduce.js";
import { expandDims, reshape } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { cast, isFloatDType, operand, select, toBool, toInexact, toNumeric, userDType } from "./math-util.js";
import { toDType } from "./util.js";

type Op = "sum" | "prod" | "max" | "min" | "and" | "or";
const LAX_REDUCE: Record<Op, (x: NDArray, axes: readonly number[]) => NDArray> = {
  sum: red.reduceSum,
  prod: red.reduceProd,
  max: red.reduceMax,
  min: red.reduceMin,
  and: red.reduceAnd,
  or: red.reduceOr,
};
const LAX_BINARY: Record<Op, (x: NDArray, y: NDArray) => NDArray> = {
  sum: lax.add,
  prod: lax.mul,
  max: lax.max,
  min: lax.min,
  and: lax.bitwiseAnd,
  or: lax.bitwiseOr,
};
// Bool computations use logical ops, as JAX's bool_op.
const BOOL_OP: Record<Op, Op> = { sum: "or", prod: "and", max: "or", min: "and", and: "and", or: "or" };

/** JAX's _promote_integer_dtype: bool/small ints accumulate in the default int/uint. */
export const promoteIntegerDType = (d: DType): DType => {
  const info = dtypeInfo(d);
  if (d === "bool") return canonicalize(defaultInt());
  const di = canonicalize(info.kind === "u" ? defaultUInt() : defaultInt());
  if ((info.kind === "u" || info.kind === "i") && info.bits < dtypeInfo(di).bits) return di;
  return d;
};
/** float16/bfloat16 compute in float32 (JAX's _upcast_f16). */
export const upcastF16 = (d: DType): DType => (d === "float16" || d === "bfloat16" ? "float32" : d);

/** The init value of a reduction in dtype `d`, as JAX's _reduction_init_val. */
const initValue = (d: DType, v: number): NDArray => {
  if (d === "bool") return toDType(v > 0, "bool", false, "reduce");
  if (!isFloatDType(d) && !Number.isFinite(v)) {
    const i = iinfo(d);
    const lim = v < 0 ? i.min : i.max;
    return toDType(Number(lim), d, false, "reduce");
  }
  return toDType(v, d, false, "reduce");
};

/** A `where` mask: bool, broadcast to the operand's shape. */
const whereMask = (where: string, w: ArrayLike, shape: readonly number[]): NDArray => {
  const m = operand(where, w);
  if (m.dtype !== "bool") throw new DTypeError(`[${where}] where must be a boolean array, got ${m.dtype}`);
  return broadcastTo(m, shape);
};

interface Spec {
  readonly name: string;
  readonly op: Op;
  /** Identity in the op's terms (-inf/inf for max/min: they have none). */
  readonly init: number;
  readonly hasIdentity: boolean;
  readonly preproc?: (x: NDArray) => NDArray;
  readonly upcastF16?: boolean;
  readonly promoteIntegers?: boolean;
}

/** The generic reduction (JAX's _reduction). */
const reduction = (x: ArrayLike, spec: Spec, opts: ReduceOptions = {}): NDArray => {
  const where = `np.${spec.name}`;
  let a = operand(where, x);
  if (opts.initial == null && !spec.hasIdentity && opts.where != null)
    throw new ValueError(`[${where}] reduction operation ${spec.name} does not have an identity, so to use a where mask one has to specify 'initial'`);
  if (spec.preproc) a = spec.preproc(a);
  const axes = normalizeAxes(opts.axis, a.ndim, where);
  if (opts.initial == null && !spec.hasIdentity && axes.some((d) => a.shape[d] === 0))
    throw new ValueError(`[${where}] zero-size array to reduction operation ${spec.name} which has no identity`);
  const resultDType = opts.dtype != null ? userDType(opts.dtype, where) : spec.promoteIntegers ? promoteIntegerDType(a.dtype) : a.dtype;
  const compDType = spec.upcastF16 && opts.dtype == null ? upcastF16(resultDType) : resultDType;
  a = cast(a, compDType);
  const op = compDType === "bool" ? BOOL_OP[spec.op] : spec.op;
  if (opts.where != null) a = select(whereMask(where, opts.where, a.shape), a, initValue(compDType, spec.init));
  let result = LAX_REDUCE[op](a, axes);
  if (opts.initial != null) {
    if (typeof opts.initial !== "number" && typeof opts.initial !== "boolean")
      throw new ValueError(`[${where}] initial must be a scalar, got ${typeof opts.initial}`);
    result = LAX_BINARY[op](toDType(opts.initial, compDType, false, where), result);
  }
  if (opts.keepdims) result = expandDims(result, axes);
  return convertElementType(result, resultDType);
};

const numericPre = (x: NDArray): NDArray => cast(x, toNumeric(x.dtype));

/** `np.sum(x, { axis, keepdims, dtype, where, initial })`: bool/small ints sum as int32 (uint32). @category reductions */
export const sum = (x: ArrayLike, opts: ReduceOptions = {}): NDArray =>
  reduction(x, { name: "sum", op: "sum", init: 0, hasIdentity: true, preproc: numericPre, upcastF16: true, promoteIntegers: true }, opts);

/** `np.prod(x, opts)`: as sum, with products. @category reductions */
export const prod = (x: ArrayLike, opts: ReduceOptions = {}): NDArray =>
  reduction(x, { name: "prod", op: "prod", init: 1, hasIdentity: true, preproc: numericPre, upcastF16: true, promoteIntegers: true }, opts);

/** `np.max(x, { axis, keepdims, initial, where })`: empty axes need `initial`. @category reductions */
export const max = (x: ArrayLike, opts: Omit<ReduceOptions, "dtype"> = {}): NDArray =>
  reduction(x, { name: "max", op: "max", init: -Infinity, hasIdentity: false }, { ...opts, dtype: undefined });
/** `np.min(x, opts)`: empty axes need `initial`. @category reductions */
export const min = (x: ArrayLike, opts: Omit<ReduceOptions, "dtype"> = {}): NDArray =>
  reduction(x, { name: "min", op: "min", init: Infinity, hasIdentity: false }, { ...opts, dtype: undefined });
/** `np.amax`, alias of max. @category reductions */
export const amax = max;
/** `np.amin`, alias of min. @category reductions */
export const amin = min;

/** `np.all(x, { axis, keepdims, where })`: bool result. @category reductions */
export const all = (x: ArrayLike, opts: Pick<ReduceOptions, "axis" | "keepdims" | "where"> = {}): NDArray =>
  reduction(x, { name: "all", op: "and", init: 1, hasIdentity: true, preproc: toBool }, { axis: opts.axis, keepdims: opts.keepdims, where: opts.where });
/** `np.any(x, { axis, keepdims, where })`: bool result. @category reductions */
export const any = (x: ArrayLike, opts: Pick<ReduceOptions, "axis" | "keepdims" | "where"> = {}): NDArray =>
  reduction(x, { name: "any", op: "or", init: 0, hasIdentity: true, preproc: toBool }, { axis: opts.axis, keepdims: opts.keepdims, where: opts.where });

/** The number of elements reduced, as `dtype` (JAX's _count). */
export const countOf = (a: NDArray, axis: Axis | undefined, keepdims: boolean, where: ArrayLike | undefined, dtype: DType, name: string): NDArray => {
  if (where == null) {
    const axes = normalizeAxes(axis, a.ndim, name);
    return toDType(shapeProd(axes.map((d) => a.shape[d])), dtype, false, name);
  }
  return sum(whereMask(name, where, a.shape), { axis, dtype, keepdims });
};

/** `np.mean(x, { axis, keepdims, dtype, where })`: ints and bools average as float32. @category reductions */
export const mean = (x: ArrayLike, opts: Omit<ReduceOptions, "initial"> = {}): NDArray => {
  const a = operand("np.mean", x);
  const resultDType = opts.dtype != null ? userDType(opts.dtype, "np.mean") : toInexact(a.dtype);
  const comp = opts.dtype == null ? upcastF16(resultDType) : resultDType;
  const n = countOf(a, opts.axis, !!opts.keepdims, opts.where, comp, "np.mean");
  const s = sum(a, { axis: opts.axis, dtype: comp, keepdims: opts.keepdims, where: opts.where });
  return convertElementType(lax.div(s, n), resultDType);
};

/** `np.ptp(x, { axis, keepdims })`: max - min. @category reductions */
export const ptp = (x: ArrayLike, opts: Pick<ReduceOptions, "axis" | "keepdims"> = {}): NDArray => {
  const a = operand("np.ptp", x);
  if (a.dtype === "bool") throw new DTypeError(`[np.ptp] expected a numeric dtype, got bool`);
  return lax.sub(max(a, opts), min(a, opts));
};

/** `np.countNonzero(x, { axis, keepdims })`: the default int dtype. @category reductions */
export const countNonzero = (x: ArrayLike, opts: Pick<ReduceOptions, "axis" | "keepdims"> = {}): NDArray => {
  const a = operand("np.count_nonzero", x);
  return sum(toBool(a), { axis: opts.axis, keepdims: opts.keepdims, dtype: canonicalize(defaultInt()) });
};

const argReduce = (name: string, f: typeof red.argmax) => (x: ArrayLike, opts: ArgReduceOptions = {}): NDArray => {
  let a = operand(`np.${name}`, x);
  let axis: number;
  let dims: number[];
  if (opts.axis == null) {
    dims = a.shape.map((_, i) => i);
    a = reshape(a, [a.size]);
    axis = 0;
  } else {
    axis = normalizeAxis(opts.axis, a.ndim, `np.${name}`);
    dims = [axis];
  }
  if (a.shape[axis] === 0) throw new ValueError(`[np.${name}] attempt to get ${name} of an empty sequence`);
  const r = f(a, axis, canonicalize(defaultInt()));
  return opts.keepdims ? expandDims(r, dims) : r;
};

/** `np.argmax(x, { axis, keepdims })`: first index of the maximum (NaN wins); int32. @category reductions */
export const argmax = argReduce("argmax", red.argmax);
/** `np.argmin(x, { axis, keepdims })`: first index of the minimum (NaN wins); int32. @category reductions */
export const argmin = argReduce("argmin", red.argmin);
