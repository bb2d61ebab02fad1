// Conformance of src/sorting against NumPy 2.4 fixtures (scripts/gen_sorting_fixtures.py, run by
// lane-fixtures.ts), plus properties, error messages and input immutability.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DType } from '@stride/protocol';
import { NDArray } from '../src/ndarray.js';
import { array } from '../src/core/convert.js';
import { AxisError } from '../src/core/iter.js';
import { DTypeError, ShapeError, ValueError } from '../src/errors.js';
import { convolve, diff, gradient, interp } from '../src/series/index.js';
import {
  argpartition,
  argsort,
  intersect1d,
  isin,
  lexsort,
  partition,
  searchsorted,
  setdiff1d,
  setxor1d,
  sort,
  union1d,
  unique,
  uniqueAll,
  uniqueCounts,
  uniqueInverse,
  uniqueValues,
} from '../src/sorting/index.js';
import { bincount, digitize, histogram } from '../src/statistics/index.js';
import { lessScalar, runSuite } from './lane-fixtures.js';

runSuite('sorting.json');
runSuite('sorting_sets.json');

// ------------------------------------------------------------------ properties

/** NumPy's `<` for reals (NaN last); the reference order for the properties below. */
function npLess(a: number, b: number): boolean {
  return a < b || (Number.isNaN(b) && !Number.isNaN(a));
}

/** The stable NumPy-order permutation, via Array.prototype.sort (stable since ES2019). */
function refArgsort<T>(xs: readonly T[], less: (a: T, b: T) => boolean): number[] {
  return xs.map((_, i) => i).sort((i, j) => (less(xs[i] as T, xs[j] as T) ? -1 : less(xs[j] as T, xs[i] as T) ? 1 : 0));
}

