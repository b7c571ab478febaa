// Which backends exist and which one is the default. Backends register
// themselves on import; the default follows config.platform
// (JAXTS_PLATFORM), else the best registered platform by priority.

import { config } from "../core/config.js";
import { DeviceError } from "../core/errors.js";
import type { Backend } from "./backend.js";

interface Entry {
  readonly backend: () => Backend;
  readonly priority: number;
}

const entries = new Map<string, Entry>();

/** Registers a backend factory; higher priority wins when no platform is configured. */
export const registerBackend = (platform: string, priority: number, backend: () => Backend): void => {
  entries.set(platform, { backend, priority });
};

export const platforms = (): string[] => [...entries.keys()];

/** The backend for `platform`, or the default one. @category backends */
export const getBackend = (platform: string | undefined = config.platform): Backend => {
  if (platform !== undefined) {
    const e = entries.get(platform);
    if (!e) throw new DeviceError(`unknown platform ${JSON.stringify(platform)}; available: ${platforms().join(", ")}`);
    return e.backend();
  }
  const best = [...entries.values()].sort((a, b) => b.priority - a.priority)[0];
  if (!best) throw new DeviceError("no backend is registered");
  return best.backend();
};
