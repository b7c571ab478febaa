// The benchmark cases of issue 3 item 8, and the deterministic input data
// they read: every side loads the same .npy files (written once by
// bench/run.ts from a seeded generator), so all libraries see identical bytes.

import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** An input array: file name in the data folder and its float32 shape. */
export interface InputSpec {
  readonly file: string;
  readonly shape: readonly number[];
}

/** What a side must compute; `op` is interpreted by each side. */
export type CaseOp = "add" | "mul" | "exp" | "tanh" | "sum" | "max" | "argmax" | "matmul" | "transpose_copy";

export interface BenchCase {
  readonly id: string;
  readonly group: "elementwise" | "reduction" | "matmul" | "dispatch" | "transpose";
  readonly op: CaseOp;
  readonly inputs: readonly InputSpec[];
  readonly axis?: number;
  /** Floating-point operations per call (matmul), for GFLOP/s. */
  readonly flops?: number;
  /** jaxts primitives the case runs (to report native vs host fallback). */
  readonly primitives: readonly string[];
}

const SIZES: [string, number][] = [["1e3", 1e3], ["1e5", 1e5], ["1e7", 1e7]];
const MAT = 4096;
const MATMUL = [128, 512, 1024, 2048];

const vec = (tag: string, n: number, which: "a" | "b"): InputSpec => ({ file: `vec_${tag}_${which}.npy`, shape: [n] });
const square = (name: string, n: number): InputSpec => ({ file: `${name}.npy`, shape: [n, n] });

const PRIM: Record<CaseOp, string[]> = {
  add: ["add"],
  mul: ["mul"],
  exp: ["exp"],
  tanh: ["tanh"],
  sum: ["reduce_sum"],
  max: ["reduce_max"],
  argmax: ["argmax"],
  matmul: ["dot_general"],
  transpose_copy: ["transpose", "copy"],
};

/** All cases, in table order. */
export const allCases = (): BenchCase[] => {
  const out: BenchCase[] = [];
  for (const op of ["add", "mul", "exp", "tanh"] as const)
    for (const [tag, n] of SIZES) {
      const binary = op === "add" || op === "mul";
      out.push({ id: `${op} ${tag}`, group: "elementwise", op, inputs: binary ? [vec(tag, n, "a"), vec(tag, n, "b")] : [vec(tag, n, "a")], primitives: PRIM[op] });
    }
  for (const op of ["sum", "max", "argmax"] as const)
    for (const axis of [0, 1])
      out.push({ id: `${op} axis=${axis} 4096²`, group: "reduction", op, axis, inputs: [square("mat_4096", MAT)], primitives: PRIM[op] });
  for (const n of MATMUL)
    out.push({ id: `matmul ${n}`, group: "matmul", op: "matmul", inputs: [square(`mm_${n}_a`, n), square(`mm_${n}_b`, n)], flops: 2 * n ** 3, primitives: PRIM.matmul });
  out.push({ id: "add 1 elem (dispatch)", group: "dispatch", op: "add", inputs: [vec("1", 1, "a"), vec("1", 1, "b")], primitives: PRIM.add });
  out.push({ id: "transpose+copy 4096²", group: "transpose", op: "transpose_copy", inputs: [square("mat_4096", MAT)], primitives: PRIM.transpose_copy });
  return out;
};

/** A seeded float32 stream, uniform in [-1, 1) (mulberry32; deterministic everywhere). */
export const seededFloats = (seed: number, n: number): Float32Array => {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return out;
};

/** An .npy (format 1.0) file image of a C-order little-endian float32 array. */
export const npyBytes = (data: Float32Array, shape: readonly number[]): Buffer => {
  const shp = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shp}, }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += " ".repeat(pad % 64) + "\n";
  const pre = Buffer.alloc(10);
  pre.write("\x93NUMPY", 0, "latin1");
  pre[6] = 1;
  pre[7] = 0;
  pre.writeUInt16LE(header.length, 8);
  return Buffer.concat([pre, Buffer.from(header, "latin1"), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
};

/** Reads a float32 .npy file written by `npyBytes` (format 1.0/2.0, '<f4', C order). */
export const parseNpy = (buf: Buffer): { data: Float32Array; shape: number[] } => {
  if (buf.toString("latin1", 0, 6) !== "\x93NUMPY") throw new Error("not an .npy file");
  const major = buf[6];
  const hlen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = buf.toString("latin1", start, start + hlen);
  if (!header.includes("'<f4'") || header.includes("'fortran_order': True")) throw new Error(`unsupported .npy header ${header}`);
  const shape = (/'shape': \(([^)]*)\)/.exec(header)?.[1] ?? "").split(",").map((s) => s.trim()).filter(Boolean).map(Number);
  const off = start + hlen;
  const n = shape.reduce((a, b) => a * b, 1);
  const copy = new Float32Array(n); // aligned copy
  new Uint8Array(copy.buffer).set(buf.subarray(off, off + 4 * n));
  return { data: copy, shape };
};

/** Writes every input the given cases need into `dir` (each file once). */
export const writeInputs = (cases: readonly BenchCase[], dir: string): void => {
  const seen = new Set<string>();
  for (const c of cases)
    for (const inp of c.inputs) {
      if (seen.has(inp.file)) continue;
      seen.add(inp.file);
      // The seed depends only on the file name, so filtering cases never changes data.
      const seed = [...inp.file].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
      const n = inp.shape.reduce((a, b) => a * b, 1);
      writeFileSync(join(dir, inp.file), npyBytes(seededFloats(seed, n), inp.shape));
    }
};
