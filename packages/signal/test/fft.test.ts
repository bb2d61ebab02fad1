import { readFileSync } from 'node:fs';
import { NDArray, asarray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import { fft } from '../src/index.js';

interface Case {
  fn: string;
  shape: number[];
  complex: boolean;
  seed: number;
  dtype: 'float64' | 'float32';
  kwargs: Record<string, unknown>;
  outShape: number[];
  outDtype: string;
  scale: number;
  idx?: number[];
  out: Enc;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/fft.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** The generator's input: ((k·2654435761 + seed·40503) mod 2^32)/2^32 − 0.5, exact on both sides. */
function hashed(count: number, seed: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = ((k * 2654435761 + seed * 40503) % 4294967296) / 4294967296 - 0.5;
  return out;
}

function makeInput(c: Case): NDArray {
  const size = c.shape.reduce((p, d) => p * d, 1);
  const h = hashed(c.complex ? 2 * size : size, c.seed);
  const single = c.dtype === 'float32';
  const dtype = c.complex ? (single ? 'complex64' : 'complex128') : c.dtype;
  return new NDArray(dtype, single ? Float32Array.from(h) : h, c.shape);
}

/** Error allowed relative to the output's largest magnitude: 1e-12·log2(n) in double, 2e-6 in single. */
const RTOL_F64 = 1e-12;
const RTOL_F32 = 2e-6;

function tolFor(c: Case): { atol: number } {
  const n = Math.max(2, ...c.shape, ...c.outShape);
  const rel = c.dtype === 'float32' ? RTOL_F32 * Math.log2(n) : RTOL_F64 * Math.log2(n);
  return { atol: rel * Math.max(c.scale, 1e-300) };
}

type Fn = (a: NDArray, options: Record<string, unknown>) => NDArray;

function label(c: Case): string {
  return `fft.${c.fn}(${c.dtype} ${c.complex ? 'complex' : 'real'} [${c.shape}], ${JSON.stringify(c.kwargs)})`;
}

describe('fft namespace against NumPy 2.4 (numpy.fft)', () => {
  for (const c of fixtures.cases) {
    it(`${label(c)} matches NumPy within 1e-12·log2(n) of the largest output`, () => {
      const f = (fft as unknown as Record<string, Fn>)[c.fn] as Fn;
      const got = f(makeInput(c), c.kwargs);
      expect(got.shape).toEqual(c.outShape);
      expect(got.dtype).toBe(c.outDtype);
      const want = decode(c.out);
      if (c.idx) {
        const flat = asarray(got).data;
        const cplx = got.dtype.startsWith('complex');
        const picked = new Float64Array(cplx ? 2 * c.idx.length : c.idx.length);
        c.idx.forEach((k, i) => {
          if (cplx) {
            picked[2 * i] = flat[2 * k] as number;
            picked[2 * i + 1] = flat[2 * k + 1] as number;
          } else picked[i] = flat[k] as number;
        });
        const g = new NDArray(cplx ? 'complex128' : 'float64', picked, [c.idx.length]);
        expectClose(g, want, tolFor(c), label(c));
      } else {
        expectClose(got, want, tolFor(c), label(c));
      }
    });
  }
});

describe('fft edge cases', () => {
  it('fft.fft([5]) is [5 + 0i] (n = 1)', () => {
    expect(fft.fft([5]).toArray()).toEqual([{ re: 5, im: 0 }]);
  });
  it('fft.ifft(fft.fft(x)) gives x back within 1e-15 relative for n = 1009 (Bluestein)', () => {
    const x = hashed(2018, 3);
    const z = new NDArray('complex128', x, [1009]);
    const back = fft.ifft(fft.fft(z));
    expectClose(back, z, { atol: 1e-15 * 20 }, 'round trip');
  });
  it('fft.irfft(fft.rfft(x), 2^12) gives x back within 1e-15·log2(n)', () => {
    const x = new NDArray('float64', hashed(4096, 4), [4096]);
    expectClose(fft.irfft(fft.rfft(x), 4096), x, { atol: 1e-15 * 12 }, 'round trip');
  });
  it('fft.fft(x, {axis: -1}) on a non-contiguous view (a transposed array) equals fft along axis 0', () => {
    const z = new NDArray('complex128', hashed(2 * 6 * 10, 5), [6, 10]);
    expectClose(fft.fft(z.T, { axis: -1 }), fft.fft(z, null, 0).T, { atol: 1e-14 }, 'transposed');
  });
  it('fft.fft along a leading axis of a large contiguous array (all columns at once in the heap) equals the transposed line-by-line transform, with padding, truncation and ifft', () => {
    const z = new NDArray('complex128', hashed(2 * 48 * 300, 6), [48, 300]);
    for (const [n, inv] of [
      [48, false],
      [64, false],
      [40, true],
    ] as const) {
      const f = inv ? fft.ifft : fft.fft;
      const got = f(z, n, 0);
      const want = f(z.T, n, -1).T;
      expectClose(got, want, { atol: 1e-13 * (inv ? 1 : 48) }, `n = ${n}`);
    }
    const z3 = new NDArray('complex128', hashed(2 * 6 * 32 * 64, 7), [6, 32, 64]);
    expectClose(fft.fftn(z3, null, [1]), fft.fft(z3, null, 1), { atol: 0 }, 'fftn along the middle axis');
    expectClose(
      fft.fft(z3, null, 1),
      fft
        .fft(
          new NDArray('complex128', Float64Array.from(z3.data as Float64Array), [6, 32, 64]).transpose(0, 2, 1),
          null,
          2,
        )
        .transpose(0, 2, 1),
      { atol: 1e-13 * 32 },
      'middle axis',
    );
  });
  it('fft.fft(x, 8, 0, "ortho") takes NumPy positionals', () => {
    const x = [1, 2, 3];
    expectClose(fft.fft(x, 8, 0, 'ortho'), fft.fft(x, { n: 8, axis: 0, norm: 'ortho' }), { atol: 0 }, 'positional');
  });
  it('fft.fft on an empty axis or n = 0 is a ValueError like NumPy', () => {
    expect(() => fft.fft([])).toThrow(/invalid number of FFT data points \(0\)/);
    expect(() => fft.fft([1, 2], 0)).toThrow(/invalid number of FFT data points \(0\)/);
    expect(() => fft.irfft([1])).toThrow(/invalid number of FFT data points \(0\)/);
  });
  it('fft.fft of a 0-d array is an AxisError (NumPy: axis out of range)', () => {
    expect(() => fft.fft(3)).toThrow(/axis -1 is out of bounds for array of dimension 0/);
  });
  it('fft.fft(x, {axis: 2}) on 2-d input is an AxisError', () => {
    expect(() => fft.fft([[1, 2]], { axis: 2 })).toThrow(/axis 2 is out of bounds/);
  });
  it('fft.rfft of complex input is a DTypeError (NumPy: TypeError)', () => {
    expect(() => fft.rfft(new NDArray('complex128', new Float64Array(4), [2]))).toThrow(/must be real/);
  });
  it('fft.fft of int32 and bool input gives complex128', () => {
    expect(fft.fft(new Int32Array([1, 2, 3])).dtype).toBe('complex128');
    expect(fft.fft([true, false]).dtype).toBe('complex128');
  });
  it('fft.fftfreq(5, 0.1) is [0, 2, 4, -4, -2] and fft.rfftfreq(8) is [0, 0.125, 0.25, 0.375, 0.5]', () => {
    expectClose(fft.fftfreq(5, 0.1), new NDArray('float64', new Float64Array([0, 2, 4, -4, -2]), [5]), { ulps: 1 });
    expect(fft.fftfreq(4).toArray()).toEqual([0, 0.25, -0.5, -0.25]);
    expect(fft.rfftfreq(8).toArray()).toEqual([0, 0.125, 0.25, 0.375, 0.5]);
  });
  it('fft.fftshift / fft.ifftshift roll by n/2 along each axis', () => {
    expect(fft.fftshift([0, 1, 2, 3, 4]).toArray()).toEqual([3, 4, 0, 1, 2]);
    expect(fft.ifftshift([3, 4, 0, 1, 2]).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(
      fft
        .fftshift(
          [
            [0, 1, 2],
            [3, 4, 5],
          ],
          1,
        )
        .toArray(),
    ).toEqual([
      [2, 0, 1],
      [5, 3, 4],
    ]);
    expect(
      fft
        .fftshift([
          [0, 1, 2],
          [3, 4, 5],
        ])
        .toArray(),
    ).toEqual([
      [5, 3, 4],
      [2, 0, 1],
    ]);
  });
  it('fft.nextFastLen matches scipy.fft.next_fast_len for 1..29 and real lengths', () => {
    const scipy = [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 14, 15, 16, 18, 18, 20, 20, 21, 22, 24, 24, 25, 27, 27, 28, 30,
    ];
    expect(scipy.map((_, i) => fft.nextFastLen(i + 1))).toEqual(scipy);
    expect(fft.nextFastLen(97)).toBe(98);
    expect(fft.nextFastLen(97, true)).toBe(100);
    expect(fft.nextFastLen(0)).toBe(0);
  });
});
