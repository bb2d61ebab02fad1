// The ufuncs against NumPy 2.4 fixtures (scripts/gen_ufunc_fixtures.py) plus error cases,
// aliasing and property tests. Every numeric comparison names its tolerance.
import { readFileSync } from 'node:fs';
import { DTYPES, type DType } from '@stride/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DTypeError, NDArray, type Scalar, ShapeError, ValueError, array, astype, zeros } from '../src/index.js';
import { CASTS } from '../src/ufunc/loops/casts.generated.js';
import * as U from '../src/ufunc/index.js';
import { decode, decodeScalar, type Enc, type EncScalar } from '../../../test/fixtures.js';

// ---- fixture decoding ----------------------------------------------------------------------------

/** An array in the shared fixture encoding; a view adds (shape, strides, offset) over the flat data. */
interface ArrayEnc extends Enc {
  dtype: DType;
  view?: { shape: number[]; strides: number[]; offset: number };
}
/** A weak JS scalar argument (shared scalar encoding) and its kind. */
interface EncWeak {
  scalar: EncScalar;
  kind: 'int' | 'float' | 'bool' | 'complex';
}
type EncArg = ArrayEnc | EncWeak | null;

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

function decodeArray(e: ArrayEnc): NDArray {
  const a = decode(e);
  return e.view ? a.view(e.view.shape, e.view.strides, e.view.offset) : a;
}

function decodeWeak(w: EncWeak): Scalar {
  if (w.kind === 'int' && typeof w.scalar === 'string') return BigInt(w.scalar);
  return decodeScalar(w.scalar);
}

function decodeArg(a: EncArg): NDArray | Scalar | null {
  if (a === null) return null;
  return 'scalar' in a ? decodeWeak(a) : decodeArray(a);
}

/** Flat C-order elements of an array as numbers / bigints / [re, im]. */
function flat(a: NDArray): (number | bigint | [number, number])[] {
  const out: (number | bigint | [number, number])[] = [];
  const rec = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) rec(y);
    else if (typeof x === 'boolean') out.push(x ? 1 : 0);
    else if (typeof x === 'object' && x !== null) out.push([(x as { re: number }).re, (x as { im: number }).im]);
    else out.push(x as number | bigint);
  };
  rec(a.toArray());
  return out;
}

// ---- tolerances ----------------------------------------------------------------------------------

/** One unit in the last place of x in a float format (53 or 24 significant bits). */
function ulp(x: number, f32: boolean): number {
  const ax = Math.abs(x);
  const [p, minExp] = f32 ? [23, -149] : [52, -1074];
  if (ax === 0 || !Number.isFinite(ax)) return 2 ** minExp;
  return 2 ** Math.max(Math.floor(Math.log2(ax)) - p, minExp);
}

/**
 * Tolerance per function: 'exact' means bit-identical (sign of zero and NaN included);
 * `ulps` bounds |actual - expected| in ulps of the expected value in the result's precision.
 * JS Math (fdlibm-derived, < 1 ulp) and glibc/NumPy SIMD (< 1-2 ulp) each round on their own,
 * so transcendental results may differ by a couple of ulps; float32 SIMD kernels in NumPy are
 * looser still.
 */
const TRANSCENDENTAL = new Set([
  'cbrt',
  'exp',
  'exp2',
  'expm1',
  'log',
  'log2',
  'log10',
  'log1p',
  'sin',
  'cos',
  'tan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'arcsinh',
  'arccosh',
  'arctanh',
  'arctan2',
  'hypot',
  'power',
]);
/** Complex results computed with several roundings (Smith division, sqrt, transcendental): relative to |z|. */
const COMPLEX_APPROX = new Set([
  ...TRANSCENDENTAL,
  'sqrt',
  'divide',
  'reciprocal',
  'abs',
  'sign',
  'multiply',
  'square',
]);

interface Tol {
  ulps: number;
  /** Accept 0 for -0 and vice versa (NumPy's own result depends on its SIMD path). */
  zeroSign?: boolean;
  /** Complex parts compared relative to the larger part of the expected value. */
  complexRel: number;
}
const EXACT: Tol = { ulps: 0, complexRel: 0 };
const F64_TRANSCENDENTAL: Tol = { ulps: 2, complexRel: 0 };
const F32_TRANSCENDENTAL: Tol = { ulps: 4, complexRel: 0 };
/**
 * complex128: 4 eps of |z| per part. complex64: 8 float32 eps of |z| — NumPy computes complex64
 * in float32 arithmetic (cpowf, clogf, ...), Stride in float64 rounded once, so NumPy's own
 * error (up to ~8 eps for power) is what the bound absorbs.
 */
