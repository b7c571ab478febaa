// Benchmark harness helpers shared by the orchestrator (bench/run.ts) and the
// JS sides (bench/sides/js-side.ts): command-line options, the timing loop
// (the same algorithm as bench/sides/py_side.py), medians, unit formatting and
// the plain-text table. Pure functions except `measure`; unit-tested in
// test/bench-harness.test.ts. Not part of the jaxts package.

/** Timing parameters, identical for every side (they travel in the plan file). */
export interface Timing {
  /** Warm-up calls before calibration (stopped early when they eat half the budget). */
  readonly warmup: number;
  /** Maximum timed repetitions; the reported value is their median. */
  readonly reps: number;
  /** Each repetition runs the op `inner` times in a loop so that it lasts ≥ this many seconds. */
  readonly minRepSeconds: number;
  /** Soft wall-clock budget per case and side, in seconds (fewer reps when slow). */
  readonly caseBudgetSeconds: number;
}

export const FULL_TIMING: Timing = { warmup: 3, reps: 21, minRepSeconds: 0.01, caseBudgetSeconds: 10 };
export const QUICK_TIMING: Timing = { warmup: 1, reps: 5, minRepSeconds: 0.002, caseBudgetSeconds: 1.5 };

/** One measured case on one side: seconds per op call. */
export interface Measurement {
  readonly median: number;
  readonly min: number;
  readonly reps: number;
  readonly inner: number;
}

export interface Options {
  readonly quick: boolean;
  readonly filter: RegExp | undefined;
  readonly json: string | undefined;
  /** Sides to run (all when undefined). */
  readonly only: readonly string[] | undefined;
  readonly reps: number | undefined;
  readonly help: boolean;
}

export const USAGE = `usage: npm run bench -- [--quick] [--filter <regex>] [--json <file>] [--only <side,side>] [--reps <n>]
  --quick          few repetitions and a short budget per case (smoke test)
  --filter <re>    run only the cases whose name matches <re> (e.g. 'matmul|add 1e7')
  --json <file>    also write all measurements, versions and the machine header as JSON
  --only <list>    sides to run, comma-separated: jaxts,numpy,jax,torch,tfjs,jax-js
  --reps <n>       maximum timed repetitions per case (default 21, quick 5)`;

/** Parses the bench command line; throws on unknown options. */
export const parseArgs = (argv: readonly string[]): Options => {
  let quick = false;
  let filter: RegExp | undefined;
  let json: string | undefined;
  let only: string[] | undefined;
  let reps: number | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`option ${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--quick") quick = true;
    else if (a === "--filter") filter = new RegExp(value());
    else if (a === "--json") json = value();
    else if (a === "--only") only = value().split(",").map((s) => s.trim()).filter(Boolean);
    else if (a === "--reps") {
      reps = Number(value());
      if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps needs a positive integer\n${USAGE}`);
    } else if (a === "--help" || a === "-h") help = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return { quick, filter, json, only, reps, help };
};

/** The timing for these options. */
export const timingFor = (o: Pick<Options, "quick" | "reps">): Timing => {
  const base = o.quick ? QUICK_TIMING : FULL_TIMING;
  return o.reps ? { ...base, reps: o.reps } : base;
};

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new Error("median of an empty list");
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Seconds as a short human string with a unit: "812 ns", "3.41 µs", "12.3 ms", "1.52 s". */
export const formatTime = (s: number | undefined): string => {
  if (s === undefined || !Number.isFinite(s)) return "—";
  const digits = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  if (s < 1e-6) return `${digits(s * 1e9)} ns`;
  if (s < 1e-3) return `${digits(s * 1e6)} µs`;
  if (s < 1) return `${digits(s * 1e3)} ms`;
  return `${digits(s)} s`;
};

/** jaxts time / peer time (below 1: jaxts is faster); undefined when either is missing. */
export const ratio = (jaxts: number | undefined, peer: number | undefined): number | undefined =>
  jaxts === undefined || peer === undefined || !(peer > 0) ? undefined : jaxts / peer;

export const formatRatio = (r: number | undefined): string => {
  if (r === undefined || !Number.isFinite(r)) return "—";
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2);
};

/** A plain-text (also valid Markdown) table; numeric-looking cells are right-aligned. */
export const renderTable = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const numeric = (s: string) => /^([-—\d.]|error$|skipped$)/.test(s);
  // A column is right-aligned when all its cells look numeric (times, ratios, "—").
  const right = header.map((_, c) => c > 0 && rows.length > 0 && rows.every((r) => numeric(r[c] ?? "—")));
  const line = (cells: readonly string[]) => `| ${cells.map((v, c) => (right[c] ? v.padStart(width[c]) : v.padEnd(width[c]))).join(" | ")} |`;
  const rule = `|${width.map((w, c) => (right[c] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map((r) => line(header.map((_, c) => r[c] ?? "")))].join("\n");
};

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

/**
 * Times `fn` (synchronous, or returning a promise that is awaited): warm-up,
 * calibration of an inner loop so each repetition lasts ≥ minRepSeconds, then
 * up to `reps` repetitions within the budget. Returns seconds per call. A call
 * slower than the whole budget is measured once (its warm-up call).
 */
export const measure = async (fn: () => unknown, t: Timing): Promise<Measurement> => {
  const start = now();
  let isAsync = false;
  const call = async (): Promise<number> => {
    const s = now();
    const r = fn();
    if (r instanceof Promise) {
      isAsync = true;
      await r;
    }
    return now() - s;
  };
  const first = await call();
  if (first >= t.caseBudgetSeconds) return { median: first, min: first, reps: 1, inner: 1 };
  for (let i = 1; i < t.warmup && now() - start < t.caseBudgetSeconds / 2; i++) await call();
  const single = await call();
  const inner = single >= t.minRepSeconds ? 1 : Math.min(1 << 20, Math.ceil(t.minRepSeconds / Math.max(single, 1e-8)));
  const remaining = t.caseBudgetSeconds - (now() - start);
  const reps = Math.max(1, Math.min(t.reps, Math.floor(remaining / (Math.max(single, 1e-8) * inner))));
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const s = now();
    if (isAsync) for (let i = 0; i < inner; i++) await fn();
    else for (let i = 0; i < inner; i++) fn();
    samples.push((now() - s) / inner);
  }
  return { median: median(samples), min: Math.min(...samples), reps, inner };
};
