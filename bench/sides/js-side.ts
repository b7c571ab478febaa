// JS sides of the jaxts benchmark (bench/run.ts starts this in a child Node
// process): jaxts itself, TensorFlow.js (Wasm backend) and @jax-js/jax (Wasm).
// usage: node --import tsx bench/sides/js-side.ts jaxts|tfjs|jax-js <plan.json>
// Peers load from bench/peers/node_modules (never dependencies of jaxts).
// Prints "@@BENCH <json>" records on stdout, progress on stderr.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchCase, InputSpec } from "../cases.js";
import { parseNpy } from "../cases.js";
import { measure, type Timing } from "../harness.js";

interface Plan {
  readonly dataDir: string;
  readonly cases: readonly BenchCase[];
  readonly timing: Timing;
}

/** What a side provides: array upload and a thunk per case. */
interface Side<A> {
  readonly info: Record<string, unknown>;
  put(data: Float32Array, shape: readonly number[]): A;
  make(c: BenchCase, xs: readonly A[]): () => unknown;
}

const here = dirname(fileURLToPath(import.meta.url));
const PEERS = join(here, "..", "peers");

const emit = (rec: Record<string, unknown>): void => {
  process.stdout.write(`@@BENCH ${JSON.stringify(rec)}\n`);
};

/** Imports a peer package from bench/peers (ESM entry via its resolved path). */
const importPeer = async (name: string): Promise<any> => {
  const req = createRequire(join(PEERS, "package.json"));
  let path: string;
  try {
    path = req.resolve(name);
  } catch {
    throw new Error(`${name} is not installed (npm install --prefix bench/peers)`);
  }
  return req(path);
};

const peerVersion = (name: string): string => {
  const pj = join(PEERS, "node_modules", name, "package.json");
  return existsSync(pj) ? JSON.parse(readFileSync(pj, "utf8")).version : "?";
};

const jaxtsSide = async (): Promise<Side<any>> => {
  await import("../../src/index.js");
  const np = await import("../../src/numpy/index.js");
  const { nativeBackend } = await import("../../src/backend/native/index.js");
  const backend = nativeBackend();
  const info = backend.addon.info();
  const pkg = JSON.parse(readFileSync(join(here, "..", "..", "package.json"), "utf8"));
  return {
    info: {
      version: pkg.version,
      addon: process.env.JAXTS_ADDON || "build/Release/jaxts.node",
      isa: info.isa,
      blas: info.blas,
      threads: info.threads,
      nativeKernels: [...backend.kernels].sort(),
    },
    put: (data, shape) => np.asarray(data).reshape(...shape),
    make: (c, xs) => {
      const [a, b] = xs;
      const axis = c.axis;
      switch (c.op) {
        case "add": return () => np.add(a, b);
        case "mul": return () => np.multiply(a, b);
        case "exp": return () => np.exp(a);
        case "tanh": return () => np.tanh(a);
        case "sum": return () => np.sum(a, { axis });
        case "max": return () => np.max(a, { axis });
        case "argmax": return () => np.argmax(a, { axis });
        case "matmul": return () => np.matmul(a, b);
        case "transpose_copy": return () => np.copy(a.T);
      }
    },
  };
};

const tfjsSide = async (): Promise<Side<any>> => {
  const tf = await importPeer("@tensorflow/tfjs");
  await importPeer("@tensorflow/tfjs-backend-wasm");
  if (!(await tf.setBackend("wasm"))) throw new Error("tfjs wasm backend failed to initialise");
  await tf.ready();
  const flag = (f: string) => {
    try {
      return tf.env().get(f);
    } catch {
      return undefined;
    }
  };
  return {
    info: {
      version: peerVersion("@tensorflow/tfjs"),
      backend: tf.getBackend(),
      wasmBackend: peerVersion("@tensorflow/tfjs-backend-wasm"),
      simd: await flag("WASM_HAS_SIMD_SUPPORT"),
      multithread: await flag("WASM_HAS_MULTITHREAD_SUPPORT"),
    },
    put: (data, shape) => tf.tensor(data, shape, "float32"),
    make: (c, xs) => {
      const [a, b] = xs;
      const axis = c.axis;
      const run = (f: () => any) => () => f().dispose();
      switch (c.op) {
        case "add": return run(() => tf.add(a, b));
        case "mul": return run(() => tf.mul(a, b));
        case "exp": return run(() => tf.exp(a));
        case "tanh": return run(() => tf.tanh(a));
        case "sum": return run(() => tf.sum(a, axis));
        case "max": return run(() => tf.max(a, axis));
        case "argmax": return run(() => tf.argMax(a, axis));
        case "matmul": return run(() => tf.matMul(a, b));
        case "transpose_copy": return run(() => tf.transpose(a));
      }
    },
  };
};

