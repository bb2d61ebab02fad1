// FIR design (firwin, firwin2, the Kaiser formulas) and resampling (resample, resamplePoly, upfirdn,
// decimate) against SciPy 1.17 fixtures (scripts/gen-resample.py).
import { describe, expect, it } from 'vitest';
import * as signal from '../src/index.js';
import { runCases } from './filter-cases.js';

runCases('resample.json', 'FIR design and resampling against SciPy');

describe('resampling: edge cases and Kaiser formulas', () => {
  it('kaiserord(65, 0.0375) is {numtaps: 213, beta: 6.20426}', () => {
    const r = signal.kaiserord(65, 0.0375);
    expect(r.numtaps).toBe(213);
    expect(r.beta).toBeCloseTo(6.20426, 12);
  });
  it('kaiserBeta(30) and kaiserBeta(10) follow the three regimes', () => {
    expect(signal.kaiserBeta(30)).toBeCloseTo(0.5842 * 9 ** 0.4 + 0.07886 * 9, 14);
    expect(signal.kaiserBeta(10)).toBe(0);
  });
  it('firwin(30, 0.3, {passZero: false}) cannot pass Nyquist with an even length', () => {
    expect(() => signal.firwin(30, 0.3, { passZero: false })).toThrow(/even number of coefficients/);
  });
  it('firwin(31, 1.2) names the cutoff range', () => {
    expect(() => signal.firwin(31, 1.2)).toThrow(/less than fs\/2/);
  });
  it('firwin2 refuses what SciPy refuses: freq not from 0 to fs/2, decreasing, a value three times, 0 repeated, a gain the type cannot have, nfreqs ≤ numtaps', () => {
    expect(() => signal.firwin2(5, [0.1, 0.5, 1], [1, 1, 0])).toThrow(/start with 0 and end with fs\/2/);
    expect(() => signal.firwin2(5, [0, 0.6, 0.5, 1], [1, 1, 0, 0])).toThrow(/non-decreasing/);
    expect(() => signal.firwin2(5, [0, 0.5, 0.5, 0.5, 1], [1, 1, 0, 0, 0])).toThrow(/more than twice/);
    expect(() => signal.firwin2(5, [0, 0, 0.5, 1], [1, 1, 0, 0])).toThrow(/0 must not be repeated/);
    expect(() => signal.firwin2(6, [0, 0.5, 1], [1, 1, 1])).toThrow(/type II .* zero gain at Nyquist, got 1/);
    expect(() => signal.firwin2(7, [0, 0.5, 1], [1, 1, 1], { antisymmetric: true })).toThrow(/type III/);
    expect(() => signal.firwin2(8, [0, 0.5, 1], [1, 1, 1], { antisymmetric: true })).toThrow(/type IV/);
    expect(() => signal.firwin2(9, [0, 0.5, 1], [1, 1, 0], { nfreqs: 8 })).toThrow(/numtaps = 9 and nfreqs = 8/);
    expect(() => signal.firwin2(5, [0, 0.5, 1], [1, 1])).toThrow(/same length, got 3 and 2/);
  });
  it('resamplePoly(x, 0, 1) is a ValueError', () => {
    expect(() => signal.resamplePoly([1, 2, 3], 0, 1)).toThrow(/up and down must be >= 1/);
  });
  it('resamplePoly(x, 2, 3, {padtype: "mean", cval: 1}) rejects the unused cval', () => {
    expect(() => signal.resamplePoly([1, 2, 3], 2, 3, { padtype: 'mean', cval: 1 })).toThrow(/cval has no effect/);
  });
  it('decimate(x, 0) is a ValueError', () => {
    expect(() => signal.decimate([1, 2, 3], 0)).toThrow(/q must be a positive integer/);
  });
  it('resample(x, 0) is a ValueError (SciPy divides by zero)', () => {
    expect(() => signal.resample([1, 2, 3, 4], 0)).toThrow(/num must be positive/);
  });
});
