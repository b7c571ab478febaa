// dot_general on the CPU, the reference kernel's semantics (src/backend/
// reference/kernels/dot.ts): operands are converted to the computation dtype
// (param 0); float32/float64 go to the system BLAS (strided views that already
// are row- or column-major matrices per batch are passed in place with
// transpose flags), float16/bfloat16 accumulate in float32 and round once;
// integers wrap (uint32/uint64 arithmetic, truncated to the dtype); bool is an
// or of ands; everything else runs the portable blocked GEMM (jaxts/gemm.h).
// Params: [compDType, nBatch, nContract, lhsBatch…, rhsBatch…, lhsContract…, rhsContract…].
#include <cmath>
#include <limits>
#include <vector>

#include "jaxts/blas.h"
#include "jaxts/dtype.h"
#include "jaxts/family.h"
#include "jaxts/gemm.h"
#include "jaxts/memory.h"

namespace jaxts {
namespace {

// ---- element conversion with convert_element_type semantics (as core/convert.ts) ----

template <class D>
D half_from_double(double x) {
  float f = (float)x;
  if (!std::isnan(x) && (double)f != x) {  // round to odd in float, then once to the 16-bit type
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    if (std::fabs((double)f) > std::fabs(x)) bits -= 1;
    bits |= 1;
    std::memcpy(&f, &bits, 4);
  }
  D d;
  store<D>(&d, f);
  return d;
}

template <class D>
D saturate(double x) {
  if (std::isnan(x)) return D(0);
  if constexpr (std::is_same_v<D, int64_t>) {
    if (x >= 9223372036854775808.0) return std::numeric_limits<int64_t>::max();
    if (x <= -9223372036854775808.0) return std::numeric_limits<int64_t>::min();
    return (int64_t)x;
  } else if constexpr (std::is_same_v<D, uint64_t>) {
    if (x >= 18446744073709551616.0) return std::numeric_limits<uint64_t>::max();
    if (!(x > -1.0)) return 0;
    return (uint64_t)std::trunc(x);
  } else {
    double t = std::trunc(x);
    t = std::min<double>(std::max<double>(t, (double)std::numeric_limits<D>::lowest()), (double)std::numeric_limits<D>::max());
    return (D)t;
  }
}

template <class T>
constexpr bool is_half_v = std::is_same_v<T, f16> || std::is_same_v<T, bf16>;

template <class D, class S>
inline D cvt(S s) {
  if constexpr (std::is_same_v<D, S>) {
    return s;
  } else if constexpr (std::is_same_v<D, bool>) {
    return load(&s) != 0;
  } else if constexpr (is_float_v<D>) {
    if constexpr (is_float_v<S>) {
      auto x = load(&s);
      if constexpr (is_half_v<D>) {
        if constexpr (std::is_same_v<decltype(x), double>) return half_from_double<D>(x);
        else {
          D d;
          store<D>(&d, x);
          return d;
        }
      } else {
        return (D)x;
      }
    } else if constexpr (is_half_v<D>) {
      return half_from_double<D>((double)s);
    } else if constexpr (sizeof(S) == 8 && std::is_same_v<D, float>) {
      return (float)(double)s;  // as Number(bigint) then fround
    } else {
      return (D)s;
    }
  } else {
    if constexpr (is_float_v<S>) return saturate<D>((double)load(&s));
    else return static_cast<D>(s);  // integers wrap; bool is 0/1
  }
}

// The GEMM element type of a computation dtype.
template <class Comp>
using CtOf = std::conditional_t<
    std::is_same_v<Comp, bool>, uint8_t,
    std::conditional_t<is_half_v<Comp> || std::is_same_v<Comp, float>, float,
                       std::conditional_t<std::is_same_v<Comp, double>, double,
                                          std::conditional_t<(sizeof(Comp) <= 4), uint32_t, uint64_t>>>>;

// Source element -> GEMM element (through the computation dtype).
template <class Comp, class S>
inline CtOf<Comp> to_ct(S s) {
  using CT = CtOf<Comp>;
  if constexpr (std::is_same_v<Comp, bool>) return (CT)cvt<bool>(s);
  else if constexpr (is_float_v<Comp>) {
    const Comp v = cvt<Comp>(s);
    return (CT)load(&v);
  }
  else return (CT)cvt<Comp>(s);
}

// GEMM element -> output element (integers first wrap to the computation dtype).
template <class Out, class Comp>
inline Out from_ct(CtOf<Comp> v) {
  if constexpr (std::is_same_v<Comp, bool>) return cvt<Out>((bool)(v != 0));
  else if constexpr (is_float_v<Comp>) return cvt<Out>(v);
  else return cvt<Out>((Comp)v);
}

// Whether a dtype's storage already is the GEMM element of `comp` (no conversion pass needed).
bool same_repr(DType src, DType comp) {
  switch (comp) {
    case DType::Float32: return src == DType::Float32;
    case DType::Float64: return src == DType::Float64;
    case DType::Int32: case DType::Uint32: return src == DType::Int32 || src == DType::Uint32;
    case DType::Int64: case DType::Uint64: return src == DType::Int64 || src == DType::Uint64;
    case DType::Bool: return src == DType::Bool;
    default: return false;
  }
}

// ---- operand geometry ----

struct Group {  // a list of axes of one operand, collapsed to one (size, stride) when possible
  int64_t size = 1, stride = 0;
  bool ok = true;
};

Group collapse(const Operand& x, const int* axes, int n) {
  Group g;
  int64_t prev_size = 0, prev_stride = 0;
  bool have = false;
  for (int i = 0; i < n; i++) {
    int64_t s = x.shape[axes[i]], st = x.strides[axes[i]];
    g.size *= s;
    if (s == 1) continue;
    if (have && prev_stride != st * s) g.ok = false;
    prev_size = s;
    prev_stride = st;
    have = true;
  }
  (void)prev_size;
  g.stride = have ? prev_stride : 0;
  if (g.size == 0) g.ok = true;
  return g;
}

// Row-major BLAS layout of an R×C view with strides (rs, cs): as is or transposed.
bool blas_layout(int64_t R, int64_t C, int64_t rs, int64_t cs, bool& trans, int64_t& ld) {
  if ((C <= 1 || cs == 1) && (R <= 1 || rs >= std::max<int64_t>(1, C))) {
    trans = false;
    ld = R <= 1 ? std::max<int64_t>(1, C) : rs;
    return true;
  }
  if ((R <= 1 || rs == 1) && (C <= 1 || cs >= std::max<int64_t>(1, R))) {
    trans = true;
    ld = C <= 1 ? std::max<int64_t>(1, R) : cs;
    return true;
  }
  return false;
}

struct Scratch {
  memory::Block b{nullptr, 0};
  void* get(size_t bytes) {
    b = memory::allocate(std::max<size_t>(bytes, 64));
    return b.ptr;
  }
  ~Scratch() {
    if (b.ptr) memory::release(b);
  }
};

// One operand as B matrices R×C of GEMM elements: element (b, r, c) at base[off[b] + r*rs + c*cs].
template <class CT>
struct Mat {
  const CT* base = nullptr;
  std::vector<int64_t> off;  // empty: off[b] = b * bstride
  int64_t bstride = 0, rs = 0, cs = 0;
  int64_t at(int64_t b) const { return off.empty() ? b * bstride : off[b]; }
};

// Offsets of every batch index (row-major over `axes`) in a strided operand.
std::vector<int64_t> batch_offsets(const Operand& x, const int* axes, int n, int64_t B) {
  std::vector<int64_t> off((size_t)B, 0);
  int64_t idx[kMaxDims] = {};
  int64_t cur = 0;
  for (int64_t b = 0; b < B; b++) {
    off[(size_t)b] = cur;
    for (int i = n - 1; i >= 0; i--) {
      int a = axes[i];
      if (++idx[i] < x.shape[a]) {
        cur += x.strides[a];
        break;
      }
      cur -= (idx[i] - 1) * x.strides[a];
      idx[i] = 0;
    }
  }
  return off;
}

// Converts n strided source elements into GEMM elements (one instantiation per source/computation dtype pair).
using RowFn = void (*)(const void* src, int64_t stride, int64_t n, void* dst);
template <class Comp, class S>
void convert_row(const void* src, int64_t stride, int64_t n, void* dst) {
  const S* p = static_cast<const S*>(src);
  auto* d = static_cast<CtOf<Comp>*>(dst);
  if (stride == 1) {
    for (int64_t j = 0; j < n; j++) d[j] = to_ct<Comp>(p[j]);
  } else {
    for (int64_t j = 0; j < n; j++) d[j] = to_ct<Comp>(p[j * stride]);
  }
}

// Copies the view permuted to `axes` (batch, rows, cols order) into a contiguous GEMM-element buffer.
void materialize(const Operand& x, const int* axes, int n, void* dst, size_t ct_size, RowFn row) {
  int64_t shape[kMaxDims], strides[kMaxDims];
  int64_t total = 1;
  for (int i = 0; i < n; i++) {
    shape[i] = x.shape[axes[i]];
    strides[i] = x.strides[axes[i]];
    total *= shape[i];
  }
  if (total == 0) return;
  const int64_t inner = n ? shape[n - 1] : 1, istride = n ? strides[n - 1] : 0;
  const int64_t rows = total / inner;
  const size_t es = dtype_size(x.dtype);
  parallel_for(rows, std::max<int64_t>(1, (1 << 15) / std::max<int64_t>(inner, 1)), [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      int64_t rem = r, off = 0;
      for (int i = n - 2; i >= 0; i--) {
        off += (rem % shape[i]) * strides[i];
        rem /= shape[i];
      }
      row(x.data + off * (int64_t)es, istride, inner, static_cast<uint8_t*>(dst) + (size_t)(r * inner) * ct_size);
    }
  });
}

// GEMM elements -> output elements, n contiguous.
using OutFn = void (*)(const void* src, int64_t n, void* dst);
template <class Out, class Comp>
void output_row(const void* src, int64_t n, void* dst) {
  const auto* s = static_cast<const CtOf<Comp>*>(src);
  Out* d = static_cast<Out*>(dst);
  for (int64_t i = 0; i < n; i++) d[i] = from_ct<Out, Comp>(s[i]);
}

struct Dims {
  int nb = 0, nc = 0, nlf = 0, nrf = 0;
  int lb[kMaxDims], rb[kMaxDims], lc[kMaxDims], rc[kMaxDims], lf[kMaxDims], rf[kMaxDims];
  int64_t B = 1, M = 1, N = 1, K = 1;
};

Dims decode(const Call& c) {
  if (c.n_in != 2 || c.n_out != 1) throw KernelError("dot_general: expects 2 inputs and 1 output");
  const Operand &l = c.in[0], &r = c.in[1], &o = c.out[0];
  Dims d;
  c.iparam(0, 0, kNumDTypes - 1);
  d.nb = (int)c.iparam(1, 0, kMaxDims);
  d.nc = (int)c.iparam(2, 0, kMaxDims);
  if (c.n_params != 3 + 2 * d.nb + 2 * d.nc) throw KernelError("dot_general: wrong number of params");
  bool lused[kMaxDims] = {}, rused[kMaxDims] = {};
  auto axis = [&](int i, const Operand& x, bool* used) {
    int a = (int)c.iparam(i, 0, std::max(0, x.ndim - 1));
    if (x.ndim == 0 || used[a]) throw KernelError("dot_general: invalid or repeated dimension number");
    used[a] = true;
    return a;
  };
  int p = 3;
  for (int i = 0; i < d.nb; i++) d.lb[i] = axis(p++, l, lused);
  for (int i = 0; i < d.nb; i++) d.rb[i] = axis(p++, r, rused);
  for (int i = 0; i < d.nc; i++) d.lc[i] = axis(p++, l, lused);
  for (int i = 0; i < d.nc; i++) d.rc[i] = axis(p++, r, rused);
  for (int i = 0; i < d.nb; i++) {
    if (l.shape[d.lb[i]] != r.shape[d.rb[i]]) throw KernelError("dot_general: batch dimensions differ");
    d.B *= l.shape[d.lb[i]];
  }
  for (int i = 0; i < d.nc; i++) {
    if (l.shape[d.lc[i]] != r.shape[d.rc[i]]) throw KernelError("dot_general: contracting dimensions differ");
    d.K *= l.shape[d.lc[i]];
  }
  for (int a = 0; a < l.ndim; a++)
    if (!lused[a]) d.lf[d.nlf++] = a, d.M *= l.shape[a];
  for (int a = 0; a < r.ndim; a++)
    if (!rused[a]) d.rf[d.nrf++] = a, d.N *= r.shape[a];
  if (o.ndim != d.nb + d.nlf + d.nrf || !o.contiguous()) throw KernelError("dot_general: output rank/layout mismatch");
  int k = 0;
  for (int i = 0; i < d.nb; i++)
    if (o.shape[k++] != l.shape[d.lb[i]]) throw KernelError("dot_general: output shape mismatch");
  for (int i = 0; i < d.nlf; i++)
    if (o.shape[k++] != l.shape[d.lf[i]]) throw KernelError("dot_general: output shape mismatch");
  for (int i = 0; i < d.nrf; i++)
    if (o.shape[k++] != r.shape[d.rf[i]]) throw KernelError("dot_general: output shape mismatch");
  return d;
}

// Prepares one operand: in place when its layout allows (and `need_blas` layouts are met), else a packed copy.
template <class Comp>
Mat<CtOf<Comp>> prepare(const Operand& x, DType comp, const int* bax, int nb, const int* rax, int nr, const int* cax,
                        int ncx, int64_t B, int64_t R, int64_t C, bool need_blas, Scratch& scratch) {
  using CT = CtOf<Comp>;
  Mat<CT> m;
  Group gr = collapse(x, rax, nr), gc = collapse(x, cax, ncx);
  bool inplace = same_repr(x.dtype, comp) && gr.ok && gc.ok;
  if (inplace && need_blas) {
    bool t;
    int64_t ld;
    inplace = blas_layout(R, C, gr.stride, gc.stride, t, ld);
  }
  if (inplace) {
    m.base = reinterpret_cast<const CT*>(x.data);
    m.rs = gr.stride;
    m.cs = gc.stride;
    Group gb = collapse(x, bax, nb);
    if (gb.ok) m.bstride = gb.stride;
    else m.off = batch_offsets(x, bax, nb, B);
    return m;
  }
  int axes[kMaxDims];
  int n = 0;
  for (int i = 0; i < nb; i++) axes[n++] = bax[i];
  for (int i = 0; i < nr; i++) axes[n++] = rax[i];
  for (int i = 0; i < ncx; i++) axes[n++] = cax[i];
  CT* buf = static_cast<CT*>(scratch.get((size_t)(B * R * C) * sizeof(CT)));
  RowFn row = dispatch_dtype(x.dtype, []<class S>() -> RowFn { return &convert_row<Comp, S>; });
  materialize(x, axes, n, buf, sizeof(CT), row);
  m.base = buf;
  m.bstride = R * C;
  m.rs = C;
  m.cs = 1;
  return m;
}

template <class Comp>
void dot_typed(const Call& c, const Dims& d, DType comp) {
  using CT = CtOf<Comp>;
  const Operand &l = c.in[0], &r = c.in[1], &o = c.out[0];
  const int64_t B = d.B, M = d.M, N = d.N, K = d.K;
  if (B == 0 || M == 0 || N == 0) return;
  constexpr bool is_fp = std::is_same_v<CT, float> || std::is_same_v<CT, double>;
  const double mnk = (double)M * (double)N * (double)K;
  // Small batched products: one portable GEMM per batch, batches over the pool.
  const bool batch_parallel = B > 1 && (mnk <= 32768.0 || B >= 8 * (int64_t)num_threads());
  bool use_blas = false;
  if constexpr (is_fp) use_blas = blas_available() && !batch_parallel && K > 0;

  Scratch sl, sr, so;
  Mat<CT> A = prepare<Comp>(l, comp, d.lb, d.nb, d.lf, d.nlf, d.lc, d.nc, B, M, K, use_blas, sl);
  Mat<CT> Bm = prepare<Comp>(r, comp, d.rb, d.nb, d.rc, d.nc, d.rf, d.nrf, B, K, N, use_blas, sr);

  const bool direct = same_repr(o.dtype, comp);
  CT* C = direct ? reinterpret_cast<CT*>(o.data) : static_cast<CT*>(so.get((size_t)(B * M * N) * sizeof(CT)));
  using Op = std::conditional_t<std::is_same_v<Comp, bool>, OrAnd, MulAdd>;

  auto one = [&](int64_t b, bool threaded) {
    const CT* a = A.base + A.at(b);
    const CT* bb = Bm.base + Bm.at(b);
    CT* cc = C + b * M * N;
    if constexpr (is_fp) {
      if (use_blas) {
        bool ta, tb;
        int64_t lda, ldb;
        blas_layout(M, K, A.rs, A.cs, ta, lda);
        blas_layout(K, N, Bm.rs, Bm.cs, tb, ldb);
        bool ok;
        if constexpr (std::is_same_v<CT, float>) ok = blas_sgemm(ta, tb, M, N, K, a, lda, bb, ldb, cc, N);
        else ok = blas_dgemm(ta, tb, M, N, K, a, lda, bb, ldb, cc, N);
        if (ok) return;
      }
    }
    Gemm<CT, Op>::run(M, N, K, a, A.rs, A.cs, bb, Bm.rs, Bm.cs, cc, N, threaded);
  };
  if (batch_parallel) {
    const int64_t grain = std::max<int64_t>(1, (int64_t)((double)(1 << 16) / std::max(mnk, 1.0)));
    parallel_for(B, grain, [&](int64_t b0, int64_t b1) {
      for (int64_t b = b0; b < b1; b++) one(b, false);
    });
  } else {
    for (int64_t b = 0; b < B; b++) one(b, true);
  }

  if (!direct) {
    const int64_t total = B * M * N;
    OutFn conv = dispatch_dtype(o.dtype, []<class Out>() -> OutFn { return &output_row<Out, Comp>; });
    const size_t es = dtype_size(o.dtype);
    parallel_for(total, 1 << 15, [&](int64_t i0, int64_t i1) { conv(C + i0, i1 - i0, o.data + (size_t)i0 * es); });
  }
}

void dot_general_kernel(const Call& c) {
  Dims d = decode(c);
  DType comp = (DType)c.iparam(0, 0, kNumDTypes - 1);
  dispatch_dtype(comp, [&]<class Comp>() { dot_typed<Comp>(c, d, comp); });
}

}  // namespace

JAXTS_FAMILY(dot) { register_kernel(Op::DotGeneral, dot_general_kernel); }

}  // namespace jaxts
