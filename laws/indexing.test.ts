// Laws of NumPy indexing: random index expressions (ints, slices with random
// start/stop/step, null, "...", integer arrays, boolean masks and scalars) on
// random shapes agree with a slow element-by-element reference written from
// the NumPy indexing docs (not calling jaxts), for x.index, x.at().set and
// x.at().add. x = arange(size), so each result element names its source.

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import type { IndexItem } from "../src/core/array-types.js";

/** A plain-JS index item: the generator builds these, the test converts arrays. */
type RefItem =
  | { k: "int"; v: number }
  | { k: "slice"; start: number | null; stop: number | null; step: number | null }
  | { k: "new" }
  | { k: "ell" }
  | { k: "arr"; shape: number[]; data: number[] }
  | { k: "mask"; shape: number[]; data: boolean[] }
  | { k: "bool"; v: boolean };

const prodOf = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
const unravel = (i: number, shape: readonly number[]): number[] => {
  const c = new Array<number>(shape.length);
  for (let a = shape.length - 1; a >= 0; a--) {
    c[a] = i % shape[a];
    i = Math.floor(i / shape[a]);
  }
  return c;
};

/** Python's slice.indices(n) as the list of selected positions. */
const slicePositions = (start: number | null, stop: number | null, step: number | null, n: number): number[] => {
  const st = step ?? 1;
  const clampIdx = (v: number, lo: number, hi: number) => Math.min(Math.max(v < 0 ? v + n : v, lo), hi);
  const b = start === null ? (st > 0 ? 0 : n - 1) : clampIdx(start, st > 0 ? 0 : -1, st > 0 ? n : n - 1);
  const e = stop === null ? (st > 0 ? n : -1) : clampIdx(stop, st > 0 ? 0 : -1, st > 0 ? n : n - 1);
  const out: number[] = [];
  for (let i = b; st > 0 ? i < e : i > e; i += st) out.push(i);
  return out;
};

interface Adv {
  shape: number[];
  at: (b: number[]) => number;
}
type Part = { kind: "basic"; size: number; pos: number[] | null } | { kind: "adv"; axis: number | null; adv: Adv };

