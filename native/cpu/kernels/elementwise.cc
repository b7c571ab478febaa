// Elementwise kernels (placeholder family: add), compiled once per ISA.
#include "jaxts/dtype.h"
#include "jaxts/family.h"
#include "jaxts/strided.h"

namespace jaxts {
namespace {

template <class T, class F>
void binary_loop(const Call& c, F f) {
  const Operand& a = c.in[0];
  const Operand& b = c.in[1];
  Operand& o = c.out[0];
  uint8_t* data[3] = {a.data, b.data, o.data};
  const int64_t* strides[3] = {a.strides, b.strides, o.strides};
  size_t es[3] = {sizeof(T), sizeof(T), sizeof(T)};
  Loop<3> loop(o.ndim, o.shape, data, strides, es);
  loop.run_parallel([&](uint8_t* const* p, const int64_t* s, int64_t n) {
    auto* pa = p[0]; auto* pb = p[1]; auto* po = p[2];
    if (s[0] == sizeof(T) && s[1] == sizeof(T) && s[2] == sizeof(T)) {
      const T* x = reinterpret_cast<const T*>(pa); const T* y = reinterpret_cast<const T*>(pb); T* z = reinterpret_cast<T*>(po);
      for (int64_t i = 0; i < n; i++) store(z + i, f(load(x + i), load(y + i)));
    } else {
      for (int64_t i = 0; i < n; i++)
        store(reinterpret_cast<T*>(po + i * s[2]), f(load(reinterpret_cast<const T*>(pa + i * s[0])), load(reinterpret_cast<const T*>(pb + i * s[1]))));
    }
  });
}

void add_kernel(const Call& c) {
  dispatch_dtype(c.out[0].dtype, [&]<class T>() {
    if constexpr (std::is_same_v<T, bool>) throw KernelError("add: bool is not supported");
    else binary_loop<T>(c, [](auto x, auto y) { return x + y; });
  });
}

}  // namespace

JAXTS_FAMILY(elementwise) { register_kernel(Op::Add, add_kernel); }

}  // namespace jaxts
