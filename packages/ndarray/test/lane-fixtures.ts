// The runner of the lane-wise fixture suites (scripts/gen_sorting_fixtures.py: sorting, set
// routines, statistics, series): decodes each case, calls Stride like the fixture says and compares
// with NumPy 2.4's result. Used by sorting.test.ts, statistics.test.ts and series.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DType } from '@stride/protocol';
import { decode, decodeScalar, type Enc, type EncScalar, num } from '../../../test/fixtures.js';
import { NDArray } from '../src/ndarray.js';
import type { ArrayInput } from '../src/core/convert.js';
import { AxisError } from '../src/core/iter.js';
import { DTypeError, IndexError, ShapeError, StrideError, ValueError } from '../src/errors.js';
import { type ConvolveMode, convolve, correlate, diff, gradient, interp, trapezoid } from '../src/series/index.js';
import * as S from '../src/sorting/index.js';
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
  sort: ([a], o) => S.sort(A(a), o),
  argsort: ([a], o) => S.argsort(A(a), o),
  partition: ([a, k], o) => S.partition(A(a), A(k), o),
  argpartition: ([a, k], o) => S.argpartition(A(a), A(k), o),
  searchsorted: ([a, v], o) => S.searchsorted(A(a), A(v), o),
  lexsort: ([k], o) => S.lexsort(A(k), o),
  unique: ([a], o) => S.unique(A(a), o) as NDArray | Record<string, NDArray>,
  uniqueValues: ([a]) => S.uniqueValues(A(a)),
  uniqueCounts: ([a]) => S.uniqueCounts(A(a)),
  uniqueInverse: ([a]) => S.uniqueInverse(A(a)),
  uniqueAll: ([a]) => S.uniqueAll(A(a)),
  isin: ([a, b], o) => S.isin(A(a), A(b), o),
  intersect1d: ([a, b], o) => S.intersect1d(A(a), A(b), o) as NDArray | Record<string, NDArray>,
  union1d: ([a, b]) => S.union1d(A(a), A(b)),
  setdiff1d: ([a, b], o) => S.setdiff1d(A(a), A(b), o),
  setxor1d: ([a, b], o) => S.setxor1d(A(a), A(b), o),
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

export function lessScalar(x: unknown, y: unknown): boolean {
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
export function lanes(a: NDArray, axis: number | null): unknown[][] {
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

/** Registers one fixture file's cases as a `describe` block. */
export function runSuite(file: string): void {
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
