/** splu: sparse LU with threshold partial pivoting and a fill-reducing column ordering (SciPy's `splu`, SuperLU's conventions). */
import { LinAlgError } from '@stride/linalg';
import { type ArrayInput, DTypeError, NDArray, ValueError, is, signature } from '@stride/ndarray';
import type { CscMatrix } from '../../formats/matrix.js';
import {
  type MatrixInput,
  type RawCsc,
  isComplexInput,
  toComplexRealForm,
  toComplexRhs,
  toRhs,
  toSquareCsc,
} from './input.js';
import { type LuFactors, luFactor, luSolveInPlace } from './kernels/lu.js';
import { PERMC_SPECS, type PermcSpec, columnOrderWithFill, inversePermutation } from './ordering.js';
import { cscFromRaw, cscSorted, fromColumns, int32Array } from './result.js';

/** Options of {@link splu} (SciPy's keyword arguments, camelCase). */
export interface SpluOptions {
  /** Column ordering (default `'COLAMD'`); see {@link PermcSpec}. */
  permcSpec?: PermcSpec;
  /**
   * Threshold in [0, 1] for keeping the diagonal as pivot: it is kept when
   * |a_jj| ≥ diagPivotThresh · max_i |a_ij| (default 1: partial pivoting preferring the diagonal on ties).
   */
  diagPivotThresh?: number;
  /** SuperLU's supernode relaxation parameter: accepted for compatibility, no effect here. */
  relax?: number;
  /** SuperLU's panel size: accepted for compatibility, no effect here. */
  panelSize?: number;
}

/** Which system {@link SuperLU.solve} solves: A·x = b (`'N'`), Aᵀ·x = b (`'T'`) or Aᴴ·x = b (`'H'`, the same as `'T'` for real A). */
export type Trans = 'N' | 'T' | 'H';

/**
 * An LU factorisation `Pr · A · Pc = L · U` of a square sparse matrix (SciPy's `SuperLU` object),
 * with `Pr[permR[i], i] = 1` and `Pc[i, permC[i]] = 1`: row i of A is row `permR[i]` of L·U and
 * column i of A is column `permC[i]`. L is unit lower triangular, U upper triangular.
 */
export interface SuperLU {
  /** The shape of A. */
  readonly shape: [number, number];
  /** Stored entries of L and U together (the unit diagonal of L included). */
  readonly nnz: number;
  /** Row permutation: `permR[i]` is the row of L·U that row i of A went to. */
  readonly permR: NDArray<'int32'>;
  /** Column permutation: `permC[i]` is the column of L·U that column i of A went to. */
  readonly permC: NDArray<'int32'>;
  /** The unit lower triangular factor (CSC, sorted indices). */
  readonly L: CscMatrix;
  /** The upper triangular factor (CSC, sorted indices). */
  readonly U: CscMatrix;
  /**
   * Solves A·x = b (or Aᵀ·x = b, Aᴴ·x = b with `trans`) for b of shape [n] or [n, k]; x has b's
   * shape, complex when A or b is.
   * @throws {ShapeError} when b does not have n rows.
   */
  solve(b: ArrayInput, trans?: Trans): NDArray;
}

const parseSplu = signature<SpluOptions>('splu', ['permcSpec', 'diagPivotThresh', 'relax', 'panelSize'], {
  permcSpec: is.choice(...PERMC_SPECS),
  diagPivotThresh: is.number,
  relax: is.nonNegInt,
  panelSize: is.positiveInt,
});

const parseTrans = signature<{ trans?: Trans }>('SuperLU.solve', ['trans'], { trans: is.choice('N', 'T', 'H') });

/** Factors raw CSC (square): the factors, or a LinAlgError naming the column of A (`col` maps a factored column to A's). */
function factor(A: RawCsc, spec: PermcSpec, thresh: number, fn: string, col: (c: number) => number): LuFactors {
  const { q, fill } = columnOrderWithFill(A, spec);
  const out = luFactor(A.n, A.indptr, A.indices, A.data, q, thresh, fill);
  if (!out.ok) {
    const j = col(q[out.step]!);
    throw new LinAlgError(
      fn === 'spsolve'
        ? `spsolve: Matrix is exactly singular (no nonzero pivot for column ${j} of A)`
        : `${fn}: Factor is exactly singular (no nonzero pivot for column ${j} of A${out.structural ? ', structurally singular' : ''})`,
    );
  }
  return out.f;
}

/** Factors raw CSC (square) and wraps the factors; shared by splu, spsolve and factorized. */
export function luOf(A: RawCsc, spec: PermcSpec, thresh: number, fn: string): SuperLU {
  return new SuperLUImpl(factor(A, spec, thresh, fn, (c) => c));
}

/**
 * The LU of a square matrix of any dtype (read from `A`): a complex A is factored in its real
 * form (order 2n, see {@link toComplexRealForm}).
 */
export function anyLuOf(A: unknown, spec: PermcSpec, thresh: number, fn: string): SuperLU {
  if (!isComplexInput(A)) return luOf(toSquareCsc(A, fn), spec, thresh, fn);
  return new ComplexSuperLU(
    factor(toComplexRealForm(A, fn), spec, thresh, fn, (c) => c >> 1),
    fn,
  );
}

