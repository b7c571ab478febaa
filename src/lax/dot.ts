// dot_general (XLA DotGeneral, as jax.lax.dot_general): contraction over
// paired axes with batch axes; output layout is (batch, lhs free, rhs free).
// Mixed input dtypes follow JAX's rule (the "higher precision" type wins);
// `preferredElementType` widens the result. Also `lax.dot` for vectors/matrices.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { canonicalize, checkDType, type DType, dtypeInfo } from "../core/dtype.js";
import { finfo } from "../core/dtype-info.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { laxOperand } from "./util.js";

/** `[[lhsContract, rhsContract], [lhsBatch, rhsBatch]]`, as JAX. @category linalg */
export type DotDimensionNumbers = readonly [
  readonly [readonly number[], readonly number[]],
  readonly [readonly number[], readonly number[]],
];

export interface DotGeneralParams {
  readonly dimensionNumbers: DotDimensionNumbers;
  readonly preferredElementType: DType | null;
  [k: string]: unknown;
}

const W = "lax.dot_general";

/** JAX's type_properties ordering (XLA's HigherPrecisionType) as a comparable tuple. */
const typeProps = (d: DType): number[] => {
  const info = dtypeInfo(d);
  const f = info.kind === "f" ? finfo(d) : null;
  return [f ? f.maxexp : -1, f ? f.nmant : -1, info.kind === "b" ? 1 : info.bits, info.kind === "u" ? 0 : 1];
};
const cmpProps = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** The dtype a dot_general of `lhs` and `rhs` yields before `preferredElementType`. */
const resultCache = new Map<string, DType>();

export const dotResultDType = (lhs: DType, rhs: DType): DType => {
  // Memoized per dtype pair: it runs in abstractEval and the native encoder of every dot.
  const key = `${lhs},${rhs}`;
  const hit = resultCache.get(key);
  if (hit !== undefined) return hit;
  const r = dotResultDTypeUncached(lhs, rhs);
  resultCache.set(key, r);
  return r;
};

const dotResultDTypeUncached = (lhs: DType, rhs: DType): DType => {
  const c = cmpProps(typeProps(lhs), typeProps(rhs));
  if (c > 0) return lhs;
  if (c < 0) return rhs;
  if (lhs !== rhs) throw new DTypeError(`[${W}] argument type error: ${lhs}, ${rhs}`);
  return lhs;
};

/** JAX's _dot_general_dtype_rule including _maybe_upcast. */
const dotOutDType = (lhs: DType, rhs: DType, preferred: DType | null): DType => {
  const r = dotResultDType(lhs, rhs);
  if (preferred === null || preferred === r) return r;
  const bits = (d: DType) => (d === "bool" ? 1 : dtypeInfo(d).bits);
  if (dtypeInfo(r).kind !== "f" && bits(preferred) < bits(r))
    throw new DTypeError(`[${W}] preferredElementType must not be narrower than the original type, got preferredElementType ${preferred} for result type ${r}`);
  return preferred;
};

/** JAX's _dot_general_shape_rule: validates and returns the output shape. */
const dotGeneralShape = (lhs: readonly number[], rhs: readonly number[], dn: DotDimensionNumbers): number[] => {
  const [[lc, rc], [lb, rb]] = dn;
  const inRange = (ds: readonly number[], n: number) => ds.every((d) => Number.isInteger(d) && d >= 0 && d < n);
  if (!inRange(lc, lhs.length) || !inRange(lb, lhs.length))
    throw new ShapeError(`[${W}] lhs dimension numbers must be in [0, ${lhs.length}) for lhs ${fmtShape(lhs)}, got lhsBatch [${lb.join(", ")}] and lhsContract [${lc.join(", ")}]`);
  if (!inRange(rc, rhs.length) || !inRange(rb, rhs.length))
    throw new ShapeError(`[${W}] rhs dimension numbers must be in [0, ${rhs.length}) for rhs ${fmtShape(rhs)}, got rhsBatch [${rb.join(", ")}] and rhsContract [${rc.join(", ")}]`);
  if (lb.length !== rb.length) throw new ShapeError(`[${W}] needs equal numbers of lhs and rhs batch dims, got [${lb.join(", ")}] and [${rb.join(", ")}]`);
  if (lc.length !== rc.length) throw new ShapeError(`[${W}] needs equal numbers of lhs and rhs contracting dims, got [${lc.join(", ")}] and [${rc.join(", ")}]`);
  const distinct = (ds: readonly number[], what: string) => {
    if (new Set(ds).size !== ds.length) throw new ShapeError(`[${W}] ${what} dimensions must be distinct, got [${ds.join(", ")}]`);
  };
  distinct(lb, "lhs batch");
  distinct(rb, "rhs batch");
  distinct(lc, "lhs contracting");
  distinct(rc, "rhs contracting");
  if (lb.some((d) => lc.includes(d))) throw new ShapeError(`[${W}] lhs batch dims [${lb.join(", ")}] must be disjoint from contracting dims [${lc.join(", ")}]`);
  if (rb.some((d) => rc.includes(d))) throw new ShapeError(`[${W}] rhs batch dims [${rb.join(", ")}] must be disjoint from contracting dims [${rc.join(", ")}]`);
  const lbs = lb.map((d) => lhs[d]);
  const rbs = rb.map((d) => rhs[d]);
  if (lbs.some((s, i) => s !== rbs[i])) throw new ShapeError(`[${W}] lhs batch dims and rhs batch dims must have the same shape, got ${fmtShape(lbs)} and ${fmtShape(rbs)}`);
  const lcs = lc.map((d) => lhs[d]);
  const rcs = rc.map((d) => rhs[d]);
  if (lcs.some((s, i) => s !== rcs[i])) throw new ShapeError(`[${W}] contracting dims must have the same shape, got ${fmtShape(lcs)} and ${fmtShape(rcs)}`);
  const lFree = lhs.filter((_, i) => !lc.includes(i) && !lb.includes(i));
  const rFree = rhs.filter((_, i) => !rc.includes(i) && !rb.includes(i));
  return [...lbs, ...lFree, ...rFree];
};

