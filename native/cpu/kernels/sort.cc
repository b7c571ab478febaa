// sort (multi-operand, lexicographic over the first numKeys operands,
// stable; NaN last, -0 == +0) and top_k (k largest in the IEEE total order,
// ties by index). Each line's keys become order-preserving uint64 keys; one
// key sorts packed (key, index) words, several sort indices lexicographically.
// Operands are then permuted by raw element bytes. Threads over lines.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "jaxts/family.h"
#include "jaxts/parallel.h"
#include "jaxts/reduce_common.h"

namespace jaxts {
namespace {
using namespace red;

// Ascending key for sort: NaN (any sign) above everything, -0 == +0.
// total=true (top_k): IEEE total order, NaNs of one sign equal.
template <class T, bool Total>
inline uint64_t okey(const Elem<T>* p) {
  if constexpr (is_float_v<T>) {
    using I = typename FBits<T>::I;
    using UI = std::make_unsigned_t<I>;
    constexpr int W = sizeof(I) * 8;
    I b = bits_of(p);
    if (is_nan_bits<T>(b)) {
      if (Total && b < 0) return 0;  // -NaN: below everything
      return ~uint64_t(0) >> (64 - W);
    }
    if (!Total && (b & FBits<T>::kAbs) == 0) b = 0;  // -0 -> +0
    UI u = (UI)b;
    u = (b < 0) ? (UI)~u : (UI)(u | (UI(1) << (W - 1)));
    return (uint64_t)u + (Total ? 1 : 0);  // Total: leave 0 for -NaN
  } else if constexpr (std::is_signed_v<Elem<T>>) {
    using UI = std::make_unsigned_t<Elem<T>>;
    return (uint64_t)(UI)((UI)*p ^ (UI)(UI(1) << (sizeof(UI) * 8 - 1)));
  } else {
    return (uint64_t)*p;
  }
}
template <class T> constexpr int key_bits() { return (int)sizeof(Elem<T>) * 8; }

using KeyFn = void (*)(const uint8_t* p, int64_t n, int64_t s, uint64_t* out);
template <class T, bool Total>
void keys_of(const uint8_t* p, int64_t n, int64_t s, uint64_t* out) {
  const Elem<T>* x = reinterpret_cast<const Elem<T>*>(p);
  for (int64_t i = 0; i < n; i++) out[i] = okey<T, Total>(x + i * s);
}
template <bool Total> KeyFn key_fn(DType d, int& bits) {
  return dispatch_dtype(d, [&]<class T>() -> KeyFn {
    bits = key_bits<T>();
    return &keys_of<T, Total>;
  });
}

// Stable LSD radix sort of n keys of kbits (<= 32) bits: perm = positions in key order.
void radix_order(const uint64_t* key, int kbits, int64_t n, std::vector<uint32_t>& buf, uint32_t* perm) {
  buf.resize(3 * n);
  uint32_t *a = buf.data(), *ia = perm, *b = buf.data() + n, *ib = buf.data() + 2 * n;
  for (int64_t i = 0; i < n; i++) { a[i] = (uint32_t)key[i]; ia[i] = (uint32_t)i; }
  for (int shift = 0; shift < kbits; shift += 8) {
    uint32_t cnt[256] = {};
    for (int64_t i = 0; i < n; i++) cnt[(a[i] >> shift) & 255]++;
    if (cnt[(a[0] >> shift) & 255] == (uint32_t)n) continue;  // one digit everywhere
    uint32_t sum = 0;
    for (int d = 0; d < 256; d++) { uint32_t c = cnt[d]; cnt[d] = sum; sum += c; }
    for (int64_t i = 0; i < n; i++) {
      uint32_t pos = cnt[(a[i] >> shift) & 255]++;
      b[pos] = a[i];
      ib[pos] = ia[i];
    }
    std::swap(a, b);
    std::swap(ia, ib);
  }
  if (ia != perm) std::memcpy(perm, ia, n * sizeof(uint32_t));
}

// Sorted order of positions [0, n) by keys (ascending, then index).
void order(int nk, uint64_t* const* keys, int kbits, int64_t n, std::vector<uint64_t>& packed, std::vector<uint32_t>& rbuf, uint32_t* perm) {
  if (nk == 1 && kbits <= 32 && n >= 64 && n < (int64_t(1) << 32)) {
    radix_order(keys[0], kbits, n, rbuf, perm);
    return;
  }
  if (nk == 1 && kbits <= 32 && n <= (int64_t(1) << 31)) {
    packed.resize(n);
    for (int64_t i = 0; i < n; i++) packed[i] = (keys[0][i] << 32) | (uint64_t)i;
    std::sort(packed.begin(), packed.end());
    for (int64_t i = 0; i < n; i++) perm[i] = (uint32_t)packed[i];
    return;
  }
  for (int64_t i = 0; i < n; i++) perm[i] = (uint32_t)i;
  std::sort(perm, perm + n, [&](uint32_t a, uint32_t b) {
    for (int k = 0; k < nk; k++)
      if (keys[k][a] != keys[k][b]) return keys[k][a] < keys[k][b];
    return a < b;
  });
}

template <class E>
void permute(const uint8_t* src, int64_t ss, uint8_t* dst, int64_t ds, const uint32_t* perm, int64_t n) {
  const E* s = reinterpret_cast<const E*>(src);
  E* d = reinterpret_cast<E*>(dst);
  for (int64_t t = 0; t < n; t++) d[t * ds] = s[perm[t] * ss];
}
void permute_bytes(size_t es, const uint8_t* src, int64_t ss, uint8_t* dst, int64_t ds, const uint32_t* perm, int64_t n) {
  switch (es) {
    case 1: return permute<uint8_t>(src, ss, dst, ds, perm, n);
    case 2: return permute<uint16_t>(src, ss, dst, ds, perm, n);
    case 4: return permute<uint32_t>(src, ss, dst, ds, perm, n);
    default: return permute<uint64_t>(src, ss, dst, ds, perm, n);
  }
}

// Element offset of line l along the non-axis dims of an operand.
int64_t line_offset(const Operand& x, int axis, const int64_t* oshape, int64_t l) {
  int64_t off = 0;
  for (int i = x.ndim - 1; i >= 0; i--) {
    if (i == axis) continue;
    off += (l % oshape[i]) * x.strides[i];
    l /= oshape[i];
  }
  return off;
}

void sort_kernel(const Call& c) {
  if (c.n_in < 1 || c.n_out != c.n_in) fail(c, "expected one output per operand");
  if (c.n_params != 2) fail(c, "expected params [dimension, numKeys]");
  const Operand& x0 = c.in[0];
  if (x0.ndim == 0) fail(c, "operand must have at least one axis");
  const int axis = (int)c.iparam(0, 0, x0.ndim - 1);
  const int nk = (int)c.iparam(1, 1, c.n_in);
  for (int k = 0; k < c.n_in; k++) {
    const Operand& x = c.in[k];
    if (x.ndim != x0.ndim) fail(c, "operands must have equal shapes");
    for (int i = 0; i < x.ndim; i++)
      if (x.shape[i] != x0.shape[i]) fail(c, "operands must have equal shapes");
    if (c.out[k].dtype != x.dtype) fail(c, "output dtypes must equal the operands'");
    expect_line_shape(c, x, c.out[k], axis, x.shape[axis]);
  }
  const int64_t n = x0.shape[axis];
  int64_t lines = 1;
  for (int i = 0; i < x0.ndim; i++)
    if (i != axis) lines *= x0.shape[i];
  if (lines == 0 || n == 0) return;
  if (n > (int64_t(1) << 32) - 1) fail(c, "axis too long");
  std::vector<KeyFn> kf(nk);
  int kbits = 0;
  for (int k = 0; k < nk; k++) kf[k] = key_fn<false>(c.in[k].dtype, kbits);
  parallel_for(lines, std::max<int64_t>(1, (1 << 14) / n), [&](int64_t b, int64_t e) {
    std::vector<uint64_t> keybuf((size_t)nk * n), packed;
    std::vector<uint32_t> rbuf;
    std::vector<uint64_t*> keys(nk);
    std::vector<uint32_t> perm(n);
    for (int k = 0; k < nk; k++) keys[k] = keybuf.data() + (size_t)k * n;
    for (int64_t l = b; l < e; l++) {
      for (int k = 0; k < nk; k++) {
        const Operand& x = c.in[k];
        kf[k](x.data + line_offset(x, axis, x0.shape, l) * (int64_t)dtype_size(x.dtype), n, x.strides[axis], keys[k]);
      }
      order(nk, keys.data(), kbits, n, packed, rbuf, perm.data());
      for (int k = 0; k < c.n_in; k++) {
        const Operand& x = c.in[k];
        const Operand& o = c.out[k];
        const size_t es = dtype_size(x.dtype);
        permute_bytes(es, x.data + line_offset(x, axis, x0.shape, l) * (int64_t)es, x.strides[axis],
                      o.data + line_offset(o, axis, x0.shape, l) * (int64_t)es, o.strides[axis], perm.data(), n);
      }
    }
  });
}

void top_k_kernel(const Call& c) {
  expect_arity(c, 1, 2);
  if (c.n_params != 2) fail(c, "expected params [k, axis]");
  const Operand& x = c.in[0];
  if (x.ndim == 0) fail(c, "operand must have at least one axis");
  const int axis = (int)c.iparam(1, 0, x.ndim - 1);
  const int64_t n = x.shape[axis];
  const int64_t k = c.iparam(0, 0, n);
  const Operand& ov = c.out[0];
  const Operand& oi = c.out[1];
  if (ov.dtype != x.dtype) fail(c, "values dtype must equal the operand's");
  if (oi.dtype != DType::Int32) fail(c, "indices must be int32");
  expect_line_shape(c, x, ov, axis, k);
  expect_line_shape(c, x, oi, axis, k);
  int64_t lines = 1;
  for (int i = 0; i < x.ndim; i++)
    if (i != axis) lines *= x.shape[i];
  if (lines == 0 || k == 0) return;
  if (n > (int64_t(1) << 31) - 1) fail(c, "axis too long");
  int kbits = 0;
  KeyFn kf = key_fn<true>(x.dtype, kbits);
  const size_t es = dtype_size(x.dtype);
  parallel_for(lines, std::max<int64_t>(1, (1 << 14) / n), [&](int64_t b, int64_t e) {
    std::vector<uint64_t> key(n), packed;
    std::vector<uint32_t> perm(n);
    for (int64_t l = b; l < e; l++) {
      kf(x.data + line_offset(x, axis, x.shape, l) * (int64_t)es, n, x.strides[axis], key.data());
      // Descending keys, ascending index: sort (~key, index).
      if (kbits <= 32) {
        packed.resize(n);
        for (int64_t i = 0; i < n; i++) packed[i] = ((~key[i] & 0xffffffffull) << 32) | (uint64_t)i;
        if (k < n) std::nth_element(packed.begin(), packed.begin() + (k - 1), packed.end());
        std::sort(packed.begin(), packed.begin() + k);
        for (int64_t i = 0; i < k; i++) perm[i] = (uint32_t)packed[i];
      } else {
        for (int64_t i = 0; i < n; i++) perm[i] = (uint32_t)i;
        auto cmp = [&](uint32_t a, uint32_t bb) { return key[a] != key[bb] ? key[a] > key[bb] : a < bb; };
        if (k < n) std::nth_element(perm.begin(), perm.begin() + (k - 1), perm.end(), cmp);
        std::sort(perm.begin(), perm.begin() + k, cmp);
      }
      permute_bytes(es, x.data + line_offset(x, axis, x.shape, l) * (int64_t)es, x.strides[axis],
                    ov.data + line_offset(ov, axis, ov.shape, l) * (int64_t)es, ov.strides[axis], perm.data(), k);
      int32_t* ix = reinterpret_cast<int32_t*>(oi.data) + line_offset(oi, axis, oi.shape, l);
      for (int64_t t = 0; t < k; t++) ix[t * oi.strides[axis]] = (int32_t)perm[t];
    }
  });
}

}  // namespace

JAXTS_FAMILY(sort) {
  register_kernel(Op::Sort, sort_kernel);
  register_kernel(Op::TopK, top_k_kernel);
}

}  // namespace jaxts
