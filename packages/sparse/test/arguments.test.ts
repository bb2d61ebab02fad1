/**
 * Wrong-style arguments across every export of the formats, construction, I/O and csgraph: a
 * typed Stride error (ArgumentError for a wrong type or an unknown option, ValueError /
 * ShapeError / IndexError for a wrong value) naming the function and the parameter, and inputs
 * left unchanged.
 */
import { describe, expect, it } from 'vitest';
import * as sparse from '../src/index.js';

const STRIDE = Symbol.for('stride.error');
const isStrideError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[STRIDE] === true;

function throwsTyped(f: () => unknown, pattern: RegExp, kind?: new (...a: never[]) => Error): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, `expected a throw matching ${pattern}`).toBeDefined();
  expect(isStrideError(err), String(err)).toBe(true);
  expect(String((err as Error).message)).toMatch(pattern);
  if (kind) expect(err).toBeInstanceOf(kind);
}

const { ArgumentError, ValueError, ShapeError, IndexError, DTypeError } = sparse;
const A = () =>
  sparse.csrMatrix([
    [1, 0, 2],
    [0, 3, 0],
  ]);

describe('constructors', () => {
  for (const name of ['csrMatrix', 'cscMatrix', 'cooMatrix'] as const) {
    const f = sparse[name] as (...a: unknown[]) => unknown;
    it(`${name}: wrong types, unknown options, bad shapes`, () => {
      throwsTyped(() => f('abc'), new RegExp(name), ArgumentError);
      throwsTyped(() => f(undefined), new RegExp(name));
      throwsTyped(() => f([[1, 2]], { bogus: 1 }), /bogus/, ArgumentError);
      throwsTyped(() => f([[1, 2]], { dtype: 'nope' }), /dtype/, ArgumentError);
      throwsTyped(() => f([[1, 2]], { shape: [1, 2, 3] }), /shape/);
      throwsTyped(() => f([[1, 2]], { shape: [2, 2] }), /shape/, ShapeError);
      throwsTyped(() => f([[[1]]]), /2 dimensions/, ShapeError);
      throwsTyped(() => f({ data: [1], row: [0] }), /col/, ArgumentError);
      throwsTyped(() => f({ data: [1], row: [0], col: [-1] }), /col.*non-negative/, ValueError);
      throwsTyped(() => f({ data: [1, 2], row: [0], col: [0] }), /same length/, ValueError);
      throwsTyped(
        () => f({ data: [1], row: [0], col: [5] }, { shape: [2, 2] }),
        /col\[0\] = 5 is out of range/,
        ValueError,
      );
      throwsTyped(() => f({ data: [1], row: [0.5], col: [0] }), /row must have an integer dtype/, DTypeError);
      throwsTyped(() => f({ data: new BigInt64Array(1), row: [0], col: [0] }), /int64/, DTypeError);
    });
  }
  it('csrMatrix/cscMatrix: indptr checks name the field', () => {
    const f = sparse.csrMatrix;
    throwsTyped(
      () => f({ data: [1, 2], indices: [0, 1], indptr: [0, 2, 1] }),
      /indptr must be non-decreasing, got indptr\[2\] = 1 < indptr\[1\] = 2/,
      ValueError,
    );
    throwsTyped(() => f({ data: [1, 2], indices: [0, 1], indptr: [1, 2] }), /indptr must start with 0/, ValueError);
    throwsTyped(() => f({ data: [1, 2], indices: [0, 1], indptr: [0, 3] }), /indptr\[1\] = 3.*exceeds/, ValueError);
    throwsTyped(
      () => f({ data: [1, 2], indices: [0], indptr: [0, 1] }),
      /indices and data must have the same length/,
      ValueError,
    );
    throwsTyped(
      () => f({ data: [1], indices: [4], indptr: [0, 1] }, { shape: [1, 3] }),
      /indices\[0\] = 4 is out of range/,
      ValueError,
    );
    throwsTyped(
      () => f({ data: [1], indices: [0], indptr: [0, 1] }, { shape: [2, 3] }),
      /indptr has length 2/,
      ValueError,
    );
    throwsTyped(() => f({ data: [], indices: [], indptr: [] }), /at least one element/, ValueError);
    throwsTyped(() => sparse.cooMatrix({ data: [1], indices: [0], indptr: [0, 1] }), /row, col/, ArgumentError);
    throwsTyped(() => f({ data: [1], indices: [0], indptr: [0, 1], extra: 1 } as never), /csrMatrix/, ArgumentError);
  });
  it('an empty matrix (0 rows) is fine', () => {
    const z = sparse.csrMatrix({ data: [], indices: [], indptr: [0] }, { shape: [0, 4] });
    expect(z.shape).toEqual([0, 4]);
    expect(z.toDense().shape).toEqual([0, 4]);
  });
});

