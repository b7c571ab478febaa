// Tests of core/asarray.ts through np.array / np.asarray: nested lists, typed
// arrays of every kind, booleans, bigints, JS scalars (weak), and every kind
// of bad input (ragged, non-numeric, out-of-range ints, NaN to int). Expected
// dtypes and values are what JAX 0.10 gives for the equivalent Python data.

import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, JaxtsError, ValueError } from "../../src/core/errors.js";
import { fromJS, scalarArray, typedArrayDType } from "../../src/core/asarray.js";
import type { HostTypedArray } from "../../src/core/array-types.js";
import type { DType } from "../../src/core/dtype.js";

const desc = (x: np.Array) => ({ shape: [...x.shape], dtype: x.dtype, weak: x.weakType, value: x.toArray() });

describe("np.array from nested JS lists", () => {
  it("numbers give float32 (JS cannot tell 1 from 1.0)", () => {
    expect(desc(np.array([[1, 2.5], [3, 4]]))).toEqual({ shape: [2, 2], dtype: "float32", weak: false, value: [[1, 2.5], [3, 4]] });
    expect(desc(np.array([[[1], [2]], [[3], [4]]]))).toEqual({ shape: [2, 2, 1], dtype: "float32", weak: false, value: [[[1], [2]], [[3], [4]]] });
  });
  it("values are rounded to float32", () => {
    expect(np.array([0.1]).toArray()).toEqual([Math.fround(0.1)]);
    expect(np.array([1e39, -1e39, NaN]).toArray()).toEqual([Infinity, -Infinity, NaN]);
  });
  it("booleans give bool; bigints give int64 (int32 without x64)", () => {
    expect(desc(np.array([true, false]))).toEqual({ shape: [2], dtype: "bool", weak: false, value: [true, false] });
    withX64(false, () => expect(desc(np.array([1n, -2n]))).toEqual({ shape: [2], dtype: "int32", weak: false, value: [1, -2] }));
    withX64(true, () => expect(desc(np.array([[1n], [2n ** 40n]]))).toEqual({ shape: [2, 1], dtype: "int64", weak: false, value: [[1n], [2n ** 40n]] }));
  });
  it("an explicit dtype converts (floats truncate toward zero: jnp.array([1.7, -1.7], dtype=int32) -> [1, -1])", () => {
    expect(desc(np.array([1.7, -1.7], { dtype: "int32" }))).toEqual({ shape: [2], dtype: "int32", weak: false, value: [1, -1] });
    expect(desc(np.array([0, 2, -3], { dtype: "bool" }))).toEqual({ shape: [3], dtype: "bool", weak: false, value: [false, true, true] });
    expect(desc(np.array([true, false], { dtype: "float16" }))).toEqual({ shape: [2], dtype: "float16", weak: false, value: [1, 0] });
    expect(np.array([70000], { dtype: "float16" }).toArray()).toEqual([Infinity]); // jnp: [inf]
    expect(np.array([255], { dtype: "uint8" }).toArray()).toEqual([255]);
    expect(np.array([1.5], { dtype: "bfloat16" }).toArray()).toEqual([1.5]);
  });
  it("64-bit dtypes are canonicalized without x64, kept with it", () => {
    withX64(false, () => expect(np.array([1, 2], { dtype: "float64" }).dtype).toBe("float32"));
    withX64(false, () => expect(np.array([1, 2], { dtype: "int64" }).dtype).toBe("int32"));
    withX64(true, () => expect(desc(np.array([1, 2], { dtype: "uint64" }))).toEqual({ shape: [2], dtype: "uint64", weak: false, value: [1n, 2n] }));
    withX64(true, () => expect(np.array([1.5]).dtype).toBe("float64"));
  });
  it("empty lists: shape (0,) float32, and (1, 0) / (2, 0) for nested empties", () => {
    expect(desc(np.array([]))).toEqual({ shape: [0], dtype: "float32", weak: false, value: [] });
    expect(np.array([[]]).shape).toEqual([1, 0]);
    expect(np.array([[], []]).shape).toEqual([2, 0]);
    expect(np.array([], { dtype: "int8" }).dtype).toBe("int8");
  });
});

