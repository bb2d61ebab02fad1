/** LinearOperator (a matrix known by its products) and aslinearoperator for arrays, sparse matrices and operators. */
import {
  type ArrayInput,
  ArgumentError,
  asarray,
  ascontiguousarray,
  astype,
  DTypeError,
  describeValue,
  is,
  isPlainObject,
  NDArray,
  ShapeError,
  signature,
  ValueError,
} from '@stride/ndarray';
import { isSparse, type SparseMatrix } from '../formats/matrix.js';
import { csrMatvec } from '../kernels/compressed.js';
import { nativeCsrProduct } from '../kernels/native.js';

/** The element types an operator works in (real operators use float64 storage). */
export type OperatorDType = 'float64' | 'complex128';

/**
 * `y = Op x` over raw storage: x has `shape[1]` entries and y `shape[0]` (complex: interleaved
 * re, im, so twice as many numbers). x and y never alias; the kernel overwrites all of y.
 */
export type Kernel = (x: Float64Array, y: Float64Array) => void;

/** A user function for products with a vector (1-D NDArray in, anything `asarray` takes out). */
export type MatvecFunction = (x: NDArray) => ArrayInput;
/** A user function for products with a matrix (2-D NDArray in, 2-D array out). */
export type MatmatFunction = (x: NDArray) => ArrayInput;

/** Keyword arguments of the {@link LinearOperator} constructor (SciPy's names, camelCase). */
export interface LinearOperatorOptions {
  /** `x ↦ A x` for a vector x of length N. */
  matvec?: MatvecFunction | null;
  /** `x ↦ A^H x` for a vector of length M (needed by `.H`, `.T`, `rmatvec`, lsqr, lsmr, svds). */
  rmatvec?: MatvecFunction | null;
  /** `X ↦ A X` for an N×K matrix (default: `matvec` column by column). */
  matmat?: MatmatFunction | null;
  /** `X ↦ A^H X` for an M×K matrix (default: `rmatvec` column by column). */
  rmatmat?: MatmatFunction | null;
  /** `'float64'` (default) or `'complex128'` (aliases such as `'f8'`, `'complex'` accepted). */
  dtype?: string | null;
}

const func = is.nullable(is.func);
const parseOperator = signature<LinearOperatorOptions>(
  'LinearOperator',
  ['matvec', 'rmatvec', 'matmat', 'dtype', 'rmatmat'],
  {
    matvec: func,
    rmatvec: func,
    matmat: func,
    rmatmat: func,
    dtype: is.nullable(is.dtype),
  } as never,
);

/** Marks the internal construction path (kernels given directly). */
const KERNELS = Symbol('kernels');
interface KernelSpec {
  [KERNELS]: true;
  dtype: OperatorDType;
  mv: Kernel;
  rmv: Kernel | null;
}

/** Scratch vectors an operator reuses between calls; a nested (re-entrant) call takes fresh ones. */
class Scratch {
  private readonly free: Float64Array[] = [];
  take(len: number): Float64Array {
    const b = this.free.pop();
    return b !== undefined && b.length === len ? b : new Float64Array(len);
  }
  give(b: Float64Array): void {
    if (this.free.length < 4) this.free.push(b);
  }
}

function operatorDType(d: string | null | undefined, fn: string): OperatorDType {
  if (d === undefined || d === null) return 'float64';
  if (d === 'complex128' || d === 'complex64') return 'complex128';
  if (d === 'bool' || d.startsWith('int') || d.startsWith('uint') || d.startsWith('float')) return 'float64';
  throw new DTypeError(`${fn}: dtype ${d} is not supported (float64 or complex128)`);
}

/** Lanes per entry of a dtype: 1 (real) or 2 (complex interleaved). */
export function lanesOf(dtype: OperatorDType): 1 | 2 {
  return dtype === 'complex128' ? 2 : 1;
}

/** A contiguous Float64Array copy (or view) of an array's values as `dtype` storage. */
export function rawOf(a: NDArray, dtype: OperatorDType): Float64Array {
  let c = a;
  if (c.dtype !== dtype) c = astype(c, dtype);
  const lanes = lanesOf(dtype);
  const n = c.size;
  if (!c.flags.cContiguous) c = ascontiguousarray(c);
  return (c.data as Float64Array).subarray(c.offset * lanes, (c.offset + n) * lanes);
}

