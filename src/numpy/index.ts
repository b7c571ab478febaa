// jaxts/numpy: the NumPy API on top of lax, as jax.numpy.
import "../interpreters/eval.js";
import "../backend/reference/index.js";
import "./methods.js";
export { NDArray as Array } from "../core/array.js";
export type { ArrayLike, IndexItem } from "../core/array-types.js";
export type { DType } from "../core/dtype.js";
export * from "./creation.js";
export * from "./math.js";
