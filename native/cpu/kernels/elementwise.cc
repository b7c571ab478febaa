// Elementwise kernels (placeholder family: add), compiled once per ISA.
#include "jaxts/family.h"
#include "jaxts/map.h"

namespace jaxts {
namespace {

void add_kernel(const Call& c) {
  dispatch_dtype(c.out[0].dtype, [&]<class T>() {
    if constexpr (std::is_same_v<T, bool>) throw KernelError("add: bool is not supported");
    else map2<T, T, T>(c, [](auto x, auto y) { return x + y; });
  });
}

}  // namespace

JAXTS_FAMILY(elementwise) { register_kernel(Op::Add, add_kernel); }

}  // namespace jaxts
