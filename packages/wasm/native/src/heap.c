/* Heap statistics for leak tests: bytes currently handed out by malloc. */
#include <emscripten.h>
#include <malloc.h>

EMSCRIPTEN_KEEPALIVE int stride_heap_in_use(void) {
  struct mallinfo info = mallinfo();
  return (int)info.uordblks;
}