/** An NDArray over a Float64Array of `dtype` storage (no copy). */
export function wrapRaw(x: Float64Array, dtype: OperatorDType, shape: readonly number[]): NDArray {
  return new NDArray(dtype, x, shape);
}

/** Reads a user function's result into y, checking it has `len` entries. */
function readInto(r: ArrayInput, y: Float64Array, len: number, dtype: OperatorDType, fn: string): void {
  const a = asarray(r);
  if (a.size !== len) {
    throw new ShapeError(`LinearOperator: ${fn} returned shape [${a.shape.join(', ')}], expected ${len} entries`);
  }
  if (dtype === 'float64' && (a.dtype === 'complex128' || a.dtype === 'complex64')) {
    throw new DTypeError(
      `LinearOperator: ${fn} returned complex values from a float64 operator (give dtype: 'complex128')`,
    );
  }
  y.set(rawOf(a, dtype).subarray(0, len * lanesOf(dtype)));
}

/** A kernel acting on complex vectors from one acting on real vectors (A real: A(x + iy) = Ax + iAy). */
function complexify(k: Kernel, rows: number, cols: number, scratch: Scratch): Kernel {
  return (x, y) => {
    const xr = scratch.take(cols);
    const yr = scratch.take(rows);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < cols; i++) xr[i] = x[2 * i + pass]!;
      k(xr, yr);
      for (let i = 0; i < rows; i++) y[2 * i + pass] = yr[i]!;
    }
    scratch.give(xr);
    scratch.give(yr);
  };
}

/** conj(x) into a new buffer (complex interleaved). */
function conjugated(x: Float64Array, out: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i += 2) {
    out[i] = x[i]!;
    out[i + 1] = -x[i + 1]!;
  }
  return out;
}

/**
 * A matrix known only by its products (SciPy's `scipy.sparse.linalg.LinearOperator`): the
 * iterative solvers and eigensolvers take one wherever they take a matrix. Built from functions
 * (`matvec`, and `rmatvec` for `A^H x`), or by {@link aslinearoperator} from a dense array, a
 * sparse matrix or another operator. Operators compose lazily: `add`, `sub`, `mul` (scalar or
 * operator), `matmul`, `neg`, `pow`, `.T` and `.H` build new operators without forming a matrix.
 *
 * Kernels over raw Float64Array storage sit behind every operator, so the solvers' loops allocate
 * no arrays per product; user functions receive a fresh NDArray each call.
 *
 * @example
 * ```ts
 * const A = new LinearOperator([2, 2], { matvec: (x) => [2 * Number(x.get(0)), 3 * Number(x.get(1))] });
 * A.matvec([1, 1]).toArray(); // [2, 3]
 * A.mul(2).add(A).matvec([1, 1]).toArray(); // [6, 9]
 * ```
 */
export class LinearOperator {
  /** [M, N]: the operator maps vectors of length N to vectors of length M. */
  readonly shape: readonly [number, number];
  /** `'float64'` or `'complex128'`. */
  readonly dtype: OperatorDType;
  /** `y = A x` on raw storage (package-internal). */
  readonly kernel: Kernel;
  /** `y = A^H x` on raw storage, or `null` when the operator has no adjoint (package-internal). */
  readonly adjointKernel: Kernel | null;
  private readonly userMatmat: MatmatFunction | null;
  private readonly userRmatmat: MatmatFunction | null;
  private readonly scratch = new Scratch();

