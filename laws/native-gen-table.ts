// The generator table of the native-equivalence law: for every primitive, an
// arbitrary of cases (valid random operands in random layouts + params) that
// call the public lax function. A new primitive must get an entry here — the
// coverage test fails otherwise.

import * as fc from "fast-check";
import type { NDArray } from "../src/core/array.js";
import type { DType } from "../src/core/dtype.js";
import * as lax from "../src/lax/index.js";
import { ALL, argArb, type ArgSpec, build, FLOATS, INTS, NUMS, shapeArb, show, type Values } from "./native-gen.js";

export interface Case {
  readonly what: string;
  readonly run: () => NDArray | readonly NDArray[];
  /** Extra absolute tolerance, as a multiple of the dtype's relative tolerance (functions with zeros away from 0). */
  readonly atolScale?: number;
}

const dt = (pool: readonly DType[]) => fc.constantFrom(...pool);
const shape = shapeArb();

/** n operands of one dtype (from `pool`) and one shape, each in its own layout. */
const sameShape = (n: number, pool: readonly DType[], v: Values = "any", sh: fc.Arbitrary<number[]> = shape) =>
  fc.tuple(dt(pool), sh).chain(([d, s]) => fc.tuple(...Array.from({ length: n }, () => argArb(d, s, v))));

const fnCase = (name: string, f: (...xs: NDArray[]) => NDArray | readonly NDArray[], atolScale?: number) => (args: readonly ArgSpec[]) =>
  ({ what: `${name}(${args.map(show).join(", ")})`, run: () => f(...args.map(build)), atolScale }) as Case;

const unary = (name: string, f: (x: NDArray) => NDArray, pool: readonly DType[], atolScale?: number) =>
  sameShape(1, pool).map(fnCase(name, f as never, atolScale));
const binary = (name: string, f: (x: NDArray, y: NDArray) => NDArray, pool: readonly DType[], v: Values = "any", atolScale?: number) =>
  sameShape(2, pool, v).map(fnCase(name, f as never, atolScale));

/** An axis of a rank-n shape (n >= 1). */
const axisOf = (s: readonly number[]) => fc.integer({ min: 0, max: Math.max(0, s.length - 1) });
/** A subset of the axes, sorted. */
const axesOf = (s: readonly number[]) => fc.subarray([...s.keys()]);
/** A permutation of 0..n-1. */
const perm = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

const MATH = [
  "exp", "exp2", "log", "log1p", "expm1", "logistic", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
  "asinh", "acosh", "atanh", "sqrt", "rsqrt", "cbrt", "erf", "erfc", "erf_inv", "lgamma", "digamma",
] as const;
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const L = lax as unknown as Record<string, (...a: unknown[]) => NDArray>;

