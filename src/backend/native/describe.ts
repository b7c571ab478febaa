// Builds the Float64Array descriptor of one exec call (format in
// native/addon/views.h): op id, operand views (dtype, ndim, offset, shape,
// strides), then params. One scratch array is reused across calls: this is on
// the path of every eager op, so it allocates nothing but the final subarray.

import type { ShapedArray } from "../../core/aval.js";
import { DTYPE_IDS } from "./ops.generated.js";

let scratch = new Float64Array(1024);

/** Writes one operand view at position i; returns the next position. */
const put = (d: Float64Array, i: number, aval: ShapedArray, offset: number, strides: readonly number[]): number => {
  const shape = aval.shape;
  d[i++] = DTYPE_IDS[aval.dtype];
  d[i++] = shape.length;
  d[i++] = offset;
  for (let k = 0; k < shape.length; k++) d[i++] = shape[k];
  for (let k = 0; k < strides.length; k++) d[i++] = strides[k];
  return i;
};

export interface Views {
  readonly avals: readonly ShapedArray[];
  readonly offsets: readonly number[] | null; // null: all 0
  readonly strides: readonly (readonly number[])[];
}

export const describe = (op: number, ins: Views, outs: Views, params: readonly number[]): Float64Array => {
  let need = 4 + params.length;
  for (const a of ins.avals) need += 3 + 2 * a.shape.length;
  for (const a of outs.avals) need += 3 + 2 * a.shape.length;
  if (need > scratch.length) scratch = new Float64Array(Math.max(need, scratch.length * 2));
  const d = scratch;
  let i = 0;
  d[i++] = op;
  d[i++] = ins.avals.length;
  d[i++] = outs.avals.length;
  for (let k = 0; k < ins.avals.length; k++) i = put(d, i, ins.avals[k], ins.offsets ? ins.offsets[k] : 0, ins.strides[k]);
  for (let k = 0; k < outs.avals.length; k++) i = put(d, i, outs.avals[k], outs.offsets ? outs.offsets[k] : 0, outs.strides[k]);
  d[i++] = params.length;
  for (let k = 0; k < params.length; k++) d[i++] = params[k];
  return d.subarray(0, i);
};
