// np.einsum and np.einsumPath: subscripts parsing (explicit "->" and implicit
// output, "..." ellipsis broadcasting, repeated indices as diagonals), a greedy
// pairwise contraction order (smallest intermediate first), and each pairwise
// step lowered to one lax.dot_general plus reshape/transpose/reduce, as jnp.

import { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import { canonicalize, checkDType, type DType } from "../core/dtype.js";
import { ShapeError, ValueError } from "../core/errors.js";
import { resultTypeWeak } from "../core/promotion.js";
import { convertElementType } from "../lax/convert.js";
import { dotGeneral } from "../lax/dot.js";
import { reduceOr, reduceSum } from "../lax/reduce.js";
import * as lax from "../lax/shape.js";
import { diagonal } from "./manipulation-rearrange.js";
import { asArray, typedOf } from "./util.js";

/** Options of `einsum` / `einsumPath`. @category linalg */
export interface EinsumOptions {
  /** Contraction order: true / "greedy" / "optimal" (default: greedy), false / "none" (left to right), or an explicit path of index pairs. */
  readonly optimize?: boolean | "greedy" | "optimal" | "auto" | "none" | readonly (readonly number[] | string)[];
  readonly preferredElementType?: DType;
}

/** A label: a letter's char code, or -k for the k-th ellipsis axis from the right. */
type Label = number;

interface Parsed {
  readonly inputs: Label[][];
  readonly output: Label[];
  readonly sizes: Map<Label, number>;
}

const W = "np.einsum";
const isLetter = (c: string) => /^[a-zA-Z]$/.test(c);
const labelName = (l: Label): string => (l >= 0 ? String.fromCharCode(l) : `...[${l}]`);

/** Parses subscripts against operand shapes and checks every size. */
const parse = (subscripts: string, shapes: readonly (readonly number[])[]): Parsed => {
  if (typeof subscripts !== "string") throw new ValueError(`[${W}] subscripts must be a string, got ${typeof subscripts}`);
  const s = subscripts.replace(/\s+/g, "");
  const parts = s.split("->");
  if (parts.length > 2) throw new ValueError(`[${W}] subscripts may contain "->" at most once, got ${JSON.stringify(subscripts)}`);
  const terms = parts[0].split(",");
  if (terms.length !== shapes.length)
    throw new ValueError(`[${W}] number of einsum subscripts, ${terms.length}, must be equal to the number of operands, ${shapes.length}`);
  let maxEll = 0;
  const splitTerm = (t: string, where: string): { pre: string; post: string | null } => {
    const k = t.indexOf("...");
    if (k >= 0 && t.indexOf("...", k + 1) >= 0) throw new ValueError(`[${W}] ${where} ${JSON.stringify(t)} contains more than one ellipsis`);
    const pre = k >= 0 ? t.slice(0, k) : t;
    const post = k >= 0 ? t.slice(k + 3) : null;
    for (const c of pre + (post ?? ""))
      if (!isLetter(c)) throw new ValueError(`[${W}] invalid subscript character ${JSON.stringify(c)} in ${JSON.stringify(subscripts)}; expected letters, "," "->" or "..."`);
    return { pre, post };
  };
  const inputs = terms.map((t, i) => {
    const { pre, post } = splitTerm(t, "subscript");
    const nd = shapes[i].length;
    const letters = pre.length + (post?.length ?? 0);
    if (post === null ? letters !== nd : letters > nd)
      throw new ValueError(`[${W}] einstein sum subscript ${JSON.stringify(t)} does not contain the correct number of indices for operand ${i} (ndim ${nd})`);
    const e = post === null ? 0 : nd - letters;
    maxEll = Math.max(maxEll, e);
    const ell = Array.from({ length: e }, (_, k) => -(e - k));
    return [...[...pre].map((c) => c.charCodeAt(0)), ...ell, ...[...(post ?? "")].map((c) => c.charCodeAt(0))];
  });
  const sizes = new Map<Label, number>();
  inputs.forEach((labels, i) =>
    labels.forEach((l, ax) => {
      const d = shapes[i][ax];
      const prev = sizes.get(l);
      if (prev === undefined || prev === 1) sizes.set(l, d);
      else if (d !== 1 && d !== prev)
        throw new ShapeError(`[${W}] size of label '${labelName(l)}' for operand ${i} (${d}) does not match previous terms (${prev})`);
    }),
  );
  const allEll = Array.from({ length: maxEll }, (_, k) => -(maxEll - k));
  let output: Label[];
  if (parts.length === 2) {
    const { pre, post } = splitTerm(parts[1], "output subscript");
    output = [...[...pre].map((c) => c.charCodeAt(0)), ...(post === null ? [] : allEll), ...[...(post ?? "")].map((c) => c.charCodeAt(0))];
    for (const l of output) {
      if (l >= 0 && !sizes.has(l)) throw new ValueError(`[${W}] output character '${labelName(l)}' did not appear in the input`);
      if (output.filter((m) => m === l).length > 1) throw new ValueError(`[${W}] output character '${labelName(l)}' appeared more than once in the output`);
    }
  } else {
    const counts = new Map<Label, number>();
    for (const l of inputs.flat()) if (l >= 0) counts.set(l, (counts.get(l) ?? 0) + 1);
    const once = [...counts].filter(([, c]) => c === 1).map(([l]) => l).sort((p, q) => p - q);
    output = [...allEll, ...once];
  }
  return { inputs, output, sizes };
};

/** A pairwise contraction order: each step names two positions of the current list (the result is appended). */
const greedyPath = (inputs: readonly Label[][], output: readonly Label[], sizes: Map<Label, number>): [number, number][] => {
  const ops = inputs.map((l) => [...l]);
  const path: [number, number][] = [];
  while (ops.length > 1) {
    let best: [number, number] = [0, 1];
    let bestSize = Infinity;
    for (let i = 0; i < ops.length; i++)
      for (let j = i + 1; j < ops.length; j++) {
        const keep = keptLabels(ops, [i, j], output);
        const size = [...new Set([...ops[i], ...ops[j]])].filter((l) => keep.has(l)).reduce((acc, l) => acc * sizes.get(l)!, 1);
        if (size < bestSize) {
          bestSize = size;
          best = [i, j];
        }
      }
    path.push(best);
    contractLabels(ops, best, output);
  }
  return path;
};

/** Labels needed after contracting `pair`: the output's and those of the other operands. */
const keptLabels = (ops: readonly Label[][], pair: readonly number[], output: readonly Label[]): Set<Label> =>
  new Set([...output, ...ops.filter((_, k) => !pair.includes(k)).flat()]);

/** Applies one step of a path to label lists (for path planning). */
const contractLabels = (ops: Label[][], pair: readonly number[], output: readonly Label[]): void => {
  const keep = keptLabels(ops, pair, output);
  const res = [...new Set(pair.flatMap((k) => ops[k]))].filter((l) => keep.has(l));
  [...pair].sort((p, q) => q - p).forEach((k) => ops.splice(k, 1));
  ops.push(res);
};

const planPath = (p: Parsed, optimize: EinsumOptions["optimize"]): [number, number][] => {
  const n = p.inputs.length;
  if (Array.isArray(optimize)) {
    const steps = optimize.filter((s) => s !== "einsum_path") as number[][];
    let m = n;
    const out = steps.map((s) => {
      if (!Array.isArray(s) || s.length !== 2 || s.some((k) => !Number.isInteger(k) || k < 0 || k >= m) || s[0] === s[1])
        throw new ValueError(`[${W}] invalid contraction path step ${JSON.stringify(s)} for ${m} operands (only pairwise steps are supported)`);
      m -= 1;
      return [s[0], s[1]] as [number, number];
    });
    if (m > 1) throw new ValueError(`[${W}] the contraction path leaves ${m} operands; it must contract all of them`);
    return out;
  }
  if (optimize === false || optimize === "none") return Array.from({ length: Math.max(0, n - 1) }, () => [0, 1] as [number, number]);
  return greedyPath(p.inputs, p.output, p.sizes);
};

interface Term {
  arr: NDArray;
  labels: Label[];
}

/** Sum over the axes of `labels` (in the preferred dtype when wider; "or" for bool), as jnp's einsum. */
const sumOut = (t: Term, drop: readonly Label[], pref: DType): Term => {
  if (drop.length === 0) return t;
  let x = t.arr;
  if (resultTypeWeak(typedOf(x), pref).dtype !== x.dtype) x = convertElementType(x, pref);
  const axes = drop.map((l) => t.labels.indexOf(l));
  const r = x.dtype === "bool" ? reduceOr(x, axes) : reduceSum(x, axes);
  return { arr: r, labels: t.labels.filter((l) => !drop.includes(l)) };
};

/** Takes diagonals for repeated labels, then sums labels nobody else needs. */
const simplify = (t: Term, keep: ReadonlySet<Label>, pref: DType): Term => {
  let { arr, labels } = t;
  for (;;) {
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup === undefined) break;
    const i1 = labels.indexOf(dup);
    const i2 = labels.indexOf(dup, i1 + 1);
    arr = diagonal(arr, { axis1: i1, axis2: i2 });
    labels = [...labels.filter((_, k) => k !== i1 && k !== i2), dup];
  }
  return sumOut({ arr, labels }, labels.filter((l) => !keep.has(l)), pref);
};

