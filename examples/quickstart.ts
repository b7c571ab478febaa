// jaxts quick start: arrays, dtypes and promotion, broadcasting, indexing,
// functional updates and reductions. Run: npm run example
import * as np from "jaxts/numpy";
import * as lax from "jaxts/lax";

const show = (label: string, x: unknown) => console.log(`${label}\n${String(x)}\n`);

// Arrays are immutable values with a shape and a dtype.
const x = np.arange(12).reshape(3, 4); // integer arange gives int32, as in JAX
show("x = np.arange(12).reshape(3, 4)", x);
console.log(`shape ${JSON.stringify(x.shape)}, dtype ${x.dtype}, ndim ${x.ndim}, size ${x.size}\n`);

// JS numbers are weakly typed: they adopt the array's dtype where they can.
show("x + 1  (stays int32)", np.add(x, 1));
show("x / 2  (true division promotes to float32)", np.divide(x, 2));
show("uint8 + int8 -> int16 (JAX's promotion lattice)", np.add(np.array([200], { dtype: "uint8" }), np.array([-100], { dtype: "int8" })));

// Broadcasting: (3, 4) with (4,) and (3, 1).
const row = np.array([1, 10, 100, 1000]);
const col = np.array([[1], [2], [3]]);
show("x * row + col", np.add(np.multiply(x, row), col));

// Indexing: numbers, slices (strings or np.s), null (newaxis), "...", integer arrays, boolean masks.
show('x.index(1)', x.index(1));
show('x.index(":", "::-2")', x.index(":", "::-2"));
show("x.index(np.s(0, 2), null, -1)", x.index(np.s(0, 2), null, -1));
show("x.index([2, 0], [1, 3])  (advanced: picks x[2,1], x[0,3])", x.index([2, 0], [1, 3]));
show("x.index(x.gt(6))  (boolean mask)", x.index(x.gt(6)));

// Functional updates: x never changes.
const y = x.at(0, "1:3").set(-1).at(2).multiply(10);
show("x.at(0, '1:3').set(-1).at(2).multiply(10)", y);
show("x is unchanged", x);

// Reductions.
show("np.sum(x, { axis: 0 })", np.sum(x, { axis: 0 }));
show("x.mean({ axis: 1, keepdims: true })", x.mean({ axis: 1, keepdims: true }));
show("np.argmax(x, { axis: 1 })", np.argmax(x, { axis: 1 }));
show("np.std(x)", np.std(x));

// Products and lax.
const a = np.linspace(0, 1, 6).reshape(2, 3);
show("a @ a.T", np.matmul(a, a.T));
show('np.einsum("ij,kj->ik", a, a)', np.einsum("ij,kj->ik", a, a));
show("lax.sin(a)", lax.sin(a));
console.log("item:", np.sum(x).item(), "| toArray:", JSON.stringify(np.arange(3).toArray()));
