// Elementwise primitives. Families are built by small helpers (as JAX's
// standard_unop / naryop): one line per op names its accepted dtypes and
// output dtype; the JVP/transpose/batching slots are filled by the
// transforms issue through the same helpers.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import type { ShapedArray } from "../core/aval.js";
import type { DType } from "../core/dtype.js";
import { definePrimitive, type Params, type Primitive, type Traits } from "../core/primitive.js";
import { bind1 } from "../core/trace.js";
import { checkSameShapeDType, type DTypeClass, elementwiseOperands } from "./util.js";

type NoParams = Record<string, never>;

/** Defines an n-ary elementwise primitive over operands of one dtype class. */
export const elementwisePrimitive = <P extends Params = NoParams>(
  name: string,
  cls: DTypeClass,
  opts: { outDType?: (d: DType, params: P) => DType; traits?: Traits; check?: (avals: readonly ShapedArray[], params: P) => void } = {},
): Primitive<P> =>
  definePrimitive<P>({
    name,
    traits: { elementwise: true, ...opts.traits },
    abstractEval: (avals, params) => {
      checkSameShapeDType(name, avals, cls);
      opts.check?.(avals, params);
      const d = avals[0].dtype;
      const out = opts.outDType ? opts.outDType(d, params) : d;
      const weak = out === d && avals.every((a) => a.weakType);
      return [avals[0].withDType(out, weak)];
    },
  });

const unaryOp = (p: Primitive<NoParams>) => (x: ArrayLike): NDArray => bind1(p, elementwiseOperands([x]), {});
const binaryOp = (p: Primitive<NoParams>) => (x: ArrayLike, y: ArrayLike): NDArray => bind1(p, elementwiseOperands([x, y]), {});
const toBool = () => "bool" as const;

// ---- arithmetic ----
export const addP = elementwisePrimitive("add", "num");
export const subP = elementwisePrimitive("sub", "num");
export const mulP = elementwisePrimitive("mul", "num");
export const negP = elementwisePrimitive("neg", "num");
/** `lax.add(x, y)`. @category elementwise */
export const add = binaryOp(addP);
/** `lax.sub(x, y)`. @category elementwise */
export const sub = binaryOp(subP);
/** `lax.mul(x, y)`. @category elementwise */
export const mul = binaryOp(mulP);
/** `lax.neg(x)`. @category elementwise */
export const neg = unaryOp(negP);

// ---- transcendental ----
export const sinP = elementwisePrimitive("sin", "float");
/** `lax.sin(x)`. @category elementwise */
export const sin = unaryOp(sinP);

// ---- comparisons ----
export const ltP = elementwisePrimitive("lt", "any", { outDType: toBool, traits: { nonDifferentiable: true } });
/** `lax.lt(x, y)`: x < y. @category elementwise */
export const lt = binaryOp(ltP);
