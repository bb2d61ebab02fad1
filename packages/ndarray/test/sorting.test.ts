// Conformance of src/sorting against NumPy 2.4 fixtures (scripts/gen_sorting_fixtures.py), plus
// properties, error messages and input immutability.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DType } from '@stride/protocol';
import { decode, decodeScalar, type Enc, type EncScalar, num } from '../../../test/fixtures.js';
import { NDArray } from '../src/ndarray.js';
import { type ArrayInput, array } from '../src/core/convert.js';
import { AxisError } from '../src/core/iter.js';
import { DTypeError, IndexError, ShapeError, StrideError, ValueError } from '../src/errors.js';
import { type ConvolveMode, convolve, correlate, diff, gradient, interp, trapezoid } from '../src/series/index.js';
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
import { bincount, digitize, histogram, histogramBinEdges } from '../src/statistics/index.js';

// ------------------------------------------------------------------ fixture decoding

/** An argument or result array: the shared fixture encoding marked "nd", or a generated input. */
type ArrayEnc = (Enc & { nd: 1 }) | { gen: [number, number, number, number, DType] };
type Case = { fn: string; args: unknown[]; opts: Record<string, unknown>; out: unknown; check?: 'partition' };

function fixture(name: string): Case[] {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: Case[] }).cases;
}

function isEnc(x: unknown): x is ArrayEnc {
  return typeof x === 'object' && x !== null && ('nd' in x || 'gen' in x);
}

function decArray(e: ArrayEnc): NDArray {
  if (!('gen' in e)) return decode(e);
  const [n, a, m, scale, dtype] = e.gen;
  const out = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
  // ((i * a) % m) / m * scale: exact integer part, then the same two IEEE operations as Python.
  for (let i = 0; i < n; i++) out[i] = (Number((BigInt(i) * BigInt(a)) % BigInt(m)) / m) * scale;
  return new NDArray(dtype, out, [n]);
}

function dec(x: unknown): unknown {
  if (isEnc(x)) return decArray(x);
  if (Array.isArray(x)) return x.map(dec);
  if (typeof x === 'object' && x !== null && 're' in x) return decodeScalar(x as EncScalar);
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, dec(v)]));
  if (x === 'nan' || x === 'inf' || x === '-inf') return num(x);
  return x;
}

// ------------------------------------------------------------------ calling Stride like the fixture

type Result = NDArray | NDArray[] | Record<string, NDArray>;
// The fixture's arguments are decoded NDArrays, scalars and option objects; each entry casts
// them to the signature it calls.
type Args = unknown[];
const A = (x: unknown): ArrayInput => x as ArrayInput;
const O = <T>(x: unknown): T => x as T;

const CALLS: Record<string, (args: Args, opts: Record<string, unknown>) => Result> = {
  sort: ([a], o) => sort(A(a), o),
  argsort: ([a], o) => argsort(A(a), o),
  partition: ([a, k], o) => partition(A(a), A(k), o),
  argpartition: ([a, k], o) => argpartition(A(a), A(k), o),
  searchsorted: ([a, v], o) => searchsorted(A(a), A(v), o),
  lexsort: ([k], o) => lexsort(A(k), o),
  unique: ([a], o) => unique(A(a), o) as NDArray | Record<string, NDArray>,
  uniqueValues: ([a]) => uniqueValues(A(a)),
  uniqueCounts: ([a]) => uniqueCounts(A(a)),
  uniqueInverse: ([a]) => uniqueInverse(A(a)),
  uniqueAll: ([a]) => uniqueAll(A(a)),
  isin: ([a, b], o) => isin(A(a), A(b), o),
  intersect1d: ([a, b], o) => intersect1d(A(a), A(b), o) as NDArray | Record<string, NDArray>,
  union1d: ([a, b]) => union1d(A(a), A(b)),
  setdiff1d: ([a, b], o) => setdiff1d(A(a), A(b), o),
  setxor1d: ([a, b], o) => setxor1d(A(a), A(b), o),
  histogram: ([a, bins], o) => histogram(A(a), A(bins), o),
  histogramBinEdges: ([a, bins], o) => histogramBinEdges(A(a), A(bins), o),
  bincount: ([x], o) => bincount(A(x), o),
  digitize: ([x, b], o) => digitize(A(x), A(b), o),
  diff: ([a], o) => diff(A(a), o),
  gradient: ([f, ...sp], o) =>
    Object.keys(o).length > 0 ? gradient(A(f), ...(sp as ArrayInput[]), o) : gradient(A(f), ...(sp as ArrayInput[])),
  trapezoid: ([y], o) => trapezoid(A(y), o),
  interp: ([x, xp, fp], o) => interp(A(x), A(xp), A(fp), o),
  convolve: ([a, v, mode]) => convolve(A(a), A(v), O<ConvolveMode | undefined>(mode)),
  correlate: ([a, v, mode]) => correlate(A(a), A(v), O<ConvolveMode | undefined>(mode)),
};

