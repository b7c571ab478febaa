// Builds the Float64Array descriptor of one exec call (format in
// native/addon/views.h): op id, operand views (dtype, ndim, offset, shape,
// strides), then params. One scratch array is reused across calls.

import type { ShapedArray } from "../../core/aval.js";
import { DTYPE_IDS } from "./ops.generated.js";

let scratch = new Float64Array(1024);

export interface ViewDesc {
  readonly aval: ShapedArray;
  readonly offset: number;
  readonly strides: readonly number[];
}

export const describe = (op: number, ins: readonly ViewDesc[], outs: readonly ViewDesc[], params: readonly number[]): Float64Array => {
  let need = 4 + params.length;
  for (const v of [...ins, ...outs]) need += 3 + 2 * v.aval.shape.length;
  if (need > scratch.length) scratch = new Float64Array(Math.max(need, scratch.length * 2));
  const d = scratch;
  let i = 0;
  d[i++] = op;
  d[i++] = ins.length;
  d[i++] = outs.length;
  for (const v of ins.concat(outs)) {
    const shape = v.aval.shape;
    d[i++] = DTYPE_IDS[v.aval.dtype];
    d[i++] = shape.length;
    d[i++] = v.offset;
    for (const s of shape) d[i++] = s;
    for (const s of v.strides) d[i++] = s;
  }
  d[i++] = params.length;
  for (const p of params) d[i++] = p;
  return d.subarray(0, i);
};
