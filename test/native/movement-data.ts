// Test data for the data-movement equivalence tests: values of every dtype
// (edge values included) and operands in several memory layouts (contiguous,
// transposed, reversed, sliced, broadcast), built inside the computation so
// each backend makes its own.
import fc from "fast-check";
import type { NDArray } from "../../src/core/array.js";
import type { DType } from "../../src/core/dtype.js";
import * as np from "../../src/numpy/index.js";

export const ALL_DTYPES: DType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64"];

type V = number | bigint | boolean;

const EDGES: Record<string, V[]> = {
  bool: [true, false],
  int8: [-128, 127, 0, -1],
  int16: [-32768, 32767, 0, -1],
  int32: [-(2 ** 31), 2 ** 31 - 1, 0, -1],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, 0n, -1n],
  uint8: [255, 0, 1],
  uint16: [65535, 0, 1],
  uint32: [2 ** 32 - 1, 0, 1],
  uint64: [2n ** 64n - 1n, 0n, 1n],
  float: [NaN, Infinity, -Infinity, -0, 0, 1.5, -2.25, 65504, 1e-8],
};

/** n deterministic values of dtype `d` from `seed`, edge values mixed in. */
export const values = (d: DType, n: number, seed: number): V[] => {
  let s = (seed * 2654435761 + 12345) >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const edges = EDGES[d] ?? EDGES.float;
  return Array.from({ length: n }, () => {
    const r = rnd();
    if (r < 0.2) return edges[Math.floor(rnd() * edges.length)];
    if (d === "bool") return rnd() < 0.5;
    if (d === "int64") return BigInt(Math.floor((rnd() - 0.5) * 2000));
    if (d === "uint64") return BigInt(Math.floor(rnd() * 1000));
    if (d.startsWith("uint")) return Math.floor(rnd() * 200);
    if (d.startsWith("int")) return Math.floor((rnd() - 0.5) * 200);
    return Math.round((rnd() - 0.5) * 200) / 4;
  });
};

export type Layout = "c" | "T" | "rev" | "slice" | "bcast";
export const LAYOUTS: Layout[] = ["c", "T", "rev", "slice", "bcast"];

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** An operand of `shape` and dtype `d` in memory layout `layout` (a view where the layout makes one). */
export const operand = (d: DType, shape: readonly number[], seed: number, layout: Layout = "c"): NDArray => {
  const nd = shape.length;
  const make = (sh: readonly number[]) => np.array(values(d, size(sh), seed) as never, { dtype: d }).reshape(...sh);
  if (nd === 0 || layout === "c") return make(shape);
  if (layout === "T") return np.transpose(make([...shape].reverse()));
  if (layout === "rev") return make(shape).index("::-1");
  if (layout === "slice") {
    const sh = [...shape];
    sh[nd - 1] = 2 * sh[nd - 1] + 1;
    return make(sh).index(...Array(nd - 1).fill(":"), "1::2");
  }
  const sh = shape.map((n, i) => (i === 0 ? 1 : n));
  return np.broadcastTo(make(sh), shape);
};

export const arbDType = fc.constantFrom(...ALL_DTYPES);
export const arbLayout = fc.constantFrom(...LAYOUTS);
/** Shapes of rank 0..maxRank with sizes 0..maxDim (0-size sometimes). */
export const arbShape = (maxRank = 4, maxDim = 5, minRank = 0) => fc.array(fc.integer({ min: 0, max: maxDim }), { minLength: minRank, maxLength: maxRank });
