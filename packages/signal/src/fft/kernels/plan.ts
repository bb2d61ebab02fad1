/**
 * FFT plans over interleaved (re, im) Float64Arrays: a mixed-radix Stockham (autosort)
 * Cooley–Tukey transform with hard-coded radix-2, 3, 4, 5, 7, 8 and 11 passes (7 and 11
 * generated, passes.generated.ts) and a generic odd-factor pass, and Bluestein's chirp-z
 * algorithm (a convolution through a 5-smooth length) for lengths whose prime factors are large.
 * Every length costs O(n log n). Plans whose radices are all 2, 3, 4, 5 or 8 run on the
 * WebAssembly SIMD128 passes (native/fft.c) when they can; the TypeScript passes are the fallback.
 * @module
 */
import { allocate, release, runtimeBuffer } from '@stride/wasm';
import { type FFTKernels, fftKernels } from './native.js';
import { pass7, pass11 } from './passes.generated.js';
import { rootTable, unitRoot } from './twiddle.js';

const SIN60 = Math.sqrt(3) / 2;
const C51 = Math.cos((2 * Math.PI) / 5);
const C52 = Math.cos((4 * Math.PI) / 5);
const S51 = -Math.sin((2 * Math.PI) / 5);
const S52 = -Math.sin((4 * Math.PI) / 5);

/** A transform of one length. `data` and `work` hold 2·n numbers; the result is left in `data`. */
export interface ComplexPlan {
  readonly n: number;
  /** Unnormalized forward (sign −1) or backward (sign +1) transform of `data`, in place. */
  exec(data: Float64Array, work: Float64Array, backward: boolean): void;
  /**
   * Unnormalized forward transform of the first n complex values of `x` (left unchanged) into
   * `out`, with `work` (2·n numbers) as scratch; `x` must not share memory with `out` or `work`.
   * Saves the copies of an in-place transform when the input is already contiguous.
   */
  forward(x: Float64Array, out: Float64Array, work: Float64Array): void;
  /**
   * Transforms, in place, the n rows of `data` (heap memory, C order: n rows of L complex
   * numbers) along the row index: L transforms at once, each row read and written whole. False
   * when the WebAssembly passes cannot do it (nothing is touched then).
   */
  columns(data: Float64Array, L: number, backward: boolean): boolean;
}

interface Stage {
  readonly radix: number;
  /** Product of the radices of earlier stages. */
  readonly span: number;
  /** exp(−2πi r k / (span·radix)) at index k·(radix−1) + r − 1, interleaved. */
  readonly tw: Float64Array;
  /** For a generic radix: exp(−2πi m / radix), m = 0 … radix−1. */
  readonly roots: Float64Array | null;
}

/** Radices with a hard-coded pass (the others go through the generic odd-radix pass). */
const HARD_CODED = new Set([2, 3, 4, 5, 7, 8, 11]);

/** Prime factors of n, with triples of 2 merged into 8 and a pair into 4, 8s first. */
export function factorize(n: number): number[] {
  const out: number[] = [];
  let m = n;
  while (m % 8 === 0) {
    out.push(8);
    m /= 8;
  }
  while (m % 4 === 0) {
    out.push(4);
    m /= 4;
  }
  if (m % 2 === 0) {
    out.push(2);
    m /= 2;
  }
  for (let f = 3; f * f <= m; f += 2) {
    while (m % f === 0) {
      out.push(f);
      m /= f;
    }
  }
  if (m > 1) out.push(m);
  return out;
}

/** A rough operation count of the Cooley–Tukey plan for n. */
function costCT(n: number): number {
  let c = 0;
  for (const f of factorize(n)) c += HARD_CODED.has(f) ? f : 1.5 * f;
  return n * c;
}

/** The smallest 2^a·3^b·5^c ≥ n. */
export function goodSize5(n: number): number {
  if (n <= 6) return Math.max(n, 1);
  let best = 2 ** Math.ceil(Math.log2(n));
  for (let f5 = 1; f5 < best; f5 *= 5) {
    for (let f35 = f5; f35 < best; f35 *= 3) {
      let x = f35;
      while (x < n) x *= 2;
      if (x < best) best = x;
    }
  }
  return best;
}