const C128_APPROX: Tol = { ulps: 2, complexRel: 4 * 2 ** -52 };
const C64_APPROX: Tol = { ulps: 4, complexRel: 8 * 2 ** -23 };

/** fmax/fmin on (0, -0): NumPy returns either zero depending on which SIMD path runs. */
const ANY_ZERO_SIGN = new Set(['fmax', 'fmin']);

function tolFor(fn: string, outDtype: DType, inDtype: DType): Tol {
  if (ANY_ZERO_SIGN.has(fn)) return { ...EXACT, zeroSign: true };
  const complexIn = inDtype === 'complex64' || inDtype === 'complex128';
  if (complexIn && COMPLEX_APPROX.has(fn)) return inDtype === 'complex64' ? C64_APPROX : C128_APPROX;
  if (!TRANSCENDENTAL.has(fn)) return EXACT;
  if (outDtype === 'float32' || outDtype === 'complex64') return F32_TRANSCENDENTAL;
  if (outDtype === 'float64') return F64_TRANSCENDENTAL;
  return EXACT;
}

function sameFloat(a: number, e: number, tol: Tol, f32: boolean, scale: number): boolean {
  if (Number.isNaN(e)) return Number.isNaN(a);
  if (tol.zeroSign && e === 0) return a === 0;
  if (!Number.isFinite(e) || tol.ulps === 0) return Object.is(a, e);
  if (Number.isNaN(a)) return false;
  const d = Math.abs(a - e);
  if (d <= tol.ulps * ulp(e, f32)) return true;
  return tol.complexRel > 0 && d <= tol.complexRel * scale;
}

/** Index of the first mismatch (or -1) and a description. */
function compare(actual: NDArray, expected: ArrayEnc, tol: Tol): string | null {
  const act = flat(actual);
  const exp = flat(decode(expected));
  if (act.length !== exp.length) return `length ${act.length} vs ${exp.length}`;
  const f32 = actual.dtype === 'float32' || actual.dtype === 'complex64';
  for (let i = 0; i < exp.length; i++) {
    const a = act[i];
    const e = exp[i] as number | bigint | [number, number];
    let ok: boolean;
    if (Array.isArray(e)) {
      const [ar, ai] = a as [number, number];
      const scale = Math.max(Math.abs(e[0]), Math.abs(e[1]));
      ok = sameFloat(ar, e[0], tol, f32, scale) && sameFloat(ai, e[1], tol, f32, scale);
    } else if (typeof e === 'bigint') ok = typeof a === 'bigint' ? a === e : BigInt(a as number) === e;
    else if (typeof a === 'bigint') ok = BigInt(e) === a;
    else ok = sameFloat(a as number, e, tol, f32, Math.abs(e));
    if (!ok) return `element ${i}: got ${fmt(a)}, expected ${fmt(e)}`;
  }
  return null;
}

function fmt(v: unknown): string {
  if (Array.isArray(v)) return `(${fmt(v[0])}, ${fmt(v[1])})`;
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return String(v);
}

type Fn = (...args: unknown[]) => unknown;
const FNS = U as unknown as Record<string, Fn>;

function snapshot(args: unknown[]): string[] {
  return args.map((a) =>
    a instanceof NDArray ? JSON.stringify(flat(a), (_, v) => (typeof v === 'bigint' ? `${v}n` : v)) : '',
  );
}

// ---- element-wise fixtures -----------------------------------------------------------------------

interface UnaryCase {
  fn: string;
  in: [ArrayEnc];
  out?: ArrayEnc;
  error?: string;
  f16?: boolean;
}
interface BinaryCase {
  fn: string;
  x: ArrayEnc;
  y: ArrayEnc;
  out?: ArrayEnc;
  error?: string;
  f16?: boolean;
}

const ERRORS: Record<string, unknown> = { ValueError, DTypeError, ShapeError };

