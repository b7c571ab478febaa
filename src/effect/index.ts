// jaxts/effect: devices at the edge of effectful programs (the only part of
// jaxts that imports effect). A DeviceService picked by a Layer (cpu,
// reference, the configured default; GPU platforms plug in by name), and
// transfers as Effects with tagged errors.
import "../index.js";

export { DeviceUnavailable, TransferError } from "./errors.js";
export {
  DeviceService,
  type DeviceServiceShape,
  makeDeviceService,
  deviceLayer,
  CpuLayer,
  ReferenceLayer,
  DefaultLayer,
  currentDevice,
  compute,
} from "./device.js";
export { toHost, devicePut, put } from "./transfer.js";
export { devices, defaultDevice, deviceOf, type Device } from "../devices.js";
