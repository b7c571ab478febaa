// `info()`: what this jaxts installation runs on — the default platform, and
// for the native CPU backend its instruction set, GEMM library, threads,
// which primitives have native kernels, and allocator statistics.

import { allPrimitives } from "./core/primitive.js";
import { config } from "./core/config.js";
import { getBackend } from "./backend/registry.js";
import { nativeBackend, nativeCoverage } from "./backend/native/index.js";
import { addonAvailable } from "./backend/native/loader.js";

export interface JaxtsInfo {
  /** The default backend's platform ("cpu" or "reference"). */
  readonly platform: string;
  readonly x64: boolean;
  /** Present when the native addon loads. */
  readonly native?: {
    readonly isa: string;
    /** "openblas" or "portable" (the built-in fallback GEMM). */
    readonly gemm: string;
    readonly threads: number;
    /** Primitives with native kernels, as views, and on the host fallback. */
    readonly coverage: { native: string[]; views: string[]; host: string[] };
    readonly memory: { liveBytes: number; cachedBytes: number; cacheLimit: number; allocations: number; cacheHits: number };
  };
}

/** Facts about the running installation. @category config */
export const info = (): JaxtsInfo => {
  let platform: string;
  try {
    platform = getBackend().platform;
  } catch {
    platform = "unavailable";
  }
  if (!addonAvailable()) return { platform, x64: config.enableX64 };
  const b = nativeBackend();
  const i = b.addon.info();
  return {
    platform,
    x64: config.enableX64,
    native: {
      isa: i.isa,
      gemm: i.blas,
      threads: i.threads,
      coverage: nativeCoverage(allPrimitives().map((p) => p.name)),
      memory: { liveBytes: i.liveBytes, cachedBytes: i.cachedBytes, cacheLimit: i.cacheLimit, allocations: i.allocations, cacheHits: i.cacheHits },
    },
  };
};
