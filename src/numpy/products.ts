// Products of jaxts/numpy: matmul, dot, vdot, vecdot, inner, outer,
// tensordot, kron and cross. As jnp, the operands go to lax.dot_general
// unpromoted with the promoted result type as preferred element type, and the
// result is converted to that type and weak flag.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { scalarArray } from "../core/asarray.js";
import { canonicalize, checkDType, type DType } from "../core/dtype.js";
import { fmtShape, ShapeError, ValueError } from "../core/errors.js";
import { resultTypeWeak } from "../core/promotion.js";
import { broadcastShapes, normalizeAxis } from "../core/shape.js";
import { convertElementType } from "../lax/convert.js";
import { dotGeneral } from "../lax/dot.js";
import * as laxs from "../lax/shape.js";
import { stack } from "./manipulation-join.js";
import { sliceAxis } from "./manipulation-util.js";
import { broadcastArrays, broadcastTo, moveaxis, ravel, reshape } from "./manipulation-shape.js";
import { multiply, subtract } from "./math.js";
import { asArray, promoteDTypes, typedOf } from "./util.js";

/** Options of the products. @category linalg */
export interface ProductOptions {
  /** Accumulate in and return this dtype (JAX's preferred_element_type). */
  readonly preferredElementType?: DType;
}

/** Operands, result dtype and weak flag as jnp computes them; weak operands take the result dtype first. */
const productOperands = (where: string, x: ArrayLike, y: ArrayLike, opts: ProductOptions): [NDArray, NDArray, DType, boolean] => {
  let a = asArray(x, where);
  let b = asArray(y, where);
  let pref: DType;
  let weak = false;
  if (opts.preferredElementType === undefined) {
    const t = resultTypeWeak(typedOf(a), typedOf(b));
    pref = t.dtype;
    weak = t.weakType;
  } else pref = canonicalize(checkDType(opts.preferredElementType, where));
  // A weakly typed operand (a JS number) is only a value: give it the result dtype, so
  // dot_general does not see a wider int than the result (jnp errors on dot(2, int8)).
  if (a.weakType && !b.weakType) a = convertElementType(a, resultTypeWeak(typedOf(a), typedOf(b)).dtype);
  if (b.weakType && !a.weakType) b = convertElementType(b, resultTypeWeak(typedOf(a), typedOf(b)).dtype);
  return [a, b, pref, weak];
};

const finish = (r: NDArray, pref: DType, weak: boolean): NDArray => convertElementType(r, pref, weak);

/**
 * `np.matmul(a, b)`: matrix product with NumPy broadcasting of the leading
 * (batch) axes; 1-D operands are promoted to matrices and the added axis removed.
 * @category linalg
 */
