/**
 * The WebAssembly SIMD128 FFT passes (native/fft.c) in the runtime's one memory. The module has
 * no static data, no table and no import but the memory; it is compiled synchronously on first
 * use where the engine allows it (Node, workers) and in the background elsewhere (a browser's
 * main thread refuses synchronous compilation of modules above 4 KB): until it is ready, and
 * wherever WebAssembly or the runtime's memory is missing, the TypeScript passes run.
 * @module
 */
import { runtimeMemory } from '@stride/wasm';
import { FFT_KERNELS_WASM } from './native.generated.js';

/** The exported passes: byte addresses into the memory, counts in complex elements (L: columns per row). */
export interface FFTKernels {
  fft_pass2(q: number, p: number, L: number, x: number, y: number, tw: number): void;
  fft_pass3(q: number, p: number, L: number, x: number, y: number, tw: number): void;
  fft_pass4(q: number, p: number, L: number, x: number, y: number, tw: number): void;
  fft_pass5(q: number, p: number, L: number, x: number, y: number, tw: number): void;
  fft_pass8(q: number, p: number, L: number, x: number, y: number, tw: number): void;
  fft_conj(x: number, n: number): void;
  fft_r2c_post(h: number, out: number, w: number): void;
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
/** `STRIDE_SIGNAL_NATIVE=0` turns the kernels off (the TypeScript passes then run everything). */
let enabled = !(isNode && (process.env.STRIDE_SIGNAL_NATIVE === '0' || process.env.STRIDE_SIGNAL_NATIVE === 'off'));
let kernels: FFTKernels | null | undefined;
let compiling = false;

function bytes(): Uint8Array<ArrayBuffer> {
  const bin = atob(FFT_KERNELS_WASM);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function instantiate(module: WebAssembly.Module, memory: WebAssembly.Memory): FFTKernels | null {
  try {
    return new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as FFTKernels;
  } catch {
    return null;
  }
}

/** The kernels, or null where they cannot run (yet). */
export function fftKernels(): FFTKernels | null {
  if (!enabled) return null;
  if (kernels !== undefined) return kernels;
  if (compiling || typeof WebAssembly === 'undefined') return null;
  const memory = runtimeMemory();
  if (memory === null) {
    kernels = null;
    return null;
  }
  const b = bytes();
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(b);
  } catch {
    compiling = true;
    WebAssembly.compile(b).then(
      (m) => {
        kernels = instantiate(m, memory);
      },
      () => {
        kernels = null;
      },
    );
    return null;
  }
  kernels = instantiate(module, memory);
  return kernels;
}

/** Turns the kernels on or off (tests run both paths); returns the previous setting. */
export function useNativeFFT(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
