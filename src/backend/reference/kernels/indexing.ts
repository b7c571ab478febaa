// Reference kernels of gather and the scatter family: one plain loop over
// output (gather) or update (scatter) elements in row-major order, following
// XLA's operation semantics. Out-of-bounds starts are clamped ("clip",
// "promise_in_bounds" for gather) or fill the slice / drop the window ("fill").

import { castNumber, type Elem, fromElems, getElem, toNumbers } from "../../../core/convert.js";
import { allocStorage, type DType, dtypeInfo, type Storage } from "../../../core/dtype.js";
import { stridesOf } from "../../../core/shape.js";
import type { GatherParams } from "../../../lax/gather.js";
import type { ScatterParams } from "../../../lax/scatter.js";
import { type RefKernel, registerRefKernels } from "../kernel.js";

/** Row-major coordinates of flat index `i` in `shape`. */
const unravel = (i: number, shape: readonly number[], strides: readonly number[], out: number[]): void => {
  for (let k = 0; k < shape.length; k++) out[k] = Math.floor(i / strides[k]) % shape[k];
};

const dot = (coords: readonly number[], strides: readonly number[]): number => {
  let s = 0;
  for (let k = 0; k < coords.length; k++) s += coords[k] * strides[k];
  return s;
};

const gatherKernel: RefKernel<GatherParams> = ([x, idx], p, [out]) => {
  const { offsetDims, collapsedSliceDims, startIndexMap, operandBatchingDims, startIndicesBatchingDims } = p.dimensionNumbers;
  const xs = x.aval.shape;
  const xStrides = stridesOf(xs);
  const ind = toNumbers(idx.data, idx.aval.dtype);
  const iStrides = stridesOf(idx.aval.shape);
  const ivd = idx.aval.ndim - 1;
  const oStrides = stridesOf(out.shape);
  const res = allocStorage(out.dtype, out.size);
  const fill = p.mode === "fill" ? fromElems([p.fillValue ?? 0], out.dtype, true)[0] : 0;
  // Operand axes that receive an offset, in order, and the output axis each reads.
  const windowAxes = xs.map((_, d) => d).filter((d) => !collapsedSliceDims.includes(d) && !operandBatchingDims.includes(d));
  const batchOutAxes = out.shape.map((_, d) => d).filter((d) => !offsetDims.includes(d));
  const oc = new Array<number>(out.ndim);
  const coord = new Array<number>(xs.length);
  for (let o = 0; o < out.size; o++) {
    unravel(o, out.shape, oStrides, oc);
    const batch = batchOutAxes.map((a) => oc[a]);
    coord.fill(0);
    let oob = false;
    startIndexMap.forEach((d, k) => {
      let s = ind[dot(batch, iStrides) + k * iStrides[ivd]];
      const hi = xs[d] - p.sliceSizes[d];
      if (s < 0 || s > hi) {
        oob = true;
        s = Math.min(Math.max(s, 0), hi);
      }
      coord[d] = s;
    });
    operandBatchingDims.forEach((d, k) => (coord[d] = batch[startIndicesBatchingDims[k]]));
    windowAxes.forEach((d, k) => (coord[d] += oc[offsetDims[k]]));
    res[o] = oob && p.mode === "fill" ? fill : x.data[dot(coord, xStrides)];
  }
  return [res];
};

type Combine = (old: Elem, upd: Elem) => Elem;

/** The update function of each scatter primitive, exact in the dtype `d`. */
const combiner = (name: string, d: DType): Combine => {
  const info = dtypeInfo(d);
  const isFloat = info.kind === "f";
  const round = (v: number) => castNumber(v, d, isFloat);
  const nanMax = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b));
  const nanMin = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b));
  if (info.big) {
    const wrap = (v: bigint) => (info.kind === "i" ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v));
    const ops: Record<string, (a: bigint, b: bigint) => bigint> = {
      scatter: (_a, b) => b,
      "scatter-add": (a, b) => wrap(a + b),
      "scatter-sub": (a, b) => wrap(a - b),
      "scatter-mul": (a, b) => wrap(a * b),
      "scatter-min": (a, b) => (b < a ? b : a),
      "scatter-max": (a, b) => (b > a ? b : a),
    };
    return ops[name] as Combine;
  }
  const mul = info.bits === 32 && !isFloat ? (a: number, b: number) => Math.imul(a, b) : (a: number, b: number) => a * b;
  const ops: Record<string, (a: number, b: number) => number> = {
    scatter: (_a, b) => b,
    "scatter-add": (a, b) => round(a + b),
    "scatter-sub": (a, b) => round(a - b),
    "scatter-mul": (a, b) => round(mul(a, b)),
    "scatter-min": (a, b) => round(nanMin(a, b)),
    "scatter-max": (a, b) => round(nanMax(a, b)),
  };
  return ops[name] as Combine;
};

const scatterKernel =
  (name: string): RefKernel<ScatterParams> =>
  ([x, idx, upd], p, [out]) => {
    const { updateWindowDims, insertedWindowDims, scatterDimsToOperandDims, operandBatchingDims, scatterIndicesBatchingDims } = p.dimensionNumbers;
    const d = out.dtype;
    const xs = x.aval.shape;
    const xStrides = stridesOf(xs);
    const us = upd.aval.shape;
    const uStrides = stridesOf(us);
    const ind = toNumbers(idx.data, idx.aval.dtype);
    const iStrides = stridesOf(idx.aval.shape);
    const ivd = idx.aval.ndim - 1;
    const vals: Elem[] = Array.from({ length: x.aval.size }, (_, i) => getElem(x.data, i, d));
    const combine = combiner(name, d);
    const windowAxes = xs.map((_, a) => a).filter((a) => !insertedWindowDims.includes(a) && !operandBatchingDims.includes(a));
    const windowSize = xs.map(() => 1);
    windowAxes.forEach((a, k) => (windowSize[a] = us[updateWindowDims[k]]));
    const scatterAxes = us.map((_, a) => a).filter((a) => !updateWindowDims.includes(a));
    const uc = new Array<number>(us.length);
    const coord = new Array<number>(xs.length);
    for (let u = 0; u < upd.aval.size; u++) {
      unravel(u, us, uStrides, uc);
      const batch = scatterAxes.map((a) => uc[a]);
      coord.fill(0);
      let oob = false;
      scatterDimsToOperandDims.forEach((a, k) => {
        let s = ind[dot(batch, iStrides) + k * iStrides[ivd]];
        const hi = xs[a] - windowSize[a];
        if (s < 0 || s > hi) {
          oob = true;
          s = Math.min(Math.max(s, 0), hi);
        }
        coord[a] = s;
      });
      // "fill"/"drop" and "promise_in_bounds" skip a window that leaves the operand; "clip" clamps it.
      if (oob && p.mode !== "clip") continue;
      operandBatchingDims.forEach((a, k) => (coord[a] = batch[scatterIndicesBatchingDims[k]]));
      windowAxes.forEach((a, k) => (coord[a] += uc[updateWindowDims[k]]));
      const t = dot(coord, xStrides);
      vals[t] = combine(vals[t], getElem(upd.data, u, d));
    }
    return [fromElems(vals, d, dtypeInfo(d).kind === "f") as Storage];
  };

registerRefKernels({
  gather: gatherKernel,
  scatter: scatterKernel("scatter"),
  "scatter-add": scatterKernel("scatter-add"),
  "scatter-sub": scatterKernel("scatter-sub"),
  "scatter-mul": scatterKernel("scatter-mul"),
  "scatter-min": scatterKernel("scatter-min"),
  "scatter-max": scatterKernel("scatter-max"),
});
