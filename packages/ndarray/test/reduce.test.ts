// Reductions against NumPy 2.4 fixtures (scripts/gen_reduce_fixtures.py) plus hand-written edge cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DTYPES, type DType } from '@stride/protocol';
import {
  AxisError,
  DTypeError,
  IndexError,
  NDArray,
  ShapeError,
  ValueError,
  array,
  arange,
  zeros,
} from '../src/index.js';
import * as R from '../src/reduce/index.js';
import { decode, type Enc } from '../../../test/fixtures.js';

// ------------------------------------------------------------------------------------------ fixtures

/** An array in the shared fixture encoding; "scalar" marks a 0-d result NumPy returned as a scalar. */
interface EncArray extends Enc {
  dtype: DType;
  scalar?: true;
}
interface Input {
  base?: EncArray;
  view?: string[];
  synth?: { seed: number; n: number; dtype: DType; shape?: number[] };
}
type Out = EncArray | { error: string; msg: string } | { tuple: Out[] };
interface Case {
  fn: string;
  a: string;
  kw: Record<string, unknown>;
  q?: number | number[] | number[][];
  out: Out;
}
interface Fixture {
  numpy: string;
  inputs: Record<string, Input>;
  cases: Case[];
}

function load(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Fixture;
}

/** The xorshift data of the fixture generator: exactly representable values of wide range. */
function synth(seed: number, n: number, dtype: DType): NDArray {
  let x = seed >>> 0;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  const out = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = next() >>> 5;
    const b = next() >>> 6;
    const e = (next() % 41) - 20;
    const s = next() & 1;
    const m = (a * 67108864 + b) / 9007199254740992;
    out[i] = (s ? -m : m) * 2 ** e;
  }
  return new NDArray(dtype, out, [n]);
}

function build(inp: Input): NDArray {
  let a: NDArray;
  if (inp.synth !== undefined) {
    const s = synth(inp.synth.seed, inp.synth.n, inp.synth.dtype);
    a = new NDArray(s.dtype, s.data, inp.synth.shape ?? [inp.synth.n]);
  } else {
    a = decode(inp.base as EncArray);
  }
  for (const op of inp.view ?? []) {
    if (op === 'T') a = a.T;
    else if (op.startsWith('rev:')) {
      const ax = Number(op.slice(4));
      const n = a.shape[ax] as number;
      const strides = [...a.strides];
      strides[ax] = -(strides[ax] as number);
      a = a.view(a.shape, strides, a.offset + (n - 1) * (a.strides[ax] as number));
    } else if (op.startsWith('step:')) {
      const [, ax, k] = op.split(':').map(Number) as [number, number, number];
      const shape = [...a.shape];
      const strides = [...a.strides];
      shape[ax] = Math.ceil((shape[ax] as number) / k);
      strides[ax] = (strides[ax] as number) * k;
      a = a.view(shape, strides, a.offset);
    }
  }
  return a;
}

// ------------------------------------------------------------------------------------------ calls

