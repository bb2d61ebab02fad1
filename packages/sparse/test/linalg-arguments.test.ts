/**
 * Wrong-style arguments across sparse.linalg's iterative solvers, eigensolvers, LinearOperator
 * and norm: typed errors (the `Symbol.for('stride.error')` marker) whose message names the
 * function and the parameter, or SciPy's answer.
 */
import { describe, expect, it } from 'vitest';
import {
  LinearOperator,
  aslinearoperator,
  bicgstab,
  cg,
  eigs,
  eigsh,
  gmres,
  lobpcg,
  lsmr,
  lsqr,
  minres,
  norm,
  svds,
} from '../src/linalg/index.js';
import { detMatrix, lap1d, spd } from './linalg-helpers.js';

const STRIDE = Symbol.for('stride.error');
const isStrideError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[STRIDE] === true;

function throwsTyped(f: () => unknown, pattern: RegExp, cls?: string): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a throw').toBeDefined();
  expect(isStrideError(err), String(err)).toBe(true);
  expect(String((err as Error).message)).toMatch(pattern);
  if (cls) expect((err as Error).name).toBe(cls === 'ArgumentError' ? 'TypeError' : cls);
}

const A = spd(6, 1);
const b = [1, 2, 3, 4, 5, 6];
type Solver = (...a: unknown[]) => unknown;
const SOLVERS: Record<string, Solver> = { cg, bicgstab, gmres, minres } as unknown as Record<string, Solver>;

describe('iterative solvers: wrong-style arguments', () => {
  for (const [name, f] of Object.entries(SOLVERS)) {
    it(`${name}: wrong types, unknown options, shapes, non-square A`, () => {
      throwsTyped(() => f(A, b, { rtol: '1e-5' }), new RegExp(`${name}: rtol must be`), 'ArgumentError');
      throwsTyped(() => f(A, b, { tolerance: 1 }), new RegExp(`${name}`), 'ArgumentError');
      throwsTyped(() => f(A, b, { maxiter: 0 }), new RegExp(`${name}: maxiter`), 'ArgumentError');
      throwsTyped(() => f(A, b, { callback: 3 }), new RegExp(`${name}: callback`), 'ArgumentError');
      throwsTyped(() => f(A, [1, 2, 3]), new RegExp(`${name}: b has shape \\[3\\]`), 'ShapeError');
      throwsTyped(() => f(A, b, [1, 2]), new RegExp(`${name}: x0 has shape \\[2\\]`), 'ShapeError');
      throwsTyped(() => f(detMatrix(3, 4, 1), [1, 2, 3]), new RegExp(`${name}: A must be square`), 'ShapeError');
      throwsTyped(
        () => f(A, b, { M: detMatrix(3, 3, 1) }),
        new RegExp(`${name}: M has shape \\[3, 3\\]`),
        'ShapeError',
      );
      throwsTyped(() => f('A', b), /aslinearoperator: A must be/, 'ArgumentError');
      // complex A is solved (in its real form), giving a complex x
      expect((f([[{ re: 1, im: 1 }]], [1]) as { x: { dtype: string } }).x.dtype).toBe('complex128');
      // A NaN right-hand side gives NaN out (SciPy's answer), never a hang.
      const r = f(A, [Number.NaN, 0, 0, 0, 0, 0], { maxiter: 5 }) as { x: { toArray(): number[] } };
      expect(r.x.toArray().some(Number.isNaN) || r.x.toArray().every((v) => v === 0)).toBe(true);
    });
  }
  it('minres rejects atol (SciPy has none) and an indefinite preconditioner', () => {
    throwsTyped(() => minres(A, b, { atol: 1 } as never), /minres/, 'ArgumentError');
    const negM = A.map((r, i) => r.map((_, j) => (i === j ? -1 : 0)));
    throwsTyped(() => minres(A, b, { M: negM }), /minres: the preconditioner M is not positive definite/, 'ValueError');
  });
  it('gmres rejects an unknown callbackType by value', () => {
    throwsTyped(
      () => gmres(A, b, { callbackType: 'legacy' as never }),
      /gmres: callbackType must be one of/,
      'ValueError',
    );
  });
  it('lsqr and lsmr: wrong types, shapes, an operator without rmatvec', () => {
    throwsTyped(() => lsqr(A, b, '0.5' as never), /lsqr: damp must be/, 'ArgumentError');
    throwsTyped(() => lsmr(A, b, { iterLim: 3 } as never), /lsmr/, 'ArgumentError');
    throwsTyped(() => lsqr(detMatrix(5, 3, 1), [1, 2, 3]), /lsqr: b has shape \[3\], expected \[5\]/, 'ShapeError');
    const op = new LinearOperator([6, 6], { matvec: (x) => x });
    throwsTyped(() => lsmr(op, b), /lsmr: A needs rmatvec/, 'ValueError');
  });
});

