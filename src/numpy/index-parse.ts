// Parsing NumPy index expressions: `np.s(...)`, string slices ("1:5:2"),
// classification of each index item, ellipsis expansion and boolean masks
// (concrete only: converted to integer index arrays via their nonzero
// coordinates, as jax.numpy's expand_bool_indices).

import { NDArray, Tracer } from "../core/array.js";
import { type IndexItem, Slice } from "../core/array-types.js";
import { fromFlat, fromJS } from "../core/asarray.js";
import { dtypeInfo } from "../core/dtype.js";
import { fmtShape, IndexError, TracerError, ValueError } from "../core/errors.js";
import { asArray } from "./util.js";

/**
 * `np.s(start, stop, step)`: a slice object, as Python's `slice` / `np.s_`.
 * @example x.index(np.s(1, null, 2)) // x[1::2]
 * @category indexing
 */
export const s = (start: number | null = null, stop: number | null = null, step: number | null = null): Slice => {
  for (const [v, n] of [[start, "start"], [stop, "stop"], [step, "step"]] as const)
    if (v !== null && v !== undefined && (typeof v !== "number" || !Number.isInteger(v)))
      throw new IndexError(`[np.s] slice ${n} must be an integer or null, got ${String(v)}`);
  if (step === 0) throw new ValueError(`[np.s] slice step cannot be zero`);
  return new Slice(start ?? null, stop ?? null, step ?? null);
};

const SLICE_RE = /^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+)?\s*)?$/;

/** Parses "start:stop:step" (any part may be empty), as Python slice syntax. */
export const parseSliceString = (str: string, where: string): Slice => {
  const m = SLICE_RE.exec(str);
  if (m === null) throw new IndexError(`[${where}] invalid index string ${JSON.stringify(str)}; expected "..." or a slice such as "1:5:2", ":" or "::-1"`);
  const n = (g: string | undefined) => (g === undefined ? null : Number(g));
  const step = n(m[3]);
  if (step === 0) throw new ValueError(`[${where}] slice step cannot be zero in ${JSON.stringify(str)}`);
  return new Slice(n(m[1]), n(m[2]), step);
};

/** NumPy's slice.indices(n): concrete start, step and length along an axis of size n. */
export const canonicalizeSlice = (sl: Slice, n: number): { start: number; step: number; size: number } => {
  const step = sl.step ?? 1;
  let start: number;
  let stop: number;
  if (step > 0) {
    start = sl.start === null ? 0 : sl.start < 0 ? Math.max(0, sl.start + n) : Math.min(sl.start, n);
    stop = sl.stop === null ? n : sl.stop < 0 ? Math.max(0, sl.stop + n) : Math.min(sl.stop, n);
  } else {
    start = sl.start === null ? n - 1 : sl.start < 0 ? Math.max(-1, sl.start + n) : Math.min(sl.start, n - 1);
    stop = sl.stop === null ? -1 : sl.stop < 0 ? Math.max(-1, sl.stop + n) : Math.min(sl.stop, n - 1);
  }
  const size = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, step, size };
};

/** One index entry after parsing. Every kind but "newaxis" consumes one axis of x. */
export type Entry =
  | { readonly kind: "int"; readonly value: number }
  | { readonly kind: "slice"; readonly slice: Slice }
  | { readonly kind: "newaxis" }
  | { readonly kind: "array"; readonly arr: NDArray };

/** An index expression resolved against a shape; `scalarBoolDims` are size-1 axes to insert into x first. */
export interface ParsedIndex {
  readonly entries: readonly Entry[];
  /** Axes (of the expanded x) where a scalar boolean inserted a size-1 axis. */
  readonly scalarBoolDims: readonly number[];
  /** Shape of x after inserting those axes. */
  readonly shape: readonly number[];
}

type Raw = Entry | { readonly kind: "ellipsis" } | { readonly kind: "mask"; readonly arr: NDArray } | { readonly kind: "bool"; readonly value: boolean };

const isBoolList = (x: unknown): boolean => Array.isArray(x) && x.length > 0 && x.every((e) => (Array.isArray(e) ? isBoolList(e) : typeof e === "boolean"));

