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

/**
 * Debian's OpenBLAS 0.3.21 does not recognize recent AVX-512 processors (Zen 4/5)
 * and falls back to its Haswell (AVX2) kernels: about 0.7x NumPy's sgemm here.
 * Unless the user chose a core type, pick SkylakeX (AVX-512) when the CPU has
 * the AVX-512 subsets it needs. OpenBLAS reads this when the addon loads it.
 */
const chooseOpenBlasCore = (): void => {
  if (process.env.OPENBLAS_CORETYPE || process.platform !== "linux") return;
  try {
    const flags = readFileSync("/proc/cpuinfo", "utf8").match(/^flags\s*:(.*)$/m)?.[1].split(/\s+/) ?? [];
    if (["avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd"].every((f) => flags.includes(f))) process.env.OPENBLAS_CORETYPE = "SkylakeX";
  } catch {
    // no /proc/cpuinfo: leave OpenBLAS's own detection
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
    chooseOpenBlasCore();
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
