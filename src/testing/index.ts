// jaxts/testing: helpers for users' own property-based test suites —
// fast-check arbitraries for dtypes, shapes and arrays, and numerical
// comparison with dtype-aware tolerances. Needs fast-check installed.
import "../interpreters/eval.js";
import "../backend/reference/index.js";
import "../numpy/methods.js";
export * from "./arbitraries.js";
export * from "./all-close.js";