/**
 * `y = A⁻¹ x` on raw storage by one LU of A, made once (the eigensolvers' shift-invert and M⁻¹):
 * real A and x; a complex x (interleaved) with a real A solves both parts; a complex A is
 * factored in its real form, which acts on the interleaved storage directly. No allocation per
 * solve.
 */
export function luKernel(A: unknown, complex: boolean): (x: Float64Array, y: Float64Array) => void {
  if (isComplexInput(A)) {
    const f = factor(toComplexRealForm(A, 'splu'), 'COLAMD', 1, 'splu', (c) => c >> 1);
    const work = new Float64Array(f.n);
    return (x, y) => {
      y.set(x);
      solveColumns(f, y, 1, false, work);
    };
  }
  const f = factor(toSquareCsc(A, 'splu'), 'COLAMD', 1, 'splu', (c) => c);
  const work = new Float64Array(f.n);
  if (!complex) {
    return (x, y) => {
      y.set(x);
      solveColumns(f, y, 1, false, work);
    };
  }
  return (x, y) => {
    y.set(x);
    solveComplexWithReal(f, y, 1, false);
  };
}

/** Solves for complex columns (interleaved) with the LU of a real matrix: real and imaginary parts apart. */
function solveComplexWithReal(f: LuFactors, cols: Float64Array, k: number, trans: boolean): void {
  const n = f.n;
  const parts = new Float64Array(2 * n * k);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      parts[2 * c * n + i] = cols[c * 2 * n + 2 * i]!;
      parts[(2 * c + 1) * n + i] = cols[c * 2 * n + 2 * i + 1]!;
    }
  }
  solveColumns(f, parts, 2 * k, trans);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      cols[c * 2 * n + 2 * i] = parts[2 * c * n + i]!;
      cols[c * 2 * n + 2 * i + 1] = parts[(2 * c + 1) * n + i]!;
    }
  }
}

/** Complex columns (each interleaved, 2n numbers) as a complex128 array of `shape` ([n] or [n, k]). */
function fromComplexColumns(cols: Float64Array, n: number, shape: readonly number[]): NDArray {
  const k = shape.length === 1 ? 1 : shape[1]!;
  const out = new Float64Array(2 * n * k);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) {
      out[2 * (i * k + j)] = cols[j * 2 * n + 2 * i]!;
      out[2 * (i * k + j) + 1] = cols[j * 2 * n + 2 * i + 1]!;
    }
  }
  return new NDArray('complex128', out, shape.length === 1 ? [n] : [n, k]);
}

/**
 * The LU of a complex matrix, factored in its real form R (interleaved, order 2n): `solve`
 * solves A x = b as R x̃ = b̃, Aᴴ x = b as Rᵀ x̃ = b̃ and Aᵀ x = b as conj(Aᴴ conj(x) = conj(b)).
 * The factors are those of R, so `L`, `U`, `permR` and `permC` (SciPy's complex factors) are not
 * available.
 */
class ComplexSuperLU implements SuperLU {
  readonly shape: [number, number];
  readonly nnz: number;
  private readonly f: LuFactors;
  private readonly fn: string;

  constructor(f: LuFactors, fn: string) {
    this.f = f;
    this.fn = fn;
    this.shape = [f.n / 2, f.n / 2];
    this.nnz = f.lp[f.n]! + f.up[f.n]!;
  }

  private unavailable(name: string): never {
    throw new DTypeError(
      `${this.fn}: ${name} of a complex matrix is not available (it is factored in its real form; solve works)`,
    );
  }

  get permR(): NDArray<'int32'> {
    return this.unavailable('permR');
  }

  get permC(): NDArray<'int32'> {
    return this.unavailable('permC');
  }

  get L(): CscMatrix {
    return this.unavailable('L');
  }

  get U(): CscMatrix {
    return this.unavailable('U');
  }

  solve(b: ArrayInput, ...rest: unknown[]): NDArray {
    const { trans = 'N' } = parseTrans(rest);
    const n = this.shape[0];
    const rhs = toComplexRhs(b, n, 'SuperLU.solve');
    const conj = (): void => {
      for (let i = 1; i < rhs.cols.length; i += 2) rhs.cols[i] = -rhs.cols[i]!;
    };
    if (trans === 'T') conj();
    solveColumns(this.f, rhs.cols, rhs.k, trans !== 'N');
    if (trans === 'T') conj();
    return fromComplexColumns(rhs.cols, n, rhs.shape);
  }
}

class SuperLUImpl implements SuperLU {
  readonly shape: [number, number];
  readonly nnz: number;
  readonly permR: NDArray<'int32'>;
  readonly permC: NDArray<'int32'>;
  private readonly f: LuFactors;
  private _L: CscMatrix | undefined;
  private _U: CscMatrix | undefined;

  constructor(f: LuFactors) {
    this.f = f;
    this.shape = [f.n, f.n];
    this.nnz = f.lp[f.n]! + f.up[f.n]!;
    this.permR = int32Array(f.pinv);
    this.permC = int32Array(inversePermutation(f.q));
  }

