// Loads the native addon lazily (first use of the cpu backend), from
// JAXTS_ADDON or <package root>/build/Release/jaxts.node. A missing or
// broken addon is a DeviceError that says how to build it, or how to use the
// reference backend instead — never a silent fallback.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DeviceError } from "../../core/errors.js";

/** An opaque handle to native memory (reclaimed by the GC, or by `free`). */
export type MemHandle = object;

export interface AddonInfo {
  readonly isa: string;
  readonly blas: string;
  readonly threads: number;
  readonly kernels: readonly string[];
  readonly liveBytes: number;
  readonly cachedBytes: number;
  readonly cacheLimit: number;
  readonly allocations: number;
  readonly cacheHits: number;
}

/** The addon's functions (native/addon/addon.cc). */
export interface Addon {
  alloc(bytes: number): MemHandle;
  free(mem: MemHandle): void;
  write(mem: MemHandle, byteOffset: number, src: ArrayBufferView): void;
  read(mem: MemHandle, byteOffset: number, dst: ArrayBufferView): void;
  exec(desc: Float64Array, ...mems: MemHandle[]): void;
  info(): AddonInfo;
  setNumThreads(n: number): void;
  trimCache(): void;
}

/** The package root: the nearest folder above this file whose package.json is jaxts'. */
const packageRoot = (): string | undefined => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, "package.json");
    if (existsSync(pj)) {
      try {
        if (JSON.parse(readFileSync(pj, "utf8")).name === "jaxts") return dir;
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
};

let loaded: Addon | DeviceError | undefined;

/** The addon, loaded once; throws DeviceError if it cannot be loaded. */
export const loadAddon = (): Addon => {
  if (loaded instanceof DeviceError) throw loaded;
  if (loaded) return loaded;
  const root = packageRoot();
  const path = process.env.JAXTS_ADDON || (root ? join(root, "build", "Release", "jaxts.node") : "");
  const hint =
    "Build it with `npm run build:native` (needs cmake and a C++ compiler; see README), " +
    "or run on the pure-TypeScript reference backend with JAXTS_PLATFORM=reference.";
  if (!path || !existsSync(path)) {
    loaded = new DeviceError(`the jaxts native addon was not found${path ? ` at ${path}` : ""}. ${hint}`);
    throw loaded;
  }
  try {
    loaded = createRequire(import.meta.url)(path) as Addon;
    return loaded;
  } catch (e) {
    loaded = new DeviceError(`the jaxts native addon at ${path} failed to load: ${(e as Error).message}. ${hint}`);
    throw loaded;
  }
};

/** Whether the addon can be loaded (without throwing). */
export const addonAvailable = (): boolean => {
  try {
    loadAddon();
    return true;
  } catch {
    return false;
  }
};
