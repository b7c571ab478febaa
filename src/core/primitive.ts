// Primitives: a name plus one record of rules. Transforms are interpreters
// that read rule fields; adding an op means defining one record here-shaped
// (in src/lax/) and its backend kernels, never editing a transform.
// The registry is also the source of the op enum generated for native code.

import type { ShapedArray } from "./aval.js";
import type { NDArray } from "./array.js";
import { ValueError } from "./errors.js";

/** Primitive parameters: readonly, JSON-plain data (jaxprs print them). */
export type Params = Readonly<Record<string, unknown>>;

/** Traits that let transforms and the compiler treat families uniformly. */
export interface Traits {
  /** Maps elements independently; operands share a shape (after broadcasting in lax). */
  readonly elementwise?: boolean;
  /** Linear in its (non-constant) operands: has a transpose rule. */
  readonly linear?: boolean;
  readonly reduction?: boolean;
  /** Has no derivative (integer/boolean results, comparisons, iota...). */
  readonly nonDifferentiable?: boolean;
}

/** A tangent is an array, or `null` for a symbolic zero (filled in by the JVP issue). */
export type Tangent = NDArray | null;

/** Forward-mode rule: tangents of the outputs from primals, their tangents and the primal outputs. */
export type JvpRule<P extends Params> = (
  primals: readonly NDArray[],
  tangents: readonly Tangent[],
  params: P,
  outs: readonly NDArray[],
) => Tangent[];

/** Transpose rule of a linear primitive: cotangents of the linear operands (null = zero/constant). */
export type TransposeRule<P extends Params> = (
  cotangents: readonly Tangent[],
  operands: readonly (NDArray | { readonly aval: ShapedArray; readonly linear: true })[],
  params: P,
) => Tangent[];

/** Batching rule: operands with their batch axes (null = unbatched) to outputs with theirs. */
export type BatchRule<P extends Params> = (
  operands: readonly NDArray[],
  dims: readonly (number | null)[],
  params: P,
) => [NDArray[], (number | null)[]];

/** The definition of a primitive: all of its rules in one record. @category primitives */
export interface PrimitiveDef<P extends Params = Params> {
  /** JAX's snake_case name, so printed jaxprs read like JAX's. */
  readonly name: string;
  readonly traits?: Traits;
  /** Output avals from input avals; the single place shapes and dtypes are checked. */
  readonly abstractEval: (avals: readonly ShapedArray[], params: P) => ShapedArray[];
  readonly jvp?: JvpRule<P>;
  readonly transpose?: TransposeRule<P>;
  readonly batch?: BatchRule<P>;
}

/** A registered primitive. @category primitives */
export interface Primitive<P extends Params = Params> extends PrimitiveDef<P> {
  readonly traits: Traits;
}

const registry = new Map<string, Primitive<any>>();

/** Defines and registers a primitive; names are unique. @category primitives */
export const definePrimitive = <P extends Params = Params>(def: PrimitiveDef<P>): Primitive<P> => {
  if (registry.has(def.name)) throw new ValueError(`primitive ${def.name} is defined twice`);
  const p: Primitive<P> = { traits: {}, ...def };
  registry.set(def.name, p);
  return p;
};

/** Every registered primitive, in definition order. */
export const allPrimitives = (): Primitive<any>[] => [...registry.values()];

export const lookupPrimitive = (name: string): Primitive<any> | undefined => registry.get(name);
