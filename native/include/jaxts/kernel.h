// The kernel interface every device implements: operands are strided views
// (element strides, possibly 0 for broadcast or negative for reversed axes)
// over device memory; a kernel gets inputs, preallocated outputs and the
// primitive's numeric params, already bounds-checked by the binding layer.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

#include "jaxts/ops.generated.h"

namespace jaxts {

constexpr int kMaxDims = 32;
constexpr int kMaxOperands = 64;

struct Operand {
  uint8_t* data = nullptr;  // points at element 0 of the view (offset applied)
  DType dtype = DType::Float32;
  int ndim = 0;
  // Only the first ndim entries are meaningful (left uninitialized on purpose:
  // an exec call decodes up to kMaxOperands operands, and zeroing them all costs µs).
  int64_t shape[kMaxDims];
  int64_t strides[kMaxDims];  // in elements

  int64_t size() const {
    int64_t n = 1;
    for (int i = 0; i < ndim; i++) n *= shape[i];
    return n;
  }
  bool contiguous() const {
    int64_t s = 1;
    for (int i = ndim - 1; i >= 0; i--) {
      if (shape[i] != 1 && strides[i] != s) return false;
      s *= shape[i];
    }
    return true;
  }
};

struct Call {
  Op op;
  const Operand* in;
  int n_in;
  Operand* out;
  int n_out;
  const double* params;
  int n_params;

  // Integer param i, validated to be an integer in [lo, hi].
  int64_t iparam(int i, int64_t lo, int64_t hi) const;
};

// Thrown by kernels for invalid params or unsupported dtypes; becomes a JS error.
struct KernelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using KernelFn = void (*)(const Call&);

// Registration of kernels by op (one table per process).
void register_kernel(Op op, KernelFn fn);
KernelFn find_kernel(Op op);

size_t dtype_size(DType d);
const char* dtype_name(DType d);

}  // namespace jaxts
