// Elementwise maps over strided views: out[i] = f(in0[i], in1[i], ...), with
// loads/stores through the dtype's compute type (f16/bf16 in float). The
// all-contiguous case is a flat loop the compiler vectorizes for the ISA this
// copy is built for; broadcast (stride 0) and strided runs take the general
// loop. Work is split across the thread pool for large outputs.
#pragma once
#include <cstdint>
#include <string>
#include <utility>

#include "jaxts/dtype.h"
#include "jaxts/strided.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN

template <class T>
inline const T* at(const uint8_t* p, int64_t i, int64_t stride) {
  return reinterpret_cast<const T*>(p + i * stride);
}
template <class T>
inline T* at_mut(uint8_t* p, int64_t i, int64_t stride) {
  return reinterpret_cast<T*>(p + i * stride);
}

// The binding layer checks each view against its own memory; an elementwise
// kernel must also check that the operands agree with each other: count,
// element sizes of the kernel's types, and every shape equal to the output's.
template <class... In>
inline void check_map(const Call& c, size_t out_size) {
  constexpr int n = sizeof...(In);
  const size_t sz[] = {sizeof(In)...};
  if (c.n_in != n || c.n_out != 1)
    throw KernelError(std::string(op_name(c.op)) + ": needs " + std::to_string(n) + " inputs and 1 output");
  const Operand& o = c.out[0];
  if (dtype_size(o.dtype) != out_size) throw KernelError(std::string(op_name(c.op)) + ": output dtype does not match the kernel");
  for (int k = 0; k < n; k++) {
    const Operand& a = c.in[k];
    if (dtype_size(a.dtype) != sz[k] || a.ndim != o.ndim)
      throw KernelError(std::string(op_name(c.op)) + ": operand dtype or rank does not match the output");
    for (int i = 0; i < o.ndim; i++)
      if (a.shape[i] != o.shape[i]) throw KernelError(std::string(op_name(c.op)) + ": operand shape does not match the output");
  }
}

// out (type O) = f(in0 (type A)).
template <class A, class O, class F>
void map1(const Call& c, F f, int64_t grain = 1 << 17) {
  check_map<A>(c, sizeof(O));
  const Operand& a = c.in[0];
  Operand& o = c.out[0];
  uint8_t* data[2] = {a.data, o.data};
  const int64_t* strides[2] = {a.strides, o.strides};
  size_t es[2] = {sizeof(A), sizeof(O)};
  Loop<2> loop(o.ndim, o.shape, data, strides, es);
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        if (s[0] == (int64_t)sizeof(A) && s[1] == (int64_t)sizeof(O)) {
          const A* x = reinterpret_cast<const A*>(p[0]);
          O* z = reinterpret_cast<O*>(p[1]);
          for (int64_t i = 0; i < n; i++) store(z + i, f(load(x + i)));
        } else {
          for (int64_t i = 0; i < n; i++) store(at_mut<O>(p[1], i, s[1]), f(load(at<A>(p[0], i, s[0]))));
        }
      },
      grain);
}

// out (type O) = f(in0 (A), in1 (B)); operands already share the output's shape.
template <class A, class B, class O, class F>
void map2(const Call& c, F f, int64_t grain = 1 << 17) {
  check_map<A, B>(c, sizeof(O));
  const Operand& a = c.in[0];
  const Operand& b = c.in[1];
  Operand& o = c.out[0];
  uint8_t* data[3] = {a.data, b.data, o.data};
  const int64_t* strides[3] = {a.strides, b.strides, o.strides};
  size_t es[3] = {sizeof(A), sizeof(B), sizeof(O)};
  Loop<3> loop(o.ndim, o.shape, data, strides, es);
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        const bool ca = s[0] == (int64_t)sizeof(A), cb = s[1] == (int64_t)sizeof(B), co = s[2] == (int64_t)sizeof(O);
        if (ca && cb && co) {
          const A* x = reinterpret_cast<const A*>(p[0]);
          const B* y = reinterpret_cast<const B*>(p[1]);
          O* z = reinterpret_cast<O*>(p[2]);
          for (int64_t i = 0; i < n; i++) store(z + i, f(load(x + i), load(y + i)));
        } else if (ca && s[1] == 0 && co) {  // array op scalar (broadcast)
          const A* x = reinterpret_cast<const A*>(p[0]);
          const auto y = load(reinterpret_cast<const B*>(p[1]));
          O* z = reinterpret_cast<O*>(p[2]);
          for (int64_t i = 0; i < n; i++) store(z + i, f(load(x + i), y));
        } else if (s[0] == 0 && cb && co) {  // scalar op array
          const auto x = load(reinterpret_cast<const A*>(p[0]));
          const B* y = reinterpret_cast<const B*>(p[1]);
          O* z = reinterpret_cast<O*>(p[2]);
          for (int64_t i = 0; i < n; i++) store(z + i, f(x, load(y + i)));
        } else {
          for (int64_t i = 0; i < n; i++)
            store(at_mut<O>(p[2], i, s[2]), f(load(at<A>(p[0], i, s[0])), load(at<B>(p[1], i, s[1]))));
        }
      },
      grain);
}

// out (type O) = f(in0 (A), in1 (B), in2 (C)).
template <class A, class B, class C, class O, class F>
void map3(const Call& c, F f, int64_t grain = 1 << 17) {
  check_map<A, B, C>(c, sizeof(O));
  uint8_t* data[4] = {c.in[0].data, c.in[1].data, c.in[2].data, c.out[0].data};
  const int64_t* strides[4] = {c.in[0].strides, c.in[1].strides, c.in[2].strides, c.out[0].strides};
  size_t es[4] = {sizeof(A), sizeof(B), sizeof(C), sizeof(O)};
  Loop<4> loop(c.out[0].ndim, c.out[0].shape, data, strides, es);
  loop.run_parallel(
      [&](uint8_t* const* p, const int64_t* s, int64_t n) {
        for (int64_t i = 0; i < n; i++)
          store(at_mut<O>(p[3], i, s[3]), f(load(at<A>(p[0], i, s[0])), load(at<B>(p[1], i, s[1])), load(at<C>(p[2], i, s[2]))));
      },
      grain);
}

JAXTS_ISA_END  // namespace jaxts::isa_<ISA>
