// Which GEMM library this build uses (reported by info()).
namespace jaxts {
const char* blas_name() { return JAXTS_BLAS_NAME; }
}  // namespace jaxts
