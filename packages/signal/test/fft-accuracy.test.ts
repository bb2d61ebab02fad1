// FFT accuracy at a large power of two and a large prime (Bluestein), against NumPy 2.4
// (scripts/gen_fft_fixtures.py): the largest error over sampled outputs relative to the largest
// output magnitude, and the round trip max|ifft(fft(x)) − x| / max|x| beside NumPy's own. The
// measured values are printed (README.md quotes them).
import { readFileSync } from 'node:fs';
import { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode } from '../../../test/fixtures.js';
import { fft } from '../src/index.js';

interface Case {
  n: number;
  seed: number;
  idx: number[];
  out: Enc;
  scale: number;
  numpyRoundTrip: number;
}
const { cases } = JSON.parse(readFileSync(new URL('./fixtures/fft-accuracy.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** The generator's complex input: hashed values, exact on both sides (see fft.test.ts). */
function input(n: number, seed: number): NDArray {
  const h = new Float64Array(2 * n);
  for (let k = 0; k < 2 * n; k++) h[k] = ((k * 2654435761 + seed * 40503) % 4294967296) / 4294967296 - 0.5;
  return new NDArray('complex128', h, [n]);
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

describe('fft accuracy against NumPy at 2^20 and at the prime 100003', () => {
  for (const c of cases) {
    it(`fft of length ${c.n}: error ≤ 2e-15 of the largest output; ifft(fft(x)) returns x within 4× NumPy's own round trip`, () => {
      const x = input(c.n, c.seed);
      const y = fft.fft(x);
      const got = new Float64Array(2 * c.idx.length);
      const yd = y.data as Float64Array;
      c.idx.forEach((k, i) => {
        got[2 * i] = yd[2 * k] as number;
        got[2 * i + 1] = yd[2 * k + 1] as number;
      });
      const want = decode(c.out).data as Float64Array;
      const rel = maxAbsDiff(got, want) / c.scale;
      const back = fft.ifft(y);
      const xd = x.data as Float64Array;
      let xmax = 0;
      for (const v of xd) xmax = Math.max(xmax, Math.abs(v));
      const trip = maxAbsDiff(back.data as Float64Array, xd) / xmax;
      console.info(
        `fft n=${c.n}: max error / max|X| = ${rel.toExponential(2)}; round trip ${trip.toExponential(2)} (NumPy ${c.numpyRoundTrip.toExponential(2)})`,
      );
      expect(rel).toBeLessThanOrEqual(2e-15);
      expect(trip).toBeLessThanOrEqual(4 * Math.max(c.numpyRoundTrip, 2 ** -52));
    });
  }
});