/** Radices the WebAssembly kernels have passes for. */
const NATIVE_RADICES = new Set([2, 3, 4, 5, 8]);
/** Below this length the TypeScript passes are as fast (no copies through the heap). */
const NATIVE_MIN = 256;
/** Transforms up to this many bytes (2^16 complex numbers) use one kept pair of heap buffers. */
const KEPT_BYTES = 1 << 20;
let keptPtr = 0;
let keptSize = 0;
/**
 * A heap block of at least `bytes` kept between calls (many short transforms, the rows of an
 * N-d array, would otherwise allocate and free two blocks each); 0 when the heap is full.
 */
function keptScratch(bytes: number): number {
  if (keptSize < bytes) {
    release(keptPtr);
    keptSize = 0;
    keptPtr = allocate(bytes);
    if (keptPtr !== 0) keptSize = bytes;
  }
  return keptPtr;
}
/** Returns a plan's heap twiddle block when the plan is collected. */
const heapTables = new FinalizationRegistry<number>((ptr) => release(ptr));

class StockhamPlan implements ComplexPlan {
  readonly n: number;
  private readonly stages: Stage[];
  /** Whether the kernels have a pass for every stage (`nativeOk`: and n is long enough to gain). */
  private readonly nativeRadices: boolean;
  private readonly nativeOk: boolean;
  /** Byte address of the stages' twiddles copied into the heap (0: not yet), and each stage's. */
  private heapTw = 0;
  private readonly stageTw: number[] = [];

  constructor(n: number) {
    this.n = n;
    this.stages = [];
    let span = 1;
    for (const radix of factorize(n)) {
      const step = n / (span * radix);
      const tw = new Float64Array(2 * span * (radix - 1));
      for (let k = 0; k < span; k++) {
        for (let r = 1; r < radix; r++) unitRoot(-r * k * step, n, tw, 2 * (k * (radix - 1) + r - 1));
      }
      const roots = HARD_CODED.has(radix) ? null : rootTable(radix);
      this.stages.push({ radix, span, tw, roots });
      span *= radix;
    }
    this.nativeRadices = this.stages.every((st) => NATIVE_RADICES.has(st.radix));
    this.nativeOk = n >= NATIVE_MIN && this.nativeRadices;
  }

  /** The twiddles in the heap (copied on first use), or false when the heap is full. */
  private heapTwiddles(buf: ArrayBuffer): boolean {
    if (this.heapTw !== 0) return true;
    let bytes = 0;
    for (const st of this.stages) bytes += st.tw.byteLength;
    const ptr = allocate(bytes);
    if (ptr === 0) return false;
    let at = ptr;
    for (const st of this.stages) {
      new Float64Array(buf, at, st.tw.length).set(st.tw);
      this.stageTw.push(at);
      at += st.tw.byteLength;
    }
    this.heapTw = ptr;
    heapTables.register(this, ptr);
    return true;
  }

  /**
   * The transform by the WebAssembly passes: `x` (conjugated when `conj`) into `out` (conjugated
   * when `conj`), through two heap buffers; `x` is read where it lies when it is heap memory.
   * False when the kernels cannot run (none, a radix they lack, the heap full): nothing is touched.
   */
  private native(x: Float64Array, out: Float64Array, conj: boolean): boolean {
    if (!this.nativeOk) return false;
    const k = fftKernels();
    const buf = runtimeBuffer();
    if (k === null || buf === null || !this.heapTwiddles(buf)) return false;
    const n = this.n;
    const kept = 16 * n <= KEPT_BYTES;
    const a = kept ? keptScratch(32 * n) : allocate(16 * n);
    const b = kept ? (a === 0 ? 0 : a + 16 * n) : a === 0 ? 0 : allocate(16 * n);
    if (b === 0) {
      if (!kept) release(a);
      return false;
    }
    try {
      let src = a;
      if (x.buffer === buf && !conj) src = x.byteOffset;
      else {
        new Float64Array(buf, a, 2 * n).set(x.subarray(0, 2 * n));
        if (conj) k.fft_conj(a, n);
      }
      // an output in the heap (and not the input) takes the last pass directly: the passes
      // alternate between it and a temporary, starting by parity
      const direct = out.buffer === buf && out.byteOffset !== src;
      const other = src === a ? b : a;
      const count = this.stages.length;
      for (let i = 0; i < count; i++) {
        const st = this.stages[i] as Stage;
        const dst = direct ? ((count - 1 - i) % 2 === 0 ? out.byteOffset : other) : src === a ? b : a;
        runPass(k, st.radix, n / st.radix, st.span, 1, src, dst, this.stageTw[i] as number);
        src = dst;
      }
      if (conj) k.fft_conj(src, n);
      if (!direct) out.set(new Float64Array(buf, src, 2 * n));
    } finally {
      if (!kept) {
        release(b);
        release(a);
      }
    }
    return true;
  }

