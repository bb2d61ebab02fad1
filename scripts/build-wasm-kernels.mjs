// Shared by packages' scripts/build-kernels.mjs: compiles one C file to a position-independent
// WebAssembly module for the runtime's one memory (@stride/wasm's README, "Adding kernels") and
// writes a TypeScript module that embeds it as base64.
//
// The module is cached outside the repository, keyed by a hash of the source, the calling script,
// this file and the compiler's version: ${STRIDE_CACHE_DIR:-~/.cache/stride}/<name>/<hash>.wasm.
// The generated module is not committed (no built binaries in the repository): without clang's
// wasm32 target, clang-14 and lld-14 are installed with apt, as for ndarray's kernels.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The contract's flags: the emscripten triple is the one whose clang honours -fPIC for wasm32. */
export const PIC_FLAGS = [
  '--target=wasm32-unknown-emscripten',
  '-ffreestanding',
  '-O3',
  '-msimd128',
  '-nostdlib',
  '-fPIC',
  '-Wall',
  '-Werror',
  '-Wl,-shared,--experimental-pic,--no-entry',
];

const sh = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A clang with the wasm32 target and wasm-ld beside it (Debian: clang-14, lld-14), or null. */
function clangWithWasm() {
  for (const c of ['clang-14', 'clang']) {
    try {
      if (!sh(c, ['--print-targets']).includes('wasm32')) continue;
      sh('sh', ['-c', 'command -v wasm-ld-14 || command -v wasm-ld']);
      return c;
    } catch {}
  }
  return null;
}

/**
 * The clang to build kernels with; installs clang-14 and lld-14 with apt (as root, or through
 * `sudo -n`) when there is none. `who` names the caller in messages. Exits the process when no
 * compiler can be had.
 * @param {string} who
 * @returns {string}
 */
export function findOrInstallClang(who) {
  let clang = clangWithWasm();
  if (clang !== null) return clang;
  console.log(`${who}: installing clang-14 and lld-14 (apt)`);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = (args) => {
    const cmd = root ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
    execFileSync(cmd[0], cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  try {
    // Waits for the dpkg lock if another build is installing packages at the same time.
    apt(['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq']);
    apt(['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'clang-14', 'lld-14']);
  } catch (e) {
    console.error(`${who}: could not install clang-14/lld-14 (${e.message}); install them and run again`);
    process.exit(1);
  }
  clang = clangWithWasm();
  if (clang === null) {
    console.error(`${who}: clang with the wasm32 target and wasm-ld are needed`);
    process.exit(1);
  }
  return clang;
}

/**
 * The check for modules a loader instantiates with the runtime's memory alone: no other import,
 * no static data, no table (so a change to the C that needs more fails the build).
 * @param {WebAssembly.Module} module
 * @returns {string | null}
 */
export function memoryOnly(module) {
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`);
  if (imports.join() !== 'env.memory') return `the module must import env.memory only, got ${imports.join(', ')}`;
  const dylink = WebAssembly.Module.customSections(module, 'dylink.0')[0];
  if (dylink === undefined || new Uint8Array(dylink).slice(2).some((b) => b !== 0)) {
    return 'the module must have no static data and no table (dylink.0 sizes 0)';
  }
  return null;
}

/**
 * Builds `source` into `target` (exports `${prefix}_HASH` and `${prefix}_WASM`). `script` is the
 * caller's path (part of the cache key); `check(module)` may return a reason to refuse the module.
 * Returns the module's bytes, or exits the process with status 1 when it cannot be built.
 * @param {{ name: string, source: string, target: string, script: string, prefix: string,
 *   check?: (m: WebAssembly.Module) => string | null }} o
 */
export function buildWasmKernels(o) {
  const stop = (why) => {
    console.error(`${o.name} kernels: ${why}`);
    process.exit(1);
  };
  const clang = findOrInstallClang(`${o.name} kernels`);
  const hash = createHash('sha256')
    .update(readFileSync(o.source))
    .update(readFileSync(o.script))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(sh(clang, ['--version']).split('\n')[0])
    .digest('hex')
    .slice(0, 16);
  const dir = join(process.env.STRIDE_CACHE_DIR || join(homedir(), '.cache', 'stride'), o.name);
  const cached = join(dir, `${hash}.wasm`);
  if (!existsSync(cached)) {
    const out = join(tmpdir(), `stride-${o.name}-kernels-${process.pid}.wasm`);
    try {
      sh(clang, [...PIC_FLAGS, '-o', out, o.source]);
    } catch (e) {
      return stop(`${clang} failed:\n${e.stderr || e.message}`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${cached}.tmp`, readFileSync(out));
    renameSync(`${cached}.tmp`, cached);
  }
  const bytes = readFileSync(cached);
  const why = o.check?.(new WebAssembly.Module(bytes)) ?? null;
  if (why !== null) return stop(why);
  const b64 = bytes.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 100) lines.push(`  '${b64.slice(i, i + 100)}'`);
  const rel = o.source.slice(o.source.lastIndexOf('/native/') + 1);
  const text = `// Generated by scripts/build-kernels.mjs from ${rel}: do not edit.
/** Hash of the kernels' source, build scripts and compiler (the build cache key). */
export const ${o.prefix}_HASH = '${hash}';
/** The compiled WebAssembly module (${bytes.length} bytes), base64. */
export const ${o.prefix}_WASM: string =\n${lines.join(' +\n')};
`;
  if (!existsSync(o.target) || readFileSync(o.target, 'utf8') !== text) writeFileSync(o.target, text);
  console.log(`${o.name} kernels: ${hash} (${bytes.length} bytes)`);
  return bytes;
}
