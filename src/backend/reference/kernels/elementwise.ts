// Reference kernels of elementwise primitives. Values are decoded to JS
// numbers (float16/bfloat16 widened), computed in float64, and encoded back
// with the output dtype's rounding/wrapping. int64/uint64 use exact bigint
// paths where an op defines one.

import { type Elem, fromElems, toBigInts, toNumbers } from "../../../core/convert.js";
import { type DType, dtypeInfo } from "../../../core/dtype.js";
import type { ConvertParams } from "../../../lax/convert.js";
import { type RefKernel, registerRefKernels } from "../kernel.js";

type NumFn = (...xs: number[]) => number;
type BigFn = (...xs: bigint[]) => bigint | boolean;

interface OpImpl {
  /** Float (and default) semantics. */
  readonly f: NumFn;
  /** Integer semantics for ≤32-bit ints when they differ from `f`; gets the dtype last. */
  readonly i?: (d: DType) => NumFn;
  /** Exact semantics for int64/uint64. */
  readonly big?: BigFn;
}

/** Builds a kernel applying `op` elementwise over same-shaped operands. */
export const mapKernel = (op: OpImpl): RefKernel => (args, _params, [out]) => {
  const d = args[0].aval.dtype;
  const info = dtypeInfo(d);
  const n = out.size;
  if (info.big && op.big) {
    const xs = args.map((a) => toBigInts(a.data, a.aval.dtype));
    const res = new Array<Elem>(n);
    for (let k = 0; k < n; k++) {
      const r = op.big(...xs.map((x) => x[k]));
      res[k] = typeof r === "boolean" ? (r ? 1 : 0) : r;
    }
    return [fromElems(res, out.dtype, false)];
  }
  const f = info.kind !== "f" && op.i ? op.i(d) : op.f;
  const xs = args.map((a) => toNumbers(a.data, a.aval.dtype));
  const res = new Float64Array(n);
  for (let k = 0; k < n; k++) res[k] = f(...xs.map((x) => x[k]));
  return [fromElems(res, out.dtype, info.kind === "f")];
};

/** 32-bit integer multiply without float64 rounding. */
const imul = (d: DType): NumFn => (dtypeInfo(d).bits === 32 ? (a, b) => Math.imul(a, b) : (a, b) => a * b);

registerRefKernels({
  add: mapKernel({ f: (a, b) => a + b, big: (a, b) => a + b }),
  sub: mapKernel({ f: (a, b) => a - b, big: (a, b) => a - b }),
  mul: mapKernel({ f: (a, b) => a * b, i: imul, big: (a, b) => a * b }),
  neg: mapKernel({ f: (a) => -a, big: (a) => -a }),
  sin: mapKernel({ f: Math.sin }),
  lt: mapKernel({ f: (a, b) => +(a < b), big: (a, b) => a < b }),

  convert_element_type: ([x], { newDType }: ConvertParams) => {
    const from = x.aval.dtype;
    if (dtypeInfo(from).big || dtypeInfo(newDType).big) return [fromElems(toBigIntsOrNumbers(x.data, from), newDType, dtypeInfo(from).kind === "f")];
    return [fromElems(toNumbers(x.data, from), newDType, dtypeInfo(from).kind === "f")];
  },
});

/** Exact elements for 64-bit integer sources, numbers otherwise. */
function toBigIntsOrNumbers(data: Parameters<typeof toNumbers>[0], d: DType): ArrayLike<Elem> {
  return dtypeInfo(d).big ? toBigInts(data, d) : toNumbers(data, d);
}