  constructor(
    shape: readonly number[],
    matvec?: MatvecFunction | null,
    rmatvec?: MatvecFunction | null,
    matmat?: MatmatFunction | null,
    dtype?: string | null,
    rmatmat?: MatmatFunction | null,
    options?: LinearOperatorOptions,
  );
  constructor(shape: readonly number[], options: LinearOperatorOptions);
  constructor(shape: readonly number[], ...rest: unknown[]) {
    if (
      !Array.isArray(shape) ||
      shape.length !== 2 ||
      !shape.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0)
    ) {
      throw new ArgumentError(
        `LinearOperator: shape must be a pair of non-negative integers [M, N], got ${describeValue(shape)}`,
      );
    }
    const [m, n] = shape as [number, number];
    this.shape = Object.freeze([m, n]) as readonly [number, number];
    const spec = rest[0] as Partial<KernelSpec> | undefined;
    if (rest.length === 1 && typeof spec === 'object' && spec !== null && spec[KERNELS] === true) {
      this.dtype = spec.dtype as OperatorDType;
      this.kernel = spec.mv as Kernel;
      this.adjointKernel = spec.rmv ?? null;
      this.userMatmat = null;
      this.userRmatmat = null;
      return;
    }
    const o = parseOperator(rest);
    const dtype = operatorDType(o.dtype, 'LinearOperator');
    this.dtype = dtype;
    const fromVec =
      (f: MatvecFunction, rows: number, cols: number, name: string): Kernel =>
      (x, y) =>
        readInto(f(wrapRaw(x.slice(), dtype, [cols])), y, rows, dtype, name);
    const fromMat =
      (f: MatmatFunction, rows: number, cols: number, name: string): Kernel =>
      (x, y) =>
        readInto(f(wrapRaw(x.slice(), dtype, [cols, 1])), y, rows, dtype, name);
    if (o.matvec) this.kernel = fromVec(o.matvec, m, n, 'matvec');
    else if (o.matmat) this.kernel = fromMat(o.matmat, m, n, 'matmat');
    else throw new ArgumentError('LinearOperator: matvec or matmat must be given, got neither');
    if (o.rmatvec) this.adjointKernel = fromVec(o.rmatvec, n, m, 'rmatvec');
    else if (o.rmatmat) this.adjointKernel = fromMat(o.rmatmat, n, m, 'rmatmat');
    else this.adjointKernel = null;
    this.userMatmat = o.matmat ?? null;
    this.userRmatmat = o.rmatmat ?? null;
  }

  /** The adjoint kernel, or a ValueError naming the method that needed it. */
  private needAdjoint(fn: string): Kernel {
    if (this.adjointKernel === null) {
      throw new ValueError(`LinearOperator.${fn}: this operator has no rmatvec (give rmatvec to the constructor)`);
    }
    return this.adjointKernel;
  }

  private vectorProduct(x: ArrayInput, k: Kernel, rows: number, cols: number, fn: string): NDArray {
    const a = asarray(x);
    if (!((a.ndim === 1 && a.shape[0] === cols) || (a.ndim === 2 && a.shape[0] === cols && a.shape[1] === 1))) {
      throw new ShapeError(
        `LinearOperator.${fn}: dimension mismatch, x has shape [${a.shape.join(', ')}], expected [${cols}] or [${cols}, 1] for an operator of shape [${this.shape.join(', ')}]`,
      );
    }
    const dtype: OperatorDType = a.dtype === 'complex128' || a.dtype === 'complex64' ? 'complex128' : this.dtype;
    const kk = dtype === this.dtype ? k : complexify(k, rows, cols, this.scratch);
    const y = new Float64Array(rows * lanesOf(dtype));
    kk(rawOf(a, dtype).slice(), y);
    return wrapRaw(y, dtype, a.ndim === 1 ? [rows] : [rows, 1]);
  }

  private matrixProduct(
    x: ArrayInput,
    k: Kernel,
    user: MatmatFunction | null,
    rows: number,
    cols: number,
    fn: string,
  ): NDArray {
    const a = asarray(x);
    if (a.ndim !== 2 || a.shape[0] !== cols) {
      throw new ShapeError(
        `LinearOperator.${fn}: dimension mismatch, X has shape [${a.shape.join(', ')}], expected [${cols}, K] for an operator of shape [${this.shape.join(', ')}]`,
      );
    }
    const kcols = a.shape[1]!;
    const dtype: OperatorDType = a.dtype === 'complex128' || a.dtype === 'complex64' ? 'complex128' : this.dtype;
    if (user !== null) {
      const r = asarray(user(astype(a, dtype)));
      if (r.ndim !== 2 || r.shape[0] !== rows || r.shape[1] !== kcols) {
        throw new ShapeError(
          `LinearOperator.${fn}: the matmat function returned shape [${r.shape.join(', ')}], expected [${rows}, ${kcols}]`,
        );
      }
      return r;
    }
    const kk = dtype === this.dtype ? k : complexify(k, rows, cols, this.scratch);
    const L = lanesOf(dtype);
    const src = rawOf(a, dtype);
    const out = new Float64Array(rows * kcols * L);
    const xc = new Float64Array(cols * L);
    const yc = new Float64Array(rows * L);
    for (let j = 0; j < kcols; j++) {
      for (let i = 0; i < cols; i++) for (let l = 0; l < L; l++) xc[i * L + l] = src[(i * kcols + j) * L + l]!;
      kk(xc, yc);
      for (let i = 0; i < rows; i++) for (let l = 0; l < L; l++) out[(i * kcols + j) * L + l] = yc[i * L + l]!;
    }
    return wrapRaw(out, dtype, [rows, kcols]);
  }

  /**
   * `A x` for a vector x of length N (shape [N] or [N, 1]; the result has the same form).
   *
   * @throws {ShapeError} when x does not have N entries.
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).matvec([1, 1]).toArray(); // [3, 7]
   * ```
   */
  matvec(x: ArrayInput): NDArray {
    return this.vectorProduct(x, this.kernel, this.shape[0], this.shape[1], 'matvec');
  }

  /**
   * `A^H x` (the conjugate transpose) for a vector x of length M.
   *
   * @throws {ValueError} when the operator was built without `rmatvec`.
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).rmatvec([1, 1]).toArray(); // [4, 6]
   * ```
   */
  rmatvec(x: ArrayInput): NDArray {
    return this.vectorProduct(x, this.needAdjoint('rmatvec'), this.shape[1], this.shape[0], 'rmatvec');
  }

  /**
   * `A X` for an N×K matrix X (column by column unless a `matmat` function was given).
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).matmat([[1, 0], [0, 1]]).toArray(); // [[1, 2], [3, 4]]
   * ```
   */
  matmat(x: ArrayInput): NDArray {
    return this.matrixProduct(x, this.kernel, this.userMatmat, this.shape[0], this.shape[1], 'matmat');
  }

  /**
   * `A^H X` for an M×K matrix X.
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).rmatmat([[1, 0], [0, 1]]).toArray(); // [[1, 3], [2, 4]]
   * ```
   */
  rmatmat(x: ArrayInput): NDArray {
    return this.matrixProduct(
      x,
      this.needAdjoint('rmatmat'),
      this.userRmatmat,
      this.shape[1],
      this.shape[0],
      'rmatmat',
    );
  }

  /**
   * SciPy's `A.dot(x)` / `A @ x`: a vector or matrix gives `matvec`/`matmat`, an operator gives
   * the product operator, a number the scaled operator.
   *
   * @example
   * ```ts
   * const A = aslinearoperator([[1, 2], [3, 4]]);
   * A.dot([1, 0]).toArray(); // [1, 3]
   * A.dot(A).matvec([1, 0]).toArray(); // [7, 15]
   * ```
   */
  dot(x: LinearOperator): LinearOperator;
  dot(x: number): LinearOperator;
  dot(x: ArrayInput): NDArray;
  dot(x: LinearOperator | ArrayInput): LinearOperator | NDArray {
    if (x instanceof LinearOperator) return this.matmul(x);
    if (typeof x === 'number') return this.mul(x);
    const a = asarray(x);
    if (a.ndim === 1 || (a.ndim === 2 && a.shape[1] === 1)) return this.matvec(a);
    if (a.ndim === 2) return this.matmat(a);
    throw new ShapeError(`LinearOperator.dot: expected a 1-D or 2-D array, got shape [${a.shape.join(', ')}]`);
  }

  /**
   * The product operator `A B` (shapes [M, K] and [K, N]); an array operand is wrapped by
   * {@link aslinearoperator} first.
   *
   * @example
   * ```ts
   * const A = aslinearoperator([[1, 2], [3, 4]]);
   * A.matmul([[0, 1], [1, 0]]).matvec([1, 0]).toArray(); // [2, 4]
   * ```
   */
  matmul(other: LinearOperator | ArrayInput): LinearOperator {
    const b = aslinearoperator(other);
    if (this.shape[1] !== b.shape[0]) {
      throw new ShapeError(
        `LinearOperator.matmul: cannot multiply shapes [${this.shape.join(', ')}] and [${b.shape.join(', ')}]`,
      );
    }
    const dtype: OperatorDType = this.dtype === 'complex128' || b.dtype === 'complex128' ? 'complex128' : 'float64';
    const A = this.promote(dtype);
    const B = b.promote(dtype);
    const L = lanesOf(dtype);
    const mid = this.shape[1];
    const scratch = new Scratch();
    const chain =
      (first: Kernel, second: Kernel): Kernel =>
      (x, y) => {
        const t = scratch.take(mid * L);
        first(x, t);
        second(t, y);
        scratch.give(t);
      };
    const ak = A.adjointKernel;
    const bk = B.adjointKernel;
    return fromKernels([this.shape[0], b.shape[1]], dtype, chain(B.kernel, A.kernel), ak && bk ? chain(ak, bk) : null);
  }

  /**
   * The sum operator `A + B` (same shapes).
   *
   * @example
   * ```ts
   * const A = aslinearoperator([[1, 2], [3, 4]]);
   * A.add(A).matvec([1, 1]).toArray(); // [6, 14]
   * ```
   */
  add(other: LinearOperator | ArrayInput): LinearOperator {
    return this.combine(other, 1, 'add');
  }

  /**
   * The difference operator `A − B` (same shapes).
   *
   * @example
   * ```ts
   * const A = aslinearoperator([[1, 2], [3, 4]]);
   * A.sub(A).matvec([1, 1]).toArray(); // [0, 0]
   * ```
   */
  sub(other: LinearOperator | ArrayInput): LinearOperator {
    return this.combine(other, -1, 'sub');
  }

  private combine(other: LinearOperator | ArrayInput, sign: 1 | -1, fn: string): LinearOperator {
    const b = aslinearoperator(other);
    if (this.shape[0] !== b.shape[0] || this.shape[1] !== b.shape[1]) {
      throw new ShapeError(
        `LinearOperator.${fn}: shapes [${this.shape.join(', ')}] and [${b.shape.join(', ')}] differ`,
      );
    }
    const dtype: OperatorDType = this.dtype === 'complex128' || b.dtype === 'complex128' ? 'complex128' : 'float64';
    const A = this.promote(dtype);
    const B = b.promote(dtype);
    const scratch = new Scratch();
    const both =
      (p: Kernel, q: Kernel): Kernel =>
      (x, y) => {
        p(x, y);
        const t = scratch.take(y.length);
        q(x, t);
        for (let i = 0; i < y.length; i++) y[i]! += sign * t[i]!;
        scratch.give(t);
      };
    const ak = A.adjointKernel;
    const bk = B.adjointKernel;
    return fromKernels(this.shape, dtype, both(A.kernel, B.kernel), ak && bk ? both(ak, bk) : null);
  }

  /**
   * SciPy's `A * x`: a number gives the scaled operator `x A`; an operator gives the product
   * operator; an array gives `A.dot(x)`.
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).mul(10).matvec([1, 0]).toArray(); // [10, 30]
   * ```
   */
  mul(x: number | LinearOperator): LinearOperator;
  mul(x: ArrayInput): NDArray;
  mul(x: number | LinearOperator | ArrayInput): LinearOperator | NDArray {
    if (x instanceof LinearOperator) return this.matmul(x);
    if (typeof x === 'number') {
      if (Number.isNaN(x)) throw new ValueError('LinearOperator.mul: the scale must not be NaN');
      const k = this.kernel;
      const ak = this.adjointKernel;
      const scaled =
        (kk: Kernel): Kernel =>
        (xs, y) => {
          kk(xs, y);
          for (let i = 0; i < y.length; i++) y[i]! *= x;
        };
      return fromKernels(this.shape, this.dtype, scaled(k), ak ? scaled(ak) : null);
    }
    return this.dot(x as ArrayInput);
  }

  /**
   * The operator `−A`.
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).neg().matvec([1, 0]).toArray(); // [-1, -3]
   * ```
   */
  neg(): LinearOperator {
    return this.mul(-1);
  }

  /**
   * `A^p` for a square operator and an integer p ≥ 0 (`A^0` is the identity).
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 1], [0, 1]]).pow(3).matvec([0, 1]).toArray(); // [3, 1]
   * ```
   */
  pow(p: number): LinearOperator {
    if (!Number.isInteger(p) || p < 0)
      throw new ArgumentError(`LinearOperator.pow: p must be a non-negative integer, got ${describeValue(p)}`);
    if (this.shape[0] !== this.shape[1])
      throw new ShapeError(`LinearOperator.pow: the operator must be square, got shape [${this.shape.join(', ')}]`);
    let r: LinearOperator = identityOperator(this.shape[0], this.dtype);
    for (let i = 0; i < p; i++) r = i === 0 ? this : r.matmul(this);
    return r;
  }

  /**
   * The transpose `A^T` (for a complex operator, `conj(A^H conj(x))`).
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).T.matvec([1, 0]).toArray(); // [1, 2]
   * ```
   */
  get T(): LinearOperator {
    const mv = this.needAdjoint('T');
    const rmv = this.kernel;
    if (this.dtype === 'float64') return fromKernels([this.shape[1], this.shape[0]], 'float64', mv, rmv);
    const scratch = new Scratch();
    const conjWrap =
      (k: Kernel): Kernel =>
      (x, y) => {
        const t = conjugated(x, scratch.take(x.length));
        k(t, y);
        scratch.give(t);
        for (let i = 1; i < y.length; i += 2) y[i] = -y[i]!;
      };
    return fromKernels([this.shape[1], this.shape[0]], 'complex128', conjWrap(mv), conjWrap(rmv));
  }

  /**
   * The adjoint (conjugate transpose) `A^H`.
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).H.matvec([1, 0]).toArray(); // [1, 2]
   * ```
   */
  get H(): LinearOperator {
    return fromKernels([this.shape[1], this.shape[0]], this.dtype, this.needAdjoint('H'), this.kernel);
  }

  /**
   * The transpose, as a method (SciPy's `A.transpose()`).
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).transpose().shape; // [2, 2]
   * ```
   */
  transpose(): LinearOperator {
    return this.T;
  }

  /**
   * The adjoint, as a method (SciPy's `A.adjoint()`).
   *
   * @example
   * ```ts
   * aslinearoperator([[1, 2], [3, 4]]).adjoint().matvec([0, 1]).toArray(); // [3, 4]
   * ```
   */
  adjoint(): LinearOperator {
    return this.H;
  }

  /** This operator acting in `dtype` (a real operator acts on complex vectors part by part). */
  promote(dtype: OperatorDType): LinearOperator {
    if (dtype === this.dtype) return this;
    const [m, n] = this.shape;
    const ak = this.adjointKernel;
    return fromKernels(
      this.shape,
      dtype,
      complexify(this.kernel, m, n, this.scratch),
      ak ? complexify(ak, n, m, this.scratch) : null,
    );
  }

  /** A readable description: `<3x3 LinearOperator with dtype=float64>`. */
  toString(): string {
    return `<${this.shape[0]}x${this.shape[1]} LinearOperator with dtype=${this.dtype}>`;
  }
}

