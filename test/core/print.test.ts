// Tests of core/print.ts: String(x) and util.inspect(x) equal JAX's repr.
// Every expected string below was printed by repr(jnp.array(...)) in JAX
// 0.10.2 (NumPy 2.4.6, ml_dtypes 0.6.0) for the same data; none is a snapshot
// of our own output. More cases (float formats, bfloat16) live in
// laws/fixtures/print-jax.json, checked by print-jax.test.ts.

import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as np from "../../src/numpy/index.js";
import { withX64 } from "../../src/core/config.js";

const CASES: [string, () => np.Array, string][] = [
  ["0-d float32", () => np.array(3.5), "Array(3.5, dtype=float32)"],
  ["0-d int32", () => np.array(7, { dtype: 'int32' }), "Array(7, dtype=int32)"],
  ["0-d bool", () => np.array(true), "Array(True, dtype=bool)"],
  ["0-d negative float", () => np.array(-0.25), "Array(-0.25, dtype=float32)"],
  ["0-d NaN", () => np.array(NaN), "Array(nan, dtype=float32)"],
  ["0-d -inf", () => np.array(-Infinity), "Array(-inf, dtype=float32)"],
  ["0-d 1e-5", () => np.array(1e-5), "Array(1.e-05, dtype=float32)"],
  ["0-d 1e20", () => np.array(1e20), "Array(1.e+20, dtype=float32)"],
  ["0-d float16", () => np.array(0.1, { dtype: 'float16' }), "Array(0.1, dtype=float16)"],
  ["weak int", () => np.asarray(3), "Array(3, dtype=int32, weak_type=True)"],
  ["weak float", () => np.asarray(2.5), "Array(2.5, dtype=float32, weak_type=True)"],
  ["1-d float", () => np.array([1, 2, 3]), "Array([1., 2., 3.], dtype=float32)"],
  ["1-d float alignment", () => np.array([1, 2.5, -30.125]), "Array([  1.   ,   2.5  , -30.125], dtype=float32)"],
  ["1-d 0.1", () => np.array([0.1, 0.2, 0.3]), "Array([0.1, 0.2, 0.3], dtype=float32)"],
  ["1-d int32", () => np.array([1, -20, 300], { dtype: 'int32' }), "Array([  1, -20, 300], dtype=int32)"],
  ["1-d uint8", () => np.array([0, 7, 255], { dtype: 'uint8' }), "Array([  0,   7, 255], dtype=uint8)"],
  ["1-d int8 negative", () => np.array([-128, 5], { dtype: 'int8' }), "Array([-128,    5], dtype=int8)"],
  ["1-d bool", () => np.array([true, false, true]), "Array([ True, False,  True], dtype=bool)"],
  ["2-d float", () => np.array([[1, 2], [3, 4]]), "Array([[1., 2.],\n       [3., 4.]], dtype=float32)"],
  ["2-d int", () => np.array([[1, 2, 3], [40, 50, 60]], { dtype: 'int32' }), "Array([[ 1,  2,  3],\n       [40, 50, 60]], dtype=int32)"],
  ["2-d bool", () => np.array([[true, false], [false, true]]), "Array([[ True, False],\n       [False,  True]], dtype=bool)"],
  ["3-d", () => np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], { dtype: 'int32' }), "Array([[[1, 2],\n        [3, 4]],\n\n       [[5, 6],\n        [7, 8]]], dtype=int32)"],
  ["3-d float", () => np.array([[[0.5], [1]], [[-2], [3.25]]]), "Array([[[ 0.5 ],\n        [ 1.  ]],\n\n       [[-2.  ],\n        [ 3.25]]], dtype=float32)"],
  ["4-d", () => np.array([[[[1, 2]], [[3, 4]]]], { dtype: 'int32' }), "Array([[[[1, 2]],\n\n        [[3, 4]]]], dtype=int32)"],
  ["NaN and inf", () => np.array([1, NaN, Infinity, -Infinity]), "Array([  1.,  nan,  inf, -inf], dtype=float32)"],
  ["NaN with fractions", () => np.array([1.5, NaN, -2.25]), "Array([ 1.5 ,   nan, -2.25], dtype=float32)"],
  ["only NaN", () => np.array([NaN, NaN]), "Array([nan, nan], dtype=float32)"],
  ["negative zero", () => np.array([-0, 1]), "Array([-0.,  1.], dtype=float32)"],
  ["all zeros", () => np.array([0, 0]), "Array([0., 0.], dtype=float32)"],
  ["sci small", () => np.array([1e-5, 1]), "Array([1.e-05, 1.e+00], dtype=float32)"],
  ["sci large", () => np.array([1e16, 1]), "Array([1.e+16, 1.e+00], dtype=float32)"],
  ["sci ratio 2", () => np.array([0.0001, 1000]), "Array([1.e-04, 1.e+03], dtype=float32)"],
  ["sci with nan", () => np.array([1e-10, NaN, Infinity]), "Array([1.e-10,    nan,    inf], dtype=float32)"],
  ["pi float32", () => np.array([Math.PI, Math.E]), "Array([3.1415927, 2.7182817], dtype=float32)"],
  ["float16 third", () => np.array([1 / 3, -2], { dtype: 'float16' }), "Array([ 0.3333, -2.    ], dtype=float16)"],
  ["long row wraps", () => np.array(Array.from({ length: 30 }, (_, i) => i * 1.5)), "Array([ 0. ,  1.5,  3. ,  4.5,  6. ,  7.5,  9. , 10.5, 12. , 13.5, 15. ,\n       16.5, 18. , 19.5, 21. , 22.5, 24. , 25.5, 27. , 28.5, 30. , 31.5,\n       33. , 34.5, 36. , 37.5, 39. , 40.5, 42. , 43.5], dtype=float32)"],
  ["long int row wraps", () => np.array(Array.from({ length: 40 }, (_, i) => i * 37), { dtype: 'int32' }), "Array([   0,   37,   74,  111,  148,  185,  222,  259,  296,  333,  370,\n        407,  444,  481,  518,  555,  592,  629,  666,  703,  740,  777,\n        814,  851,  888,  925,  962,  999, 1036, 1073, 1110, 1147, 1184,\n       1221, 1258, 1295, 1332, 1369, 1406, 1443], dtype=int32)"],
  ["long bool row", () => np.array(Array.from({ length: 20 }, (_, i) => i % 3 === 0)), "Array([ True, False, False,  True, False, False,  True, False, False,\n        True, False, False,  True, False, False,  True, False, False,\n        True, False], dtype=bool)"],
  ["2-d wrapping rows", () => np.array([Array.from({ length: 14 }, (_, i) => i + 0.5), Array.from({ length: 14 }, (_, i) => (i === 0 ? 0 : -i))]), "Array([[  0.5,   1.5,   2.5,   3.5,   4.5,   5.5,   6.5,   7.5,   8.5,\n          9.5,  10.5,  11.5,  12.5,  13.5],\n       [  0. ,  -1. ,  -2. ,  -3. ,  -4. ,  -5. ,  -6. ,  -7. ,  -8. ,\n         -9. , -10. , -11. , -12. , -13. ]], dtype=float32)"],
  ["float32 third", () => np.array([1 / 3, 2 / 3]), "Array([0.33333334, 0.6666667 ], dtype=float32)"],
  ["sci negative pad", () => np.array([-1e-7, 5]), "Array([-1.e-07,  5.e+00], dtype=float32)"],
  ["sci exponent 3 digits", () => np.array([1e-30, 1e30]), "Array([1.e-30, 1.e+30], dtype=float32)"],
  ["ratio exactly 1000", () => np.array([1, 1000]), "Array([   1., 1000.], dtype=float32)"],
  ["summarized 1-d", () => np.array(Array.from({ length: 1200 }, (_, i) => i), { dtype: 'int32' }), "Array([   0,    1,    2, ..., 1197, 1198, 1199], dtype=int32)"],
  ["summarized 2-d", () => np.array(Array.from({ length: 40 }, (_, i) => Array.from({ length: 30 }, (_, j) => i * 30 + j)), { dtype: 'int32' }), "Array([[   0,    1,    2, ...,   27,   28,   29],\n       [  30,   31,   32, ...,   57,   58,   59],\n       [  60,   61,   62, ...,   87,   88,   89],\n       ...,\n       [1110, 1111, 1112, ..., 1137, 1138, 1139],\n       [1140, 1141, 1142, ..., 1167, 1168, 1169],\n       [1170, 1171, 1172, ..., 1197, 1198, 1199]], dtype=int32)"],
  ["summarized 3-d", () => np.array(Array.from({ length: 11 }, (_, i) => Array.from({ length: 10 }, (_, j) => Array.from({ length: 10 }, (_, k) => i + j + k))), { dtype: 'int32' }), "Array([[[ 0,  1,  2, ...,  7,  8,  9],\n        [ 1,  2,  3, ...,  8,  9, 10],\n        [ 2,  3,  4, ...,  9, 10, 11],\n        ...,\n        [ 7,  8,  9, ..., 14, 15, 16],\n        [ 8,  9, 10, ..., 15, 16, 17],\n        [ 9, 10, 11, ..., 16, 17, 18]],\n\n       [[ 1,  2,  3, ...,  8,  9, 10],\n        [ 2,  3,  4, ...,  9, 10, 11],\n        [ 3,  4,  5, ..., 10, 11, 12],\n        ...,\n        [ 8,  9, 10, ..., 15, 16, 17],\n        [ 9, 10, 11, ..., 16, 17, 18],\n        [10, 11, 12, ..., 17, 18, 19]],\n\n       [[ 2,  3,  4, ...,  9, 10, 11],\n        [ 3,  4,  5, ..., 10, 11, 12],\n        [ 4,  5,  6, ..., 11, 12, 13],\n        ...,\n        [ 9, 10, 11, ..., 16, 17, 18],\n        [10, 11, 12, ..., 17, 18, 19],\n        [11, 12, 13, ..., 18, 19, 20]],\n\n       ...,\n\n       [[ 8,  9, 10, ..., 15, 16, 17],\n        [ 9, 10, 11, ..., 16, 17, 18],\n        [10, 11, 12, ..., 17, 18, 19],\n        ...,\n        [15, 16, 17, ..., 22, 23, 24],\n        [16, 17, 18, ..., 23, 24, 25],\n        [17, 18, 19, ..., 24, 25, 26]],\n\n       [[ 9, 10, 11, ..., 16, 17, 18],\n        [10, 11, 12, ..., 17, 18, 19],\n        [11, 12, 13, ..., 18, 19, 20],\n        ...,\n        [16, 17, 18, ..., 23, 24, 25],\n        [17, 18, 19, ..., 24, 25, 26],\n        [18, 19, 20, ..., 25, 26, 27]],\n\n       [[10, 11, 12, ..., 17, 18, 19],\n        [11, 12, 13, ..., 18, 19, 20],\n        [12, 13, 14, ..., 19, 20, 21],\n        ...,\n        [17, 18, 19, ..., 24, 25, 26],\n        [18, 19, 20, ..., 25, 26, 27],\n        [19, 20, 21, ..., 26, 27, 28]]], dtype=int32)"],
  ["exactly 1000 not summarized", () => np.array(Array.from({ length: 1000 }, (_, i) => i % 7), { dtype: 'int8' }), "Array([0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3,\n       4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4,\n       5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5,\n       6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6,\n       0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0,\n       1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1,\n       2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2,\n       3, 4, 5, 6, 0, 1, 2, 3, 4, 5], dtype=int8)"],
  ["empty 2-d", () => np.array([[], []]), "Array([], shape=(2, 0), dtype=float32)"],
  ["empty (0, 3)", () => np.array([], { dtype: 'int32' }).reshape([0, 3]), "Array([], shape=(0, 3), dtype=int32)"],
  ["uint32 big", () => np.array([4294967295, 0], { dtype: 'uint32' }), "Array([4294967295,          0], dtype=uint32)"],
];

