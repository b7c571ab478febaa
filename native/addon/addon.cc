// The node-addon-api boundary: thin and validated, no numeric logic.
//   alloc(bytes) -> Mem          host memory from the caching allocator; a
//                                 basic (GC-time) finalizer returns it
//   free(mem)                     returns it now (`using` / dispose)
//   write(mem, byteOffset, ta)    copies a typed array in
//   read(mem, byteOffset, ta)     copies out into a typed array
//   exec(desc, ...mems)           runs one kernel; desc (Float64Array) holds
//                                 op, operand views and params (see views.h)
//   info()                        build facts (ISA, threads, BLAS, kernels)
// Built with NAPI_VERSION = NAPI_VERSION_EXPERIMENTAL so that wrap finalizers
// that never call into JS run inside the GC itself — memory is reclaimed
// even in long synchronous loops (see ENV-NOTES).
#include <napi.h>

#include <cstring>
#include <new>
#include <string>

#include "jaxts/kernel.h"
#include "jaxts/memory.h"
#include "jaxts/parallel.h"
#include "views.h"

namespace jaxts {

const char* isa_name();
const char* blas_name();
void register_all_kernels();

namespace {

struct Mem {
  memory::Block block;
  size_t bytes;  // requested size: the valid range for views
};

// Runs in the GC (basic finalizer): only frees memory, never touches JS.
void finalize_mem(node_api_basic_env env, void* data, void*) {
  auto* m = static_cast<Mem*>(data);
  if (m->block.ptr) {
    int64_t adjusted;
    napi_adjust_external_memory(env, -(int64_t)m->block.capacity, &adjusted);
    memory::release(m->block);
  }
  delete m;
}

Mem* unwrap_mem(const Napi::Env& env, const Napi::Value& v, const char* what) {
  if (!v.IsObject()) throw Napi::TypeError::New(env, std::string("jaxts native: ") + what + " must be a memory handle");
  void* p = nullptr;
  if (napi_unwrap(env, v, &p) != napi_ok || p == nullptr)
    throw Napi::TypeError::New(env, std::string("jaxts native: ") + what + " is not a memory handle");
  auto* m = static_cast<Mem*>(p);
  if (m->block.ptr == nullptr) throw Napi::Error::New(env, std::string("jaxts native: ") + what + " was freed");
  return m;
}

double number_arg(const Napi::CallbackInfo& info, size_t i, const char* what) {
  if (info.Length() <= i || !info[i].IsNumber()) throw Napi::TypeError::New(info.Env(), std::string("jaxts native: ") + what + " must be a number");
  return info[i].As<Napi::Number>().DoubleValue();
}

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  double bytes = number_arg(info, 0, "alloc size");
  if (!(bytes >= 0) || bytes > 1e15 || bytes != (double)(size_t)bytes)
    throw Napi::RangeError::New(env, "jaxts native: alloc size must be a non-negative integer");
  auto* m = new Mem{{nullptr, 0}, (size_t)bytes};
  try {
    m->block = memory::allocate(m->bytes);
  } catch (const std::bad_alloc&) {
    delete m;
    throw Napi::Error::New(env, "jaxts native: out of memory allocating " + std::to_string((size_t)bytes) + " bytes");
  }
  Napi::Object obj = Napi::Object::New(env);
  if (napi_wrap(env, obj, m, finalize_mem, nullptr, nullptr) != napi_ok) {
    memory::release(m->block);
    delete m;
    throw Napi::Error::New(env, "jaxts native: napi_wrap failed");
  }
  int64_t adjusted;
  napi_adjust_external_memory(env, (int64_t)m->block.capacity, &adjusted);
  return obj;
}

Napi::Value Free(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) throw Napi::TypeError::New(env, "jaxts native: free needs a memory handle");
  void* p = nullptr;
  if (napi_unwrap(env, info[0], &p) != napi_ok || p == nullptr) throw Napi::TypeError::New(env, "jaxts native: not a memory handle");
  auto* m = static_cast<Mem*>(p);
  if (m->block.ptr) {
    int64_t adjusted;
    napi_adjust_external_memory(env, -(int64_t)m->block.capacity, &adjusted);
    memory::release(m->block);
    m->block = {nullptr, 0};
  }
  return env.Undefined();
}

// (mem, byteOffset, typedArray): the typed array's bytes must fit at byteOffset.
void copy_args(const Napi::CallbackInfo& info, Mem*& m, size_t& off, uint8_t*& ta_data, size_t& ta_bytes) {
  Napi::Env env = info.Env();
  m = unwrap_mem(env, info[0], "memory");
  double o = number_arg(info, 1, "byte offset");
  if (info.Length() < 3 || !info[2].IsTypedArray()) throw Napi::TypeError::New(env, "jaxts native: expected a typed array");
  auto ta = info[2].As<Napi::TypedArray>();
  ta_bytes = ta.ByteLength();
  ta_data = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  if (!(o >= 0) || o != (double)(size_t)o || (size_t)o > m->bytes || ta_bytes > m->bytes - (size_t)o)
    throw Napi::RangeError::New(env, "jaxts native: copy of " + std::to_string(ta_bytes) + " bytes at offset " + std::to_string(o) +
                                         " is out of bounds of a " + std::to_string(m->bytes) + "-byte buffer");
  off = (size_t)o;
}

