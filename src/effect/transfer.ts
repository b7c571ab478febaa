// Transfers as Effects: `toHost(x)` (typed array, or nested JS data) and
// `devicePut(x, device)` (onto a device by value or name, or onto the
// service's device). Failures are typed: DeviceUnavailable for a device that
// cannot be used, TransferError for a copy that cannot happen (disposed
// array, traced value, allocation failure on the target).

import { Effect } from "effect";
import { ConcreteArray, NDArray } from "../core/array.js";
import type { ArrayLike, HostTypedArray, NestedArray } from "../core/array-types.js";
import { backendOf, type Device, devicePut as putPlain, toDevice } from "../devices.js";
import { DeviceService } from "./device.js";
import { DeviceUnavailable, TransferError } from "./errors.js";

const platformOf = (x: unknown): string | undefined => (x instanceof ConcreteArray ? x.backend.platform : undefined);
const message = (e: unknown): string => (e as Error)?.message ?? String(e);

/** Host data of an array: `toHost(x)` a typed array (float16/bfloat16 widened to Float32Array), `toHost(x, { nested: true })` nested JS data. @category effect */
export function toHost(x: NDArray): Effect.Effect<HostTypedArray, TransferError>;
export function toHost(x: NDArray, opts: { readonly nested: true }): Effect.Effect<NestedArray | number | boolean | bigint, TransferError>;
export function toHost(x: NDArray, opts: { readonly nested?: boolean } = {}): Effect.Effect<HostTypedArray | NestedArray | number | boolean | bigint, TransferError> {
  return Effect.suspend(() => {
    if (!(x instanceof ConcreteArray))
      return Effect.fail(
        new TransferError({
          from: undefined,
          to: "host",
          message: x instanceof NDArray ? `cannot copy a traced value ${x.aval.str()} to the host (inside a transform)` : "toHost needs a jaxts array",
        }),
      );
    return Effect.try({
      try: () => (opts.nested ? x.toArray() : x.toTypedArray()),
      catch: (e) => new TransferError({ from: platformOf(x), to: "host", message: message(e), cause: e }),
    });
  });
}

/** `x` on `device` (a Device, or a name like "cpu", "reference", "cuda:0"); JS data is converted there. @category effect */
export const devicePut = (x: ArrayLike, device: Device | string): Effect.Effect<NDArray, DeviceUnavailable | TransferError> =>
  Effect.suspend((): Effect.Effect<NDArray, DeviceUnavailable | TransferError> => {
    let d: Device;
    try {
      d = toDevice(device);
      backendOf(d);
    } catch (e) {
      const platform = typeof device === "string" ? device : String((device as Device)?.platform);
      return Effect.fail(new DeviceUnavailable({ platform, message: message(e), cause: e }));
    }
    if (x instanceof NDArray && !(x instanceof ConcreteArray))
      return Effect.fail(new TransferError({ from: undefined, to: d.platform, message: `cannot move a traced value ${x.aval.str()} between devices` }));
    return Effect.try({
      try: () => putPlain(x, d),
      catch: (e) => new TransferError({ from: platformOf(x), to: d.platform, message: message(e), cause: e }),
    });
  });

/** `x` on the service's device (JS data is converted there). @category effect */
export const put = (x: ArrayLike): Effect.Effect<NDArray, DeviceUnavailable | TransferError, DeviceService> =>
  DeviceService.use((s) => devicePut(x, s.device));
