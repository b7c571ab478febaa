// Builders shared by the elementwise primitive families (as JAX's
// standard_unop / naryop): one line per op names its accepted dtypes and its
// output dtype. Weak types follow JAX's naryop rule: the result is weak iff
// every operand is weak (also for bool-valued ops such as comparisons).

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import type { ShapedArray } from "../core/aval.js";
import type { DType } from "../core/dtype.js";
import { definePrimitive, type Params, type Primitive, type Traits } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { checkSameShapeDType, type DTypeClass, elementwiseOperands } from "./util.js";

export type NoParams = Record<string, never>;

export interface ElementwiseOpts<P extends Params> {
  /** Output dtype from the operands' dtype (default: the same). */
  readonly outDType?: (d: DType, params: P) => DType;
  readonly traits?: Traits;
  /** Extra checks of operands and params, after shapes and dtypes. */
  readonly check?: (avals: readonly ShapedArray[], params: P) => void;
}

/** Defines an n-ary elementwise primitive over operands of one dtype class. */
export const elementwisePrimitive = <P extends Params = NoParams>(name: string, cls: DTypeClass, opts: ElementwiseOpts<P> = {}): Primitive<P> =>
  definePrimitive<P>({
    name,
    traits: { elementwise: true, ...opts.traits },
    abstractEval: (avals, params) => {
      checkSameShapeDType(name, avals, cls);
      opts.check?.(avals, params);
      const d = avals[0].dtype;
      const out = opts.outDType ? opts.outDType(d, params) : d;
      return [avals[0].withDType(out, avals.every((a) => a.weakType))];
    },
  });

/** The public function of a unary primitive without params. */
export const unaryOp =
  (p: Primitive<NoParams>) =>
  (x: ArrayLike): NDArray =>
    bind1(p, elementwiseOperands([x]), {});

/** The public function of a binary primitive without params (JS scalars take the array's dtype). */
export const binaryOp =
  (p: Primitive<NoParams>) =>
  (x: ArrayLike, y: ArrayLike): NDArray =>
    bind1(p, elementwiseOperands([x, y]), {});

export const toBool = (): DType => "bool";
