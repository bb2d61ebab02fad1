/* An example kernel module for Stride's native runtime (see packages/wasm/README.md, "Adding
 * kernels"): out[i] = a * x[i] + b * y[i] over float64 arrays in the one memory, with SIMD128.
 *
 * Build (position-independent, no libc, imports the runtime's memory):
 *   clang --target=wasm32-unknown-emscripten -ffreestanding -O3 -msimd128 -nostdlib -fPIC \
 *     -Wl,-shared,--experimental-pic,--no-entry -o axpby.wasm axpby.c
 * Load: const k = await loadKernels(bytes); k.exports.axpby(a, x, b, y, out, n) with byte
 * addresses (`data.byteOffset`) of arrays whose storage is in the runtime's heap. */
#include <stdint.h>
#include <wasm_simd128.h>

/* Static data (placed by the runtime at the module's __memory_base): how many calls ran. */
static int32_t calls;

__attribute__((export_name("axpby"))) void axpby(double a, const double *x, double b, const double *y,
                                                 double *out, int32_t n) {
  v128_t va = wasm_f64x2_splat(a), vb = wasm_f64x2_splat(b);
  int32_t i = 0;
  for (; i + 2 <= n; i += 2) {
    v128_t p = wasm_f64x2_mul(va, wasm_v128_load(x + i));
    v128_t q = wasm_f64x2_mul(vb, wasm_v128_load(y + i));
    wasm_v128_store(out + i, wasm_f64x2_add(p, q));
  }
  for (; i < n; i++) out[i] = a * x[i] + b * y[i];
  calls++;
}

__attribute__((export_name("calls"))) int32_t calls_made(void) { return calls; }