/** An operator from raw kernels (package-internal). */
export function fromKernels(
  shape: readonly number[],
  dtype: OperatorDType,
  mv: Kernel,
  rmv: Kernel | null,
): LinearOperator {
  const spec: KernelSpec = { [KERNELS]: true, dtype, mv, rmv };
  return new LinearOperator(shape, spec as unknown as LinearOperatorOptions);
}

/** The identity operator of size n (package-internal). */
export function identityOperator(n: number, dtype: OperatorDType): LinearOperator {
  const k: Kernel = (x, y) => y.set(x);
  return fromKernels([n, n], dtype, k, k);
}

/** The fields a compressed sparse row/column matrix exposes (duck type of the package's matrices). */
interface CompressedLike {
  readonly shape: readonly number[];
  readonly data: NDArray;
  readonly indices: NDArray;
  readonly indptr: NDArray;
}

function isCompressed(a: unknown): a is CompressedLike {
  if (typeof a !== 'object' || a === null) return false;
  const o = a as Record<string, unknown>;
  return (
    o.data instanceof NDArray &&
    o.indices instanceof NDArray &&
    o.indptr instanceof NDArray &&
    Array.isArray(o.shape) &&
    (o.shape as unknown[]).length === 2
  );
}

function int32Of(a: NDArray): Int32Array {
  const d = a.data;
  if (d instanceof Int32Array && a.flags.cContiguous) return d.subarray(a.offset, a.offset + a.size);
  const out = new Int32Array(a.size);
  const v = a.toArray() as (number | bigint)[];
  for (let i = 0; i < out.length; i++) out[i] = Number(v[i]);
  return out;
}

