// Decoding and validation of an exec descriptor (a Float64Array):
//   [op, n_in, n_out,
//    per operand (inputs, then outputs): dtype, ndim, offset, shape[ndim], strides[ndim],
//    n_params, params...]
// Operand k views memory k. Every number is checked (integers in range, dtype
// and op ids known) and every view must stay inside its memory, so no kernel
// can read or write out of bounds whatever JS passes.
#pragma once
#include <cstddef>
#include <cstdint>

#include "jaxts/kernel.h"

namespace jaxts {

struct MemRange {
  uint8_t* data;
  size_t bytes;
};

struct DecodedCall {
  Operand ops[kMaxOperands];
  Call call;
};

void decode_call(const double* d, size_t n, const MemRange* mems, size_t n_mems, DecodedCall& out);

}  // namespace jaxts
