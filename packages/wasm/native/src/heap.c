/* C's allocator for the LAPACK/OpenBLAS module: every malloc and free goes to Stride's runtime
 * allocator in JavaScript (packages/wasm/src/runtime.ts), which owns the heap of the one
 * WebAssembly.Memory this module shares with ndarray's kernels and plug-ins. The module is linked
 * with -sMALLOC=none, so it has no allocator of its own; the three imports below come from
 * native/src/runtime-lib.js. Blocks are 64-byte aligned. */
#include <emscripten.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

extern void *stride_runtime_alloc(size_t bytes);
extern void stride_runtime_free(void *ptr);
extern size_t stride_runtime_size(void *ptr);
extern size_t stride_runtime_in_use(void);

void *malloc(size_t n) { return stride_runtime_alloc(n); }

void free(void *p) {
  if (p) stride_runtime_free(p);
}

void *calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) return NULL;
  void *p = stride_runtime_alloc(count * size);
  if (p) memset(p, 0, count * size);
  return p;
}

void *realloc(void *p, size_t n) {
  if (!p) return stride_runtime_alloc(n);
  size_t have = stride_runtime_size(p);
  if (n <= have) return p;
  void *q = stride_runtime_alloc(n);
  if (q) {
    memcpy(q, p, have);
    stride_runtime_free(p);
  }
  return q;
}

/* Every block is 64-byte aligned, which covers every alignment LAPACK and OpenBLAS ask for up
 * to 64; larger ones over-allocate and are refused (nothing here asks for them except mmap,
 * which asks for the wasm page size and is served by over-allocation too). */
static void *aligned(size_t align, size_t n) {
  if (align <= 64) return stride_runtime_alloc(n);
  return NULL;
}

void *memalign(size_t align, size_t n) { return aligned(align, n); }
void *aligned_alloc(size_t align, size_t n) { return aligned(align, n); }
int posix_memalign(void **out, size_t align, size_t n) {
  void *p = aligned(align, n);
  if (!p) return 12; /* ENOMEM */
  *out = p;
  return 0;
}
size_t malloc_usable_size(void *p) { return p ? stride_runtime_size(p) : 0; }

void *emscripten_builtin_malloc(size_t n) { return malloc(n); }
void emscripten_builtin_free(void *p) { free(p); }
void *emscripten_builtin_memalign(size_t align, size_t n) { return aligned(align, n); }

/* Bytes of the runtime's heap in use (every package's blocks), for leak checks. */
EMSCRIPTEN_KEEPALIVE int stride_heap_in_use(void) { return (int)stride_runtime_in_use(); }