const table: Record<string, fc.Arbitrary<Case>> = {};
for (const m of MATH) table[m] = unary(m, L[camel(m)], FLOATS, 1);
Object.assign(table, {
  neg: unary("neg", lax.neg, NUMS),
  sign: unary("sign", lax.sign, NUMS),
  abs: unary("abs", lax.abs, ["int8", "int16", "int32", "int64", ...FLOATS]),
  square: unary("square", lax.square, NUMS),
  floor: unary("floor", lax.floor, FLOATS),
  ceil: unary("ceil", lax.ceil, FLOATS),
  is_finite: unary("is_finite", lax.isFinite, FLOATS),
  not: unary("not", lax.bitwiseNot, ["bool", ...INTS]),
  population_count: unary("population_count", lax.populationCount, INTS),
  clz: unary("clz", lax.clz, INTS),
  copy: unary("copy", lax.copy, ALL),
  round: fc.tuple(sameShape(1, FLOATS), fc.constantFrom("away_from_zero", "to_nearest_even")).map(([[a], m]) => ({
    what: `round(${show(a)}, ${m})`,
    run: () => lax.round(build(a), m as "away_from_zero"),
  })),
  add: binary("add", lax.add, NUMS),
  sub: binary("sub", lax.sub, NUMS),
  mul: binary("mul", lax.mul, NUMS),
  div: binary("div", lax.div, NUMS),
  rem: binary("rem", lax.rem, NUMS),
  max: binary("max", lax.max, ALL),
  min: binary("min", lax.min, ALL),
  pow: binary("pow", lax.pow, FLOATS, "any", 1),
  nextafter: binary("nextafter", lax.nextafter, FLOATS),
  atan2: binary("atan2", lax.atan2, FLOATS, "any", 1),
  eq: binary("eq", lax.eq, ALL),
  ne: binary("ne", lax.ne, ALL),
  lt: binary("lt", lax.lt, ALL),
  le: binary("le", lax.le, ALL),
  gt: binary("gt", lax.gt, ALL),
  ge: binary("ge", lax.ge, ALL),
  and: binary("and", lax.bitwiseAnd, ["bool", ...INTS]),
  or: binary("or", lax.bitwiseOr, ["bool", ...INTS]),
  xor: binary("xor", lax.bitwiseXor, ["bool", ...INTS]),
  shift_left: binary("shift_left", lax.shiftLeft, INTS),
  shift_right_logical: binary("shift_right_logical", lax.shiftRightLogical, INTS),
  shift_right_arithmetic: binary("shift_right_arithmetic", lax.shiftRightArithmetic, INTS),
  integer_pow: fc.tuple(sameShape(1, NUMS), fc.integer({ min: -3, max: 6 })).map(([[a], y]) => ({
    what: `integer_pow(${show(a)}, ${y})`,
    run: () => lax.integerPow(build(a), a.dtype.startsWith("float") || a.dtype === "bfloat16" ? y : Math.abs(y)),
  })),
  clamp: sameShape(3, ALL).map(fnCase("clamp", (lo, x, hi) => lax.clamp(lo, x, hi))),
  select_n: fc
    .tuple(shape, dt(ALL), fc.integer({ min: 1, max: 3 }), fc.boolean())
    .chain(([s, d, n, boolWhich]) =>
      fc.tuple(
        argArb(n <= 2 && boolWhich ? "bool" : "int32", s, "any").map((w) => ({ ...w, values: w.values.map((v) => (n <= 2 && boolWhich ? v : Math.abs(Number(v)) % n)) })),
        fc.tuple(...Array.from({ length: n }, () => argArb(d, s))),
      ),
    )
    .map(([w, cs]) => ({ what: `select_n(${show(w)}, ${cs.map(show).join(", ")})`, run: () => lax.selectN(build(w), ...cs.map(build)) })),
  convert_element_type: fc.tuple(sameShape(1, ALL), dt(ALL)).map(([[a], to]) => ({
    what: `convert_element_type(${show(a)} -> ${to})`,
    run: () => lax.convertElementType(build(a), to),
  })),
  bitcast_convert_type: fc.tuple(sameShape(1, ALL), dt(ALL)).map(([[a], to]) => ({
    what: `bitcast_convert_type(${show(a)} -> ${to})`,
    run: () => lax.bitcastConvertType(build(a), to), // width mismatches are rejected identically on both
  })),
  iota: fc.tuple(dt(NUMS), shapeArb({ minRank: 1 })).chain(([d, s]) => axisOf(s).map((ax) => ({ what: `iota(${d}, [${s}], ${ax})`, run: () => lax.broadcastedIota(d, s, ax) }))),
  reshape: sameShape(1, ALL).chain(([a]) =>
    fc.shuffledSubarray([...a.shape, 1, 1], { minLength: a.shape.length + 2, maxLength: a.shape.length + 2 }).map((ns) => ({
      what: `reshape(${show(a)} -> [${ns}])`,
      run: () => lax.reshape(build(a), ns),
    })),
  ),
  broadcast_in_dim: sameShape(1, ALL, "any", shapeArb({ maxRank: 3 })).chain(([a]) =>
    fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }).map((pre) => ({
      what: `broadcast_in_dim(${show(a)}, [${pre}] + shape)`,
      run: () => lax.broadcastInDim(build(a), [...pre, ...a.shape], a.shape.map((_, i) => i + pre.length)),
    })),
  ),
  transpose: sameShape(1, ALL).chain(([a]) => perm(a.shape.length).map((p) => ({ what: `transpose(${show(a)}, [${p}])`, run: () => lax.transpose(build(a), p) }))),
  squeeze: fc.tuple(dt(ALL), shape).chain(([d, s]) => {
    const s1 = [...s, 1];
    return argArb(d, s1).map((a) => ({ what: `squeeze(${show(a)})`, run: () => lax.squeeze(build(a), [s1.length - 1]) }));
  }),
  rev: sameShape(1, ALL).chain(([a]) => axesOf(a.shape).map((ax) => ({ what: `rev(${show(a)}, [${ax}])`, run: () => lax.rev(build(a), ax) }))),
  slice: sameShape(1, ALL).chain(([a]) =>
    fc
      .tuple(...a.shape.map((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), fc.integer({ min: 1, max: 3 }))))
      .map((ps) => {
        const lo = ps.map(([x, y]) => Math.min(x, y));
        const hi = ps.map(([x, y]) => Math.max(x, y));
        const st = ps.map((p) => p[2]);
        return { what: `slice(${show(a)}, [${lo}], [${hi}], [${st}])`, run: () => lax.slice(build(a), lo, hi, st) };
      }),
  ),
  dynamic_slice: sameShape(1, ALL).chain(([a]) =>
    fc.tuple(...a.shape.map((n) => fc.tuple(fc.integer({ min: -n - 2, max: n + 2 }), fc.integer({ min: 0, max: n })))).map((ps) => ({
      what: `dynamic_slice(${show(a)}, [${ps.map((p) => p[0])}], [${ps.map((p) => p[1])}])`,
      run: () => lax.dynamicSlice(build(a), ps.map((p) => p[0]), ps.map((p) => p[1])),
    })),
  ),
  dynamic_update_slice: fc.tuple(dt(ALL), shape).chain(([d, s]) =>
    fc.tuple(argArb(d, s), fc.tuple(...s.map((n) => fc.integer({ min: 0, max: n }))), fc.tuple(...s.map((n) => fc.integer({ min: -n - 2, max: n + 2 })))).chain(([a, us, st]) =>
      argArb(d, us).map((u) => ({ what: `dynamic_update_slice(${show(a)}, ${show(u)}, [${st}])`, run: () => lax.dynamicUpdateSlice(build(a), build(u), st) })),
    ),
  ),
  pad: fc.tuple(dt(ALL), shapeArb({ maxRank: 3, maxSide: 4 })).chain(([d, s]) =>
    fc
      .tuple(argArb(d, s), argArb(d, []), fc.tuple(...s.map((n) => fc.tuple(fc.integer({ min: -n, max: 2 }), fc.integer({ min: -n, max: 2 }), fc.integer({ min: 0, max: 2 })))))
      .map(([a, pv, cfg]) => ({ what: `pad(${show(a)}, ${JSON.stringify(cfg)})`, run: () => lax.pad(build(a), build(pv), cfg as never) })),
  ),
  concatenate: fc.tuple(dt(ALL), shapeArb({ minRank: 1 }), fc.integer({ min: 1, max: 3 })).chain(([d, s, n]) =>
    axisOf(s).chain((ax) =>
      fc.tuple(...Array.from({ length: n }, () => fc.integer({ min: 0, max: 3 }).chain((k) => argArb(d, s.map((v, i) => (i === ax ? k : v)))))).map((as) => ({
        what: `concatenate([${as.map(show).join(", ")}], ${ax})`,
        run: () => lax.concatenate(as.map(build), ax),
      })),
    ),
  ),
});

