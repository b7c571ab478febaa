// Installs the Array methods (core/array-methods.ts) from the numpy
// functions, as JAX's _set_array_base_attributes: `x.sum(o)` is `np.sum(x, o)`.

import { installArrayMethods } from "../core/array-methods.js";
import { convertElementType } from "../lax/convert.js";
import { index, take } from "./indexing.js";
import { at } from "./indexing-update.js";
import { reshape, ravel, transpose, swapaxes, squeeze } from "./manipulation-shape.js";
import { diagonal, trace, repeat } from "./manipulation-rearrange.js";
import {
  absolute,
  add,
  clip,
  divide,
  multiply,
  negative,
  power,
  remainder,
  subtract,
} from "./math.js";
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from "./math-logic.js";
import { round } from "./math-round.js";
import { dot, matmul } from "./products.js";
import { all, any, argmax, argmin, max, mean, min, prod, sum } from "./reductions.js";
import { cumprod, cumsum } from "./reductions-cum.js";
import { std, variance } from "./reductions-stats.js";
import { argsort, sort } from "./sorting.js";

installArrayMethods({
  reshape: (x, s) => reshape(x, s),
  ravel: (x) => ravel(x),
  transpose: (x, axes) => transpose(x, axes),
  swapaxes,
  squeeze: (x, axis) => squeeze(x, axis),
  astype: (x, d) => convertElementType(x, d),
  sum,
  prod,
  mean,
  max,
  min,
  all,
  any,
  var: variance,
  std,
  argmax,
  argmin,
  cumsum,
  cumprod,
  add,
  sub: subtract,
  mul: multiply,
  div: divide,
  pow: power,
  mod: remainder,
  eq: equal,
  ne: notEqual,
  lt: less,
  le: lessEqual,
  gt: greater,
  ge: greaterEqual,
  matmul: (x, y) => matmul(x, y),
  dot: (x, y) => dot(x, y),
  neg: negative,
  abs: absolute,
  clip: (x, lo, hi) => clip(x, lo, hi),
  round: (x, decimals) => round(x, decimals),
  sort,
  argsort,
  take: (x, i, o) => take(x, i, o ?? {}),
  diagonal: (x, o) => diagonal(x, o),
  trace: (x, o) => trace(x, o),
  repeat: (x, r, o) => repeat(x, r, o),
  index: (x, idx) => index(x, ...idx),
  at: (x, idx) => at(x, idx),
});