  columns(data: Float64Array, L: number, backward: boolean): boolean {
    const n = this.n;
    const k = fftKernels();
    const buf = runtimeBuffer();
    if (!this.nativeRadices || n <= 1 || k === null || buf === null || data.buffer !== buf) return false;
    if (!this.heapTwiddles(buf)) return false;
    const tmp = allocate(16 * n * L);
    if (tmp === 0) return false;
    try {
      const base = data.byteOffset;
      if (backward) k.fft_conj(base, n * L);
      let src = base;
      for (let i = 0; i < this.stages.length; i++) {
        const st = this.stages[i] as Stage;
        const dst = src === base ? tmp : base;
        runPass(k, st.radix, n / st.radix, st.span, L, src, dst, this.stageTw[i] as number);
        src = dst;
      }
      if (src !== base) data.set(new Float64Array(buf, src, 2 * n * L));
      if (backward) k.fft_conj(base, n * L);
    } finally {
      release(tmp);
    }
    return true;
  }

  exec(data: Float64Array, work: Float64Array, backward: boolean): void {
    const n = this.n;
    if (n <= 1 || this.native(data, data, backward)) return;
    if (backward) conjugate(data, n);
    // the stages alternate between the two buffers; an odd count ends in `work`
    const last = this.run(data, work, data);
    if (last !== data) data.set(last.subarray(0, 2 * n));
    if (backward) conjugate(data, n);
  }

  forward(x: Float64Array, out: Float64Array, work: Float64Array): void {
    const n = this.n;
    if (n <= 1) {
      out[0] = x[0] as number;
      out[1] = x[1] as number;
      return;
    }
    if (this.native(x, out, false)) return;
    // the first stage reads x; starting in `out` or `work` by parity makes the last one write `out`
    const odd = (this.stages.length & 1) === 1;
    this.run(x, odd ? out : work, odd ? work : out);
  }

  /** Runs the stages from `x` into `a`, then back and forth between `a` and `b`; returns the buffer holding the result. */
  private run(x: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
    const n = this.n;
    let src = x;
    let dst = a;
    for (const st of this.stages) {
      const q = n / st.radix;
      switch (st.radix) {
        case 2:
          pass2(q, st.span, src, dst, st.tw);
          break;
        case 3:
          pass3(q, st.span, src, dst, st.tw);
          break;
        case 4:
          pass4(q, st.span, src, dst, st.tw);
          break;
        case 5:
          pass5(q, st.span, src, dst, st.tw);
          break;
        case 7:
          pass7(q, st.span, src, dst, st.tw);
          break;
        case 8:
          pass8(q, st.span, src, dst, st.tw);
          break;
        case 11:
          pass11(q, st.span, src, dst, st.tw);
          break;
        default:
          passGeneric(st.radix, q, st.span, src, dst, st.tw, st.roots as Float64Array);
      }
      src = dst;
      dst = dst === a ? b : a;
    }
    return src;
  }
}

