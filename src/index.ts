// jaxts: arrays, dtypes, transforms, devices and config.
import "./interpreters/eval.js";
import "./backend/reference/index.js";
import "./backend/native/index.js";
import "./numpy/methods.js";
export { NDArray as Array, ConcreteArray, Tracer } from "./core/array.js";
export type * from "./core/array-types.js";
export { Slice } from "./core/array-types.js";
export { ShapedArray } from "./core/aval.js";
export { config, withX64 } from "./core/config.js";
export type { DType } from "./core/dtype.js";
export {
  JaxtsError,
  ShapeError,
  DTypeError,
  ValueError,
  IndexError,
  TracerError,
  DeviceError,
  NativeError,
  NotImplementedError,
} from "./core/errors.js";
export { resultType, promoteTypes } from "./core/promotion.js";
export { canCast, iinfo, finfo } from "./core/dtype-info.js";
export { bind, bind1 } from "./core/trace.js";
export { definePrimitive, allPrimitives } from "./core/primitive.js";
export { info, type JaxtsInfo } from "./info.js";
export { devices, devicePut, defaultDevice, deviceOf, type Device } from "./devices.js";
