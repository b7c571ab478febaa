// `npm run bench`: jaxts side by side with NumPy, JAX (CPU), PyTorch (CPU),
// TensorFlow.js (Wasm) and @jax-js/jax (Wasm). Writes seeded .npy inputs to a
// temp folder, runs each side in its own child process (same environment,
// same data, same timing loop), then prints a machine/version header, a table
// of median times with jaxts/peer ratios, and the issue-3 targets. Peers that
// are not installed are skipped, saying so. See bench/README.md.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, hostname, loadavg, release, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { allCases, type BenchCase, writeInputs } from "./cases.js";
import { formatRatio, formatTime, type Measurement, type Options, parseArgs, ratio, renderTable, timingFor, USAGE } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const ENV_VARS = ["OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "JAXTS_NUM_THREADS", "JAXTS_ADDON"];

/** A side to run: a label and the command that runs it. */
interface SideSpec {
  readonly lib: string;
  readonly cmd: string;
  readonly args: (plan: string) => string[];
  readonly env?: Record<string, string>;
}

type Record_ = { type: string; [k: string]: unknown };
interface SideResult {
  info?: Record_;
  unavailable?: string;
  results: Map<string, Measurement | { error: string }>;
  stream?: Record_;
}

const pyImports = (python: string, mod: string): boolean =>
  spawnSync(python, ["-c", `import ${mod}`], { stdio: "ignore", timeout: 120_000 }).status === 0;

/** The sides that can run here, and the reasons for those that cannot. */
const detectSides = (): { sides: SideSpec[]; skipped: string[] } => {
  const sides: SideSpec[] = [];
  const skipped: string[] = [];
  const pySide = join(here, "sides", "py_side.py");
  const jsSide = join(here, "sides", "js-side.ts");
  const py = (lib: string, python: string, env?: Record<string, string>): SideSpec => ({ lib, cmd: python, args: (plan) => [pySide, lib, plan], env });
  const js = (lib: string): SideSpec => ({ lib, cmd: process.execPath, args: (plan) => ["--import", "tsx", jsSide, lib, plan] });

  sides.push(js("jaxts"));
  const python = process.env.JAXTS_BENCH_PYTHON || "python3";
  if (pyImports(python, "numpy")) sides.push(py("numpy", python));
  else skipped.push(`numpy: \`${python} -c "import numpy"\` failed (set JAXTS_BENCH_PYTHON)`);

  const jaxCandidates = [process.env.JAXTS_BENCH_JAX_PYTHON, join(root, "jaxvenv", "bin", "python"), join(root, "..", "jaxvenv", "bin", "python")].filter(
    (p): p is string => !!p && existsSync(p),
  );
  const jaxPy = [...jaxCandidates, python].find((p) => pyImports(p, "jax"));
  if (jaxPy) sides.push(py("jax", jaxPy, { JAX_PLATFORMS: "cpu" }));
  else skipped.push("jax: no Python with jax found (python3 -m venv jaxvenv && jaxvenv/bin/pip install jax jaxlib; or set JAXTS_BENCH_JAX_PYTHON)");

  const torchPy = [process.env.JAXTS_BENCH_TORCH_PYTHON, python, "/usr/bin/python3"].find((p) => !!p && pyImports(p, "torch"));
  if (torchPy) sides.push(py("torch", torchPy));
  else skipped.push("torch: no Python with torch found (Debian: apt-get install python3-torch; or set JAXTS_BENCH_TORCH_PYTHON)");

  const peer = (name: string) => existsSync(join(here, "peers", "node_modules", name, "package.json"));
  if (peer("@tensorflow/tfjs") && peer("@tensorflow/tfjs-backend-wasm")) sides.push(js("tfjs"));
  else skipped.push("tfjs: not installed (npm install --prefix bench/peers)");
  if (peer("@jax-js/jax")) sides.push(js("jax-js"));
  else skipped.push("jax-js: not installed (npm install --prefix bench/peers)");
  return { sides, skipped };
};

/** Runs one side as a child process and collects its records. */
const runSide = (side: SideSpec, plan: string): Promise<SideResult> =>
  new Promise((done) => {
    const out: SideResult = { results: new Map() };
    process.stderr.write(`running ${side.lib} ...\n`);
    const child = spawn(side.cmd, side.args(plan), { cwd: root, env: { ...process.env, ...side.env }, stdio: ["ignore", "pipe", "inherit"] });
    let buf = "";
    const line = (l: string) => {
      if (!l.startsWith("@@BENCH ")) {
        if (l.trim()) process.stderr.write(`  [${side.lib} stdout] ${l}\n`);
        return;
      }
      const rec = JSON.parse(l.slice(8)) as Record_;
      if (rec.type === "info") out.info = rec;
      else if (rec.type === "unavailable") out.unavailable = String(rec.reason);
      else if (rec.type === "stream") out.stream = rec;
      else if (rec.type === "result") out.results.set(String(rec.id), rec as unknown as Measurement);
      else if (rec.type === "error") out.results.set(String(rec.id), { error: String(rec.message) });
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        line(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    child.on("error", (e) => {
      out.unavailable = e.message;
      done(out);
    });
    child.on("close", (code) => {
      if (buf) line(buf);
      if (code !== 0 && !out.unavailable && out.results.size === 0) out.unavailable = `exited with code ${code}`;
      done(out);
    });
  });

const machineHeader = (loadAtStart: number[]): Record<string, string> => {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const flags = /^flags\s*:(.*)$/m.exec(cpuinfo)?.[1].split(" ") ?? [];
  const isa = ["avx512f", "avx2", "fma"].filter((f) => flags.includes(f)).join(" ");
  const os = existsSync("/etc/os-release") ? /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] : undefined;
  return {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    host: hostname(),
    cpu: `${cpus()[0]?.model ?? "?"} × ${cpus().length} logical cores${isa ? ` (${isa})` : ""}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os ?? process.platform} (kernel ${release()})`,
    node: process.version,
    load: `1-min load average ${loadAtStart[0].toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end (other work on the machine skews timings)`,
    env: ENV_VARS.map((v) => `${v}=${process.env[v] ?? "(unset)"}`).join(" "),
  };
};

const describeSide = (lib: string, r: SideResult): string => {
  if (r.unavailable) return `${lib}: unavailable (${r.unavailable})`;
  const i = { ...r.info } as Record<string, unknown>;
  delete i.type;
  delete i.lib;
  const kernels = i.nativeKernels as string[] | undefined;
  if (kernels) i.nativeKernels = `${kernels.length} kernels`;
  return `${lib}: ${Object.entries(i).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : v}`).join(" ")}`;
};

const seconds = (m: Measurement | { error: string } | undefined): number | undefined => (m && "median" in m ? m.median : undefined);

/** The issue-3 target for a case vs a peer, as a max jaxts/peer time ratio (or µs for dispatch). */
const target = (c: BenchCase, peer: string): number | undefined => {
  const big = c.inputs[0].shape.reduce((a, b) => a * b, 1) >= 1e5;
  if (peer === "numpy") {
    if ((c.group === "elementwise" || c.group === "reduction") && big) return 1.0;
    if (c.group === "matmul") return c.inputs[0].shape[0] >= 512 ? 1 / 0.95 : 1 / 0.8;
  }
  if (peer === "tfjs" || peer === "jax-js") return 0.2;
  return undefined;
};

const report = (cases: readonly BenchCase[], libs: readonly string[], res: Map<string, SideResult>): string => {
  const jx = res.get("jaxts");
  const kernels = new Set((jx?.info?.nativeKernels as string[] | undefined) ?? []);
  const peers = libs.filter((l) => l !== "jaxts");
  const header = ["case", ...libs.flatMap((l) => (l === "jaxts" ? ["jaxts"] : [l, `jaxts/${l}`])), "jaxts kernel"];
  const rows = cases.map((c) => {
    const tj = seconds(jx?.results.get(c.id));
    const cells = [c.id];
    for (const l of libs) {
      const m = res.get(l)?.results.get(c.id);
      const cell = m && "error" in m ? (m.error.startsWith("skipped") ? "skipped" : "error") : formatTime(seconds(m));
      cells.push(cell);
      if (l !== "jaxts") cells.push(formatRatio(ratio(tj, seconds(m))));
    }
    const host = c.primitives.filter((p) => p !== "transpose" && !kernels.has(p));
    cells.push(jx?.info ? (host.length ? `host fallback (${host.join(",")})` : "native") : "—");
    return cells;
  });
  const lines = [renderTable(header, rows)];

  const mm = cases.filter((c) => c.flops);
  if (mm.length) {
    const gf = (c: BenchCase, l: string) => {
      const s = seconds(res.get(l)?.results.get(c.id));
      if (!s) return "—";
      const g = c.flops! / s / 1e9;
      return g >= 10 ? g.toFixed(1) : g.toPrecision(2);
    };
    lines.push("", "matmul GFLOP/s:", renderTable(["case", ...libs], mm.map((c) => [c.id, ...libs.map((l) => gf(c, l))])));
  }

  // Issue-3 targets: one row per case that has one, "ratio met|MISSED" per peer.
  const targetPeers = ["numpy", "tfjs", "jax-js"].filter((p) => peers.includes(p));
  let met = 0;
  let missed = 0;
  const verdict = (ok: boolean, text: string) => {
    if (ok) met++;
    else missed++;
    return `${text} ${ok ? "met" : "MISSED"}`;
  };
  const targetRows: string[][] = [];
  for (const c of cases) {
    const tj = seconds(jx?.results.get(c.id));
    if (tj === undefined) continue;
    const cells = targetPeers.map((p) => {
      const lim = target(c, p);
      const r = ratio(tj, seconds(res.get(p)?.results.get(c.id)));
      return lim === undefined || r === undefined ? "—" : verdict(r <= lim, `${formatRatio(r)} (≤ ${formatRatio(lim)})`);
    });
    const dispatch = c.group === "dispatch" ? verdict(tj <= 2e-6, `${formatTime(tj)} (≤ 2 µs)`) : "—";
    if (cells.some((x) => x !== "—") || dispatch !== "—") targetRows.push([c.id, ...cells, dispatch]);
  }
  if (targetRows.length)
    lines.push(
      "",
      `issue-3 targets (jaxts/peer time ratio ≤ limit; matmul limits are 1/0.95 and 1/0.8 of NumPy's time): ${met} met, ${missed} missed`,
      renderTable(["case", ...targetPeers.map((p) => `vs ${p}`), "dispatch"], targetRows),
    );
  const errors = cases.flatMap((c) =>
    libs.flatMap((l) => {
      const m = res.get(l)?.results.get(c.id);
      return m && "error" in m ? [`  ${l} / ${c.id}: ${m.error}`] : [];
    }),
  );
  if (errors.length) lines.push("", "errors and skips:", ...errors);
  return lines.join("\n");
};