/** Outputs NumPy gives as intp (int64) that Stride gives as int32 (the default integer dtype). */
function isIndexOutput(c: Case, key: string | null): boolean {
  switch (c.fn) {
    case 'argsort':
    case 'argpartition':
    case 'searchsorted':
    case 'lexsort':
    case 'digitize':
      return true;
    case 'unique':
    case 'uniqueCounts':
    case 'uniqueInverse':
    case 'uniqueAll':
    case 'intersect1d':
      return key !== 'values' && key !== null;
    case 'histogram':
      return key === 'hist' && c.opts.weights === undefined;
    case 'bincount':
      return c.opts.weights === undefined || (c.args[0] as { data: unknown[] }).data.length === 0;
    default:
      return false;
  }
}

/** Named tolerances: NumPy's own summation/BLAS orders are not part of its contract for these. */
const TOL = {
  /** histogram densities and weighted sums (NumPy sums explicit-edge weights by cumsum differences) */
  histogram: { rtol: 1e-12, atol: 1e-15 },
  /** gradient: identical formulas; the bound covers float32 rounding order */
  gradient: { rtol: 1e-6, atol: 1e-12 },
  /** trapezoid: pairwise vs sequential summation orders */
  trapezoid: { rtol: 1e-12, atol: 1e-12 },
  /** interp: one multiply-add per point */
  interp: { rtol: 1e-14, atol: 0 },
  /** convolve/correlate: NumPy's float dot uses BLAS accumulation orders */
  convolve: { rtol: 1e-12, atol: 1e-12 },
} as const;

function tolFor(c: Case, key: string | null): { rtol: number; atol: number } | null {
  if (c.fn === 'histogram' && key === 'hist' && (c.opts.density === true || c.opts.weights !== undefined))
    return TOL.histogram;
  if (c.fn === 'gradient') return TOL.gradient;
  if (c.fn === 'trapezoid') return TOL.trapezoid;
  if (c.fn === 'interp') return TOL.interp;
  if (c.fn === 'convolve' || c.fn === 'correlate') return TOL.convolve;
  return null;
}

function flatOf(a: NDArray): unknown[] {
  const t = a.toArray();
  return a.ndim === 0 ? [t] : (t as unknown[]).flat(a.ndim - 1);
}

/**
 * Which zero stands for a run of equal -0.0/0.0 in NumPy's unique/set results depends on its
 * unstable default sort; Stride keeps the first occurrence. Those outputs compare zeros unsigned.
 */
function zeroSignFree(c: Case, key: string | null): boolean {
  const sets = [
    'unique',
    'uniqueValues',
    'uniqueCounts',
    'uniqueInverse',
    'uniqueAll',
    'intersect1d',
    'union1d',
    'setdiff1d',
    'setxor1d',
  ];
  return sets.includes(c.fn) && (key === null || key === 'values');
}

function sameScalar(x: unknown, y: unknown, tol: { rtol: number; atol: number } | null, zeroFree = false): boolean {
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) {
    const a = x as { re: number; im: number };
    const b = y as { re: number; im: number };
    return sameScalar(a.re, b.re, tol, zeroFree) && sameScalar(a.im, b.im, tol, zeroFree);
  }
  if (typeof x === 'number' && typeof y === 'number') {
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
    if (tol === null) return zeroFree ? x === y : Object.is(x, y);
    if (x === y) return true;
    return Math.abs(x - y) <= tol.atol + tol.rtol * Math.abs(y);
  }
  return x === y;
}

function expectArray(actual: NDArray, expected: NDArray, c: Case, key: string | null): void {
  const where = `${c.fn}${key === null ? '' : `.${key}`}`;
  expect(actual.shape, `${where} shape`).toEqual(expected.shape);
  if (isIndexOutput(c, key) && expected.dtype === 'int64') expect(actual.dtype, `${where} dtype`).toBe('int32');
  else expect(actual.dtype, `${where} dtype`).toBe(expected.dtype);
  const tol = tolFor(c, key);
  const xs = flatOf(actual);
  const ys = flatOf(expected).map((v) => (typeof v === 'bigint' && actual.dtype === 'int32' ? Number(v) : v));
  for (let i = 0; i < ys.length; i++) {
    if (!sameScalar(xs[i], ys[i], tol, zeroSignFree(c, key))) {
      const show = (v: unknown): string =>
        Object.is(v, -0) ? '-0' : typeof v === 'object' ? JSON.stringify(v) : String(v);
      expect.fail(
        `${where}: element ${i} is ${show(xs[i])}, expected ${show(ys[i])}${tol ? ` (rtol ${tol.rtol})` : ''}`,
      );
    }
  }
}

