// Law: every primitive on the native cpu backend agrees with the reference
// backend over random shapes (0-size, 0-d, broadcast, non-contiguous after
// transpose/reversed/stepped slices) and all dtypes (x64 on) — exactly for
// ints and bool, within dtype tolerance for floats. Whatever is native, a
// view, or on the host fallback right now must agree. The coverage test fails
// when a primitive has no generator (native-gen-table.ts).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../src/index.js";
import type { NDArray } from "../src/core/array.js";
import { withX64 } from "../src/core/config.js";
import { JaxtsError } from "../src/core/errors.js";
import { allPrimitives } from "../src/core/primitive.js";
import { nativeBackend, nativeCoverage } from "../src/backend/native/index.js";
import { expectClose, onPlatform, RTOL } from "../test/native/equivalence.js";
import { type Case, GENERATORS } from "./native-gen-table.js";

const NUM_RUNS = Number(process.env.JAXTS_LAW_RUNS ?? 40);

/** Runs a case on both backends: both reject it with the same error class, or both agree. */
const check = (c: Case): void => {
  const run = (platform: string): readonly NDArray[] | JaxtsError =>
    onPlatform(platform, () => {
      try {
        const r = c.run();
        return Array.isArray(r) ? r : [r as NDArray];
      } catch (e) {
        if (e instanceof JaxtsError) return e;
        throw e;
      }
    });
  const ref = run("reference");
  const nat = run("cpu");
  if (ref instanceof JaxtsError || nat instanceof JaxtsError) {
    expect(nat instanceof JaxtsError ? nat.name : "a result", `${c.what}: cpu vs reference (${ref instanceof JaxtsError ? ref.message : "ok"})`).toBe(
      ref instanceof JaxtsError ? ref.name : "a result",
    );
    return;
  }
  expect(nat.length).toBe(ref.length);
  ref.forEach((r, i) => {
    expect((nat[i] as unknown as { device: string }).device).toBe("cpu");
    const tol = RTOL[r.dtype];
    expectClose(nat[i], r, undefined, c.atolScale && tol ? c.atolScale * tol : 0, `${c.what} -> [${i}]`);
  });
};

const names = allPrimitives().map((p) => p.name);

describe("native backend equals reference, every primitive", () => {
  for (const name of names) {
    const gen = GENERATORS[name];
    it.skipIf(!gen)(name, () => withX64(true, () => fc.assert(fc.property(gen, check), { numRuns: NUM_RUNS })));
  }
});

describe("native coverage", () => {
  it("every primitive has a generator in the equivalence table", () => {
    const { native, views, host } = nativeCoverage(names);
    console.log(
      `native coverage (${nativeBackend().addon.info().isa}): ${native.length} native, ${views.length} views, ${host.length} host fallback\n` +
        `  native: ${native.join(" ")}\n  views: ${views.join(" ")}\n  host fallback: ${host.join(" ")}`,
    );
    expect(native.length + views.length + host.length).toBe(names.length);
    expect(names.filter((n) => !(n in GENERATORS)), "primitives without an equivalence generator").toEqual([]);
    expect(Object.keys(GENERATORS).filter((n) => !names.includes(n)), "generators of unknown primitives").toEqual([]);
  });
});
