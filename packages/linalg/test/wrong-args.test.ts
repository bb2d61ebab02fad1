/**
 * The wrong-style sweep of @stride/linalg (issue 11, docs/conventions.md §1-2): every export is
 * called with an unknown option, extra positionals and options where positionals belong; each must
 * throw a typed error (TypeError or a Stride error with `Symbol.for('stride.error')`) naming the
 * function, or give NumPy's/SciPy's answer. Then the examples the issue lists.
 */
import { NDArray, array, zeros } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import * as la from '../src/index.js';
import { LinAlgError } from '../src/index.js';

const MARK = Symbol.for('stride.error');
const spd = (): NDArray =>
  array([
    [4, 1],
    [1, 3],
  ]);
const b2 = (): NDArray => array([1, 2]);

const REQUIRED: Record<string, () => unknown[]> = {
  det: () => [spd()],
  inv: () => [spd()],
  slogdet: () => [spd()],
  solve: () => [spd(), b2()],
  cholesky: () => [spd()],
  eig: () => [spd()],
  eigh: () => [spd()],
  eigvals: () => [spd()],
  eigvalsh: () => [spd()],
  lu: () => [spd()],
  luFactor: () => [spd()],
  qr: () => [spd()],
  svd: () => [spd()],
  svdvals: () => [spd()],
  cholSolve: () => [la.cholesky(spd()), b2()],
  lstsq: () => [spd(), b2()],
  luSolve: () => [la.luFactor(spd()), b2()],
  solveTriangular: () => [spd(), b2()],
  cond: () => [spd()],
  expm: () => [spd()],
  matrixPower: () => [spd(), 2],
  matrixRank: () => [spd()],
  norm: () => [spd()],
  pinv: () => [spd()],
  dot: () => [spd(), spd()],
  matmul: () => [spd(), spd()],
};
const NOT_SWEPT: Record<string, string> = {
  installLinalg: 'loads the LAPACK module (covered by linalg.test.ts)',
  heapBytesInUse: 'takes no arguments',
  lapackError: 'builds an error from a routine name and info',
  gemmInto: 'internal kernel entry used by @stride/ndarray (arrays already checked)',
};

const exported = Object.entries(la)
  .filter(([k, v]) => typeof v === 'function' && !/^[A-Z]/.test(k))
  .map(([k]) => k)
  .sort();

function outcome(f: () => unknown): { error?: Error; silent?: string } {
  try {
    const r = f();
    return {
      silent:
        r instanceof NDArray ? r.toString() : JSON.stringify(r, (_k, v) => (v instanceof NDArray ? v.toArray() : v)),
    };
  } catch (e) {
    return { error: e as Error };
  }
}
const marked = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[MARK] === true;

describe('linalg: the sweep covers every export', () => {
  it('every exported function is swept or listed with a reason', () => {
    expect(exported.filter((k) => !(k in REQUIRED) && !(k in NOT_SWEPT))).toEqual([]);
  });
  it('the required arguments are valid', () => {
    const bad: string[] = [];
    for (const k of Object.keys(REQUIRED)) {
      const r = outcome(() =>
        (la as unknown as Record<string, (...a: unknown[]) => unknown>)[k]?.(...(REQUIRED[k] as () => unknown[])()),
      );
      if (r.error) bad.push(`${k}: ${r.error.message}`);
    }
    expect(bad).toEqual([]);
  });
});

const WRONG: [string, unknown[]][] = [
  ['an unknown option {notAnOption: 1}', [{ notAnOption: 1 }]],
  ['ten extra positionals', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ['a string where a flag belongs', ['no', 'no', 'no', 'no', 'no']],
];
describe.each(WRONG)('linalg: every export with %s', (_label, extra) => {
  it('throws a typed error naming the function', () => {
    const silent: string[] = [];
    const untyped: string[] = [];
    for (const k of Object.keys(REQUIRED)) {
      const f = (la as unknown as Record<string, (...a: unknown[]) => unknown>)[k] as (...a: unknown[]) => unknown;
      const r = outcome(() => f(...(REQUIRED[k] as () => unknown[])(), ...extra));
      if (r.error === undefined) silent.push(`${k} -> ${r.silent?.slice(0, 60)}`);
      else if (!marked(r.error) || !r.error.message.startsWith(`${k}:`)) {
        untyped.push(`${k}: ${r.error.constructor.name}: ${r.error.message.slice(0, 90)}`);
      }
    }
    expect(silent).toEqual([]);
    expect(untyped).toEqual([]);
  });
});

describe('linalg: the examples of issue 11', () => {
  it('cholesky(a, false), svd(a, true), qr(a, "r"), eigh(a, "U") use their argument like NumPy', () => {
    expect(() => (la.cholesky as (...a: unknown[]) => unknown)(spd(), false)).toThrow(TypeError);
    expect(la.cholesky(spd(), { upper: true }).toArray()).toEqual(la.cholesky(spd(), { lower: false }).toArray());
    const full = la.svd(array([[1, 2, 3]]), true);
    expect(full.vh.shape).toEqual([3, 3]);
    expect(la.svd(array([[1, 2, 3]]), false).vh.shape).toEqual([1, 3]);
    expect((la.svd(spd(), false, false) as NDArray).shape).toEqual([2]);
    const r = la.qr(spd(), 'r');
    expect(r.q).toBeUndefined();
    const u = la.eigh(
      array([
        [2, 99],
        [1, 2],
      ]),
      'U',
    );
    expect(u.w.toArray()).toEqual([-97, 101]);
  });
  it("svd(a, {fullMatrices: 'no'}) is a TypeError naming svd and fullMatrices", () => {
    expect(() => la.svd(spd(), { fullMatrices: 'no' as never })).toThrow(
      /svd: fullMatrices must be a boolean, got "no"/,
    );
  });
  it('matrixPower(m, 2 ** 32) is the identity for a rotation of order 4; 2 ** 32 + 1 is m itself', () => {
    const rot = array([
      [0, -1],
      [1, 0],
    ]);
    expect(la.matrixPower(rot, 2 ** 32).toArray()).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(la.matrixPower(rot, 2 ** 32 + 1).toArray()).toEqual(rot.toArray());
    expect(() => la.matrixPower(rot, 2 ** 60)).toThrow(/at most 2\^53/);
    expect(() => la.matrixPower(rot, '2' as never)).toThrow(TypeError);
  });
  it('cond(zeros([0, 0])) raises LinAlgError like NumPy (was NaN)', () => {
    expect(() => la.cond(zeros([0, 0]))).toThrow(LinAlgError);
    expect(() => la.cond(zeros([0, 0]))).toThrow(/cond: cond is not defined on empty arrays/);
  });
  it('errors from expm, pinv, cond and matrixRank name the function called', () => {
    const bad = array([
      [Number.NaN, 1],
      [1, 1],
    ]);
    for (const [name, f] of [
      ['pinv', () => la.pinv(bad)],
      ['cond', () => la.cond(bad)],
      ['matrixRank', () => la.matrixRank(bad)],
      ['expm', () => la.expm(bad)],
    ] as const) {
      const r = outcome(f);
      if (r.error) expect(r.error.message.startsWith(`${name}:`), r.error.message).toBe(true);
    }
    const r = outcome(() => la.expm(array([[1, 2, 3]])));
    expect(r.error?.message).toMatch(/^expm: /);
  });
});
