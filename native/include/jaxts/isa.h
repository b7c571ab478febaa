// Header code that kernel families instantiate (dtype conversions, Loop, map
// helpers...) is compiled once per ISA. Inline functions and templates with
// the same name in the plain jaxts namespace would be merged by the linker
// into ONE copy — possibly the AVX-512 one, which would then run (and crash)
// on older processors. Each ISA's copy therefore lives in its own inline
// namespace: jaxts::isa_avx512::..., jaxts::isa_avx2::..., jaxts::isa_base::...
#pragma once

#ifndef JAXTS_ISA
#define JAXTS_ISA base
#endif
#define JAXTS_ISA_CAT2(a, b) a##_##b
#define JAXTS_ISA_CAT(a, b) JAXTS_ISA_CAT2(a, b)
#define JAXTS_ISA_BEGIN \
  namespace jaxts {     \
  inline namespace JAXTS_ISA_CAT(isa, JAXTS_ISA) {
#define JAXTS_ISA_END \
  }                   \
  }
