// The Array methods (`x.reshape`, `x.sum`, `x.at(i).set(v)`...) are thin sugar
// over the NumPy functions. The core cannot import src/numpy (it sits below
// it), so numpy/methods.ts fills this table at load, as JAX's
// _set_array_base_attributes does.

import type { NDArray } from "./array.js";
import type {
  ArgReduceOptions,
  ArrayLike,
  AtIndexer,
  CumulativeOptions,
  IndexItem,
  ReduceOptions,
  SortOptions,
  VarOptions,
} from "./array-types.js";
import type { DType } from "./dtype.js";

type Bin = (x: NDArray, y: ArrayLike) => NDArray;
type Un = (x: NDArray) => NDArray;
type Red = (x: NDArray, opts?: ReduceOptions) => NDArray;

export interface ArrayMethods {
  reshape(x: NDArray, shape: readonly number[]): NDArray;
  ravel: Un;
  transpose(x: NDArray, axes?: readonly number[]): NDArray;
  swapaxes(x: NDArray, a: number, b: number): NDArray;
  squeeze(x: NDArray, axis?: number | readonly number[]): NDArray;
  astype(x: NDArray, dtype: DType): NDArray;
  sum: Red;
  prod: Red;
  mean: Red;
  max: Red;
  min: Red;
  all: Red;
  any: Red;
  var(x: NDArray, opts?: VarOptions): NDArray;
  std(x: NDArray, opts?: VarOptions): NDArray;
  argmax(x: NDArray, opts?: ArgReduceOptions): NDArray;
  argmin(x: NDArray, opts?: ArgReduceOptions): NDArray;
  cumsum(x: NDArray, opts?: CumulativeOptions): NDArray;
  cumprod(x: NDArray, opts?: CumulativeOptions): NDArray;
  add: Bin;
  sub: Bin;
  mul: Bin;
  div: Bin;
  pow: Bin;
  mod: Bin;
  eq: Bin;
  ne: Bin;
  lt: Bin;
  le: Bin;
  gt: Bin;
  ge: Bin;
  matmul: Bin;
  dot: Bin;
  neg: Un;
  abs: Un;
  clip(x: NDArray, min?: ArrayLike | null, max?: ArrayLike | null): NDArray;
  round(x: NDArray, decimals?: number): NDArray;
  sort(x: NDArray, opts?: SortOptions): NDArray;
  argsort(x: NDArray, opts?: SortOptions): NDArray;
  take(x: NDArray, indices: ArrayLike, opts?: { axis?: number | null }): NDArray;
  diagonal(x: NDArray, opts?: { offset?: number; axis1?: number; axis2?: number }): NDArray;
  trace(x: NDArray, opts?: { offset?: number; axis1?: number; axis2?: number }): NDArray;
  repeat(x: NDArray, repeats: number | ArrayLike, opts?: { axis?: number | null }): NDArray;
  index(x: NDArray, idx: readonly IndexItem[]): NDArray;
  at(x: NDArray, idx: readonly IndexItem[]): AtIndexer;
}

let table: ArrayMethods | null = null;

export const installArrayMethods = (m: ArrayMethods): void => {
  table = m;
};

export const methods = (): ArrayMethods => {
  if (table === null) throw new Error("jaxts: array methods are not installed; import 'jaxts' or 'jaxts/numpy'");
  return table;
};
