// Primitives that are pure index arithmetic become new views of the same
// memory on the CPU backend — no kernel, no copy: reshape (of a contiguous
// view), broadcast_in_dim (stride 0 on new or stretched axes), transpose,
// squeeze, rev, slice, and convert_element_type that only changes weakness.

import type { ShapedArray } from "../../core/aval.js";
import type { BroadcastInDimParams, RevParams, SqueezeParams, TransposeParams } from "../../lax/shape.js";
import type { SliceParams } from "../../lax/shape-slice.js";
import { isContiguous, type NativeBuffer, rowMajor } from "./buffer.js";

type ViewOp = (x: NativeBuffer, inAval: ShapedArray, outAval: ShapedArray, params: any) => NativeBuffer | null;

export const viewOps: Record<string, ViewOp> = {
  reshape: (x, a, out) => (isContiguous(a.shape, x.strides) ? x.view(x.offset, rowMajor(out.shape)) : null),

  broadcast_in_dim: (x, a, out, { broadcastDimensions: dims }: BroadcastInDimParams) => {
    const strides = out.shape.map(() => 0);
    dims.forEach((d, k) => {
      strides[d] = a.shape[k] === 1 && out.shape[d] !== 1 ? 0 : x.strides[k];
    });
    return x.view(x.offset, strides);
  },

  transpose: (x, _a, _out, { permutation }: TransposeParams) => x.view(x.offset, permutation.map((p) => x.strides[p])),

  squeeze: (x, _a, _out, { dimensions }: SqueezeParams) => x.view(x.offset, x.strides.filter((_, i) => !dimensions.includes(i))),

  rev: (x, a, _out, { dimensions }: RevParams) => {
    let offset = x.offset;
    const strides = [...x.strides];
    for (const d of dimensions) {
      if (a.shape[d] > 0) offset += strides[d] * (a.shape[d] - 1);
      strides[d] = -strides[d];
    }
    return x.view(offset, strides);
  },

  slice: (x, a, out, { startIndices, strides: steps }: SliceParams) => {
    if (out.size === 0) return x.view(0, rowMajor(out.shape).map(() => 0));
    let offset = x.offset;
    startIndices.forEach((s, i) => (offset += s * x.strides[i]));
    return x.view(offset, x.strides.map((s, i) => s * (steps ? steps[i] : 1)));
  },

  convert_element_type: (x, a, out) => (a.dtype === out.dtype ? x.view(x.offset, x.strides) : null),
};
