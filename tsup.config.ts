import { defineConfig } from "tsup";

// One build for every public entry point: ESM + CJS + .d.ts (DESIGN.md §5).
export default defineConfig({
  entry: {
    index: "src/index.ts",
    numpy: "src/numpy/index.ts",
    lax: "src/lax/index.ts",
    random: "src/random/index.ts",
    tree: "src/tree/index.ts",
    testing: "src/testing/index.ts",
    effect: "src/effect/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  // import.meta.url in the CJS build (the addon loader resolves paths from it).
  shims: true,
});
