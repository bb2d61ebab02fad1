/**
 * The wrong-style sweep (issue 11, docs/conventions.md §1-2): every export of @stride/ndarray is
 * called the way plain JavaScript callers get it wrong — an unknown option, a string or NaN where
 * a number belongs, too many positionals — and must throw a typed error (a TypeError or a Stride
 * error carrying `Symbol.for('stride.error')`) naming the function, or give NumPy's answer. Never a
 * silent different answer. Then every example the issue lists, with NumPy's answer or error.
 */
import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import {
  MemoryError,
  NDArray,
  OverflowError,
  ValueError,
  arange,
  array,
  concatenate,
  full,
  isPlainObject,
  random,
  sum,
  zeros,
} from '../src/index.js';

const { defaultRng } = random;

const MARK = Symbol.for('stride.error');
const a2 = (): NDArray =>
  array([
    [1.5, 2],
    [3, 4],
  ]);
const v3 = (): NDArray => array([1, 2, 3]);
const sq = (): NDArray =>
  array([
    [4, 1],
    [1, 3],
  ]);

/** Valid required arguments of every export (the sweep appends the wrong-style extras). */
const REQUIRED: Record<string, () => unknown[]> = {};
const unaryArray = (names: string, make: () => unknown[] = () => [a2()]): void => {
  for (const n of names.split(/\s+/).filter(Boolean)) REQUIRED[n] = make;
};
unaryArray(`abs absolute angle arccos arccosh arcsin arcsinh arctan arctanh cbrt ceil conj conjugate cos cosh
  deg2rad degrees exp exp2 expm1 floor imag isfinite isinf isnan log log10 log1p log2 logicalNot negative
  positive rad2deg radians real reciprocal rint sign sin sinh sqrt square tan tanh trunc bitwiseNot
  round around nanToNum
  all any argmax argmin average countNonzero cumprod cumsum max mean median min nanargmax nanargmin nancumprod
  nancumsum nanmax nanmean nanmedian nanmin nanprod nanstd nansum nanvar prod ptp std sum var variance
  sort argsort unique uniqueAll uniqueCounts uniqueInverse uniqueValues diff gradient ediff1d
  transpose squeeze flip fliplr flipud rot90 ravel flatten ascontiguousarray asfortranarray
  copy argwhere flatnonzero nonzero trace diagonal diag tril triu
  zerosLike onesLike emptyLike histogram histogramBinEdges trapezoid cov corrcoef`);