Napi::Value Write(const Napi::CallbackInfo& info) {
  Mem* m; size_t off, n; uint8_t* src;
  copy_args(info, m, off, src, n);
  if (n) std::memcpy(static_cast<uint8_t*>(m->block.ptr) + off, src, n);
  return info.Env().Undefined();
}

Napi::Value Read(const Napi::CallbackInfo& info) {
  Mem* m; size_t off, n; uint8_t* dst;
  copy_args(info, m, off, dst, n);
  if (n) std::memcpy(dst, static_cast<uint8_t*>(m->block.ptr) + off, n);
  return info.Env().Undefined();
}

// The hot path of every eager op: raw N-API (one typed-array query, one
// unwrap per operand) to keep per-call overhead small.
napi_value Exec(napi_env env, napi_callback_info cbinfo) {
  size_t argc = kMaxOperands + 1;
  napi_value argv[kMaxOperands + 1];
  if (napi_get_cb_info(env, cbinfo, &argc, argv, nullptr, nullptr) != napi_ok) return nullptr;
  if (argc > (size_t)kMaxOperands + 1) {
    napi_throw_range_error(env, nullptr, "jaxts native: too many operands");
    return nullptr;
  }
  bool is_ta = false;
  napi_typedarray_type type;
  size_t length = 0;
  void* data = nullptr;
  if (argc < 1 || napi_is_typedarray(env, argv[0], &is_ta) != napi_ok || !is_ta ||
      napi_get_typedarray_info(env, argv[0], &type, &length, &data, nullptr, nullptr) != napi_ok || type != napi_float64_array) {
    napi_throw_type_error(env, nullptr, "jaxts native: exec needs a Float64Array descriptor");
    return nullptr;
  }
  size_t n_mems = argc - 1;
  MemRange mems[kMaxOperands];
  for (size_t i = 0; i < n_mems; i++) {
    void* p = nullptr;
    if (napi_unwrap(env, argv[i + 1], &p) != napi_ok || p == nullptr) {
      napi_throw_type_error(env, nullptr, "jaxts native: operand is not a memory handle");
      return nullptr;
    }
    auto* m = static_cast<Mem*>(p);
    if (m->block.ptr == nullptr) {
      napi_throw_error(env, nullptr, "jaxts native: operand memory was freed");
      return nullptr;
    }
    mems[i] = {static_cast<uint8_t*>(m->block.ptr), m->bytes};
  }
  try {
    DecodedCall call;
    decode_call(static_cast<const double*>(data), length, mems, n_mems, call);  // validates everything
    KernelFn k = find_kernel(call.call.op);
    if (k == nullptr) throw KernelError(std::string("no native kernel for ") + op_name(call.call.op));
    k(call.call);
  } catch (const KernelError& e) {
    napi_throw_error(env, nullptr, (std::string("jaxts native: ") + e.what()).c_str());
  } catch (const std::bad_alloc&) {
    napi_throw_error(env, nullptr, "jaxts native: out of memory");
  } catch (const std::exception& e) {
    napi_throw_error(env, nullptr, (std::string("jaxts native: ") + e.what()).c_str());
  }
  return nullptr;
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = Napi::Object::New(env);
  o.Set("isa", isa_name());
  o.Set("blas", blas_name());
  o.Set("threads", num_threads());
  Napi::Array ops = Napi::Array::New(env);
  uint32_t n = 0;
  for (int32_t i = 0; i < kNumOps; i++)
    if (find_kernel(static_cast<Op>(i))) ops.Set(n++, Napi::String::New(env, op_name(static_cast<Op>(i))));
  o.Set("kernels", ops);
  auto s = memory::stats();
  o.Set("liveBytes", (double)s.live_bytes);
  o.Set("cachedBytes", (double)s.cached_bytes);
  o.Set("cacheLimit", (double)s.cache_limit);
  o.Set("allocations", (double)s.allocations);
  o.Set("cacheHits", (double)s.cache_hits);
  return o;
}

Napi::Value SetNumThreads(const Napi::CallbackInfo& info) {
  double n = number_arg(info, 0, "thread count");
  if (!(n >= 1 && n <= 256) || n != (double)(int)n) throw Napi::RangeError::New(info.Env(), "jaxts native: thread count must be an integer in [1, 256]");
  set_num_threads((int)n);
  return info.Env().Undefined();
}

Napi::Value TrimCache(const Napi::CallbackInfo& info) {
  memory::trim();
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  register_all_kernels();
  exports.Set("alloc", Napi::Function::New(env, Alloc));
  exports.Set("free", Napi::Function::New(env, Free));
  exports.Set("write", Napi::Function::New(env, Write));
  exports.Set("read", Napi::Function::New(env, Read));
  {
    napi_value fn;
    napi_create_function(env, "exec", NAPI_AUTO_LENGTH, Exec, nullptr, &fn);
    exports.Set("exec", fn);
  }
  exports.Set("info", Napi::Function::New(env, Info));
  exports.Set("setNumThreads", Napi::Function::New(env, SetNumThreads));
  exports.Set("trimCache", Napi::Function::New(env, TrimCache));
  return exports;
}

}  // namespace
}  // namespace jaxts

static Napi::Object InitJaxts(Napi::Env env, Napi::Object exports) { return jaxts::Init(env, exports); }
NODE_API_MODULE(jaxts, InitJaxts)