describe("np.array from typed arrays (every kind)", () => {
  const cases: [HostTypedArray | Uint8ClampedArray, DType, DType][] = [
    [new Float32Array([1.5, -2]), "float32", "float32"],
    [new Float64Array([1.5, -2]), "float32", "float64"],
    [new Int8Array([-128, 127]), "int8", "int8"],
    [new Int16Array([-300, 300]), "int16", "int16"],
    [new Int32Array([-70000, 70000]), "int32", "int32"],
    [new Uint8Array([0, 255]), "uint8", "uint8"],
    [new Uint8ClampedArray([0, 255]), "uint8", "uint8"],
    [new Uint16Array([0, 65535]), "uint16", "uint16"],
    [new Uint32Array([0, 4294967295]), "uint32", "uint32"],
    [new BigInt64Array([-5n, 7n]), "int32", "int64"],
    [new BigUint64Array([5n, 7n]), "uint32", "uint64"],
  ];
  it.each(cases)("%s keeps its type (x64 off: %s, on: %s)", (arr, d32, d64) => {
    expect(typedArrayDType(arr)).toBe(d64);
    const a32 = withX64(false, () => np.array(arr as HostTypedArray));
    expect(a32.dtype).toBe(d32);
    expect(a32.shape).toEqual([arr.length]);
    expect(a32.weakType).toBe(false);
    expect((a32.toArray() as unknown[]).map(Number)).toEqual([...arr].map(Number));
    const a64 = withX64(true, () => np.array(arr as HostTypedArray));
    expect(a64.dtype).toBe(d64);
    expect((a64.toArray() as unknown[]).map(Number)).toEqual([...arr].map(Number));
  });
  it("int64 data is wrapped to int32 without x64 (jnp.array(np.int64([2**40+5, -1])) -> [5, -1])", () => {
    withX64(false, () => expect(np.array(new BigInt64Array([2n ** 40n + 5n, -1n])).toArray()).toEqual([5, -1]));
    withX64(false, () => expect(np.array(new BigUint64Array([2n ** 40n + 5n])).toArray()).toEqual([5]));
  });
  it("an explicit dtype converts typed arrays (float -> int saturates)", () => {
    expect(np.array(new Float32Array([1e10, -2.5, NaN]), { dtype: "int8" }).toArray()).toEqual([127, -2, 0]);
    expect(np.array(new Int32Array([300, -1]), { dtype: "uint8" }).toArray()).toEqual([44, 255]);
  });
  it("the result does not alias the typed array", () => {
    const t = new Float32Array([1, 2]);
    const a = np.array(t);
    t[0] = 99;
    expect(a.toArray()).toEqual([1, 2]);
  });
});

describe("JS scalars", () => {
  it("np.array of a scalar is a 0-d strong array", () => {
    expect(desc(np.array(3))).toEqual({ shape: [], dtype: "float32", weak: false, value: 3 });
    expect(desc(np.array(true))).toEqual({ shape: [], dtype: "bool", weak: false, value: true });
    withX64(false, () => expect(desc(np.array(5n))).toEqual({ shape: [], dtype: "int32", weak: false, value: 5 }));
  });
  it("np.asarray keeps JS scalars weak (jnp.asarray(3): int32 weak; jnp.asarray(2.5): float32 weak)", () => {
    withX64(false, () => {
      expect(desc(np.asarray(3))).toEqual({ shape: [], dtype: "int32", weak: true, value: 3 });
      expect(desc(np.asarray(2.5))).toEqual({ shape: [], dtype: "float32", weak: true, value: 2.5 });
      expect(desc(np.asarray(false))).toEqual({ shape: [], dtype: "bool", weak: false, value: false });
    });
    withX64(true, () => expect(desc(np.asarray(3))).toEqual({ shape: [], dtype: "int64", weak: true, value: 3n }));
  });
  it("an integer scalar too large for the default int is an error (JAX: OverflowError)", () => {
    withX64(false, () => {
      expect(() => np.asarray(2 ** 31)).toThrow(ValueError);
      expect(() => np.asarray(2 ** 31)).toThrow(/2147483648 does not fit int32/);
      expect(np.asarray(-(2 ** 31)).toArray()).toBe(-2147483648);
      expect(np.asarray(2 ** 31 + 0.5).dtype).toBe("float32"); // not an integer: a weak float
    });
    withX64(true, () => expect(np.asarray(2 ** 40).toArray()).toBe(2n ** 40n));
  });
  it("scalarArray with an explicit dtype", () => {
    expect(desc(scalarArray(300, "int8", false))).toEqual({ shape: [], dtype: "int8", weak: false, value: 44 });
    expect(desc(scalarArray(2.5, "int32", true))).toEqual({ shape: [], dtype: "int32", weak: true, value: 2 });
  });
  it("np.array passes arrays through and converts with a dtype", () => {
    const a = np.array([1, 2]);
    expect(np.array(a)).toBe(a);
    expect(desc(np.array(a, { dtype: "int16" }))).toEqual({ shape: [2], dtype: "int16", weak: false, value: [1, 2] });
  });
});