// dot_general: batch axes, contracting axes and free axes in random order on each side.
table.dot_general = fc
  .tuple(dt(NUMS), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 1 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }))
  .chain(([d, batch, contract, lfree, rfree]) => {
    const kinds = (free: number[]) => [...batch.map((n, i) => ["b", i, n] as const), ...contract.map((n, i) => ["c", i, n] as const), ...free.map((n, i) => ["f", i, n] as const)];
    return fc.tuple(fc.shuffledSubarray(kinds(lfree), { minLength: kinds(lfree).length, maxLength: kinds(lfree).length }), fc.shuffledSubarray(kinds(rfree), { minLength: kinds(rfree).length, maxLength: kinds(rfree).length })).chain(([la, ra]) => {
      const find = (ax: typeof la, k: string, i: number) => ax.findIndex((e) => e[0] === k && e[1] === i);
      const dn = [
        [contract.map((_, i) => find(la, "c", i)), contract.map((_, i) => find(ra, "c", i))],
        [batch.map((_, i) => find(la, "b", i)), batch.map((_, i) => find(ra, "b", i))],
      ] as const;
      return fc.tuple(argArb(d, la.map((e) => e[2]), "tiny"), argArb(d, ra.map((e) => e[2]), "tiny")).map(([l, r]) => ({
        what: `dot_general(${show(l)}, ${show(r)}, ${JSON.stringify(dn)})`,
        run: () => lax.dotGeneral(build(l), build(r), dn),
      }));
    });
  });