describe('unary ufuncs match NumPy 2.4', () => {
  const { cases } = load<{ cases: UnaryCase[] }>('ufunc_unary.json');
  for (const c of cases) {
    const x = c.in[0];
    const label = `${c.fn}(${x.dtype})${c.error ? ` throws ${c.error}` : ` -> ${c.out?.dtype}`}${c.f16 ? ' (NumPy: float16)' : ''}`;
    it(label, () => {
      const fn = FNS[c.fn] as Fn;
      const a = decodeArray(x);
      if (c.error) {
        expect(() => fn(a)).toThrow(ERRORS[c.error] as typeof Error);
        return;
      }
      const r = fn(a) as NDArray;
      const out = c.out as ArrayEnc;
      expect(r.dtype).toBe(out.dtype);
      expect(r.shape).toEqual(out.shape);
      const tol = tolFor(c.fn, r.dtype, x.dtype);
      expect(compare(r, out, tol)).toBeNull();
    });
  }
});

describe('binary ufuncs match NumPy 2.4 (every pair of a value set, via (n,1) x (1,m) broadcasting)', () => {
  const { cases } = load<{ cases: BinaryCase[] }>('ufunc_binary.json');
  for (const c of cases) {
    const label = `${c.fn}(${c.x.dtype}, ${c.y.dtype})${c.error ? ` throws ${c.error}` : ` -> ${c.out?.dtype}`}${c.f16 ? ' (NumPy: float16)' : ''}`;
    it(label, () => {
      const fn = FNS[c.fn] as Fn;
      const xs = decodeArray(c.x);
      const ys = decodeArray(c.y);
      const col = xs.view([xs.size, 1], [xs.strides[0] as number, 0], xs.offset);
      const row = ys.view([1, ys.size], [0, ys.strides[0] as number], ys.offset);
      if (c.error) {
        const before = snapshot([xs, ys]);
        expect(() => fn(col, row)).toThrow(ERRORS[c.error] as typeof Error);
        expect(snapshot([xs, ys])).toEqual(before);
        return;
      }
      const r = fn(col, row) as NDArray;
      const out = c.out as ArrayEnc;
      expect(r.dtype).toBe(out.dtype);
      expect(r.shape).toEqual(out.shape);
      expect(compare(r, out, tolFor(c.fn, r.dtype, c.x.dtype))).toBeNull();
    });
  }
});

// ---- structured cases ----------------------------------------------------------------------------

interface StructCase {
  name: string;
  fn: string;
  args: EncArg[];
  kwargs?: Record<string, unknown>;
  out?: ArrayEnc;
  value?: boolean;
  error?: string;
  strideDtype?: DType;
  f16?: boolean;
}

function makeOut(spec: { dtype: DType; shape: number[]; fill?: number }): NDArray {
  const o = zeros(spec.shape, { dtype: spec.dtype });
  if (spec.fill !== undefined) (o.data as Float64Array).fill(spec.fill);
  return o;
}

function callCase(c: StructCase, args: unknown[]): unknown {
  const fn = FNS[c.fn] as Fn;
  const kw = { ...(c.kwargs ?? {}) };
  if (kw.out) kw.out = makeOut(kw.out as { dtype: DType; shape: number[]; fill?: number });
  switch (c.fn) {
    case 'round':
      return fn(args[0], kw.decimals, kw.out ? { out: kw.out } : {});
    case 'clip':
      return fn(args[0], args[1], args[2], kw);
    case 'arrayEquiv':
    case 'real':
    case 'imag':
      return fn(...args);
    default:
      return fn(...args, kw);
  }
}

describe('broadcasting, views, NEP 50 scalars, out/dtype/where and helpers match NumPy 2.4', () => {
  const { cases } = load<{ cases: StructCase[] }>('ufunc_cases.json');
  for (const c of cases) {
    it(`${c.fn}: ${c.name}`, () => {
      const args = c.args.map(decodeArg);
      if (c.error) {
        const before = snapshot(args);
        expect(() => callCase(c, args)).toThrow(ERRORS[c.error] as typeof Error);
        expect(snapshot(args)).toEqual(before);
        return;
      }
      const r = callCase(c, args);
      if (c.value !== undefined) {
        // NumPy gives a Python/NumPy bool here; Stride's isclose of scalars is a 0-d array.
        expect(r instanceof NDArray ? (r as NDArray).item() : r).toBe(c.value);
        return;
      }
      const res = r as NDArray;
      const out = c.out as ArrayEnc;
      expect(res.dtype).toBe(c.strideDtype ?? out.dtype);
      expect(res.shape).toEqual(out.shape);
      const inDtype = (c.args.find((a) => a !== null && 'dtype' in a) as ArrayEnc | undefined)?.dtype ?? res.dtype;
      expect(compare(res, out, tolFor(c.fn, res.dtype, inDtype))).toBeNull();
      if (c.kwargs?.out) expect(res.shape).toEqual((c.kwargs.out as { shape: number[] }).shape);
    });
  }
});

