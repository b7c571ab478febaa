// Types shared by the Array class and the NumPy layer: what counts as
// array-like input, index expressions, and the options objects of methods.

import type { DType } from "./dtype.js";
import type { NDArray } from "./array.js";

/** Nested JS arrays of numbers/booleans/bigints. */
export interface NestedArray extends ReadonlyArray<number | boolean | bigint | NestedArray> {}

export type HostTypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** Anything `np.asarray` accepts. @category arrays */
export type ArrayLike = NDArray | number | boolean | bigint | NestedArray | HostTypedArray;

/** A slice `start:stop:step`; `null`/`undefined` parts take NumPy's defaults. @category indexing */
export class Slice {
  constructor(
    readonly start: number | null = null,
    readonly stop: number | null = null,
    readonly step: number | null = null,
  ) {}
  toString(): string {
    const f = (v: number | null) => (v === null ? "" : String(v));
    return `${f(this.start)}:${f(this.stop)}${this.step === null ? "" : ":" + this.step}`;
  }
}

/**
 * One position of an index expression: an integer, `null` (newaxis), `"..."`,
 * a slice (`Slice` or a string such as `"1:5:2"` / `":"`), an integer or
 * boolean array (or nested JS list of them), or a boolean scalar.
 * @category indexing
 */
export type IndexItem = number | null | "..." | string | Slice | NDArray | boolean | NestedArray;

/** Out-of-bounds handling of gathers/scatters (JAX's GatherScatterMode names). */
export type IndexMode = "promise_in_bounds" | "clip" | "fill" | "drop";

export interface AtOptions {
  /** Out-of-bounds policy; default as jax .at: gets clamp ("promise_in_bounds"), updates drop out-of-bounds. */
  readonly mode?: IndexMode;
  /** The value of out-of-bounds elements for `get` with mode "fill". */
  readonly fillValue?: number;
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
}

/** `x.at(...idx)`: functional indexed updates, as JAX's `x.at[idx]`. @category indexing */
export interface AtIndexer {
  get(opts?: AtOptions): NDArray;
  set(values: ArrayLike, opts?: AtOptions): NDArray;
  add(values: ArrayLike, opts?: AtOptions): NDArray;
  subtract(values: ArrayLike, opts?: AtOptions): NDArray;
  multiply(values: ArrayLike, opts?: AtOptions): NDArray;
  divide(values: ArrayLike, opts?: AtOptions): NDArray;
  power(values: ArrayLike, opts?: AtOptions): NDArray;
  min(values: ArrayLike, opts?: AtOptions): NDArray;
  max(values: ArrayLike, opts?: AtOptions): NDArray;
}

export type Axis = number | readonly number[] | null;

/** Options of sum/prod/max/min/all/any/mean. @category reductions */
export interface ReduceOptions {
  readonly axis?: Axis;
  readonly keepdims?: boolean;
  readonly dtype?: DType;
  /** Only elements where this is true take part. */
  readonly where?: ArrayLike;
  /** Starting value (sum/prod/max/min). */
  readonly initial?: number;
}

/** Options of var/std. @category reductions */
export interface VarOptions extends ReduceOptions {
  /** Delta degrees of freedom. */
  readonly ddof?: number;
}

export interface ArgReduceOptions {
  readonly axis?: number | null;
  readonly keepdims?: boolean;
}

export interface CumulativeOptions {
  readonly axis?: number | null;
  readonly dtype?: DType;
}

export interface SortOptions {
  readonly axis?: number | null;
  readonly stable?: boolean;
  readonly descending?: boolean;
}
