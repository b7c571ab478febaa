// Param encoders of the native elementwise kernels (native/cpu/kernels/
// elementwise*.cc): integer_pow reads [y]; round reads [1 for
// to_nearest_even, 0 for away_from_zero]. The other elementwise primitives
// take no params (convert/bitcast read their dtypes from the output view).
import type { IntegerPowParams, RoundParams } from "../../../lax/elementwise-arith.js";
import { registerEncoders } from "../encoders.js";

registerEncoders({
  integer_pow: (p: IntegerPowParams) => [p.y],
  round: (p: RoundParams) => [p.roundingMethod === "to_nearest_even" ? 1 : 0],
});