const jaxjsSide = async (): Promise<Side<any>> => {
  const jax = await importPeer("@jax-js/jax");
  await jax.init("wasm");
  jax.defaultDevice("wasm");
  const np = jax.numpy;
  // jax-js is lazy and reference-counted: pass `.ref` to keep inputs alive,
  // force each result with blockUntilReady(), then dispose it.
  const run = (f: () => any) => async () => {
    const y = f();
    await y.blockUntilReady();
    y.dispose();
  };
  return {
    info: { version: peerVersion("@jax-js/jax"), device: "wasm" },
    put: (data, shape) => np.array(data).reshape([...shape]),
    make: (c, xs) => {
      const [a, b] = xs;
      const axis = c.axis;
      switch (c.op) {
        case "add": return run(() => np.add(a.ref, b.ref));
        case "mul": return run(() => np.multiply(a.ref, b.ref));
        case "exp": return run(() => np.exp(a.ref));
        case "tanh": return run(() => np.tanh(a.ref));
        case "sum": return run(() => np.sum(a.ref, axis));
        case "max": return run(() => np.max(a.ref, axis));
        case "argmax": return run(() => np.argmax(a.ref, axis));
        case "matmul": return run(() => np.matmul(a.ref, b.ref));
        // np.transpose alone stays a lazy view in jax-js; an elementwise op over it
        // materializes the transposed copy (measured: + 0 is not folded away).
        case "transpose_copy": return run(() => np.transpose(a.ref).add(0));
      }
    },
  };
};

const SIDES: Record<string, () => Promise<Side<any>>> = { jaxts: jaxtsSide, tfjs: tfjsSide, "jax-js": jaxjsSide };

const main = async (): Promise<void> => {
  const [lib, planPath] = process.argv.slice(2);
  const plan = JSON.parse(readFileSync(planPath, "utf8")) as Plan;
  const factory = SIDES[lib];
  if (!factory) throw new Error(`unknown side ${lib}`);
  let side: Side<any>;
  try {
    side = await factory();
  } catch (e) {
    emit({ type: "unavailable", lib, reason: (e as Error).message });
    return;
  }
  emit({ type: "info", lib, node: process.versions.node, ...side.info });
  const cache = new Map<string, unknown>();
  const load = (s: InputSpec) => {
    if (!cache.has(s.file)) {
      const { data, shape } = parseNpy(readFileSync(join(plan.dataDir, s.file)));
      cache.set(s.file, side.put(data, shape));
    }
    return cache.get(s.file);
  };
  // When one call exceeds the whole case budget (e.g. a host fallback), larger
  // cases of the same op are skipped rather than run for minutes.
  const slow = new Map<string, number>();
  const size = (c: BenchCase) => c.inputs[0].shape.reduce((a, b) => a * b, 1);
  for (const c of plan.cases) {
    const key = `${c.group}:${c.op}`;
    const limit = slow.get(key);
    if (limit !== undefined && size(c) > limit) {
      emit({ type: "error", id: c.id, message: `skipped: a smaller ${c.op} case already took longer than the ${plan.timing.caseBudgetSeconds} s budget` });
      continue;
    }
    try {
      const fn = side.make(c, c.inputs.map(load));
      const m = await measure(fn, plan.timing);
      if (m.median >= plan.timing.caseBudgetSeconds) slow.set(key, size(c));
      emit({ type: "result", id: c.id, ...m });
      process.stderr.write(`  [${lib}] ${c.id}: ${(m.median * 1e3).toPrecision(4)} ms\n`);
    } catch (e) {
      emit({ type: "error", id: c.id, message: `${(e as Error).name}: ${(e as Error).message}` });
      process.stderr.write(`  [${lib}] ${c.id}: error ${(e as Error).message}\n`);
    }
  }
};

await main();
