// Runtime ISA dispatch: runs the kernel-family registrations compiled for the
// best instruction set this processor supports (AVX-512 > AVX2 > baseline).
// JAXTS_ISA=base|avx2|avx512 caps the choice (tests and benchmarks).
// Families built once for every processor register under "any".
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "jaxts/family.h"

namespace jaxts {
namespace {

struct Record {
  std::string isa, name;
  FamilyFn fn;
};

std::vector<Record>& records() {
  static std::vector<Record> r;
  return r;
}

const char* chosen = "base";

std::string detect() {
#if defined(JAXTS_X86)
  __builtin_cpu_init();
  bool v4 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
            __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq");
  bool v3 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c") &&
            __builtin_cpu_supports("bmi2");
  const char* force = std::getenv("JAXTS_ISA");
  std::string cap = force ? force : "avx512";
  if (cap == "avx512" && v4) return "avx512";
  if ((cap == "avx512" || cap == "avx2") && v3) return "avx2";
#endif
  return "base";
}

}  // namespace

bool record_family(const char* isa, const char* name, FamilyFn fn) {
  records().push_back({isa, name, fn});
  return true;
}

const char* isa_name() { return chosen; }

void register_all_kernels() {
  static const std::string isa = detect();
  chosen = isa.c_str();
  // "any" families (built once, baseline) first; the chosen ISA's copies after.
  for (const Record& r : records())
    if (r.isa == "any") r.fn();
  for (const Record& r : records())
    if (r.isa == isa) r.fn();
}

}  // namespace jaxts