/** NumPy indexing by definition: result shape and, per result element, the flat source index. */
const reference = (shape: number[], items: RefItem[]): { shape: number[]; src: number[] } => {
  const consumed = items.reduce((a, it) => a + (it.k === "mask" ? it.shape.length : it.k === "new" || it.k === "ell" || it.k === "bool" ? 0 : 1), 0);
  const full: RefItem[] = [];
  let sawEll = false;
  for (const it of items) {
    if (it.k === "ell") {
      sawEll = true;
      for (let i = 0; i < shape.length - consumed; i++) full.push({ k: "slice", start: null, stop: null, step: null });
    } else full.push(it);
  }
  if (!sawEll) for (let i = 0; i < shape.length - consumed; i++) full.push({ k: "slice", start: null, stop: null, step: null });
  // Each entry becomes parts: basic dims (slice/newaxis) or advanced indices (int arrays, ints, mask coords, bool scalars).
  const hasAdvanced = full.some((it) => it.k === "arr" || it.k === "mask" || it.k === "bool");
  const parts: Part[] = [];
  let axis = 0;
  for (const it of full) {
    if (it.k === "new") parts.push({ kind: "basic", size: 1, pos: null });
    else if (it.k === "slice") {
      const pos = slicePositions(it.start, it.stop, it.step, shape[axis]);
      parts.push({ kind: "basic", size: pos.length, pos });
      axis++;
    } else if (it.k === "int") {
      const n = shape[axis];
      const v = it.v < 0 ? it.v + n : it.v;
      if (hasAdvanced) parts.push({ kind: "adv", axis, adv: { shape: [], at: () => v } });
      else parts.push({ kind: "basic", size: -1, pos: [v] }); // a dropped axis
      axis++;
    } else if (it.k === "arr") {
      const n = shape[axis];
      const strides = it.shape.map((_, i) => prodOf(it.shape.slice(i + 1)));
      parts.push({
        kind: "adv",
        axis,
        adv: {
          shape: it.shape,
          at: (b) => {
            const c = b.slice(b.length - it.shape.length).map((v, i) => (it.shape[i] === 1 ? 0 : v));
            const raw = it.data[c.reduce((s, v, i) => s + v * strides[i], 0)];
            return raw < 0 ? raw + n : raw;
          },
        },
      });
      axis++;
    } else if (it.k === "mask") {
      const trues = it.data.map((t, i) => (t ? i : -1)).filter((i) => i >= 0).map((i) => unravel(i, it.shape));
      it.shape.forEach((_, d) => parts.push({ kind: "adv", axis: axis + d, adv: { shape: [trues.length], at: (b) => trues[b[b.length - 1]][d] } }));
      axis += it.shape.length;
    } else if (it.k === "bool") parts.push({ kind: "adv", axis: null, adv: { shape: [it.v ? 1 : 0], at: () => 0 } });
  }
  const advIdx = parts.map((p, i) => (p.kind === "adv" ? i : -1)).filter((i) => i >= 0);
  const advShapes = advIdx.map((i) => (parts[i] as { adv: Adv }).adv.shape);
  const nd = Math.max(0, ...advShapes.map((s) => s.length));
  const B = Array.from({ length: nd }, (_, j) => advShapes.map((s) => (j - (nd - s.length) >= 0 ? s[j - (nd - s.length)] : 1)).find((d) => d !== 1) ?? 1);
  if (advShapes.some((s) => s.some((d, j) => d !== 1 && d !== B[nd - s.length + j]))) throw new Error(`generator made unbroadcastable arrays: ${JSON.stringify(items)}`);
  const adjacent = advIdx.every((p, k) => k === 0 || p === advIdx[k - 1] + 1);
  // Result layout: list of "slots" — basic parts and one block for the broadcast advanced shape.
  const basics = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === "basic" && p.size !== -1);
  const slots: ("B" | number)[] = [];
  if (advIdx.length > 0 && !adjacent) slots.push("B");
  for (const { i } of basics) {
    if (advIdx.length > 0 && adjacent && slots.indexOf("B") < 0 && i > advIdx[0]) slots.push("B");
    slots.push(i);
  }
  if (advIdx.length > 0 && slots.indexOf("B") < 0) slots.push("B");
  const outShape = slots.flatMap((s) => (s === "B" ? B : [(parts[s] as { size: number }).size]));
  const xStrides = shape.map((_, i) => prodOf(shape.slice(i + 1)));
  const src: number[] = [];
  for (let o = 0; o < prodOf(outShape); o++) {
    const oc = unravel(o, outShape);
    let k = 0;
    const coordOf = new Map<number, number>();
    let b: number[] = [];
    for (const s of slots) {
      if (s === "B") {
        b = oc.slice(k, k + nd);
        k += nd;
      } else coordOf.set(s, oc[k++]);
    }
    let flat = 0;
    parts.forEach((p, i) => {
      if (p.kind === "adv") {
        if (p.axis !== null) flat += p.adv.at(b) * xStrides[p.axis];
      } else if (p.pos !== null) {
        const ax = parts.slice(0, i).reduce((a, q) => a + (q.kind === "adv" ? (q.axis === null ? 0 : 1) : q.pos === null ? 0 : 1), 0);
        flat += (p.size === -1 ? p.pos[0] : p.pos[coordOf.get(i)!]) * xStrides[ax];
      }
    });
    src.push(flat);
  }
  return { shape: outShape, src };
};

