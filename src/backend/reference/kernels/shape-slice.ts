// Reference kernels of slice, dynamic_slice, dynamic_update_slice, pad and
// concatenate: each output element is copied from one source element (or the
// padding value), so every dtype works by copying storage. dynamic starts are
// clamped into [0, size - window], as XLA does.

import { toNumbers } from "../../../core/convert.js";
import { allocStorage } from "../../../core/dtype.js";
import { stridesOf } from "../../../core/shape.js";
import type { ConcatenateParams, PadParams, SliceParams } from "../../../lax/shape.js";
import { type RefArg, registerRefKernels } from "../kernel.js";
import { forEachIndex, gatherCopy } from "./shape.js";

/** Start indices read from scalar index operands, clamped so a window of `sizes` fits `shape`. */
const clampedStarts = (idx: readonly RefArg[], shape: readonly number[], sizes: readonly number[]): number[] =>
  idx.map((a, k) => Math.min(Math.max(toNumbers(a.data, a.aval.dtype)[0], 0), shape[k] - sizes[k]));

registerRefKernels({
  slice: ([x], { startIndices, strides }: SliceParams, [out]) => {
    const st = stridesOf(x.aval.shape);
    const o = allocStorage(out.dtype, out.size);
    return [gatherCopy(x.data, o, out.shape, (idx) => idx.reduce((s, v, k) => s + (startIndices[k] + v * (strides?.[k] ?? 1)) * st[k], 0))];
  },

  dynamic_slice: ([x, ...idx], _params, [out]) => {
    const starts = clampedStarts(idx, x.aval.shape, out.shape);
    const st = stridesOf(x.aval.shape);
    const o = allocStorage(out.dtype, out.size);
    return [gatherCopy(x.data, o, out.shape, (ix) => ix.reduce((s, v, k) => s + (starts[k] + v) * st[k], 0))];
  },

  dynamic_update_slice: ([x, u, ...idx]) => {
    const starts = clampedStarts(idx, x.aval.shape, u.aval.shape);
    const st = stridesOf(x.aval.shape);
    const o = x.data.slice();
    forEachIndex(u.aval.shape, (flat, ix) => {
      o[ix.reduce((s, v, k) => s + (starts[k] + v) * st[k], 0)] = u.data[flat];
    });
    return [o];
  },

  pad: ([x, v], { paddingConfig }: PadParams, [out]) => {
    const shape = x.aval.shape;
    const st = stridesOf(shape);
    const o = allocStorage(out.dtype, out.size);
    forEachIndex(out.shape, (flat, idx) => {
      let src = 0;
      for (let k = 0; k < idx.length; k++) {
        const [lo, , interior] = paddingConfig[k];
        const j = idx[k] - lo;
        const i = j / (interior + 1);
        if (j < 0 || !Number.isInteger(i) || i >= shape[k]) {
          o[flat] = v.data[0];
          return;
        }
        src += i * st[k];
      }
      o[flat] = x.data[src];
    });
    return [o];
  },

  concatenate: (args, { dimension }: ConcatenateParams, [out]) => {
    const o = allocStorage(out.dtype, out.size);
    const offsets: number[] = [];
    let acc = 0;
    for (const a of args) {
      offsets.push(acc);
      acc += a.aval.shape[dimension];
    }
    const strides = args.map((a) => stridesOf(a.aval.shape));
    forEachIndex(out.shape, (flat, idx) => {
      const c = idx[dimension];
      let k = args.length - 1;
      while (offsets[k] > c) k--;
      const st = strides[k];
      let src = 0;
      for (let d = 0; d < idx.length; d++) src += (d === dimension ? c - offsets[k] : idx[d]) * st[d];
      o[flat] = args[k].data[src];
    });
    return [o];
  },
});