export const matmul = (x: ArrayLike, y: ArrayLike, opts: ProductOptions = {}): NDArray => {
  const where = "np.matmul";
  let [a, b, pref, weak] = productOperands(where, x, y, opts);
  [a, b].forEach((v, i) => {
    if (v.ndim < 1) throw new ShapeError(`[${where}] input operand ${i} must have ndim at least 1, but it has ndim 0`);
  });
  const aMat = a.ndim > 1;
  const bMat = b.ndim > 1;
  const aB = aMat ? a.shape.slice(0, -2) : [];
  const bB = bMat ? b.shape.slice(0, -2) : [];
  const nb = Math.max(aB.length, bB.length);
  const pa: (number | null)[] = [...Array<null>(nb - aB.length).fill(null), ...aB];
  const pb: (number | null)[] = [...Array<null>(nb - bB.length).fill(null), ...bB];
  const aSq: number[] = [];
  const bSq: number[] = [];
  const both: number[] = [];
  const aBatch: number[] = [];
  const bBatch: number[] = [];
  const idxBatch: number[] = [];
  const idxA: number[] = [];
  const idxB: number[] = [];
  for (let i = 0; i < nb; i++) {
    const ba = pa[i];
    const bb = pb[i];
    if (ba === null) idxB.push(i);
    else if (bb === null) idxA.push(i);
    else if (ba === 1 && bb === 1) {
      aSq.push(idxBatch.length + idxA.length + aSq.length);
      bSq.push(idxBatch.length + idxB.length + bSq.length);
      both.push(i);
    } else if (ba === 1) {
      idxB.push(i);
      aSq.push(idxBatch.length + idxA.length + aSq.length);
    } else if (bb === 1) {
      idxA.push(i);
      bSq.push(idxBatch.length + idxB.length + bSq.length);
    } else if (ba === bb) {
      aBatch.push(idxBatch.length + idxA.length);
      bBatch.push(idxBatch.length + idxB.length);
      idxBatch.push(i);
    } else throw new ShapeError(`[${where}] incompatible shapes for matmul arguments: ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  }
  if (aMat) idxA.push(nb);
  if (bMat) idxB.push(nb + (aMat ? 1 : 0));
  const order = [...idxBatch, ...idxA, ...idxB];
  const perm = order.map((_, i) => i).sort((p, q) => order[p] - order[q]);
  a = laxs.squeeze(a, aSq);
  b = laxs.squeeze(b, bSq);
  const ka = a.shape[a.ndim - 1];
  const kb = b.shape[b.ndim - 1 - (bMat ? 1 : 0)];
  if (ka !== kb)
    throw new ShapeError(`[${where}] contracting dimensions differ: ${fmtShape(a.shape)} @ ${fmtShape(b.shape)} (${ka} vs ${kb})`);
  const out = dotGeneral(a, b, [[[a.ndim - 1], [b.ndim - 1 - (bMat ? 1 : 0)]], [aBatch, bBatch]], { preferredElementType: pref });
  let r = laxs.transpose(out, perm);
  if (both.length > 0) r = laxs.expandDims(r, both);
  return finish(r, pref, weak);
};

/**
 * `np.dot(a, b)`: scalars multiply; otherwise contracts the last axis of `a`
 * with the second-to-last of `b` (its only axis when 1-D); batch axes stack.
 * @category linalg
 */
export const dot = (x: ArrayLike, y: ArrayLike, opts: ProductOptions = {}): NDArray => {
  const where = "np.dot";
  const [a, b, pref, weak] = productOperands(where, x, y, opts);
  const contract: [number[], number[]] = a.ndim === 0 || b.ndim === 0 ? [[], []] : [[a.ndim - 1], [b.ndim === 1 ? 0 : b.ndim - 2]];
  if (contract[0].length > 0 && a.shape[contract[0][0]] !== b.shape[contract[1][0]])
    throw new ShapeError(`[${where}] shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} not aligned: ${a.shape[contract[0][0]]} (axis ${contract[0][0]}) != ${b.shape[contract[1][0]]} (axis ${contract[1][0]})`);
  return finish(dotGeneral(a, b, [contract, [[], []]], { preferredElementType: pref }), pref, weak);
};

/** `np.vdot(a, b)`: dot product of the flattened arrays (no conjugation needed for real dtypes). @category linalg */
export const vdot = (x: ArrayLike, y: ArrayLike, opts: ProductOptions = {}): NDArray => {
  const a = asArray(x, "np.vdot");
  const b = asArray(y, "np.vdot");
  if (a.size !== b.size) throw new ShapeError(`[np.vdot] expected arrays of equal size, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  return dot(ravel(a), ravel(b), opts);
};

/** `np.vecdot(a, b, { axis })`: dot products along `axis` (default -1); other axes broadcast. @category linalg */
export const vecdot = (x: ArrayLike, y: ArrayLike, opts: ProductOptions & { axis?: number } = {}): NDArray => {
  const where = "np.vecdot";
  let [a, b, pref, weak] = productOperands(where, x, y, opts);
  if (a.ndim === 0 || b.ndim === 0) throw new ShapeError(`[${where}] expected arrays of ndim >= 1, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  const axis = opts.axis ?? -1;
  const ia = normalizeAxis(axis, a.ndim, where);
  const ib = normalizeAxis(axis, b.ndim, where);
  if (a.shape[ia] !== b.shape[ib]) throw new ShapeError(`[${where}] axes must match; got shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} with axis=${axis}`);
  a = moveaxis(a, ia, -1);
  b = moveaxis(b, ib, -1);
  const batch = broadcastShapes([a.shape.slice(0, -1), b.shape.slice(0, -1)], where);
  const n = a.shape[a.ndim - 1];
  a = broadcastTo(a, [...batch, n]);
  b = broadcastTo(b, [...batch, n]);
  const bd = batch.map((_, i) => i);
  return finish(dotGeneral(a, b, [[[batch.length], [batch.length]], [bd, bd]], { preferredElementType: pref }), pref, weak);
};

/** Normalizes tensordot's `axes` to contracting dims of a and b. */
const tensordotAxes = (axes: number | readonly [number | readonly number[], number | readonly number[]], an: number, bn: number, sa: readonly number[], sb: readonly number[]): [number[], number[]] => {
  const where = "np.tensordot";
  if (typeof axes === "number") {
    if (!Number.isInteger(axes) || axes < 0) throw new ValueError(`[${where}] axes must be a non-negative integer or a pair of axis lists, got ${axes}`);
    if (axes > Math.min(an, bn)) throw new ShapeError(`[${where}] number of axes (${axes}) exceeds input ranks (${fmtShape(sa)} and ${fmtShape(sb)})`);
    return [Array.from({ length: axes }, (_, i) => an - axes + i), Array.from({ length: axes }, (_, i) => i)];
  }
  if (!Array.isArray(axes) || axes.length !== 2) throw new ValueError(`[${where}] axes must be an integer or a pair of axis lists, got ${JSON.stringify(axes)}`);
  const [x, y] = axes;
  if (typeof x === "number" && typeof y === "number") return [[normalizeAxis(x, an, where)], [normalizeAxis(y, bn, where)]];
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) throw new ValueError(`[${where}] axes lists must have equal length, got [${x.join(", ")}] and [${y.join(", ")}]`);
    return [x.map((v) => normalizeAxis(v, an, where)), y.map((v) => normalizeAxis(v, bn, where))];
  }
  throw new ValueError(`[${where}] axes must be both integers or both lists, got ${JSON.stringify(axes)}`);
};

/**
 * `np.tensordot(a, b, axes = 2)`: `axes` k contracts the last k axes of `a` with
 * the first k of `b`; `[axesA, axesB]` contracts the listed pairs.
 * @category linalg
 */
export const tensordot = (
  x: ArrayLike,
  y: ArrayLike,
  axes: number | readonly [number | readonly number[], number | readonly number[]] = 2,
  opts: ProductOptions = {},
): NDArray => {
  const where = "np.tensordot";
  const [a, b, pref, weak] = productOperands(where, x, y, opts);
  const [ca, cb] = tensordotAxes(axes, a.ndim, b.ndim, a.shape, b.shape);
  ca.forEach((d, i) => {
    if (a.shape[d] !== b.shape[cb[i]])
      throw new ShapeError(`[${where}] shape mismatch for contraction: axis ${d} of ${fmtShape(a.shape)} and axis ${cb[i]} of ${fmtShape(b.shape)}`);
  });
  return finish(dotGeneral(a, b, [[ca, cb], [[], []]], { preferredElementType: pref }), pref, weak);
};

/** `np.inner(a, b)`: contracts the last axes of both (scalars multiply). @category linalg */
export const inner = (x: ArrayLike, y: ArrayLike, opts: ProductOptions = {}): NDArray => {
  let a = asArray(x, "np.inner");
  let b = asArray(y, "np.inner");
  if (a.ndim === 0 || b.ndim === 0) {
    if (opts.preferredElementType !== undefined) {
      a = convertElementType(a, canonicalize(checkDType(opts.preferredElementType, "np.inner")));
      b = convertElementType(b, a.dtype);
    }
    return multiply(a, b);
  }
  return tensordot(a, b, [-1, -1], opts);
};

/** `np.outer(a, b)`: `a.ravel()[:, None] * b.ravel()[None, :]`. @category linalg */
export const outer = (x: ArrayLike, y: ArrayLike): NDArray => {
  const [a, b] = promoteDTypes("np.outer", [x, y]);
  return multiply(reshape(a, [a.size, 1]), reshape(b, [1, b.size]));
};

/** `np.kron(a, b)`: the Kronecker product (block matrix of `a[i] * b`). @category linalg */
export const kron = (x: ArrayLike, y: ArrayLike): NDArray => {
  let [a, b] = promoteDTypes("np.kron", [x, y]);
  if (a.ndim < b.ndim) a = laxs.reshape(a, [...Array(b.ndim - a.ndim).fill(1), ...a.shape]);
  if (b.ndim < a.ndim) b = laxs.reshape(b, [...Array(a.ndim - b.ndim).fill(1), ...b.shape]);
  const ar = laxs.reshape(a, a.shape.flatMap((d) => [d, 1]));
  const br = laxs.reshape(b, b.shape.flatMap((d) => [1, d]));
  return laxs.reshape(multiply(ar, br), a.shape.map((d, i) => d * b.shape[i]));
};

/**
 * `np.cross(a, b, { axisa, axisb, axisc, axis })`: cross product of 3- (or 2-)
 * vectors along the given axes (default -1); other axes broadcast. 2-vectors
 * give the scalar z component.
 * @category linalg
 */
export const cross = (x: ArrayLike, y: ArrayLike, opts: { axisa?: number; axisb?: number; axisc?: number; axis?: number } = {}): NDArray => {
  const where = "np.cross";
  let [a, b] = promoteDTypes(where, [x, y]);
  if (a.ndim === 0 || b.ndim === 0) throw new ShapeError(`[${where}] expected arrays of ndim >= 1, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
  const axisa = opts.axis ?? opts.axisa ?? -1;
  const axisb = opts.axis ?? opts.axisb ?? -1;
  a = moveaxis(a, normalizeAxis(axisa, a.ndim, where), -1);
  b = moveaxis(b, normalizeAxis(axisb, b.ndim, where), -1);
  const na = a.shape[a.ndim - 1];
  const nb = b.shape[b.ndim - 1];
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3))
    throw new ShapeError(`[${where}] incompatible dimensions for cross product (dimension must be 2 or 3), got ${na} and ${nb}`);
  const comp = (v: NDArray, i: number): NDArray => laxs.squeeze(sliceAxis(v, v.ndim - 1, i, i + 1), [v.ndim - 1]);
  const [a0, a1] = [comp(a, 0), comp(a, 1)];
  const [b0, b1] = [comp(b, 0), comp(b, 1)];
  const cz = subtract(multiply(a0, b1), multiply(a1, b0));
  if (na === 2 && nb === 2) return cz;
  const a2 = na === 3 ? comp(a, 2) : laxs.broadcastInDim(scalarArray(0, a.dtype), a0.shape, []);
  const b2 = nb === 3 ? comp(b, 2) : laxs.broadcastInDim(scalarArray(0, b.dtype), b0.shape, []);
  const cx = subtract(multiply(a1, b2), multiply(a2, b1));
  const cy = subtract(multiply(a2, b0), multiply(a0, b2));
  const c = stack(broadcastArrays(cx, cy, cz), { axis: -1 });
  return moveaxis(c, -1, normalizeAxis(opts.axis ?? opts.axisc ?? -1, c.ndim, where));
};