/** One WebAssembly pass (a radix in NATIVE_RADICES) over rows of L complex numbers. */
function runPass(
  k: FFTKernels,
  radix: number,
  q: number,
  p: number,
  L: number,
  x: number,
  y: number,
  tw: number,
): void {
  if (radix === 8) k.fft_pass8(q, p, L, x, y, tw);
  else if (radix === 4) k.fft_pass4(q, p, L, x, y, tw);
  else if (radix === 2) k.fft_pass2(q, p, L, x, y, tw);
  else if (radix === 3) k.fft_pass3(q, p, L, x, y, tw);
  else k.fft_pass5(q, p, L, x, y, tw);
}

function conjugate(x: Float64Array, n: number): void {
  for (let i = 1; i < 2 * n; i += 2) x[i] = -(x[i] as number);
}

// Each pass: butterflies i = b·p + k (p = span) read src[i + r·q], twiddle by
// exp(−2πi r k/(p·R)), and write dst[b·p·R + k + r·p].

function pass2(q: number, p: number, x: Float64Array, y: Float64Array, tw: Float64Array): void {
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * 2 + k);
      const a0r = x[i] as number;
      const a0i = x[i + 1] as number;
      let a1r = x[i + 2 * q] as number;
      let a1i = x[i + 2 * q + 1] as number;
      if (k > 0) {
        const wr = tw[2 * k] as number;
        const wi = tw[2 * k + 1] as number;
        const t = a1r * wr - a1i * wi;
        a1i = a1r * wi + a1i * wr;
        a1r = t;
      }
      y[j] = a0r + a1r;
      y[j + 1] = a0i + a1i;
      y[j + 2 * p] = a0r - a1r;
      y[j + 2 * p + 1] = a0i - a1i;
    }
  }
}

function pass3(q: number, p: number, x: Float64Array, y: Float64Array, tw: Float64Array): void {
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * 3 + k);
      const a0r = x[i] as number;
      const a0i = x[i + 1] as number;
      let a1r = x[i + 2 * q] as number;
      let a1i = x[i + 2 * q + 1] as number;
      let a2r = x[i + 4 * q] as number;
      let a2i = x[i + 4 * q + 1] as number;
      if (k > 0) {
        const o = 4 * k;
        let wr = tw[o] as number;
        let wi = tw[o + 1] as number;
        let t = a1r * wr - a1i * wi;
        a1i = a1r * wi + a1i * wr;
        a1r = t;
        wr = tw[o + 2] as number;
        wi = tw[o + 3] as number;
        t = a2r * wr - a2i * wi;
        a2i = a2r * wi + a2i * wr;
        a2r = t;
      }
      const t1r = a1r + a2r;
      const t1i = a1i + a2i;
      const t2r = a1r - a2r;
      const t2i = a1i - a2i;
      const mr = a0r - 0.5 * t1r;
      const mi = a0i - 0.5 * t1i;
      // ± i·(−sin 60°)·t2
      const sr = SIN60 * t2i;
      const si = -SIN60 * t2r;
      y[j] = a0r + t1r;
      y[j + 1] = a0i + t1i;
      y[j + 2 * p] = mr + sr;
      y[j + 2 * p + 1] = mi + si;
      y[j + 4 * p] = mr - sr;
      y[j + 4 * p + 1] = mi - si;
    }
  }
}