// ---- errors --------------------------------------------------------------------------------------

describe('errors', () => {
  it('add([2, 3], [4]) throws ShapeError naming both shapes', () => {
    expect(() => U.add(zeros([2, 3]), zeros([4]))).toThrow(ShapeError);
    expect(() => U.add(zeros([2, 3]), zeros([4]))).toThrow('[2, 3] [4]');
  });
  it('bitwiseAnd(float64, float64) throws DTypeError naming the dtype', () => {
    expect(() => U.bitwiseAnd([1.5], [2.5])).toThrow(DTypeError);
    expect(() => U.bitwiseAnd([1.5], [2.5])).toThrow(/float64/);
    expect(() => U.invert([1.5])).toThrow(/invert: .*float64/);
    expect(() => U.leftShift([{ re: 1, im: 0 }], 1)).toThrow(/complex128/);
  });
  it('subtract(bool, bool) and negative(bool) are refused like NumPy', () => {
    expect(() => U.subtract([true], [false])).toThrow(DTypeError);
    expect(() => U.negative([true])).toThrow(DTypeError);
    expect(() => U.sign([true])).toThrow(DTypeError);
    expect(U.subtract(array([true]), array([1], { dtype: 'int8' })).dtype).toBe('int8');
  });
  it('out with the wrong shape throws ShapeError, with a wrong dtype DTypeError, read-only ValueError', () => {
    const a = array([1.5, 2.5]);
    const before = flat(a);
    expect(() => U.add(a, 1, { out: zeros([3]) })).toThrow(ShapeError);
    expect(() => U.add(a, 1, { out: zeros([2], { dtype: 'int32' }) })).toThrow(DTypeError);
    expect(() => U.add(a, 1, { out: zeros([2], { dtype: 'int32' }) })).toThrow('same_kind');
    const ro = new NDArray('float64', new Float64Array(2), [2], [1], 0, { readonly: true });
    expect(() => U.add(a, 1, { out: ro })).toThrow(ValueError);
    expect(flat(a)).toEqual(before);
  });
  it('power(int32, -1) throws ValueError and leaves the inputs unchanged', () => {
    const a = array([2, 3]);
    expect(() => U.power(a, -1)).toThrow('Integers to negative integer powers are not allowed');
    expect(() => U.power(a, array([1, -1]))).toThrow(ValueError);
    expect(a.toArray()).toEqual([2, 3]);
  });
  it('where must be bool', () => {
    expect(() => U.add([1], 1, { where: [1] })).toThrow(DTypeError);
  });
});

// ---- aliasing, out= and layouts ------------------------------------------------------------------

