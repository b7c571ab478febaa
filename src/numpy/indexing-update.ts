// Functional indexed updates, `x.at(...idx).set(v)` and friends, lowered to
// the scatter family exactly as jax.numpy's _scatter_update: values are
// promoted with x, broadcast to the indexed shape, scattered with default
// mode "drop" (out-of-bounds updates are skipped), and cast back to x's dtype.

import { NDArray } from "../core/array.js";
import type { ArrayLike, AtIndexer, AtOptions, IndexItem } from "../core/array-types.js";
import { fromFlat, scalarArray } from "../core/asarray.js";
import { dtypeInfo } from "../core/dtype.js";
import { IndexError, ValueError } from "../core/errors.js";
import { prod } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import { scatter, scatterAdd, scatterMax, scatterMin, scatterMul, scatterSub, type ScatterDimensionNumbers, type ScatterOptions } from "../lax/scatter.js";
import { reshape } from "../lax/shape.js";
import { broadcastTo } from "../lax/util.js";
import { onesLike } from "./creation.js";
import { indexToGather } from "./index-gather.js";
import { parseIndex } from "./index-parse.js";
import { rewritingTake } from "./indexing.js";
import { divide, power } from "./math.js";
import { asArray, promoteDTypes } from "./util.js";

type ScatterFn = (x: ArrayLike, i: ArrayLike, u: ArrayLike, dn: ScatterDimensionNumbers, o?: ScatterOptions) => NDArray;

/** The update values: JS integers that fit an integer x take its dtype (as JAX), others stay weak. */
const updateValues = (x: NDArray, v: ArrayLike, where: string): NDArray => {
  if (typeof v === "number" && Number.isInteger(v) && (dtypeInfo(x.dtype).kind === "i" || dtypeInfo(x.dtype).kind === "u")) {
    const bits = dtypeInfo(x.dtype).bits;
    const [lo, hi] = dtypeInfo(x.dtype).kind === "i" ? [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1] : [0, 2 ** bits - 1];
    if (v >= lo && v <= hi) return scalarArray(v, x.dtype, false, where);
  }
  return asArray(v, where);
};

/** `x[idx] op= y` without mutation (jax.numpy's _scatter_update). */
export const scatterUpdate = (xIn: ArrayLike, idx: readonly IndexItem[], values: ArrayLike, op: ScatterFn, opts: AtOptions, where: string): NDArray => {
  const x = asArray(xIn, where);
  const y0 = updateValues(x, values, where);
  const parsed = parseIndex(idx, x.shape, where);
  const g = indexToGather(parsed, { normalize: true, check: false, where });
  if (prod(g.sliceShape) === 0) return x;
  const [xp, yp] = promoteDTypes(where, [x, y0]);
  let y: NDArray;
  try {
    y = broadcastTo(yp, g.sliceShape);
  } catch {
    throw new ValueError(`[${where}] values of shape (${yp.shape.join(", ")}) cannot be broadcast to the indexed shape (${g.sliceShape.join(", ")})`);
  }
  y = reshape(y, g.sliceShape.filter((_, i) => !g.newaxisDims.includes(i)));
  const xe = parsed.scalarBoolDims.length > 0 ? reshape(xp, parsed.shape) : xp;
  const indices = g.indices ?? fromFlat([], [0], "int32");
  const dn: ScatterDimensionNumbers = {
    updateWindowDims: g.dnums.offsetDims,
    insertedWindowDims: g.dnums.collapsedSliceDims,
    scatterDimsToOperandDims: g.dnums.startIndexMap,
  };
  let out = op(xe, indices, y, dn, {
    mode: opts.mode,
    indicesAreSorted: (opts.indicesAreSorted ?? false) || g.basic,
    uniqueIndices: (opts.uniqueIndices ?? false) || g.basic,
  });
  if (parsed.scalarBoolDims.length > 0) out = reshape(out, x.shape);
  return out.dtype === x.dtype && out.weakType === x.weakType ? out : convertElementType(out, x.dtype, x.weakType);
};

class IndexUpdateRef implements AtIndexer {
  constructor(
    private readonly x: NDArray,
    private readonly idx: readonly IndexItem[],
  ) {}
  get(opts: AtOptions = {}): NDArray {
    return rewritingTake(this.x, this.idx, opts, "x.at().get");
  }
  set(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatter, opts, "x.at().set");
  }
  add(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatterAdd, opts, "x.at().add");
  }
  subtract(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatterSub, opts, "x.at().subtract");
  }
  multiply(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatterMul, opts, "x.at().multiply");
  }
  /** `x[idx] /= y`: true division of x by the scattered product of the values (as JAX). */
  divide(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return divide(this.x, scatterUpdate(onesLike(this.x), this.idx, values, scatterMul, opts, "x.at().divide"));
  }
  /** `x[idx] **= y`, as JAX: x to the power of the scattered product of the values. */
  power(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return power(this.x, scatterUpdate(onesLike(this.x), this.idx, values, scatterMul, opts, "x.at().power"));
  }
  min(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatterMin, opts, "x.at().min");
  }
  max(values: ArrayLike, opts: AtOptions = {}): NDArray {
    return scatterUpdate(this.x, this.idx, values, scatterMax, opts, "x.at().max");
  }
}

/**
 * `np.at(x, idx)` (also `x.at(...idx)`): functional indexed updates, as JAX's
 * `x.at[idx]`. `idx` is the list of index items (as `np.index`).
 * Updates skip out-of-bounds indices by default (mode "drop"); duplicates
 * accumulate for add/multiply/min/max and the last one wins for set.
 * @example np.at(x, [0, ":"]).set(5) // x.at[0, :].set(5)
 * @category indexing
 */
export const at = (x: ArrayLike, idx: readonly IndexItem[]): AtIndexer => {
  if (!Array.isArray(idx)) throw new IndexError(`[np.at] expected the index as a list of index items (e.g. [0, ":"]), got ${String(idx)}`);
  return new IndexUpdateRef(x instanceof NDArray ? x : asArray(x, "np.at"), idx);
};
