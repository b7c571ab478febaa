// Shared assertion for the numpy math/reduction/creation tests: dtype, shape
// and values of one or several results against values printed by real JAX.
import { expect } from "vitest";
import type { NDArray } from "../../src/core/array.js";

export interface Expected {
  dtype: string;
  shape: number[];
  values: unknown;
}

const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
const num = (v: unknown): number => (typeof v === "bigint" ? Number(v) : typeof v === "boolean" ? +v : (v as number));

/** Checks result(s) against JAX's dtype, shape and values; `tol` is a relative tolerance (0 = exact, -0 distinguished). */
export const check = (got: NDArray | NDArray[], expected: Expected[], tol = 0): void => {
  const gs = Array.isArray(got) ? got : [got];
  expect(gs.length).toBe(expected.length);
  gs.forEach((g, k) => {
    const e = expected[k];
    expect(g.dtype, `dtype of result ${k}`).toBe(e.dtype);
    expect([...g.shape], `shape of result ${k}`).toEqual(e.shape);
    const a = flat(g.toArray());
    const b = flat(e.values);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
      const x = num(a[i]);
      const y = num(b[i]);
      if (Number.isNaN(y)) expect(Number.isNaN(x), `element ${i}: ${x} vs NaN`).toBe(true);
      else if (tol === 0 || !Number.isFinite(y)) expect(Object.is(x, y) || (x === y && x !== 0), `element ${i}: ${x} vs ${y}`).toBe(true);
      else expect(Math.abs(x - y) <= tol * Math.max(1e-6, Math.abs(y)), `element ${i}: ${x} vs ${y}`).toBe(true);
    }
  });
};
