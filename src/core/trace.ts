// Stackless tracing, as today's JAX: the current trace is a context value and
// each trace keeps its parent. `bind` hands a primitive to the current trace;
// a trace that needs the level below runs it under its parent (`under`).
// The eager EvalTrace is the root and runs kernels on a backend.

import type { NDArray, Tracer } from "./array.js";
import type { Params, Primitive } from "./primitive.js";

/** An interpreter of primitives. @category tracing */
export interface Trace {
  readonly parent: Trace | null;
  /** Depth in the trace chain; the eval trace is 0. */
  readonly level: number;
  /** Short name used in error messages, e.g. "jvp", "vmap", "jit". */
  readonly kind: string;
  process(p: Primitive<any>, args: readonly NDArray[], params: Params): NDArray[];
}

let current: Trace | null = null;

/** Installs the root trace (done once by the eval interpreter). */
export const setRootTrace = (t: Trace): void => {
  current ??= t;
};

export const currentTrace = (): Trace => {
  if (current === null) throw new Error("jaxts: no root trace installed (import the package root or numpy)");
  return current;
};

/** Runs `f` with `t` as the current trace. */
export const under = <A>(t: Trace, f: () => A): A => {
  const prev = current;
  current = t;
  try {
    return f();
  } finally {
    current = prev;
  }
};

/** Applies a primitive through the current trace. @category tracing */
export const bind = <P extends Params>(p: Primitive<P>, args: readonly NDArray[], params: P): NDArray[] =>
  currentTrace().process(p, args, params);

/** `bind` for single-result primitives. @category tracing */
export const bind1 = <P extends Params>(p: Primitive<P>, args: readonly NDArray[], params: P): NDArray =>
  bind(p, args, params)[0];

/** Whether a tracer belongs to `t` (not to an outer trace). */
export const isTracerOf = (x: NDArray, t: Trace): x is Tracer => (x as unknown as Tracer)._trace === t;
