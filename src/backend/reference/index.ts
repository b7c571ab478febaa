// The reference backend: pure TypeScript, plain readable loops, every
// primitive for every dtype. It is the executable specification and the test
// oracle for the native backends — never where speed comes from.
// Buffers are host typed arrays (V8 memory, reclaimed by the GC itself).

import type { ShapedArray } from "../../core/aval.js";
import { freemem } from "node:os";
import { allocStorage, itemsize, type Storage } from "../../core/dtype.js";
import { DeviceError, NotImplementedError } from "../../core/errors.js";
import type { Params, Primitive } from "../../core/primitive.js";
import type { Backend } from "../backend.js";
import { registerBackend } from "../registry.js";
import { type RefArg, refKernels } from "./kernel.js";
import "./kernels/index.js";

interface RefBuffer {
  data: Storage | null;
}

const live = (b: unknown): Storage => {
  const d = (b as RefBuffer).data;
  if (d === null) throw new DeviceError("reference buffer used after free");
  return d;
};

/**
 * Refuses work whose outputs (plus the float64 scratch copies the readable
 * kernels make) cannot fit in free memory, so a too-large request is a typed
 * DeviceError rather than the process dying out of memory.
 */
const checkHostMemory = (name: string, outAvals: readonly ShapedArray[]): void => {
  const bytes = outAvals.reduce((n, a) => n + a.size * (itemsize(a.dtype) + 8), 0);
  const free = freemem();
  if (bytes > 0.8 * free)
    throw new DeviceError(
      `[${name}] out of memory: outputs ${outAvals.map((a) => a.str()).join(", ")} need about ${bytes} bytes on the reference backend, ${free} are free`,
    );
};

/** Runs a primitive's reference kernel on host storage, with typed errors for missing kernels and memory. */
export const runRefKernel = (p: Primitive<any>, args: readonly RefArg[], params: Params, outAvals: readonly ShapedArray[]): Storage[] => {
  const k = refKernels.get(p.name);
  if (!k) throw new NotImplementedError(`the reference backend has no kernel for ${p.name}`);
  checkHostMemory(p.name, outAvals);
  try {
    return k(args, params, outAvals);
  } catch (e) {
    // Scratch or output arrays past V8's typed-array limit (or out of memory).
    if (e instanceof RangeError)
      throw new DeviceError(`[${p.name}] the reference backend cannot allocate outputs ${outAvals.map((a) => a.str()).join(", ")}: ${e.message}`);
    throw e;
  }
};

class ReferenceBackend implements Backend {
  readonly platform = "reference";
  upload(data: Storage, aval: ShapedArray): RefBuffer {
    const s = allocStorage(aval.dtype, aval.size);
    s.set(data as never);
    return { data: s };
  }
  download(buf: unknown): Storage {
    return live(buf).slice();
  }
  free(buf: unknown): void {
    (buf as RefBuffer).data = null;
  }
  hasKernel(name: string): boolean {
    return refKernels.has(name);
  }
  execute(p: Primitive<any>, inputs: readonly unknown[], inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[], params: Params): RefBuffer[] {
    const args = inputs.map((b, i) => ({ data: live(b), aval: inAvals[i] }));
    return runRefKernel(p, args, params, outAvals).map((data) => ({ data }));
  }
}

/** The single reference backend instance. */
export const referenceBackend: Backend = new ReferenceBackend();
registerBackend("reference", 0, () => referenceBackend);