unaryArray('bincount', () => [array([0, 1, 1, 3])]);
unaryArray('bitwiseNot invert', () => [v3()]);
unaryArray('quantile nanquantile', () => [a2(), 0.5]);
unaryArray('percentile nanpercentile', () => [a2(), 50]);
unaryArray('poly roots', () => [array([1, -3, 2])]);
unaryArray(
  `add subtract multiply divide trueDivide floorDivide remainder mod fmod power arctan2 hypot copysign
  maximum minimum fmax fmin heaviside equal notEqual less lessEqual greater greaterEqual logicalAnd logicalOr
  logicalXor isclose allclose arrayEqual arrayEquiv matmul dot inner outer kron vdot tensordot`,
  () => [a2(), a2()],
);
unaryArray('bitwiseAnd bitwiseOr bitwiseXor leftShift rightShift', () => [v3(), v3()]);
unaryArray('intersect1d union1d setdiff1d setxor1d isin convolve correlate polyval searchsorted digitize', () => [
  v3(),
  v3(),
]);
unaryArray('cross', () => [v3(), v3()]);
unaryArray('vecdot', () => [v3(), v3()]);
unaryArray('matrixTranspose', () => [a2()]);
unaryArray('polyfit', () => [v3(), array([1, 4, 9]), 2]);
unaryArray('interp', () => [1.5, v3(), v3()]);
unaryArray('clip', () => [a2(), 1, 3]);
unaryArray('concatenate stack vstack hstack dstack columnStack broadcastArrays', () => [[v3(), v3()]]);
unaryArray('append', () => [v3(), v3()]);
unaryArray('expandDims', () => [a2(), 0]);
unaryArray('swapaxes', () => [a2(), 0, 1]);
unaryArray('moveaxis', () => [a2(), 0, 1]);
unaryArray('roll', () => [a2(), 1]);
unaryArray('reshape resize', () => [v3(), [3, 1]]);
unaryArray('broadcastTo', () => [v3(), [2, 3]]);
unaryArray('tile', () => [v3(), 2]);
unaryArray('repeat', () => [v3(), 2]);
unaryArray('split arraySplit hsplit', () => [arange(4), 2]);
unaryArray('vsplit', () => [a2(), 2]);
unaryArray('dsplit', () => [zeros([1, 1, 2]), 2]);
unaryArray('pad', () => [v3(), 1]);
unaryArray('del delete', () => [v3(), 1]);
unaryArray('insert', () => [v3(), 1, 5]);
unaryArray('take', () => [v3(), [0, 1]]);
unaryArray('takeAlongAxis', () => [v3(), array([0, 1])]);
unaryArray('putAlongAxis', () => [v3(), array([0]), 9, 0]);
unaryArray('put', () => [v3(), [0], 9]);
unaryArray('compress extract', () => [[true, false, true], v3()]);
unaryArray('choose', () => [array([0, 1, 0]), [v3(), v3()]]);
unaryArray('select', () => [[array([true, false, true])], [v3()]]);
unaryArray('where', () => [array([true, false, true]), v3(), v3()]);
unaryArray('partition argpartition', () => [v3(), 1]);
unaryArray('lexsort', () => [[v3(), v3()]]);
unaryArray('zeros ones empty', () => [[2, 2]]);
unaryArray('full', () => [[2], 7]);
unaryArray('fullLike', () => [a2(), 7]);
unaryArray('arange', () => [5]);
unaryArray('linspace logspace geomspace', () => [1, 2]);
unaryArray('eye identity tri', () => [3]);
unaryArray('meshgrid', () => [v3(), v3()]);
unaryArray('atleast1d atleast2d atleast3d', () => [a2()]);
unaryArray('fromFunction', () => [(i: number) => i, [3]]);
unaryArray('array asarray', () => [[1, 2]]);
unaryArray('astype', () => [v3(), 'float32']);
unaryArray('einsum', () => ['ii', sq()]);
unaryArray('applyAlongAxis', () => [(x: NDArray) => nd.sum(x), 0, a2()]);

/**
 * Functions whose trailing arguments are themselves inputs (NumPy's `*arrays`, `*args`), so extra
 * values are not wrong there: the sweep checks them with an unknown option only.
 */
const VARIADIC = new Set([
  'atleast1d',
  'atleast2d',
  'atleast3d',
  'broadcastArrays',
  'meshgrid',
  'applyAlongAxis',
  'einsum',
  'gradient',
  'index',
  'set',
]);
unaryArray('index', () => [v3(), 0]);
unaryArray('set', () => [v3(), 1, 0]);
unaryArray('copyto', () => [zeros([3]), v3()]);
unaryArray('saveNpy', () => [v3()]);
unaryArray('saveNpz', () => [{ x: v3() }]);

/** Exports that take no array arguments in NumPy's sense, with why the sweep leaves them out. */
const NOT_SWEPT: Record<string, string> = {
  argumentError: 'the argument helper itself (builds an error)',
  describeValue: 'the argument helper itself (describes any value)',
  isPlainObject: 'the argument helper itself (a predicate on any value)',
  noExtra: 'the argument helper itself (checks a rest list)',
  resolveDType: 'the argument helper itself (a lookup on any value)',
  rule: 'the argument helper itself',
  signature: 'the argument helper itself',
  readScalar: 'storage-level reader (dtype, data, index), no options',
  arrayRepr: 'printing: covered by print.test.ts',
  arrayStr: 'printing: covered by print.test.ts',
  getPrintOptions: 'takes no arguments',
  setPrintOptions: 'one options object, validated in print.test.ts',
  configureHeap: 'heap configuration: covered by heap.test.ts',
  heapReady: 'takes no arguments',
  heapStats: 'takes no arguments',
  tidy: 'takes a function: covered by heap.test.ts',
  keep: 'takes arrays: covered by heap.test.ts',
  getMatmulBackend: 'takes no arguments',
  setMatmulBackend: 'takes a backend object: covered by products.test.ts',
  broadcastShapes: 'takes an op name and shapes: covered by core.test.ts',
  canCast: 'takes dtypes and a casting rule (validated by name below)',
  promoteTypes: 'takes dtypes (validated by name below)',
  resultType: 'takes arrays and dtypes (validated below)',
  loadNpy: 'takes bytes: see the io section',
  loadNpz: 'takes bytes: see the io section',
  readNpyHeader: 'takes bytes: see the io section',
  loadtxt: 'text I/O: validated by its own tests (io.text)',
  genfromtxt: 'text I/O: validated by its own tests (io.text)',
  savetxt: 'text I/O: validated by its own tests (io.text)',
  defaultRng: 'the random Generator: see the random section',
};

