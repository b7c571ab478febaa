// Every registered primitive has a reference kernel, the generated native op
// tables match the registry, and the generated header compiles as C++.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../../src/index.js";
import "../../src/numpy/index.js";
import "../../src/lax/index.js";
import { allPrimitives } from "../../src/core/primitive.js";
import { refKernels } from "../../src/backend/reference/kernel.js";
import { GENERATED, opNames, renderHeader, renderTs } from "../../scripts/ops-table.js";

const hasGxx = (() => {
  try {
    execFileSync("g++", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("primitive registry", () => {
  it("has a reference kernel for every primitive", () => {
    const missing = allPrimitives().map((p) => p.name).filter((n) => !refKernels.has(n));
    expect(missing).toEqual([]);
    const orphans = [...refKernels.keys()].filter((n) => !allPrimitives().some((p) => p.name === n));
    expect(orphans).toEqual([]);
  });

  it("generated op tables are up to date (run `npm run gen:ops`)", () => {
    const names = opNames();
    expect(readFileSync(GENERATED.header, "utf8")).toBe(renderHeader(names));
    expect(readFileSync(GENERATED.ts, "utf8")).toBe(renderTs(names));
  });

  it.skipIf(!hasGxx)("generated header compiles as C++17", () => {
    const src = `#include "${process.cwd()}/${GENERATED.header}"\nint main() { return jaxts::op_name(jaxts::Op(0))[0] == '?'; }\n`;
    execFileSync("g++", ["-std=c++17", "-fsyntax-only", "-x", "c++", "-"], { input: src });
  });
});
