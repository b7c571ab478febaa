// Dtype functions of jaxts/numpy; expected answers printed by jax.numpy 0.10
// (isdtype, issubdtype, result_type, promote_types, can_cast, iinfo, finfo).
import { describe, expect, it } from "vitest";
import { DTypeError } from "../../src/core/errors.js";
import * as np from "../../src/numpy/index.js";

describe("numpy dtype functions", () => {
  it("isdtype matches jnp.isdtype", () => {
    expect(np.isdtype("int8", "signed integer")).toBe(true);
    expect(np.isdtype("uint8", ["bool", "integral"])).toBe(true);
    expect(np.isdtype("float16", "real floating")).toBe(true);
    expect(np.isdtype("bfloat16", "real floating")).toBe(true);
    expect(np.isdtype("bool", "numeric")).toBe(false);
    expect(np.isdtype("float32", "float32")).toBe(true);
    expect(np.isdtype("float32", "complex floating")).toBe(false);
    expect(np.isdtype("uint32", "signed integer")).toBe(false);
    expect(() => np.isdtype("int128" as never, "bool")).toThrow(DTypeError);
  });
  it("issubdtype matches jnp.issubdtype", () => {
    expect(np.issubdtype("int8", "integer")).toBe(true);
    expect(np.issubdtype("bfloat16", "floating")).toBe(true);
    expect(np.issubdtype("bool", "number")).toBe(false);
    expect(np.issubdtype("uint16", "signedinteger")).toBe(false);
    expect(np.issubdtype("float32", "inexact")).toBe(true);
    expect(np.issubdtype("int32", "int32")).toBe(true);
    expect(np.issubdtype("int32", "int16")).toBe(false);
    expect(np.issubdtype("uint8", "generic")).toBe(true);
  });
  it("re-exports resultType, promoteTypes, canCast, iinfo, finfo", () => {
    expect(np.resultType("int8", "uint8")).toBe("int16");
    expect(np.promoteTypes("int8", "uint8")).toBe("int16");
    expect(np.resultType("int8", 3)).toBe("int8");
    expect(np.canCast("int8", "int16")).toBe(true);
    expect(np.canCast("int16", "int8")).toBe(false);
    expect(np.iinfo("int8").min).toBe(-128);
    expect(np.finfo("float16").max).toBe(65504);
    expect(np.finfo("bfloat16").eps).toBe(2 ** -7);
  });
});
