// The immutable Array. `NDArray` is the one public array type (exported as
// `Array`); a `ConcreteArray` owns a backend buffer, a `Tracer` stands for a
// value inside a transform. Both answer the same methods, so user functions
// are written once for eager and traced use.

import { inspect } from "node:util";
import { methods } from "./array-methods.js";
import type { ArgReduceOptions, ArrayLike, AtIndexer, CumulativeOptions, HostTypedArray, IndexItem, NestedArray, ReduceOptions, SortOptions, VarOptions } from "./array-types.js";
import { ShapedArray } from "./aval.js";
import { getElem, toNumbers } from "./convert.js";
import type { DType, Storage } from "./dtype.js";
import { DeviceError, TracerError, ValueError } from "./errors.js";
import { formatArray } from "./print.js";
import type { Shape } from "./shape.js";
import type { Trace } from "./trace.js";
import type { Backend, Buffer } from "../backend/backend.js";

/** An immutable n-dimensional array. @category arrays */
export abstract class NDArray<D extends DType = DType> {
  abstract get aval(): ShapedArray;

  get shape(): Shape {
    return this.aval.shape;
  }
  get dtype(): D {
    return this.aval.dtype as D;
  }
  get ndim(): number {
    return this.aval.shape.length;
  }
  get size(): number {
    return this.aval.size;
  }
  /** JAX's weak-type flag: true for arrays made from bare JS numbers. */
  get weakType(): boolean {
    return this.aval.weakType;
  }

  /** The elements as a flat typed array (a copy). float16/bfloat16 come back as Float32Array. */
  abstract toTypedArray(): HostTypedArray;
  /** The elements as nested JS arrays (booleans for bool, bigints for 64-bit ints). */
  abstract toArray(): NestedArray | number | boolean | bigint;
  /** The single element of a size-1 array. */
  abstract item(): number | boolean | bigint;
  /** Non-blocking read of the elements. */
  async data(): Promise<HostTypedArray> {
    return this.toTypedArray();
  }

  // ---- sugar over jaxts/numpy (see array-methods.ts) ----
  reshape(...shape: number[] | [readonly number[]]): NDArray {
    const s = shape.length === 1 && typeof shape[0] !== "number" ? shape[0] : (shape as number[]);
    return methods().reshape(this, s);
  }
  ravel(): NDArray {
    return methods().ravel(this);
  }
  flatten(): NDArray {
    return methods().ravel(this);
  }
  transpose(...axes: number[] | [readonly number[]]): NDArray {
    const a = axes.length === 1 && typeof axes[0] !== "number" ? axes[0] : (axes as number[]);
    return methods().transpose(this, a.length === 0 ? undefined : a);
  }
  /** Transpose of all axes. */
  get T(): NDArray {
    return methods().transpose(this);
  }
  /** Transpose of the last two axes (matrix transpose). */
  get mT(): NDArray {
    return methods().swapaxes(this, -1, -2);
  }
  swapaxes(a: number, b: number): NDArray {
    return methods().swapaxes(this, a, b);
  }
  squeeze(axis?: number | readonly number[]): NDArray {
    return methods().squeeze(this, axis);
  }
  astype<E extends DType>(dtype: E): NDArray<E> {
    return methods().astype(this, dtype) as NDArray<E>;
  }
  sum(opts?: ReduceOptions): NDArray {
    return methods().sum(this, opts);
  }
  prod(opts?: ReduceOptions): NDArray {
    return methods().prod(this, opts);
  }
  mean(opts?: ReduceOptions): NDArray {
    return methods().mean(this, opts);
  }
  max(opts?: ReduceOptions): NDArray {
    return methods().max(this, opts);
  }
  min(opts?: ReduceOptions): NDArray {
    return methods().min(this, opts);
  }
  all(opts?: ReduceOptions): NDArray {
    return methods().all(this, opts);
  }
  any(opts?: ReduceOptions): NDArray {
    return methods().any(this, opts);
  }
  var(opts?: VarOptions): NDArray {
    return methods().var(this, opts);
  }
  std(opts?: VarOptions): NDArray {
    return methods().std(this, opts);
  }
  argmax(opts?: ArgReduceOptions): NDArray {
    return methods().argmax(this, opts);
  }
  argmin(opts?: ArgReduceOptions): NDArray {
    return methods().argmin(this, opts);
  }
  cumsum(opts?: CumulativeOptions): NDArray {
    return methods().cumsum(this, opts);
  }
  cumprod(opts?: CumulativeOptions): NDArray {
    return methods().cumprod(this, opts);
  }
  add(y: ArrayLike): NDArray {
    return methods().add(this, y);
  }
  sub(y: ArrayLike): NDArray {
    return methods().sub(this, y);
  }
  mul(y: ArrayLike): NDArray {
    return methods().mul(this, y);
  }
  div(y: ArrayLike): NDArray {
    return methods().div(this, y);
  }
  pow(y: ArrayLike): NDArray {
    return methods().pow(this, y);
  }
  mod(y: ArrayLike): NDArray {
    return methods().mod(this, y);
  }
  eq(y: ArrayLike): NDArray {
    return methods().eq(this, y);
  }
  ne(y: ArrayLike): NDArray {
    return methods().ne(this, y);
  }
  lt(y: ArrayLike): NDArray {
    return methods().lt(this, y);
  }
  le(y: ArrayLike): NDArray {
    return methods().le(this, y);
  }
  gt(y: ArrayLike): NDArray {
    return methods().gt(this, y);
  }
  ge(y: ArrayLike): NDArray {
    return methods().ge(this, y);
  }
  matmul(y: ArrayLike): NDArray {
    return methods().matmul(this, y);
  }
  dot(y: ArrayLike): NDArray {
    return methods().dot(this, y);
  }
  neg(): NDArray {
    return methods().neg(this);
  }
  abs(): NDArray {
    return methods().abs(this);
  }
  clip(min?: ArrayLike | null, max?: ArrayLike | null): NDArray {
    return methods().clip(this, min, max);
  }
  round(decimals?: number): NDArray {
    return methods().round(this, decimals);
  }
  sort(opts?: SortOptions): NDArray {
    return methods().sort(this, opts);
  }
  argsort(opts?: SortOptions): NDArray {
    return methods().argsort(this, opts);
  }
  take(indices: ArrayLike, opts?: { axis?: number | null }): NDArray {
    return methods().take(this, indices, opts);
  }
  diagonal(opts?: { offset?: number; axis1?: number; axis2?: number }): NDArray {
    return methods().diagonal(this, opts);
  }
  trace(opts?: { offset?: number; axis1?: number; axis2?: number }): NDArray {
    return methods().trace(this, opts);
  }
  repeat(repeats: number | ArrayLike, opts?: { axis?: number | null }): NDArray {
    return methods().repeat(this, repeats, opts);
  }
  /** NumPy indexing: `x.index(0, "1:3", null, "...")` is `x[0, 1:3, None, ...]`. */
  index(...idx: IndexItem[]): NDArray {
    return methods().index(this, idx);
  }
  /** Functional updates: `x.at(0, ":").set(5)` is JAX's `x.at[0, :].set(5)`. */
  at(...idx: IndexItem[]): AtIndexer {
    return methods().at(this, idx);
  }
}

