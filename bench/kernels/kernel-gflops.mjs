// GFLOP/s of the level-3 BLAS routines that our SIMD128 kernels serve, through the built module:
//   node bench/kernels/kernel-gflops.mjs [--module DIR] [--only NAME,...]
// ?gemm at n = 256 and 1024 (C = A B, square), dtrsm (left, lower, no transpose, n x n right-hand
// sides) and dsyrk (lower, C = A A^T) at n = 1024. Flops: 2n^3 per real gemm, 8n^3 per complex
// gemm, n^3 for trsm and syrk. Each case runs once to warm up, then reports the best of several
// timed runs. DIR holds stride-lapack.mjs and stride-lapack.wasm (default: packages/wasm/dist-native).
// kernel-gflops.py prints the same cases for NumPy/SciPy.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { instantiateLapack } from './lapack-module.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('--module')
  ? pathToFileURL(`${resolve(opt('--module'))}/`)
  : new URL('../../packages/wasm/dist-native/', import.meta.url);
const only = opt('--only')?.split(',');

const m = await instantiateLapack(dir);

// Scalars live in one small block: ints at s, the characters after them, then alpha and beta.
const s = m._malloc(256);
const int = (slot, v) => {
  m.HEAP32[(s >>> 2) + slot] = v;
  return s + 4 * slot;
};
const chr = (slot, c) => {
  m.HEAPU8[s + 64 + slot] = c.charCodeAt(0);
  return s + 64 + slot;
};
// alpha at s + 128, beta at s + 160 (room for a complex double each).
const scalar = (off, re, single) => {
  if (single) {
    m.HEAPF32[(s + off) >>> 2] = re;
    m.HEAPF32[((s + off) >>> 2) + 1] = 0;
  } else {
    m.HEAPF64[(s + off) >>> 3] = re;
    m.HEAPF64[((s + off) >>> 3) + 1] = 0;
  }
  return s + off;
};

/** n*n*w words of `bytes` each, filled with values in [-1, 1]. */
function matrix(count, single) {
  const p = m._malloc(count * (single ? 4 : 8));
  const view = single ? m.HEAPF32 : m.HEAPF64;
  const base = p >>> (single ? 2 : 3);
  for (let i = 0; i < count; i++) view[base + i] = Math.sin(0.37 * i + 0.11);
  return p;
}

function time(run, reps, restore) {
  restore?.();
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    restore?.();
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const results = [];
function report(name, n, ms, flops) {
  const gflops = flops / ms / 1e6;
  results.push({ name, n, ms, gflops });
  console.log(
    `${name.padEnd(6)} n=${String(n).padStart(4)}: ${ms.toFixed(1).padStart(7)} ms ${gflops.toFixed(2).padStart(6)} GFLOP/s`,
  );
}
const want = (name) => !only || only.includes(name);

for (const [name, single, complex] of [
  ['sgemm', true, false],
  ['dgemm', false, false],
  ['cgemm', true, true],
  ['zgemm', false, true],
]) {
  if (!want(name)) continue;
  for (const n of [256, 1024]) {
    const w = complex ? 2 : 1;
    const a = matrix(n * n * w, single);
    const b = matrix(n * n * w, single);
    const c = matrix(n * n * w, single);
    const alpha = scalar(128, 1, single);
    const beta = scalar(160, 0, single);
    const f = m[`_${name}_`];
    const ms = time(
      () =>
        f(
          chr(0, 'N'),
          chr(1, 'N'),
          int(0, n),
          int(1, n),
          int(2, n),
          alpha,
          a,
          int(0, n),
          b,
          int(0, n),
          beta,
          c,
          int(0, n),
        ),
      n <= 256 ? 30 : 5,
    );
    report(name, n, ms, (complex ? 8 : 2) * n ** 3);
    for (const p of [a, b, c]) m._free(p);
  }
}

if (want('dtrsm')) {
  const n = 1024;
  const a = matrix(n * n, false);
  // Lower triangle with a dominant diagonal, so the solve stays well scaled.
  for (let j = 0; j < n; j++) m.HEAPF64[(a >>> 3) + j * n + j] = n;
  const b0 = matrix(n * n, false);
  const b = m._malloc(8 * n * n);
  const restore = () => m.HEAPF64.copyWithin(b >>> 3, b0 >>> 3, (b0 >>> 3) + n * n);
  const alpha = scalar(128, 1, false);
  const ms = time(
    () =>
      m._dtrsm_(
        chr(0, 'L'),
        chr(1, 'L'),
        chr(2, 'N'),
        chr(3, 'N'),
        int(0, n),
        int(1, n),
        alpha,
        a,
        int(0, n),
        b,
        int(0, n),
      ),
    5,
    restore,
  );
  report('dtrsm', n, ms, n ** 3);
  for (const p of [a, b0, b]) m._free(p);
}

if (want('dsyrk')) {
  const n = 1024;
  const a = matrix(n * n, false);
  const c = matrix(n * n, false);
  const alpha = scalar(128, 1, false);
  const beta = scalar(160, 0, false);
  const ms = time(
    () => m._dsyrk_(chr(0, 'L'), chr(1, 'N'), int(0, n), int(1, n), alpha, a, int(0, n), beta, c, int(0, n)),
    5,
  );
  report('dsyrk', n, ms, n ** 3);
  for (const p of [a, c]) m._free(p);
}

if (opt('--json')) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(opt('--json'), `${JSON.stringify(results, null, 1)}\n`);
}
