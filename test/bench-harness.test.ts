// The benchmark harness's pure helpers (bench/harness.ts, bench/cases.ts):
// option parsing, medians, unit formatting, ratios, the table, the seeded
// inputs and the .npy round trip. The benchmark itself is `npm run bench`,
// never part of `npm test`.
import { describe, expect, it } from "vitest";
import { allCases, npyBytes, parseNpy, seededFloats } from "../bench/cases.js";
import { formatRatio, formatTime, measure, median, parseArgs, QUICK_TIMING, ratio, renderTable, timingFor } from "../bench/harness.js";

describe("bench harness helpers", () => {
  it("parses options", () => {
    const o = parseArgs(["--quick", "--filter", "matmul|add 1e7", "--json", "out.json", "--only", "jaxts, numpy", "--reps", "7"]);
    expect(o.quick).toBe(true);
    expect(o.filter?.test("matmul 512")).toBe(true);
    expect(o.filter?.test("exp 1e3")).toBe(false);
    expect(o.json).toBe("out.json");
    expect(o.only).toEqual(["jaxts", "numpy"]);
    expect(timingFor(o)).toEqual({ ...QUICK_TIMING, reps: 7 });
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown option --bogus/);
    expect(() => parseArgs(["--filter"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--reps", "0"])).toThrow(/positive integer/);
  });

  it("takes medians", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it("formats times with units and ratios", () => {
    expect(formatTime(2.6e-7)).toBe("260 ns");
    expect(formatTime(1.234e-6)).toBe("1.23 µs");
    expect(formatTime(0.0123)).toBe("12.3 ms");
    expect(formatTime(1.5)).toBe("1.50 s");
    expect(formatTime(undefined)).toBe("—");
    expect(ratio(2, 4)).toBe(0.5);
    expect(ratio(undefined, 4)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
    expect(formatRatio(0.456)).toBe("0.46");
    expect(formatRatio(23.61)).toBe("23.6");
    expect(formatRatio(undefined)).toBe("—");
  });

  it("renders an aligned Markdown table", () => {
    const t = renderTable(["case", "time", "note"], [["add 1e3", "1.00 µs", "native"], ["matmul 2048", "12.3 ms", "host"]]);
    const lines = t.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("| case        |    time | note   |");
    expect(lines[1]).toBe("|-------------|--------:|--------|");
    expect(lines[3]).toBe("| matmul 2048 | 12.3 ms | host   |");
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it("measures a function and returns seconds per call", async () => {
    let calls = 0;
    const m = await measure(() => {
      calls++;
      const s = process.hrtime.bigint();
      while (process.hrtime.bigint() - s < 200_000n); // ~0.2 ms busy wait
    }, { warmup: 1, reps: 3, minRepSeconds: 0.001, caseBudgetSeconds: 1 });
    expect(m.reps).toBe(3);
    expect(m.inner).toBeGreaterThanOrEqual(1);
    expect(m.median).toBeGreaterThanOrEqual(2e-4);
    expect(m.median).toBeLessThan(0.05);
    expect(calls).toBeGreaterThanOrEqual(2 + 3 * m.inner);
  });

  it("generates deterministic inputs and round-trips .npy", () => {
    const a = seededFloats(42, 1000);
    expect(seededFloats(42, 1000)).toEqual(a);
    expect(seededFloats(43, 1000)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...a)).toBeLessThan(1);
    const buf = npyBytes(a.subarray(0, 6), [2, 3]);
    expect(buf.toString("latin1", 0, 6)).toBe("\x93NUMPY");
    expect((10 + buf.readUInt16LE(8)) % 64).toBe(0); // header padded to 64 bytes
    const back = parseNpy(buf);
    expect(back.shape).toEqual([2, 3]);
    expect(back.data).toEqual(a.subarray(0, 6));
    expect(parseNpy(npyBytes(a.subarray(0, 4), [4])).shape).toEqual([4]);
  });

  it("lists the issue-3 cases", () => {
    const ids = allCases().map((c) => c.id);
    expect(ids).toHaveLength(12 + 6 + 4 + 2);
    expect(ids).toContain("tanh 1e7");
    expect(ids).toContain("argmax axis=1 4096²");
    expect(ids).toContain("matmul 2048");
    expect(new Set(ids).size).toBe(ids.length);
  });
});
