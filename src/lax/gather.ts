// The gather primitive (XLA Gather, as jax.lax.gather): slices of `operand`
// taken at start indices, with JAX's GatherDimensionNumbers and out-of-bounds
// modes. Also the helpers scatter.ts shares: mode parsing and the dimension
// checks of JAX's _gather_shape_rule / _scatter_shape_rule.

import type { NDArray } from "../core/array.js";
import type { ArrayLike, IndexMode } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { type DType, dtypeInfo } from "../core/dtype.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { laxOperand } from "./util.js";

/** A parsed GatherScatterMode: "drop" is the same mode as "fill" (FILL_OR_DROP). */
export type ParsedMode = "clip" | "fill" | "promise_in_bounds";

/** JAX's GatherScatterMode.from_any; `undefined` gives `dflt`. */
export const parseMode = (mode: IndexMode | undefined | null, dflt: ParsedMode, where: string): ParsedMode => {
  if (mode === undefined || mode === null) return dflt;
  if (mode === "clip" || mode === "fill" || mode === "promise_in_bounds") return mode;
  if (mode === "drop") return "fill";
  throw new ValueError(`[${where}] unknown gather/scatter mode ${JSON.stringify(mode)}; expected "clip", "fill", "drop" or "promise_in_bounds"`);
};

/** JAX's default gather fill value: NaN for floats, min for signed, max for unsigned, true for bool. */
export const defaultFillValue = (d: DType): number => {
  const info = dtypeInfo(d);
  if (info.kind === "f") return NaN;
  if (info.kind === "b") return 1;
  if (info.kind === "i") return -(2 ** (info.bits - 1));
  return 2 ** info.bits - 1;
};

// ---- dimension-number checks, mirroring jax._src.lax.slicing ----

export const checkDims = (dims: unknown, where: string, name: string): number[] => {
  if (!Array.isArray(dims) || dims.some((d) => typeof d !== "number" || !Number.isInteger(d)))
    throw new ValueError(`[${where}] ${name} must be an array of integers, got ${JSON.stringify(dims)}`);
  return [...dims];
};
export const isSorted = (dims: readonly number[], where: string, name: string): void => {
  for (let i = 1; i < dims.length; i++)
    if (dims[i] < dims[i - 1]) throw new ShapeError(`[${where}] ${name} must be sorted; got [${dims.join(", ")}]`);
};
export const dimsInRange = (dims: readonly number[], rank: number, where: string, name: string): void => {
  for (const d of dims)
    if (d < 0 || d >= rank) throw new ShapeError(`[${where}] invalid ${name}: valid range is [0, ${rank}); got ${d}`);
};
export const noDuplicates = (dims: readonly number[], where: string, name: string): void => {
  if (new Set(dims).size !== dims.length) throw new ShapeError(`[${where}] ${name} must not repeat; got [${dims.join(", ")}]`);
};
export const disjoint = (a: readonly number[], b: readonly number[], where: string, na: string, nb: string): void => {
  if (a.some((d) => b.includes(d))) throw new ShapeError(`[${where}] ${na} and ${nb} must be disjoint; got [${a.join(", ")}] and [${b.join(", ")}]`);
};
export const requireIntIndices = (d: DType, where: string): void => {
  const k = dtypeInfo(d).kind;
  if (k !== "i" && k !== "u") throw new DTypeError(`[${where}] indices must have an integer dtype, got ${d}`);
};

/** How gather slices map to the output (jax.lax.GatherDimensionNumbers). @category indexing */
export interface GatherDimensionNumbers {
  /** Output axes that hold the slice (offset) axes, sorted. */
  readonly offsetDims: readonly number[];
  /** Operand axes of slice size 1 dropped from the output, sorted. */
  readonly collapsedSliceDims: readonly number[];
  /** Operand axis each entry of an index vector (the last axis of indices) starts. */
  readonly startIndexMap: readonly number[];
  readonly operandBatchingDims?: readonly number[];
  readonly startIndicesBatchingDims?: readonly number[];
}

/** The normalized, JSON-plain dimension numbers stored in params. */
export interface GatherDims {
  readonly offsetDims: readonly number[];
  readonly collapsedSliceDims: readonly number[];
  readonly startIndexMap: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly startIndicesBatchingDims: readonly number[];
}

