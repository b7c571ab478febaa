// lax indexing primitives, as jax.lax's slicing module: gather and the scatter
// family. Each lives in its own file; this module only re-exports them.

export { gather, gatherP, type GatherDimensionNumbers, type GatherParams, type GatherOptions } from "./gather.js";
export * from "./scatter.js";
