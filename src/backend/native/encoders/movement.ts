// Param encoders of the data-movement kernels (native/cpu/kernels/movement.cc,
// gather.cc, scatter.cc). Axis lists are encoded as "n, a0, ..., a(n-1)".

import { fromElems } from "../../../core/convert.js";
import type { DType } from "../../../core/dtype.js";
import type { GatherParams, ParsedMode } from "../../../lax/gather.js";
import type { ScatterParams } from "../../../lax/scatter.js";
import type { ConcatenateParams, PadParams } from "../../../lax/shape-pad.js";
import type { IotaParams } from "../../../lax/shape.js";
import { type Encoder, registerEncoders } from "../encoders.js";

const MODES: Record<ParsedMode, number> = { clip: 0, fill: 1, promise_in_bounds: 2 };

const list = (a: readonly number[]): number[] => [a.length, ...a];

/** The fill value's storage bits in `dtype`, as two little-endian uint32 halves. */
const fillBits = (value: number, dtype: DType): [number, number] => {
  const s = fromElems([value], dtype, true);
  const bytes = new Uint8Array(8);
  bytes.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
  const v = new DataView(bytes.buffer);
  return [v.getUint32(0, true), v.getUint32(4, true)];
};

const scatterEncoder: Encoder<ScatterParams> = ({ dimensionNumbers: dn, mode }) => [
  MODES[mode],
  ...list(dn.updateWindowDims),
  ...list(dn.insertedWindowDims),
  ...list(dn.scatterDimsToOperandDims),
  ...list(dn.operandBatchingDims),
  ...list(dn.scatterIndicesBatchingDims),
];

registerEncoders({
  pad: ({ paddingConfig }: PadParams) => paddingConfig.flatMap((t) => [t[0], t[1], t[2]]),
  concatenate: ({ dimension }: ConcatenateParams) => [dimension],
  iota: ({ dimension }: IotaParams) => [dimension],
  gather: ({ dimensionNumbers: dn, sliceSizes, mode, fillValue }: GatherParams, _in, [out]) => [
    MODES[mode],
    ...(mode === "fill" ? fillBits(fillValue ?? 0, out.dtype) : [0, 0]),
    ...list(dn.offsetDims),
    ...list(dn.collapsedSliceDims),
    ...list(dn.startIndexMap),
    ...list(dn.operandBatchingDims),
    ...list(dn.startIndicesBatchingDims),
    ...sliceSizes,
  ],
  scatter: scatterEncoder,
  "scatter-add": scatterEncoder,
  "scatter-sub": scatterEncoder,
  "scatter-mul": scatterEncoder,
  "scatter-min": scatterEncoder,
  "scatter-max": scatterEncoder,
});
