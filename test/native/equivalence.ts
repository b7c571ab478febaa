// Helpers for native-vs-reference tests: run the same jaxts computation on
// both backends (inputs made inside from host data, so each backend builds its
// own — views on cpu, copies on reference) and compare the results exactly
// for ints/bool and within dtype tolerance for floats.
import { expect } from "vitest";
import type { NDArray } from "../../src/core/array.js";
import { config } from "../../src/core/config.js";
import { toNumbers } from "../../src/core/convert.js";
import type { DType } from "../../src/core/dtype.js";
import { ConcreteArray } from "../../src/core/array.js";

/** Runs `f` with `platform` as the default backend. */
export const onPlatform = <A>(platform: string, f: () => A): A => {
  const prev = config.platform;
  config.platform = platform;
  try {
    return f();
  } finally {
    config.platform = prev;
  }
};

/** Relative tolerance per dtype for float results (a few ulps; SIMD math may differ by ~1 ulp). */
export const RTOL: Partial<Record<DType, number>> = { float16: 2e-3, bfloat16: 1.6e-2, float32: 2e-6, float64: 1e-13 };

const flat = (x: NDArray): number[] | bigint[] => {
  const s = (x as ConcreteArray).storage();
  if (x.dtype === "int64" || x.dtype === "uint64") return Array.from(s as BigInt64Array);
  return Array.from(toNumbers(s, x.dtype));
};

/** Asserts two arrays have equal shape, dtype, weak type and values (NaN == NaN). */
export const expectClose = (got: NDArray, want: NDArray, rtol?: number, atol = 0, what = ""): void => {
  expect(got.shape, `${what} shape`).toEqual(want.shape);
  expect(got.dtype, `${what} dtype`).toBe(want.dtype);
  expect(got.weakType, `${what} weak_type`).toBe(want.weakType);
  const g = flat(got);
  const w = flat(want);
  const tol = rtol ?? RTOL[want.dtype] ?? 0;
  for (let i = 0; i < w.length; i++) {
    const a = g[i];
    const b = w[i];
    if (typeof a === "bigint" || typeof b === "bigint" || tol === 0) {
      if (!(Object.is(a, b) || a === b || (Number.isNaN(a as number) && Number.isNaN(b as number))))
        throw new Error(`${what} element ${i}: native ${String(a)} != reference ${String(b)}`);
      continue;
    }
    if (Number.isNaN(b) || !Number.isFinite(b)) {
      if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b))) throw new Error(`${what} element ${i}: native ${a} != reference ${b}`);
      continue;
    }
    if (Math.abs(a - b) > atol + tol * Math.abs(b)) throw new Error(`${what} element ${i}: native ${a} vs reference ${b} (rtol ${tol})`);
  }
};

/** Runs `f` on cpu and on reference and compares every output. */
export const expectSameOnBackends = (f: () => NDArray | readonly NDArray[], opts: { rtol?: number; atol?: number; what?: string } = {}): void => {
  const ref = onPlatform("reference", f);
  const nat = onPlatform("cpu", f);
  const rs = Array.isArray(ref) ? ref : [ref];
  const ns = Array.isArray(nat) ? nat : [nat];
  expect(ns.length).toBe(rs.length);
  for (let i = 0; i < rs.length; i++) {
    expect((ns[i] as ConcreteArray).device, "computed on the cpu backend").toBe("cpu");
    expectClose(ns[i], rs[i], opts.rtol, opts.atol, `${opts.what ?? ""}[${i}]`);
  }
};