const CASES_X64: [string, () => np.Array, string][] = [
  ["int64", () => np.array([2n ** 62n, -5n]), "Array([4611686018427387904,                  -5], dtype=int64)"],
  ["uint64", () => np.array([18446744073709551615n, 1n], { dtype: 'uint64' }), "Array([18446744073709551615,                    1], dtype=uint64)"],
  ["weak int64", () => np.asarray(3), "Array(3, dtype=int64, weak_type=True)"],
  ["weak float64", () => np.asarray(0.1), "Array(0.1, dtype=float64, weak_type=True)"],
  ["float64 integers", () => np.array([1, 2], { dtype: 'float64' }), "Array([1., 2.], dtype=float64)"],
];

describe("String(x) equals JAX's repr", () => {
  it.each(CASES)("%s", (_name, make, expected) => {
    const x = withX64(false, make);
    expect(String(x)).toBe(expected);
    expect(inspect(x)).toBe(expected);
  });
});

describe("String(x) equals JAX's repr (x64)", () => {
  it.each(CASES_X64)("%s", (_name, make, expected) => {
    const x = withX64(true, make);
    expect(String(x)).toBe(expected);
    expect(inspect(x)).toBe(expected);
  });
});

describe("printing inside containers", () => {
  it("util.inspect of an object holding arrays uses the array repr", () => {
    const x = np.array([1, 2], { dtype: "int32" });
    expect(inspect({ x })).toBe("{ x: Array([1, 2], dtype=int32) }");
    expect(`${x}`).toBe("Array([1, 2], dtype=int32)");
  });
});
