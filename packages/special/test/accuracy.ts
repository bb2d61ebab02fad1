// Shared by the accuracy test and the report script: reads the fixtures and measures ULP errors.
import { readFileSync } from 'node:fs';
import { decode, type Enc, ulpDistance } from '../../../test/fixtures.js';

/** One function's fixture: inputs, the mpmath truth rounded to float64, SciPy's values. */
export interface Case {
  args: Enc[];
  truth: Enc;
  scipy: Enc;
}

export function loadFamily(name: string): Record<string, Case> {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Record<string, Case>;
}

export function values(e: Enc): Float64Array {
  return decode(e).data as Float64Array;
}

/** ULP errors of `got` against the truth; where the truth is NaN (a pole or a domain edge mpmath refuses), SciPy's value is the reference. */
export function ulpErrors(got: ArrayLike<number>, truth: Float64Array, scipy: Float64Array): Float64Array {
  const out = new Float64Array(got.length);
  for (let i = 0; i < got.length; i++) {
    const t = truth[i] as number;
    const ref = Number.isNaN(t) ? (scipy[i] as number) : t;
    const g = got[i] as number;
    out[i] = Number.isNaN(ref) ? (Number.isNaN(g) ? 0 : Number.POSITIVE_INFINITY) : ulpDistance(g, ref);
  }
  return out;
}

export function stats(errs: Float64Array): { max: number; median: number; at: number } {
  let max = 0;
  let at = -1;
  for (let i = 0; i < errs.length; i++) {
    if ((errs[i] as number) > max) {
      max = errs[i] as number;
      at = i;
    }
  }
  const sorted = Array.from(errs).sort((a, b) => a - b);
  return { max, median: sorted.length ? (sorted[sorted.length >> 1] as number) : 0, at };
}
