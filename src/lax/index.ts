// jaxts/lax: the primitives' public functions, as jax.lax.
import "../numpy/methods.js";
export * from "./elementwise.js";
export * from "./convert.js";
export * from "./shape.js";
export * from "./indexing.js";
export { dot, dotGeneral, dotGeneralP, type DotDimensionNumbers, type DotGeneralParams, type DotOptions } from "./dot.js";
export * from "./reduce.js";
export * from "./cumulative.js";
export * from "./sort.js";