type Call = (a: NDArray, kw: Record<string, unknown>, q: unknown) => unknown;
const CALLS: Record<string, Call> = {
  sum: (a, kw) => R.sum(a, kw),
  prod: (a, kw) => R.prod(a, kw),
  mean: (a, kw) => R.mean(a, kw),
  std: (a, kw) => R.std(a, kw),
  var: (a, kw) => R.var(a, kw),
  min: (a, kw) => R.min(a, kw),
  max: (a, kw) => R.max(a, kw),
  argmin: (a, kw) => R.argmin(a, kw),
  argmax: (a, kw) => R.argmax(a, kw),
  any: (a, kw) => R.any(a, kw),
  all: (a, kw) => R.all(a, kw),
  cumsum: (a, kw) => R.cumsum(a, kw),
  cumprod: (a, kw) => R.cumprod(a, kw),
  median: (a, kw) => R.median(a, kw),
  nansum: (a, kw) => R.nansum(a, kw),
  nanmean: (a, kw) => R.nanmean(a, kw),
  nanstd: (a, kw) => R.nanstd(a, kw),
  nanvar: (a, kw) => R.nanvar(a, kw),
  nanmin: (a, kw) => R.nanmin(a, kw),
  nanmax: (a, kw) => R.nanmax(a, kw),
  nanargmin: (a, kw) => R.nanargmin(a, kw),
  nanargmax: (a, kw) => R.nanargmax(a, kw),
  nanprod: (a, kw) => R.nanprod(a, kw),
  nancumsum: (a, kw) => R.nancumsum(a, kw),
  nancumprod: (a, kw) => R.nancumprod(a, kw),
  nanmedian: (a, kw) => R.nanmedian(a, kw),
  ptp: (a, kw) => R.ptp(a, kw),
  countNonzero: (a, kw) => R.countNonzero(a, kw),
  average: (a, kw) => R.average(a, kw),
  percentile: (a, kw, q) => R.percentile(a, q as number, kw),
  quantile: (a, kw, q) => R.quantile(a, q as number, kw),
  nanpercentile: (a, kw, q) => R.nanpercentile(a, q as number, kw),
  nanquantile: (a, kw, q) => R.nanquantile(a, q as number, kw),
};

/** Stride's index-returning reductions give int32 where NumPy gives int64 (documented). */
const INT32_RESULT = new Set(['argmin', 'argmax', 'nanargmin', 'nanargmax', 'countNonzero']);

const ERROR_CLASS: Record<string, (fn: string) => new (...args: never[]) => Error> = {
  ValueError: () => ValueError,
  AxisError: () => AxisError,
  TypeError: (fn) => (fn === 'average' ? ShapeError : DTypeError),
  IndexError: () => IndexError,
  ZeroDivisionError: () => ValueError,
};

// ------------------------------------------------------------------------------------------ comparison

/**
 * Tolerances. The default is bit-for-bit: 0 ulps, NaN equal to NaN, signed zeros matching.
 * The one exception is NumPy's SIMD complex multiply on x86-64, which uses fused multiply-adds
 * (re = fma(ar, br, -ai*bi)) that JS cannot reproduce exactly. It shows up wherever NumPy
 * multiplies complex arrays elementwise: products along a non-last axis, and nanvar's
 * |x - mean|^2 computed as (x - mean) * conj(x - mean). For those we allow
 * COMPLEX_PRODUCT_RTOL (4 machine epsilons relative to |want|) on complex results and
 * COMPLEX_NANVAR_ULPS on the real results of nanvar/nanstd of complex input.
 */
const COMPLEX_PRODUCT_FNS = new Set(['prod', 'nanprod', 'cumprod', 'nancumprod']);
const COMPLEX_PRODUCT_RTOL = { complex128: 4 * 2 ** -52, complex64: 4 * 2 ** -23 } as Record<string, number>;
const COMPLEX_NANVAR_ULPS = 8;

interface Tolerance {
  ulps: number;
  complexRtol?: number;
}

function toleranceFor(fn: string, input: DType, result: string): Tolerance {
  if (input.startsWith('complex') && (fn === 'nanvar' || fn === 'nanstd')) return { ulps: COMPLEX_NANVAR_ULPS };
  if (COMPLEX_PRODUCT_FNS.has(fn) && result.startsWith('complex'))
    return { ulps: 0, complexRtol: COMPLEX_PRODUCT_RTOL[result] };
  return { ulps: 0 };
}