function expectResult(actual: Result, expected: unknown, c: Case): void {
  if (expected instanceof NDArray) {
    expect(actual).toBeInstanceOf(NDArray);
    expectArray(actual as NDArray, expected, c, null);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const list = actual as NDArray[];
    expect(list.length).toBe(expected.length);
    expected.forEach((e, i) => {
      expectArray(list[i] as NDArray, e as NDArray, c, null);
    });
  } else {
    const obj = actual as Record<string, NDArray>;
    const exp = expected as Record<string, NDArray>;
    expect(Object.keys(obj).sort()).toEqual(Object.keys(exp).sort());
    for (const k of Object.keys(exp)) expectArray(obj[k] as NDArray, exp[k] as NDArray, c, k);
  }
}

// ------------------------------------------------------------------ NumPy order, for property checks

function lessScalar(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x < y || (Number.isNaN(y) && !Number.isNaN(x));
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return !x && y;
  const a = x as { re: number; im: number };
  const b = y as { re: number; im: number };
  const cls = (z: { re: number; im: number }): number => (Number.isNaN(z.re) ? 2 : 0) + (Number.isNaN(z.im) ? 1 : 0);
  if (cls(a) !== cls(b)) return cls(a) < cls(b);
  if (cls(a) === 0) return a.re < b.re || (a.re === b.re && a.im < b.im);
  if (cls(a) === 1) return a.re < b.re;
  if (cls(a) === 2) return a.im < b.im;
  return false;
}

function equalOrder(x: unknown, y: unknown): boolean {
  return !lessScalar(x, y) && !lessScalar(y, x);
}

/** Lanes of an array along an axis (`null` flattens), as arrays of JS scalars. */
function lanes(a: NDArray, axis: number | null): unknown[][] {
  if (axis === null) return [flatOf(a)];
  const ax = axis < 0 ? axis + a.ndim : axis;
  const n = a.shape[ax] as number;
  const outer = a.shape.filter((_, i) => i !== ax);
  const count = outer.reduce((p, d) => p * d, 1);
  const res: unknown[][] = [];
  for (let l = 0; l < count; l++) {
    const idx: number[] = [];
    let r = l;
    for (let d = outer.length - 1; d >= 0; d--) {
      idx.unshift(r % (outer[d] as number));
      r = Math.floor(r / (outer[d] as number));
    }
    const lane: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const full = [...idx];
      full.splice(ax, 0, i);
      lane.push(a.get(...full));
    }
    res.push(lane);
  }
  return res;
}

function checkPartition(c: Case, actual: NDArray, sorted: NDArray): void {
  const input = dec(c.args[0]) as NDArray;
  const axis = c.opts.axis === undefined ? -1 : (c.opts.axis as number | null);
  const kthRaw = c.args[1] as number | number[];
  const sortedLanes = lanes(sorted, axis);
  const n = (sortedLanes[0] ?? []).length;
  const kths = (Array.isArray(kthRaw) ? kthRaw : [kthRaw]).map((k) => (k < 0 ? k + n : k));
  let outLanes = lanes(actual, axis);
  if (c.fn === 'argpartition') {
    const inLanes = lanes(input, axis);
    outLanes = outLanes.map((lane, l) => {
      const perm = lane as number[];
      expect([...perm].sort((p, q) => p - q)).toEqual(perm.map((_, i) => i));
      return perm.map((p) => (inLanes[l] as unknown[])[p]);
    });
  } else expect(actual.dtype).toBe(input.dtype);
  outLanes.forEach((lane, l) => {
    const ref = sortedLanes[l] as unknown[];
    for (const k of kths) {
      expect(equalOrder(lane[k], ref[k]), `${c.fn} kth ${k}`).toBe(true);
      for (let i = 0; i < k; i++) expect(lessScalar(lane[k], lane[i])).toBe(false);
      for (let i = k + 1; i < n; i++) expect(lessScalar(lane[i], lane[k])).toBe(false);
    }
    const again = [...lane].sort((p, q) => (lessScalar(p, q) ? -1 : lessScalar(q, p) ? 1 : 0));
    again.forEach((v, i) => {
      expect(equalOrder(v, ref[i])).toBe(true);
    });
  });
}

