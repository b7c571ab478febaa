// Plain-TS devices (src/devices.ts): listing, naming, and devicePut between
// the cpu and reference backends (values, dtypes and weak types survive the
// round trip; arrays already on the target are returned as they are).
import { describe, expect, it } from "vitest";
import "../../src/index.js";
import * as np from "../../src/numpy/index.js";
import { ConcreteArray } from "../../src/core/array.js";
import { config, withX64 } from "../../src/core/config.js";
import { DeviceError } from "../../src/core/errors.js";
import { defaultDevice, deviceOf, devicePut, devices, toDevice } from "../../src/devices.js";

const onPlatform = <A>(p: string | undefined, f: () => A): A => {
  const prev = config.platform;
  config.platform = p;
  try {
    return f();
  } finally {
    config.platform = prev;
  }
};

describe("devices()", () => {
  it("lists cpu and reference, the default first", () => {
    const ds = onPlatform(undefined, () => devices());
    expect(ds.map(String)).toEqual(["cpu:0", "reference:0"]);
    expect(ds[0]).toMatchObject({ platform: "cpu", id: 0 });
    expect(onPlatform("reference", () => devices()).map((d) => d.platform)).toEqual(["reference", "cpu"]);
    expect(devices("reference")).toEqual([toDevice("reference")]);
    expect(() => devices("tpu")).toThrow(DeviceError);
  });

  it("names devices and interns them", () => {
    expect(toDevice("cpu")).toBe(toDevice("cpu:0"));
    expect(toDevice({ platform: "cpu", id: 0 })).toBe(toDevice("cpu"));
    expect(() => toDevice("cpu:x")).toThrow(DeviceError);
    expect(onPlatform("reference", () => defaultDevice()).platform).toBe("reference");
    expect(onPlatform(undefined, () => defaultDevice()).platform).toBe("cpu");
  });
});

describe("devicePut", () => {
  it("moves arrays between cpu and reference", () => {
    const x = np.arange(12, { dtype: "int16" }).reshape(3, 4).T; // a strided view on cpu
    expect(deviceOf(x).platform).toBe("cpu");
    const r = devicePut(x, "reference") as ConcreteArray;
    expect(r.device).toBe("reference");
    expect(r.dtype).toBe("int16");
    expect(r.shape).toEqual([4, 3]);
    expect(r.toArray()).toEqual(x.toArray());
    const back = devicePut(r, toDevice("cpu")) as ConcreteArray;
    expect(back.device).toBe("cpu");
    expect(back.toArray()).toEqual([[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]);
    expect(devicePut(back, "cpu")).toBe(back);
  });

  it("keeps float16/bfloat16 bits, int64 values and weak types", () => {
    for (const dtype of ["float16", "bfloat16", "bool", "uint8"] as const) {
      const x = np.array(dtype === "uint8" ? [0, 1, 2, 255] : dtype === "bool" ? [true, false] : [0, 1.5, -2, 65504, -0.0001], { dtype });
      const r = devicePut(x, "reference") as ConcreteArray;
      expect(Array.from(r.storage() as ArrayLike<number>)).toEqual(Array.from((x as ConcreteArray).storage() as ArrayLike<number>));
    }
    withX64(true, () => {
      const big = np.array([2n ** 62n, -(2n ** 63n)], { dtype: "int64" });
      expect((devicePut(big, "reference") as ConcreteArray).toArray()).toEqual([2n ** 62n, -(2n ** 63n)]);
    });
    const w = np.multiply(np.array([1, 2], { dtype: "float32" }), 0).sum(); // not weak
    const weak = np.asarray(3);
    expect((devicePut(weak, "reference") as ConcreteArray).weakType).toBe(weak.weakType);
    expect((devicePut(w, "reference") as ConcreteArray).weakType).toBe(false);
  });

  it("converts JS data on the target and refuses mixed devices in ops", () => {
    const r = devicePut([[1, 2], [3, 4]], "reference") as ConcreteArray;
    expect(r.device).toBe("reference");
    expect(r.dtype).toBe(np.asarray([[1, 2], [3, 4]]).dtype);
    const c = np.array([1, 1]);
    expect(() => np.add(c, r)).toThrow(DeviceError);
    expect((np.add(devicePut(c, "reference"), r) as ConcreteArray).toArray()).toEqual([[2, 3], [4, 5]]);
  });

  it("fails with DeviceError for unknown devices and disposed arrays", () => {
    const x = np.array([1, 2]) as ConcreteArray;
    expect(() => devicePut(x, "tpu")).toThrow(DeviceError);
    expect(() => devicePut(x, "cpu:3")).toThrow(DeviceError);
    x.dispose();
    expect(() => devicePut(x, "reference")).toThrow(/disposed/);
  });
});
