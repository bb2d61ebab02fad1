/**
 * Wrong-style arguments across the direct solvers: typed errors naming the function and the
 * parameter (ArgumentError for wrong types and unknown options, ValueError for bad values,
 * ShapeError for wrong shapes, DTypeError for complex input), or SciPy's answer.
 */
import { array } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { linalg } from '../src/index.js';

const { splu, spsolve, factorized, spsolveTriangular, spcholesky } = linalg;
const STRIDE = Symbol.for('stride.error');
const isStrideError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[STRIDE] === true;

function throwsTyped(f: () => unknown, name: string, pattern: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a throw').toBeDefined();
  expect(isStrideError(err), String(err)).toBe(true);
  expect((err as Error).name).toBe(name);
  expect(String((err as Error).message)).toMatch(pattern);
}

const A = [
  [4, 1, 0],
  [1, 3, 1],
  [0, 1, 2],
];
type Call = (a: unknown, ...rest: unknown[]) => unknown;
const MATRIX_FUNCS: [string, Call][] = [
  ['splu', (a, ...r) => (splu as Call)(a, ...r)],
  ['spsolve', (a, ...r) => (spsolve as Call)(a, [1, 2, 3], ...r)],
  ['factorized', (a, ...r) => (factorized as Call)(a, ...r)],
  ['spsolveTriangular', (a, ...r) => (spsolveTriangular as Call)(a, [1, 2, 3], ...r)],
  ['spcholesky', (a, ...r) => (spcholesky as Call)(a, ...r)],
];

