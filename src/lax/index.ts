// jaxts/lax: the primitives' public functions, as jax.lax.
import "../numpy/methods.js";
export * from "./elementwise.js";
export * from "./convert.js";
export * from "./shape.js";