describe('methods and operations', () => {
  it('dot: wrong types and shapes', () => {
    const a = A();
    throwsTyped(() => a.dot('x' as never), /dot: x/, ArgumentError);
    throwsTyped(() => a.dot([1, 2]), /dimension mismatch/, ShapeError);
    throwsTyped(() => a.dot(a), /dimension mismatch/, ShapeError);
    throwsTyped(() => a.dot([[[1]]] as never), /dimension mismatch/, ShapeError);
  });
  it('astype: unknown dtype, int64', () => {
    throwsTyped(() => A().astype('nope' as never), /astype: dtype/, ArgumentError);
    throwsTyped(() => A().astype('int64'), /int64/, DTypeError);
  });
  it('elementwise: wrong operands, shapes, nonzero scalars, complex max', () => {
    const a = A();
    for (const op of ['add', 'subtract', 'multiply', 'maximum', 'minimum'] as const) {
      const f = sparse[op] as (...x: unknown[]) => unknown;
      throwsTyped(() => f([[1]], [[2]]), new RegExp(`${op}: a`), ArgumentError);
      throwsTyped(() => f(a, 'x'), new RegExp(op), ArgumentError);
      throwsTyped(() => f(a, sparse.eye(3)), /shape/, ShapeError);
    }
    throwsTyped(() => sparse.add(a, 1), /nonzero scalar/, ValueError);
    throwsTyped(() => sparse.multiply(a, [1, 2]), /broadcast/, ShapeError);
    throwsTyped(() => sparse.scale(a, 'x' as never), /scale: alpha/, ArgumentError);
    throwsTyped(() => sparse.scale([[1]] as never, 2), /scale: a/, ArgumentError);
    throwsTyped(() => sparse.maximum(a.astype('complex128'), 0), /complex/, DTypeError);
  });
  it('reductions: axis out of range, wrong types, empty max', () => {
    const a = A();
    throwsTyped(() => sparse.sum(a, 2), /axis 2 is out of bounds/, ValueError);
    throwsTyped(() => sparse.sum(a, '0' as never), /sum: axis/, ArgumentError);
    throwsTyped(() => sparse.mean(a, { axes: 0 } as never), /axes/, ArgumentError);
    throwsTyped(
      () => sparse.max(sparse.csrMatrix({ data: [], indices: [], indptr: [0] }, { shape: [0, 3] })),
      /zero-size/,
      ValueError,
    );
    throwsTyped(() => sparse.min([[1]] as never), /min: a/, ArgumentError);
    throwsTyped(() => sparse.diagonal(a, 0.5 as never), /diagonal: k/, ArgumentError);
    throwsTyped(() => sparse.countNonzero(3 as never), /countNonzero/, ArgumentError);
    expect(sparse.max(a.astype('float64').scale(Number.NaN))).toBeNaN();
  });
  it('indexing: out of bounds, bad slices, float arrays, mismatched pairs', () => {
    const a = A();
    throwsTyped(() => a.index(5, 0), /index 5 is out of bounds for axis 0 with size 2/, IndexError);
    throwsTyped(() => a.index(0, -4), /index -4 is out of bounds for axis 1/, IndexError);
    throwsTyped(() => a.index('0:2:0', null), /step cannot be zero/, IndexError);
    throwsTyped(() => a.index('a:b', null), /not a slice/, IndexError);
    throwsTyped(() => a.index([0.5], null), /integer or boolean dtype/, IndexError);
    throwsTyped(() => a.index([0, 1], [0]), /cannot be paired/, IndexError);
    throwsTyped(() => a.index([true], null), /boolean index has length 1/, IndexError);
    throwsTyped(() => sparse.getRow(a, 'x' as never), /getRow: i/, ArgumentError);
    throwsTyped(() => sparse.getCol(a, 9), /out of bounds/, IndexError);
  });
});

