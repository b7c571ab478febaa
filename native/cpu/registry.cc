// The kernel table (by Op id) and dtype facts shared by all families.
#include <cmath>

#include "jaxts/kernel.h"

namespace jaxts {
namespace {
KernelFn table[kNumOps] = {};
}

void register_kernel(Op op, KernelFn fn) {
  auto i = static_cast<int32_t>(op);
  if (i >= 0 && i < kNumOps) table[i] = fn;
}

KernelFn find_kernel(Op op) {
  auto i = static_cast<int32_t>(op);
  return i >= 0 && i < kNumOps ? table[i] : nullptr;
}

size_t dtype_size(DType d) {
  switch (d) {
    case DType::Bool: case DType::Int8: case DType::Uint8: return 1;
    case DType::Int16: case DType::Uint16: case DType::Float16: case DType::Bfloat16: return 2;
    case DType::Int32: case DType::Uint32: case DType::Float32: return 4;
    case DType::Int64: case DType::Uint64: case DType::Float64: return 8;
  }
  return 0;
}

const char* dtype_name(DType d) {
  static const char* names[] = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
                                "uint32", "uint64", "float16", "bfloat16", "float32", "float64"};
  auto i = static_cast<int32_t>(d);
  return i >= 0 && i < kNumDTypes ? names[i] : "?";
}

int64_t Call::iparam(int i, int64_t lo, int64_t hi) const {
  if (i < 0 || i >= n_params) throw KernelError(std::string(op_name(op)) + ": missing param " + std::to_string(i));
  double v = params[i];
  if (!(v == std::floor(v)) || v < (double)lo || v > (double)hi)
    throw KernelError(std::string(op_name(op)) + ": param " + std::to_string(i) + " must be an integer in [" +
                      std::to_string(lo) + ", " + std::to_string(hi) + "], got " + std::to_string(v));
  return (int64_t)v;
}

}  // namespace jaxts