/** A small PRNG so one fast-check seed builds a whole index expression. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A valid random index for `shape` (arrays broadcast; at most one mask). */
const makeIndex = (shape: number[], seed: number): RefItem[] => {
  const r = rng(seed);
  const ri = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const advS = Array.from({ length: ri(0, 2) }, () => ri(1, 3));
  const useMask = r() < 0.25;
  const items: RefItem[] = [];
  let axis = 0;
  let usedEll = false;
  let usedMask = false;
  let usedArr = false;
  const n = () => shape[axis];
  while (items.length < 6 && r() < 0.8) {
    const c = r();
    const left = shape.length - axis;
    if (c < 0.1) items.push({ k: "new" });
    else if (c < 0.17 && !usedEll) {
      usedEll = true;
      // The ellipsis consumes what the remaining items leave; keep it last to stay simple.
      items.push({ k: "ell" });
      break;
    } else if (c < 0.22) items.push({ k: "bool", v: usedMask || usedArr ? true : r() < 0.7 });
    else if (left === 0) break;
    else if (c < 0.4 && n() > 0) items.push({ k: "int", v: ri(-n(), n() - 1) }), axis++;
    else if (c < 0.62) {
      const pick = () => (r() < 0.3 ? null : ri(-n() - 2, n() + 2));
      const steps = [null, 1, 2, 3, -1, -2, -3];
      items.push({ k: "slice", start: pick(), stop: pick(), step: steps[ri(0, steps.length - 1)] }), axis++;
    } else if (useMask && !usedMask && !usedArr) {
      const k = ri(1, Math.min(2, left));
      const ms = shape.slice(axis, axis + k);
      items.push({ k: "mask", shape: ms, data: Array.from({ length: prodOf(ms) }, () => r() < 0.5) });
      usedMask = true;
      axis += k;
    } else if (!useMask && n() > 0) {
      const sh = advS.slice(ri(0, advS.length)).map((d) => (r() < 0.3 ? 1 : d));
      items.push({ k: "arr", shape: sh, data: Array.from({ length: prodOf(sh) }, () => ri(-n(), n() - 1)) });
      usedArr = true;
      axis++;
    }
  }
  // A false scalar bool makes a length-0 advanced axis: only valid without other arrays.
  if (usedArr || usedMask) return items.map((it) => (it.k === "bool" ? { k: "bool", v: true } : it));
  return items;
};

const toItem = (it: RefItem): IndexItem => {
  switch (it.k) {
    case "int":
      return it.v;
    case "slice":
      return ((it.start ?? 0) + (it.stop ?? 0)) % 2 === 0 ? np.s(it.start, it.stop, it.step) : `${it.start ?? ""}:${it.stop ?? ""}${it.step === null ? "" : ":" + it.step}`;
    case "new":
      return null;
    case "ell":
      return "...";
    case "bool":
      return it.v;
    case "arr":
      return np.array(it.data, { dtype: "int32" }).reshape(it.shape);
    case "mask":
      return np.array(it.data, { dtype: "bool" }).reshape(it.shape);
  }
};

const shapeArb = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 });
const flat = (a: unknown): unknown[] => (Array.isArray(a) ? a.flatMap(flat) : [a]);

describe("NumPy indexing laws", () => {
  it("np.index agrees with the element-by-element reference", () => {
    fc.assert(
      fc.property(shapeArb, fc.integer(), (shape, seed) => {
        const items = makeIndex(shape, seed);
        const ref = reference(shape, items);
        const x = np.arange(prodOf(shape)).reshape(shape);
        const y = np.index(x, ...items.map(toItem));
        expect(y.shape).toEqual(ref.shape);
        expect(flat(y.toArray())).toEqual(ref.src);
      }),
      { numRuns: 300 },
    );
  });

  it("x.at().add adds every (duplicate) update; x.at().set keeps the last", () => {
    fc.assert(
      fc.property(shapeArb, fc.integer(), (shape, seed) => {
        const items = makeIndex(shape, seed);
        const ref = reference(shape, items);
        const size = prodOf(shape);
        const x = np.arange(size).reshape(shape);
        const vals = np.arange(ref.src.length).reshape(ref.shape);
        const added = Array.from({ length: size }, (_, i) => i);
        const setv = Array.from({ length: size }, (_, i) => i);
        ref.src.forEach((t, k) => {
          added[t] += k;
          setv[t] = k;
        });
        const idx = items.map(toItem);
        expect(flat(np.at(x, idx).add(vals).toArray())).toEqual(added);
        expect(flat(np.at(x, idx).set(vals).toArray())).toEqual(setv);
      }),
      { numRuns: 200 },
    );
  });
});
