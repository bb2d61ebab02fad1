// Measures dgemm GFLOP/s of the built module (packages/wasm/dist-native/) for square sizes:
//   node bench/kernels/bench-dgemm.mjs [n ...]
// Reports the best of several runs after a warm-up; 2 n^3 flops per product.
import { instantiateLapack } from './lapack-module.mjs';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(256, 512, 1024);

const m = await instantiateLapack(new URL('../../packages/wasm/dist-native/', import.meta.url));

for (const n of sizes) {
  const bytes = 8 * n * n;
  const a = m._malloc(bytes);
  const b = m._malloc(bytes);
  const c = m._malloc(bytes);
  const s = m._malloc(32);
  for (let i = 0; i < n * n; i++) {
    m.HEAPF64[(a >>> 3) + i] = Math.sin(i);
    m.HEAPF64[(b >>> 3) + i] = Math.cos(i);
  }
  m.HEAP32[s >>> 2] = n;
  m.HEAPF64[(s >>> 3) + 1] = 1; // alpha
  m.HEAPF64[(s >>> 3) + 2] = 0; // beta
  m.HEAPU8[s + 24] = 'N'.charCodeAt(0);
  const run = () => m._dgemm_(s + 24, s + 24, s, s, s, s + 8, a, s, b, s, s + 16, c, s);
  run();
  const reps = n <= 256 ? 30 : n <= 512 ? 10 : 6;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`dgemm n=${n}: ${best.toFixed(1)} ms, ${((2 * n ** 3) / best / 1e6).toFixed(2)} GFLOP/s`);
  for (const p of [a, b, c, s]) m._free(p);
}