function pass4(q: number, p: number, x: Float64Array, y: Float64Array, tw: Float64Array): void {
  const q2 = 2 * q;
  const p2 = 2 * p;
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * 4 + k);
      const a0r = x[i] as number;
      const a0i = x[i + 1] as number;
      let a1r = x[i + q2] as number;
      let a1i = x[i + q2 + 1] as number;
      let a2r = x[i + 2 * q2] as number;
      let a2i = x[i + 2 * q2 + 1] as number;
      let a3r = x[i + 3 * q2] as number;
      let a3i = x[i + 3 * q2 + 1] as number;
      if (k > 0) {
        const o = 6 * k;
        let wr = tw[o] as number;
        let wi = tw[o + 1] as number;
        let t = a1r * wr - a1i * wi;
        a1i = a1r * wi + a1i * wr;
        a1r = t;
        wr = tw[o + 2] as number;
        wi = tw[o + 3] as number;
        t = a2r * wr - a2i * wi;
        a2i = a2r * wi + a2i * wr;
        a2r = t;
        wr = tw[o + 4] as number;
        wi = tw[o + 5] as number;
        t = a3r * wr - a3i * wi;
        a3i = a3r * wi + a3i * wr;
        a3r = t;
      }
      const t0r = a0r + a2r;
      const t0i = a0i + a2i;
      const t1r = a0r - a2r;
      const t1i = a0i - a2i;
      const t2r = a1r + a3r;
      const t2i = a1i + a3i;
      // (a1 − a3)·(−i)
      const t3r = a1i - a3i;
      const t3i = a3r - a1r;
      y[j] = t0r + t2r;
      y[j + 1] = t0i + t2i;
      y[j + p2] = t1r + t3r;
      y[j + p2 + 1] = t1i + t3i;
      y[j + 2 * p2] = t0r - t2r;
      y[j + 2 * p2 + 1] = t0i - t2i;
      y[j + 3 * p2] = t1r - t3r;
      y[j + 3 * p2 + 1] = t1i - t3i;
    }
  }
}

const SQRT1_2 = Math.SQRT1_2;

function pass8(q: number, p: number, x: Float64Array, y: Float64Array, tw: Float64Array): void {
  const q2 = 2 * q;
  const p2 = 2 * p;
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * 8 + k);
      let a0r = x[i] as number;
      let a0i = x[i + 1] as number;
      let a1r = x[i + q2] as number;
      let a1i = x[i + q2 + 1] as number;
      let a2r = x[i + 2 * q2] as number;
      let a2i = x[i + 2 * q2 + 1] as number;
      let a3r = x[i + 3 * q2] as number;
      let a3i = x[i + 3 * q2 + 1] as number;
      let a4r = x[i + 4 * q2] as number;
      let a4i = x[i + 4 * q2 + 1] as number;
      let a5r = x[i + 5 * q2] as number;
      let a5i = x[i + 5 * q2 + 1] as number;
      let a6r = x[i + 6 * q2] as number;
      let a6i = x[i + 6 * q2 + 1] as number;
      let a7r = x[i + 7 * q2] as number;
      let a7i = x[i + 7 * q2 + 1] as number;
      if (k > 0) {
        const o = 14 * k;
        let wr = tw[o] as number;
        let wi = tw[o + 1] as number;
        let t = a1r * wr - a1i * wi;
        a1i = a1r * wi + a1i * wr;
        a1r = t;
        wr = tw[o + 2] as number;
        wi = tw[o + 3] as number;
        t = a2r * wr - a2i * wi;
        a2i = a2r * wi + a2i * wr;
        a2r = t;
        wr = tw[o + 4] as number;
        wi = tw[o + 5] as number;
        t = a3r * wr - a3i * wi;
        a3i = a3r * wi + a3i * wr;
        a3r = t;
        wr = tw[o + 6] as number;
        wi = tw[o + 7] as number;
        t = a4r * wr - a4i * wi;
        a4i = a4r * wi + a4i * wr;
        a4r = t;
        wr = tw[o + 8] as number;
        wi = tw[o + 9] as number;
        t = a5r * wr - a5i * wi;
        a5i = a5r * wi + a5i * wr;
        a5r = t;
        wr = tw[o + 10] as number;
        wi = tw[o + 11] as number;
        t = a6r * wr - a6i * wi;
        a6i = a6r * wi + a6i * wr;
        a6r = t;
        wr = tw[o + 12] as number;
        wi = tw[o + 13] as number;
        t = a7r * wr - a7i * wi;
        a7i = a7r * wi + a7i * wr;
        a7r = t;
      }
      // first layer: pairs (r, r + 4)
      let t = a0r;
      a0r = t + a4r;
      a4r = t - a4r;
      t = a0i;
      a0i = t + a4i;
      a4i = t - a4i;
      t = a1r;
      a1r = t + a5r;
      a5r = t - a5r;
      t = a1i;
      a1i = t + a5i;
      a5i = t - a5i;
      t = a2r;
      a2r = t + a6r;
      a6r = t - a6r;
      t = a2i;
      a2i = t + a6i;
      a6i = t - a6i;
      t = a3r;
      a3r = t + a7r;
      a7r = t - a7r;
      t = a3i;
      a3i = t + a7i;
      a7i = t - a7i;
      // twiddles of the second half: a5·w, a6·w², a7·w³ with w = exp(−πi/4)
      t = SQRT1_2 * (a5r + a5i);
      a5i = SQRT1_2 * (a5i - a5r);
      a5r = t;
      t = a6i;
      a6i = -a6r;
      a6r = t;
      t = SQRT1_2 * (a7i - a7r);
      a7i = -SQRT1_2 * (a7r + a7i);
      a7r = t;
      // even outputs: 4-point DFT of a0..a3; odd outputs: of a4..a7
      const e0r = a0r + a2r;
      const e0i = a0i + a2i;
      const e1r = a0r - a2r;
      const e1i = a0i - a2i;
      const e2r = a1r + a3r;
      const e2i = a1i + a3i;
      const e3r = a1i - a3i;
      const e3i = a3r - a1r;
      y[j] = e0r + e2r;
      y[j + 1] = e0i + e2i;
      y[j + 2 * p2] = e1r + e3r;
      y[j + 2 * p2 + 1] = e1i + e3i;
      y[j + 4 * p2] = e0r - e2r;
      y[j + 4 * p2 + 1] = e0i - e2i;
      y[j + 6 * p2] = e1r - e3r;
      y[j + 6 * p2 + 1] = e1i - e3i;
      const o0r = a4r + a6r;
      const o0i = a4i + a6i;
      const o1r = a4r - a6r;
      const o1i = a4i - a6i;
      const o2r = a5r + a7r;
      const o2i = a5i + a7i;
      const o3r = a5i - a7i;
      const o3i = a7r - a5r;
      y[j + p2] = o0r + o2r;
      y[j + p2 + 1] = o0i + o2i;
      y[j + 3 * p2] = o1r + o3r;
      y[j + 3 * p2 + 1] = o1i + o3i;
      y[j + 5 * p2] = o0r - o2r;
      y[j + 5 * p2 + 1] = o0i - o2i;
      y[j + 7 * p2] = o1r - o3r;
      y[j + 7 * p2 + 1] = o1i - o3i;
    }
  }
}