export interface GatherParams {
  readonly dimensionNumbers: GatherDims;
  readonly sliceSizes: readonly number[];
  readonly mode: ParsedMode;
  /** The value of out-of-bounds slices in mode "fill" (null otherwise). */
  readonly fillValue: number | null;
  readonly indicesAreSorted: boolean;
  readonly uniqueIndices: boolean;
  [k: string]: unknown;
}

const W = "lax.gather";

/** JAX's _gather_shape_rule: validates everything and returns the output shape. */
const gatherShape = (operand: ShapedArray, indices: ShapedArray, p: GatherParams): number[] => {
  const { offsetDims, collapsedSliceDims: collapsed, startIndexMap, operandBatchingDims: obd, startIndicesBatchingDims: ibd } = p.dimensionNumbers;
  const sliceSizes = p.sliceSizes;
  if (indices.ndim < 1) throw new ShapeError(`[${W}] indices must have rank >= 1 (the last axis is the index vector), got shape ${fmtShape(indices.shape)}`);
  const ivd = indices.ndim - 1;
  isSorted(offsetDims, W, "offsetDims");
  noDuplicates(offsetDims, W, "offsetDims");
  const outRank = offsetDims.length + indices.ndim - 1;
  dimsInRange(offsetDims, outRank, W, "offsetDims");
  if (startIndexMap.length !== indices.shape[ivd])
    throw new ShapeError(`[${W}] startIndexMap has ${startIndexMap.length} entries but the index vector (last axis of indices ${fmtShape(indices.shape)}) has ${indices.shape[ivd]}; these must be equal`);
  dimsInRange(startIndexMap, operand.ndim, W, "startIndexMap");
  noDuplicates(startIndexMap, W, "startIndexMap");
  isSorted(collapsed, W, "collapsedSliceDims");
  dimsInRange(collapsed, operand.ndim, W, "collapsedSliceDims");
  noDuplicates(collapsed, W, "collapsedSliceDims");
  noDuplicates(obd, W, "operandBatchingDims");
  isSorted(obd, W, "operandBatchingDims");
  dimsInRange(obd, operand.ndim, W, "operandBatchingDims");
  disjoint(collapsed, obd, W, "collapsedSliceDims", "operandBatchingDims");
  disjoint(startIndexMap, obd, W, "startIndexMap", "operandBatchingDims");
  noDuplicates(ibd, W, "startIndicesBatchingDims");
  dimsInRange(ibd, indices.ndim, W, "startIndicesBatchingDims");
  if (ibd.includes(ivd)) throw new ShapeError(`[${W}] the index vector axis ${ivd} cannot be a batching dimension; got startIndicesBatchingDims [${ibd.join(", ")}]`);
  if (obd.length !== ibd.length)
    throw new ShapeError(`[${W}] operandBatchingDims and startIndicesBatchingDims must have equal lengths, got [${obd.join(", ")}] and [${ibd.join(", ")}]`);
  const ob = obd.map((d) => operand.shape[d]);
  const ib = ibd.map((d) => indices.shape[d]);
  if (ob.some((s, i) => s !== ib[i]))
    throw new ShapeError(`[${W}] operand batching dims and indices batching dims must have the same shape, got ${fmtShape(ob)} and ${fmtShape(ib)}`);
  if (sliceSizes.length !== operand.ndim)
    throw new ShapeError(`[${W}] needs one slice size per operand axis; got ${sliceSizes.length} slice sizes for operand of shape ${fmtShape(operand.shape)}`);
  if (sliceSizes.length !== offsetDims.length + collapsed.length + obd.length)
    throw new ShapeError(
      `[${W}] every operand axis must be an offset, collapsed or batching dim; got ${sliceSizes.length} slice sizes, offsetDims [${offsetDims.join(", ")}], collapsedSliceDims [${collapsed.join(", ")}], operandBatchingDims [${obd.join(", ")}]`,
    );
  const emptyIndices = indices.shape.some((s) => s === 0);
  sliceSizes.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0 || (!emptyIndices && s > operand.shape[i]))
      throw new ShapeError(`[${W}] slice size at index ${i} is out of range: must be within [0, ${operand.shape[i]}], got ${s}`);
  });
  collapsed.forEach((d, i) => {
    if (sliceSizes[d] !== 1) throw new ShapeError(`[${W}] can only collapse slice dims of size 1, but size is ${sliceSizes[d]} for axis ${d} at position ${i}`);
  });
  obd.forEach((d, i) => {
    if (sliceSizes[d] > 1) throw new ShapeError(`[${W}] operand batching dims must have slice size 0 or 1, but size is ${sliceSizes[d]} for axis ${d} at position ${i}`);
  });
  const batchShape = indices.shape.slice(0, ivd);
  const offsetSizes = sliceSizes.filter((_, i) => !collapsed.includes(i) && !obd.includes(i));
  let bi = 0;
  let oi = 0;
  return Array.from({ length: outRank }, (_, i) => (offsetDims.includes(i) ? offsetSizes[oi++] : batchShape[bi++]));
};

