/**
 * The wrong-style sweep (issue 11, docs/conventions.md §1-2): every export of @stride/ndarray is
 * called the way plain JavaScript callers get it wrong — an unknown option, a string or NaN where
 * a number belongs, too many positionals — and must throw a typed error (a TypeError or a Stride
 * error carrying `Symbol.for('stride.error')`) naming the function, or give NumPy's answer. Never a
 * silent different answer. Then every example the issue lists, with NumPy's answer or error.
 */
import { describe, expect, it } from 'vitest';
import * as nd from '../src/index.js';
import { NDArray, array, arange, isPlainObject, zeros } from '../src/index.js';

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

/** Wrong-style extras appended after the valid required arguments. */
const WRONG: [string, unknown[]][] = [
  ['an unknown option {notAnOption: 1}', [{ notAnOption: 1 }]],
  ['a misspelt option {axes: 0}', [{ axes: 0, notAnOption: true }]],
  ['ten extra positionals', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ['a Map where options belong', [new Map()]],
];

describe.each(WRONG)('every export with %s', (_label, extra) => {
  it('throws a typed error naming the function', () => {
    const silent: string[] = [];
    const untyped: string[] = [];
    for (const k of exported.filter((k) => k in REQUIRED)) {
      if (VARIADIC.has(k) && !isPlainObject(extra[0])) continue;
      if (PASS_THROUGH.has(k)) continue;
      const f = (nd as unknown as Record<string, (...a: unknown[]) => unknown>)[k] as (...a: unknown[]) => unknown;
      const r = failure(() => f(...(REQUIRED[k] as () => unknown[])(), ...extra));
      if (r.error === undefined) silent.push(`${k} -> ${r.silent?.slice(0, 60)}`);
      else if (!marked(r.error)) untyped.push(`${k}: ${r.error.constructor.name}: ${r.error.message.slice(0, 80)}`);
    }
    expect(silent).toEqual([]);
    expect(untyped).toEqual([]);
  });
});
