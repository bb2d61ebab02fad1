// Adapts an extracted OpenBLAS 0.3.21 source tree to emscripten, in place, with a few exact
// edits (no third-party text is kept in this repository):
//   - ctest.c: emscripten identifies as the RISCV64 architecture (the target we build, whose
//     kernels are portable C);
//   - common.h: single-threaded WebAssembly has nothing to yield to, so YIELDING is empty;
//   - param.h (RISCV64_GENERIC block): the gemm unrolls of our SIMD128 kernels (sgemm 8x4,
//     dgemm 4x4, cgemm 4x4; zgemm keeps its 2x2), and dgemm Q = 256 so an A panel (P x Q
//     doubles) is about the size of L2 (P and Q tried otherwise for n = 1024 measured no better);
//   - KERNEL.RISCV64_GENERIC: our kernels (native/kernels/gemm_kernel_wasm128.c for s/d,
//     zgemm_kernel_wasm128.c for c/z) with OpenBLAS's generic packing routines and trmm kernels
//     of the same unrolls. trsm, syrk, symm and the rest of level 3 reach the gemm kernels
//     through OpenBLAS's drivers (the generic trsm kernels call them for their rank-k updates).
// Every edit must find its anchor exactly once, or the build stops with the reason.
//
// Usage: node configure-openblas.mjs <openblas-source-dir>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) {
  console.error('usage: configure-openblas.mjs <openblas-source-dir>');
  process.exit(2);
}

function edit(file, edits) {
  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  for (const [what, from, to] of edits) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${file}: expected one "${what}" anchor, found ${count}`);
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
  console.log(`  configured ${file} (${edits.length} edit${edits.length > 1 ? 's' : ''})`);
}

edit('ctest.c', [['riscv detection', '#if defined(__riscv)\n', '#if defined(__riscv) || defined(__EMSCRIPTEN__)\n']]);

edit('common.h', [
  [
    'YIELDING default',
    '#ifndef YIELDING\n#define YIELDING\tsched_yield()',
    '#if defined(__EMSCRIPTEN__) && !defined(YIELDING)\n#define YIELDING\n#endif\n\n#ifndef YIELDING\n#define YIELDING\tsched_yield()',
  ],
]);

// Only the RISCV64_GENERIC block of param.h is touched: cut it out, edit it, put it back.
{
  const path = join(root, 'param.h');
  const text = readFileSync(path, 'utf8');
  const marker = '#ifdef RISCV64_GENERIC\n';
  const starts = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) starts.push(i);
  const start = starts.find((i) => text.slice(i, text.indexOf('#endif', i)).includes('DGEMM_DEFAULT_UNROLL_M'));
  if (start === undefined) throw new Error('param.h: no RISCV64_GENERIC block with DGEMM_DEFAULT_UNROLL_M');
  const end = text.indexOf('#endif', start);
  let block = text.slice(start, end);
  const rules = [
    [/#define SGEMM_DEFAULT_UNROLL_M\s+\d+/, '#define SGEMM_DEFAULT_UNROLL_M  8'],
    [/#define SGEMM_DEFAULT_UNROLL_N\s+\d+/, '#define SGEMM_DEFAULT_UNROLL_N  4'],
    [/#define DGEMM_DEFAULT_UNROLL_M\s+\d+/, '#define DGEMM_DEFAULT_UNROLL_M  4'],
    [/#define DGEMM_DEFAULT_UNROLL_N\s+\d+/, '#define DGEMM_DEFAULT_UNROLL_N  4'],
    [/#define DGEMM_DEFAULT_Q\s+\d+/, '#define DGEMM_DEFAULT_Q 256'],
    [/#define CGEMM_DEFAULT_UNROLL_M\s+\d+/, '#define CGEMM_DEFAULT_UNROLL_M  4'],
    [/#define CGEMM_DEFAULT_UNROLL_N\s+\d+/, '#define CGEMM_DEFAULT_UNROLL_N  4'],
  ];
  for (const [re, to] of rules) {
    if (!re.test(block)) throw new Error(`param.h: RISCV64_GENERIC block lacks ${re}`);
    block = block.replace(re, to);
  }
  writeFileSync(path, text.slice(0, start) + block + text.slice(end));
  console.log(`  configured param.h (${rules.length} edits)`);
}

{
  const file = 'kernel/riscv64/KERNEL.RISCV64_GENERIC';
  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  const rules = [
    // s/d: one SIMD128 kernel source (gemm_kernel_wasm128.c), 8x4 for float, 4x4 for double,
    // with the generic packing and trmm kernels of the same unroll. SGEMM's M and N unrolls
    // differ, so A gets its own packing routines (the I copies).
    [/^STRMMKERNEL\s*=.*$/m, 'STRMMKERNEL\t= ../generic/trmmkernel_8x4.c'],
    [/^SGEMMKERNEL\s*=.*$/m, 'SGEMMKERNEL    =  ../riscv64/gemm_kernel_wasm128.c'],
    [
      /^SGEMMONCOPY\s*=.*$/m,
      'SGEMMINCOPY    =  ../generic/gemm_ncopy_8.c\nSGEMMITCOPY    =  ../generic/gemm_tcopy_8.c\n' +
        'SGEMMINCOPYOBJ =  sgemm_incopy.o\nSGEMMITCOPYOBJ =  sgemm_itcopy.o\n' +
        'SGEMMONCOPY    =  ../generic/gemm_ncopy_4.c',
    ],
    [/^SGEMMOTCOPY\s*=.*$/m, 'SGEMMOTCOPY    =  ../generic/gemm_tcopy_4.c'],
    [/^DTRMMKERNEL\s*=.*$/m, 'DTRMMKERNEL\t= ../generic/trmmkernel_4x4.c'],
    [/^DGEMMKERNEL\s*=.*$/m, 'DGEMMKERNEL    =  ../riscv64/gemm_kernel_wasm128.c'],
    [/^DGEMMONCOPY\s*=.*$/m, 'DGEMMONCOPY    = ../generic/gemm_ncopy_4.c'],
    [/^DGEMMOTCOPY\s*=.*$/m, 'DGEMMOTCOPY    = ../generic/gemm_tcopy_4.c'],
    // c/z: one SIMD128 kernel source (zgemm_kernel_wasm128.c). cgemm 4x4 (two complex per
    // f32x4) with the generic 4-wide complex packing and trmm kernel.
    [/^CTRMMKERNEL\s*=.*$/m, 'CTRMMKERNEL\t= ../generic/ztrmmkernel_4x4.c'],
    [/^CGEMMKERNEL\s*=.*$/m, 'CGEMMKERNEL    = ../riscv64/zgemm_kernel_wasm128.c'],
    [/^CGEMMONCOPY\s*=.*$/m, 'CGEMMONCOPY    = ../generic/zgemm_ncopy_4.c'],
    [/^CGEMMOTCOPY\s*=.*$/m, 'CGEMMOTCOPY    = ../generic/zgemm_tcopy_4.c'],
    // zgemm keeps the generic 2x2 unroll, packing and trmm kernel: only the kernel changes.
    [/^ZGEMMKERNEL\s*=.*$/m, 'ZGEMMKERNEL    = ../riscv64/zgemm_kernel_wasm128.c'],
  ];
  for (const [re, to] of rules) {
    if (!re.test(text)) throw new Error(`${file}: no line matching ${re}`);
    text = text.replace(re, to);
  }
  writeFileSync(path, text);
  console.log(`  configured ${file} (${rules.length} edits)`);
}
