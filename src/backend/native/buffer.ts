// CPU buffers are strided views over shared native memory: reshape,
// broadcast_in_dim, transpose, squeeze, rev and slice make new views without
// copying (broadcast axes have stride 0), and kernels read views in place.
// Memory is shared by reference count for `dispose`; the GC reclaims it too.

import type { Shape } from "../../core/shape.js";
import type { Addon, MemHandle } from "./loader.js";

/** One allocation, shared by every view made from it. */
export class NativeMemory {
  refs = 1;
  constructor(
    readonly handle: MemHandle,
    readonly bytes: number,
  ) {}
  /** Drops one reference; frees the memory at once when none remain. */
  release(addon: Addon): void {
    if (this.refs > 0 && --this.refs === 0) addon.free(this.handle);
  }
}

/** A view: element offset and element strides over a NativeMemory. */
export class NativeBuffer {
  #released = false;
  constructor(
    readonly memory: NativeMemory,
    readonly offset: number,
    readonly strides: readonly number[],
  ) {}

  /** A new view sharing this buffer's memory. */
  view(offset: number, strides: readonly number[]): NativeBuffer {
    this.memory.refs++;
    return new NativeBuffer(this.memory, offset, strides);
  }

  release(addon: Addon): void {
    if (this.#released) return;
    this.#released = true;
    this.memory.release(addon);
  }
}

/** Row-major element strides of a shape. */
export const rowMajor = (shape: Shape): number[] => {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
};

/** Whether a view of `shape` is row-major contiguous (size-1 axes ignored; empty views always are). */
export const isContiguous = (shape: Shape, strides: readonly number[]): boolean => {
  if (shape.includes(0)) return true; // no element is ever read
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && strides[i] !== acc) return false;
    acc *= shape[i];
  }
  return true;
};