function ulpDistance(a: number, b: number, f32: boolean): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return Object.is(a, b) ? 0 : 0.5;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const buf = f32 ? new Float32Array(2) : new Float64Array(2);
  buf[0] = a;
  buf[1] = b;
  if (f32) {
    const i = new Int32Array(buf.buffer);
    const x = i[0]! < 0 ? -2147483648 - i[0]! : i[0]!;
    const y = i[1]! < 0 ? -2147483648 - i[1]! : i[1]!;
    return Math.abs(x - y);
  }
  const i = new BigInt64Array(buf.buffer);
  const x = i[0]! < 0n ? -(2n ** 63n) - i[0]! : i[0]!;
  const y = i[1]! < 0n ? -(2n ** 63n) - i[1]! : i[1]!;
  const d = x > y ? x - y : y - x;
  return Number(d);
}

/** Flattened JS values of a result (NDArray or scalar). */
function flatValues(r: unknown): unknown[] {
  if (r instanceof NDArray) {
    const v = r.toArray();
    return Array.isArray(v) ? (v as unknown[]).flat(Infinity) : [v];
  }
  return [r];
}

const ORDINARY_TOTAL = new Set(['sum', 'prod', 'nansum', 'nanprod']);

function compare(label: string, fn: string, input: DType, got: unknown, want: Out): void {
  if ('tuple' in want) {
    const g = got as { average: unknown; sumOfWeights: unknown };
    compare(`${label}.average`, fn, input, g.average, want.tuple[0] as Out);
    compare(`${label}.sumOfWeights`, fn, input, g.sumOfWeights, want.tuple[1] as Out);
    return;
  }
  if ('error' in want) throw new Error('unreachable');
  let wantDType = want.dtype;
  if (INT32_RESULT.has(fn)) wantDType = 'int32';
  let wantValues = flatValues(decode(want));
  let wantShape: number[] | null = null;
  if (want.scalar) {
    if (INT32_RESULT.has(fn)) wantValues = [Number(wantValues[0])];
    // The integer rule: a full sum/product of ordinary integers (bool, int8..int32, uint8..uint32) is a JS number.
    if (
      ORDINARY_TOTAL.has(fn) &&
      !(got instanceof NDArray) &&
      typeof wantValues[0] === 'bigint' &&
      input !== 'int64' &&
      input !== 'uint64'
    ) {
      wantValues = [Number(wantValues[0])];
      wantDType = 'float64';
    }
  } else {
    if (INT32_RESULT.has(fn)) wantValues = wantValues.map(Number);
    wantShape = want.shape;
  }
  if (got instanceof NDArray) {
    expect(got.dtype, `${label} dtype`).toBe(wantDType);
    if (wantShape !== null) expect([...got.shape], `${label} shape`).toEqual(wantShape);
    else expect(got.size, `${label} size`).toBe(1);
  } else {
    // A JS scalar: NumPy gave a scalar too, with a matching JS type.
    expect(wantShape, `${label}: got a scalar, NumPy gave an array`).toBeNull();
    const t = typeof got;
    const wt =
      wantDType === 'int64' || wantDType === 'uint64'
        ? 'bigint'
        : wantDType === 'bool'
          ? 'boolean'
          : wantDType.startsWith('complex')
            ? 'object'
            : 'number';
    expect(t, `${label} scalar type`).toBe(wt);
  }
  const gotValues = flatValues(got);
  expect(gotValues.length, `${label} size`).toBe(wantValues.length);
  const { ulps: tol, complexRtol: rtol } = toleranceFor(fn, input, wantDType);
  const f32 = wantDType === 'float32' || wantDType === 'complex64';
  const bad: string[] = [];
  gotValues.forEach((g, k) => {
    const w = wantValues[k];
    if (typeof w === 'number') {
      const d = ulpDistance(g as number, w, f32);
      if (d > tol) bad.push(`[${k}] got ${String(g)} want ${w} (${d} ulp)`);
    } else if (typeof w === 'object' && w !== null) {
      const gc = g as { re: number; im: number };
      const wc = w as { re: number; im: number };
      const d = Math.max(ulpDistance(gc.re, wc.re, f32), ulpDistance(gc.im, wc.im, f32));
      const close =
        rtol !== undefined &&
        Math.max(Math.abs(gc.re - wc.re), Math.abs(gc.im - wc.im)) <= rtol * Math.hypot(wc.re, wc.im);
      if (d > tol && !close) bad.push(`[${k}] got ${gc.re}+${gc.im}i want ${wc.re}+${wc.im}i (${d} ulp)`);
    } else if (g !== w) bad.push(`[${k}] got ${String(g)} want ${String(w)}`);
  });
  expect(bad.join('; '), label).toBe('');
}

