// Bit packing of jaxts/numpy: `np.packbits` and `np.unpackbits`, as
// jax.numpy's versions: elements (nonzero = 1) are packed eight per uint8
// along an axis (or the flattened array), in "big" or "little" bit order,
// as compositions of shifts, sums and reshapes.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { dtypeInfo } from "../core/dtype.js";
import { DTypeError, ValueError } from "../core/errors.js";
import { normalizeAxis } from "../core/shape.js";
import { slice } from "../lax/shape-slice.js";
import { rev } from "../lax/shape.js";
import { arange } from "./creation.js";
import { bitwiseAnd, leftShift } from "./math-logic.js";
import { pad } from "./manipulation-pad.js";
import { ravel, reshape, swapaxes } from "./manipulation-shape.js";
import { requireInt } from "./math-util.js";
import { sum } from "./reductions.js";
import { asArray } from "./util.js";

/** Bit order of packbits/unpackbits. @category bits */
export type BitOrder = "big" | "little";

/** Options of `np.packbits`. @category bits */
export interface PackBitsOptions {
  /** Axis to pack along; default null packs the flattened array. */
  readonly axis?: number | null;
  /** "big" (default: the first element is the most significant bit) or "little". */
  readonly bitorder?: BitOrder;
}

/** Options of `np.unpackbits`. @category bits */
export interface UnpackBitsOptions extends PackBitsOptions {
  /** Number of bits to keep along the axis (padding with zeros when larger; negative counts drop from the end). */
  readonly count?: number | null;
}

/** The 8 bit positions (uint8), reversed for big-endian bit order. */
const bitPositions = (bitorder: unknown, where: string): NDArray => {
  if (bitorder !== "big" && bitorder !== "little") throw new ValueError(`[${where}] expected bitorder "big" or "little", got ${JSON.stringify(bitorder)}`);
  const bits = arange(8, { dtype: "uint8" });
  return bitorder === "big" ? rev(bits, [0]) : bits;
};

/** The array and axis to work along: the flattened array for a null axis. */
const workAxis = (arr: NDArray, axis: number | null | undefined, where: string): [NDArray, number] => {
  if (axis === undefined || axis === null) return [ravel(arr), 0];
  return [arr, normalizeAxis(axis, arr.ndim, where)];
};

/**
 * `np.packbits(a, { axis, bitorder })`: packs the truth values of an integer
 * or boolean array into uint8, eight per byte, zero-padding the last byte.
 * @example np.packbits([1, 0, 1, 1]) // [176] (0b10110000)
 * @category bits
 */
export const packbits = (a: ArrayLike, opts: PackBitsOptions = {}): NDArray => {
  const W = "np.packbits";
  const x = asArray(a, W);
  const k = dtypeInfo(x.dtype).kind;
  if (k !== "i" && k !== "u" && k !== "b") throw new DTypeError(`[${W}] expected an input array of integer or boolean dtype, got ${x.dtype}`);
  let bits = bitPositions(opts.bitorder ?? "big", W);
  const [flat, axis] = workAxis(x.ne(0).astype("uint8"), opts.axis, W);
  let arr = swapaxes(flat, axis, -1);
  const n = arr.shape[arr.ndim - 1];
  const remainder = n % 8;
  if (remainder !== 0) arr = pad(arr, [...arr.shape.slice(0, -1).map((): [number, number] => [0, 0]), [0, 8 - remainder]]);
  arr = reshape(arr, [...arr.shape.slice(0, -1), arr.shape[arr.ndim - 1] / 8, 8]);
  bits = reshape(bits, [...Array<number>(arr.ndim - 1).fill(1), 8]);
  const packed = sum(leftShift(arr, bits), { axis: -1 }).astype("uint8");
  return swapaxes(packed, axis, -1);
};

/**
 * `np.unpackbits(a, { axis, count, bitorder })`: the bits of a uint8 array as
 * a uint8 array of 0s and 1s, eight per element along the axis.
 * @example np.unpackbits(np.array([176], { dtype: "uint8" })) // [1, 0, 1, 1, 0, 0, 0, 0]
 * @category bits
 */
export const unpackbits = (a: ArrayLike, opts: UnpackBitsOptions = {}): NDArray => {
  const W = "np.unpackbits";
  const x = asArray(a, W);
  if (x.dtype !== "uint8") throw new DTypeError(`[${W}] expected an input array of dtype uint8, got ${x.dtype}`);
  const shifts = bitPositions(opts.bitorder ?? "big", W);
  const [flat, axis] = workAxis(x, opts.axis, W);
  const arr = swapaxes(flat, axis, -1);
  const bits = reshape(leftShift(1, shifts).astype("uint8"), [...Array<number>(arr.ndim).fill(1), 8]);
  const expanded = reshape(arr, [...arr.shape, 1]);
  let unpacked: NDArray = bitwiseAnd(expanded, bits).gt(0).astype("uint8");
  unpacked = reshape(unpacked, [...arr.shape.slice(0, -1), arr.shape[arr.ndim - 1] * 8]);
  if (opts.count !== undefined && opts.count !== null) {
    const count = requireInt(W, "count", opts.count);
    const m = unpacked.shape[unpacked.ndim - 1];
    if (count > m) unpacked = pad(unpacked, [...unpacked.shape.slice(0, -1).map((): [number, number] => [0, 0]), [0, count - m]]);
    else {
      const stop = count < 0 ? Math.max(0, m + count) : count;
      unpacked = slice(unpacked, unpacked.shape.map(() => 0), [...unpacked.shape.slice(0, -1), stop]);
    }
  }
  return swapaxes(unpacked, axis, -1);
};