function pass5(q: number, p: number, x: Float64Array, y: Float64Array, tw: Float64Array): void {
  const q2 = 2 * q;
  const p2 = 2 * p;
  const a = new Float64Array(10);
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * 5 + k);
      a[0] = x[i] as number;
      a[1] = x[i + 1] as number;
      for (let r = 1; r < 5; r++) {
        const vr = x[i + r * q2] as number;
        const vi = x[i + r * q2 + 1] as number;
        if (k > 0) {
          const o = 2 * (4 * k + r - 1);
          const wr = tw[o] as number;
          const wi = tw[o + 1] as number;
          a[2 * r] = vr * wr - vi * wi;
          a[2 * r + 1] = vr * wi + vi * wr;
        } else {
          a[2 * r] = vr;
          a[2 * r + 1] = vi;
        }
      }
      const a0r = a[0] as number;
      const a0i = a[1] as number;
      const t1r = (a[2] as number) + (a[8] as number);
      const t1i = (a[3] as number) + (a[9] as number);
      const t4r = (a[2] as number) - (a[8] as number);
      const t4i = (a[3] as number) - (a[9] as number);
      const t2r = (a[4] as number) + (a[6] as number);
      const t2i = (a[5] as number) + (a[7] as number);
      const t3r = (a[4] as number) - (a[6] as number);
      const t3i = (a[5] as number) - (a[7] as number);
      const m1r = a0r + C51 * t1r + C52 * t2r;
      const m1i = a0i + C51 * t1i + C52 * t2i;
      const m2r = a0r + C52 * t1r + C51 * t2r;
      const m2i = a0i + C52 * t1i + C51 * t2i;
      // i·(S51 t4 + S52 t3) and i·(S52 t4 − S51 t3)
      const n1r = -(S51 * t4i + S52 * t3i);
      const n1i = S51 * t4r + S52 * t3r;
      const n2r = -(S52 * t4i - S51 * t3i);
      const n2i = S52 * t4r - S51 * t3r;
      y[j] = a0r + t1r + t2r;
      y[j + 1] = a0i + t1i + t2i;
      y[j + p2] = m1r + n1r;
      y[j + p2 + 1] = m1i + n1i;
      y[j + 4 * p2] = m1r - n1r;
      y[j + 4 * p2 + 1] = m1i - n1i;
      y[j + 2 * p2] = m2r + n2r;
      y[j + 2 * p2 + 1] = m2i + n2i;
      y[j + 3 * p2] = m2r - n2r;
      y[j + 3 * p2 + 1] = m2i - n2i;
    }
  }
}