describe('out= writes in place', () => {
  it('add(a, b, {out: a}) updates a', () => {
    const a = array([1, 2, 3], { dtype: 'float64' });
    const r = U.add(a, array([10, 20, 30], { dtype: 'float64' }), { out: a });
    expect(r).toBe(a);
    expect(a.toArray()).toEqual([11, 22, 33]);
  });
  it('overlapping shifted views are computed as if the inputs were copied first', () => {
    const base = array([1, 2, 3, 4, 5], { dtype: 'float64' });
    const head = base.view([4], [1], 0);
    const tail = base.view([4], [1], 1);
    U.add(head, tail, { out: tail }); // NumPy: tail = [1+2, 2+3, 3+4, 4+5]
    expect(base.toArray()).toEqual([1, 3, 5, 7, 9]);
    const b2 = array([1, 2, 3, 4, 5], { dtype: 'int32' });
    U.multiply(b2.view([5], [-1], 4), 10, { out: b2 }); // reversed input into its own storage
    expect(b2.toArray()).toEqual([50, 40, 30, 20, 10]);
  });
  it('a non-contiguous out (transposed, negative stride) receives the values', () => {
    const out = zeros([3, 2]);
    const outT = out.T; // (2, 3) with strides (1, 2)
    U.multiply(
      array(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        { dtype: 'float64' },
      ),
      2,
      { out: outT },
    );
    expect(out.toArray()).toEqual([
      [2, 8],
      [4, 10],
      [6, 12],
    ]);
    const o2 = zeros([4], { dtype: 'int16' });
    U.subtract(array([1, 2, 3, 4], { dtype: 'int16' }), 1, { out: o2.view([4], [-1], 3) });
    expect(o2.toArray()).toEqual([3, 2, 1, 0]);
  });
  it('out of another dtype casts the loop result (same_kind): int8 loop wraps before the cast to float64', () => {
    const o = zeros([1]);
    U.add(array([100], { dtype: 'int8' }), array([100], { dtype: 'int8' }), { out: o });
    expect(o.toArray()).toEqual([-56]);
  });
  it('mixed-dtype inputs longer than the conversion buffer', () => {
    const n = 5000;
    const a = new Int32Array(n).map((_, i) => i - 2500);
    const b = new Float32Array(n).map((_, i) => i * 0.25);
    const r = U.add(a, b);
    expect(r.dtype).toBe('float64');
    let ok = true;
    for (let i = 0; i < n; i++) if ((r.data as Float64Array)[i] !== i - 2500 + Math.fround(i * 0.25)) ok = false;
    expect(ok).toBe(true);
    const big = new BigInt64Array(n).map((_, i) => BigInt(i) * 3n);
    const r2 = U.multiply(big, 0.5);
    expect(r2.dtype).toBe('float64');
    expect((r2.data as Float64Array)[4999]).toBe(4999 * 1.5);
  });
  it('two JS scalars give a 0-d array', () => {
    const r = U.add(2, 3);
    expect(r.ndim).toBe(0);
    expect(r.item()).toBe(5);
    expect(U.less(1, 2).item()).toBe(true);
  });
  it('real/imag of complex are writable views', () => {
    const z = array([
      { re: 1, im: 2 },
      { re: 3, im: 4 },
    ]);
    U.multiply(U.imag(z), -1, { out: U.imag(z) });
    expect(z.toArray()).toEqual([
      { re: 1, im: -2 },
      { re: 3, im: -4 },
    ]);
  });
  it('int64 arithmetic wraps like C', () => {
    const a = array([2n ** 63n - 1n, -(2n ** 63n)], { dtype: 'int64' });
    expect(U.add(a, 1).toArray()).toEqual([-(2n ** 63n), -(2n ** 63n) + 1n]);
    expect(U.multiply(a, 2).toArray()).toEqual([-2n, 0n]);
    expect(U.abs(a).toArray()).toEqual([2n ** 63n - 1n, -(2n ** 63n)]);
    expect(U.floorDivide(a, -1).toArray()).toEqual([-(2n ** 63n) + 1n, -(2n ** 63n)]);
    expect(U.floorDivide(a, 0).toArray()).toEqual([0n, 0n]);
  });
});

// ---- properties ----------------------------------------------------------------------------------

describe('properties', () => {
  it('add(int32) is commutative and wraps like (x + y) | 0', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
            fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          ),
          { maxLength: 40 },
        ),
        (pairs) => {
          const a = Int32Array.from(pairs.map((p) => p[0]));
          const b = Int32Array.from(pairs.map((p) => p[1]));
          const ab = U.add(a, b).toArray() as number[];
          const ba = U.add(b, a).toArray() as number[];
          expect(ab).toEqual(ba);
          expect(ab).toEqual(pairs.map(([x, y]) => (x + y) | 0));
          expect(U.multiply(a, b).toArray()).toEqual(pairs.map(([x, y]) => Math.imul(x, y)));
        },
      ),
    );
  });
  it("a view's result equals its copy's result (transposed / reversed / strided)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('T', 'rev', 'step'),
        fc.array(fc.double({ noNaN: false }), { minLength: 36, maxLength: 36 }),
        (m, n, kind, vals) => {
          const base = new NDArray('float64', Float64Array.from(vals.slice(0, m * n)), [m, n]);
          const v =
            kind === 'T'
              ? base.T
              : kind === 'rev'
                ? base.view([m, n], [-n, -1], m * n - 1)
                : base.view([Math.ceil(m / 2), n], [2 * n, 1], 0);
          const c = new NDArray('float64', Float64Array.from(flat(v) as number[]), v.shape);
          for (const f of [U.sqrt, U.negative, U.rint] as const) {
            expect(flat(f(v))).toEqual(flat(f(c)));
          }
          expect(flat(U.maximum(v, 0.5))).toEqual(flat(U.maximum(c, 0.5)));
          expect(flat(U.multiply(v, v))).toEqual(flat(U.multiply(c, c)));
        },
      ),
    );
  });
});

