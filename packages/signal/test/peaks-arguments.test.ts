// Wrong-style arguments over the peak-finding exports (conventions §2).
import { StrideError, ValueError } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { argError } from './argument-helpers.js';
import { argrelextrema, argrelmax, argrelmin, findPeaks, peakProminences, peakWidths } from '../src/index.js';

const x = [0, 2, 0, 1, 1, 1, 0, 3, 0];

describe('peaks: wrong-style arguments', () => {
  it('findPeaks: unknown options and wrong types are ArgumentErrors naming them', () => {
    argError(() => findPeaks(x, { bogus: 1 } as never), 'findPeaks', 'bogus');
    argError(() => findPeaks(x, { height: '1' } as never), 'findPeaks', 'height');
    argError(() => findPeaks(x, { distance: '2' } as never), 'findPeaks', 'distance');
    argError(() => findPeaks(x, { relHeight: '0.5' } as never), 'findPeaks', 'relHeight');
    argError(() => findPeaks(x, { wlen: [3] } as never), 'findPeaks', 'wlen');
  });
  it('findPeaks: 2-d x, distance < 1, wlen ≤ 1, relHeight < 0 and a bound of the wrong size are ValueErrors', () => {
    expect(() =>
      findPeaks([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/x must be a 1-D array/);
    expect(() => findPeaks(x, { distance: 0.5 })).toThrow(/distance must be greater or equal to 1, got 0.5/);
    expect(() => findPeaks(x, { prominence: 1, wlen: 1 })).toThrow(/wlen must be larger than 1, got 1/);
    expect(() => findPeaks(x, { width: 1, relHeight: -1 })).toThrow(/relHeight must be greater or equal to 0/);
    expect(() => findPeaks(x, { height: [1, 2, 3] })).toThrow(ValueError);
  });
  it('findPeaks: "abc" is a typed error; [] and NaN give SciPy\'s answers', () => {
    expect(() => findPeaks('abc' as never)).toThrow(StrideError);
    expect(findPeaks([]).peaks.shape).toEqual([0]);
    expect(findPeaks([0, Number.NaN, 0, 1, 0]).peaks.toArray()).toEqual([3]);
  });
  it('peakProminences / peakWidths: bad peaks, wlen and prominence data', () => {
    expect(() => peakProminences(x, [20])).toThrow(/peak 20 is not a valid index/);
    argError(() => peakProminences(x, [1.5]), 'peakProminences', 'peaks');
    expect(() => peakProminences(x, [[1]])).toThrow(/peaks must be a 1-D array/);
    expect(() => peakProminences(x, [1], 0.5)).toThrow(/wlen must be larger than 1/);
    argError(() => peakProminences(x, [1], { bogus: 1 } as never), 'peakProminences', 'bogus');
    expect(() => peakWidths(x, [1], -0.5)).toThrow(/relHeight must be greater or equal to 0/);
    expect(() => peakWidths(x, [1], 0.5, [[1], [5], [2]])).toThrow(/prominence data is invalid for peak 1/);
    expect(() => peakWidths(x, [1], 0.5, [[1, 2], [0], [2]])).toThrow(/same length/);
    argError(() => peakWidths(x, [1], 0.5, 5 as never, 3), 'peakWidths', 'prominenceData');
    argError(() => peakWidths(x, [1], { relHeight: 'x' } as never), 'peakWidths', 'relHeight');
  });
  it('argrelextrema / argrelmax / argrelmin: bad comparator, order, mode and axis', () => {
    expect(() => argrelextrema(x, 'bigger' as never)).toThrow(ValueError);
    expect(() => argrelmax(x, { order: 0 })).toThrow(/order must be an integer ≥ 1, got 0/);
    expect(() => argrelmin(x, { order: 1.5 })).toThrow(/order/);
    expect(() => argrelmax(x, { mode: 'nearest' as never })).toThrow(ValueError);
    argError(() => argrelmax(x, { mode: 1 } as never), 'argrelmax', 'mode');
    argError(() => argrelmin(x, { bogus: 1 } as never), 'argrelmin', 'bogus');
    expect(() => argrelmax(x, { axis: 1 })).toThrow(/axis 1 is out of bounds/);
    expect(argrelmax([])[0]?.shape).toEqual([0]);
    expect(argrelextrema(x, (a, b) => a > b)[0]?.toArray()).toEqual([1, 7]);
  });
});