function passGeneric(
  R: number,
  q: number,
  p: number,
  x: Float64Array,
  y: Float64Array,
  tw: Float64Array,
  roots: Float64Array,
): void {
  const v = new Float64Array(2 * R);
  const half = (R - 1) >> 1;
  const sums = new Float64Array(2 * (half + 1));
  const difs = new Float64Array(2 * (half + 1));
  for (let b = 0; b < q; b += p) {
    for (let k = 0; k < p; k++) {
      const i = 2 * (b + k);
      const j = 2 * (b * R + k);
      v[0] = x[i] as number;
      v[1] = x[i + 1] as number;
      for (let r = 1; r < R; r++) {
        const vr = x[i + 2 * r * q] as number;
        const vi = x[i + 2 * r * q + 1] as number;
        const o = 2 * (k * (R - 1) + r - 1);
        const wr = tw[o] as number;
        const wi = tw[o + 1] as number;
        v[2 * r] = vr * wr - vi * wi;
        v[2 * r + 1] = vr * wi + vi * wr;
      }
      let y0r = v[0] as number;
      let y0i = v[1] as number;
      for (let r = 1; r <= half; r++) {
        const ar = v[2 * r] as number;
        const ai = v[2 * r + 1] as number;
        const br = v[2 * (R - r)] as number;
        const bi = v[2 * (R - r) + 1] as number;
        sums[2 * r] = ar + br;
        sums[2 * r + 1] = ai + bi;
        difs[2 * r] = ar - br;
        difs[2 * r + 1] = ai - bi;
        y0r += ar + br;
        y0i += ai + bi;
      }
      y[j] = y0r;
      y[j + 1] = y0i;
      for (let s = 1; s <= half; s++) {
        let Ar = v[0] as number;
        let Ai = v[1] as number;
        let Br = 0;
        let Bi = 0;
        for (let r = 1; r <= half; r++) {
          const m = 2 * ((r * s) % R);
          const c = roots[m] as number;
          const sn = roots[m + 1] as number;
          Ar += c * (sums[2 * r] as number);
          Ai += c * (sums[2 * r + 1] as number);
          Br += sn * (difs[2 * r] as number);
          Bi += sn * (difs[2 * r + 1] as number);
        }
        // y_s = A + iB, y_{R−s} = A − iB
        y[j + 2 * s * p] = Ar - Bi;
        y[j + 2 * s * p + 1] = Ai + Br;
        y[j + 2 * (R - s) * p] = Ar + Bi;
        y[j + 2 * (R - s) * p + 1] = Ai - Br;
      }
    }
  }
}

/** Bluestein's algorithm: the DFT of length n as a circular convolution of length m ≥ 2n − 1. */
class BluesteinPlan implements ComplexPlan {
  readonly n: number;
  private readonly m: number;
  private readonly sub: ComplexPlan;
  /** exp(−πi k²/n), k < n. */
  private readonly chirp: Float64Array;
  /** FFT of the conjugate chirp, wrapped circularly, scaled by 1/m. */
  private readonly kernel: Float64Array;
  private readonly a: Float64Array;
  private readonly aw: Float64Array;