describe('eigensolvers: wrong-style arguments and SciPy’s limits', () => {
  const S = spd(10, 2);
  it('eigsh: k, which, sigma, ncv, v0, M, mode', () => {
    throwsTyped(() => eigsh(S, { k: 0 }), /eigsh: k must be a positive integer/, 'ArgumentError');
    throwsTyped(() => eigsh(S, { k: 2.5 }), /eigsh: k must be/, 'ArgumentError');
    throwsTyped(
      () => eigsh(S, { which: 'LR' as never }),
      /eigsh: which must be one of "LM", "SM", "LA", "SA", "BE"/,
      'ValueError',
    );
    throwsTyped(() => eigsh(S, { which: 3 as never }), /eigsh: which must be/, 'ArgumentError');
    throwsTyped(() => eigsh(S, { sigma: Number.NaN }), /eigsh: sigma must be/, 'ArgumentError');
    throwsTyped(() => eigsh(S, { k: 3, ncv: 3 }), /eigsh: ncv must be k < ncv <= N/, 'ValueError');
    throwsTyped(() => eigsh(S, { k: 3, ncv: 11 }), /eigsh: ncv must be k < ncv <= N/, 'ValueError');
    throwsTyped(() => eigsh(S, { k: 2, v0: [1, 2] }), /eigsh: v0 has shape \[2\], expected \[10\]/, 'ShapeError');
    throwsTyped(() => eigsh(S, { k: 2, v0: new Array(10).fill(Number.NaN) }), /eigsh: v0 must be finite/, 'ValueError');
    throwsTyped(
      () => eigsh(S, { k: 2, M: spd(4, 1) }),
      /eigsh: M has shape \[4, 4\], expected \[10, 10\]/,
      'ShapeError',
    );
    throwsTyped(() => eigsh(S, { k: 2, sigma: 1, mode: 'shift' as never }), /eigsh: mode must be one of/, 'ValueError');
    throwsTyped(
      () => eigsh(S, { k: 2, returnEigenvectors: 'yes' as never }),
      /eigsh: returnEigenvectors must be a boolean/,
      'ArgumentError',
    );
    throwsTyped(() => eigsh(detMatrix(3, 4, 1)), /eigsh: A must be square/, 'ShapeError');
    throwsTyped(() => eigsh(S, { k: 2, bogus: 1 } as never), /eigsh/, 'ArgumentError');
    throwsTyped(() => eigsh(lap1d(6), { k: 6 }), /eigsh: k must be less than N/, 'ValueError');
  });
  it('eigsh: sigma exactly an eigenvalue of a dense matrix is a ValueError naming sigma', () => {
    const D = [
      [1, 0, 0],
      [0, 2, 0],
      [0, 0, 3],
    ];
    throwsTyped(
      () => eigsh(D, { k: 1, sigma: 2 }),
      /eigsh: the shifted matrix A - sigma\*M is exactly singular/,
      'ValueError',
    );
  });
  it('eigs: which, k, ncv', () => {
    const N = detMatrix(10, 10, 3);
    throwsTyped(
      () => eigs(N, { which: 'LA' as never }),
      /eigs: which must be one of "LM", "SM", "LR", "SR", "LI", "SI"/,
      'ValueError',
    );
    throwsTyped(() => eigs(N, { k: 3, ncv: 4 }), /eigs: ncv must be k \+ 1 < ncv <= N/, 'ValueError');
    throwsTyped(() => eigs(lap1d(6), { k: 5 }), /eigs: k must be less than N - 1/, 'ValueError');
    throwsTyped(() => eigs(N, { k: -1 }), /eigs: k must be a positive integer/, 'ArgumentError');
  });
  it('svds: k, which, returnSingularVectors, solver, complex', () => {
    const X = detMatrix(8, 5, 1);
    throwsTyped(
      () => svds(X, { k: 5 }),
      /svds: k must be an integer satisfying 0 < k < min\(A.shape\) = 5/,
      'ValueError',
    );
    throwsTyped(() => svds(X, { k: 2, which: 'LA' as never }), /svds: which must be one of "LM", "SM"/, 'ValueError');
    throwsTyped(
      () => svds(X, { k: 2, returnSingularVectors: 'v' as never }),
      /svds: returnSingularVectors must be/,
      'ArgumentError',
    );
    throwsTyped(() => svds(X, { k: 2, solver: 'lapack' as never }), /svds: solver must be one of/, 'ValueError');
    // complex A is supported: diag(1 + i, 1) padded with a zero row has largest singular value √2
    expect(
      (
        svds(
          [
            [
              { re: 1, im: 1 },
              { re: 0, im: 0 },
            ],
            [
              { re: 0, im: 0 },
              { re: 1, im: 0 },
            ],
            [
              { re: 0, im: 0 },
              { re: 0, im: 0 },
            ],
          ],
          { k: 1, returnSingularVectors: false },
        ).toArray() as number[]
      )[0],
    ).toBeCloseTo(Math.SQRT2, 12);
  });
  it('lobpcg: X shape, Y, tol type', () => {
    throwsTyped(() => lobpcg(S, detMatrix(9, 2, 1)), /lobpcg: X has shape \[9, 2\], expected \[10, k\]/, 'ShapeError');
    throwsTyped(
      () => lobpcg(S, detMatrix(10, 2, 1), { tol: 'small' as never }),
      /lobpcg: tol must be/,
      'ArgumentError',
    );
    throwsTyped(() => lobpcg(S, detMatrix(10, 2, 1), { B: spd(3, 1) }), /lobpcg: B has shape \[3, 3\]/, 'ShapeError');
  });
  it('norm: order and axis', () => {
    const L = lap1d(5);
    throwsTyped(() => norm(L, 'nuc' as never), /norm: ord must be/, 'ArgumentError');
    throwsTyped(() => norm(L, 3), /norm: invalid norm order 3 for a sparse matrix/, 'ValueError');
    throwsTyped(() => norm(L, null, 2), /norm: axis 2 is out of bounds/, 'ValueError');
    throwsTyped(() => norm([[1, 2]] as never), /norm: x must be a sparse matrix/, 'ValueError');
  });
});

