// The reference backend: pure TypeScript, plain readable loops, every
// primitive for every dtype. It is the executable specification and the test
// oracle for the native backends — never where speed comes from.
// Buffers are host typed arrays (V8 memory, reclaimed by the GC itself).

import type { ShapedArray } from "../../core/aval.js";
import { allocStorage, type Storage } from "../../core/dtype.js";
import { DeviceError, NotImplementedError } from "../../core/errors.js";
import type { Params, Primitive } from "../../core/primitive.js";
import type { Backend } from "../backend.js";
import { registerBackend } from "../registry.js";
import { refKernels } from "./kernel.js";
import "./kernels/index.js";

interface RefBuffer {
  data: Storage | null;
}

const live = (b: unknown): Storage => {
  const d = (b as RefBuffer).data;
  if (d === null) throw new DeviceError("reference buffer used after free");
  return d;
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
    const k = refKernels.get(p.name);
    if (!k) throw new NotImplementedError(`the reference backend has no kernel for ${p.name}`);
    const args = inputs.map((b, i) => ({ data: live(b), aval: inAvals[i] }));
    const outs = k(args, params, outAvals);
    return outs.map((data) => ({ data }));
  }
}

/** The single reference backend instance. */
export const referenceBackend: Backend = new ReferenceBackend();
registerBackend("reference", 0, () => referenceBackend);
