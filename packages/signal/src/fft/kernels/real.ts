/**
 * Real-input transforms at half cost: for even n the n real samples are read as n/2 complex
 * ones, transformed by a complex FFT of length n/2 and separated with one post-twiddle pass
 * (the inverse runs the same steps backwards). Odd n goes through the complex plan.
 * @module
 */
import { allocate, release, runtimeBuffer } from '@stride/wasm';
import { fftKernels } from './native.js';
import { type ComplexPlan, PlanCache, complexPlan } from './plan.js';
import { rootTable } from './twiddle.js';

/** A real transform of length n. */
export interface RealPlan {
  readonly n: number;
  /**
   * Forward: `x` holds n reals (read only; it must not share memory with `out`), `out`
   * (capacity 2·(n/2+1)) gets the n/2+1 complex outputs interleaved. Unnormalized.
   */
  forward(x: Float64Array, out: Float64Array): void;
  /**
   * Backward: `spec` holds n/2+1 complex values (it is overwritten); `out` (capacity
   * 2·(n/2+1)) gets the n real outputs. Unnormalized. The imaginary parts of the zero (and, for
   * even n, the Nyquist) frequency are ignored.
   */
  backward(spec: Float64Array, out: Float64Array): void;
}

/** Returns a plan's heap copy of its twiddles when the plan is collected. */
const heapTables = new FinalizationRegistry<number>((ptr) => release(ptr));

class EvenRealPlan implements RealPlan {
  readonly n: number;
  private readonly half: ComplexPlan;
  /** exp(−2πi k/n), k = 0 … n/2. */
  private readonly w: Float64Array;
  private readonly work: Float64Array;
  /** Byte address of `w` copied into the heap (0: not yet). */
  private heapW = 0;

  constructor(n: number) {
    this.n = n;
    this.half = complexPlan(n / 2);
    this.w = rootTable(n, n / 2 + 1);
    this.work = new Float64Array(n + 2);
  }

  forward(x: Float64Array, out: Float64Array): void {
    const h = this.n / 2;
    const w = this.w;
    // z_k = x_2k + i·x_2k+1: a complex transform of half the length, straight into `out`
    this.half.forward(x, out, this.work);
    if (this.nativePost(out)) return;
    const z0r = out[0] as number;
    const z0i = out[1] as number;
    out[0] = z0r + z0i;
    out[1] = 0;
    out[2 * h] = z0r - z0i;
    out[2 * h + 1] = 0;
    // In place, k with h − k: E = (Z_k + conj Z_{h−k})/2, O = (Z_k − conj Z_{h−k})/(2i),
    // X_k = E + w^k·O and X_{h−k} = conj(E − w^k·O).
    for (let k = 1, l = h - 1; k <= l; k++, l--) {
      const zr = out[2 * k] as number;
      const zi = out[2 * k + 1] as number;
      const cr = out[2 * l] as number;
      const ci = -(out[2 * l + 1] as number);
      const er = 0.5 * (zr + cr);
      const ei = 0.5 * (zi + ci);
      const or = 0.5 * (zi - ci);
      const oi = -0.5 * (zr - cr);
      const wr = w[2 * k] as number;
      const wi = w[2 * k + 1] as number;
      const pr = or * wr - oi * wi;
      const pi = or * wi + oi * wr;
      out[2 * k] = er + pr;
      out[2 * k + 1] = ei + pi;
      out[2 * l] = er - pr;
      out[2 * l + 1] = pi - ei;
    }
  }

  /** The separation by the WebAssembly kernel, for an `out` in the heap; false when it cannot run. */
  private nativePost(out: Float64Array): boolean {
    const k = fftKernels();
    const buf = runtimeBuffer();
    if (k === null || buf === null || out.buffer !== buf || this.n < 512) return false;
    if (this.heapW === 0) {
      const ptr = allocate(this.w.byteLength);
      if (ptr === 0) return false;
      new Float64Array(buf, ptr, this.w.length).set(this.w);
      this.heapW = ptr;
      heapTables.register(this, ptr);
    }
    k.fft_r2c_post(this.n / 2, out.byteOffset, this.heapW);
    return true;
  }

  backward(spec: Float64Array, out: Float64Array): void {
    const h = this.n / 2;
    const w = this.w;
    spec[1] = 0;
    spec[2 * h + 1] = 0;
    for (let k = 0; k < h; k++) {
      const xr = spec[2 * k] as number;
      const xi = spec[2 * k + 1] as number;
      const cr = spec[2 * (h - k)] as number;
      const ci = -(spec[2 * (h - k) + 1] as number);
      const sr = xr + cr;
      const si = xi + ci;
      const dr = xr - cr;
      const di = xi - ci;
      // i · conj(w^k) · d
      const wr = w[2 * k] as number;
      const wi = -(w[2 * k + 1] as number);
      const pr = dr * wr - di * wi;
      const pi = dr * wi + di * wr;
      out[2 * k] = sr - pi;
      out[2 * k + 1] = si + pr;
    }
    this.half.exec(out, this.work, true);
  }
}

class OddRealPlan implements RealPlan {
  readonly n: number;
  private readonly plan: ComplexPlan;
  private readonly buf: Float64Array;
  private readonly work: Float64Array;

  constructor(n: number) {
    this.n = n;
    this.plan = complexPlan(n);
    this.buf = new Float64Array(2 * n);
    this.work = new Float64Array(2 * n);
  }

  forward(x: Float64Array, out: Float64Array): void {
    const n = this.n;
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      buf[2 * i] = x[i] as number;
      buf[2 * i + 1] = 0;
    }
    this.plan.exec(buf, this.work, false);
    const m = (n >> 1) + 1;
    for (let i = 0; i < 2 * m; i++) out[i] = buf[i] as number;
    out[1] = 0;
  }

  backward(spec: Float64Array, out: Float64Array): void {
    const n = this.n;
    const buf = this.buf;
    const m = (n >> 1) + 1;
    buf[0] = spec[0] as number;
    buf[1] = 0;
    for (let k = 1; k < m; k++) {
      const re = spec[2 * k] as number;
      const im = spec[2 * k + 1] as number;
      buf[2 * k] = re;
      buf[2 * k + 1] = im;
      buf[2 * (n - k)] = re;
      buf[2 * (n - k) + 1] = -im;
    }
    this.plan.exec(buf, this.work, true);
    for (let i = 0; i < n; i++) out[i] = buf[2 * i] as number;
  }
}

const realPlans = new PlanCache<RealPlan>(16, (n) => (n % 2 === 0 ? new EvenRealPlan(n) : new OddRealPlan(n)));

/** The cached real plan for length n. */
export function realPlan(n: number): RealPlan {
  return realPlans.get(n);
}
