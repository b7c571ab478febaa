// Printing equals JAX's repr on the cases of laws/fixtures/print-jax.json
// (generated with JAX 0.10.2 / NumPy 2.4 / ml_dtypes 0.6 by hand; see its note).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";

interface Case {
  name: string;
  ts: string;
  x64: boolean;
  expected: string;
}
const { cases } = JSON.parse(readFileSync(new URL("../../laws/fixtures/print-jax.json", import.meta.url), "utf8")) as { cases: Case[] };

describe("String(x) equals JAX's repr (fixture)", () => {
  for (const c of cases) {
    it(c.name, () => {
      // The expressions are plain jaxts calls over `np`, written in the fixture.
      const make = new Function("np", `return ${c.ts}`) as (n: typeof np) => unknown;
      const got = c.x64 ? withX64(true, () => String(make(np))) : String(make(np));
      expect(got).toBe(c.expected);
    });
  }
});
