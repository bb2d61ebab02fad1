// Links the translated LAPACK objects, our C sources and OpenBLAS into stride-lapack.{mjs,wasm}.
//
// Usage: node link-lapack.mjs <work-dir> <native-obj-dir> <libopenblas.a> <out-dir>
//
// 1. Prunes: a LAPACK object that needs a routine nobody defines (because f2c could not
//    translate it) is left out, repeatedly, until everything left links. The list of what was
//    left out, with the reason, goes to <out-dir>/left-out.txt.
// 2. Exports every LAPACK routine that survived, every BLAS routine (OpenBLAS's own entry
//    points, without f2c's hidden string lengths), malloc/free, the stack's base (for the
//    layout check) and our stride_* helpers.
// 3. Fails when wasm-ld reports a function signature mismatch: in WebAssembly such a call
//    traps at run time instead of working by accident as it does in native code.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [, , workDir, nativeObjDir, openblasLib, outDir] = process.argv;
const nativeSrcDir = fileURLToPath(new URL('../src/', import.meta.url));
if (!outDir) {
  console.error('usage: link-lapack.mjs <work> <native-obj> <libopenblas.a> <out>');
  process.exit(2);
}

const nm = (files) => {
  const r = spawnSync('llvm-nm', ['-A', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`llvm-nm failed: ${r.stderr}`);
  const perFile = new Map();
  for (const line of r.stdout.split('\n')) {
    // "<file>: <addr> T name" or "<file>:          U name"; archives print "<lib>:<member>:"
    const m = /^(.*?):\s+(?:[0-9a-f]+\s+)?([A-Za-z])\s+(\S+)$/.exec(line);
    if (!m) continue;
    const [, file, kind, sym] = m;
    let e = perFile.get(file);
    if (!e) perFile.set(file, (e = { def: new Set(), undef: new Set() }));
    if (kind === 'U') e.undef.add(sym);
    else if (/[TDBRW]/.test(kind)) e.def.add(sym);
  }
  return perFile;
};

const objDir = join(workDir, 'obj');
const lapackObjs = readdirSync(objDir)
  .filter((f) => f.endsWith('.o') && f !== 'stride-blas-shim.o')
  .map((f) => join(objDir, f));
const shimObj = join(objDir, 'stride-blas-shim.o');
const nativeObjs = readdirSync(nativeObjDir)
  .filter((f) => f.endsWith('.o'))
  .map((f) => join(nativeObjDir, f));

const lapackSyms = nm(lapackObjs);
const otherSyms = nm([shimObj, ...nativeObjs, openblasLib]);
const alwaysDefined = new Set();
for (const e of otherSyms.values()) for (const s of e.def) alwaysDefined.add(s);

// Fortran-style names (ending in "_") must be defined by us; anything else is libc/libm.
const ours = (s) => s.endsWith('_');
const kept = new Set(lapackObjs);
const leftOut = new Map();
for (;;) {
  const defined = new Set(alwaysDefined);
  for (const f of kept) for (const s of lapackSyms.get(f)?.def ?? []) defined.add(s);
  let changed = false;
  for (const f of [...kept]) {
    const missing = [...(lapackSyms.get(f)?.undef ?? [])].filter((s) => ours(s) && !defined.has(s));
    if (missing.length) {
      kept.delete(f);
      leftOut.set(f, missing);
      changed = true;
    }
  }
  if (!changed) break;
}
const routineOf = (f) => f.replace(/^.*\//, '').replace(/\.o$/, '');
writeFileSync(
  join(outDir, 'left-out.txt'),
  [...leftOut]
    .map(([f, missing]) => `${routineOf(f)}: needs ${missing.join(', ')}`)
    .sort()
    .join('\n') + '\n',
);
console.log(`  linking ${kept.size} LAPACK objects (${leftOut.size} left out, see left-out.txt)`);

// ---- exports ---------------------------------------------------------------------------------
const exportSet = new Set(['_malloc', '_free', '_emscripten_stack_get_base']);
for (const f of kept) for (const s of lapackSyms.get(f)?.def ?? []) if (ours(s)) exportSet.add(`_${s}`);
// Our C replacements of LAPACK routines (dlartg_, dlamch_, ...) and the stride_* helpers.
for (const f of nativeObjs) {
  for (const s of otherSyms.get(f)?.def ?? []) {
    if (ours(s) || s.startsWith('stride_')) exportSet.add(`_${s}`);
  }
}
// BLAS: OpenBLAS's entry points under their Fortran names (no hidden string lengths).
const shimText = readFileSync(join(workDir, 'blas-rename.h'), 'utf8');
for (const m of shimText.matchAll(/^#define (\w+_) stride_f2c_\w+$/gm)) {
  if (m[1] !== 'lsame_') exportSet.add(`_${m[1]}`);
}
const exportsList = [...exportSet].sort();
writeFileSync(join(outDir, 'exports.json'), JSON.stringify(exportsList));
console.log(`  exporting ${exportsList.length} functions`);

// ---- link ------------------------------------------------------------------------------------
const ldflags = (process.env.STRIDE_LDFLAGS ?? '-O3 -msimd128').split(/\s+/).filter(Boolean);
const args = [
  ...ldflags,
  ...[...kept].sort(),
  shimObj,
  ...nativeObjs,
  openblasLib,
  '-o',
  join(outDir, 'stride-lapack.mjs'),
  '-sMODULARIZE=1',
  '-sEXPORT_ES6=1',
  '-sEXPORT_NAME=createStrideLapack',
  // web only: the loader hands over the wasm bytes itself, so the output needs no Node APIs
  // (emscripten 3.1.6's node path uses __dirname and require, which ES modules lack).
  '-sENVIRONMENT=web',
  '-sFILESYSTEM=0',
  // One memory for all of Stride (src/runtime.ts): the module imports it, keeps its static
  // data and stack in [GLOBAL_BASE, 16 MiB) (checked at load against RESERVED_BYTES), and has
  // no allocator of its own: malloc/free are native/src/heap.c, which call the runtime's
  // allocator through native/src/runtime-lib.js. Growth is declared (a maximum of 4 GiB) only
  // so that the import accepts the runtime's memory, which never grows.
  '-sIMPORTED_MEMORY=1',
  '-sGLOBAL_BASE=1048576',
  '-sMALLOC=none',
  `--js-library=${join(nativeSrcDir, 'runtime-lib.js')}`,
  '-sALLOW_MEMORY_GROWTH=1',
  '-sMAXIMUM_MEMORY=4GB',
  '-sINITIAL_MEMORY=16MB',
  '-sTOTAL_STACK=8MB',
  '-sEXPORTED_RUNTIME_METHODS=[]',
  `-sEXPORTED_FUNCTIONS=@${join(outDir, 'exports.json')}`,
  '-sERROR_ON_UNDEFINED_SYMBOLS=1',
  '-sASSERTIONS=0',
];
const r = spawnSync('emcc', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const log = `${r.stdout}\n${r.stderr}`;
writeFileSync(join(outDir, 'link.log'), log);
const mismatches = log.split('\n').filter((l) => /signature mismatch/i.test(l));
if (mismatches.length) {
  console.error(`link: ${mismatches.length} function signature mismatches (each would trap at run time):`);
  for (const l of mismatches.slice(0, 40)) console.error(`  ${l}`);
  process.exit(1);
}
if (r.status !== 0) {
  console.error(log);
  process.exit(1);
}
