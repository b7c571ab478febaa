// The scatter family (XLA Scatter, as jax.lax.scatter / scatter_add / ...):
// windows of `updates` combined into a copy of `operand` at start indices,
// with JAX's ScatterDimensionNumbers. Updates apply in row-major order of
// `updates`, so for `scatter` the last duplicate wins (reference semantics).

import type { NDArray } from "../core/array.js";
import type { ArrayLike, IndexMode } from "../core/array-types.js";
import type { ShapedArray } from "../core/aval.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive, type Primitive } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { checkDims, dimsInRange, disjoint, isSorted, noDuplicates, type ParsedMode, parseMode, requireIntIndices } from "./gather.js";
import { requireDType, type DTypeClass, laxOperand } from "./util.js";

/** How update windows map into the operand (jax.lax.ScatterDimensionNumbers). @category indexing */
export interface ScatterDimensionNumbers {
  /** Axes of `updates` that are window axes, sorted. */
  readonly updateWindowDims: readonly number[];
  /** Operand axes of window size 1 absent from `updates`, sorted. */
  readonly insertedWindowDims: readonly number[];
  /** Operand axis each entry of an index vector (last axis of indices) starts. */
  readonly scatterDimsToOperandDims: readonly number[];
  readonly operandBatchingDims?: readonly number[];
  readonly scatterIndicesBatchingDims?: readonly number[];
}

export interface ScatterDims {
  readonly updateWindowDims: readonly number[];
  readonly insertedWindowDims: readonly number[];
  readonly scatterDimsToOperandDims: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly scatterIndicesBatchingDims: readonly number[];
}

export interface ScatterParams {
  readonly dimensionNumbers: ScatterDims;
  readonly mode: ParsedMode;
  readonly indicesAreSorted: boolean;
  readonly uniqueIndices: boolean;
  [k: string]: unknown;
}

/** JAX's _scatter_shape_rule (plus its dtype rule): the output is the operand's aval. */
const checkScatter = (name: string, operand: ShapedArray, indices: ShapedArray, updates: ShapedArray, dn: ScatterDims): void => {
  const W = `lax.${name}`;
  const { updateWindowDims: uwd, insertedWindowDims: iwd, scatterDimsToOperandDims: sdod, operandBatchingDims: obd, scatterIndicesBatchingDims: ibd } = dn;
  requireIntIndices(indices.dtype, W);
  if (operand.dtype !== updates.dtype)
    throw new DTypeError(`[${W}] operand and updates must have the same dtype, got ${operand.dtype} and ${updates.dtype}`);
  if (indices.ndim < 1) throw new ShapeError(`[${W}] indices must have rank >= 1 (the last axis is the index vector), got shape ${fmtShape(indices.shape)}`);
  const ivd = indices.ndim - 1;
  const expectedRank = indices.ndim - 1 + uwd.length;
  if (updates.ndim !== expectedRank) throw new ShapeError(`[${W}] updates must have rank ${expectedRank}; got shape ${fmtShape(updates.shape)}`);
  isSorted(uwd, W, "updateWindowDims");
  noDuplicates(uwd, W, "updateWindowDims");
  dimsInRange(uwd, updates.ndim, W, "updateWindowDims");
  isSorted(iwd, W, "insertedWindowDims");
  noDuplicates(iwd, W, "insertedWindowDims");
  dimsInRange(iwd, operand.ndim, W, "insertedWindowDims");
  isSorted(obd, W, "operandBatchingDims");
  noDuplicates(obd, W, "operandBatchingDims");
  dimsInRange(obd, operand.ndim, W, "operandBatchingDims");
  disjoint(iwd, obd, W, "insertedWindowDims", "operandBatchingDims");
  disjoint(sdod, obd, W, "scatterDimsToOperandDims", "operandBatchingDims");
  noDuplicates(ibd, W, "scatterIndicesBatchingDims");
  dimsInRange(ibd, indices.ndim, W, "scatterIndicesBatchingDims");
  if (ibd.includes(ivd)) throw new ShapeError(`[${W}] the index vector axis ${ivd} cannot be a batching dimension; got scatterIndicesBatchingDims [${ibd.join(", ")}]`);
  if (obd.length !== ibd.length)
    throw new ShapeError(`[${W}] operandBatchingDims and scatterIndicesBatchingDims must have equal lengths, got [${obd.join(", ")}] and [${ibd.join(", ")}]`);
  const ob = obd.map((d) => operand.shape[d]);
  const ib = ibd.map((d) => indices.shape[d]);
  if (ob.some((s, i) => s !== ib[i]))
    throw new ShapeError(`[${W}] operand batching dims and indices batching dims must have the same shape, got ${fmtShape(ob)} and ${fmtShape(ib)}`);
  // The scatter (non-window) axes of updates, in order, correspond to the indices' batch axes.
  const updScatterDims = Array.from({ length: updates.ndim }, (_, i) => i).filter((i) => !uwd.includes(i));
  const ub = ibd.map((d) => updates.shape[updScatterDims[d]]);
  if (ob.some((s, i) => s !== ub[i]))
    throw new ShapeError(`[${W}] operand batching dims and updates batching dims must have the same shape, got ${fmtShape(ob)} and ${fmtShape(ub)}`);
  const window = uwd.length + iwd.length + obd.length;
  if (window !== operand.ndim) throw new ShapeError(`[${W}] the window has ${window} axes (update window + inserted + batching); it must match the operand rank ${operand.ndim}`);
  if (sdod.length !== indices.shape[ivd])
    throw new ShapeError(`[${W}] scatterDimsToOperandDims has ${sdod.length} entries but the index vector (last axis of indices ${fmtShape(indices.shape)}) has ${indices.shape[ivd]}; these must be equal`);
  dimsInRange(sdod, operand.ndim, W, "scatterDimsToOperandDims");
  noDuplicates(sdod, W, "scatterDimsToOperandDims");
  const maxSizes = operand.shape.filter((_, i) => !iwd.includes(i) && !obd.includes(i));
  uwd.forEach((d, i) => {
    if (updates.shape[d] > maxSizes[i])
      throw new ShapeError(`[${W}] window axis ${d} of updates has size ${updates.shape[d]}, larger than the operand's corresponding size ${maxSizes[i]}`);
  });
  updScatterDims.forEach((d, k) => {
    if (updates.shape[d] !== indices.shape[k])
      throw new ShapeError(`[${W}] scatter axis ${d} of updates ${fmtShape(updates.shape)} has size ${updates.shape[d]}, but indices ${fmtShape(indices.shape)} have ${indices.shape[k]} there`);
  });
};