/** Kernels of a CSR matrix (product by rows, adjoint by scattering); complex data interleaved. */
export function csrKernels(
  m: number,
  n: number,
  indptr: Int32Array,
  indices: Int32Array,
  data: Float64Array,
  complex: boolean,
): { mv: Kernel; rmv: Kernel } {
  if (!complex) {
    return {
      mv: (x, y) => {
        if (!nativeCsrProduct(false, m, n, indptr, indices, data, x, y)) csrMatvec(m, indptr, indices, data, x, y);
      },
      rmv: (x, y) => {
        if (nativeCsrProduct(true, m, n, indptr, indices, data, x, y)) return;
        y.fill(0);
        for (let i = 0; i < m; i++) {
          const xi = x[i]!;
          if (xi === 0) continue;
          const end = indptr[i + 1]!;
          for (let k = indptr[i]!; k < end; k++) y[indices[k]!]! += data[k]! * xi;
        }
      },
    };
  }
  void n;
  return {
    mv: (x, y) => {
      for (let i = 0; i < m; i++) {
        let sr = 0;
        let si = 0;
        const end = indptr[i + 1]!;
        for (let k = indptr[i]!; k < end; k++) {
          const j = 2 * indices[k]!;
          const ar = data[2 * k]!;
          const ai = data[2 * k + 1]!;
          sr += ar * x[j]! - ai * x[j + 1]!;
          si += ar * x[j + 1]! + ai * x[j]!;
        }
        y[2 * i] = sr;
        y[2 * i + 1] = si;
      }
    },
    rmv: (x, y) => {
      y.fill(0);
      for (let i = 0; i < m; i++) {
        const xr = x[2 * i]!;
        const xi = x[2 * i + 1]!;
        const end = indptr[i + 1]!;
        for (let k = indptr[i]!; k < end; k++) {
          const j = 2 * indices[k]!;
          const ar = data[2 * k]!;
          const ai = -data[2 * k + 1]!;
          y[j]! += ar * xr - ai * xi;
          y[j + 1]! += ar * xi + ai * xr;
        }
      }
    },
  };
}