/** Squeezes size-1 axes whose label has a larger size in the other operand (broadcasting). */
const dropSingletons = (t: Term, other: Term): Term => {
  const sq = t.labels.flatMap((l, i) => {
    const j = other.labels.indexOf(l);
    return t.arr.shape[i] === 1 && j >= 0 && other.arr.shape[j] !== 1 ? [i] : [];
  });
  if (sq.length === 0) return t;
  return { arr: lax.squeeze(t.arr, sq), labels: t.labels.filter((_, i) => !sq.includes(i)) };
};

/** One pairwise step: a single dot_general (batch = shared kept labels, contract = shared dropped ones). */
const contractPair = (a0: Term, b0: Term, keep: ReadonlySet<Label>, pref: DType): Term => {
  let a = dropSingletons(a0, b0);
  let b = dropSingletons(b0, a);
  a = simplify(a, new Set([...keep, ...b.labels]), pref);
  b = simplify(b, new Set([...keep, ...a.labels]), pref);
  const shared = a.labels.filter((l) => b.labels.includes(l));
  const batch = shared.filter((l) => keep.has(l));
  const contract = shared.filter((l) => !keep.has(l));
  const dn = [
    [contract.map((l) => a.labels.indexOf(l)), contract.map((l) => b.labels.indexOf(l))],
    [batch.map((l) => a.labels.indexOf(l)), batch.map((l) => b.labels.indexOf(l))],
  ] as const;
  const arr = dotGeneral(a.arr, b.arr, dn, { preferredElementType: pref });
  const rest = (t: Term) => t.labels.filter((l) => !shared.includes(l));
  return { arr, labels: [...batch, ...rest(a), ...rest(b)] };
};