describe('buffered casting', () => {
  it('every generated cast kernel matches astype (strided source, offset destination)', () => {
    const dtypes = Object.keys(DTYPES) as DType[];
    const values = [0, 1, -1, 2.75, -3.5, 127, 255, 300, -129, 65535, 2 ** 31, -(2 ** 31) - 1, 1e10];
    for (const from of dtypes) {
      const src = astype(array(values.map((v) => ({ re: v, im: -v / 2 }))), from);
      const view = src.view([Math.ceil(values.length / 2)], [2], 0); // every other element
      for (const to of dtypes) {
        if (from === to) continue;
        const cast = CASTS[`${from}>${to}`];
        expect(cast, `${from}>${to}`).toBeDefined();
        const info = DTYPES[to];
        const d = new info.ctor((view.size + 1) * info.lanes);
        cast?.fn(view.size, src.data, view.offset, 2, d, 1, 1);
        const got = new NDArray(to, d, [view.size], [1], 1);
        expect(flat(got), `${from}>${to}`).toEqual(flat(astype(view, to)));
      }
    }
  });
});

describe('where, dtype and clip corners', () => {
  it('where without out leaves zeros where the mask is false', () => {
    expect(U.add([1, 2, 3], 10, { where: [true, false, true] }).toArray()).toEqual([11, 0, 13]);
    expect(U.sqrt([4, 9], { where: false }).toArray()).toEqual([0, 0]);
  });
  it("comparisons accept dtype: 'bool' and refuse other dtypes", () => {
    expect(U.less([1, 3], 2, { dtype: 'bool' }).toArray()).toEqual([true, false]);
    expect(() => U.less([1, 3], 2, { dtype: 'float64' })).toThrow(DTypeError);
  });
  it('logical ufuncs only look at truthiness of JS scalars (no overflow for int8)', () => {
    expect(U.logicalAnd(array([0, 5], { dtype: 'int8' }), 300).toArray()).toEqual([false, true]);
    expect(U.logicalOr(array([0, 0], { dtype: 'uint8' }), NaN).toArray()).toEqual([true, true]);
  });
  it('clip with out aliasing the upper bound', () => {
    const hi = array([3, 3, 3], { dtype: 'float64' });
    U.clip(array([1, 5, 2], { dtype: 'float64' }), 2, hi, { out: hi });
    expect(hi.toArray()).toEqual([2, 3, 2]);
    const a = array([-5, 0, 5], { dtype: 'int32' });
    U.clip(a, -1, 1, { out: a });
    expect(a.toArray()).toEqual([-1, 0, 1]);
  });
  it('clip(int8, 0, 300) saturates the bound; clip with no bounds copies', () => {
    expect(U.clip(array([-100, 5, 127], { dtype: 'int8' }), 0, 300).toArray()).toEqual([0, 5, 127]);
    const a = array([1, 2]);
    const c = U.clip(a, null, null);
    expect(c.toArray()).toEqual([1, 2]);
    expect(c).not.toBe(a);
  });
  it('round(float32) computes in float32', () => {
    const r = U.round(array([2.675], { dtype: 'float32' }), 2);
    expect(r.dtype).toBe('float32');
    expect(r.toArray()).toEqual([Math.fround(2.68)]);
  });
  it('an empty operand gives an empty result of the broadcast shape', () => {
    const r = U.add(zeros([0, 3]), array([[1, 2, 3]]));
    expect(r.shape).toEqual([0, 3]);
    expect(U.sqrt(zeros([2, 0])).shape).toEqual([2, 0]);
  });
});
