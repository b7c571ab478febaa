// The trace machinery is open for new interpreters: a trace defined outside
// the core (here, a recording trace) sees every primitive bound by numpy/lax
// code, nests, and never requires touching a primitive. Concrete values asked
// of tracers raise TracerError; escaped tracers are caught by the eval trace.
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import * as lax from "../../src/lax/index.js";
import { type NDArray, Tracer } from "../../src/core/array.js";
import { TracerError } from "../../src/core/errors.js";
import type { Params, Primitive } from "../../src/core/primitive.js";
import { bind, currentTrace, isTracerOf, type Trace, under } from "../../src/core/trace.js";

class RecTracer extends Tracer {
  constructor(
    readonly _trace: RecTrace,
    readonly val: NDArray,
  ) {
    super();
  }
  get aval() {
    return this.val.aval;
  }
}

class RecTrace implements Trace {
  readonly kind = "record";
  readonly level: number;
  readonly log: string[] = [];
  constructor(readonly parent: Trace) {
    this.level = parent.level + 1;
  }
  process(p: Primitive<any>, args: readonly NDArray[], params: Params): NDArray[] {
    const vals = args.map((a) => (isTracerOf(a, this) ? (a as RecTracer).val : a));
    this.log.push(p.name);
    const outs = under(this.parent, () => bind(p, vals, params));
    return outs.map((o) => new RecTracer(this, o));
  }
}

const record = (f: (x: NDArray) => NDArray, x: NDArray): { out: NDArray; log: string[] } => {
  const t = new RecTrace(currentTrace());
  const out = under(t, () => f(new RecTracer(t, x)));
  return { out: (out as RecTracer).val, log: t.log };
};

describe("stackless tracing", () => {
  it("routes every bind of numpy code through the current trace", () => {
    const x = np.array([1, 2, 3]);
    const { out, log } = record((v) => np.multiply(np.add(v, 1), v), x);
    expect(out.toArray()).toEqual([2, 6, 12]);
    // The JS scalar 1 is broadcast explicitly (a broadcast_in_dim of a constant).
    expect(log).toEqual(["broadcast_in_dim", "add", "mul"]);
  });

  it("nests: the inner trace sees the ops first, then hands them to the outer", () => {
    const x = np.array([0.5]);
    const outer = new RecTrace(currentTrace());
    const inner = new RecTrace(outer);
    const res = under(outer, () => {
      const xo = new RecTracer(outer, x);
      return under(inner, () => lax.sin(new RecTracer(inner, xo)));
    }) as RecTracer;
    expect(inner.log).toEqual(["sin"]);
    expect(outer.log).toEqual(["sin"]);
    const viaOuter = res.val as RecTracer;
    expect(viaOuter._trace).toBe(outer);
    expect((viaOuter.val.toArray() as number[])[0]).toBeCloseTo(Math.sin(0.5), 6);
  });

  it("raises TracerError for concrete reads of a tracer", () => {
    const x = np.array([1, 2]);
    const t = new RecTrace(currentTrace());
    const tx = new RecTracer(t, x);
    expect(() => tx.item()).toThrow(TracerError);
    expect(() => tx.toArray()).toThrow(/record transform/);
    expect(() => (tx as unknown as number) + 1).toThrow(TracerError);
    expect(String(tx)).toBe("Traced<f32[2]>with<record>");
  });

  it("catches an escaped tracer at the eval trace", () => {
    const x = np.array([1, 2]);
    let leaked: NDArray | undefined;
    record((v) => {
      leaked = v;
      return v;
    }, x);
    expect(() => np.add(leaked!, 1)).toThrow(/escaped tracer/);
  });
});
