// Tests of core/errors.ts: every error class has its _tag (for Effect's
// catchTag) and name, is an Error and a JaxtsError, and keeps its message;
// fmtShape prints shapes as NumPy does.

import { describe, expect, it } from "vitest";
import * as errors from "../../src/core/errors.js";
import { DeviceError, DTypeError, fmtShape, IndexError, JaxtsError, NativeError, NotImplementedError, ShapeError, TracerError, ValueError } from "../../src/core/errors.js";
import * as root from "../../src/index.js";

const CLASSES = { ShapeError, DTypeError, ValueError, IndexError, TracerError, DeviceError, NativeError, NotImplementedError } as const;

describe("error classes", () => {
  it.each(Object.entries(CLASSES))("%s has _tag, name, message and the right prototype chain", (name, C) => {
    const e = new C("[np.foo] expected X, got Y");
    expect(e._tag).toBe(name);
    expect(e.name).toBe(name);
    expect(e.message).toBe("[np.foo] expected X, got Y");
    expect(e).toBeInstanceOf(C);
    expect(e).toBeInstanceOf(JaxtsError);
    expect(e).toBeInstanceOf(Error);
    expect(String(e)).toBe(`${name}: [np.foo] expected X, got Y`);
    expect(e.stack).toContain(name);
    // Distinct classes do not match each other.
    for (const [other, D] of Object.entries(CLASSES)) if (other !== name) expect(e).not.toBeInstanceOf(D);
  });

  it("JaxtsError itself", () => {
    const e = new JaxtsError("m");
    expect([e._tag, e.name, e.message]).toEqual(["JaxtsError", "JaxtsError", "m"]);
    expect(e).toBeInstanceOf(Error);
  });

  it("the error module exports exactly these classes (plus fmtShape)", () => {
    const names = Object.keys(errors).sort();
    expect(names).toEqual([...Object.keys(CLASSES), "JaxtsError", "fmtShape"].sort());
  });

  it("the root entry point re-exports every error class", () => {
    for (const [name, C] of Object.entries({ ...CLASSES, JaxtsError })) expect((root as Record<string, unknown>)[name]).toBe(C);
  });

  it("thrown errors can be discriminated by _tag", () => {
    const tagOf = (f: () => void): string => {
      try {
        f();
        return "none";
      } catch (e) {
        return e instanceof JaxtsError ? e._tag : "other";
      }
    };
    expect(tagOf(() => root.withX64(false, () => { throw new ShapeError("x"); }))).toBe("ShapeError");
    expect(tagOf(() => { throw new TypeError("x"); })).toBe("other");
  });
});

describe("fmtShape", () => {
  it("prints shapes as NumPy tuples", () => {
    expect(fmtShape([])).toBe("()");
    expect(fmtShape([5])).toBe("(5,)");
    expect(fmtShape([3, 4])).toBe("(3, 4)");
    expect(fmtShape([0, 1, 2])).toBe("(0, 1, 2)");
  });
});