function sparseOperator(a: SparseMatrix): LinearOperator {
  const [m, n] = a.shape as [number, number];
  // A CSC matrix is the CSR storage of its transpose: its kernels swap.
  const csc = a.format === 'csc' && isCompressed(a);
  const c = csc ? a : a.format === 'csr' && isCompressed(a) ? a : a.tocsr();
  if (!isCompressed(c)) throw new ValueError('aslinearoperator: the sparse matrix has no data/indices/indptr arrays');
  const complex = c.data.dtype === 'complex128' || c.data.dtype === 'complex64';
  const dtype: OperatorDType = complex ? 'complex128' : 'float64';
  const data = rawOf(c.data, dtype);
  const indices = int32Of(c.indices);
  const indptr = int32Of(c.indptr);
  if (!csc) {
    const k = csrKernels(m, n, indptr, indices, data, complex);
    return fromKernels([m, n], dtype, k.mv, k.rmv);
  }
  // Storage of A^T in CSR: A x = (A^T)^T x; the transpose-kernel of A^T's CSR is a conjugate-free scatter.
  const t = csrKernels(n, m, indptr, indices, data, complex);
  if (!complex) return fromKernels([m, n], dtype, t.rmv, t.mv);
  const conjData = conjugated(data, new Float64Array(data.length));
  const tc = csrKernels(n, m, indptr, indices, conjData, true);
  return fromKernels([m, n], dtype, tc.rmv, tc.mv);
}

