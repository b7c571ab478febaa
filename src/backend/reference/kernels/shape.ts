// Reference kernels of the shape primitives: index arithmetic over row-major
// storage. Data movement only, so every dtype is handled by copying storage
// elements (bits preserved: -0, NaN payloads). iota encodes its integers.

import { fromElems } from "../../../core/convert.js";
import { allocStorage, type Storage } from "../../../core/dtype.js";
import { type Shape, stridesOf } from "../../../core/shape.js";
import type { BroadcastInDimParams, IotaParams, RevParams, TransposeParams } from "../../../lax/shape.js";
import { registerRefKernels } from "../kernel.js";
import "./shape-slice.js";

/**
 * Calls `f(flat, idx)` for every position of `shape` in row-major order;
 * `idx` is the multi-index, reused between calls (do not keep it).
 */
export const forEachIndex = (shape: Shape, f: (flat: number, idx: number[]) => void): void => {
  const n = shape.reduce((a, b) => a * b, 1);
  const idx = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < n; flat++) {
    f(flat, idx);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
};

/** Output storage where out[flat] = x[src(idx)] for every output multi-index. */
export const gatherCopy = (x: Storage, out: Storage, outShape: Shape, src: (idx: number[]) => number): Storage => {
  forEachIndex(outShape, (flat, idx) => {
    out[flat] = x[src(idx)];
  });
  return out;
};

registerRefKernels({
  reshape: ([x]) => [x.data.slice()],
  copy: ([x]) => [x.data.slice()],

  broadcast_in_dim: ([x], { broadcastDimensions: dims }: BroadcastInDimParams, [out]) => {
    const o = allocStorage(out.dtype, out.size);
    const inStrides = stridesOf(x.aval.shape);
    const outStrides = stridesOf(out.shape);
    for (let i = 0; i < out.size; i++) {
      let src = 0;
      dims.forEach((d, k) => {
        const coord = Math.floor(i / outStrides[d]) % out.shape[d];
        src += (x.aval.shape[k] === 1 ? 0 : coord) * inStrides[k];
      });
      o[i] = x.data[src];
    }
    return [o];
  },

  transpose: ([x], { permutation }: TransposeParams, [out]) => {
    const st = stridesOf(x.aval.shape);
    const o = allocStorage(out.dtype, out.size);
    return [gatherCopy(x.data, o, out.shape, (idx) => idx.reduce((s, v, k) => s + v * st[permutation[k]], 0))];
  },

  squeeze: ([x]) => [x.data.slice()],

  rev: ([x], { dimensions }: RevParams, [out]) => {
    const shape = x.aval.shape;
    const st = stridesOf(shape);
    const o = allocStorage(out.dtype, out.size);
    return [gatherCopy(x.data, o, shape, (idx) => idx.reduce((s, v, k) => s + (dimensions.includes(k) ? shape[k] - 1 - v : v) * st[k], 0))];
  },

  iota: (_args, { dimension }: IotaParams, [out]) => {
    const values = new Float64Array(out.size);
    forEachIndex(out.shape, (flat, idx) => {
      values[flat] = idx[dimension];
    });
    // fromFloat = false: integers wrap (iota(int8, 300) wraps as in JAX); floats round to nearest even.
    return [fromElems(values, out.dtype, false)];
  },
});
