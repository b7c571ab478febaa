// pad (low/high/interior padding with a scalar operand; negative low/high
// crop) and concatenate (join along one axis). Data movement only: every
// dtype, kernels in backend/reference/kernels/shape-slice.ts.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { ShapedArray } from "../core/aval.js";
import { DTypeError, fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { definePrimitive } from "../core/primitive.js";
import { normalizeAxis } from "../core/shape.js";
import { bind1 } from "../core/trace.js";
import { laxOperand } from "./util.js";

/** One axis of a padding config: [low, high, interior]. */
export type PadTriple = readonly [number, number, number];

export interface PadParams {
  readonly paddingConfig: readonly PadTriple[];
  [k: string]: unknown;
}

/** Operands: x, paddingValue (a scalar of x's dtype). */
export const padP = definePrimitive<PadParams>({
  name: "pad",
  abstractEval: ([x, v], { paddingConfig: cfg }) => {
    const show = () => JSON.stringify(cfg);
    if (v === undefined) throw new ValueError(`[lax.pad] expected an operand and a padding value`);
    if (v.ndim !== 0) throw new ShapeError(`[lax.pad] padding_value must be a scalar, got shape ${fmtShape(v.shape)}`);
    if (v.dtype !== x.dtype) throw new DTypeError(`[lax.pad] operand and padding_value must have the same dtype, got ${x.dtype} and ${v.dtype}`);
    if (!Array.isArray(cfg) || cfg.length !== x.ndim)
      throw new ShapeError(`[lax.pad] padding_config needs one (low, high, interior) per axis of operand ${fmtShape(x.shape)}, got ${show()}`);
    const shape = cfg.map((t, i) => {
      if (!Array.isArray(t) || t.length !== 3 || !t.every((e) => Number.isInteger(e)))
        throw new ValueError(`[lax.pad] padding_config entries must be (low, high, interior) integer triples, got ${show()}`);
      const [lo, hi, interior] = t;
      if (interior < 0) throw new ValueError(`[lax.pad] interior padding must be nonnegative, got padding_config ${show()}`);
      const n = x.shape[i];
      const size = lo + hi + n + Math.max(0, n - 1) * interior;
      if (size < 0)
        throw new ShapeError(`[lax.pad] axis ${i} would have size ${size} after padding operand ${fmtShape(x.shape)} with padding_config ${show()}`);
      return size;
    });
    return [new ShapedArray(shape, x.dtype, x.weakType && v.weakType)];
  },
});

/**
 * `lax.pad(x, paddingValue, paddingConfig)`: per axis, `low` and `high`
 * elements at the ends (negative values crop) and `interior` between elements.
 * A JS number padding value takes x's dtype.
 * @category shape
 */
export const pad = (x: ArrayLike, paddingValue: ArrayLike, paddingConfig: readonly PadTriple[]): NDArray => {
  const a = laxOperand(x);
  const v = laxOperand(paddingValue, a.dtype);
  if (!Array.isArray(paddingConfig)) throw new ValueError(`[lax.pad] expected padding_config as an array of triples, got ${String(paddingConfig)}`);
  const cfg = paddingConfig.map((t) => (Array.isArray(t) ? ([...t] as unknown as PadTriple) : t));
  return bind1(padP, [a, v], { paddingConfig: cfg });
};

export interface ConcatenateParams {
  readonly dimension: number;
  [k: string]: unknown;
}

/** Joins operands of one dtype and rank along `dimension`; other axes must agree. */
export const concatenateP = definePrimitive<ConcatenateParams>({
  name: "concatenate",
  abstractEval: (avals, { dimension }) => {
    if (avals.length === 0) throw new ValueError(`[lax.concatenate] expected at least one operand`);
    const [a] = avals;
    const shapes = () => avals.map((v) => fmtShape(v.shape)).join(", ");
    if (avals.some((v) => v.dtype !== a.dtype))
      throw new DTypeError(`[lax.concatenate] operands must have the same dtype, got ${avals.map((v) => v.dtype).join(", ")} (np.concatenate promotes)`);
    if (avals.some((v) => v.ndim !== a.ndim)) throw new ShapeError(`[lax.concatenate] operands must have the same number of dimensions, got ${shapes()}`);
    if (!Number.isInteger(dimension) || dimension < 0 || dimension >= a.ndim)
      throw new ShapeError(`[lax.concatenate] dimension ${dimension} is out of range for shapes ${shapes()}`);
    for (const v of avals)
      if (v.shape.some((d, i) => i !== dimension && d !== a.shape[i]))
        throw new ShapeError(`[lax.concatenate] operand shapes may differ only along dimension ${dimension}, got ${shapes()}`);
    const total = avals.reduce((s, v) => s + v.shape[dimension], 0);
    const shape = a.shape.map((d, i) => (i === dimension ? total : d));
    return [new ShapedArray(shape, a.dtype, avals.every((v) => v.weakType))];
  },
});

/**
 * `lax.concatenate(operands, dimension)`: operands share dtype and rank
 * (no promotion); a single operand is returned as is.
 * @category shape
 */
export const concatenate = (operands: readonly ArrayLike[], dimension: number): NDArray => {
  if (!Array.isArray(operands) || operands.length === 0) throw new ValueError(`[lax.concatenate] expected a non-empty array of operands`);
  const first = operands.find((o): o is NDArray => o instanceof NDArray);
  const arrs = operands.map((o) => laxOperand(o, first?.dtype));
  if (arrs.length === 1) return arrs[0];
  if (arrs[0].ndim === 0) throw new ShapeError(`[lax.concatenate] cannot concatenate 0-d arrays`);
  const dim = normalizeAxis(dimension, arrs[0].ndim, "lax.concatenate");
  return bind1(concatenateP, arrs, { dimension: dim });
};