const exported = Object.entries(nd)
  .filter(([k, v]) => typeof v === 'function' && !/^[A-Z]/.test(k))
  .map(([k]) => k)
  .sort();

function marked(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[MARK] === true;
}

/** Runs a call that must fail: returns the error, or a description of the silent answer. */
function failure(f: () => unknown): { error?: Error; silent?: string } {
  try {
    const r = f();
    return {
      silent: r instanceof NDArray ? r.toString() : JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)),
    };
  } catch (e) {
    return { error: e as Error };
  }
}

describe('the sweep covers every export', () => {
  it('every exported function is in the sweep or listed with a reason', () => {
    const missing = exported.filter((k) => !(k in REQUIRED) && !(k in NOT_SWEPT));
    expect(missing).toEqual([]);
  });
  it('the required arguments of every swept export are valid (the call succeeds)', () => {
    const bad: string[] = [];
    for (const k of exported.filter((k) => k in REQUIRED)) {
      const f = (nd as unknown as Record<string, (...a: unknown[]) => unknown>)[k] as (...a: unknown[]) => unknown;
      try {
        f(...(REQUIRED[k] as () => unknown[])());
      } catch (e) {
        bad.push(`${k}: ${(e as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/** NumPy passes trailing arguments and keywords on to the user's function: nothing to reject. */
const PASS_THROUGH = new Set(['applyAlongAxis']);

/**
 * Where NaN is a valid value of the next positional parameter, NumPy's answer (NumPy 2.4):
 * `np.isclose(a, a, nan)` is all true (equal values), `np.ediff1d(a, nan)` appends NaN,
 * `np.interp(1.5, xp, fp, nan)` is unaffected in range, `np.polyfit(x, y, 2, nan)` cuts no
 * singular value, `np.select(c, ch, nan)` fills NaN.
 */
const NAN_ANSWER: Record<string, unknown> = {
  allclose: true,
  isclose: [
    [true, true],
    [true, true],
  ],
  ediff1d: [0.5, 1, 1, Number.NaN],
  interp: 1.5,
  polyfit: [1, 0, 0],
  select: [1, Number.NaN, 3],
};

/** Wrong-style extras appended after the valid required arguments. */
const WRONG: [string, unknown[]][] = [
  ['an unknown option {notAnOption: 1}', [{ notAnOption: 1 }]],
  ['a misspelt option {axes: 0}', [{ axes: 0, notAnOption: true }]],
  ['ten extra positionals', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ['a Map where options belong', [new Map()]],
  ['NaN as the next positional', [Number.NaN]],
  ['a string as the next positional', ['bogus']],
];

describe.each(WRONG)('every export with %s', (_label, extra) => {
  it('throws a typed error naming the function', () => {
    const silent: string[] = [];
    const untyped: string[] = [];
    for (const k of exported.filter((k) => k in REQUIRED)) {
      if (VARIADIC.has(k) && !isPlainObject(extra[0])) continue;
      if (PASS_THROUGH.has(k)) continue;
      const f = (nd as unknown as Record<string, (...a: unknown[]) => unknown>)[k] as (...a: unknown[]) => unknown;
      if (Number.isNaN(extra[0]) && k in NAN_ANSWER) {
        const got = f(...(REQUIRED[k] as () => unknown[])(), ...extra);
        const v = got instanceof NDArray ? got.toArray() : got;
        if (k === 'polyfit') {
          for (const [i, c] of (v as number[]).entries()) {
            expect(Math.abs(c - ((NAN_ANSWER[k] as number[])[i] as number))).toBeLessThan(1e-12);
          }
        } else expect(v, k).toEqual(NAN_ANSWER[k]);
        continue;
      }
      const r = failure(() => f(...(REQUIRED[k] as () => unknown[])(), ...extra));
      if (r.error === undefined) silent.push(`${k} -> ${r.silent?.slice(0, 60)}`);
      else if (!marked(r.error)) untyped.push(`${k}: ${r.error.constructor.name}: ${r.error.message.slice(0, 80)}`);
    }
    expect(silent).toEqual([]);
    expect(untyped).toEqual([]);
  });
});

const isTypeError = (f: () => unknown, re?: RegExp): void => {
  const r = failure(f);
  expect(r.silent, 'a silent answer').toBeUndefined();
  expect(r.error).toBeInstanceOf(TypeError);
  expect(marked(r.error)).toBe(true);
  if (re) expect(r.error?.message).toMatch(re);
};

describe('issue 11: a positional parameter is NumPy positional (was ignored)', () => {
  const m = (): NDArray =>
    array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  it('sum(a, 0) / mean(a, 0) / std / max / median / argmax / cumsum reduce axis 0 like NumPy', () => {
    expect((nd.sum(m(), 0) as NDArray).toArray()).toEqual([5n, 7n, 9n]);
    expect((nd.mean(m(), 0) as NDArray).toArray()).toEqual([2.5, 3.5, 4.5]);
    expect((nd.std(m(), 0) as NDArray).toArray()).toEqual([1.5, 1.5, 1.5]);
    expect((nd.max(m(), 0) as NDArray).toArray()).toEqual([4, 5, 6]);
    expect((nd.median(m(), 0) as NDArray).toArray()).toEqual([2.5, 3.5, 4.5]);
    expect((nd.argmax(m(), 0) as NDArray).toArray()).toEqual([1, 1, 1]);
    expect(nd.cumsum(m(), 0).toArray()).toEqual([
      [1n, 2n, 3n],
      [5n, 7n, 9n],
    ]);
    expect((nd.sum(m(), 1, null, null, true) as NDArray).shape).toEqual([2, 1]);
  });
  it('sort(a, 0) sorts axis 0; concatenate([a, a], 1) joins axis 1; roll(a, 1, 0) rolls axis 0', () => {
    expect(
      nd
        .sort(
          array([
            [3, 1],
            [1, 2],
          ]),
          0,
        )
        .toArray(),
    ).toEqual([
      [1, 1],
      [3, 2],
    ]);
    expect(concatenate([m(), m()], 1).shape).toEqual([2, 6]);
    expect(nd.roll(m(), 1, 0).toArray()).toEqual([
      [4, 5, 6],
      [1, 2, 3],
    ]);
  });
  it("zeros([2, 2], 'int32') is int32; NumPy's aliases 'float', 'f8', 'int', 'i4' are accepted", () => {
    expect(zeros([2, 2], 'int32').dtype).toBe('int32');
    expect(zeros([1], 'float' as never).dtype).toBe('float64');
    expect(zeros([1], 'f8' as never).dtype).toBe('float64');
    expect(zeros([1], 'int' as never).dtype).toBe('int32');
    expect(array([1], { dtype: 'i4' as never }).dtype).toBe('int32');
    expect(nd.astype(v3(), 'f4' as never).dtype).toBe('float32');
    expect(nd.add(v3(), 1, { dtype: 'f8' as never }).dtype).toBe('float64');
  });
});

describe('issue 11: an options object is read as options (was an internal TypeError)', () => {
  it('flip, squeeze, expandDims, round, transpose, linspace take options', () => {
    expect(nd.flip(v3(), { axis: 0 }).toArray()).toEqual([3, 2, 1]);
    expect(nd.squeeze(zeros([1, 3]), { axis: 0 }).shape).toEqual([3]);
    expect(nd.expandDims(v3(), { axis: 0 }).shape).toEqual([1, 3]);
    expect(nd.round(array([1.234, 5.678]), { decimals: 2 }).toArray()).toEqual([1.23, 5.68]);
    expect(nd.transpose(zeros([2, 3, 4]), { axes: [1, 0, 2] }).shape).toEqual([3, 2, 4]);
    expect(nd.linspace(0, 1, { num: 3 }).toArray()).toEqual([0, 0.5, 1]);
  });
  it('rng.normal({loc, scale, size}) is an NDArray of that shape (was a string)', () => {
    const r = defaultRng(1).normal({ loc: 10, scale: 0.1, size: [2, 3] });
    expect(r.shape).toEqual([2, 3]);
    expect(r.dtype).toBe('float64');
    expect(defaultRng(1).normal(10, 0.1, [2, 3]).toArray()).toEqual(r.toArray());
    expect(typeof defaultRng(1).normal({ loc: 1 })).toBe('number');
    isTypeError(() => defaultRng(1).normal({ mean: 1 } as never), /normal: unknown option "mean"/);
    isTypeError(() => defaultRng(1).normal('1' as never), /normal: loc must be a number/);
    expect((defaultRng(2).integers(0, 10, { size: 3, dtype: 'int32' }) as NDArray).dtype).toBe('int32');
    expect(defaultRng(2).uniform({ size: 2 }).shape).toEqual([2]);
  });
});

describe('issue 11: arrays in plain JavaScript expressions', () => {
  it('a * 2 and a > 2 throw a TypeError naming the functions to call', () => {
    const a = v3();
    isTypeError(() => (a as unknown as number) * 2, /multiply\(a, 2\)/);
    isTypeError(() => (a as unknown as number) > 2, /greater\(a, 2\)/);
  });
  it('a size-1 array converts to its scalar: a.index(0, 0) + 1 is 2.5', () => {
    expect((a2().index(0, 0) as unknown as number) + 1).toBe(2.5);
    expect(`${array([1, 2])}`).toBe('array([1, 2])');
  });
  it('Array.from(a) iterates the first axis; JSON.stringify(a) gives nested arrays, int64 exact', () => {
    expect(Array.from(v3())).toEqual([1, 2, 3]);
    expect(Array.from(a2()).map((r) => (r as NDArray).toArray())).toEqual([
      [1.5, 2],
      [3, 4],
    ]);
    expect(JSON.stringify({ a: a2() })).toBe('{"a":[[1.5,2],[3,4]]}');
    expect(JSON.stringify(array([1n, 2n ** 60n], 'int64'))).toBe('[1,"1152921504606846976"]');
    expect(() => [...array(5)]).toThrow(TypeError);
  });
});

describe('issue 11: values that do not fit, fills that are not scalars, requests that cannot be met', () => {
  it("array([3e9], {dtype: 'int32'}) and array([300], {dtype: 'uint8'}) raise OverflowError like NumPy", () => {
    expect(() => array([3e9], { dtype: 'int32' })).toThrow(OverflowError);
    expect(() => array([300], { dtype: 'uint8' })).toThrow(/integer 300 out of bounds for uint8/);
    expect(() => array([-1], { dtype: 'uint32' })).toThrow(OverflowError);
    expect(() => array([2n ** 70n], { dtype: 'int64' })).toThrow(OverflowError);
    expect(() => full([2], 300, 'uint8')).toThrow(OverflowError);
    expect(array([255], { dtype: 'uint8' }).toArray()).toEqual([255]);
  });
  it("full([3], 'abc') is a TypeError; full([2], [1, 2, 3]) a ValueError (was NaNs)", () => {
    isTypeError(() => full([3], 'abc' as never), /full: fillValue must be/);
    expect(() => full([2], [1, 2, 3] as never)).toThrow(ValueError);
    expect(full([2], [7] as never).toArray()).toEqual([7, 7]);
  });
  it('zeros([1e6, 1e6]), arange(0, 1e12), eye(1e6) throw MemoryError naming shape, dtype and bytes', () => {
    expect(() => zeros([1e6, 1e6])).toThrow(MemoryError);
    expect(() => zeros([1e6, 1e6])).toThrow(/shape \[1000000, 1000000\] and dtype float64/);
    expect(() => arange(0, 1e12)).toThrow(MemoryError);
    expect(() => nd.eye(1e6)).toThrow(/8000000000000 bytes/);
  });
  it('a cyclic nested array is a typed error (was a stack overflow)', () => {
    const c: unknown[] = [1];
    c.push(c);
    expect(marked(failure(() => array(c as never)).error)).toBe(true);
    const d: unknown[] = [];
    d.push(d);
    expect(() => array(d as never)).toThrow(/cyclic/);
  });
});

describe('issue 11: integers that work in ordinary JavaScript', () => {
  it('sum of ordinary integers is a JS number; int64 input or dtype int64 stays an exact bigint', () => {
    const t: number = sum(array([1, 2, 3]));
    expect(t).toBe(6);
    const mask = array([true, false, true]);
    expect(sum(mask) / mask.size).toBeCloseTo(2 / 3, 15);
    expect(Math.sqrt(sum(array([4, 5], 'uint8')))).toBe(3);
    expect(JSON.stringify({ total: sum(array([1, 2], 'int16')) })).toBe('{"total":3}');
    expect(sum(array([1n, 2n], 'int64'))).toBe(3n);
    expect(sum(array([1, 2, 3]), { dtype: 'int64' })).toBe(6n);
    expect(nd.prod(array([2, 3], 'int32'))).toBe(6);
    const f: number = nd.max(array([1.5, 2]));
    expect(f).toBe(2);
    expect(nd.countNonzero(mask)).toBe(2);
  });
  it('JS numbers beyond int32 infer float64, so arrays of JS numbers read back as numbers', () => {
    expect(array([3e9, 1]).dtype).toBe('float64');
    expect(sum(array([2 ** 40, 1]))).toBe(2 ** 40 + 1);
  });
});

describe('issue 11: wrong types name the function, the parameter and the value', () => {
  it.each([
    [
      'sum(a, "0")',
      () => sum(v3(), '0' as never),
      /sum: axis must be an integer, an array of integers or null, got "0" \(string\)/,
    ],
    ['sum(a, {axes: 0})', () => sum(v3(), { axes: 0 } as never), /sum: unknown option "axes"/],
    [
      'sum(a, 0, {axis: 0})',
      () => sum(v3(), 0, { axis: 0 } as never),
      /sum: axis given both positionally and as an option/,
    ],
    ['zeros([2], "float16")', () => zeros([2], 'float16' as never), /zeros: dtype must be a dtype name/],
    ['zeros("3")', () => zeros('3' as never), /zeros: shape must be/],
    ['add(a, b, "int32")', () => nd.add(v3(), v3(), 'int32' as never), /add: out must be/],
    ['sort(a, NaN)', () => nd.sort(v3(), Number.NaN), /sort: axis must be an integer axis or null, got NaN/],
    ['linspace(0, "1")', () => nd.linspace(0, '1' as never), /linspace: stop must be a number/],
    ['concatenate([a, a], "1")', () => concatenate([v3(), v3()], '1' as never), /concatenate: axis must be/],
    [
      'fliplr(a, 1)',
      () => (nd.fliplr as (...a: unknown[]) => unknown)(a2(), 1),
      /fliplr: takes no options or further arguments, got 1 \(number\)/,
    ],
  ])('%s throws a TypeError naming it', (_label, f, re) => isTypeError(f, re));
  it("sort(a, {kind: 'bogo'}) is NumPy's ValueError (a wrong value of the right type)", () => {
    expect(() => nd.sort(v3(), { kind: 'bogo' as never })).toThrow(ValueError);
    expect(() => zeros([2], null, 'X' as never)).toThrow(ValueError);
  });
  it('a failed call leaves its inputs unchanged', () => {
    const a = v3();
    expect(() => nd.put(a, [0], 9, { mode: 'bogus' as never })).toThrow();
    expect(a.toArray()).toEqual([1, 2, 3]);
  });
});

describe('issue 11: an .npz member that lies about its size stops at the declared size', () => {
  it('a 48 KB member of 50 MB zeros declaring 100 bytes fails fast', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'x.npy': [new Uint8Array(50_000_000), { level: 6 }] });
    // Patch the declared (uncompressed) size in the local header and the central directory.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    const t = performance.now();
    expect(() => nd.loadNpz(zip)).toThrow(/declares 100 bytes but inflates to more/);
    expect(performance.now() - t).toBeLessThan(400);
  });
});
