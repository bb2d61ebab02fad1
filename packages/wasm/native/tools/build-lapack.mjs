// Translates Debian's LAPACK sources with f2c and compiles them with emcc, two jobs at a time.
//
// Usage: node build-lapack.mjs <lapack-src-dir> <work-dir> <native-dir> <jobs>
//
// Writes into <work-dir>:
//   fixed/*.f       sources after fix-fortran.mjs (or cpp -P for the .F files)
//   c/*.c           f2c output
//   obj/*.o         wasm objects
//   skipped.txt     routines left out, one "name: reason" a line
//   blas-rename.h   #defines that route LAPACK's BLAS calls to the generated shims
//   blas-shim.c     the shims themselves (f2c calling convention -> OpenBLAS)
// Every step is skipped when its output exists, so an interrupted build resumes where it stopped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixFortran } from './fix-fortran.mjs';

const [, , lapackDir, workDir, nativeDir, jobsArg] = process.argv;
if (!lapackDir || !workDir || !nativeDir) {
  console.error('usage: build-lapack.mjs <lapack-src> <work> <native> [jobs]');
  process.exit(2);
}
const jobs = Math.max(1, Number(jobsArg ?? 2));
const dirs = Object.fromEntries(
  ['fixed', 'c', 'obj', 'blas-p', 'include'].map((d) => [d, join(workDir, d)]),
);
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });

// Routines that we supply in C (native/src) instead of translating the Fortran.
const replacedInC = new Set(['xerbla']);
// INSTALL/ holds a few routines the library needs; the rest there are test programs or
// machine-parameter variants we write in C.
const installKept = ['lsame', 'ilaver'];

const run = (cmd, args, opts = {}) =>
  new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code, out }));
  });

const pool = async (items, worker, label) => {
  let done = 0;
  let next = 0;
  const total = items.length;
  const step = Math.max(1, Math.floor(total / 20));
  const results = new Array(total);
  const one = async () => {
    while (next < total) {
      const i = next++;
      results[i] = await worker(items[i]);
      done++;
      if (done % step === 0 || done === total) console.log(`  ${label} ${done}/${total} files`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, total) }, one));
  return results;
};

// ---- 1. list the sources -------------------------------------------------------------------
const srcDir = join(lapackDir, 'SRC');
const sources = [];
for (const f of readdirSync(srcDir).sort()) {
  const m = /^(.+)\.(f|F)$/.exec(f);
  if (!m || replacedInC.has(m[1])) continue;
  sources.push({ name: m[1], path: join(srcDir, f), cpp: m[2] === 'F' });
}
for (const n of installKept) sources.push({ name: n, path: join(lapackDir, 'INSTALL', `${n}.f`), cpp: false });

const skipped = new Map();

// ---- 2. BLAS shims: prototypes from f2c -P on the reference BLAS -----------------------------
const blasSrc = join(lapackDir, 'BLAS', 'SRC');
const blasNames = readdirSync(blasSrc)
  .filter((f) => f.endsWith('.f'))
  .map((f) => f.slice(0, -2))
  .filter((n) => n !== 'xerbla' && n !== 'lsame' && n !== 'xerbla_array')
  .sort();
