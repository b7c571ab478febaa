// Laws of the type-promotion lattice: the join is commutative, associative and
// idempotent over every node (13 dtypes + weak "i*", "f*"), and resultType /
// promoteTypes equal JAX's full tables, from laws/fixtures/promotion.json
// (scripts/gen-promotion-fixture.py: jax.dtypes.result_type with the weak flag
// and jnp.promote_types, under jax_enable_x64 True and False).

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withX64 } from "../src/core/config.js";
import type { DType } from "../src/core/dtype.js";
import { type DTypeLike, joinNodes, type LatticeNode, promoteTypes, resultTypeWeak } from "../src/core/promotion.js";
import fixture from "./fixtures/promotion.json" with { type: "json" };

const NODES = fixture.nodes as LatticeNode[];
const DTYPES = NODES.filter((n) => !n.endsWith("*")) as DType[];
const node = fc.constantFrom(...NODES);

/** A JS operand standing for a lattice node: weak int 1, weak float 1.5, or the dtype name. */
const operand = (n: LatticeNode): DTypeLike => (n === "i*" ? 1 : n === "f*" ? 1.5 : n);

type Table = Record<string, Record<string, [string, boolean]>>;

describe("the join is a semilattice operation", () => {
  for (const x64 of [false, true]) {
    const run = <A>(f: () => A) => withX64(x64, f);
    it(`x64=${x64}: commutative`, () =>
      run(() => fc.assert(fc.property(node, node, (a, b) => joinNodes([a, b]) === joinNodes([b, a])), { numRuns: 500 })));
    it(`x64=${x64}: associative`, () =>
      run(() =>
        fc.assert(
          fc.property(node, node, node, (a, b, c) => joinNodes([joinNodes([a, b]), c]) === joinNodes([a, joinNodes([b, c])])),
          { numRuns: 2000 },
        ),
      ));
    it(`x64=${x64}: idempotent, and the n-ary join is the fold of binary joins`, () =>
      run(() => {
        for (const a of NODES) expect(joinNodes([a, a])).toBe(a);
        fc.assert(
          fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (ns) => joinNodes(ns) === ns.reduce((x, y) => joinNodes([x, y]))),
        );
      }));
    it(`x64=${x64}: the join is an upper bound (a ⊔ (a ⊔ b) = a ⊔ b)`, () =>
      run(() => fc.assert(fc.property(node, node, (a, b) => joinNodes([a, joinNodes([a, b])]) === joinNodes([a, b])))));
    it(`x64=${x64}: associativity holds exhaustively over all ${NODES.length ** 3} triples`, () =>
      run(() => {
        const bad: string[] = [];
        for (const a of NODES)
          for (const b of NODES)
            for (const c of NODES)
              if (joinNodes([joinNodes([a, b]), c]) !== joinNodes([a, joinNodes([b, c])])) bad.push(`${a} ${b} ${c}`);
        expect(bad).toEqual([]);
      }));
  }
  it("bool is the bottom and float64 the top of the x64 lattice", () =>
    withX64(true, () => {
      for (const a of NODES) {
        expect(joinNodes(["bool", a])).toBe(a);
        expect(joinNodes(["float64", a])).toBe("float64");
      }
    }));
});

describe("resultType equals JAX's table for every pair", () => {
  for (const [x64, key] of [[true, "resultTypeX64"], [false, "resultTypeX32"]] as const) {
    it(`x64=${x64}: all ${NODES.length ** 2} pairs`, () => {
      const table = fixture[key] as unknown as Table;
      const bad: string[] = [];
      withX64(x64, () => {
        for (const a of NODES)
          for (const b of NODES) {
            const t = resultTypeWeak(operand(a), operand(b));
            const [d, weak] = table[a][b];
            if (t.dtype !== d || t.weakType !== weak) bad.push(`${a} + ${b}: JAX (${d}, weak=${weak}), got (${t.dtype}, weak=${t.weakType})`);
          }
      });
      expect(bad).toEqual([]);
    });
    it(`x64=${x64}: the table is symmetric (JAX's own commutativity)`, () => {
      const table = fixture[key] as unknown as Table;
      for (const a of NODES) for (const b of NODES) expect(table[a][b]).toEqual(table[b][a]);
    });
  }
});

describe("promoteTypes equals jnp.promote_types for every pair of dtypes", () => {
  for (const [x64, key] of [[true, "promoteTypesX64"], [false, "promoteTypesX32"]] as const) {
    it(`x64=${x64}: all ${DTYPES.length ** 2} pairs`, () => {
      const table = fixture[key] as Record<string, Record<string, string>>;
      const bad: string[] = [];
      withX64(x64, () => {
        for (const a of DTYPES)
          for (const b of DTYPES) {
            const got = promoteTypes(a, b);
            if (got !== table[a][b]) bad.push(`${a}, ${b}: JAX ${table[a][b]}, got ${got}`);
          }
      });
      expect(bad).toEqual([]);
    });
  }
});

describe("resultType over many operands", () => {
  it("does not depend on the order of the operands (x64 on)", () =>
    withX64(true, () =>
      fc.assert(
        fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (ns) => {
          const t = resultTypeWeak(...ns.map(operand));
          const rev = resultTypeWeak(...[...ns].reverse().map(operand));
          return t.dtype === rev.dtype && t.weakType === rev.weakType;
        }),
      ),
    ));
});