function denseKernels(m: number, n: number, a: Float64Array, complex: boolean): { mv: Kernel; rmv: Kernel } {
  if (!complex) {
    return {
      mv: (x, y) => {
        for (let i = 0; i < m; i++) {
          let s = 0;
          const row = i * n;
          for (let j = 0; j < n; j++) s += a[row + j]! * x[j]!;
          y[i] = s;
        }
      },
      rmv: (x, y) => {
        y.fill(0);
        for (let i = 0; i < m; i++) {
          const xi = x[i]!;
          const row = i * n;
          for (let j = 0; j < n; j++) y[j]! += a[row + j]! * xi;
        }
      },
    };
  }
  return {
    mv: (x, y) => {
      for (let i = 0; i < m; i++) {
        let sr = 0;
        let si = 0;
        const row = 2 * i * n;
        for (let j = 0; j < n; j++) {
          const ar = a[row + 2 * j]!;
          const ai = a[row + 2 * j + 1]!;
          sr += ar * x[2 * j]! - ai * x[2 * j + 1]!;
          si += ar * x[2 * j + 1]! + ai * x[2 * j]!;
        }
        y[2 * i] = sr;
        y[2 * i + 1] = si;
      }
    },
    rmv: (x, y) => {
      y.fill(0);
      for (let i = 0; i < m; i++) {
        const xr = x[2 * i]!;
        const xi = x[2 * i + 1]!;
        const row = 2 * i * n;
        for (let j = 0; j < n; j++) {
          const ar = a[row + 2 * j]!;
          const ai = -a[row + 2 * j + 1]!;
          y[2 * j]! += ar * xr - ai * xi;
          y[2 * j + 1]! += ar * xi + ai * xr;
        }
      }
    },
  };
}

