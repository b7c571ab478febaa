// Comparison, logical/bitwise, shift and bit-count elementwise kernels, and
// select_n, with the reference backend's semantics: comparisons on values
// (f16/bf16 widened), shifts by amounts outside [0, bits) give 0 (left and
// logical) or the sign fill (arithmetic, which reads unsigned bits as signed),
// select_n clamps its index into [0, n).
#include "jaxts/ew.h"
#include "jaxts/family.h"

namespace jaxts {
namespace {

using namespace ew;

#define JAXTS_COMPARE(NAME, OPER)                                                   \
  void NAME##_kernel(const Call& c) {                                               \
    check_shapes(c, 2);                                                             \
    check_dtypes(c, 0, 2, c.in[0].dtype);                                           \
    if (c.out[0].dtype != DType::Bool) fail(c, "output must be bool");              \
    dispatch_dtype(c.in[0].dtype, [&]<class T>() {                                  \
      map<bool, T, T>(c, [](C<T> a, C<T> b) -> bool { return a OPER b; });          \
    });                                                                             \
  }

JAXTS_COMPARE(eq, ==)
JAXTS_COMPARE(ne, !=)
JAXTS_COMPARE(lt, <)
JAXTS_COMPARE(le, <=)
JAXTS_COMPARE(gt, >)
JAXTS_COMPARE(ge, >=)

DType same_dtype(const Call& c, int n) {
  check_shapes(c, n);
  const DType d = c.out[0].dtype;
  check_dtypes(c, 0, n, d);
  return d;
}

#define JAXTS_BITWISE(NAME, OPER)                                                          \
  void NAME##_kernel(const Call& c) {                                                      \
    dispatch_dtype(same_dtype(c, 2), [&]<class T>() {                                      \
      if constexpr (is_float_v<T>) fail(c, "expected an integer or bool dtype");           \
      else if constexpr (std::is_same_v<T, bool>)                                          \
        map<uint8_t, uint8_t, uint8_t>(c, [](uint8_t a, uint8_t b) -> uint8_t { return a OPER b; }); \
      else map<T, T, T>(c, [](T a, T b) -> T { return T(a OPER b); });                     \
    });                                                                                    \
  }

JAXTS_BITWISE(and, &)
JAXTS_BITWISE(or, |)
JAXTS_BITWISE(xor, ^)

void not_kernel(const Call& c) {
  dispatch_dtype(same_dtype(c, 1), [&]<class T>() {
    if constexpr (is_float_v<T>) fail(c, "expected an integer or bool dtype");
    else if constexpr (std::is_same_v<T, bool>) map<uint8_t, uint8_t>(c, [](uint8_t a) -> uint8_t { return a ^ 1; });
    else map<T, T>(c, [](T a) -> T { return T(~a); });
  });
}

template <class T> constexpr bool is_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;
template <class T> using S = std::make_signed_t<T>;
template <class T> using U = std::make_unsigned_t<T>;

// Unsigned reading of a shift amount: negative amounts become huge, so one compare covers both.
template <class T> inline uint64_t amount(T s) { return uint64_t(int64_t(s)) ; }

#define JAXTS_INT_BINARY(NAME, EXPR)                                                \
  void NAME##_kernel(const Call& c) {                                               \
    dispatch_dtype(same_dtype(c, 2), [&]<class T>() {                               \
      if constexpr (!is_int_v<T>) fail(c, "expected an integer dtype");             \
      else {                                                                        \
        constexpr uint64_t B = sizeof(T) * 8;                                       \
        map<T, T, T>(c, [](T a, T s) -> T { return EXPR; });                        \
      }                                                                             \
    });                                                                             \
  }

// For unsigned T, amount(s) is the value itself (uint64 amounts >= 2^63 also read as huge).
JAXTS_INT_BINARY(shift_left, (std::is_signed_v<T> ? amount(s) : uint64_t(s)) >= B ? T(0) : T(W<T>(a) << (W<T>(s) & (B - 1))))
JAXTS_INT_BINARY(shift_right_logical,
                 (std::is_signed_v<T> ? amount(s) : uint64_t(s)) >= B ? T(0) : T(U<T>(a) >> (U<T>(s) & (B - 1))))
JAXTS_INT_BINARY(shift_right_arithmetic,
                 T(S<T>(a) >> ((std::is_signed_v<T> ? amount(s) : uint64_t(s)) >= B ? (B - 1) : (U<T>(s) & (B - 1)))))

#define JAXTS_INT_UNARY(NAME, EXPR)                                                 \
  void NAME##_kernel(const Call& c) {                                               \
    dispatch_dtype(same_dtype(c, 1), [&]<class T>() {                               \
      if constexpr (!is_int_v<T>) fail(c, "expected an integer dtype");             \
      else {                                                                        \
        constexpr int B = sizeof(T) * 8;                                            \
        map<T, T>(c, [](T a) -> T { return EXPR; });                                \
      }                                                                             \
    });                                                                             \
  }

