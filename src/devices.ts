// Devices as values (DESIGN.md §7): `devices()` lists the platforms whose
// backend loads here, `devicePut(x, device)` moves an array between backends
// through the Backend seam (download on the source, upload on the target) —
// the only way data crosses devices; eager ops refuse mixed-device operands.
// Plain TypeScript; src/effect/ wraps these as Effects with tagged errors.

import { ConcreteArray, NDArray } from "./core/array.js";
import type { ArrayLike } from "./core/array-types.js";
import { asarray } from "./numpy/creation.js";
import { config } from "./core/config.js";
import { DeviceError, JaxtsError } from "./core/errors.js";
import type { Backend } from "./backend/backend.js";
import { getBackend, platforms } from "./backend/registry.js";

/** One device: a platform ("cpu", "reference", later "cuda", "rocm") and an index on it. @category devices */
export interface Device {
  readonly platform: string;
  readonly id: number;
}

class DeviceValue implements Device {
  constructor(
    readonly platform: string,
    readonly id: number,
  ) {}
  toString(): string {
    return `${this.platform}:${this.id}`;
  }
  toJSON(): Device {
    return { platform: this.platform, id: this.id };
  }
}

const cache = new Map<string, Device>();
/** The (interned) device value of `platform`, index `id`. */
const deviceValue = (platform: string, id = 0): Device => {
  const key = `${platform}:${id}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = Object.freeze(new DeviceValue(platform, id))));
  return d;
};

/** The backend of `platform`, or undefined when it cannot be loaded here (e.g. the addon is missing). */
const tryBackend = (platform: string): Backend | undefined => {
  try {
    return getBackend(platform);
  } catch (e) {
    if (e instanceof DeviceError) return undefined;
    throw e;
  }
};

/** The platform the default backend runs on (config.platform / JAXTS_PLATFORM, else the best registered). @category devices */
export const defaultPlatform = (): string => getBackend(config.platform).platform;

/** The default device (where new arrays are made). Throws DeviceError when its backend cannot load. @category devices */
export const defaultDevice = (): Device => deviceValue(defaultPlatform());

/**
 * The devices available in this process: every registered platform whose
 * backend loads (the default platform first), or only those of `platform`.
 * Unknown platforms throw DeviceError; a known one that cannot load gives [].
 * @category devices
 */
export const devices = (platform?: string): Device[] => {
  if (platform !== undefined) {
    if (!platforms().includes(platform))
      throw new DeviceError(`unknown platform ${JSON.stringify(platform)}; available: ${platforms().join(", ")}`);
    return tryBackend(platform) ? [deviceValue(platform)] : [];
  }
  const avail = platforms().filter((p) => tryBackend(p) !== undefined);
  let def: string | undefined;
  try {
    def = getBackend().platform;
  } catch {
    def = undefined; // the configured default cannot load: list what can
  }
  const ordered = def && avail.includes(def) ? [def, ...avail.filter((p) => p !== def)] : avail;
  return ordered.map((p) => deviceValue(p));
};

/** Normalizes a Device or platform name ("cpu", "cpu:0") to a Device. */
export const toDevice = (device: Device | string): Device => {
  if (typeof device !== "string") {
    if (device === null || typeof device !== "object" || typeof device.platform !== "string")
      throw new DeviceError(`expected a device or a platform name, got ${String(device)}`);
    return deviceValue(device.platform, device.id ?? 0);
  }
  const m = /^([A-Za-z_][\w-]*)(?::(\d+))?$/.exec(device);
  if (!m) throw new DeviceError(`bad device name ${JSON.stringify(device)}: expected "platform" or "platform:index"`);
  return deviceValue(m[1], m[2] === undefined ? 0 : Number(m[2]));
};

/** The backend serving `device`; DeviceError if the platform is unknown, cannot load, or has no such index. */
export const backendOf = (device: Device | string): Backend => {
  const d = toDevice(device);
  if (d.id !== 0) throw new DeviceError(`device ${d.platform}:${d.id} does not exist: ${d.platform} has 1 device (index 0)`);
  return getBackend(d.platform);
};

/** The device an array lives on. @category devices */
export const deviceOf = (x: NDArray): Device => {
  if (!(x instanceof ConcreteArray)) throw new DeviceError(`a traced value ${x.aval.str()} has no device`);
  return deviceValue(x.backend.platform);
};

/**
 * The array `x` on `device` (default: the default device). Arrays already
 * there are returned as they are (arrays are immutable); others are copied
 * through the host. JS data is converted with np.asarray's rules first.
 * Traced values pass through unchanged (placement is an eager concern).
 * @category devices
 */
export const devicePut = (x: ArrayLike, device?: Device | string): NDArray => {
  const target = device === undefined ? getBackend() : backendOf(device);
  if (x instanceof NDArray && !(x instanceof ConcreteArray)) return x;
  if (!(x instanceof ConcreteArray)) {
    const prev = config.platform;
    config.platform = target.platform;
    try {
      return asarray(x);
    } finally {
      config.platform = prev;
    }
  }
  if (x.backend === target) return x;
  const data = x.storage(); // DeviceError if x was disposed
  try {
    return new ConcreteArray(target, target.upload(data, x.aval), x.aval);
  } catch (e) {
    if (e instanceof JaxtsError) throw e;
    throw new DeviceError(`devicePut of ${x.aval.str()} to ${target.platform} failed: ${(e as Error)?.message ?? String(e)}`);
  }
};