/** Anything {@link aslinearoperator} takes: an operator, a sparse matrix, or a 2-D array. */
export type OperatorInput = LinearOperator | SparseMatrix | ArrayInput;

/**
 * An operator for a matrix-like value (SciPy's `aslinearoperator`): a {@link LinearOperator}
 * is returned as it is; a sparse matrix (CSR/CSC read in place, other formats through `tocsr()`)
 * and a dense 2-D array (copied once into contiguous float64/complex128 storage) get fast kernels
 * for `A x` and `A^H x`; any other object with a 2-D `shape` and a `dot` method is wrapped by its
 * `dot` (no adjoint).
 *
 * @throws {ShapeError} when the array is not 2-D.
 * @throws {ArgumentError} when the value is none of the above.
 * @example
 * ```ts
 * const A = aslinearoperator([[2, 0], [0, 3]]);
 * A.shape; // [2, 2]
 * A.matvec([1, 1]).toArray(); // [2, 3]
 * ```
 */
export function aslinearoperator(A: OperatorInput): LinearOperator {
  if (A instanceof LinearOperator) return A;
  if (isSparse(A)) return sparseOperator(A);
  if (isPlainObject(A) || A === undefined || A === null || typeof A === 'function' || typeof A === 'string') {
    throw new ArgumentError(
      `aslinearoperator: A must be a LinearOperator, a sparse matrix or a 2-D array, got ${describeValue(A)}`,
    );
  }
  const o = A as unknown as Record<string, unknown>;
  if (
    typeof A === 'object' &&
    !(A instanceof NDArray) &&
    !Array.isArray(A) &&
    !ArrayBuffer.isView(A) &&
    typeof o.dot === 'function' &&
    Array.isArray(o.shape)
  ) {
    const shape = o.shape as number[];
    const dot = o.dot as (x: NDArray) => ArrayInput;
    return new LinearOperator(shape, { matvec: (x) => dot.call(A, x) });
  }
  const a = asarray(A as ArrayInput);
  if (a.ndim !== 2) {
    throw new ShapeError(`aslinearoperator: expected a 2-D array, got shape [${a.shape.join(', ')}]`);
  }
  const complex = a.dtype === 'complex128' || a.dtype === 'complex64';
  const dtype: OperatorDType = complex ? 'complex128' : 'float64';
  if (a.dtype === 'bool' || a.dtype === 'float64' || complex || /int|float/.test(a.dtype)) {
    const [m, n] = a.shape as [number, number];
    const k = denseKernels(m, n, rawOf(a, dtype).slice(), complex);
    return fromKernels([m, n], dtype, k.mv, k.rmv);
  }
  throw new DTypeError(`aslinearoperator: dtype ${a.dtype} is not supported`);
}
