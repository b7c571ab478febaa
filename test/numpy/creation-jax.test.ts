// Creation functions of jaxts/numpy against real JAX 0.10 (CPU): every
// expected dtype, shape and value below was printed by jax.numpy (generated
// by a one-off script from the same expressions written in Python).
import { describe, it } from "vitest";
import { withX64 } from "../../src/core/config.js";
import * as np from "../../src/numpy/index.js";
import { check } from "./math-helpers.js";

describe("numpy creation vs JAX", () => {
  it("zeros default", () => check(np.zeros([2, 3]), [{ dtype: "float32", shape: [2, 3], values: [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]] }], 0));
  it("zeros number shape int8", () => check(np.zeros(3, { dtype: "int8" }), [{ dtype: "int8", shape: [3], values: [0, 0, 0] }], 0));
  it("ones bf16", () => check(np.ones([2], { dtype: "bfloat16" }), [{ dtype: "bfloat16", shape: [2], values: [1.0, 1.0] }], 0));
  it("ones bool", () => check(np.ones([2], { dtype: "bool" }), [{ dtype: "bool", shape: [2], values: [true, true] }], 0));
  it("empty", () => check(np.empty([0, 2]), [{ dtype: "float32", shape: [0, 2], values: [] }], 0));
  it("full int fill", () => check(np.full([2], 3), [{ dtype: "int32", shape: [2], values: [3, 3] }], 0));
  it("full float fill dtype", () => check(np.full([2, 2], 2.7, { dtype: "int32" }), [{ dtype: "int32", shape: [2, 2], values: [[2, 2], [2, 2]] }], 0));
  it("full array fill broadcast", () => check(np.full([2, 3], np.array([1, 2, 3], { dtype: "uint16" })), [{ dtype: "uint16", shape: [2, 3], values: [[1, 2, 3], [1, 2, 3]] }], 0));
  it("zerosLike/onesLike/fullLike", () => check([np.zerosLike(np.array([1, 2], { dtype: "int16" })), np.onesLike(np.array([[1.5]])), np.fullLike(np.array([1, 2], { dtype: "uint8" }), 7), np.zerosLike(np.array([1]), { dtype: "float16", shape: [2, 2] }), np.emptyLike(np.array([true]))], [{ dtype: "int16", shape: [2], values: [0, 0] }, { dtype: "float32", shape: [1, 1], values: [[1.0]] }, { dtype: "uint8", shape: [2], values: [7, 7] }, { dtype: "float16", shape: [2, 2], values: [[0.0, 0.0], [0.0, 0.0]] }, { dtype: "bool", shape: [1], values: [false] }], 0));
  it("arange int", () => check(np.arange(5), [{ dtype: "int32", shape: [5], values: [0, 1, 2, 3, 4] }], 0));
  it("arange start stop", () => check(np.arange(2, 6), [{ dtype: "int32", shape: [4], values: [2, 3, 4, 5] }], 0));
  it("arange negative step", () => check(np.arange(5, -3, -2), [{ dtype: "int32", shape: [4], values: [5, 3, 1, -1] }], 0));
  it("arange float", () => check(np.arange(0, 1, 0.25), [{ dtype: "float32", shape: [4], values: [0.0, 0.25, 0.5, 0.75] }], 0));
  it("arange float stop", () => check(np.arange(2.5), [{ dtype: "float32", shape: [3], values: [0.0, 1.0, 2.0] }], 0));
  it("arange dtype", () => check(np.arange(0, 3, 1, { dtype: "float16" }), [{ dtype: "float16", shape: [3], values: [0.0, 1.0, 2.0] }], 0));
  it("arange options 2nd", () => check(np.arange(3, { dtype: "uint8" }), [{ dtype: "uint8", shape: [3], values: [0, 1, 2] }], 0));
  it("arange empty", () => check(np.arange(5, 2), [{ dtype: "int32", shape: [0], values: [] }], 0));
  it("arange float step accum", () => check(np.arange(-1, 1, 0.3), [{ dtype: "float32", shape: [7], values: [-1.0, -0.699999988079071, -0.3999999761581421, -0.09999996423721313, 0.20000004768371582, 0.5, 0.8000000715255737] }], 1e-06));
  it("linspace", () => check(np.linspace(0, 1, 5), [{ dtype: "float32", shape: [5], values: [0.0, 0.25, 0.5, 0.75, 1.0] }], 0));
  it("linspace default num", () => check(np.linspace(-1, 1), [{ dtype: "float32", shape: [50], values: [-1.0, -0.9591836929321289, -0.9183673858642578, -0.8775510787963867, -0.8367346525192261, -0.795918345451355, -0.7551020383834839, -0.7142857313156128, -0.6734694242477417, -0.6326530575752258, -0.59183669090271, -0.5510203838348389, -0.5102040767669678, -0.4693877696990967, -0.4285714626312256, -0.3877551257610321, -0.346938818693161, -0.3061225116252899, -0.26530611515045166, -0.22448980808258057, -0.18367350101470947, -0.1428571194410324, -0.10204079747200012, -0.06122448295354843, -0.02040816843509674, 0.0204081479460001, 0.06122446432709694, 0.10204078257083893, 0.14285710453987122, 0.18367347121238708, 0.22448979318141937, 0.26530611515045166, 0.30612242221832275, 0.34693872928619385, 0.38775506615638733, 0.4285713732242584, 0.4693877398967743, 0.5102040767669678, 0.5510203838348389, 0.59183669090271, 0.632652997970581, 0.6734693050384521, 0.7142857313156128, 0.7551020383834839, 0.795918345451355, 0.8367346525192261, 0.8775509595870972, 0.9183672666549683, 0.9591836929321289, 1.0] }], 1e-06));
  it("linspace no endpoint", () => check(np.linspace(0, 1, 4, { endpoint: false }), [{ dtype: "float32", shape: [4], values: [0.0, 0.25, 0.5, 0.75] }], 0));
  it("linspace int dtype", () => check(np.linspace(0, 10, 4, { dtype: "int32" }), [{ dtype: "int32", shape: [4], values: [0, 3, 6, 10] }], 0));
  it("linspace num 1 and 0", () => check([np.linspace(2, 3, 1), np.linspace(2, 3, 0)], [{ dtype: "float32", shape: [1], values: [2.0] }, { dtype: "float32", shape: [0], values: [] }], 0));
  it("linspace arrays axis", () => check(np.linspace(np.array([0, 10]), np.array([1, 20]), 3, { axis: 1 }), [{ dtype: "float32", shape: [2, 3], values: [[0.0, 0.5, 1.0], [10.0, 15.0, 20.0]] }], 0));
  it("linspace arrays axis -1 f16", () => check(np.linspace(np.array([0, 10], { dtype: "float16" }), 5, 3, { axis: -1 }), [{ dtype: "float16", shape: [2, 3], values: [[0.0, 2.5, 5.0], [10.0, 7.5, 5.0]] }], 0.001));
  it("linspaceWithStep", () => check(np.linspaceWithStep(0, 1, 5), [{ dtype: "float32", shape: [5], values: [0.0, 0.25, 0.5, 0.75, 1.0] }, { dtype: "float32", shape: [], values: 0.25 }], 0));
  it("logspace", () => check(np.logspace(0, 3, 4), [{ dtype: "float32", shape: [4], values: [1.0, 10.0, 100.0, 1000.0] }], 1e-06));
  it("logspace base 2 no endpoint", () => check(np.logspace(0, 4, 4, { base: 2, endpoint: false }), [{ dtype: "float32", shape: [4], values: [1.0, 2.0, 4.0, 8.0] }], 1e-06));
  it("geomspace", () => check(np.geomspace(1, 1000, 4), [{ dtype: "float32", shape: [4], values: [1.0, 10.00000286102295, 100.00005340576172, 1000.0] }], 1e-06));
  it("geomspace negative", () => check(np.geomspace(-1, -16, 5), [{ dtype: "float32", shape: [5], values: [-1.0, -2.0, -4.000000476837158, -8.0, -16.000001907348633] }], 1e-06));
  it("geomspace arrays axis 1", () => check(np.geomspace(np.array([1, 2]), np.array([4, 32]), 3, { axis: 1 }), [{ dtype: "float32", shape: [2, 3], values: [[1.0, 2.0, 4.000000476837158], [2.0, 8.0, 31.999998092651367]] }], 1e-06));
  it("eye", () => check(np.eye(3), [{ dtype: "float32", shape: [3, 3], values: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]] }], 0));
  it("eye rect k dtype", () => check(np.eye(2, 4, { k: 1, dtype: "int32" }), [{ dtype: "int32", shape: [2, 4], values: [[0, 1, 0, 0], [0, 0, 1, 0]] }], 0));
  it("eye k negative", () => check(np.eye(3, null, { k: -1, dtype: "bool" }), [{ dtype: "bool", shape: [3, 3], values: [[false, false, false], [true, false, false], [false, true, false]] }], 0));
  it("identity", () => check(np.identity(2, { dtype: "uint8" }), [{ dtype: "uint8", shape: [2, 2], values: [[1, 0], [0, 1]] }], 0));
  it("tri", () => check(np.tri(3, 4, { k: 1 }), [{ dtype: "float32", shape: [3, 4], values: [[1.0, 1.0, 0.0, 0.0], [1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0]] }], 0));
  it("tri k -1 int", () => check(np.tri(3, null, { k: -1, dtype: "int8" }), [{ dtype: "int8", shape: [3, 3], values: [[0, 0, 0], [1, 0, 0], [1, 1, 0]] }], 0));
  it("tril", () => check(np.tril(np.arange(1, 13).reshape([3, 4])), [{ dtype: "int32", shape: [3, 4], values: [[1, 0, 0, 0], [5, 6, 0, 0], [9, 10, 11, 0]] }], 0));
  it("triu k -1 batched", () => check(np.triu(np.arange(1, 19).reshape([2, 3, 3]), -1), [{ dtype: "int32", shape: [2, 3, 3], values: [[[1, 2, 3], [4, 5, 6], [0, 8, 9]], [[10, 11, 12], [13, 14, 15], [0, 17, 18]]] }], 0));
  it("tril k 1", () => check(np.tril(np.ones([3, 3]), 1), [{ dtype: "float32", shape: [3, 3], values: [[1.0, 1.0, 0.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]] }], 0));
  it("diag 1-D", () => check(np.diag(np.array([1, 2, 3], { dtype: "int32" })), [{ dtype: "int32", shape: [3, 3], values: [[1, 0, 0], [0, 2, 0], [0, 0, 3]] }], 0));
  it("diag 1-D k", () => check([np.diag(np.array([1, 2]), 1), np.diag(np.array([1, 2]), -2)], [{ dtype: "float32", shape: [3, 3], values: [[0.0, 1.0, 0.0], [0.0, 0.0, 2.0], [0.0, 0.0, 0.0]] }, { dtype: "float32", shape: [4, 4], values: [[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0]] }], 0));
  it("diag 2-D", () => check([np.diag(np.arange(12).reshape([3, 4])), np.diag(np.arange(12).reshape([3, 4]), 1), np.diag(np.arange(12).reshape([3, 4]), -2), np.diag(np.arange(12).reshape([3, 4]), 5)], [{ dtype: "int32", shape: [3], values: [0, 5, 10] }, { dtype: "int32", shape: [3], values: [1, 6, 11] }, { dtype: "int32", shape: [1], values: [8] }, { dtype: "int32", shape: [0], values: [] }], 0));
  it("diagflat", () => check(np.diagflat(np.array([[1, 2], [3, 4]]), -1), [{ dtype: "float32", shape: [5, 5], values: [[0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 3.0, 0.0, 0.0], [0.0, 0.0, 0.0, 4.0, 0.0]] }], 0));
  it("meshgrid xy", () => check(np.meshgrid(np.array([1, 2, 3]), np.array([4, 5])), [{ dtype: "float32", shape: [2, 3], values: [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]] }, { dtype: "float32", shape: [2, 3], values: [[4.0, 4.0, 4.0], [5.0, 5.0, 5.0]] }], 0));
  it("meshgrid ij", () => check(np.meshgrid(np.array([1, 2, 3]), np.array([4, 5]), { indexing: "ij" }), [{ dtype: "float32", shape: [3, 2], values: [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]] }, { dtype: "float32", shape: [3, 2], values: [[4.0, 5.0], [4.0, 5.0], [4.0, 5.0]] }], 0));
  it("meshgrid sparse 3", () => check(np.meshgrid(np.array([1, 2]), np.array([3, 4, 5]), np.array([6]), { sparse: true }), [{ dtype: "float32", shape: [1, 2, 1], values: [[[1.0], [2.0]]] }, { dtype: "float32", shape: [3, 1, 1], values: [[[3.0]], [[4.0]], [[5.0]]] }, { dtype: "float32", shape: [1, 1, 1], values: [[[6.0]]] }], 0));
  it("indices", () => check(np.indices([2, 3]), [{ dtype: "int32", shape: [2, 2, 3], values: [[[0, 0, 0], [1, 1, 1]], [[0, 1, 2], [0, 1, 2]]] }], 0));
  it("indices sparse", () => check(np.indicesSparse([2, 3], { dtype: "int8" }), [{ dtype: "int8", shape: [2, 1], values: [[0], [1]] }, { dtype: "int8", shape: [1, 3], values: [[0, 1, 2]] }], 0));
  it("array asarray", () => check([np.array([[1, 2], [3, 4]], { dtype: "int32" }), np.asarray(3), np.asarray([true, false])], [{ dtype: "int32", shape: [2, 2], values: [[1, 2], [3, 4]] }, { dtype: "int32", shape: [], values: 3 }, { dtype: "bool", shape: [2], values: [true, false] }], 0));
});

describe("numpy creation vs JAX under x64", () => {
  it("x64 arange int64", () => withX64(true, () => check(np.arange(3), [{ dtype: "int64", shape: [3], values: [0, 1, 2] }], 0)));
  it("x64 linspace float64", () => withX64(true, () => check(np.linspace(0, 1, 3), [{ dtype: "float64", shape: [3], values: [0.0, 0.5, 1.0] }], 0)));
  it("x64 zeros float64, eye float64", () => withX64(true, () => check([np.zeros([1]), np.eye(1), np.indices([2])], [{ dtype: "float64", shape: [1], values: [0.0] }, { dtype: "float64", shape: [1, 1], values: [[1.0]] }, { dtype: "int64", shape: [1, 2], values: [[0, 1]] }], 0)));
});
