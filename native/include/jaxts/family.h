// Kernel families are compiled once per ISA (baseline x86-64, AVX2, AVX-512;
// generic elsewhere) into separate object libraries. JAXTS_FAMILY(name) { ... }
// defines that copy's registration function and records it, at static-init
// time, under its ISA; cpu/dispatch.cc runs the records of the best ISA the
// processor supports. A new family is just a new cpu/kernels/<name>.cc.
#pragma once
#include "jaxts/kernel.h"

#ifndef JAXTS_ISA
#define JAXTS_ISA base
#endif
#define JAXTS_STR2(x) #x
#define JAXTS_STR(x) JAXTS_STR2(x)
#define JAXTS_CAT2(a, b) a##_##b
#define JAXTS_CAT(a, b) JAXTS_CAT2(a, b)

namespace jaxts {

using FamilyFn = void (*)();
// Records `fn` as the registration of family `name` compiled for `isa`.
bool record_family(const char* isa, const char* name, FamilyFn fn);

}  // namespace jaxts

#define JAXTS_FAMILY(name)                                                                                   \
  void JAXTS_CAT(register_##name, JAXTS_ISA)();                                                              \
  static const bool JAXTS_CAT(recorded_##name, JAXTS_ISA) =                                                  \
      ::jaxts::record_family(JAXTS_STR(JAXTS_ISA), #name, &JAXTS_CAT(register_##name, JAXTS_ISA));          \
  void JAXTS_CAT(register_##name, JAXTS_ISA)()
