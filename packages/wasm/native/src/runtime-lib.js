// emscripten JS library: the imports through which native/src/heap.c hands C's allocation to
// Stride's runtime allocator (the loader passes it as `strideRuntime` in the module options).
mergeInto(LibraryManager.library, {
  stride_runtime_alloc: function (bytes) {
    return Module['strideRuntime'].allocate(bytes >>> 0);
  },
  stride_runtime_free: function (ptr) {
    Module['strideRuntime'].release(ptr >>> 0);
  },
  stride_runtime_size: function (ptr) {
    return Module['strideRuntime'].blockSize(ptr >>> 0);
  },
  stride_runtime_in_use: function () {
    return Module['strideRuntime'].bytesInUse();
  },
});
