// Bit packing: packbits and unpackbits.
// Expected values and dtypes were printed by JAX 0.10 (CPU).
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";
import { DTypeError, ShapeError, ValueError } from "../../src/core/errors.js";
import type { DType } from "../../src/core/dtype.js";

const A = (x: unknown, dtype: DType) => np.array(x as never, { dtype });
const chk = (r: np.Array, values: unknown) => {
  expect(r.dtype).toBe("uint8");
  expect(r.toArray()).toEqual(values);
};

describe("np.packbits", () => {
  it("big and little bit order, padding the last byte", () => {
    chk(np.packbits(A([1, 0, 1, 1], "int32")), [176]);
    chk(np.packbits(A([1, 0, 1, 1], "int32"), { bitorder: "little" }), [13]);
  });
  it("along an axis", () => {
    chk(np.packbits(A([[1, 0, 1, 0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 1]], "int32"), { axis: 1 }), [[170, 128], [0, 128]]);
    chk(np.packbits(A([[1, 0, 1], [0, 1, 1]], "int8"), { axis: 0 }), [[128, 64, 192]]);
  });
  it("nonzero is a 1 bit, for every integer/bool dtype", () => {
    chk(np.packbits(np.array([[true, false, true], [false, true, true]])), [172]);
    chk(np.packbits(A([-1, 2, 0, 0, 0, 0, 0, 7, 3], "int16")), [193, 128]);
    chk(np.packbits(A([0, 3, 0, 1], "uint16"), { bitorder: "little" }), [10]);
    chk(np.packbits(A(5, "uint32")), [128]);
    withX64(true, () => chk(np.packbits(A([1, 0, 2 ** 40], "int64")), [160]));
  });
  it("empty inputs", () => {
    chk(np.packbits(np.zeros([0], { dtype: "uint8" })), []);
    const r = np.packbits(np.zeros([2, 0], { dtype: "uint8" }), { axis: 1 });
    expect(r.shape).toEqual([2, 0]);
  });
  it("errors", () => {
    expect(() => np.packbits(A([1, 0], "float32"))).toThrow(DTypeError);
    expect(() => np.packbits(A([1, 0], "bfloat16"))).toThrow(/integer or boolean/);
    expect(() => np.packbits(A([1, 0], "int32"), { bitorder: "x" as never })).toThrow(ValueError);
    expect(() => np.packbits(A([1, 0], "int32"), { axis: 2 })).toThrow(ShapeError);
  });
});

describe("np.unpackbits", () => {
  const u = () => A([[2, 255], [7, 128]], "uint8");
  it("flattened and along an axis", () => {
    chk(np.unpackbits(A([176], "uint8")), [1, 0, 1, 1, 0, 0, 0, 0]);
    chk(np.unpackbits(u(), { axis: 1 }), [
      [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
    ]);
    chk(np.unpackbits(A(3, "uint8")), [0, 0, 0, 0, 0, 0, 1, 1]);
  });
  it("little bit order along axis 0", () => {
    chk(np.unpackbits(u(), { axis: 0, bitorder: "little" }), [
      [0, 1], [1, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1],
      [1, 0], [1, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 1],
    ]);
  });
  it("count truncates, zero-pads, or drops from the end when negative", () => {
    chk(np.unpackbits(u(), { count: 3 }), [0, 0, 0]);
    chk(np.unpackbits(u(), { axis: 1, count: 20 }), [
      [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    chk(np.unpackbits(u(), { axis: -1, count: -3 }), [
      [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0],
    ]);
    chk(np.unpackbits(u(), { count: -40 }), []);
    chk(np.unpackbits(u(), { count: 0 }), []);
  });
  it("round trip with packbits", () => {
    const bits = A([1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1], "uint8");
    chk(np.unpackbits(np.packbits(bits, { bitorder: "little" }), { bitorder: "little" }), bits.toArray());
  });
  it("errors", () => {
    expect(() => np.unpackbits(A([1, 2], "int32"))).toThrow(DTypeError);
    expect(() => np.unpackbits(np.array([true]))).toThrow(/uint8/);
    expect(() => np.unpackbits(u(), { bitorder: "mid" as never })).toThrow(ValueError);
    expect(() => np.unpackbits(u(), { count: 1.5 })).toThrow(/count must be an integer/);
    expect(() => np.unpackbits(u(), { axis: -3 })).toThrow(ShapeError);
  });
});
