// Set routines of jaxts/numpy: unique (optionally along an axis, with first
// indices, inverse and counts, and a static `size`) and the array-API forms
// uniqueValues / uniqueCounts / uniqueInverse / uniqueAll. The grouping is
// computed on the host from a concrete array (NaNs last, -0 == +0); the
// values themselves are gathered from the input, so every dtype keeps its bits.

import { cmpEl, type El } from "./sort-order.js";
import { isConcrete, type NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { fromFlat } from "../core/asarray.js";
import { defaultInt } from "../core/dtype.js";
import { TracerError, ValueError } from "../core/errors.js";
import { normalizeAxis } from "../core/shape.js";
import * as lax from "../lax/shape.js";
import { concatenate } from "./manipulation-join.js";
import { moveaxis, ravel } from "./manipulation-shape.js";
import { takeStatic } from "./manipulation-util.js";
import { asArray } from "./util.js";

/** Options of `unique`. @category sets */
export interface UniqueOptions {
  readonly returnIndex?: boolean;
  readonly returnInverse?: boolean;
  readonly returnCounts?: boolean;
  /** Unique slices along this axis (default: the flattened array). */
  readonly axis?: number | null;
  /** Treat all NaNs as one value (default true). */
  readonly equalNan?: boolean;
  /** Static number of unique values: truncates, or pads with `fillValue` (default: the smallest unique value). */
  readonly size?: number;
  readonly fillValue?: number;
}


const isNan = (v: El): boolean => typeof v === "number" && Number.isNaN(v);

interface Groups {
  /** Original row of the first member of each group, in sorted order. */
  readonly first: number[];
  readonly counts: number[];
  /** Group of each original row. */
  readonly inverse: number[];
}

/** Groups equal rows (lexicographic order of equal-length rows). */
const groupRows = (rows: El[][], equalNan: boolean): Groups => {
  const cmpRow = (a: El[], b: El[]): number => {
    for (let i = 0; i < a.length; i++) {
      const c = cmpEl(a[i], b[i]);
      if (c !== 0) return c;
    }
    return 0;
  };
  const same = (a: El[], b: El[]) => cmpRow(a, b) === 0 && (equalNan || !a.some(isNan));
  const order = rows.map((_, i) => i).sort((p, q) => cmpRow(rows[p], rows[q]) || p - q);
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Array<number>(rows.length);
  order.forEach((r, k) => {
    if (k === 0 || !same(rows[order[k - 1]], rows[r])) {
      first.push(r);
      counts.push(0);
    }
    counts[counts.length - 1] += 1;
    inverse[r] = first.length - 1;
  });
  return { first, counts, inverse };
};

const ints = (vals: readonly number[], shape: readonly number[]): NDArray => fromFlat(vals, shape, defaultInt());

/**
 * `np.unique(x, opts)`: the sorted unique values (or unique slices along
 * `axis`). With any of returnIndex / returnInverse / returnCounts, returns
 * `[values, index?, inverse?, counts?]` in that order. Needs a concrete array.
 * @category sets
 */
export function unique(x: ArrayLike, opts?: UniqueOptions & { returnIndex?: false; returnInverse?: false; returnCounts?: false }): NDArray;
export function unique(x: ArrayLike, opts: UniqueOptions): NDArray | NDArray[];
export function unique(x: ArrayLike, opts: UniqueOptions = {}): NDArray | NDArray[] {
  const where = "np.unique";
  const a0 = asArray(x, where);
  if (!isConcrete(a0))
    throw new TracerError(`[${where}] the number of unique values depends on the data of a traced array ${a0.aval.str()}; call it on a concrete array`);
  const axis = opts.axis ?? null;
  const ax = axis === null ? 0 : normalizeAxis(axis, a0.ndim, where);
  const a = axis === null ? ravel(a0) : moveaxis(a0, ax, 0);
  const n = a.shape[0];
  const rowLen = n === 0 ? 0 : a.size / n;
  const flat = Array.from(a.toTypedArray() as globalThis.ArrayLike<El>);
  const rows = Array.from({ length: n }, (_, i) => flat.slice(i * rowLen, (i + 1) * rowLen));
  const g = groupRows(rows, opts.equalNan ?? true);
  const size = opts.size;
  if (size !== undefined && (!Number.isInteger(size) || size < 0)) throw new ValueError(`[${where}] size must be a non-negative integer, got ${size}`);
  let first = g.first;
  let counts = g.counts;
  let values = takeStatic(a, first, 0);
  if (size !== undefined) {
    if (first.length === 0 && size > 0 && opts.fillValue === undefined)
      throw new ValueError(`[${where}] for zero-sized input with nonzero size, fillValue must be given`);
    if (size <= first.length) {
      first = first.slice(0, size);
      counts = counts.slice(0, size);
      values = lax.sliceInDim(values, 0, size, 1, 0);
    } else {
      const extra = size - first.length;
      const fill =
        opts.fillValue === undefined
          ? lax.broadcastInDim(lax.sliceInDim(values, 0, 1, 1, 0), [extra, ...values.shape.slice(1)], values.shape.map((_, i) => i))
          : lax.broadcastInDim(fromFlat([opts.fillValue], [], values.dtype), [extra, ...values.shape.slice(1)], []);
      values = concatenate([values, fill]);
      first = [...first, ...Array<number>(extra).fill(first[0] ?? 0)];
      counts = [...counts, ...Array<number>(extra).fill(0)];
    }
  }
  const out = axis === null ? values : moveaxis(values, 0, ax);
  if (!opts.returnIndex && !opts.returnInverse && !opts.returnCounts) return out;
  const res: NDArray[] = [out];
  if (opts.returnIndex) res.push(ints(first, [first.length]));
  if (opts.returnInverse) res.push(ints(g.inverse, axis === null ? a0.shape : [n]));
  if (opts.returnCounts) res.push(ints(counts, [counts.length]));
  return res;
}

/** `np.uniqueValues(x)`: the sorted unique elements of the flattened array. @category sets */
export const uniqueValues = (x: ArrayLike): NDArray => unique(x);

/** `np.uniqueCounts(x)`: unique values and how often each occurs. @category sets */
export const uniqueCounts = (x: ArrayLike): { values: NDArray; counts: NDArray } => {
  const [values, counts] = unique(x, { returnCounts: true }) as NDArray[];
  return { values, counts };
};

/** `np.uniqueInverse(x)`: unique values and, for each input element (input shape), its position among them. @category sets */
export const uniqueInverse = (x: ArrayLike): { values: NDArray; inverseIndices: NDArray } => {
  const [values, inverseIndices] = unique(x, { returnInverse: true }) as NDArray[];
  return { values, inverseIndices };
};

/** `np.uniqueAll(x)`: values, first indices, inverse indices and counts. @category sets */
export const uniqueAll = (x: ArrayLike): { values: NDArray; indices: NDArray; inverseIndices: NDArray; counts: NDArray } => {
  const [values, indices, inverseIndices, counts] = unique(x, { returnIndex: true, returnInverse: true, returnCounts: true }) as NDArray[];
  return { values, indices, inverseIndices, counts };
};
