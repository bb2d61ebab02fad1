// Conformance of src/statistics (histogram, histogramBinEdges, bincount, digitize) against NumPy 2.4
// fixtures (scripts/gen_sorting_fixtures.py writes them with the sorting suites), plus examples.
import { describe, expect, it } from 'vitest';
import { DTypeError, ValueError } from '../src/errors.js';
import { bincount, digitize, histogram, histogramBinEdges } from '../src/statistics/index.js';
import { runSuite } from './lane-fixtures.js';

runSuite('statistics.json');

describe('statistics: errors and documented examples', () => {
  it('histogram: bins must be positive', () => {
    expect(() => histogram([1, 2, 3], 0)).toThrow(new ValueError('histogram: bins must be positive, got 0'));
    expect(() => histogram([1, 2, 3], 2.5)).toThrow(DTypeError);
  });
  it('histogram / bincount / digitize', () => {
    const { hist, binEdges } = histogram([1, 2, 1], [0, 1, 2, 3]);
    expect(hist.toArray()).toEqual([0, 2, 1]);
    expect(binEdges.toArray()).toEqual([0, 1, 2, 3]);
    expect(histogram([0, 1, 1, 2], 2).hist.toArray()).toEqual([1, 3]);
    expect(histogramBinEdges([1, 2, 3], 4, { range: [0, 1] }).toArray()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(bincount([0, 1, 1, 3, 2, 1, 7]).toArray()).toEqual([1, 3, 1, 1, 0, 0, 0, 1]);
    expect(bincount([0, 1, 1], { weights: [0.5, 1, 2] }).toArray()).toEqual([0.5, 3]);
    expect(digitize([0.2, 6.4, 3.0, 1.6], [0, 1, 2.5, 4, 10]).toArray()).toEqual([1, 4, 3, 2]);
  });
});
