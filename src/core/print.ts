// NumPy-like printing (what `util.inspect` and `toString` show), in JAX's
// form: `Array([[1., 2.],\n       [3., 4.]], dtype=float32)`. Floats follow
// NumPy's array2string defaults (floatmode "maxprec", precision 8): the
// shortest digits that round-trip at the dtype's precision, at most 8
// fractional digits, scientific when max >= 1e8, min < 1e-4 or max/min > 1e3,
// padded so the decimal points line up. bfloat16 prints each element with C's
// %g (ml_dtypes' scalar repr), unaligned, as JAX shows it. Arrays of more
// than 1000 elements are summarized with "...".

import type { ShapedArray } from "./aval.js";
import { castNumber, getElem } from "./convert.js";
import type { DType, Storage } from "./dtype.js";

const THRESHOLD = 1000;
const EDGE = 3;
const LINEWIDTH = 75;
const PRECISION = 8;

/**
 * JS's toExponential/toFixed round exact ties away from zero; NumPy (dragon4)
 * and C's printf round them to even. Detect an exact tie from a longer exact
 * expansion and round to even instead.
 */
const tieToEven = (exact: string, rounded: string, keep: number): string => {
  const [m, e = ""] = exact.split("e");
  const dot = m.indexOf(".");
  const tail = m.slice(dot + 1 + keep);
  if (!/^50*$/.test(tail)) return rounded;
  const kept = m.slice(0, dot + 1 + keep).replace(/\.$/, keep === 0 ? "" : ".");
  const last = Number(kept.replace(/\D/g, "").slice(-1));
  return last % 2 === 0 ? kept + (e ? "e" + e : "") : rounded;
};
const toExponentialEven = (v: number, p: number): string => tieToEven(v.toExponential(Math.min(100, p + 30)), v.toExponential(p), p);
const toFixedEven = (v: number, p: number): string => tieToEven(v.toFixed(Math.min(100, p + 30)), v.toFixed(p), p);

/** Shortest scientific form "d.ddde±x" (≤ 8 fractional digits) that reads back as `v` in dtype `d`. */
const shortestSci = (v: number, d: DType): string => {
  for (let p = 0; p < PRECISION; p++) {
    const s = toExponentialEven(v, p);
    if (castNumber(Number(s), d, true) === v) return s;
  }
  return toExponentialEven(v, PRECISION);
};

/** Positional digits of a scientific string, exactly (no float arithmetic). */
const sciToPositional = (s: string): string => {
  const [mant, expStr] = s.split("e");
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const point = Number(expStr) + 1;
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length) + ".";
  else out = digits.slice(0, point) + "." + digits.slice(point);
  out = out.replace(/(\.\d*?)0+$/, "$1");
  return (neg ? "-" : "") + out;
};

/** Shortest positional form with at most 8 fractional digits ("1.", "0.25", "0.33333333"). */
const positional = (v: number, d: DType): string => {
  let s = sciToPositional(shortestSci(v, d));
  const frac = s.length - s.indexOf(".") - 1;
  if (frac > PRECISION) s = toFixedEven(v, PRECISION).replace(/0+$/, "");
  if (Object.is(v, -0)) s = "-" + s.replace("-", "");
  return s;
};

