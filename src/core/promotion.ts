// JAX's type-promotion lattice (jax._src.dtypes): dtypes and the weak kinds of
// JS scalars form a lattice; the result of an operation is the least upper
// bound of its inputs. A weak result keeps the default dtype of its kind and
// stays weak, so `int8 array + 3` is int8 and `int32 array + 2.5` is float32.

import { canonicalize, type DType, defaultFloat, defaultInt, dtypeInfo, isDType } from "./dtype.js";
import { DTypeError } from "./errors.js";

/** A lattice node: a concrete dtype, or the weak int / weak float of JS numbers. */
export type LatticeNode = DType | "i*" | "f*";

const EDGES: Record<LatticeNode, readonly LatticeNode[]> = {
  bool: ["i*"],
  "i*": ["uint8", "int8"],
  uint8: ["uint16", "int16"],
  uint16: ["uint32", "int32"],
  uint32: ["uint64", "int64"],
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
};

const NODES = Object.keys(EDGES) as LatticeNode[];

/** upper[n] = every node reachable from n, n included. */
const UPPER: Record<string, ReadonlySet<LatticeNode>> = (() => {
  const out: Record<string, Set<LatticeNode>> = {};
  const visit = (n: LatticeNode): Set<LatticeNode> => {
    if (out[n]) return out[n];
    const s = new Set<LatticeNode>([n]);
    for (const m of EDGES[n]) for (const k of visit(m)) s.add(k);
    return (out[n] = s);
  };
  NODES.forEach(visit);
  return out;
})();

/** The least upper bound of lattice nodes (the join). */
export const joinNodes = (nodes: readonly LatticeNode[]): LatticeNode => {
  if (nodes.length === 0) throw new DTypeError("type promotion needs at least one input");
  let common = [...UPPER[nodes[0]]];
  for (const n of nodes.slice(1)) common = common.filter((c) => UPPER[n].has(c));
  // The LUB is the common upper bound every other common upper bound sits above.
  const lub = common.find((c) => common.every((d) => UPPER[c].has(d)));
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
 * Result dtype and weak flag of combining the inputs, canonicalized for the
 * current x64 setting (jax.numpy.result_type with return_weak_type_flag).
 */
export const resultTypeWeak = (...xs: readonly DTypeLike[]): TypedDType => {
  const lub = joinNodes(xs.map((x) => nodeOf(toTyped(x))));
  if (lub === "i*") return { dtype: canonicalize(defaultInt()), weakType: true };
  if (lub === "f*") return { dtype: canonicalize(defaultFloat()), weakType: true };
  return { dtype: canonicalize(lub), weakType: false };
};

/** `np.resultType`: the dtype an operation over the inputs produces. @category dtypes */
export const resultType = (...xs: readonly DTypeLike[]): DType => resultTypeWeak(...xs).dtype;

/**
 * `np.promoteTypes`: the join of two dtypes, without weak types and without
 * canonicalization (as jnp.promote_types: int64 stays int64 even without x64).
 * @category dtypes
 */
export const promoteTypes = (a: DType, b: DType): DType => {
  const lub = joinNodes([a, b]);
  // Strong inputs never join to a weak node except bool+bool handled above; keep total.
  if (lub === "i*") return defaultInt();
  if (lub === "f*") return defaultFloat();
  return lub;
};
