// Reference kernels of the shape primitives: index arithmetic over row-major
// storage. Data movement only, so every dtype is handled by copying storage.

import { allocStorage } from "../../../core/dtype.js";
import { stridesOf } from "../../../core/shape.js";
import type { BroadcastInDimParams } from "../../../lax/shape.js";
import { registerRefKernels } from "../kernel.js";

registerRefKernels({
  reshape: ([x]) => [x.data.slice()],

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
});