// ------------------------------------------------------------------ fixture suites

const ERRORS: Record<string, (e: unknown) => boolean> = {
  AxisError: (e) => e instanceof AxisError,
  ValueError: (e) => e instanceof ValueError || e instanceof ShapeError,
  TypeError: (e) => e instanceof DTypeError || e instanceof ValueError,
  IndexError: (e) => e instanceof IndexError,
};

function runSuite(file: string): void {
  describe(file, () => {
    fixture(file).forEach((c, i) => {
      const label = `${c.fn} #${i}${c.opts && Object.keys(c.opts).length ? ` ${JSON.stringify(Object.keys(c.opts))}` : ''}`;
      it(label, () => {
        const args = dec(c.args) as unknown[];
        const opts = dec(c.opts) as Record<string, unknown>;
        const call = CALLS[c.fn];
        if (call === undefined) throw new Error(`no call for ${c.fn}`);
        const out = c.out as { error?: string };
        if (typeof out === 'object' && out !== null && 'error' in out && !('nd' in out)) {
          let thrown: unknown = null;
          try {
            call(args, opts);
          } catch (e) {
            thrown = e;
          }
          expect(thrown, `${c.fn} should throw ${String(out.error)}`).toBeInstanceOf(StrideError);
          expect((ERRORS[out.error as string] ?? (() => true))(thrown), `${String(out.error)}: ${String(thrown)}`).toBe(
            true,
          );
          return;
        }
        const actual = call(args, opts);
        const expected = dec(c.out);
        if (c.check === 'partition') checkPartition(c, actual as NDArray, expected as NDArray);
        else expectResult(actual, expected, c);
      });
    });
  });
}

runSuite('sorting.json');
runSuite('sorting_sets.json');
runSuite('sorting_hist.json');
runSuite('sorting_numeric.json');

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
  it('histogram: bins must be positive', () => {
    expect(() => histogram([1, 2, 3], 0)).toThrow(new ValueError('histogram: bins must be positive, got 0'));
    expect(() => histogram([1, 2, 3], 2.5)).toThrow(DTypeError);
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
  it('diff / gradient / trapezoid / interp / convolve / correlate', () => {
    expect(diff([1, 2, 4, 7, 0]).toArray()).toEqual([1, 2, 3, -7]);
    expect(diff([1, 2, 4, 7, 0], { n: 2 }).toArray()).toEqual([1, 1, -10]);
    expect((gradient([1, 2, 4, 7, 11, 16]) as NDArray).toArray()).toEqual([1, 1.5, 2.5, 3.5, 4.5, 5]);
    expect((gradient([1, 2, 4, 7, 11, 16], 2) as NDArray).toArray()).toEqual([0.5, 0.75, 1.25, 1.75, 2.25, 2.5]);
    const [gy, gx] = gradient([
      [1, 2, 6],
      [3, 4, 5],
    ]) as NDArray[];
    expect(gy?.toArray()).toEqual([
      [2, 2, -1],
      [2, 2, -1],
    ]);
    expect(gx?.toArray()).toEqual([
      [1, 2.5, 4],
      [1, 1, 1],
    ]);
    expect(trapezoid([1, 2, 3]).item()).toBe(4);
    expect(trapezoid([1, 2, 3], { x: [4, 6, 8] }).item()).toBe(8);
    expect(interp(2.5, [1, 2, 3], [3, 2, 0]).item()).toBe(1);
    expect(interp([0, 1, 1.5, 3.5], [1, 2, 3], [3, 2, 0]).toArray()).toEqual([3, 3, 2.5, 0]);
    expect(convolve([1, 2, 3], [0, 1, 0.5]).toArray()).toEqual([0, 1, 2.5, 4, 1.5]);
    expect(convolve([1, 2, 3], [0, 1, 0.5], { mode: 'same' }).toArray()).toEqual([1, 2.5, 4]);
    expect(convolve([1, 2, 3], [0, 1, 0.5], 'same').toArray()).toEqual([1, 2.5, 4]);
    expect(correlate([1, 2, 3], [0, 1, 0.5]).toArray()).toEqual([3.5]);
    expect(correlate([1, 2, 3], [0, 1, 0.5], 'full').toArray()).toEqual([0.5, 2, 3.5, 3, 0]);
  });
});