const protos = [];
for (const n of blasNames) {
  const p = join(dirs['blas-p'], `${n}.P`);
  if (!existsSync(p)) {
    const r = spawnSync('f2c', ['-A', '-a', '-R', '-P', `-d${dirs['blas-p']}`, join(blasSrc, `${n}.f`)], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`f2c -P failed on BLAS ${n}: ${r.stderr}`);
  }
  const text = readFileSync(p, 'utf8');
  // Only the routine's own prototype (the .P file also lists what it calls).
  const re = new RegExp(`^extern\\s+(.+?)\\s+${n}_\\((.*?)\\);`, 'ms');
  const m = re.exec(text);
  if (!m) throw new Error(`no prototype for ${n}_ in ${p}`);
  protos.push({ name: n, ret: m[1].replace(/\/\*.*?\*\//g, '').trim(), params: m[2].replace(/\s+/g, ' ').trim() });
}

// The reference BLAS writes these in Fortran 90, which f2c cannot read; their f2c prototypes
// are what a Fortran 77 caller would get.
const f90Blas = [
  ['dnrm2', 'doublereal', 'integer *n, doublereal *x, integer *incx'],
  ['snrm2', 'real', 'integer *n, real *x, integer *incx'],
  ['dznrm2', 'doublereal', 'integer *n, doublecomplex *x, integer *incx'],
  ['scnrm2', 'real', 'integer *n, complex *x, integer *incx'],
  ['drotg', 'int', 'doublereal *a, doublereal *b, doublereal *c__, doublereal *s'],
  ['srotg', 'int', 'real *a, real *b, real *c__, real *s'],
  ['zrotg', 'int', 'doublecomplex *a, doublecomplex *b, doublereal *c__, doublecomplex *s'],
  ['crotg', 'int', 'complex *a, complex *b, real *c__, complex *s'],
];
for (const [name, ret, params] of f90Blas) protos.push({ name, ret, params });
protos.sort((a, b) => a.name.localeCompare(b.name));

const shimName = (n) => `stride_f2c_${n}_`;
const renames = [
  '/* @generated by build-lapack.mjs: LAPACK (f2c) calls BLAS through these shims. */',
  ...protos.map((p) => `#define ${p.name}_ ${shimName(p.name)}`),
  // LAPACK's lsame takes hidden lengths; keep it apart from OpenBLAS's two-argument lsame_.
  '#define lsame_ stride_f2c_lsame_',
  '',
];
writeFileSync(join(workDir, 'blas-rename.h'), renames.join('\n'));

const shim = [
  '/* @generated by build-lapack.mjs: adapters from f2c\'s calling convention (trailing ftnlen',
  ' * arguments, int-returning subroutines) to OpenBLAS\'s Fortran interface. WebAssembly traps on',
  ' * any call whose signature differs from the callee\'s, so every LAPACK -> BLAS call goes here. */',
  '#include "f2c.h"',
  '',
];
for (const p of protos) {
  const params = p.params.split(',').map((s) => s.trim()).filter(Boolean);
  const real = params.filter((s) => !/^ftnlen\b/.test(s));
  const argNames = real.map((s) => /([A-Za-z_]\w*)\s*$/.exec(s)[1]);
  const isVoidFn = /^(VOID|void|Z_f|C_f)$/.test(p.ret);
  if (p.ret === 'int') {
    shim.push(`extern void ${p.name}_(${real.join(', ')});`);
    shim.push(`int ${shimName(p.name)}(${params.join(', ')}) {`);
    shim.push(`  ${p.name}_(${argNames.join(', ')});`);
    shim.push('  return 0;');
  } else if (isVoidFn) {
    // Complex-valued function: f2c passes the result slot first; OpenBLAS returns a C complex.
    const [retParam, ...rest] = real;
    const restNames = argNames.slice(1);
    const ctype = /doublecomplex/.test(retParam) ? 'double' : 'float';
    shim.push(`extern ${ctype} _Complex ${p.name}_(${rest.join(', ')});`);
    shim.push(`void ${shimName(p.name)}(${params.join(', ')}) {`);
    shim.push(`  ${ctype} _Complex v = ${p.name}_(${restNames.join(', ')});`);
    shim.push(`  ${argNames[0]}->r = __real__ v;`);
    shim.push(`  ${argNames[0]}->i = __imag__ v;`);
  } else {
    shim.push(`extern ${p.ret} ${p.name}_(${real.join(', ')});`);
    shim.push(`${p.ret} ${shimName(p.name)}(${params.join(', ')}) {`);
    shim.push(`  return ${p.name}_(${argNames.join(', ')});`);
  }
  shim.push('}', '');
}
writeFileSync(join(workDir, 'blas-shim.c'), shim.join('\n'));
console.log(`  generated shims for ${protos.length} BLAS routines`);

// ---- 3. fix + translate ----------------------------------------------------------------------
const translate = async (s) => {
  const cOut = join(dirs.c, `${s.name}.c`);
  if (existsSync(cOut)) return;
  const fixed = join(dirs.fixed, `${s.name}.f`);
  let source;
  if (s.cpp) {
    const r = spawnSync('cpp', ['-P', '-traditional-cpp', s.path], { encoding: 'latin1' });
    if (r.status !== 0) return void skipped.set(s.name, 'cpp failed');
    source = r.stdout;
  } else {
    source = readFileSync(s.path, 'latin1');
  }
  const fx = fixFortran(source, `${s.name}.f`);
  if (fx.error) return void skipped.set(s.name, fx.error.replace(/^[^:]*: /, ''));
  writeFileSync(fixed, fx.text, 'latin1');
  const tmpDir = join(dirs.c, `.tmp-${s.name}`);
  mkdirSync(tmpDir, { recursive: true });
  const r = await run('f2c', ['-A', '-a', '-R', `-d${tmpDir}`, fixed]);
  if (r.code !== 0) {
    const first = r.out.split('\n').find((l) => /error/i.test(l)) ?? 'f2c failed';
    return void skipped.set(s.name, `f2c: ${first.replace(/^.*?: /, '').trim()}`);
  }
  renameSync(join(tmpDir, `${s.name}.c`), cOut);
  spawnSync('rm', ['-rf', tmpDir]);
};
console.log(`  translating ${sources.length} LAPACK sources with f2c`);
await pool(sources, translate, 'translated');

// ---- 4. compile ------------------------------------------------------------------------------
writeFileSync(join(dirs.include, 'f2c.h'), readFileSync('/usr/include/f2c.h'));
const cflags = (process.env.STRIDE_CFLAGS ?? '-O3 -msimd128').split(/\s+/).filter(Boolean);
const common = [
  ...cflags,
  `-I${dirs.include}`,
  // f2c output is old-style C: silence the noise, keep real errors.
  '-Wno-everything',
];
const compileOne = async (name) => {
  const o = join(dirs.obj, `${name}.o`);
  const tmp = `${o}.tmp`;
  const r = await run('emcc', [...common, '-include', join(workDir, 'blas-rename.h'), '-c', join(dirs.c, `${name}.c`), '-o', tmp]);
  if (r.code !== 0) return void skipped.set(name, `emcc: ${r.out.split('\n').find((l) => /error/.test(l)) ?? 'failed'}`);
  renameSync(tmp, o);
};
// emcc starts a Python process per call, which costs more than compiling one small file, so
// files go in batches; each batch compiles in its own folder (emcc -c writes <name>.o there).
const compileBatch = async (names) => {
  const bdir = join(dirs.obj, `.batch-${names[0]}`);
  spawnSync('rm', ['-rf', bdir]);
  mkdirSync(bdir, { recursive: true });
  const r = await run(
    'emcc',
    [...common, '-include', join(workDir, 'blas-rename.h'), '-c', ...names.map((n) => join(dirs.c, `${n}.c`))],
    { cwd: bdir },
  );
  if (r.code === 0) {
    for (const n of names) renameSync(join(bdir, `${n}.o`), join(dirs.obj, `${n}.o`));
  } else {
    for (const n of names) await compileOne(n); // find the culprit
  }
  spawnSync('rm', ['-rf', bdir]);
  return names.length;
};
const translated = sources
  .map((s) => s.name)
  .filter((n) => existsSync(join(dirs.c, `${n}.c`)) && !existsSync(join(dirs.obj, `${n}.o`)));
const batches = [];
for (let i = 0; i < translated.length; i += 24) batches.push(translated.slice(i, i + 24));
console.log(`  compiling ${translated.length} translated files with emcc`);
{
  let done = 0;
  let next = 0;
  const one = async () => {
    while (next < batches.length) {
      done += await compileBatch(batches[next++]);
      console.log(`  compiled ${done}/${translated.length} files`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, one));
}

// The shims are compiled WITHOUT the rename header: they are the bridge.
{
  const o = join(dirs.obj, 'stride-blas-shim.o');
  if (!existsSync(o)) {
    const r = await run('emcc', [...common, '-c', join(workDir, 'blas-shim.c'), '-o', o]);
    if (r.code !== 0) throw new Error(`blas-shim.c failed to compile:\n${r.out}`);
  }
}

// Record what the f2c pass left out (a routine whose dependency is missing is pruned at link).
const prev = existsSync(join(workDir, 'skipped.txt')) ? readFileSync(join(workDir, 'skipped.txt'), 'utf8') : '';
for (const line of prev.split('\n')) {
  const m = /^(\w+): (.*)$/.exec(line);
  // Keep an earlier run's reason only while the routine still has no translation.
  if (m && !skipped.has(m[1]) && !existsSync(join(dirs.c, `${m[1]}.c`))) skipped.set(m[1], m[2]);
}
writeFileSync(
  join(workDir, 'skipped.txt'),
  [...skipped].sort(([a], [b]) => a.localeCompare(b)).map(([n, r]) => `${n}: ${r}`).join('\n') + '\n',
);
console.log(`  ${skipped.size} LAPACK sources could not be translated (see skipped.txt)`);