describe('construction', () => {
  it('eye, identity, diags, random', () => {
    throwsTyped(() => sparse.eye(-1), /eye: m/, ArgumentError);
    throwsTyped(() => sparse.eye(2, { format: 'dia' } as never), /format/, ValueError);
    throwsTyped(() => sparse.eye(2, { bogus: 1 } as never), /bogus/, ArgumentError);
    throwsTyped(() => sparse.identity(2.5), /identity: n/, ArgumentError);
    throwsTyped(() => sparse.diags([1, 2], [0, 0]), /repeated/, ValueError);
    throwsTyped(() => sparse.diags([[1, 2], [3]], [0]), /different number/, ValueError);
    throwsTyped(() => sparse.diags([[1, 2, 3]], [0], { shape: [2, 2] }), /does not agree/, ValueError);
    throwsTyped(() => sparse.diags('x' as never), /diags/, ArgumentError);
    throwsTyped(() => sparse.random(3, 3, { density: 2 }), /density/, ValueError);
    throwsTyped(() => sparse.random(-3, 3), /random: m/, ArgumentError);
    throwsTyped(() => sparse.random(3, 3, { density: '0.1' } as never), /density/, ArgumentError);
    expect(sparse.random(0, 5).shape).toEqual([0, 5]);
  });
  it('bmat, hstack, vstack, blockDiag, kron', () => {
    const a = A();
    throwsTyped(() => sparse.bmat([] as never), /bmat: blocks/, ArgumentError);
    throwsTyped(() => sparse.bmat([[a], [a, a]]), /rectangular/, ValueError);
    throwsTyped(() => sparse.bmat([[a, sparse.eye(3)]]), /incompatible row dimensions/, ValueError);
    throwsTyped(
      () =>
        sparse.bmat([
          [a, null],
          [null, null],
        ]),
      /all null/,
      ValueError,
    );
    throwsTyped(() => sparse.hstack([a, sparse.eye(3)]), /incompatible row/, ValueError);
    throwsTyped(() => sparse.vstack([a, sparse.eye(2)]), /incompatible column/, ValueError);
    throwsTyped(() => sparse.vstack('x' as never), /vstack: blocks/, ArgumentError);
    throwsTyped(() => sparse.blockDiag([a, 'x'] as never), /blockDiag: mats\[1\]/, ArgumentError);
    throwsTyped(() => sparse.kron(a, undefined as never), /kron: b/, ArgumentError);
    throwsTyped(() => sparse.kron(a, a, { format: 'x' } as never), /format/, ValueError);
  });
});

describe('I/O and csgraph', () => {
  it('mmread, mmwrite, saveNpz, loadNpz', () => {
    throwsTyped(() => sparse.mmread(5 as never), /mmread: text/, ArgumentError);
    throwsTyped(() => sparse.mmwrite(A(), { field: 'double' } as never), /field/, ValueError);
    throwsTyped(() => sparse.mmwrite(A().astype('complex128'), { field: 'real' }), /complex data/, ValueError);
    throwsTyped(() => sparse.mmwrite('x' as never), /mmwrite: a/, ArgumentError);
    throwsTyped(() => sparse.saveNpz([[1]] as never), /saveNpz: m/, ArgumentError);
    throwsTyped(() => sparse.saveNpz(A(), { level: 3 } as never), /level/, ArgumentError);
    throwsTyped(() => sparse.loadNpz('x' as never), /loadNpz: bytes/, ArgumentError);
  });
  it('csgraph functions', () => {
    const { csgraph } = sparse;
    throwsTyped(() => csgraph.laplacian('x' as never), /laplacian: csgraph/, ArgumentError);
    throwsTyped(() => csgraph.laplacian(A()), /square/, ValueError);
    throwsTyped(
      () =>
        csgraph.laplacian(
          [
            [0, 1],
            [1, 0],
          ],
          { normed: 1 } as never,
        ),
      /normed/,
      ArgumentError,
    );
    throwsTyped(
      () =>
        csgraph.connectedComponents(
          [
            [0, 1],
            [1, 0],
          ],
          { connection: 'medium' } as never,
        ),
      /connection/,
      ValueError,
    );
    throwsTyped(
      () =>
        csgraph.shortestPath(
          [
            [0, 1],
            [1, 0],
          ],
          { method: 'J' } as never,
        ),
      /method/,
      ValueError,
    );
    throwsTyped(
      () =>
        csgraph.shortestPath(
          [
            [0, 1],
            [1, 0],
          ],
          { indices: 5 },
        ),
      /out of bounds/,
      IndexError,
    );
    throwsTyped(() => csgraph.shortestPath([0, 1] as never), /2-D/, ValueError);
    throwsTyped(
      () =>
        csgraph.breadthFirstOrder(
          [
            [0, 1],
            [1, 0],
          ],
          'a' as never,
        ),
      /iStart/,
      ArgumentError,
    );
    expect(
      csgraph
        .shortestPath([
          [0, 0],
          [0, 0],
        ])
        .toArray(),
    ).toEqual([
      [0, Infinity],
      [Infinity, 0],
    ]);
  });
  it('a failed call leaves its input unchanged', () => {
    const a = A();
    const before = a.toDense().toArray();
    expect(() => sparse.add(a, sparse.eye(3))).toThrow();
    expect(() => a.index(9, 9)).toThrow();
    expect(a.toDense().toArray()).toEqual(before);
  });
});
