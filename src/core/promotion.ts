// JAX's type-promotion lattice (jax._src.dtypes): dtypes and the weak kinds of
// JS scalars form a lattice; the result of an operation is the least upper
// bound of its inputs. A weak result keeps the default dtype of its kind and
// stays weak, so `int8 array + 3` is int8 and `int32 array + 2.5` is float32.

import { canonicalize, type DType, defaultFloat, defaultInt, dtypeInfo, isDType } from "./dtype.js";
import { config } from "./config.js";
import { DTypeError } from "./errors.js";

/** A lattice node: a concrete dtype, or the weak int / weak float of JS numbers. */
export type LatticeNode = DType | "i*" | "f*";

const edges = (x64: boolean): Record<LatticeNode, readonly LatticeNode[]> => ({
  bool: ["i*"],
  "i*": ["uint8", "int8"],
  uint8: ["uint16", "int16"],
  uint16: ["uint32", "int32"],
  // Without x64, JAX avoids forming a 64-bit type from 32-bit inputs: u32 x i32 -> i32.
  uint32: x64 ? ["uint64", "int64"] : ["uint64", "int32"],
  uint64: ["f*"],
  int8: ["int16"],
  int16: ["int32"],
  int32: ["int64"],
  int64: ["f*"],
  "f*": ["bfloat16", "float16"],
  bfloat16: ["float32"],
  float16: ["float32"],
  float32: ["float64"],
  float64: [],
});

/** upper[n] = every node reachable from n, n included. */
const upperBounds = (x64: boolean): Record<string, ReadonlySet<LatticeNode>> => {
  const e = edges(x64);
  const out: Record<string, Set<LatticeNode>> = {};
  const visit = (n: LatticeNode): Set<LatticeNode> => {
    if (out[n]) return out[n];
    const s = new Set<LatticeNode>([n]);
    for (const m of e[n]) for (const k of visit(m)) s.add(k);
    return (out[n] = s);
  };
  (Object.keys(e) as LatticeNode[]).forEach(visit);
  return out;
};

const UPPER_X64 = upperBounds(true);
const UPPER_X32 = upperBounds(false);

/** All lattice nodes. */
export const LATTICE_NODES: readonly LatticeNode[] = Object.keys(UPPER_X64) as LatticeNode[];

/** The least upper bound of lattice nodes (the join), on the lattice of the current x64 mode. */
export const joinNodes = (nodes: readonly LatticeNode[], x64 = config.enableX64): LatticeNode => {
  if (nodes.length === 0) throw new DTypeError("type promotion needs at least one input");
  const upper = x64 ? UPPER_X64 : UPPER_X32;
  let common = [...upper[nodes[0]]];
  for (const n of nodes.slice(1)) common = common.filter((c) => upper[n].has(c));
  // The LUB is the common upper bound every other common upper bound sits above.
  const lub = common.find((c) => common.every((d) => upper[c].has(d)));
  if (lub === undefined) throw new DTypeError(`no common dtype for ${nodes.join(", ")}`);
  return lub;
};

/** A dtype with JAX's weak-type flag. */
export interface TypedDType {
  readonly dtype: DType;
  readonly weakType: boolean;
}

/** The lattice node of a (dtype, weak) pair: a weak array counts as a scalar of its kind. */
export const nodeOf = ({ dtype, weakType }: TypedDType): LatticeNode => {
  if (!weakType || dtype === "bool") return dtype;
  return dtypeInfo(dtype).kind === "f" ? "f*" : "i*";
};

/** Something promotion can read: a dtype name, a typed dtype, a JS number or boolean. */
export type DTypeLike = DType | TypedDType | number | boolean;

/** The typed dtype of a JS scalar: booleans are bool; integers weak int; others weak float. */
export const scalarType = (x: number | boolean): TypedDType =>
  typeof x === "boolean"
    ? { dtype: "bool", weakType: false }
    : Number.isInteger(x)
      ? { dtype: defaultInt(), weakType: true }
      : { dtype: defaultFloat(), weakType: true };

export const toTyped = (x: DTypeLike): TypedDType => {
  if (typeof x === "number" || typeof x === "boolean") return scalarType(x);
  if (typeof x === "string") {
    if (!isDType(x)) throw new DTypeError(`unknown dtype ${JSON.stringify(x)}`);
    return { dtype: x, weakType: false };
  }
  return x;
};

/**
 * Result dtype and weak flag of combining the inputs, as
 * jax.dtypes.result_type(..., return_weak_type_flag=True): inputs are
 * canonicalized for the x64 mode first; a weak result takes the default dtype
 * of its kind.
 */
export const resultTypeWeak = (...xs: readonly DTypeLike[]): TypedDType => {
  if (xs.length === 0) throw new DTypeError("resultType needs at least one input");
  const ts = xs.map(toTyped).map((t) => ({ dtype: canonicalize(t.dtype), weakType: t.weakType && t.dtype !== "bool" }));
  const dtypes = new Set(ts.map((t) => t.dtype));
  const allWeak = ts.every((t) => t.weakType);
  if (ts.length === 1) return ts[0];
  if (dtypes.size === 1 && !allWeak) return { dtype: ts[0].dtype, weakType: false };
  // All weak: join the strong counterparts, then mark the result weak (as JAX).
  const lub = allWeak ? joinNodes([...dtypes]) : joinNodes(ts.map(nodeOf));
  const weak = allWeak || lub === "i*" || lub === "f*";
  const dtype = lub === "i*" ? defaultInt() : lub === "f*" ? defaultFloat() : canonicalize(lub);
  return { dtype: canonicalize(dtype), weakType: weak && dtype !== "bool" };
};

/** `np.resultType`: the dtype an operation over the inputs produces. @category dtypes */
export const resultType = (...xs: readonly DTypeLike[]): DType => resultTypeWeak(...xs).dtype;

/**
 * `np.promoteTypes`: the join of two dtypes, without weak types and without
 * canonicalization (as jnp.promote_types: int64 stays int64 even without x64,
 * and a join at the weak float node is float64).
 * @category dtypes
 */
export const promoteTypes = (a: DType, b: DType): DType => {
  const lub = joinNodes([toTyped(a).dtype, toTyped(b).dtype]);
  if (lub === "i*") return "int64";
  if (lub === "f*") return "float64";
  return lub;
};
