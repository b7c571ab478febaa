// Native params of dot_general (read by native/cpu/kernels/dot.cc): the
// computation dtype the reference kernel uses (float results stay in their
// type; integer/bool results take a preferredElementType), then the batch and
// contracting dimension numbers.
import { dtypeInfo } from "../../../core/dtype.js";
import { type DotGeneralParams, dotResultDType } from "../../../lax/dot.js";
import { registerEncoders } from "../encoders.js";
import { DTYPE_IDS } from "../ops.generated.js";

registerEncoders({
  dot_general: ({ dimensionNumbers, preferredElementType }: DotGeneralParams, [l, r], [o]) => {
    const res = dotResultDType(l.dtype, r.dtype);
    const comp = preferredElementType !== null && dtypeInfo(res).kind !== "f" && dtypeInfo(o.dtype).kind !== "b" ? o.dtype : res;
    const [[lc, rc], [lb, rb]] = dimensionNumbers;
    return [DTYPE_IDS[comp], lb.length, lc.length, ...lb, ...rb, ...lc, ...rc];
  },
});
