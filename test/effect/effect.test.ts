// jaxts/effect: the device service and its Layers, toHost / devicePut as
// Effects, and tagged failures (DeviceUnavailable, TransferError, and the
// core's own tagged errors through compute).
import { Effect, Exit, Layer } from "effect";
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { ConcreteArray } from "../../src/core/array.js";
import { config } from "../../src/core/config.js";
import {
  compute,
  CpuLayer,
  currentDevice,
  DefaultLayer,
  deviceLayer,
  DeviceService,
  DeviceUnavailable,
  devicePut,
  put,
  ReferenceLayer,
  toHost,
  TransferError,
} from "../../src/effect/index.js";

const failure = <A, E>(eff: Effect.Effect<A, E>): E => {
  const exit = Effect.runSyncExit(eff);
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${String(exit.value)}`);
  const err = exit.cause.reasons.find((r) => r._tag === "Fail");
  if (!err || err._tag !== "Fail") throw new Error(`expected a typed failure, got ${String(exit.cause)}`);
  return err.error;
};

describe("DeviceService layers", () => {
  it("compute runs plain jaxts code on the layer's device", () => {
    const program = Effect.gen(function* () {
      const d = yield* currentDevice;
      const y = yield* compute(() => np.multiply(np.arange(4, { dtype: "float32" }), 2));
      const host = yield* toHost(y);
      return { d: String(d), device: (y as ConcreteArray).device, host: Array.from(host as Float32Array) };
    });
    expect(Effect.runSync(Effect.provide(program, CpuLayer))).toEqual({ d: "cpu:0", device: "cpu", host: [0, 2, 4, 6] });
    expect(Effect.runSync(Effect.provide(program, ReferenceLayer))).toEqual({ d: "reference:0", device: "reference", host: [0, 2, 4, 6] });
    expect(config.platform).toBe(process.env.JAXTS_PLATFORM || undefined); // restored after compute
  });

  it("DefaultLayer follows config.platform, read when the layer is built", () => {
    const prev = config.platform;
    try {
      config.platform = "reference";
      expect(String(Effect.runSync(Effect.provide(currentDevice, DefaultLayer)))).toBe("reference:0");
      config.platform = undefined;
      expect(String(Effect.runSync(Effect.provide(currentDevice, DefaultLayer)))).toBe("cpu:0");
      config.platform = "nope";
      const e = failure(Effect.provide(currentDevice, DefaultLayer));
      expect(e).toBeInstanceOf(DeviceUnavailable);
      expect(e._tag).toBe("DeviceUnavailable");
      expect((e as DeviceUnavailable).platform).toBe("nope");
    } finally {
      config.platform = prev;
    }
  });

  it("an unknown platform layer fails with DeviceUnavailable, recoverable by tag", () => {
    const prog = Effect.provide(currentDevice, deviceLayer("cuda")).pipe(
      Effect.catchTag("DeviceUnavailable", (e) => Effect.succeed(`no ${e.platform}: ${e.message.slice(0, 16)}`)),
    );
    expect(Effect.runSync(prog)).toBe('no cuda: unknown platform');
    // a layer built with a custom service (how GPU backends and test doubles plug in)
    const fake = Layer.succeed(DeviceService, { device: { platform: "fake", id: 0 }, backend: null as never, compute: (f) => Effect.sync(f) });
    expect(Effect.runSync(Effect.provide(currentDevice, fake))).toEqual({ platform: "fake", id: 0 });
  });

  it("core errors inside compute are typed failures with their tag", () => {
    const e = failure(Effect.provide(compute(() => np.add(np.zeros([2]), np.zeros([3]))), CpuLayer));
    expect(e._tag).toBe("ShapeError");
    const recovered = Effect.provide(
      compute(() => np.reshape(np.zeros([6]), [4, 2])).pipe(Effect.catchTag("ShapeError", () => Effect.succeed("caught"))),
      ReferenceLayer,
    );
    expect(Effect.runSync(recovered)).toBe("caught");
  });
});

describe("transfers as Effects", () => {
  it("devicePut and put move arrays; toHost gives typed or nested data", () => {
    const x = np.arange(6, { dtype: "int32" }).reshape(2, 3);
    const r = Effect.runSync(devicePut(x, "reference")) as ConcreteArray;
    expect(r.device).toBe("reference");
    expect(Effect.runSync(toHost(r, { nested: true }))).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(Effect.runSync(toHost(r))).toEqual(new Int32Array([0, 1, 2, 3, 4, 5]));
    const onCpu = Effect.runSync(Effect.provide(put(r), CpuLayer)) as ConcreteArray;
    expect(onCpu.device).toBe("cpu");
    expect(onCpu.toArray()).toEqual([[0, 1, 2], [3, 4, 5]]);
    const h = Effect.runSync(toHost(np.array([1.5, -2], { dtype: "bfloat16" })));
    expect(h).toEqual(new Float32Array([1.5, -2]));
  });

  it("fails with TransferError / DeviceUnavailable, never throws", () => {
    const x = np.array([1, 2]) as ConcreteArray;
    const bad = failure(devicePut(x, "tpu:0"));
    expect(bad).toBeInstanceOf(DeviceUnavailable);
    x.dispose();
    const t = failure(toHost(x));
    expect(t).toBeInstanceOf(TransferError);
    expect((t as TransferError).from).toBe("cpu");
    expect((t as TransferError).message).toMatch(/disposed/);
    const t2 = failure(devicePut(x, "reference"));
    expect(t2._tag).toBe("TransferError");
    expect((t2 as TransferError).to).toBe("reference");
    const ragged = failure(devicePut([[1, 2], [3]] as never, "cpu"));
    expect(ragged._tag).toBe("TransferError");
  });
});
