// Elementwise primitives, by family: arithmetic (elementwise-arith.ts),
// transcendental (elementwise-math.ts), comparisons and bits
// (elementwise-bits.ts), all built by the helpers of elementwise-base.ts.
// Their reference kernels live in backend/reference/kernels/elementwise*.ts.

export type { ElementwiseOpts } from "./elementwise-base.js";
export * from "./elementwise-arith.js";
export * from "./elementwise-math.js";
export * from "./elementwise-bits.js";