  get L(): CscMatrix {
    const { n, lp, li, lx } = this.f;
    // Each column holds its unit diagonal first and rows below it in pivot order.
    this._L ??= cscSorted(n, n, lp.slice(), li.slice(), lx.slice());
    return this._L;
  }

  get U(): CscMatrix {
    const { n, up, ui, ux } = this.f;
    this._U ??=
      n === 0
        ? cscFromRaw(0, 0, new Int32Array(1), new Int32Array(0), new Float64Array(0))
        : cscSorted(n, n, up.slice(), ui.slice(), ux.slice());
    return this._U;
  }

  solve(b: ArrayInput, ...rest: unknown[]): NDArray {
    const { trans = 'N' } = parseTrans(rest);
    const n = this.f.n;
    if (isComplexInput(b)) {
      const c = toComplexRhs(b, n, 'SuperLU.solve');
      solveComplexWithReal(this.f, c.cols, c.k, trans !== 'N');
      return fromComplexColumns(c.cols, n, c.shape);
    }
    const rhs = toRhs(b, n, 'SuperLU.solve');
    solveColumns(this.f, rhs.cols, rhs.k, trans !== 'N');
    return fromColumns(rhs.cols, n, rhs.shape);
  }
}

/**
 * Solves in place for k columns of length n stored one after another (`work`: n numbers of
 * scratch, allocated when left out).
 */
export function solveColumns(
  f: LuFactors,
  cols: Float64Array,
  k: number,
  trans: boolean,
  work: Float64Array = new Float64Array(f.n),
): void {
  const { n, pinv, q } = f;
  const y = work;
  for (let c = 0; c < k; c++) {
    const x = cols.subarray(c * n, (c + 1) * n);
    if (!trans) {
      for (let i = 0; i < n; i++) y[pinv[i]!] = x[i]!;
      luSolveInPlace(f, y, false);
      for (let j = 0; j < n; j++) x[q[j]!] = y[j]!;
    } else {
      for (let j = 0; j < n; j++) y[j] = x[q[j]!]!;
      luSolveInPlace(f, y, true);
      for (let i = 0; i < n; i++) x[i] = y[pinv[i]!]!;
    }
  }
}

/** Reads splu's options: the ordering and the pivoting threshold. */
export function spluSettings(rest: readonly unknown[], fn = 'splu'): { spec: PermcSpec; thresh: number } {
  const { permcSpec = 'COLAMD', diagPivotThresh = 1 } = parseSplu(rest, fn);
  if (!(diagPivotThresh >= 0 && diagPivotThresh <= 1)) {
    throw new ValueError(`${fn}: diagPivotThresh must be in [0, 1], got ${diagPivotThresh}`);
  }
  return { spec: permcSpec, thresh: diagPivotThresh };
}

/**
 * LU factorisation of a square sparse matrix (SciPy's `scipy.sparse.linalg.splu`):
 * `Pr · A · Pc = L · U` with a fill-reducing column permutation Pc (`permcSpec`) and row
 * interchanges Pr from threshold partial pivoting, computed by a left-looking (Gilbert–Peierls)
 * sparse LU. A may be a sparse matrix of any format or a dense 2-D array; float32 and integer
 * values are promoted to float64. A complex A is factored in its real form (the 2n×2n real matrix
 * acting on interleaved real and imaginary parts): `solve` gives complex solutions, but SciPy's
 * complex factors `L`, `U`, `permR`, `permC` are not available (accessing them throws).
 *
 * @param A - the n×n matrix.
 * @param permcSpec - column ordering: `'COLAMD'` (default), `'MMD_AT_PLUS_A'`, `'MMD_ATA'` or `'NATURAL'`.
 * @param diagPivotThresh - keep the diagonal as pivot when it is at least this fraction of the column's largest candidate (default 1).
 * @returns a {@link SuperLU} with `solve`, `L`, `U`, `permR`, `permC`.
 * @throws {ValueError} when A is not square (SciPy's "matrix must be square") or an option is out of range.
 * @throws {LinAlgError} "Factor is exactly singular" when a column has no nonzero pivot (SciPy raises RuntimeError).
 * @throws {DTypeError} when `L`, `U`, `permR` or `permC` of a complex A is read.
 *
 * @example
 * ```ts
 * const lu = splu([[4, 1, 0], [1, 3, 1], [0, 1, 2]]);
 * lu.solve([5, 5, 3]).toArray(); // [1, 1, 1]
 * lu.shape; // [3, 3]
 * ```
 */
export function splu(
  A: MatrixInput,
  permcSpec?: PermcSpec,
  diagPivotThresh?: number,
  relax?: number,
  panelSize?: number,
  options?: SpluOptions,
): SuperLU;
export function splu(A: MatrixInput, options?: SpluOptions): SuperLU;
export function splu(A: MatrixInput, ...rest: unknown[]): SuperLU {
  const { spec, thresh } = spluSettings(rest);
  return anyLuOf(A, spec, thresh, 'splu');
}
