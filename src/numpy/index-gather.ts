// Lowering of a parsed NumPy index to one lax.gather (jax.numpy's
// _index_to_gather): advanced indices (integer arrays and, with them, integer
// scalars) broadcast together and land in place when adjacent, else in
// front; slices become offset dims (unit step) or index arrays (other steps).
// The same indexer drives scatters for `x.at(...)` updates.

import type { NDArray } from "../core/array.js";
import { fromFlat } from "../core/asarray.js";
import { dtypeInfo } from "../core/dtype.js";
import { IndexError, JaxtsError } from "../core/errors.js";
import { broadcastShapes } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import { add, lt, selectN } from "../lax/elementwise.js";
import type { GatherDims } from "../lax/gather.js";
import { concatenate } from "../lax/shape-pad.js";
import { broadcastInDim, reshape } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { canonicalizeSlice, type ParsedIndex } from "./index-parse.js";

/** Everything a gather (or the matching scatter) needs for one index expression. */
export interface GatherIndexer {
  /** Shape of the result, newaxis dims included. */
  readonly sliceShape: readonly number[];
  /** `sliceSizes` of the gather. */
  readonly gatherSliceShape: readonly number[];
  /** Start indices (int32, last axis is the index vector), or null when no axis is indexed. */
  readonly indices: NDArray | null;
  readonly dnums: GatherDims;
  /** Positions in `sliceShape` of newaxis dims (absent from the gather output). */
  readonly newaxisDims: readonly number[];
  /** True without advanced indices: starts are unique and sorted. */
  readonly basic: boolean;
}

/** Converts an integer index array to int32 and wraps negative entries (normalize_index). */
const normalizeArray = (a: NDArray, size: number, normalize: boolean): NDArray => {
  const signed = dtypeInfo(a.dtype).kind === "i";
  const i = a.dtype === "int32" ? a : convertElementType(a, "int32");
  if (!normalize || !signed) return i;
  return selectN(lt(i, 0), i, add(i, size));
};

const staticInt = (v: number, size: number, axis: number, normalize: boolean, check: boolean, where: string): number => {
  if (size === 0) throw new IndexError(`[${where}] index ${v} is out of bounds for axis ${axis} with size 0`);
  if (check && (v >= size || v < -size)) throw new IndexError(`[${where}] index ${v} is out of bounds for axis ${axis} with size ${size}`);
  return normalize && v < 0 ? v + size : v;
};

/**
 * Builds the gather for `parsed` (jax.numpy's _index_to_gather). `check`
 * makes static integers out of range an IndexError (NumPy's behavior).
 */
export const indexToGather = (parsed: ParsedIndex, opts: { normalize: boolean; check: boolean; where: string }): GatherIndexer => {
  const { entries, shape } = parsed;
  const { normalize, check, where } = opts;
  const hasArray = entries.some((e) => e.kind === "array");
  const isAdv = (k: string) => hasArray && (k === "array" || k === "int");
  const advPos = entries.map((e, i) => (isAdv(e.kind) ? i : -1)).filter((i) => i >= 0);
  const contiguous = advPos.every((p, k) => k === 0 || p === advPos[k - 1] + 1);

  // Advanced indices as int32 arrays (x axis known for each), broadcast together.
  const advArrays: NDArray[] = [];
  const advAxes: number[] = [];
  let ax = 0;
  entries.forEach((e) => {
    if (e.kind === "newaxis") return;
    if (isAdv(e.kind)) {
      advAxes.push(ax);
      if (e.kind === "array") advArrays.push(normalizeArray(e.arr, shape[ax], normalize));
      else if (e.kind === "int") advArrays.push(fromFlat([staticInt(e.value, shape[ax], ax, normalize, check, where)], [], "int32"));
    }
    ax++;
  });
  let advShape: number[] = [];
  if (advArrays.length > 0) {
    try {
      advShape = broadcastShapes(advArrays.map((a) => a.shape), where);
    } catch (err) {
      if (err instanceof JaxtsError) throw new IndexError(`[${where}] shape mismatch: indexing arrays could not be broadcast together: ${err.message}`);
      throw err;
    }
  }

  const offsetDims: number[] = [];
  const collapsed: number[] = [];
  const startIndexMap: number[] = [];
  const gatherIndices: [NDArray, number][] = [];
  const gatherIndicesShape: number[] = [];
  const sliceShape: number[] = [];
  const newaxisDims: number[] = [];
  const gatherSliceShape: number[] = [];
  let xAxis = 0;
  let yAxis = 0;
  let collapsedY = 0;
  entries.forEach((e, pos) => {
    if (advArrays.length > 0 && ((contiguous && pos === advPos[0]) || (!contiguous && pos === 0))) {
      const start = gatherIndicesShape.length;
      for (const a of advArrays) gatherIndices.push([broadcastTo(a, advShape), start]);
      gatherIndicesShape.push(...advShape);
      startIndexMap.push(...advAxes);
      collapsed.push(...advAxes);
      sliceShape.push(...advShape);
      yAxis += advShape.length;
      collapsedY += advShape.length;
    }
    if (isAdv(e.kind)) {
      xAxis++;
      gatherSliceShape.push(1);
      return;
    }
    if (e.kind === "int") {
      const v = staticInt(e.value, shape[xAxis], xAxis, normalize, check, where);
      gatherIndices.push([fromFlat([v], [], "int32"), gatherIndicesShape.length]);
      collapsed.push(xAxis);
      gatherSliceShape.push(1);
      startIndexMap.push(xAxis);
      xAxis++;
    } else if (e.kind === "newaxis") {
      sliceShape.push(1);
      newaxisDims.push(yAxis);
      yAxis++;
    } else if (e.kind === "slice") {
      const { start, step, size } = canonicalizeSlice(e.slice, shape[xAxis]);
      sliceShape.push(size);
      if (step === 1) {
        if (size !== shape[xAxis]) {
          gatherIndices.push([fromFlat([start], [], "int32"), gatherIndicesShape.length]);
          startIndexMap.push(xAxis);
        }
        gatherSliceShape.push(size);
        offsetDims.push(collapsedY);
      } else {
        // Strided slices gather one element per position (descending for negative steps).
        const idx = Array.from({ length: size }, (_, i) => start + step * i);
        gatherIndices.push([fromFlat(idx, [size], "int32"), gatherIndicesShape.length]);
        gatherSliceShape.push(1);
        startIndexMap.push(xAxis);
        gatherIndicesShape.push(size);
        collapsed.push(xAxis);
      }
      collapsedY++;
      yAxis++;
      xAxis++;
    }
  });

  let indices: NDArray | null = null;
  if (gatherIndices.length === 1) {
    const [g] = gatherIndices[0];
    indices = reshape(g, [...g.shape, 1]);
  } else if (gatherIndices.length > 1) {
    const target = [...gatherIndicesShape, 1];
    indices = concatenate(
      gatherIndices.map(([g, i]) => broadcastInDim(g, target, g.shape.map((_, k) => i + k))),
      gatherIndicesShape.length,
    );
  }
  return {
    sliceShape,
    gatherSliceShape,
    indices,
    dnums: {
      offsetDims,
      collapsedSliceDims: [...collapsed].sort((a, b) => a - b),
      startIndexMap,
      operandBatchingDims: [],
      startIndicesBatchingDims: [],
    },
    newaxisDims,
    basic: !hasArray,
  };
};
