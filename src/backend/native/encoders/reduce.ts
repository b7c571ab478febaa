// Param encoders of the reduction, cumulative and sorting primitives, in the
// order their native kernels (native/cpu/kernels/reduce*.cc, cumulative.cc,
// sort.cc) read them: reductions [naxes, ...axes]; argmax/argmin [axis];
// cumulative ops [axis, reverse]; sort [dimension, numKeys]; top_k [k, axis].

import type { ArgReduceParams, ReduceParams } from "../../../lax/reduce.js";
import type { CumulativeParams } from "../../../lax/cumulative.js";
import type { SortParams, TopKParams } from "../../../lax/sort.js";
import { type Encoder, registerEncoders } from "../encoders.js";

const reduce: Encoder<ReduceParams> = ({ axes }) => [axes.length, ...axes];
const arg: Encoder<ArgReduceParams> = ({ axes }) => [axes[0]];
const cumulative: Encoder<CumulativeParams> = ({ axis, reverse }) => [axis, reverse ? 1 : 0];

registerEncoders({
  reduce_sum: reduce,
  reduce_prod: reduce,
  reduce_max: reduce,
  reduce_min: reduce,
  reduce_and: reduce,
  reduce_or: reduce,
  reduce_xor: reduce,
  argmax: arg,
  argmin: arg,
  cumsum: cumulative,
  cumprod: cumulative,
  cummax: cumulative,
  cummin: cumulative,
  cumlogsumexp: cumulative,
  sort: (({ dimension, numKeys }) => [dimension, numKeys]) as Encoder<SortParams>,
  top_k: (({ k, axis }) => [k, axis]) as Encoder<TopKParams>,
});
