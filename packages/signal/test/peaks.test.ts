import { readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import { argrelextrema, argrelmax, argrelmin, findPeaks, peakProminences, peakWidths } from '../src/index.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/peaks.json', import.meta.url), 'utf8')) as {
  signals: Record<string, Enc>;
  find: { signal: string; options: Record<string, unknown>; peaks: Enc; properties: Record<string, Enc> }[];
  prominences: ({ signal: string; peaks: Enc; wlen: number | null; relHeight: number } & Record<string, Enc>)[];
  rel: { fn: string; comparator?: string; data: Enc; options: Record<string, unknown>; out: Enc[] }[];
};
const signals = Object.fromEntries(Object.entries(fx.signals).map(([k, v]) => [k, decode(v)]));

function same(got: NDArray | undefined, want: Enc, what: string): void {
  const w = decode(want);
  expect(got, what).toBeDefined();
  expect(got?.dtype, what).toBe(w.dtype);
  expect(got?.shape, what).toEqual(w.shape);
  expectClose(got as NDArray, w, { atol: 1e-12 }, what);
}

describe('findPeaks against SciPy 1.17 (signal.find_peaks)', () => {
  for (const c of fx.find) {
    const label = `findPeaks(${c.signal}, ${JSON.stringify(c.options).slice(0, 100)})`;
    it(`${label} matches SciPy's peaks and properties`, () => {
      const { peaks, properties } = findPeaks(signals[c.signal] as NDArray, c.options as never);
      same(peaks, c.peaks, 'peaks');
      expect(Object.keys(properties).sort()).toEqual(Object.keys(c.properties).sort());
      for (const [k, v] of Object.entries(c.properties)) same((properties as Record<string, NDArray>)[k], v, k);
    });
  }
});

describe('peakProminences and peakWidths against SciPy 1.17', () => {
  for (const c of fx.prominences) {
    const label = `peakProminences/peakWidths(${c.signal}, wlen ${c.wlen}, relHeight ${c.relHeight})`;
    it(`${label} match SciPy`, () => {
      const x = signals[c.signal] as NDArray;
      const peaks = decode(c.peaks);
      const p = peakProminences(x, peaks, c.wlen);
      same(p.prominences, c.prominences as Enc, 'prominences');
      same(p.leftBases, c.leftBases as Enc, 'leftBases');
      same(p.rightBases, c.rightBases as Enc, 'rightBases');
      const w = peakWidths(x, peaks, c.relHeight, null, c.wlen);
      same(w.widths, c.widths as Enc, 'widths');
      same(w.widthHeights, c.widthHeights as Enc, 'widthHeights');
      same(w.leftIps, c.leftIps as Enc, 'leftIps');
      same(w.rightIps, c.rightIps as Enc, 'rightIps');
      const w2 = peakWidths(x, peaks, c.relHeight, p);
      same(w2.widths, c.widths as Enc, 'widths from prominenceData');
    });
  }
});

describe('argrelextrema / argrelmax / argrelmin against SciPy 1.17', () => {
  for (const c of fx.rel) {
    const data = decode(c.data);
    it(`${c.fn}(${data.shape}, ${c.comparator ?? ''} ${JSON.stringify(c.options)}) matches SciPy`, () => {
      const got =
        c.fn === 'argrelmax'
          ? argrelmax(data, c.options)
          : c.fn === 'argrelmin'
            ? argrelmin(data, c.options)
            : argrelextrema(data, c.comparator as 'greater_equal', c.options);
      expect(got.length).toBe(c.out.length);
      for (let i = 0; i < got.length; i++) same(got[i], c.out[i] as Enc, `index array ${i}`);
    });
  }
});
