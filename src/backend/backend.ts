// The backend seam (DESIGN.md §7): allocate, upload, download, free, and run
// one primitive's kernel. The TS side never reads element memory except
// through `download`, so GPU backends fit the same seam.

import type { ShapedArray } from "../core/aval.js";
import type { Storage } from "../core/dtype.js";
import type { Params, Primitive } from "../core/primitive.js";

/** A device's buffer, opaque outside its backend. */
export type Buffer = unknown;

/** One platform's kernels and memory. @category backends */
export interface Backend {
  /** "reference", "cpu", "cuda", ... */
  readonly platform: string;
  /** Copies host storage (of aval.dtype's storage type) into a new device buffer. */
  upload(data: Storage, aval: ShapedArray): Buffer;
  /** Copies a buffer back into fresh host storage the caller owns. */
  download(buf: Buffer, aval: ShapedArray): Storage;
  /** Frees a buffer now; later use of it is an error. */
  free(buf: Buffer): void;
  /** Runs primitive `p` on device buffers; returns one new buffer per output aval. */
  execute(p: Primitive<any>, inputs: readonly Buffer[], inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[], params: Params): Buffer[];
  /** Whether this backend has a kernel for the primitive named `name`. */
  hasKernel(name: string): boolean;
}
