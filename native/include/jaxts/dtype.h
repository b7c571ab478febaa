// C++ element types per DType, float16/bfloat16 conversions through float32
// registers, and a dtype switch used by every kernel family.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>
#if defined(__F16C__)
#include <immintrin.h>
#endif

#include "jaxts/kernel.h"
#include "jaxts/isa.h"

JAXTS_ISA_BEGIN

// Storage types of the 16-bit floats: raw bits; arithmetic happens in float.
struct f16 { uint16_t bits; };
struct bf16 { uint16_t bits; };

inline float f16_to_f32(uint16_t h) {
#if defined(__F16C__)
  return _cvtsh_ss(h);
#else
  uint32_t sign = (h & 0x8000u) << 16, exp = (h >> 10) & 0x1f, mant = h & 0x3ff, bits;
  if (exp == 0) {
    if (mant == 0) bits = sign;
    else {  // subnormal: normalize
      int e = -1;
      do { mant <<= 1; e++; } while (!(mant & 0x400));
      bits = sign | ((uint32_t)(127 - 15 - e) << 23) | ((mant & 0x3ff) << 13);
    }
  } else if (exp == 31) bits = sign | 0x7f800000u | (mant << 13);
  else bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
  float f; std::memcpy(&f, &bits, 4); return f;
#endif
}

inline uint16_t f32_to_f16(float f) {
#if defined(__F16C__)
  return _cvtss_sh(f, 0);  // round to nearest even
#else
  uint32_t x; std::memcpy(&x, &f, 4);
  uint32_t sign = (x >> 16) & 0x8000u;
  uint32_t ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) return (uint16_t)(sign | 0x7e00u);          // NaN
  if (ax >= 0x477ff000u) return (uint16_t)(sign | 0x7c00u);         // overflow -> inf
  if (ax < 0x38800000u) {                                          // subnormal or zero
    float a; std::memcpy(&a, &ax, 4);
    float r = std::nearbyint(a * 16777216.0f);                     // multiples of 2^-24
    return (uint16_t)(sign | (uint32_t)r);
  }
  uint32_t mant_odd = (ax >> 13) & 1;
  ax += 0xc8000fffu + mant_odd;                                    // rebias + round to even
  return (uint16_t)(sign | (ax >> 13));
#endif
}

inline float bf16_to_f32(uint16_t b) {
  uint32_t bits = (uint32_t)b << 16;
  float f; std::memcpy(&f, &bits, 4); return f;
}

inline uint16_t f32_to_bf16(float f) {
  uint32_t x; std::memcpy(&x, &f, 4);
  if ((x & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((x >> 16) | 0x40);  // quiet NaN
  x += 0x7fffu + ((x >> 16) & 1);                                            // round to even
  return (uint16_t)(x >> 16);
}

// The computation type of a storage type: f16/bf16 compute in float.
template <class T> struct Compute { using type = T; };
template <> struct Compute<f16> { using type = float; };
template <> struct Compute<bf16> { using type = float; };

template <class T> inline typename Compute<T>::type load(const T* p) { return *p; }
template <> inline float load<f16>(const f16* p) { return f16_to_f32(p->bits); }
template <> inline float load<bf16>(const bf16* p) { return bf16_to_f32(p->bits); }

template <class T> inline void store(T* p, typename Compute<T>::type v) { *p = v; }
template <> inline void store<f16>(f16* p, float v) { p->bits = f32_to_f16(v); }
template <> inline void store<bf16>(bf16* p, float v) { p->bits = f32_to_bf16(v); }

// Calls f.template operator()<T>() with T the storage type of d.
template <class F>
decltype(auto) dispatch_dtype(DType d, F&& f) {
  switch (d) {
    case DType::Bool: return f.template operator()<bool>();
    case DType::Int8: return f.template operator()<int8_t>();
    case DType::Int16: return f.template operator()<int16_t>();
    case DType::Int32: return f.template operator()<int32_t>();
    case DType::Int64: return f.template operator()<int64_t>();
    case DType::Uint8: return f.template operator()<uint8_t>();
    case DType::Uint16: return f.template operator()<uint16_t>();
    case DType::Uint32: return f.template operator()<uint32_t>();
    case DType::Uint64: return f.template operator()<uint64_t>();
    case DType::Float16: return f.template operator()<f16>();
    case DType::Bfloat16: return f.template operator()<bf16>();
    case DType::Float32: return f.template operator()<float>();
    case DType::Float64: return f.template operator()<double>();
  }
  throw KernelError("unknown dtype");
}

template <class T> constexpr bool is_float_v = std::is_floating_point_v<T> || std::is_same_v<T, f16> || std::is_same_v<T, bf16>;

JAXTS_ISA_END  // namespace jaxts::isa_<ISA>
