// Loads stride-lapack.wasm once per realm, in Node (from the file next to the module) or a browser (fetch).
// Generated emscripten module: package.json "imports" maps #stride-lapack to dist-native/stride-lapack.mjs
// (built by scripts/build-native.sh) and, for type-checking here, to native/stride-lapack.d.mts.

import { WasmError } from './errors.js';
import { type LapackModule, wrapModule } from './module.js';
import { RESERVED_BYTES, allocate, blockSize, checkLayout, release, requireMemory, runtimeStats } from './runtime.js';

/** Where the wasm bytes come from; by default the file shipped in `dist-native/`. */
export interface LoadLapackOptions {
  /** A URL (string or `URL`) to fetch or read, the bytes themselves, or a compiled module. */
  readonly wasm?: string | URL | ArrayBuffer | Uint8Array | WebAssembly.Module;
}

const defaultWasmUrl = (): URL => new URL('../dist-native/stride-lapack.wasm', import.meta.url);

const isNode = (): boolean =>
  typeof process !== 'undefined' && typeof process.versions === 'object' && !!process.versions?.node;

/** Whether `b` starts with WebAssembly's magic number. */
const isWasm = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;

/**
 * The bytes of a WebAssembly file: read with Node's `fs` for a `file:` URL in Node, fetched
 * otherwise. A dev server's fallback page (200 with HTML where the file is missing) is refused by
 * checking the magic number. Shared by every loader of a module shipped beside its package.
 *
 * @throws {WasmError} naming the URL and what came back; a `TypeError` when `url` is not a URL.
 * @example
 * ```ts
 * // the smallest module (magic number and version), as a data: URL
 * const bytes = await readWasmFile(new URL('data:application/wasm;base64,AGFzbQEAAAA='));
 * bytes.length; // 8
 * ```
 */
export async function readWasmFile(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  if (!(url instanceof URL)) {
    const e = new TypeError(`readWasmFile: url must be a URL, got ${url === null ? 'null' : typeof url}`);
    (e as unknown as Record<symbol, boolean>)[Symbol.for('stride.error')] = true;
    throw e;
  }
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  let got: string;
  if (url.protocol === 'file:' && isNode()) {
    // A computed specifier keeps browser bundlers from trying to resolve a Node built-in.
    const fsName = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    try {
      bytes = new Uint8Array(await fs.readFile(url));
      got = 'no WebAssembly';
    } catch (e) {
      got = (e as Error).message;
    }
  } else {
    const res = await fetch(url);
    bytes = res.ok ? new Uint8Array(await res.arrayBuffer()) : undefined;
    got = res.ok ? `no WebAssembly (${res.headers.get('content-type')})` : `HTTP ${res.status}`;
  }
  if (bytes === undefined || !isWasm(bytes)) throw new WasmError(`reading ${url.href} gave ${got}`);
  return bytes;
}

async function readBytes(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readWasmFile(url);
  } catch (e) {
    throw new WasmError(
      `loadLapack: ${(e as Error).message}: serve @stride/wasm's ` +
        'dist-native/stride-lapack.wasm there, or pass its URL or bytes to loadLapack({ wasm }) before ' +
        "@stride/linalg is imported (esbuild, Vite's dev pre-bundling: see @stride/linalg's README)",
    );
  }
}

async function compile(source: LoadLapackOptions['wasm']): Promise<WebAssembly.Module> {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || source instanceof Uint8Array) {
    // A view over a SharedArrayBuffer is fine for compile(); the DOM typings are stricter.
    return WebAssembly.compile(source as BufferSource);
  }
  const url = source === undefined ? defaultWasmUrl() : new URL(source, import.meta.url);
  if (!(url.protocol === 'file:' && isNode()) && typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch {
      // Servers that send the wrong MIME type break streaming: fall back to bytes.
    }
  }
  return WebAssembly.compile(await readBytes(url));
}

let loading: Promise<LapackModule> | undefined;
let loadingFrom: LoadLapackOptions['wasm'];

/** Whether two `wasm` options name the same source (URLs by their text, bytes and modules by identity). */
const sameSource = (a: LoadLapackOptions['wasm'], b: LoadLapackOptions['wasm']): boolean =>
  a === b ||
  ((typeof a === 'string' || a instanceof URL) &&
    (typeof b === 'string' || b instanceof URL) &&
    String(a) === String(b));

/**
 * Loads the LAPACK/OpenBLAS module (once: later calls return the same promise).
 *
 * @param options - where to get the wasm from (a URL, the bytes or a compiled module; by default the
 *   file shipped in `dist-native/`). Only the first call chooses: a later call naming another
 *   source is rejected. In a browser bundle, call it before `@stride/linalg` is imported.
 * @returns the loaded module.
 * @throws {WasmError} when the wasm file cannot be read or instantiated.
 * @example
 * ```ts
 * const lapack = await loadLapack();
 * lapack.hasRoutine('dgesv'); // true
 * ```
 */
export function loadLapack(options: LoadLapackOptions = {}): Promise<LapackModule> {
  const source = options.wasm;
  if (loading !== undefined && source !== undefined && !sameSource(source, loadingFrom)) {
    // A later call cannot change the module: say so rather than ignore the option.
    return Promise.reject(
      new WasmError(
        'loadLapack: the module is already loaded (or loading) from another source; pass { wasm } in ' +
          'the first call, before @stride/linalg is imported',
      ),
    );
  }
  if (loading === undefined) loadingFrom = source;
  loading ??= instantiate(options).catch((e: unknown) => {
    loading = undefined; // let a later call retry (e.g. after a network error)
    throw e instanceof WasmError ? e : new WasmError(`loadLapack: ${String(e)}`, { cause: e });
  });
  return loading;
}

async function instantiate(options: LoadLapackOptions): Promise<LapackModule> {
  const wasmModule = await compile(options.wasm);
  // Imported here, not at the top, so that importing the runtime (ndarray does) never loads
  // the 270 KB glue, nor needs it built.
  const { default: createStrideLapack } = await import('#stride-lapack');
  const memory = requireMemory('loadLapack');
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const raw = await Promise.race([
    createStrideLapack({
      // We compile the module ourselves, so emscripten never looks for the file (its own
      // lookup needs Node's __dirname/require, or a global fetch that Node 20 cannot point at files).
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule), fail);
        return {};
      },
      // The one memory of the runtime, and its allocator for C's malloc/free (native/src/heap.c).
      wasmMemory: memory,
      strideRuntime: { allocate, release, blockSize, bytesInUse: () => runtimeStats().bytesInUse },
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
    }),
    failed,
  ]);
  const stackBase = raw._emscripten_stack_get_base;
  if (stackBase === undefined) throw new WasmError('stride-lapack.wasm predates the shared memory: rebuild it');
  checkLayout('stride-lapack.wasm', stackBase() >>> 0, RESERVED_BYTES);
  return wrapModule(raw);
}