function runFixture(file: string): void {
  const fx = load(file);
  describe(`${file} (NumPy ${fx.numpy})`, () => {
    for (const c of fx.cases) {
      const q = c.q === undefined ? '' : `, q=${JSON.stringify(c.q)}`;
      const label = `${c.fn}(${c.a}${q}${Object.keys(c.kw).length ? `, ${JSON.stringify(c.kw)}` : ''})`;
      it(label, () => {
        const a = build(fx.inputs[c.a] as Input);
        const before = a.toArray();
        const call = CALLS[c.fn] as Call;
        if ('error' in c.out) {
          const cls = (ERROR_CLASS[c.out.error] as (fn: string) => new (...args: never[]) => Error)(c.fn);
          expect(() => call(a, c.kw, c.q), label).toThrow(cls);
        } else {
          compare(label, c.fn, a.dtype, call(a, c.kw, c.q), c.out);
        }
        expect(a.toArray(), `${label}: input unchanged`).toEqual(before);
      });
    }
  });
}

for (const file of [
  'reduce_basic.json',
  'reduce_nan.json',
  'reduce_cumulative.json',
  'reduce_quantile.json',
  'reduce_average.json',
  'reduce_accuracy.json',
]) {
  runFixture(file);
}

// ------------------------------------------------------------------------------------------ hand-written

