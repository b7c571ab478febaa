// Reference kernel of dot_general: a plain triple loop (batch, free, contract).
// Operands are first converted to the computation dtype (XLA converts mixed
// inputs to the result type). Accumulation: bool = or of ands; ints wrap in
// the dtype (exact bigints for 64-bit); float32 rounds each step in float32;
// float16/bfloat16 accumulate in float32 and round once; float64 in float64.

import { castNumber, type Elem, fromElems, toBig, toBigInts, toNumbers } from "../../../core/convert.js";
import { type DType, dtypeInfo } from "../../../core/dtype.js";
import { stridesOf } from "../../../core/shape.js";
import type { DotGeneralParams } from "../../../lax/dot.js";
import { dotResultDType } from "../../../lax/dot.js";
import { type RefArg, registerRefKernels } from "../kernel.js";

/** Offsets into a row-major array of each combination of the given axes (row-major over them). */
const axisOffsets = (shape: readonly number[], axes: readonly number[]): number[] => {
  const strides = stridesOf(shape);
  let offs = [0];
  for (const a of axes) {
    const next: number[] = [];
    for (const o of offs) for (let i = 0; i < shape[a]; i++) next.push(o + i * strides[a]);
    offs = next;
  }
  return offs;
};

/** Elements of `a` converted to `d` (wrapping/saturating as convert_element_type), as numbers or bigints. */
const convertTo = (a: RefArg, d: DType): Elem[] => {
  const from = a.aval.dtype;
  const fromFloat = dtypeInfo(from).kind === "f";
  const src: ArrayLike<Elem> = dtypeInfo(from).big ? toBigInts(a.data, from) : toNumbers(a.data, from);
  if (dtypeInfo(d).big) return Array.from(src, (v) => toBig(v, d as "int64" | "uint64", fromFloat));
  // A 64-bit int source only meets a float result here (narrower ints are rejected by abstractEval).
  return Array.from(src, (v) => castNumber(Number(v), d, fromFloat));
};

registerRefKernels({
  dot_general: ([lhs, rhs], { dimensionNumbers, preferredElementType }: DotGeneralParams, [out]) => {
    const [[lc, rc], [lb, rb]] = dimensionNumbers;
    const outD = out.dtype;
    const resD = dotResultDType(lhs.aval.dtype, rhs.aval.dtype);
    // Integer results computed in the (wider) preferred int; float inputs stay float until the end.
    const comp: DType = preferredElementType !== null && dtypeInfo(resD).kind !== "f" && dtypeInfo(outD).kind !== "b" ? outD : resD;
    const ls = lhs.aval.shape;
    const rs = rhs.aval.shape;
    const lFree = ls.map((_, i) => i).filter((i) => !lc.includes(i) && !lb.includes(i));
    const rFree = rs.map((_, i) => i).filter((i) => !rc.includes(i) && !rb.includes(i));
    const lBatch = axisOffsets(ls, lb);
    const rBatch = axisOffsets(rs, rb);
    const lFreeO = axisOffsets(ls, lFree);
    const rFreeO = axisOffsets(rs, rFree);
    const lCon = axisOffsets(ls, lc);
    const rCon = axisOffsets(rs, rc);
    const L = convertTo(lhs, comp);
    const R = convertTo(rhs, comp);
    const info = dtypeInfo(comp);
    const res: Elem[] = [];
    for (let b = 0; b < lBatch.length; b++)
      for (const lf of lFreeO)
        for (const rf of rFreeO) {
          const l0 = lBatch[b] + lf;
          const r0 = rBatch[b] + rf;
          if (info.big) {
            let acc = 0n;
            for (let k = 0; k < lCon.length; k++) acc += (L[l0 + lCon[k]] as bigint) * (R[r0 + rCon[k]] as bigint);
            res.push(comp === "int64" ? BigInt.asIntN(64, acc) : BigInt.asUintN(64, acc));
          } else if (info.kind === "b") {
            let acc = 0;
            for (let k = 0; k < lCon.length && !acc; k++) acc = (L[l0 + lCon[k]] as number) && (R[r0 + rCon[k]] as number) ? 1 : 0;
            res.push(acc);
          } else if (info.kind === "f") {
            const step = comp === "float64" ? (v: number) => v : Math.fround;
            let acc = 0;
            for (let k = 0; k < lCon.length; k++) acc = step(acc + step((L[l0 + lCon[k]] as number) * (R[r0 + rCon[k]] as number)));
            res.push(acc);
          } else {
            const mul = info.bits === 32 ? Math.imul : (x: number, y: number) => x * y;
            let acc = 0;
            for (let k = 0; k < lCon.length; k++) acc = castNumber(acc + mul(L[l0 + lCon[k]] as number, R[r0 + rCon[k]] as number), comp, false);
            res.push(acc);
          }
        }
    // One final rounding/conversion into the output dtype.
    const fromFloat = info.kind === "f";
    return [fromElems(res, outD, fromFloat)];
  },
});