/** Classifies one user index item. */
const classify = (item: IndexItem, where: string): Raw => {
  if (item === null || item === undefined) return { kind: "newaxis" };
  if (item === "...") return { kind: "ellipsis" };
  if (typeof item === "string") return { kind: "slice", slice: parseSliceString(item, where) };
  if (item instanceof Slice) return { kind: "slice", slice: s(item.start, item.stop, item.step) };
  if (typeof item === "boolean") return { kind: "bool", value: item };
  if (typeof item === "number") {
    if (!Number.isInteger(item)) throw new IndexError(`[${where}] only integers, slices, "...", null and integer or boolean arrays are valid indices; got ${item}`);
    return { kind: "int", value: item };
  }
  if (typeof item === "bigint") return { kind: "int", value: Number(item) };
  let arr: NDArray;
  if (item instanceof NDArray) arr = item;
  else if (Array.isArray(item)) {
    if (isBoolList(item)) arr = asArray(item, where);
    else {
      const flatOk = (v: unknown): boolean => (Array.isArray(v) ? v.every(flatOk) : (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint");
      if (!flatOk(item)) throw new IndexError(`[${where}] index lists must hold only integers or only booleans, got ${JSON.stringify(item)}`);
      arr = fromJS(item, "int32", where);
    }
  } else throw new IndexError(`[${where}] unsupported index item ${String(item)} (${typeof item})`);
  const k = dtypeInfo(arr.dtype).kind;
  if (k === "b") return arr.ndim === 0 && !(arr instanceof Tracer) ? { kind: "bool", value: arr.item() as boolean } : { kind: "mask", arr };
  if (k === "f") throw new IndexError(`[${where}] arrays used as indices must be of integer (or boolean) type, got ${arr.dtype}`);
  return { kind: "array", arr };
};

/** Integer index arrays (one per mask axis) of the true elements of a concrete mask. */
const maskToIndices = (mask: NDArray, where: string): NDArray[] => {
  if (mask instanceof Tracer)
    throw new TracerError(
      `[${where}] boolean mask indices must be concrete, got a tracer ${mask.aval.str()} of the ${mask._trace.kind} transform: ` +
        `the result size would depend on the data. Use np.where(mask, x, 0), or np.nonzero(mask, { size }) with a static size.`,
    );
  const vals = mask.toTypedArray();
  const shape = mask.shape;
  const coords: number[][] = shape.map(() => []);
  for (let i = 0; i < vals.length; i++) {
    if (!vals[i]) continue;
    let r = i;
    for (let a = shape.length - 1; a >= 0; a--) {
      coords[a].push(r % shape[a]);
      r = Math.floor(r / shape[a]);
    }
  }
  return coords.map((c) => fromFlat(c, [c.length], "int32"));
};

/** Parses an index expression against `shape` (ellipsis expanded, masks converted). */
export const parseIndex = (items: readonly IndexItem[], shape: readonly number[], where: string): ParsedIndex => {
  const raw = items.map((it) => classify(it, where));
  const nEllipsis = raw.filter((r) => r.kind === "ellipsis").length;
  if (nEllipsis > 1) throw new IndexError(`[${where}] an index can only have a single ellipsis ("...")`);
  const consumes = (r: Raw) => (r.kind === "newaxis" || r.kind === "ellipsis" || r.kind === "bool" ? 0 : r.kind === "mask" ? r.arr.ndim : 1);
  const used = raw.reduce((a, r) => a + consumes(r), 0);
  if (used > shape.length) throw new IndexError(`[${where}] too many indices for array: array is ${shape.length}-dimensional, but ${used} were indexed`);
  const full = (): Raw => ({ kind: "slice", slice: new Slice() });
  const expanded: Raw[] = [];
  for (const r of raw) {
    if (r.kind === "ellipsis") for (let i = 0; i < shape.length - used; i++) expanded.push(full());
    else expanded.push(r);
  }
  if (nEllipsis === 0) for (let i = 0; i < shape.length - used; i++) expanded.push(full());
  // Scalar booleans insert a size-1 axis indexed by arange(0 or 1); masks become index arrays.
  const entries: Entry[] = [];
  const newShape: number[] = [];
  const scalarBoolDims: number[] = [];
  let axis = 0;
  for (const r of expanded) {
    if (r.kind === "bool") {
      scalarBoolDims.push(newShape.length);
      newShape.push(1);
      entries.push({ kind: "array", arr: fromFlat(r.value ? [0] : [], [r.value ? 1 : 0], "int32") });
    } else if (r.kind === "mask") {
      const dims = shape.slice(axis, axis + r.arr.ndim);
      if (r.arr.shape.some((d, i) => d !== dims[i]))
        throw new IndexError(`[${where}] boolean index did not match the indexed array: mask shape ${fmtShape(r.arr.shape)}, array axes ${axis}..${axis + r.arr.ndim - 1} have shape ${fmtShape(dims)}`);
      for (const idx of maskToIndices(r.arr, where)) entries.push({ kind: "array", arr: idx });
      newShape.push(...dims);
      axis += r.arr.ndim;
    } else if (r.kind === "newaxis") entries.push(r);
    else if (r.kind !== "ellipsis") {
      entries.push(r);
      newShape.push(shape[axis++]);
    }
  }
  return { entries, scalarBoolDims, shape: newShape };
};
