// Shapes: validation, sizes, row-major strides, NumPy broadcasting and axis
// normalization. Every error names the operation, the shapes and the axis.

import { ShapeError, fmtShape, ValueError } from "./errors.js";

export type Shape = readonly number[];

/** Product of the dimensions (1 for a scalar). */
export const prod = (shape: Shape): number => shape.reduce((a, b) => a * b, 1);

export const shapeEq = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/** Row-major strides in elements. */
export const stridesOf = (shape: Shape): number[] => {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
};

/** Validates a user-given shape: non-negative safe integers. */
export const checkShape = (shape: unknown, where: string): number[] => {
  const arr = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(arr)) throw new ShapeError(`[${where}] expected a shape (array of non-negative integers), got ${String(shape)}`);
  for (const d of arr) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)
      throw new ShapeError(`[${where}] shape entries must be non-negative integers, got [${arr.join(", ")}]`);
  }
  return [...arr];
};

/** NumPy broadcasting of any number of shapes. */
export const broadcastShapes = (shapes: readonly Shape[], where = "broadcast"): number[] => {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = nd - s.length + i;
      const d = s[i];
      if (out[o] === 1) out[o] = d;
      else if (d !== 1 && d !== out[o])
        throw new ShapeError(
          `[${where}] shapes ${shapes.map(fmtShape).join(" and ")} cannot be broadcast together: axis ${o - nd} has sizes ${out[o]} and ${d}`,
        );
    }
  }
  return out;
};

/** Normalizes a possibly negative axis against `ndim`, or throws. */
export const normalizeAxis = (axis: number, ndim: number, where: string): number => {
  if (typeof axis !== "number" || !Number.isInteger(axis))
    throw new ValueError(`[${where}] axis must be an integer, got ${String(axis)}`);
  if (axis < -ndim || axis >= ndim)
    throw new ShapeError(`[${where}] axis ${axis} is out of bounds for an array of ndim ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
};

/**
 * A user-given integer or list of integers (axes, shapes, reps, indices) as a
 * fresh list; anything else (null, strings, objects) is a ValueError. The
 * elements are checked by the caller, which knows their valid range.
 */
export const intList = (x: unknown, where: string, what = "argument"): number[] => {
  if (typeof x === "number") return [x];
  if (Array.isArray(x)) return [...(x as number[])];
  throw new ValueError(`[${where}] ${what} must be an integer or a list of integers, got ${x === null ? "null" : typeof x === "object" ? "an object" : JSON.stringify(x)}`);
};

/** Normalizes an axis spec (undefined = all, number, or list), rejecting repeats. */
export const normalizeAxes = (axis: number | readonly number[] | null | undefined, ndim: number, where: string): number[] => {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = intList(axis, where, "axis");
  const out = list.map((a) => normalizeAxis(a, ndim, where));
  if (new Set(out).size !== out.length) throw new ValueError(`[${where}] repeated axis in ${JSON.stringify(list)}`);
  return out;
};

/** Checks that `perm` is a permutation of 0..n-1. */
export const checkPermutation = (perm: readonly number[], n: number, where: string): void => {
  const seen = new Set(perm);
  if (perm.length !== n || seen.size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n))
    throw new ShapeError(`[${where}] expected a permutation of ${n} axes, got [${perm.join(", ")}]`);
};
