// Builds the native addon with cmake-js (run by `npm ci` through the
// "install" script, and by `npm run build:native`). If the toolchain is
// missing the package still installs; using the cpu backend then raises a
// clear DeviceError (JAXTS_PLATFORM=reference runs without the addon).
// JAXTS_REQUIRE_NATIVE=1 (set by .ci/run) turns a failed build into a failure.
import { spawnSync } from "node:child_process";

const args = ["cmake-js", "compile", "-d", "native", "-O", "build"];
const r = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
if (r.status !== 0) {
  const msg = "jaxts: building the native addon failed (needs cmake, a C++20 compiler; OpenBLAS optional).";
  if (process.env.JAXTS_REQUIRE_NATIVE === "1") {
    console.error(msg);
    process.exit(r.status ?? 1);
  }
  console.warn(`${msg} Falling back is explicit: set JAXTS_PLATFORM=reference to use the TypeScript backend.`);
}