JAXTS_INT_UNARY(population_count, T(B == 64 ? __builtin_popcountll(uint64_t(U<T>(a))) : __builtin_popcount(uint32_t(U<T>(a)))))
JAXTS_INT_UNARY(clz, T(U<T>(a) == 0 ? B
                       : B == 64 ? __builtin_clzll(uint64_t(U<T>(a)))
                                 : __builtin_clz(uint32_t(U<T>(a))) - (32 - B)))

// ---- select_n(which, *cases): raw element copies (bit-exact), index clamped into [0, n) ----

template <class E>
inline int64_t clamp_index(E w, int64_t last) {
  if constexpr (std::is_same_v<E, bool>) return w ? std::min<int64_t>(1, last) : 0;
  else if constexpr (std::is_signed_v<E>) return w < 0 ? 0 : int64_t(w) > last ? last : int64_t(w);
  else return uint64_t(w) > uint64_t(last) ? last : int64_t(w);
}

// Cases as unsigned words of their element size. N cases selected in one pass (small N).
template <class E, class V, size_t... I>
void select_fixed(const Call& c, std::index_sequence<I...>) {
  constexpr int64_t last = sizeof...(I) - 1;
  map<V, E, decltype(I, V())...>(c, [](E w, decltype(I, V())... xs) -> V {
    const V vals[] = {xs...};
    return vals[clamp_index(w, last)];
  });
}

template <class E, class V>
void select_kernel_t(const Call& c) {
  const int n = c.n_in - 1;
  switch (n) {
    case 1: return select_fixed<E, V>(c, std::make_index_sequence<1>{});
    case 2: return select_fixed<E, V>(c, std::make_index_sequence<2>{});
    case 3: return select_fixed<E, V>(c, std::make_index_sequence<3>{});
    case 4: return select_fixed<E, V>(c, std::make_index_sequence<4>{});
    default: break;
  }
  // Many cases: one pass per case writes the elements that pick it.
  for (int j = 0; j < n; j++) {
    const int idx[3] = {0, j + 1, 0};
    const size_t es[3] = {sizeof(E), sizeof(V), sizeof(V)};
    Loop<3> loop = make_loop<3>(c, idx, es);
    const int64_t last = n - 1;
    loop.run_parallel([&](uint8_t* const* p, const int64_t* s, int64_t m) {
      for (int64_t i = 0; i < m; i++) {
        if (clamp_index(*reinterpret_cast<const E*>(p[0] + i * s[0]), last) == j)
          std::memcpy(p[2] + i * s[2], p[1] + i * s[1], sizeof(V));
      }
    });
  }
}

void select_n_kernel(const Call& c) {
  if (c.n_in < 2) fail(c, "expected which and at least one case");
  check_shapes(c, c.n_in, 1);
  const DType d = c.out[0].dtype;
  check_dtypes(c, 1, c.n_in, d);
  const DType wd = c.in[0].dtype;
  if (wd == DType::Float16 || wd == DType::Bfloat16 || wd == DType::Float32 || wd == DType::Float64)
    fail(c, "which must be bool or an integer");
  if (wd == DType::Bool && c.n_in > 3) fail(c, "a bool which selects between at most 2 cases");
  dispatch_dtype(wd, [&]<class E>() {
    if constexpr (!is_float_v<E>) {
      switch (dtype_size(d)) {
        case 1: return select_kernel_t<E, uint8_t>(c);
        case 2: return select_kernel_t<E, uint16_t>(c);
        case 4: return select_kernel_t<E, uint32_t>(c);
        case 8: return select_kernel_t<E, uint64_t>(c);
        default: fail(c, "unsupported element size");
      }
    }
  });
}

}  // namespace

JAXTS_FAMILY(elementwise_logic) {
  register_kernel(Op::Eq, eq_kernel);
  register_kernel(Op::Ne, ne_kernel);
  register_kernel(Op::Lt, lt_kernel);
  register_kernel(Op::Le, le_kernel);
  register_kernel(Op::Gt, gt_kernel);
  register_kernel(Op::Ge, ge_kernel);
  register_kernel(Op::And, and_kernel);
  register_kernel(Op::Or, or_kernel);
  register_kernel(Op::Xor, xor_kernel);
  register_kernel(Op::Not, not_kernel);
  register_kernel(Op::ShiftLeft, shift_left_kernel);
  register_kernel(Op::ShiftRightLogical, shift_right_logical_kernel);
  register_kernel(Op::ShiftRightArithmetic, shift_right_arithmetic_kernel);
  register_kernel(Op::PopulationCount, population_count_kernel);
  register_kernel(Op::Clz, clz_kernel);
  register_kernel(Op::SelectN, select_n_kernel);
}

}  // namespace jaxts
