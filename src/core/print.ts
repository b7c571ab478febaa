// NumPy-like printing (what `util.inspect` and `toString` show), in JAX's
// form: `Array([[1., 2.],\n       [3., 4.]], dtype=float32)`. Floats use the
// shortest digits that round-trip at the dtype's precision, padded so the
// decimal points line up; large arrays are summarized with "..." as NumPy does.

import type { ShapedArray } from "./aval.js";
import { castNumber, getElem } from "./convert.js";
import type { DType, Storage } from "./dtype.js";

const THRESHOLD = 1000;
const EDGE = 3;
const LINEWIDTH = 75;

const MAX_DIGITS: Partial<Record<DType, number>> = { float16: 5, bfloat16: 4, float32: 9, float64: 17 };

/** Shortest significant digits that read back as the same value of `d`. */
const shortest = (v: number, d: DType, sci: boolean): string => {
  const max = MAX_DIGITS[d] ?? 17;
  for (let p = 1; p <= max; p++) {
    const s = sci ? v.toExponential(p - 1) : v.toPrecision(p);
    if (castNumber(Number(s), d, true) === v) return s;
  }
  return sci ? v.toExponential(max - 1) : v.toPrecision(max);
};

const fmtSci = (v: number, d: DType): string => {
  const [m, e] = shortest(v, d, true).split("e");
  const mant = m.includes(".") ? m : m + ".";
  const sign = e[0] === "-" ? "-" : "+";
  const digits = e.replace(/^[+-]/, "").padStart(2, "0");
  return `${mant}e${sign}${digits}`;
};

/** Splits a positional float string into integer and fractional parts. */
const fmtPositional = (v: number, d: DType): [string, string] => {
  let s = shortest(v, d, false);
  if (s.includes("e")) s = Number(s).toFixed(Math.max(0, 20 - Math.floor(Math.log10(Math.abs(v)) + 1))).replace(/0+$/, "");
  const [i, f = ""] = s.split(".");
  return [i, f];
};

const floatFormatter = (vals: number[], d: DType): ((v: number) => string) => {
  const finite = vals.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
  const maxA = finite.length ? Math.max(...finite) : 0;
  const minA = finite.length ? Math.min(...finite) : 0;
  const sci = maxA >= 1e16 || (minA < 1e-4 && minA > 0) || (minA > 0 && maxA / minA > 1e3 && minA < 1e-4);
  const special = (v: number) => (Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf");
  if (sci) return (v) => (Number.isFinite(v) ? fmtSci(v, d) : special(v));
  const parts = vals.filter(Number.isFinite).map((v) => fmtPositional(v, d));
  const frac = Math.max(0, ...parts.map((p) => p[1].length));
  return (v) => {
    if (!Number.isFinite(v)) return special(v);
    const [i, f] = fmtPositional(v, d);
    return `${Object.is(v, -0) ? "-0" : i}.${f.padEnd(frac, " ")}`;
  };
};

/** Formats the elements of an array as NumPy's array2string would. */
export const formatBody = (s: Storage, a: ShapedArray): string => {
  const { shape, dtype: d, size } = a;
  const summarize = size > THRESHOLD;
  // Which flat indices will be shown (all, or the edges of each axis).
  const shownIdx = (axisLen: number): number[] =>
    summarize && axisLen > 2 * EDGE
      ? [...Array.from({ length: EDGE }, (_, i) => i), -1, ...Array.from({ length: EDGE }, (_, i) => axisLen - EDGE + i)]
      : Array.from({ length: axisLen }, (_, i) => i);
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((x, y) => x * y, 1));
  const shownVals: number[] = [];
  const collect = (axis: number, off: number) => {
    if (axis === shape.length) {
      const e = getElem(s, off, d);
      shownVals.push(Number(e));
      return;
    }
    for (const i of shownIdx(shape[axis])) if (i >= 0) collect(axis + 1, off + i * strides[axis]);
  };
  if (size > 0) collect(0, 0);
  let fmt: (v: number, raw: number) => string;
  if (d === "bool") fmt = (v) => (v ? " True" : "False");
  else if (d === "float16" || d === "bfloat16" || d === "float32" || d === "float64") fmt = floatFormatter(shownVals, d);
  else fmt = (_v, raw) => String(getElem(s, raw, d));
  // Render every shown element once to learn the common width.
  const cells = new Map<number, string>();
  const render = (off: number): string => {
    let c = cells.get(off);
    if (c === undefined) {
      c = fmt(Number(getElem(s, off, d)), off);
      cells.set(off, c);
    }
    return c;
  };
  const walkAll = (axis: number, off: number) => {
    if (axis === shape.length) return void render(off);
    for (const i of shownIdx(shape[axis])) if (i >= 0) walkAll(axis + 1, off + i * strides[axis]);
  };
  if (size > 0) walkAll(0, 0);
  const w = Math.max(0, ...[...cells.values()].map((c) => c.length));
  const pad = (c: string) => c.padStart(w);
  const indentBase = "Array(".length;
  const rec = (axis: number, off: number): string => {
    if (axis === shape.length) return pad(render(off));
    if (shape[axis] === 0) return "[]";
    const items = shownIdx(shape[axis]).map((i) => (i < 0 ? "..." : rec(axis + 1, off + i * strides[axis])));
    const indent = " ".repeat(indentBase + axis + 1);
    if (axis === shape.length - 1) {
      // Wrap long rows at NumPy's line width.
      const lines: string[] = [];
      let line = "";
      for (const it of items) {
        const piece = line === "" ? it : `${line}, ${it}`;
        if (indent.length + piece.length + 2 > LINEWIDTH && line !== "") {
          lines.push(line + ",");
          line = it;
        } else line = piece;
      }
      lines.push(line);
      return "[" + lines.join("\n" + indent) + "]";
    }
    const sep = ",\n" + "\n".repeat(Math.max(0, shape.length - axis - 2)) + indent;
    return "[" + items.join(sep) + "]";
  };
  if (shape.length === 0) return render(0).trim();
  return rec(0, 0);
};

/** `Array([...], dtype=float32)`, as JAX's repr. */
export const formatArray = (s: Storage, a: ShapedArray): string => {
  const body = a.size === 0 && a.ndim > 0 ? "[]" : formatBody(s, a);
  const shapeNote = a.size === 0 && a.ndim > 1 ? `, shape=(${a.shape.join(", ")})` : "";
  return `Array(${body}${shapeNote}, dtype=${a.dtype}${a.weakType ? ", weak_type=True" : ""})`;
};