// Reductions: small exact values so any summation order gives the same result.
const reduction = (name: string, f: (x: NDArray, axes: number[]) => NDArray, pool: readonly DType[], v: Values, maxSize = 64) =>
  fc.tuple(dt(pool), shapeArb({ maxSize })).chain(([d, s]) =>
    fc.tuple(argArb(d, s, v), axesOf(s)).map(([a, ax]) => ({ what: `${name}(${show(a)}, [${ax}])`, run: () => f(build(a), ax) })),
  );
table.reduce_sum = reduction("reduce_sum", lax.reduceSum, NUMS, "exact");
table.reduce_prod = reduction("reduce_prod", lax.reduceProd, NUMS, "tiny", 12);
table.reduce_max = reduction("reduce_max", lax.reduceMax, ALL, "any");
table.reduce_min = reduction("reduce_min", lax.reduceMin, ALL, "any");
table.reduce_and = reduction("reduce_and", lax.reduceAnd, ["bool", ...INTS], "any");
table.reduce_or = reduction("reduce_or", lax.reduceOr, ["bool", ...INTS], "any");
table.reduce_xor = reduction("reduce_xor", lax.reduceXor, ["bool", ...INTS], "any");
for (const [name, f] of [["argmax", lax.argmax], ["argmin", lax.argmin]] as const)
  table[name] = fc.tuple(dt(ALL), shapeArb({ minRank: 1, minSide: 1 }), dt(["int32", "int64", "uint8", "int16"])).chain(([d, s, idt]) =>
    fc.tuple(argArb(d, s), axisOf(s)).map(([a, ax]) => ({ what: `${name}(${show(a)}, ${ax}, ${idt})`, run: () => f(build(a), ax, idt) })),
  );

const cumulative = (name: string, f: (x: NDArray, axis: number, reverse: boolean) => NDArray, pool: readonly DType[], v: Values, atolScale?: number) =>
  fc.tuple(dt(pool), shapeArb({ minRank: 1, maxSize: 32 })).chain(([d, s]) =>
    fc.tuple(argArb(d, s, v), axisOf(s), fc.boolean()).map(([a, ax, r]) => ({ what: `${name}(${show(a)}, ${ax}, reverse=${r})`, run: () => f(build(a), ax, r), atolScale })),
  );
table.cumsum = cumulative("cumsum", lax.cumsum, NUMS, "exact");
table.cumprod = cumulative("cumprod", lax.cumprod, NUMS, "tiny");
table.cummax = cumulative("cummax", lax.cummax, NUMS, "any");
table.cummin = cumulative("cummin", lax.cummin, NUMS, "any");
table.cumlogsumexp = cumulative("cumlogsumexp", lax.cumlogsumexp, FLOATS, "exact", 4);