  constructor(n: number) {
    this.n = n;
    const m = goodSize5(2 * n - 1);
    this.m = m;
    this.sub = new StockhamPlan(m);
    const chirp = new Float64Array(2 * n);
    // k² mod 2n, updated incrementally so it stays exact.
    let k2 = 0;
    for (let k = 0; k < n; k++) {
      unitRoot(-k2, 2 * n, chirp, 2 * k);
      k2 = (k2 + 2 * k + 1) % (2 * n);
    }
    this.chirp = chirp;
    const b = new Float64Array(2 * m);
    b[0] = 1;
    for (let k = 1; k < n; k++) {
      const re = chirp[2 * k] as number;
      const im = -(chirp[2 * k + 1] as number);
      b[2 * k] = re;
      b[2 * k + 1] = im;
      b[2 * (m - k)] = re;
      b[2 * (m - k) + 1] = im;
    }
    this.a = new Float64Array(2 * m);
    this.aw = new Float64Array(2 * m);
    this.sub.exec(b, this.aw, false);
    for (let i = 0; i < 2 * m; i++) b[i] = (b[i] as number) / m;
    this.kernel = b;
  }

  columns(): boolean {
    return false;
  }

  forward(x: Float64Array, out: Float64Array, work: Float64Array): void {
    out.set(x.subarray(0, 2 * this.n));
    this.exec(out, work, false);
  }

  exec(data: Float64Array, _work: Float64Array, backward: boolean): void {
    const { n, m, chirp, kernel, a } = this;
    const sgn = backward ? -1 : 1;
    a.fill(0);
    for (let k = 0; k < n; k++) {
      const xr = data[2 * k] as number;
      const xi = sgn * (data[2 * k + 1] as number);
      const wr = chirp[2 * k] as number;
      const wi = chirp[2 * k + 1] as number;
      a[2 * k] = xr * wr - xi * wi;
      a[2 * k + 1] = xr * wi + xi * wr;
    }
    this.sub.exec(a, this.aw, false);
    // conj(A·B): the inverse transform as a forward one of the conjugate.
    for (let i = 0; i < 2 * m; i += 2) {
      const ar = a[i] as number;
      const ai = a[i + 1] as number;
      const br = kernel[i] as number;
      const bi = kernel[i + 1] as number;
      a[i] = ar * br - ai * bi;
      a[i + 1] = -(ar * bi + ai * br);
    }
    this.sub.exec(a, this.aw, false);
    for (let k = 0; k < n; k++) {
      const cr = a[2 * k] as number;
      const ci = -(a[2 * k + 1] as number);
      const wr = chirp[2 * k] as number;
      const wi = chirp[2 * k + 1] as number;
      data[2 * k] = cr * wr - ci * wi;
      data[2 * k + 1] = sgn * (cr * wi + ci * wr);
    }
  }
}

/** Whether Bluestein is cheaper than the Cooley–Tukey plan for n. */
export function prefersBluestein(n: number): boolean {
  if (n < 50) return false;
  const m = goodSize5(2 * n - 1);
  return costCT(n) > 1.5 * (2 * costCT(m) + 6 * m);
}

/** A bounded least-recently-used cache of plans. */
export class PlanCache<P> {
  private readonly map = new Map<number, P>();
  constructor(
    private readonly capacity: number,
    private readonly make: (n: number) => P,
  ) {}
  private lastKey = -1;
  private lastPlan: P | undefined;
  get(n: number): P {
    if (n === this.lastKey) return this.lastPlan as P;
    const hit = this.map.get(n);
    if (hit !== undefined) {
      this.map.delete(n);
      this.map.set(n, hit);
      this.lastKey = n;
      this.lastPlan = hit;
      return hit;
    }
    const plan = this.make(n);
    this.map.set(n, plan);
    this.lastKey = n;
    this.lastPlan = plan;
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as number;
      this.map.delete(oldest);
    }
    return plan;
  }
  get size(): number {
    return this.map.size;
  }
}

const complexPlans = new PlanCache<ComplexPlan>(16, (n) =>
  prefersBluestein(n) ? new BluesteinPlan(n) : new StockhamPlan(n),
);

/** The cached complex plan for length n. */
export function complexPlan(n: number): ComplexPlan {
  return complexPlans.get(n);
}
