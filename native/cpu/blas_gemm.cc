// Row-major GEMM through the system CBLAS (OpenBLAS, with its own threads)
// when the build found one; otherwise every entry point reports "not done" and
// the dot_general kernel falls back to its portable blocked GEMM.
#include "jaxts/blas.h"

#include <climits>

#if defined(JAXTS_HAVE_CBLAS)
#include <cblas.h>
#endif

namespace jaxts {

#if defined(JAXTS_HAVE_CBLAS)
namespace {
// CBLAS takes `blasint` (32-bit int unless OpenBLAS was built with INTERFACE64).
bool fits(int64_t v) { return v >= 0 && v <= (int64_t)INT_MAX; }
bool fit_all(int64_t M, int64_t N, int64_t K, int64_t lda, int64_t ldb, int64_t ldc) {
  return fits(M) && fits(N) && fits(K) && fits(lda) && fits(ldb) && fits(ldc) && lda >= 1 && ldb >= 1 && ldc >= 1;
}
}  // namespace

bool blas_available() { return true; }

bool blas_sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
                const float* B, int64_t ldb, float* C, int64_t ldc) {
  if (!fit_all(M, N, K, lda, ldb, ldc)) return false;
  cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, (int)M, (int)N,
              (int)K, 1.0f, A, (int)lda, B, (int)ldb, 0.0f, C, (int)ldc);
  return true;
}

bool blas_dgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const double* A, int64_t lda,
                const double* B, int64_t ldb, double* C, int64_t ldc) {
  if (!fit_all(M, N, K, lda, ldb, ldc)) return false;
  cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, (int)M, (int)N,
              (int)K, 1.0, A, (int)lda, B, (int)ldb, 0.0, C, (int)ldc);
  return true;
}

#else

bool blas_available() { return false; }
bool blas_sgemm(bool, bool, int64_t, int64_t, int64_t, const float*, int64_t, const float*, int64_t, float*, int64_t) {
  return false;
}
bool blas_dgemm(bool, bool, int64_t, int64_t, int64_t, const double*, int64_t, const double*, int64_t, double*,
                int64_t) {
  return false;
}

#endif

}  // namespace jaxts
