// The cpu backend is the default, runs a native kernel, and agrees with the
// reference backend, also on strided/broadcast views read in place.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { ConcreteArray } from "../../src/core/array.js";
import { nativeBackend } from "../../src/backend/native/index.js";
import { expectSameOnBackends } from "./equivalence.js";

describe("cpu backend", () => {
  it("is the default and reports its build", () => {
    const x = np.array([1, 2, 3]) as ConcreteArray;
    expect(x.device).toBe("cpu");
    const info = nativeBackend().addon.info();
    expect(["base", "avx2", "avx512"]).toContain(info.isa);
    expect(info.threads).toBeGreaterThan(0);
    expect(info.kernels).toContain("add");
  });

  it("adds broadcast and transposed views without copying them first", () => {
    expectSameOnBackends(() => {
      const a = np.arange(12, 0, -1, { dtype: "float32" }).reshape(3, 4).T; // (4, 3) strided view
      const b = np.array([10, 20, 30]); // broadcast along axis 0
      return np.add(a, b);
    });
    expectSameOnBackends(() => np.add(np.arange(10, { dtype: "int32" }).index("::-2"), 7));
  });
});