/** NumPy's FloatingFormat: a formatter for the shown values of one array. */
const floatFormatter = (vals: readonly number[], d: DType): ((v: number) => string) => {
  const finite = vals.filter(Number.isFinite);
  const nz = finite.filter((v) => v !== 0).map(Math.abs);
  const maxA = nz.length ? Math.max(...nz) : 0;
  const minA = nz.length ? Math.min(...nz) : 0;
  const sci = nz.length > 0 && (maxA >= 1e8 || minA < 1e-4 || maxA / minA > 1e3);
  let padLeft: number;
  let padRight: number;
  let render: (v: number) => string;
  if (sci) {
    const parts = finite.map((v) => {
      const [m, e] = shortestSci(v, d).split("e");
      const [i, f = ""] = m.split(".");
      return { i: Object.is(v, -0) ? "-0" : i, f, e };
    });
    const prec = Math.max(0, ...parts.map((p) => p.f.length));
    const expDigits = Math.max(2, ...parts.map((p) => p.e.replace(/^[+-]/, "").length));
    padLeft = Math.max(0, ...parts.map((p) => p.i.length));
    padRight = prec + expDigits + 2;
    render = (v) => {
      const [m, e] = toExponentialEven(v, prec).split("e");
      const sign = e.startsWith("-") ? "-" : "+";
      const mant = (Object.is(v, -0) ? "-" : "") + (prec === 0 ? m + "." : m);
      return `${mant}e${sign}${e.replace(/^[+-]/, "").padStart(expDigits, "0")}`;
    };
  } else {
    const parts = finite.map((v) => positional(v, d).split("."));
    padLeft = Math.max(0, ...parts.map((p) => p[0].length));
    padRight = Math.max(0, ...parts.map((p) => p[1].length));
    render = (v) => {
      const [i, f] = positional(v, d).split(".");
      return `${i}.${f.padEnd(padRight, " ")}`;
    };
  }
  if (finite.length !== vals.length) {
    // Room for "nan" / "inf" / "-inf", as NumPy widens pad_left.
    const negInf = vals.some((v) => v === -Infinity) ? 1 : 0;
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + negInf - (padRight + 1));
  }
  const width = padLeft + padRight + 1;
  return (v) => {
    if (!Number.isFinite(v)) return (Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf").padStart(width);
    const s = render(v);
    const dot = s.indexOf(".");
    return " ".repeat(Math.max(0, padLeft - dot)) + s;
  };
};

/** C's %g (6 significant digits), as ml_dtypes prints a bfloat16 scalar. */
const formatG = (v: number): string => {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [m, e] = toExponentialEven(v, 5).split("e");
    const mant = m.includes(".") ? m.replace(/\.?0+$/, "") : m;
    const sign = e.startsWith("-") ? "-" : "+";
    return `${mant}e${sign}${e.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  const s = toFixedEven(v, Math.max(0, 5 - exp));
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
};

/** Formats the elements of an array as NumPy's array2string would. */
export const formatBody = (s: Storage, a: ShapedArray): string => {
  const { shape, dtype: d } = a;
  const summarize = a.size > THRESHOLD;
  const shownIdx = (n: number): number[] =>
    summarize && n > 2 * EDGE
      ? [...Array.from({ length: EDGE }, (_, i) => i), -1, ...Array.from({ length: EDGE }, (_, i) => n - EDGE + i)]
      : Array.from({ length: n }, (_, i) => i);
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((x, y) => x * y, 1));
  // The flat offsets of the shown elements, in order.
  const shown: number[] = [];
  const collect = (axis: number, off: number): void => {
    if (axis === shape.length) return void shown.push(off);
    for (const i of shownIdx(shape[axis])) if (i >= 0) collect(axis + 1, off + i * strides[axis]);
  };
  collect(0, 0);
  const value = (off: number) => Number(getElem(s, off, d));
  let fmt: (off: number) => string;
  if (d === "bool") fmt = (off) => (s[off] ? " True" : "False");
  else if (d === "bfloat16") fmt = (off) => formatG(value(off));
  else if (d === "float16" || d === "float32" || d === "float64") {
    const f = floatFormatter(shown.map(value), d);
    fmt = (off) => f(value(off));
  } else fmt = (off) => String(getElem(s, off, d));
  const cells = new Map(shown.map((off) => [off, fmt(off)]));
  // bfloat16 elements are objects to NumPy: printed unaligned.
  const w = d === "bfloat16" ? 0 : Math.max(0, ...[...cells.values()].map((c) => c.length));
  const cell = (off: number) => cells.get(off)!.padStart(w);
  if (shape.length === 0) return cells.get(0)!.trim();
  const indentBase = "Array(".length;
  const rec = (axis: number, off: number): string => {
    const items = shownIdx(shape[axis]).map((i) =>
      i < 0 ? "..." : axis === shape.length - 1 ? cell(off + i * strides[axis]) : rec(axis + 1, off + i * strides[axis]),
    );
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
  return rec(0, 0);
};

/** `Array([...], dtype=float32)`, as JAX's repr. */
export const formatArray = (s: Storage, a: ShapedArray): string => {
  const empty = a.size === 0 && a.ndim > 0;
  const body = empty ? "[]" : formatBody(s, a);
  const shapeNote = empty ? `, shape=(${a.shape.join(", ")}${a.ndim === 1 ? "," : ""})` : "";
  return `Array(${body}${shapeNote}, dtype=${a.dtype}${a.weakType ? ", weak_type=True" : ""})`;
};