describe('wrong-style arguments on the direct solvers', () => {
  for (const [name, f] of MATRIX_FUNCS) {
    it(`${name}: A of the wrong type, the wrong rank or complex dtype is a typed error naming ${name} and A`, () => {
      throwsTyped(() => f('1'), 'TypeError', new RegExp(`${name}: A must be`));
      throwsTyped(() => f(5), 'TypeError', new RegExp(`${name}: A must be`));
      throwsTyped(() => f(null), 'TypeError', new RegExp(`${name}: A must be`));
      throwsTyped(() => f(undefined), 'TypeError', new RegExp(`${name}: A must be`));
      throwsTyped(() => f({ data: [1] }), 'TypeError', new RegExp(`${name}: A must be`));
      throwsTyped(() => f([1, 2, 3]), 'ShapeError', new RegExp(`${name}: A must be a 2-D matrix, got shape \\[3\\]`));
      throwsTyped(() => f([[[1]]]), 'ShapeError', new RegExp(`${name}: A must be a 2-D matrix`));
      const complexA = array([
        [{ re: 1, im: 1 }, 0],
        [0, 1],
      ]);
      if (name === 'spsolveTriangular' || name === 'spcholesky') {
        throwsTyped(() => f(complexA), 'DTypeError', new RegExp(`${name}: A of dtype complex128 is not supported yet`));
      } else if (name !== 'spsolve') {
        expect(() => f(complexA)).not.toThrow();
      }
    });
    if (name !== 'factorized') {
      it(`${name}: an unknown option or too many positional arguments is an ArgumentError`, () => {
        throwsTyped(() => f(A, { bogus: 1 }), 'TypeError', new RegExp(`${name}: .*bogus`));
        throwsTyped(() => f(A, true, true, true, true, true, true), 'TypeError', new RegExp(`${name}: takes at most`));
      });
    }
  }

  it('permcSpec: another string is a ValueError, a non-string an ArgumentError (splu, spsolve)', () => {
    throwsTyped(() => splu(A, { permcSpec: 'AMD' as never }), 'ValueError', /splu: permcSpec must be one of "COLAMD"/);
    throwsTyped(() => splu(A, 3 as never), 'TypeError', /splu: permcSpec must be one of/);
    throwsTyped(() => spsolve(A, [1, 2, 3], 'colamd' as never), 'ValueError', /spsolve: permcSpec must be one of/);
    throwsTyped(() => factorized(A, { permcSpec: 'X' as never }), 'ValueError', /factorized: permcSpec must be one of/);
  });

  it('diagPivotThresh outside [0, 1] or NaN is a ValueError; a string is an ArgumentError', () => {
    throwsTyped(
      () => splu(A, { diagPivotThresh: 2 }),
      'ValueError',
      /splu: diagPivotThresh must be in \[0, 1\], got 2/,
    );
    throwsTyped(
      () => splu(A, { diagPivotThresh: Number.NaN }),
      'ValueError',
      /splu: diagPivotThresh must be in \[0, 1\]/,
    );
    throwsTyped(
      () => splu(A, { diagPivotThresh: '1' as never }),
      'TypeError',
      /splu: diagPivotThresh must be a number/,
    );
  });

  it('boolean options of spsolveTriangular and spsolve reject non-booleans', () => {
    throwsTyped(
      () => spsolveTriangular(A, [1, 2, 3], { lower: 1 as never }),
      'TypeError',
      /spsolveTriangular: lower must be a boolean/,
    );
    throwsTyped(
      () => spsolve(A, [1, 2, 3], { useUmfpack: 'yes' as never }),
      'TypeError',
      /spsolve: useUmfpack must be a boolean/,
    );
    throwsTyped(
      () => spcholesky(A, { ordering: 'metis' as never }),
      'ValueError',
      /spcholesky: ordering must be one of "amd", "natural"/,
    );
  });

  it('b of the wrong type, rank or length is a typed error naming b', () => {
    throwsTyped(() => spsolve(A, 'b' as never), 'TypeError', /spsolve: b must be/);
    throwsTyped(() => spsolve(A, [1, 2]), 'ShapeError', /spsolve: b has shape \[2\], expected \[3\] or \[3, k\]/);
    throwsTyped(() => spsolve(A, 1), 'ShapeError', /spsolve: b has shape \[\]/);
    throwsTyped(() => spsolve(A, [[[1], [2], [3]]]), 'ShapeError', /spsolve: b has shape \[1, 3, 1\]/);
    throwsTyped(() => splu(A).solve([1, 2]), 'ShapeError', /SuperLU.solve: b has shape \[2\]/);
    throwsTyped(
      () => splu(A).solve([1, 2, 3], 'X' as never),
      'ValueError',
      /SuperLU.solve: trans must be one of "N", "T", "H"/,
    );
    throwsTyped(() => spcholesky(A).solve([1]), 'ShapeError', /SparseCholesky.solve: b has shape \[1\]/);
    throwsTyped(() => spsolveTriangular(A, [[1, 2, 3]]), 'ShapeError', /spsolveTriangular: b has shape \[1, 3\]/);
  });

  it('NaN in b propagates to x (as in SciPy); NaN in A gives NaN in x or a LinAlgError, never a hang', () => {
    const x = spsolve(A, [1, Number.NaN, 3]).toArray() as number[];
    expect(x.some((v) => Number.isNaN(v))).toBe(true);
    let out: number[] | undefined;
    try {
      out = spsolve(
        [
          [Number.NaN, 1],
          [1, 2],
        ],
        [1, 1],
      ).toArray() as number[];
    } catch (e) {
      expect((e as Error).name).toBe('LinAlgError');
    }
    if (out) expect(out.every((v) => Number.isNaN(v))).toBe(true);
  });

  it('a failed call leaves its inputs unchanged', () => {
    const a = array([
      [1, 2],
      [2, 4],
    ]);
    const b = array([1, 2]);
    expect(() => spsolve(a, b)).toThrow();
    expect(a.toArray()).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(b.toArray()).toEqual([1, 2]);
    const c = array([3, 4]);
    spsolve(
      [
        [2, 0],
        [0, 2],
      ],
      c,
    );
    expect(c.toArray()).toEqual([3, 4]);
  });
});