const scatterPrimitive = (name: string, cls: DTypeClass): Primitive<ScatterParams> =>
  definePrimitive<ScatterParams>({
    name,
    abstractEval: ([operand, indices, updates], { dimensionNumbers }) => {
      checkScatter(name, operand, indices, updates, dimensionNumbers);
      requireDType(name, operand.dtype, cls);
      return [operand.withDType(operand.dtype, operand.weakType)];
    },
  });

export const scatterP = scatterPrimitive("scatter", "any");
export const scatterAddP = scatterPrimitive("scatter-add", "num");
export const scatterSubP = scatterPrimitive("scatter-sub", "num");
export const scatterMulP = scatterPrimitive("scatter-mul", "num");
export const scatterMinP = scatterPrimitive("scatter-min", "any");
export const scatterMaxP = scatterPrimitive("scatter-max", "any");

/** Options of the lax scatter functions. @category indexing */
export interface ScatterOptions {
  /** Default "fill" (= "drop": out-of-bounds windows are skipped), as jax.lax.scatter. */
  readonly mode?: IndexMode;
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
}

const normScatterDims = (dn: ScatterDimensionNumbers, where: string): ScatterDims => {
  if (dn === null || typeof dn !== "object") throw new ValueError(`[${where}] expected ScatterDimensionNumbers, got ${String(dn)}`);
  return {
    updateWindowDims: checkDims(dn.updateWindowDims, where, "updateWindowDims"),
    insertedWindowDims: checkDims(dn.insertedWindowDims, where, "insertedWindowDims"),
    scatterDimsToOperandDims: checkDims(dn.scatterDimsToOperandDims, where, "scatterDimsToOperandDims"),
    operandBatchingDims: checkDims(dn.operandBatchingDims ?? [], where, "operandBatchingDims"),
    scatterIndicesBatchingDims: checkDims(dn.scatterIndicesBatchingDims ?? [], where, "scatterIndicesBatchingDims"),
  };
};

const scatterFn =
  (p: Primitive<ScatterParams>) =>
  (operand: ArrayLike, scatterIndices: ArrayLike, updates: ArrayLike, dimensionNumbers: ScatterDimensionNumbers, opts: ScatterOptions = {}): NDArray => {
    const where = `lax.${p.name}`;
    const x = laxOperand(operand);
    const idx = laxOperand(scatterIndices, "int32");
    const upd = laxOperand(updates, x.dtype);
    return bind1(p, [x, idx, upd], {
      dimensionNumbers: normScatterDims(dimensionNumbers, where),
      mode: parseMode(opts.mode, "fill", where),
      indicesAreSorted: opts.indicesAreSorted ?? false,
      uniqueIndices: opts.uniqueIndices ?? false,
    });
  };

/**
 * `lax.scatter(operand, indices, updates, dimensionNumbers, opts)`: overwrites
 * windows of a copy of `operand` with `updates` (duplicates: last wins here;
 * XLA leaves the order unspecified).
 * @category indexing
 */
export const scatter = scatterFn(scatterP);
/** `lax.scatterAdd`: adds update windows into the operand. @category indexing */
export const scatterAdd = scatterFn(scatterAddP);
/** `lax.scatterSub`: subtracts update windows from the operand. @category indexing */
export const scatterSub = scatterFn(scatterSubP);
/** `lax.scatterMul`: multiplies the operand by update windows. @category indexing */
export const scatterMul = scatterFn(scatterMulP);
/** `lax.scatterMin`: elementwise minimum (NaN-propagating) with update windows. @category indexing */
export const scatterMin = scatterFn(scatterMinP);
/** `lax.scatterMax`: elementwise maximum (NaN-propagating) with update windows. @category indexing */
export const scatterMax = scatterFn(scatterMaxP);
