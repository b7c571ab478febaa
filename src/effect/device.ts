// The device service: which device an effectful program computes on. Layers
// pick it — cpu (the native addon), reference (pure TS), any platform by name
// (GPU backends register with the registry and plug in here unchanged), or
// the configured default (JAXTS_PLATFORM / config.platform, else the best
// registered backend). `compute(f)` runs plain jaxts code on the service's
// device, so programs never switch the global default by hand.

import { Context, Effect, Layer } from "effect";
import { config } from "../core/config.js";
import { JaxtsError } from "../core/errors.js";
import type { Backend } from "../backend/backend.js";
import { getBackend } from "../backend/registry.js";
import { backendOf, type Device, toDevice } from "../devices.js";
import { DeviceUnavailable } from "./errors.js";

/** What the device service provides. @category effect */
export interface DeviceServiceShape {
  readonly device: Device;
  readonly backend: Backend;
  /**
   * Runs `f` with this device as the default (arrays made inside live here).
   * Errors jaxts throws on purpose (ShapeError, DTypeError, DeviceError, ...)
   * become typed failures; anything else is a defect.
   */
  readonly compute: <A>(f: () => A) => Effect.Effect<A, JaxtsError>;
}

/** The device service tag. @category effect */
export class DeviceService extends Context.Service<DeviceService, DeviceServiceShape>()("jaxts/DeviceService") {}

/** Runs `f` with `platform` as config.platform, restoring it after (synchronous: no other fiber interleaves). */
const withPlatform = <A>(platform: string, f: () => A): A => {
  const prev = config.platform;
  config.platform = platform;
  try {
    return f();
  } finally {
    config.platform = prev;
  }
};

/** The service value for a device, or DeviceUnavailable. @category effect */
export const makeDeviceService = (device: Device | string): Effect.Effect<DeviceServiceShape, DeviceUnavailable> =>
  Effect.try({
    try: (): DeviceServiceShape => {
      const d = toDevice(device);
      const backend = backendOf(d);
      const compute = <A>(f: () => A): Effect.Effect<A, JaxtsError> =>
        Effect.suspend(() => {
          try {
            return Effect.succeed(withPlatform(backend.platform, f));
          } catch (e) {
            return e instanceof JaxtsError ? Effect.fail(e) : Effect.die(e);
          }
        });
      return { device: d, backend, compute };
    },
    catch: (e) =>
      new DeviceUnavailable({
        platform: typeof device === "string" ? device : device.platform,
        message: (e as Error)?.message ?? String(e),
        cause: e,
      }),
  });

/** A Layer providing the device `device` ("cpu", "reference", "cuda:0", ...). @category effect */
export const deviceLayer = (device: Device | string): Layer.Layer<DeviceService, DeviceUnavailable> =>
  Layer.effect(DeviceService, makeDeviceService(device));

/** The native CPU device. @category effect */
export const CpuLayer: Layer.Layer<DeviceService, DeviceUnavailable> = deviceLayer("cpu");

/** The pure-TypeScript reference device (the oracle; always available). @category effect */
export const ReferenceLayer: Layer.Layer<DeviceService, DeviceUnavailable> = deviceLayer("reference");

/**
 * The configured device, read when the layer is built: JAXTS_PLATFORM /
 * config.platform if set, else the best registered backend (GPU, then cpu).
 * Never falls back silently: a configured or best platform that cannot load
 * fails with DeviceUnavailable.
 * @category effect
 */
export const DefaultLayer: Layer.Layer<DeviceService, DeviceUnavailable> = Layer.effect(
  DeviceService,
  Effect.suspend(() =>
    Effect.try({
      try: () => backendOf(config.platform ?? getBackend().platform).platform,
      catch: (e) => new DeviceUnavailable({ platform: config.platform ?? "default", message: (e as Error)?.message ?? String(e), cause: e }),
    }).pipe(Effect.flatMap(makeDeviceService)),
  ),
);


/** The current device (from the service). @category effect */
export const currentDevice: Effect.Effect<Device, never, DeviceService> = DeviceService.use((s) => Effect.succeed(s.device));

/** Runs plain jaxts code on the service's device. @category effect */
export const compute = <A>(f: () => A): Effect.Effect<A, JaxtsError, DeviceService> =>
  DeviceService.use((s) => s.compute(f));
