// The eager interpreter: the root of the trace chain. Binding a primitive here
// checks shapes/dtypes through its abstractEval and runs its kernel on the
// operands' backend right away (JAX runs eager ops as one-op jits; we call
// kernels directly).

import { ConcreteArray, type NDArray, Tracer } from "../core/array.js";
import { DeviceError, TracerError } from "../core/errors.js";
import type { Params, Primitive } from "../core/primitive.js";
import { setRootTrace, type Trace } from "../core/trace.js";
import { getBackend } from "../backend/registry.js";

class EvalTrace implements Trace {
  readonly parent = null;
  readonly level = 0;
  readonly kind = "eval";

  process(p: Primitive<any>, args: readonly NDArray[], params: Params): NDArray[] {
    for (const a of args) {
      if (a instanceof Tracer)
        throw new TracerError(
          `[${p.name}] got a tracer ${a.aval.str()} of a ${a._trace.kind} transform outside that transform ` +
            `(an escaped tracer: a traced value was stored and used after its transform returned)`,
        );
    }
    const xs = args as readonly ConcreteArray[];
    const inAvals = xs.map((x) => x.aval);
    const outAvals = p.abstractEval(inAvals, params);
    const backend = xs.length > 0 ? xs[0].backend : getBackend();
    for (const x of xs)
      if (x.backend !== backend)
        throw new DeviceError(`[${p.name}] operands live on different devices: ${backend.platform} and ${x.backend.platform}; use devicePut first`);
    const outs = backend.execute(p, xs.map((x) => x.buffer), inAvals, outAvals, params);
    return outs.map((b, i) => new ConcreteArray(backend, b, outAvals[i]));
  }
}

/** The root eager trace. */
export const evalTrace: Trace = new EvalTrace();
setRootTrace(evalTrace);