/** Contraction of lhs and rhs; see `dotGeneral`. @category primitives */
export const dotGeneralP = definePrimitive<DotGeneralParams>({
  name: "dot_general",
  abstractEval: ([lhs, rhs], { dimensionNumbers, preferredElementType }) => {
    const shape = dotGeneralShape(lhs.shape, rhs.shape, dimensionNumbers);
    const d = dotOutDType(lhs.dtype, rhs.dtype, preferredElementType);
    return [new ShapedArray(shape, d, lhs.weakType && rhs.weakType && preferredElementType === null)];
  },
});

const dimList = (x: unknown, what: string): number[] => {
  if (!Array.isArray(x) || x.some((d) => typeof d !== "number" || !Number.isInteger(d)))
    throw new ValueError(`[${W}] ${what} must be an array of integers, got ${JSON.stringify(x)}`);
  return [...x];
};

/** Options of `lax.dotGeneral`. @category linalg */
export interface DotOptions {
  /** Accumulate and return in this dtype (JAX's preferred_element_type). */
  readonly preferredElementType?: DType;
}

/**
 * `lax.dotGeneral(lhs, rhs, [[lhsContract, rhsContract], [lhsBatch, rhsBatch]])`.
 * Output axes: batch, then lhs free axes, then rhs free axes. Integer sums wrap
 * in the result dtype; float16/bfloat16 accumulate in float32; bool is "or of ands".
 * @example lax.dotGeneral(a, b, [[[1], [0]], [[], []]]) // matrix product
 * @category linalg
 */
export const dotGeneral = (lhs: ArrayLike, rhs: ArrayLike, dimensionNumbers: DotDimensionNumbers, opts: DotOptions = {}): NDArray => {
  const a = laxOperand(lhs);
  const b = laxOperand(rhs, a.dtype);
  if (!Array.isArray(dimensionNumbers) || dimensionNumbers.length !== 2 || !Array.isArray(dimensionNumbers[0]) || !Array.isArray(dimensionNumbers[1]))
    throw new ValueError(`[${W}] dimensionNumbers must be [[lhsContract, rhsContract], [lhsBatch, rhsBatch]], got ${JSON.stringify(dimensionNumbers)}`);
  const [[lc, rc], [lb, rb]] = dimensionNumbers;
  const dn: DotDimensionNumbers = [
    [dimList(lc, "lhsContract"), dimList(rc, "rhsContract")],
    [dimList(lb, "lhsBatch"), dimList(rb, "rhsBatch")],
  ];
  const pref = opts.preferredElementType === undefined ? null : canonicalize(checkDType(opts.preferredElementType, W));
  return bind1(dotGeneralP, [a, b], { dimensionNumbers: dn, preferredElementType: pref });
};

/**
 * `lax.dot(x, y)`: vector·vector, matrix·vector, vector·matrix or matrix·matrix
 * (contracts the last axis of x with the first axis of y; ranks 1 or 2).
 * @category linalg
 */
export const dot = (x: ArrayLike, y: ArrayLike, opts: DotOptions = {}): NDArray => {
  const a = laxOperand(x);
  const b = laxOperand(y, a.dtype);
  if (a.ndim < 1 || a.ndim > 2 || b.ndim < 1 || b.ndim > 2)
    throw new ShapeError(`[lax.dot] expects ranks 1 or 2, got shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  return dotGeneral(a, b, [[[a.ndim - 1], [0]], [[], []]], opts);
};
