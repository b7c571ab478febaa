// Registers the native CPU backend ("cpu"), preferred over the reference
// backend. The addon loads on first use; if it is missing, using the default
// backend raises a DeviceError that says how to build it or to set
// JAXTS_PLATFORM=reference.
import { registerBackend } from "../registry.js";
import { nativeBackend } from "./backend.js";
import "./encoders/index.js";

registerBackend("cpu", 10, nativeBackend);

export { nativeBackend, nativeCoverage } from "./backend.js";
