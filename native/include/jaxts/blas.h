// The system BLAS (CBLAS, OpenBLAS) seen from kernel objects: row-major GEMM
// C[M×N] = op(A)[M×K] · op(B)[K×N] (beta = 0). Compiled into the main library
// (where JAXTS_HAVE_CBLAS is defined); each call returns false when the build
// has no CBLAS or a dimension does not fit the library's integer type, and the
// caller then uses the portable kernel.
#pragma once
#include <cstdint>

namespace jaxts {

// Whether GEMM calls go to a system BLAS.
bool blas_available();

// transX: op(X) = Xᵀ, i.e. X is stored as K×M (A) or N×K (B) row-major with leading dimension ldX.
bool blas_sgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda,
                const float* B, int64_t ldb, float* C, int64_t ldc);
bool blas_dgemm(bool transA, bool transB, int64_t M, int64_t N, int64_t K, const double* A, int64_t lda,
                const double* B, int64_t ldb, double* C, int64_t ldc);

}  // namespace jaxts