describe("bad input", () => {
  const err = (f: () => unknown, cls: new (...a: never[]) => Error, msg: RegExp | string) => {
    expect(f).toThrow(cls);
    expect(f).toThrow(msg);
  };
  it("ragged nesting names the path", () => {
    err(() => np.array([[1, 2], [3]]), ValueError, "[np.array] ragged nested array: expected 2 elements at [1], got 1");
    err(() => np.array([[1], 2]), ValueError, "expected 1 elements at [1], got number");
    err(() => np.array([1, [2]]), ValueError, "unexpected nesting at [1]");
    err(() => np.array([[[1, 2], [3, 4]], [[5, 6], [7]]]), ValueError, "at [1][1]");
  });
  it("non-numeric elements name the element and path", () => {
    err(() => np.array([1, "a" as never]), ValueError, "[np.array] non-numeric element a (string) at [1]");
    err(() => np.array([[1, 2], [null as never, 4]]), ValueError, "at [1][0]");
    err(() => np.array([undefined as never]), ValueError, "non-numeric element undefined");
    err(() => np.array([{} as never]), ValueError, "non-numeric");
  });
  it("non-array inputs", () => {
    err(() => np.array("abc" as never), ValueError, "[np.array] cannot make an array from string");
    err(() => np.array(null as never), ValueError, "cannot make an array from null");
    err(() => np.array(undefined as never), ValueError, "cannot make an array from undefined");
    err(() => np.asarray("1" as never), ValueError, "[np.asarray] cannot make an array from string");
  });
  it("out-of-range integers for an int dtype (JAX: Python integer 300 out of bounds for int8)", () => {
    err(() => np.array([300], { dtype: "int8" }), ValueError, "[np.array] integer 300 is out of bounds for int8");
    err(() => np.array([-1], { dtype: "uint8" }), ValueError, "integer -1 is out of bounds for uint8");
    err(() => np.array([[0], [65536]], { dtype: "uint16" }), ValueError, "65536 is out of bounds for uint16");
    withX64(true, () => err(() => np.array([2n ** 63n], { dtype: "int64" }), ValueError, "out of bounds for int64"));
    expect(np.array([-128, 127], { dtype: "int8" }).toArray()).toEqual([-128, 127]);
  });
  it("NaN / Infinity to an int dtype (JAX: cannot convert float NaN to integer)", () => {
    err(() => np.array([NaN], { dtype: "int32" }), JaxtsError, "cannot convert NaN to integer dtype int32");
    err(() => np.array([Infinity], { dtype: "uint8" }), JaxtsError, "cannot convert Infinity");
    err(() => np.array([1, -Infinity], { dtype: "int16" }), DTypeError, "-Infinity");
  });
  it("unknown dtype names", () => {
    err(() => np.array([1], { dtype: "float" as DType }), DTypeError, '[np.array] unknown dtype "float"');
    err(() => fromJS([1], "int4" as DType), DTypeError, "unknown dtype");
  });
});