const main = async (opts: Options): Promise<void> => {
  const cases = allCases().filter((c) => !opts.filter || opts.filter.test(c.id));
  if (!cases.length) throw new Error(`no case matches ${opts.filter}`);
  const timing = timingFor(opts);
  const { sides: found, skipped } = detectSides();
  const sides = found.filter((s) => !opts.only || opts.only.includes(s.lib));
  const dir = mkdtempSync(join(tmpdir(), "jaxts-bench-"));
  try {
    process.stderr.write(`writing inputs to ${dir} ...\n`);
    writeInputs(cases, dir);
    const plan = join(dir, "plan.json");
    writeFileSync(plan, JSON.stringify({ dataDir: dir, cases, timing, stream: !opts.filter }));
    const loadAtStart = loadavg();
    const res = new Map<string, SideResult>();
    for (const s of sides) res.set(s.lib, await runSide(s, plan));

    const machine = machineHeader(loadAtStart);
    const libs = sides.map((s) => s.lib).filter((l) => !res.get(l)?.unavailable);
    const out: string[] = ["# jaxts benchmark", ...Object.entries(machine).map(([k, v]) => `${k}: ${v}`)];
    out.push(`timing: median of ≤ ${timing.reps} reps after ${timing.warmup} warm-up call(s); each rep loops the op to last ≥ ${timing.minRepSeconds * 1e3} ms; ≤ ${timing.caseBudgetSeconds} s per case and side${opts.quick ? " (--quick)" : ""}`);
    out.push("sides:");
    for (const s of sides) out.push(`  ${describeSide(s.lib, res.get(s.lib)!)}`);
    for (const s of skipped) if (!opts.only || opts.only.includes(s.split(":")[0])) out.push(`  skipped ${s}`);
    const st = res.get("numpy")?.stream;
    if (st)
      out.push(
        `memory bandwidth (NumPy, 1e7 float32): copyto ${formatTime(st.copy_seconds as number)} = ${(st.copy_gbps as number).toFixed(1)} GB/s (read+write); ` +
          `add(out=) ${formatTime(st.add_out_seconds as number)} = ${(st.add_out_gbps as number).toFixed(1)} GB/s`,
      );
    out.push("", "median time per op call; jaxts/<peer> = jaxts time ÷ peer time (below 1: jaxts faster)", "");
    out.push(report(cases, libs, res));
    console.log(out.join("\n"));

    if (opts.json) {
      const json = {
        machine,
        timing,
        sides: Object.fromEntries([...res].map(([l, r]) => [l, { info: r.info, unavailable: r.unavailable, stream: r.stream }])),
        skipped,
        cases: cases.map((c) => ({ ...c, results: Object.fromEntries([...res].map(([l, r]) => [l, r.results.get(c.id)])) })),
      };
      writeFileSync(opts.json, JSON.stringify(json, null, 2));
      process.stderr.write(`wrote ${opts.json}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

let opts: Options;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (opts.help) console.log(USAGE);
else await main(opts);