table.sort = fc.tuple(dt(ALL), shapeArb({ minRank: 1 }), fc.integer({ min: 1, max: 2 }), dt(ALL)).chain(([d, s, n, d2]) =>
  fc.tuple(argArb(d, s), argArb(d2, s), axisOf(s), fc.integer({ min: 1, max: 2 })).map(([k, v, ax, nk]) => ({
    what: `sort([${show(k)}${n > 1 ? `, ${show(v)}` : ""}], dim ${ax}, numKeys ${Math.min(nk, n)})`,
    run: () => (n === 1 ? lax.sort(build(k), { dimension: ax }) : lax.sort([build(k), build(v)], { dimension: ax, numKeys: Math.min(nk, n) })),
  })),
);
table.top_k = fc.tuple(dt(NUMS), shapeArb({ minRank: 1, minSide: 1 })).chain(([d, s]) =>
  fc.tuple(argArb(d, s), fc.integer({ min: 0, max: s[s.length - 1] })).map(([a, k]) => ({ what: `top_k(${show(a)}, ${k})`, run: () => lax.topK(build(a), k) })),
);

// gather / scatter: numpy-style take along one axis and point updates, all modes.
const MODES = ["clip", "fill", "promise_in_bounds", "drop"] as const;
table.gather = fc.tuple(dt(ALL), shapeArb({ minRank: 1, maxRank: 3, minSide: 1 }), shapeArb({ maxRank: 2, maxSize: 8 }), dt(["int32", "int8", "uint8", "int64"]), fc.constantFrom(...MODES)).chain(([d, s, ishape, idt, mode]) =>
  fc.tuple(argArb(d, s), axisOf(s)).chain(([a, ax]) =>
    argArb(idt, [...ishape, 1], "index").map((ix) => {
      const offsetDims = s.map((_, i) => i).filter((i) => i !== ax).map((i, k) => ishape.length + k);
      const sliceSizes = s.map((n, i) => (i === ax ? 1 : n));
      const dn = { offsetDims, collapsedSliceDims: [ax], startIndexMap: [ax] };
      return {
        what: `gather(${show(a)}, ${show(ix)}, axis ${ax}, ${mode})`,
        run: () => lax.gather(build(a), build(ix), dn, sliceSizes, { mode: mode === "drop" ? "fill" : mode }),
      };
    }),
  ),
);
const scatterLike = (name: string, f: typeof lax.scatter, pool: readonly DType[], v: Values) =>
  fc.tuple(dt(pool), shapeArb({ minRank: 1, maxRank: 3, minSide: 1 }), fc.integer({ min: 0, max: 5 }), dt(["int32", "int64", "int16"]), fc.constantFrom("clip", "fill", "drop", "promise_in_bounds")).chain(([d, s, k, idt, mode]) =>
    fc.tuple(argArb(d, s, v), argArb(idt, [k, s.length], "index"), argArb(d, [k], v)).map(([a, ix, u]) => {
      const dn = { updateWindowDims: [], insertedWindowDims: s.map((_, i) => i), scatterDimsToOperandDims: s.map((_, i) => i) };
      return {
        what: `${name}(${show(a)}, ${show(ix)}, ${show(u)}, ${mode})`,
        // unique indices are not promised, so overlapping updates apply in order on both backends (point windows)
        run: () => f(build(a), build(ix), build(u), dn, { mode: mode as "clip" }),
      };
    }),
  );
table.scatter = scatterLike("scatter", lax.scatter, ALL, "any");
table["scatter-add"] = scatterLike("scatter-add", lax.scatterAdd, NUMS, "exact");
table["scatter-sub"] = scatterLike("scatter-sub", lax.scatterSub, NUMS, "exact");
table["scatter-mul"] = scatterLike("scatter-mul", lax.scatterMul, NUMS, "tiny");
table["scatter-min"] = scatterLike("scatter-min", lax.scatterMin, ALL, "any");
table["scatter-max"] = scatterLike("scatter-max", lax.scatterMax, ALL, "any");

/** Every primitive's case generator, by primitive name. */
export const GENERATORS: Readonly<Record<string, fc.Arbitrary<Case>>> = table;