describe('LinearOperator: wrong-style arguments', () => {
  it('constructor, products and compositions', () => {
    throwsTyped(
      () => new LinearOperator([2] as never, { matvec: (x) => x }),
      /LinearOperator: shape must be a pair/,
      'ArgumentError',
    );
    throwsTyped(
      () => new LinearOperator([2, 2], {}),
      /LinearOperator: matvec or matmat must be given/,
      'ArgumentError',
    );
    throwsTyped(
      () => new LinearOperator([2, 2], { matvec: 3 as never }),
      /LinearOperator: matvec must be a function/,
      'ArgumentError',
    );
    throwsTyped(
      () => new LinearOperator([2, 2], { matvec: (x) => x, dtype: 'bogus' }),
      /LinearOperator: dtype must be/,
      'ArgumentError',
    );
    const bad = new LinearOperator([2, 2], { matvec: () => [1, 2, 3] });
    throwsTyped(
      () => bad.matvec([1, 1]),
      /LinearOperator: matvec returned shape \[3\], expected 2 entries/,
      'ShapeError',
    );
    const op = aslinearoperator([
      [1, 2],
      [3, 4],
    ]);
    throwsTyped(() => op.matvec([1, 2, 3]), /LinearOperator.matvec: dimension mismatch/, 'ShapeError');
    throwsTyped(() => op.matmat([1, 2]), /LinearOperator.matmat: dimension mismatch/, 'ShapeError');
    throwsTyped(
      () => op.add(aslinearoperator([[1, 2, 3]])),
      /LinearOperator.add: shapes \[2, 2\] and \[1, 3\] differ/,
      'ShapeError',
    );
    throwsTyped(() => op.matmul(aslinearoperator([[1, 2, 3]])), /LinearOperator.matmul: cannot multiply/, 'ShapeError');
    throwsTyped(() => op.pow(-1), /LinearOperator.pow: p must be a non-negative integer/, 'ArgumentError');
    throwsTyped(() => op.mul(Number.NaN), /LinearOperator.mul/, 'ValueError');
    const noAdjoint = new LinearOperator([2, 2], { matvec: (x) => x });
    throwsTyped(() => noAdjoint.rmatvec([1, 1]), /LinearOperator.rmatvec: this operator has no rmatvec/, 'ValueError');
    throwsTyped(() => noAdjoint.H, /LinearOperator.H: this operator has no rmatvec/, 'ValueError');
    throwsTyped(
      () => aslinearoperator([1, 2, 3]),
      /aslinearoperator: expected a 2-D array, got shape \[3\]/,
      'ShapeError',
    );
    throwsTyped(() => aslinearoperator({ a: 1 } as never), /aslinearoperator: A must be/, 'ArgumentError');
    // A failed call leaves the operator usable.
    expect(op.matvec([1, 1]).toArray()).toEqual([3, 7]);
  });
});