describe('reduce: return conventions and errors', () => {
  it('sum(a) over all axes is a JS scalar; with axis or keepdims an NDArray', () => {
    expect(R.sum([1.5, 2.5])).toBe(4);
    expect(
      R.sum([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(10);
    const kd = R.sum(
      [
        [1, 2],
        [3, 4],
      ],
      { keepdims: true },
    );
    expect(kd.shape).toEqual([1, 1]);
    const ax = R.sum(
      [
        [1, 2],
        [3, 4],
      ],
      { axis: [0, 1] },
    );
    expect(ax.ndim).toBe(0);
  });
  it('overloads type the scalar and array forms (checked by tsc)', () => {
    const s: number = R.sum([1, 2]);
    const a: NDArray = R.sum([[1, 2]], { axis: 0 });
    const k: NDArray = R.mean([[1, 2]], { keepdims: true });
    const i: number = R.argmax([1, 3, 2]);
    const b: boolean = R.any([0, 1]);
    const c: number = R.countNonzero([0, 1]);
    const q: NDArray = R.percentile([1, 2, 3], [10, 90]);
    const v: number = R.std([1, 2, 3]);
    expect([s, a.shape, k.shape, i, b, c, q.shape, v]).toEqual([3, [2], [1, 1], 1, true, 1, [2], Math.sqrt(2 / 3)]);
  });
  it('sum(a, {axis: 5}) throws AxisError naming the axis and ndim', () => {
    expect(() => R.sum([[1, 2]], { axis: 5 })).toThrow(AxisError);
    expect(() => R.sum([[1, 2]], { axis: 5 })).toThrow(/axis 5 is out of bounds for array of dimension 2/);
  });
  it("max of an empty array throws NumPy's ValueError", () => {
    expect(() => R.max(zeros([0]))).toThrow(ValueError);
    expect(() => R.max(zeros([0]))).toThrow(/zero-size array to reduction operation maximum which has no identity/);
    expect(() => R.min(zeros([3, 0]), { axis: 1 })).toThrow(/minimum/);
    expect(R.max(zeros([0]), { initial: 3 })).toBe(3);
  });
  it('argmax of an empty array throws ValueError; nanargmin of all-NaN too', () => {
    expect(() => R.argmax(zeros([0]))).toThrow(/empty sequence/);
    expect(() => R.nanargmin([NaN, NaN])).toThrow(/All-NaN slice encountered/);
  });
  it('out= receives the result and is returned', () => {
    const out = zeros([2]);
    const r = R.sum(
      [
        [1, 2],
        [3, 4],
      ],
      { axis: 1, out },
    );
    expect(r).toBe(out);
    expect(out.toArray()).toEqual([3, 7]);
    expect(() =>
      R.sum(
        [
          [1, 2],
          [3, 4],
        ],
        { axis: 1, out: zeros([3]) },
      ),
    ).toThrow(ShapeError);
  });
  it('var is exported under its NumPy name and as variance', () => {
    expect(R.var([1, 2, 3, 4])).toBe(1.25);
    expect(R.variance([1, 2, 3, 4], { ddof: 1 })).toBeCloseTo(5 / 3, 15);
  });
  it('inputs are unchanged after a failed call', () => {
    const a = array(
      [
        [3, 1],
        [2, 5],
      ],
      { dtype: 'float64' },
    );
    expect(() => R.percentile(a, 150)).toThrow(ValueError);
    expect(() => R.median(a, { axis: 2 })).toThrow(AxisError);
    expect(a.toArray()).toEqual([
      [3, 1],
      [2, 5],
    ]);
  });
  it("percentile(a, q) with an array q prepends q's shape", () => {
    const r = R.percentile(arange(10), [[10, 90]], { axis: 0 });
    expect(r.shape).toEqual([1, 2]);
    expect(r.toArray()).toEqual([[0.9, 8.1]]);
  });
  it('sum of int64 wraps like NumPy (int overflow, tolerance: exact)', () => {
    const a = array([2n ** 63n - 1n, 1n]);
    expect(R.sum(a)).toBe(-(2n ** 63n));
    expect(R.cumsum(array([2147483647, 1])).toArray()).toEqual([2147483647n, 2147483648n]);
  });
  it('median does not sort the input in place', () => {
    const a = array([5, 3, 1, 4, 2], { dtype: 'float64' });
    expect(R.median(a)).toBe(3);
    expect(a.toArray()).toEqual([5, 3, 1, 4, 2]);
  });
  it('sum(a, {where}) is refused rather than ignored (not supported yet)', () => {
    expect(() => R.sum([1, 2], { where: [true, false] } as never)).toThrow(/where= option is not supported/);
  });
  it('sum(a, {axis: [0, 0]}) throws ValueError for the repeated axis, like NumPy', () => {
    expect(() => R.sum([[1, 2]], { axis: [0, 0] })).toThrow(ValueError);
  });
  it('every dtype sums without throwing', () => {
    for (const dt of Object.keys(DTYPES) as DType[]) {
      const a = array([1, 0, 1], { dtype: dt });
      expect(() => R.sum(a), dt).not.toThrow();
      expect(() => R.max(a), dt).not.toThrow();
      expect(() => R.argmax(a), dt).not.toThrow();
      expect(() => R.cumsum(a), dt).not.toThrow();
    }
  });
});

describe('reduce: exact integer arithmetic (tolerance: exact)', () => {
  it('sum of 5e6 int32 maxima exceeds 2^53 and stays exact', () => {
    const big = new Int32Array(5_000_000).fill(2147483647);
    // A JS number by the integer rule (rounded past 2^53); exact with dtype int64.
    expect(R.sum(big)).toBe(Number(5_000_000n * 2147483647n));
    expect(R.sum(big, { dtype: 'int64' })).toBe(5_000_000n * 2147483647n);
    expect(R.mean(big)).toBe(2147483647);
  });
  it('sum of 3e6 int64 values near 2^62 wraps modulo 2^64 like NumPy', () => {
    const a = new BigInt64Array(3_000_000).fill(2n ** 62n + 12345n);
    const want = BigInt.asIntN(64, 3_000_000n * (2n ** 62n + 12345n));
    expect(R.sum(a)).toBe(want);
    const u = new BigUint64Array(2_100_000).fill(2n ** 64n - 1n);
    expect(R.sum(u)).toBe(BigInt.asUintN(64, 2_100_000n * (2n ** 64n - 1n)));
  });
  it('cumsum of int32 past 2^53 switches to exact bigints', () => {
    const n = 4_200_000;
    const a = new Int32Array(n).fill(2147483647);
    const c = R.cumsum(a);
    const d = c.data as BigInt64Array;
    expect(d[n - 1]).toBe(BigInt(n) * 2147483647n);
    expect(d[123]).toBe(124n * 2147483647n);
  });
  it('prod of int32 wraps modulo 2^64 (int64 result)', () => {
    expect(R.prod(new Int32Array(40).fill(7), { dtype: 'int64' })).toBe(BigInt.asIntN(64, 7n ** 40n));
    expect(R.prod(new Int32Array(40).fill(7))).toBe(Number(BigInt.asIntN(64, 7n ** 40n)));
  });
});

describe('reduce: the TSDoc examples hold', () => {
  const arr = (r: unknown) => (r as NDArray).toArray();
  it('sum / nansum / prod / nanprod', () => {
    expect(
      R.sum([
        [1.5, 2],
        [3, 4],
      ]),
    ).toBe(10.5);
    expect(
      arr(
        R.sum(
          [
            [1, 2],
            [3, 4],
          ],
          { axis: 0 },
        ),
      ),
    ).toEqual([4n, 6n]);
    expect(R.sum([1, 2, 3], { dtype: 'float64' })).toBe(6);
    expect(R.nansum([1, NaN, 3])).toBe(4);
    expect(
      arr(
        R.nansum(
          [
            [1, NaN],
            [NaN, NaN],
          ],
          { axis: 1 },
        ),
      ),
    ).toEqual([1, 0]);
    expect(R.prod([1.5, 2, 4])).toBe(12);
    expect(
      arr(
        R.prod(
          [
            [1, 2],
            [3, 4],
          ],
          { axis: 1 },
        ),
      ),
    ).toEqual([2n, 12n]);
    expect(R.nanprod([2, NaN, 3])).toBe(6);
  });
  it('mean / var / std and nan variants', () => {
    expect(R.mean([1, 2, 3, 4])).toBe(2.5);
    expect(
      arr(
        R.mean(
          [
            [1, 2],
            [3, 4],
          ],
          { axis: 0 },
        ),
      ),
    ).toEqual([2, 3]);
    expect(R.nanmean([1, NaN, 3])).toBe(2);
    expect(R.variance([1, 2, 3, 4])).toBe(1.25);
    expect(R.variance([1, 2, 3, 4], { ddof: 1 })).toBe(1.6666666666666667);
    expect(R.std([1, 2, 3, 4])).toBe(1.118033988749895);
    expect(
      arr(
        R.std(
          [
            [1, 2],
            [3, 5],
          ],
          { axis: 1 },
        ),
      ),
    ).toEqual([0.5, 1]);
    expect(R.nanvar([1, NaN, 3])).toBe(1);
    expect(R.nanstd([1, NaN, 3])).toBe(1);
  });
  it('max / min / ptp / arg-reductions', () => {
    expect(R.max([3, 1, 4])).toBe(4);
    const m = R.max(
      [
        [1, 5],
        [7, 2],
      ],
      { axis: 1 },
    );
    expect(m.dtype).toBe('int32');
    expect(m.toArray()).toEqual([5, 7]);
    expect(R.max([1, NaN])).toBeNaN();
    expect(R.min([3, 1, 4])).toBe(1);
    expect(R.nanmax([1, NaN, 3])).toBe(3);
    expect(R.nanmin([1, NaN, 3])).toBe(1);
    expect(R.ptp([4, 9, 2])).toBe(7);
    expect(
      arr(
        R.ptp(
          [
            [1, 5],
            [7, 2],
          ],
          { axis: 0 },
        ),
      ),
    ).toEqual([6, 3]);
    expect(R.argmax([3, 9, 2, 9])).toBe(1);
    const am = R.argmax(
      [
        [1, 5],
        [7, 2],
      ],
      { axis: 0 },
    );
    expect(am.dtype).toBe('int32');
    expect(am.toArray()).toEqual([1, 0]);
    expect(R.argmin([3, 1, 2, 1])).toBe(1);
    expect(R.nanargmax([NaN, 4, 7, NaN])).toBe(2);
    expect(R.nanargmin([NaN, 4, 7, NaN])).toBe(1);
  });
  it('any / all / countNonzero', () => {
    expect(R.any([0, 0, 3])).toBe(true);
    expect(
      arr(
        R.any(
          [
            [0, 1],
            [0, 0],
          ],
          { axis: 1 },
        ),
      ),
    ).toEqual([true, false]);
    expect(R.all([1, 2, 0])).toBe(false);
    expect(
      arr(
        R.all(
          [
            [1, 1],
            [0, 1],
          ],
          { axis: 0 },
        ),
      ),
    ).toEqual([false, true]);
    expect(R.countNonzero([0, 1, 7, 0])).toBe(2);
    const c = R.countNonzero(
      [
        [0, 1],
        [2, 3],
      ],
      { axis: 0 },
    );
    expect(c.dtype).toBe('int32');
    expect(c.toArray()).toEqual([1, 2]);
  });
  it('cumulative functions', () => {
    expect(R.cumsum([1.5, 2, 3]).toArray()).toEqual([1.5, 3.5, 6.5]);
    expect(
      R.cumsum(
        [
          [1, 2],
          [3, 4],
        ],
        { axis: 0 },
      ).toArray(),
    ).toEqual([
      [1n, 2n],
      [4n, 6n],
    ]);
    expect(R.cumprod([1.5, 2, 3]).toArray()).toEqual([1.5, 3, 9]);
    expect(R.nancumsum([1, NaN, 2]).toArray()).toEqual([1, 1, 3]);
    expect(R.nancumprod([2, NaN, 3]).toArray()).toEqual([2, 2, 6]);
  });
  it('median / quantiles / average', () => {
    expect(R.median([3, 1, 4, 1, 5])).toBe(3);
    expect(
      arr(
        R.median(
          [
            [1, 2],
            [3, 5],
          ],
          { axis: 1 },
        ),
      ),
    ).toEqual([1.5, 4]);
    expect(R.nanmedian([3, NaN, 1, 4])).toBe(3);
    expect(R.quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(R.quantile([1, 2, 3, 4], 0.5, { method: 'lower' })).toBe(2);
    expect(R.quantile([1, 2, 3, 4], [0.25, 0.75]).toArray()).toEqual([1.75, 3.25]);
    expect(R.percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(
      R.percentile(
        [
          [1, 2],
          [3, 4],
        ],
        [0, 100],
        { axis: 1 },
      ).toArray(),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(R.nanquantile([1, NaN, 3], 0.5)).toBe(2);
    expect(R.nanpercentile([1, NaN, 3, 5], 50)).toBe(3);
    expect(R.average([1, 2, 3, 4])).toBe(2.5);
    expect(R.average([1, 2, 3, 4], { weights: [4, 3, 2, 1] })).toBe(2);
    const r = R.average(
      [
        [1, 2],
        [3, 4],
      ],
      { axis: 1, weights: [1, 3], returned: true },
    );
    expect(arr(r.average)).toEqual([1.75, 3.75]);
    expect(arr(r.sumOfWeights)).toEqual([4, 4]);
  });
});
