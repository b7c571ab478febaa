// Reference kernels of the transcendental elementwise primitives: float64
// math (Math.* and core/special.ts), rounded once to the output dtype.

import { digamma, erf, erfc, erfInv, lgamma } from "../../../core/special.js";
import { registerRefKernels } from "../kernel.js";
import { mapKernel } from "./elementwise-map.js";

registerRefKernels({
  exp: mapKernel({ f: Math.exp }),
  exp2: mapKernel({ f: (a) => 2 ** a }),
  log: mapKernel({ f: Math.log }),
  log1p: mapKernel({ f: Math.log1p }),
  expm1: mapKernel({ f: Math.expm1 }),
  logistic: mapKernel({ f: (a) => 1 / (1 + Math.exp(-a)) }),
  sin: mapKernel({ f: Math.sin }),
  cos: mapKernel({ f: Math.cos }),
  tan: mapKernel({ f: Math.tan }),
  asin: mapKernel({ f: Math.asin }),
  acos: mapKernel({ f: Math.acos }),
  atan: mapKernel({ f: Math.atan }),
  atan2: mapKernel({ f: Math.atan2 }),
  sinh: mapKernel({ f: Math.sinh }),
  cosh: mapKernel({ f: Math.cosh }),
  tanh: mapKernel({ f: Math.tanh }),
  asinh: mapKernel({ f: Math.asinh }),
  acosh: mapKernel({ f: Math.acosh }),
  atanh: mapKernel({ f: Math.atanh }),
  sqrt: mapKernel({ f: Math.sqrt }),
  rsqrt: mapKernel({ f: (a) => 1 / Math.sqrt(a) }),
  cbrt: mapKernel({ f: Math.cbrt }),
  erf: mapKernel({ f: erf }),
  erfc: mapKernel({ f: erfc }),
  erf_inv: mapKernel({ f: erfInv }),
  lgamma: mapKernel({ f: lgamma }),
  digamma: mapKernel({ f: digamma }),
});
