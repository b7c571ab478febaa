// The native CPU backend: buffers are strided views over native memory
// (buffer.ts); view primitives are index arithmetic (view-ops.ts); other
// primitives run one native kernel through a validated descriptor. A
// primitive without a native kernel yet runs its reference kernel on host
// copies (correct, slower) — `nativeCoverage()` lists which is which.

import { freemem } from "node:os";
import type { ShapedArray } from "../../core/aval.js";
import { getElem, setElem } from "../../core/convert.js";
import { allocStorage, itemsize, type Storage } from "../../core/dtype.js";
import { DeviceError, NativeError } from "../../core/errors.js";
import type { Params, Primitive } from "../../core/primitive.js";
import type { Backend } from "../backend.js";
import { runRefKernel } from "../reference/index.js";
import { isContiguous, NativeBuffer, NativeMemory, rowMajor } from "./buffer.js";
import { describe } from "./describe.js";
import { encoderFor } from "./encoders.js";
import { type Addon, loadAddon } from "./loader.js";
import { OP_IDS } from "./ops.generated.js";
import { viewOps } from "./view-ops.js";

const nativeError = (where: string, e: unknown): Error => {
  const msg = (e as Error)?.message ?? String(e);
  if (/out of memory/.test(msg)) return new DeviceError(`[${where}] ${msg}`);
  return new NativeError(`[${where}] ${msg}`);
};

/** Allocations above this size are checked against free memory first. */
const LARGE = 64 << 20;

/** kMaxOperands in native/include/jaxts/kernel.h. */
const MAX_OPERANDS = 64;

export class NativeBackend implements Backend {
  readonly platform = "cpu";
  readonly addon: Addon;
  /** Primitives with a native kernel in this build. */
  readonly kernels: ReadonlySet<string>;

  constructor() {
    this.addon = loadAddon();
    this.kernels = new Set(this.addon.info().kernels);
  }

  /** A fresh contiguous buffer for `aval`. */
  alloc(aval: ShapedArray): NativeBuffer {
    const bytes = aval.size * itemsize(aval.dtype);
    // Linux overcommits: a huge malloc "succeeds" and the process is killed when
    // the pages are touched. Refuse what cannot fit in free memory (plus our cache).
    if (bytes > LARGE && bytes > 0.9 * (freemem() + this.addon.info().cachedBytes))
      throw new DeviceError(`[alloc ${aval.str()}] out of memory: needs ${bytes} bytes, ${freemem()} free`);
    let handle: object;
    try {
      handle = this.addon.alloc(bytes);
    } catch (e) {
      throw nativeError(`alloc ${aval.str()}`, e);
    }
    return new NativeBuffer(new NativeMemory(handle, bytes), 0, rowMajor(aval.shape));
  }

  upload(data: Storage, aval: ShapedArray): NativeBuffer {
    const buf = this.alloc(aval);
    if (data.length < aval.size) throw new NativeError(`upload of ${data.length} elements into ${aval.str()}`);
    if (aval.size > 0) this.addon.write(buf.memory.handle, 0, data.length === aval.size ? data : data.subarray(0, aval.size));
    return buf;
  }

  download(b: unknown, aval: ShapedArray): Storage {
    const buf = b as NativeBuffer;
    const out = allocStorage(aval.dtype, aval.size);
    if (aval.size === 0) return out;
    const src = isContiguous(aval.shape, buf.strides) ? buf : this.materialize(buf, aval);
    this.addon.read(src.memory.handle, src.offset * itemsize(aval.dtype), out);
    if (src !== buf) src.release(this.addon);
    return out;
  }

  free(b: unknown): void {
    (b as NativeBuffer).release(this.addon);
  }

  hasKernel(name: string): boolean {
    return this.kernels.has(name) || name in viewOps;
  }