const specialDouble = fc.oneof(
  { weight: 6, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
);

describe('sort / argsort properties (fast-check)', () => {
  it('sort(float64) is the stable NumPy order: sorted, a permutation, -0/0 in input order', () => {
    fc.assert(
      fc.property(fc.array(specialDouble, { maxLength: 2500 }), (xs) => {
        const x = new NDArray('float64', Float64Array.from(xs), [xs.length]);
        const out = Array.from(sort(x).data as Float64Array);
        const ref = refArgsort(xs, npLess).map((i) => xs[i] as number);
        expect(out.length).toBe(ref.length);
        for (let i = 0; i < ref.length; i++) {
          if (!Object.is(out[i], ref[i]) && !(Number.isNaN(out[i]) && Number.isNaN(ref[i]))) {
            expect.fail(`element ${i}: ${out[i]} vs ${ref[i]}`);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('argsort(float32 / float64, kind stable) keeps ties (NaN, -0/0, repeats) in input order', () => {
    fc.assert(
      fc.property(fc.array(specialDouble, { maxLength: 2500 }), fc.boolean(), (xs, f32) => {
        const data = f32 ? Float32Array.from(xs) : Float64Array.from(xs);
        const x = new NDArray(f32 ? 'float32' : 'float64', data, [xs.length]);
        const vals = Array.from(data);
        expect(Array.from(argsort(x, { kind: 'stable' }).data as Int32Array)).toEqual(refArgsort(vals, npLess));
      }),
      { numRuns: 60 },
    );
  });

  it('argsort of integers with many ties is stable for every integer dtype', () => {
    const dtypes: DType[] = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];
    fc.assert(
      fc.property(
        fc.constantFrom(...dtypes),
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3000 }),
        (dtype, xs) => {
          const x = array(xs, { dtype });
          const vals = Array.from(x.data as ArrayLike<number | bigint>, Number);
          const perm = Array.from(argsort(x).data as Int32Array);
          expect(perm).toEqual(refArgsort(vals, (a, b) => a < b));
          const sorted = sort(x).toArray() as unknown[];
          expect(sorted.map(Number)).toEqual(perm.map((p) => vals[p]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('argsort(complex) is stable in NumPy complex order (radix and merge paths)', () => {
    const part = fc.oneof(fc.constantFrom(Number.NaN, -0, 0, 1, -1, 2.5), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(part, part), { maxLength: 1500 }), fc.boolean(), (zs, c64) => {
        const data = (c64 ? Float32Array : Float64Array).from(zs.flat());
        const z = new NDArray(c64 ? 'complex64' : 'complex128', data, [zs.length]);
        const vals = zs.map((_, i) => ({ re: data[2 * i] as number, im: data[2 * i + 1] as number }));
        const perm = Array.from(argsort(z).data as Int32Array);
        expect(perm).toEqual(refArgsort(vals, lessScalar));
        const sorted = sort(z).toArray() as { re: number; im: number }[];
        sorted.forEach((v, i) => {
          const e = vals[perm[i] as number] as { re: number; im: number };
          expect(Object.is(v.re, e.re) && Object.is(v.im, e.im)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('argsort(int64) orders the full 64-bit range', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 1500 }), (xs) => {
        const x = new NDArray('int64', BigInt64Array.from(xs), [xs.length]);
        expect(Array.from(argsort(x).data as Int32Array)).toEqual(refArgsort(xs, (a, b) => a < b));
      }),
      { numRuns: 30 },
    );
  });

  it('partition(x, kth) puts the kth value in place with no larger value before it', () => {
    fc.assert(
      fc.property(
        fc.array(specialDouble, { minLength: 1, maxLength: 400 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (xs, ks) => {
          const n = xs.length;
          const kth = [...new Set(ks.map((k) => k % n))];
          const ref = refArgsort(xs, npLess).map((i) => xs[i] as number);
          const out = Array.from(partition(Float64Array.from(xs), kth).data as Float64Array);
          const idx = Array.from(argpartition(Float64Array.from(xs), kth).data as Int32Array);
          for (const k of kth) {
            for (const lane of [out, idx.map((i) => xs[i] as number)]) {
              expect(
                Object.is(lane[k], ref[k]) || lane[k] === ref[k] || (Number.isNaN(lane[k]) && Number.isNaN(ref[k])),
              ).toBe(true);
              for (let i = 0; i < k; i++) expect(npLess(lane[k] as number, lane[i] as number)).toBe(false);
              for (let i = k + 1; i < n; i++) expect(npLess(lane[i] as number, lane[k] as number)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('searchsorted(sort(a), v) brackets every v', () => {
    fc.assert(
      fc.property(fc.array(specialDouble, { maxLength: 300 }), fc.array(specialDouble, { maxLength: 30 }), (as, vs) => {
        const a = sort(Float64Array.from(as));
        const s = Array.from(a.data as Float64Array);
        const left = Array.from(searchsorted(a, Float64Array.from(vs)).data as Int32Array);
        const right = Array.from(searchsorted(a, Float64Array.from(vs), { side: 'right' }).data as Int32Array);
        vs.forEach((v, i) => {
          const l = left[i] as number;
          const r = right[i] as number;
          expect(l).toBe(s.filter((x) => npLess(x, v)).length);
          expect(r).toBe(s.filter((x) => !npLess(v, x)).length);
        });
      }),
      { numRuns: 60 },
    );
  });
});

// ------------------------------------------------------------------ layouts, dtypes, corners

describe('sort along axes and views', () => {
  it('sort of a transposed and a reversed view matches sort of a copy', () => {
    const base = new NDArray(
      'float64',
      Float64Array.from({ length: 24 }, (_, i) => ((i * 7) % 11) - 5),
      [4, 6],
    );
    const t = base.T;
    expect(sort(t, { axis: 0 }).toArray()).toEqual(sort(array(t.toArray()), { axis: 0 }).toArray());
    expect(argsort(t).toArray()).toEqual(argsort(array(t.toArray())).toArray());
    const rev = base.view([4, 6], [6, -1], 5);
    expect(sort(rev).toArray()).toEqual(sort(array(rev.toArray())).toArray());
    expect(sort(rev, { axis: null }).toArray()).toEqual(sort(array(rev.toArray()), { axis: null }).toArray());
  });

  it('sort of read-only input works and leaves it unchanged', () => {
    const data = Float64Array.from([3, 1, 2]);
    const ro = new NDArray('float64', data, [3], undefined, 0, { readonly: true });
    expect(sort(ro).toArray()).toEqual([1, 2, 3]);
    expect(Array.from(data)).toEqual([3, 1, 2]);
  });

  it('sort(complex) orders by real, then imaginary part, NaN classes last', () => {
    const z = array([
      { re: Number.NaN, im: 0 },
      { re: 1, im: Number.NaN },
      { re: 1, im: 2 },
      { re: 1, im: -1 },
      { re: -2, im: 5 },
    ]);
    expect(sort(z).toArray()).toEqual([
      { re: -2, im: 5 },
      { re: 1, im: -1 },
      { re: 1, im: 2 },
      { re: 1, im: Number.NaN },
      { re: Number.NaN, im: 0 },
    ]);
  });

  it('sort of long lanes along axis 0 (radix path, strided lanes)', () => {
    const n = 3000;
    const m = new NDArray(
      'float64',
      Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 12.9898) * 43758.5453),
      [n, 2],
    );
    const s = sort(m, { axis: 0 });
    for (let c = 0; c < 2; c++) {
      const col = Array.from({ length: n }, (_, i) => m.get(i, c) as number).sort((a, b) => a - b);
      expect(Array.from({ length: n }, (_, i) => s.get(i, c))).toEqual(col);
    }
  });

  it('uniform lanes skip radix passes (all-equal keys) and stay stable', () => {
    const x = new Float64Array(5000).fill(0.25);
    expect(Array.from(argsort(x).data as Int32Array)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(Array.from(sort(x).data as Float64Array).every((v) => v === 0.25)).toBe(true);
  });
});

// ------------------------------------------------------------------ errors

describe('errors name the problem and leave inputs untouched', () => {
  it('searchsorted: a must be 1-D', () => {
    expect(() =>
      searchsorted(
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ),
    ).toThrow(new ValueError('searchsorted: a must be 1-D, got shape [2, 2]'));
  });
  it('partition: kth out of bounds', () => {
    expect(() => partition([3, 1, 2], 5)).toThrow(new ValueError('partition: kth 5 out of bounds for axis of size 3'));
    expect(() => argpartition([3, 1, 2], -4)).toThrow(/argpartition: kth -4 out of bounds for axis of size 3/);
  });
  it('axis errors are AxisError', () => {
    expect(() => sort([1, 2], { axis: 1 })).toThrow(AxisError);
    expect(() => argsort(5)).toThrow(/argsort: axis -1 is out of bounds for array of dimension 0/);
    expect(() => unique([[1]], { axis: 2 })).toThrow(AxisError);
  });
  it('unknown options are ValueErrors naming the choices', () => {
    expect(() => sort([1], { kind: 'bogo' as never })).toThrow(/sort: unknown kind "bogo"/);
    expect(() => searchsorted([1], 1, { side: 'middle' as never })).toThrow(
      /searchsorted: side must be one of 'left', 'right'/,
    );
    expect(() => convolve([1], [1], 'wide' as never)).toThrow(/convolve: mode must be one of/);
  });
  it('shape mismatches name both shapes', () => {
    expect(() => histogram([1, 2, 3], 3, { weights: [1, 2] })).toThrow(
      /weights should have the same shape as a, got \[2\] and \[3\]/,
    );
    expect(() =>
      lexsort([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toThrow(ShapeError);
    expect(() => diff([[1, 2]], { prepend: [[0], [0]], axis: 1 })).toThrow(
      /prepend of shape \[2, 1\] does not match a of shape \[1, 2\]/,
    );
  });
  it('value errors', () => {
    expect(() => bincount([1, -1])).toThrow(/bincount: x must have no negative elements/);
    expect(() => bincount([0.5])).toThrow(DTypeError);
    expect(() => digitize([1], [1, 3, 2])).toThrow(/bins must be monotonically increasing or decreasing/);
    expect(() => interp([1], [], [])).toThrow(/interp: array of sample points is empty/);
    expect(() => interp([1], [1, 2], [1, 2], { period: 0 })).toThrow(/period must be a non-zero value/);
    expect(() => diff(5)).toThrow(/diff: requires input that is at least one dimensional/);
    expect(() => gradient([1])).toThrow(/too small to calculate a numerical gradient/);
    expect(() => gradient([true, false])).toThrow(DTypeError);
    expect(() => convolve([], [1])).toThrow(/convolve: a cannot be empty/);
    expect(() => searchsorted([1, 2, 3], 2, { sorter: [0, 1, 5] })).toThrow(/sorter index 5 out of range/);
  });
  it('a failed call leaves its inputs unchanged', () => {
    const x = new NDArray('float64', Float64Array.from([3, Number.NaN, -0, 1]), [4]);
    const w = Float64Array.from([1, 2]);
    const before = Array.from(x.data as Float64Array);
    expect(() => partition(x, 9)).toThrow();
    expect(() => histogram(x, 3, { range: [0, 5], weights: w })).toThrow();
    expect(() => searchsorted(x.view([2, 2], [2, 1], 0), 1)).toThrow();
    expect(() => histogram(x)).toThrow(/autodetected range of \[nan, nan\] is not finite/);
    expect(Array.from(x.data as Float64Array)).toEqual(before);
    expect(Object.is((x.data as Float64Array)[2], -0)).toBe(true);
    expect(Array.from(w)).toEqual([1, 2]);
  });
  it('successful calls never write to their inputs', () => {
    const data = Float64Array.from([5, -0, Number.NaN, 2, 2, 0, -7]);
    const copyOf = Array.from(data);
    const x = new NDArray('float64', data, [7]);
    sort(x);
    argsort(x);
    partition(x, [1, 4]);
    argpartition(x, 3);
    unique(x, { returnIndex: true, returnInverse: true, returnCounts: true });
    diff(x, { n: 2 });
    gradient(x);
    histogram(x, 3, { range: [-10, 10] });
    for (let i = 0; i < 7; i++)
      expect(Object.is(data[i], copyOf[i]) || (Number.isNaN(data[i]) && Number.isNaN(copyOf[i]))).toBe(true);
  });
});

// ------------------------------------------------------------------ the TSDoc examples

describe('documented examples', () => {
  it('sort / argsort / partition / searchsorted / lexsort', () => {
    expect(sort([3, 1, Number.NaN, 2]).toArray()).toEqual([1, 2, 3, Number.NaN]);
    expect(
      sort(
        [
          [3, 1],
          [0, 2],
        ],
        { axis: 0 },
      ).toArray(),
    ).toEqual([
      [0, 1],
      [3, 2],
    ]);
    expect(argsort([3, 1, 2, 1]).toArray()).toEqual([1, 3, 2, 0]);
    const p = partition([3, 4, 2, 1], 2).toArray() as number[];
    expect(p[2]).toBe(3);
    expect(argpartition([3, 4, 2, 1], 0).get(0)).toBe(3);
    expect(searchsorted([1, 2, 3, 4, 5], 3).item()).toBe(2);
    expect(searchsorted([1, 2, 3, 4, 5], [-10, 3], { side: 'right' }).toArray()).toEqual([0, 3]);
    expect(
      lexsort([
        [1, 2, 0, 5],
        [3, 1, 3, 2],
      ]).toArray(),
    ).toEqual([1, 3, 2, 0]);
  });
  it('unique and the set routines', () => {
    expect(unique([3, 1, 3, Number.NaN, Number.NaN]).toArray()).toEqual([1, 3, Number.NaN]);
    const { values, counts } = unique([2, 1, 2], { returnCounts: true });
    expect(values.toArray()).toEqual([1, 2]);
    expect(counts?.toArray()).toEqual([1, 2]);
    expect(uniqueValues([3, 1, 3]).toArray()).toEqual([1, 3]);
    expect(uniqueCounts([1, 1, 2]).counts.toArray()).toEqual([2, 1]);
    expect(
      uniqueInverse([
        [3, 1],
        [1, 3],
      ]).inverse.toArray(),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(uniqueAll([2, 1, 2]).indices.toArray()).toEqual([1, 0]);
    expect(
      isin(
        [
          [1, 2],
          [3, 4],
        ],
        [2, 3],
      ).toArray(),
    ).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(intersect1d([1, 3, 4, 3], [3, 1, 2, 1]).toArray()).toEqual([1, 3]);
    expect(union1d([-1, 0, 1], [-2, 0, 2]).toArray()).toEqual([-2, -1, 0, 1, 2]);
    expect(setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]).toArray()).toEqual([1, 2]);
    expect(setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]).toArray()).toEqual([1, 4, 5, 7]);
  });
});
