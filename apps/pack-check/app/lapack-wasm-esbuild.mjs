// esbuild does not copy files named by `new URL(..., import.meta.url)`, so an esbuild app tells
// the LAPACK loader where the wasm is before @stride/linalg loads it. With `--loader:.wasm=file`
// esbuild copies the file into the output folder and this import is its URL (relative to the
// bundle). Import this module before @stride/linalg.
// ndarray's SIMD kernels (kernels.wasm) the same way: configureHeap is told where esbuild put them.
import { configureHeap } from '@stride/ndarray';
import kernelsUrl from '@stride/ndarray/kernels.wasm';
import { loadLapack } from '@stride/wasm';
import wasmUrl from '@stride/wasm/native/stride-lapack.wasm';

configureHeap({ kernels: new URL(kernelsUrl, import.meta.url) });
await loadLapack({ wasm: new URL(wasmUrl, import.meta.url) });
