// Law: the addon's bindings (alloc/free/write/read/exec) survive hostile
// arguments — wrong types and lengths, NaN, negative/huge/fractional sizes,
// shapes, strides and offsets, unknown op/dtype ids, too many operands, views
// past the end, freed memory, non-handles. Every call either works or throws
// an Error whose message starts with "jaxts native:"; the process never
// crashes. And native failures reach users as typed DeviceError/NativeError.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as np from "../src/numpy/index.js";
import { DeviceError, NativeError } from "../src/core/errors.js";
import { nativeBackend } from "../src/backend/native/index.js";
import { DTYPE_IDS, OP_IDS } from "../src/backend/native/ops.generated.js";

const addon = nativeBackend().addon;
const A = addon as unknown as Record<string, (...a: unknown[]) => unknown>;

/** Calls f; passes if it returns, or throws an Error whose message starts with "jaxts native:". */
const worksOrNativeError = (f: () => unknown): "ok" | "error" => {
  try {
    f();
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/^jaxts native: /);
    return "error";
  }
};

const N_OPS = Object.keys(OP_IDS).length;
const N_DTYPES = Object.keys(DTYPE_IDS).length;
const hostileNumber = fc.oneof(
  fc.integer({ min: -4, max: 70 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 31, 2 ** 32, 2 ** 46, 2 ** 46 + 1, 2 ** 53, 2 ** 63, -(2 ** 63), 1e300, N_OPS, N_DTYPES, 32, 33, 64, 65),
  fc.double(),
);
const hostileValue = fc.oneof(
  hostileNumber,
  fc.constantFrom(undefined, null, "8", {}, [], true, () => 1, Symbol("x"), 10n, new Uint8Array(4), new Float64Array(2)),
);

const live = () => addon.alloc(64);
const freed = () => {
  const m = addon.alloc(64);
  addon.free(m);
  return m;
};
const memArb = fc.oneof(fc.constant("live"), fc.constant("freed"), hostileValue).map((k) => (k === "live" ? live() : k === "freed" ? freed() : k));

describe("addon bindings under hostile arguments", () => {
  it("alloc: only non-negative integer sizes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1 << 20 }), fc.constantFrom(NaN, -1, -0.5, 1.5, Infinity, 2e15, 2 ** 64), hostileValue), (n) => {
        const r = worksOrNativeError(() => A.alloc(n));
        if (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 1 << 20) expect(r).toBe("ok");
        if (typeof n !== "number" || !(n >= 0) || !Number.isInteger(n)) expect(r).toBe("error");
      }),
      { numRuns: 300 },
    );
  });

  it("free: anything; twice is fine", () => {
    fc.assert(
      fc.property(memArb, (m) => {
        worksOrNativeError(() => A.free(m));
        worksOrNativeError(() => A.free(m));
      }),
      { numRuns: 200 },
    );
  });

  it("write/read: offsets and lengths are bounds-checked; freed memory is refused", () => {
    fc.assert(
      fc.property(memArb, hostileValue, fc.integer({ min: 0, max: 80 }), fc.boolean(), (m, off, len, isRead) => {
        const ta = new Uint8Array(len).fill(7);
        const r = worksOrNativeError(() => (isRead ? A.read(m, off, ta) : A.write(m, off, ta)));
        const valid = typeof off === "number" && Number.isInteger(off) && off >= 0 && off + len <= 64;
        if (r === "ok") expect(valid).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("exec: random descriptors and operands never crash", () => {
    fc.assert(
      fc.property(fc.array(hostileNumber, { maxLength: 40 }), fc.array(memArb, { maxLength: 5 }), (d, mems) => {
        worksOrNativeError(() => A.exec(new Float64Array(d), ...mems));
      }),
      { numRuns: 400 },
    );
    expect(worksOrNativeError(() => A.exec([0, 0, 0, 0]))).toBe("error"); // not a Float64Array
    expect(worksOrNativeError(() => A.exec(new Float64Array(4), ...Array.from({ length: 70 }, live)))).toBe("error");
  });

  /** A structurally valid exec descriptor whose fields take hostile values. */
  const operand = fc.record({
    dtype: fc.oneof(fc.integer({ min: 0, max: N_DTYPES - 1 }), hostileNumber),
    ndim: fc.oneof(fc.integer({ min: 0, max: 3 }), hostileNumber),
    offset: fc.oneof(fc.integer({ min: 0, max: 80 }), hostileNumber),
    dims: fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), hostileNumber), { maxLength: 6 }),
    strides: fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }), hostileNumber), { maxLength: 6 }),
  });
  const descriptor = fc.record({
    op: fc.oneof(fc.integer({ min: 0, max: N_OPS - 1 }), hostileNumber),
    ins: fc.array(operand, { maxLength: 3 }),
    outs: fc.array(operand, { maxLength: 2 }),
    params: fc.array(hostileNumber, { maxLength: 6 }),
    nParams: fc.option(hostileNumber),
    bytes: fc.array(fc.integer({ min: 0, max: 256 }), { minLength: 5, maxLength: 5 }),
  });

  it("exec: hostile views (past the end, negative strides, huge shapes, bad ids) are refused before any kernel runs", () => {
    fc.assert(
      fc.property(descriptor, (g) => {
        const d: number[] = [g.op, g.ins.length, g.outs.length];
        for (const o of [...g.ins, ...g.outs]) d.push(o.dtype, o.ndim, o.offset, ...o.dims, ...o.strides);
        d.push(g.nParams ?? g.params.length, ...g.params);
        const mems = [...g.ins, ...g.outs].map((_, i) => addon.alloc(g.bytes[i]));
        worksOrNativeError(() => A.exec(new Float64Array(d), ...mems));
        for (const m of mems) addon.free(m);
      }),
      { numRuns: 1000 },
    );
  });

  it("exec: operands whose shapes disagree with the output are refused (no out-of-bounds read)", () => {
    // add: inputs [1] in 4-byte buffers, output [1024]: a kernel that trusted the output shape would read 4 KB past them.
    const f32 = DTYPE_IDS.float32;
    const d = new Float64Array([OP_IDS.add, 2, 1, f32, 1, 0, 1, 1, f32, 1, 0, 1, 1, f32, 1, 0, 1024, 1, 0]);
    const r = worksOrNativeError(() => A.exec(d, addon.alloc(4), addon.alloc(4), addon.alloc(4096)));
    expect(r).toBe("error");
  });
});

describe("native failures reach users as typed errors", () => {
  it("an allocation the machine cannot satisfy is a DeviceError", () => {
    // 2^47 float32 = 512 TiB: passes the binding's size check, fails in the allocator.
    const huge = () => np.add(np.zeros([2 ** 26, 2 ** 21], { dtype: "float32" }), 1);
    expect(huge).toThrow(DeviceError);
    expect(huge).toThrow(/out of memory/);
    expect(np.add(np.zeros([2], { dtype: "float32" }), 1).toArray()).toEqual([1, 1]); // and the process carries on
  });

  it("a failure inside the addon is a NativeError naming the primitive", () => {
    // bool add passes the binding's checks (valid views) but the kernel refuses the dtype (lax never sends it).
    const b = nativeBackend();
    const x = np.array([true, false]) as unknown as { aval: never; buffer: never };
    let err: unknown;
    try {
      b.runNative({ name: "add" } as never, [x.buffer, x.buffer], [x.aval, x.aval], [x.aval], {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NativeError);
    expect((err as Error).message).toMatch(/^\[add\] jaxts native: /);
  });
});