  execute(p: Primitive<any>, inputs: readonly unknown[], inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[], params: Params): NativeBuffer[] {
    const bufs = inputs as readonly NativeBuffer[];
    const view = viewOps[p.name];
    if (view) {
      const v = view(bufs[0], inAvals[0], outAvals[0], params);
      if (v) return [v];
      if (p.name === "reshape") {
        const c = this.materialize(bufs[0], inAvals[0]);
        const v2 = c.view(0, rowMajor(outAvals[0].shape));
        c.release(this.addon);
        return [v2];
      }
    }
    // The binding takes at most 64 memories per call; rarer wider calls (a 70-way concatenate) run on the host.
    if (this.kernels.has(p.name) && bufs.length + outAvals.length <= MAX_OPERANDS) return this.runNative(p, bufs, inAvals, outAvals, params);
    return this.runOnHost(p, bufs, inAvals, outAvals, params);
  }

  /** Runs the native kernel of `p` into fresh contiguous outputs. */
  runNative(p: Primitive<any>, bufs: readonly NativeBuffer[], inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[], params: Params): NativeBuffer[] {
    const outs = outAvals.map((a) => this.alloc(a));
    const desc = describe(
      OP_IDS[p.name],
      { avals: inAvals, offsets: bufs.map((b) => b.offset), strides: bufs.map((b) => b.strides) },
      { avals: outAvals, offsets: null, strides: outs.map((b) => b.strides) },
      encoderFor(p.name)(params, inAvals, outAvals),
    );
    const mems = new Array<object>(bufs.length + outs.length);
    for (let k = 0; k < bufs.length; k++) mems[k] = bufs[k].memory.handle;
    for (let k = 0; k < outs.length; k++) mems[bufs.length + k] = outs[k].memory.handle;
    try {
      this.addon.exec(desc, ...mems);
    } catch (e) {
      for (const o of outs) o.release(this.addon);
      throw nativeError(p.name, e);
    }
    return outs;
  }

  /** The reference kernel on host copies: for primitives without a native kernel yet. */
  runOnHost(p: Primitive<any>, bufs: readonly NativeBuffer[], inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[], params: Params): NativeBuffer[] {
    const args = bufs.map((b, i) => ({ data: this.download(b, inAvals[i]), aval: inAvals[i] }));
    return runRefKernel(p, args, params, outAvals).map((data, i) => this.upload(data, outAvals[i]));
  }

  /** A contiguous copy of a strided view (native `copy` kernel, else gathered on the host). */
  materialize(buf: NativeBuffer, aval: ShapedArray): NativeBuffer {
    if (this.kernels.has("copy")) return this.runNative({ name: "copy" } as Primitive<any>, [buf], [aval], [aval], {})[0];
    return this.upload(this.gatherOnHost(buf, aval), aval);
  }

  /** Reads the covering byte range of a view and gathers its elements in row-major order. */
  gatherOnHost(buf: NativeBuffer, aval: ShapedArray): Storage {
    const { shape, dtype } = aval;
    let lo = buf.offset;
    let hi = buf.offset;
    shape.forEach((n, i) => {
      const span = buf.strides[i] * (n - 1);
      if (span < 0) lo += span;
      else hi += span;
    });
    const window = allocStorage(dtype, hi - lo + 1);
    this.addon.read(buf.memory.handle, lo * itemsize(dtype), window);
    const out = allocStorage(dtype, aval.size);
    const idx = new Array<number>(shape.length).fill(0);
    for (let k = 0; k < aval.size; k++) {
      let off = buf.offset - lo;
      for (let i = 0; i < shape.length; i++) off += idx[i] * buf.strides[i];
      setElem(out, k, dtype, getElem(window, off, dtype), false);
      for (let i = shape.length - 1; i >= 0 && ++idx[i] === shape[i]; i--) idx[i] = 0;
    }
    return out;
  }
}

let instance: NativeBackend | undefined;

/** The CPU backend (loads the addon on first use). */
export const nativeBackend = (): NativeBackend => (instance ??= new NativeBackend());

/** Which primitives run natively, which as views, which on the host fallback. */
export const nativeCoverage = (names: readonly string[]): { native: string[]; views: string[]; host: string[] } => {
  const b = nativeBackend();
  const views = names.filter((n) => n in viewOps);
  const native = names.filter((n) => b.kernels.has(n) && !(n in viewOps));
  const host = names.filter((n) => !b.kernels.has(n) && !(n in viewOps));
  return { native, views, host };
};