/** Gathers slices of an operand; see `gather`. @category primitives */
export const gatherP = definePrimitive<GatherParams>({
  name: "gather",
  abstractEval: ([operand, indices], params) => {
    requireIntIndices(indices.dtype, W);
    return [new ShapedArray(gatherShape(operand, indices, params), operand.dtype, operand.weakType)];
  },
});

/** Normalizes user dimension numbers (optional batching dims default to []). */
const normGatherDims = (dn: GatherDimensionNumbers, where = W): GatherDims => {
  if (dn === null || typeof dn !== "object") throw new ValueError(`[${where}] expected GatherDimensionNumbers, got ${String(dn)}`);
  return {
    offsetDims: checkDims(dn.offsetDims, where, "offsetDims"),
    collapsedSliceDims: checkDims(dn.collapsedSliceDims, where, "collapsedSliceDims"),
    startIndexMap: checkDims(dn.startIndexMap, where, "startIndexMap"),
    operandBatchingDims: checkDims(dn.operandBatchingDims ?? [], where, "operandBatchingDims"),
    startIndicesBatchingDims: checkDims(dn.startIndicesBatchingDims ?? [], where, "startIndicesBatchingDims"),
  };
};

/** Options of `lax.gather`. @category indexing */
export interface GatherOptions {
  /** Default "promise_in_bounds" (XLA clamps), as jax.lax.gather. */
  readonly mode?: IndexMode;
  /** Value of out-of-bounds slices in mode "fill" (default: NaN, min int, max uint, true). */
  readonly fillValue?: number | boolean;
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
}

/**
 * `lax.gather(operand, startIndices, dimensionNumbers, sliceSizes, opts)`:
 * XLA's Gather. The last axis of `startIndices` is the index vector.
 * Mode "clip" clamps starts so each slice is in bounds; "fill" returns
 * `fillValue` for any slice that would leave the operand.
 * @example lax.gather(x, idx, { offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0] }, [1])
 * @category indexing
 */
export const gather = (operand: ArrayLike, startIndices: ArrayLike, dimensionNumbers: GatherDimensionNumbers, sliceSizes: readonly number[], opts: GatherOptions = {}): NDArray => {
  const x = laxOperand(operand);
  const idx = laxOperand(startIndices, "int32");
  const mode = parseMode(opts.mode, "promise_in_bounds", W);
  if (!Array.isArray(sliceSizes)) throw new ValueError(`[${W}] sliceSizes must be an array of integers, got ${String(sliceSizes)}`);
  let fillValue: number | null = null;
  if (mode === "fill") {
    const f = opts.fillValue ?? defaultFillValue(x.dtype);
    if (typeof f !== "number" && typeof f !== "boolean") throw new ValueError(`[${W}] fillValue must be a number or boolean, got ${typeof f}`);
    fillValue = Number(f);
  }
  return bind1(gatherP, [x, idx], {
    dimensionNumbers: normGatherDims(dimensionNumbers),
    sliceSizes: [...sliceSizes],
    mode,
    fillValue,
    indicesAreSorted: opts.indicesAreSorted ?? false,
    uniqueIndices: opts.uniqueIndices ?? false,
  });
};