/** An array with data on a backend. */
export class ConcreteArray<D extends DType = DType> extends NDArray<D> {
  #buffer: Buffer | null;
  constructor(
    readonly backend: Backend,
    buffer: Buffer,
    readonly aval: ShapedArray,
  ) {
    super();
    this.#buffer = buffer;
  }

  /** The backend buffer; throws once the array has been disposed. */
  get buffer(): Buffer {
    if (this.#buffer === null) throw new DeviceError(`array ${this.aval.str()} was used after it was disposed`);
    return this.#buffer;
  }
  get device(): string {
    return this.backend.platform;
  }
  get isDisposed(): boolean {
    return this.#buffer === null;
  }

  /** Frees the buffer now (also done by `using`). Safe to call twice. */
  dispose(): void {
    if (this.#buffer !== null) this.backend.free(this.#buffer);
    this.#buffer = null;
  }
  [Symbol.dispose](): void {
    this.dispose();
  }

  /** Raw host storage (a fresh copy). float16/bfloat16 are bit patterns here. */
  storage(): Storage {
    return this.backend.download(this.buffer, this.aval);
  }

  override toTypedArray(): HostTypedArray {
    const s = this.storage();
    if (this.dtype === "float16" || this.dtype === "bfloat16") return Float32Array.from(toNumbers(s, this.dtype));
    return s;
  }

  override toArray(): NestedArray | number | boolean | bigint {
    const s = this.storage();
    const d = this.dtype;
    const el = (i: number): number | boolean | bigint => (d === "bool" ? s[i] !== 0 : getElem(s, i, d));
    const shape = this.shape;
    let flat = 0;
    const build = (axis: number): NestedArray | number | boolean | bigint => {
      if (axis === shape.length) return el(flat++);
      const out: (NestedArray | number | boolean | bigint)[] = [];
      for (let i = 0; i < shape[axis]; i++) out.push(build(axis + 1));
      return out as NestedArray;
    };
    return build(0);
  }

  override item(): number | boolean | bigint {
    if (this.size !== 1)
      throw new ValueError(`item() needs an array of size 1, got shape (${this.shape.join(", ")}) of size ${this.size}`);
    const s = this.storage();
    return this.dtype === "bool" ? s[0] !== 0 : getElem(s, 0, this.dtype);
  }

  override toString(): string {
    return formatArray(this.storage(), this.aval);
  }
  /** `+x`, `${x}`: size-1 arrays coerce to their number (as NumPy's float(x)); others throw. */
  [Symbol.toPrimitive](hint: string): string | number | bigint {
    if (hint === "string") return this.toString();
    const v = this.item();
    return typeof v === "boolean" ? Number(v) : v;
  }
  [inspect.custom](): string {
    return this.toString();
  }
}

/** A value inside a transform: has an aval and belongs to one trace. @category tracing */
export abstract class Tracer<D extends DType = DType> extends NDArray<D> {
  /** The trace this tracer belongs to (JAX's `_trace`). */
  abstract readonly _trace: Trace;

  protected concreteError(what: string): TracerError {
    return new TracerError(
      `${what} needs a concrete value, but got a tracer ${this.aval.str()} of the ${this._trace.kind} transform. ` +
        `Values inside transformed functions are abstract: use lax.cond / np.where for data-dependent choices, ` +
        `or mark the argument static.`,
    );
  }
  override toTypedArray(): HostTypedArray {
    throw this.concreteError("toTypedArray()");
  }
  override toArray(): never {
    throw this.concreteError("toArray()");
  }
  override item(): never {
    throw this.concreteError("item()");
  }
  // A JS `if (x)` or arithmetic coercion on a tracer lands here.
  [Symbol.toPrimitive](hint: string): string {
    if (hint === "string") return this.toString();
    throw this.concreteError("converting to a JS primitive (if/while/arithmetic on an array)");
  }
  override toString(): string {
    return `Traced<${this.aval.str()}>with<${this._trace.kind}>`;
  }
  [inspect.custom](): string {
    return this.toString();
  }
}

export const isConcrete = (x: unknown): x is ConcreteArray => x instanceof ConcreteArray;
export const isArray = (x: unknown): x is NDArray => x instanceof NDArray;