/** Splits trailing options off einsum's variadic arguments. */
const splitArgs = (args: readonly (ArrayLike | EinsumOptions)[]): [ArrayLike[], EinsumOptions] => {
  const last = args[args.length - 1];
  const isOpts =
    last !== null && typeof last === "object" && !(last instanceof NDArray) && !Array.isArray(last) && !ArrayBuffer.isView(last);
  return isOpts ? [args.slice(0, -1) as ArrayLike[], last as EinsumOptions] : [args as ArrayLike[], {}];
};

/**
 * `np.einsum(subscripts, ...operands, { optimize, preferredElementType })`:
 * Einstein summation, e.g. `np.einsum("ij,jk->ik", a, b)`, `np.einsum("ii", a)`
 * (trace), `np.einsum("...ij,...jk", a, b)` (batched matmul, implicit output).
 * Operands are contracted pairwise (greedy order) with lax.dot_general.
 * @category linalg
 */
export const einsum = (subscripts: string, ...args: (ArrayLike | EinsumOptions)[]): NDArray => {
  const [xs, opts] = splitArgs(args);
  const arrs = xs.map((x) => asArray(x, W));
  const p = parse(subscripts, arrs.map((a) => a.shape));
  let pref: DType;
  let weak = false;
  if (opts.preferredElementType === undefined) {
    if (arrs.length === 0) throw new ValueError(`[${W}] expected at least one operand`);
    const t = resultTypeWeak(...arrs.map(typedOf));
    pref = t.dtype;
    weak = t.weakType;
  } else pref = canonicalize(checkDType(opts.preferredElementType, W));
  const path = planPath(p, opts.optimize);
  let terms: Term[] = arrs.map((arr, i) => ({ arr, labels: p.inputs[i] }));
  // Single-operand work first: diagonals, and labels used by no other operand nor the output.
  terms = terms.map((t, i) => simplify(t, keptLabels(terms.map((u) => u.labels), [i], p.output), pref));
  for (const pair of path) {
    const keep = keptLabels(terms.map((u) => u.labels), pair, p.output);
    const r = contractPair(terms[pair[0]], terms[pair[1]], keep, pref);
    terms = terms.filter((_, k) => !pair.includes(k));
    terms.push(r);
  }
  const last = simplify(terms[0], new Set(p.output), pref);
  let out = last.arr;
  // Output labels missing here were size-1 broadcast axes squeezed away: restore them.
  const missing = p.output.filter((l) => !last.labels.includes(l));
  const labels = [...last.labels, ...missing];
  if (missing.length > 0) out = lax.reshape(out, [...out.shape, ...missing.map(() => 1)]);
  out = lax.transpose(out, p.output.map((l) => labels.indexOf(l)));
  return convertElementType(out, pref, weak);
};

/**
 * `np.einsumPath(subscripts, ...operands, { optimize })`: the pairwise
 * contraction order einsum would use, and a readable description of each step.
 * @category linalg
 */
export const einsumPath = (subscripts: string, ...args: (ArrayLike | EinsumOptions)[]): { path: [number, number][]; steps: string[] } => {
  const [xs, opts] = splitArgs(args);
  const shapes = xs.map((x) => asArray(x, "np.einsum_path").shape);
  const p = parse(subscripts, shapes);
  const path = planPath(p, opts.optimize);
  const ops = p.inputs.map((l) => [...l]);
  const name = (ls: readonly Label[]) => ls.map((l) => (l >= 0 ? String.fromCharCode(l) : "…")).join("");
  const steps = path.map((pair) => {
    const ins = pair.map((k) => name(ops[k])).join(",");
    contractLabels(ops, pair, p.output);
    return `${ins}->${name(ops[ops.length - 1])}`;
  });
  return { path, steps };
};
