/**
 * Elementwise arithmetic with SciPy's semantics: `add`, `subtract`, `multiply`, `maximum`,
 * `minimum` between sparse matrices (a merge, zero results not stored), with dense arrays
 * (broadcast like NumPy) and scalars; `scale` by a scalar.
 */
import * as nd from '@stride/ndarray';
import {
  type ArrayInput,
  type Complex,
  DTypeError,
  type NDArray,
  ShapeError,
  ValueError,
  argumentError,
  asarray,
  astype,
  broadcastTo,
} from '@stride/ndarray';
import { fromDense } from './construct.js';
import { type ComplexOp, type RealOp, binopComplex, binopReal } from '../kernels/binop.js';
import type { Values } from '../kernels/compressed.js';
import { type CompressedMatrix, CooMatrix, CscMatrix, CsrMatrix, type SparseMatrix, isSparse } from './matrix.js';
import { isComplexScalar, scaleBy } from './products.js';
import { computeDType, head, lanesOf, newArray, raw, rawIdx, upcast } from './util.js';

/** Either operand of an elementwise operation. */
export type Operand = SparseMatrix | ArrayInput;

/** `a` in `format`, canonical (sorted, duplicates summed), never the caller's matrix when that would change it. */
export function canonical(a: SparseMatrix, format: 'csr' | 'csc'): CompressedMatrix {
  const c = a.asformat(format) as CompressedMatrix;
  if (c.hasCanonicalFormat) return c;
  const d = c === a ? c.copy() : c;
  d.sumDuplicates();
  return d;
}

function values(a: CompressedMatrix, d: nd.DType): Values {
  const v = head(a.data, a.nnz);
  return raw(v.dtype === d ? v : astype(v, d));
}

const REAL: Record<string, RealOp> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  maximum: (a, b) => (a > b || Number.isNaN(a) ? a : b),
  minimum: (a, b) => (a < b || Number.isNaN(a) ? a : b),
};

const COMPLEX: Record<string, ComplexOp> = {
  add: (ar, ai, br, bi, o) => {
    o[0] = ar + br;
    o[1] = ai + bi;
  },
  subtract: (ar, ai, br, bi, o) => {
    o[0] = ar - br;
    o[1] = ai - bi;
  },
  multiply: (ar, ai, br, bi, o) => {
    o[0] = ar * br - ai * bi;
    o[1] = ar * bi + ai * br;
  },
};

/** The elementwise operation of two sparse matrices of one shape; the result is CSC when `a` is CSC, else CSR. */
function sparseBinop(a: SparseMatrix, b: SparseMatrix, op: string, fn: string): SparseMatrix {
  if (a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1]) {
    throw new ShapeError(`${fn}: inconsistent shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`);
  }
  const format = a.format === 'csc' ? 'csc' : 'csr';
  const A = canonical(a, format);
  const B = canonical(b, format);
  const res = upcast(a.dtype, b.dtype);
  const cd = computeDType(res);
  const complex = lanesOf(cd) === 2;
  if (complex && COMPLEX[op] === undefined) throw new DTypeError(`${fn}: not supported for complex dtype ${res}`);
  const nMajor = A.majorDim;
  const cap = A.nnz + B.nnz;
  const indptr = newArray('int32', nMajor + 1) as NDArray<'int32'>;
  const indices = newArray('int32', cap) as NDArray<'int32'>;
  const data = newArray(cd, cap);
  const args = [
    nMajor,
    rawIdx(A.indptr),
    rawIdx(A.indices),
    values(A, cd),
    rawIdx(B.indptr),
    rawIdx(B.indices),
    values(B, cd),
  ] as const;
  const nnz = complex
    ? binopComplex(...args, COMPLEX[op] as ComplexOp, rawIdx(indptr), rawIdx(indices), raw(data))
    : binopReal(...args, REAL[op] as RealOp, rawIdx(indptr), rawIdx(indices), raw(data));
  const out = buildCompressed(format, head(data, nnz), head(indices, nnz) as NDArray<'int32'>, indptr, a.shape);
  return res === cd ? out : out.astype(res, false);
}

/** A canonical CSR or CSC matrix over fresh arrays. */
function buildCompressed(
  format: 'csr' | 'csc',
  data: NDArray,
  indices: NDArray<'int32'>,
  indptr: NDArray<'int32'>,
  shape: readonly [number, number],
): CompressedMatrix {
  return format === 'csr'
    ? CsrMatrix.build(data, indices, indptr, shape, true, true)
    : CscMatrix.build(data, indices, indptr, shape, true, true);
}

function toDenseOperand(x: unknown, fn: string, name: string): NDArray {
  if (x === undefined || x === null || typeof x === 'string' || typeof x === 'function') {
    throw argumentError(fn, name, 'a sparse matrix, an array or a scalar', x);
  }
  try {
    return asarray(x as ArrayInput);
  } catch (e) {
    if (e instanceof TypeError) throw argumentError(fn, name, 'a sparse matrix, an array or a scalar', x);
    throw e;
  }
}

function isZeroScalar(x: unknown): boolean {
  return x === 0 || (isComplexScalar(x) && x.re === 0 && x.im === 0) || x === false;
}

/** add/subtract: sparse ± sparse is sparse; ± dense is dense; ± 0 is a copy; ± another scalar is refused (as SciPy). */
function addLike(a: unknown, b: unknown, op: 'add' | 'subtract'): SparseMatrix | NDArray {
  const sa = isSparse(a);
  const sb = isSparse(b);
  if (sa && sb) return sparseBinop(a, b, op, op);
  if (!sa && !sb) throw argumentError(op, 'a', 'a sparse matrix (one operand at least)', a);
  const s = (sa ? a : b) as SparseMatrix;
  const other = sa ? b : a;
  if (typeof other === 'number' || typeof other === 'boolean' || isComplexScalar(other)) {
    if (!isZeroScalar(other)) {
      throw new ValueError(
        `${op}: adding a nonzero scalar to a sparse matrix is not supported (the result would be dense); use ${op}(A.toDense(), x)`,
      );
    }
    return op === 'subtract' && !sa ? scaleBy(s, -1) : s.copy();
  }
  const d = toDenseOperand(other, op, sa ? 'b' : 'a');
  const f = op === 'add' ? nd.add : nd.subtract;
  return sa ? (f(s.toDense(), d) as NDArray) : (f(d, s.toDense()) as NDArray);
}

/**
 * `a + b` with at least one sparse operand: two sparse matrices give a sparse matrix (CSC when
 * `a` is CSC, else CSR; zero sums are not stored); a dense operand gives a dense NDArray
 * (broadcast as NumPy); the scalar 0 gives a copy and another scalar is a ValueError (the result
 * would be dense), as SciPy.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0], [0, 2]]);
 * add(a, a).toDense().toArray(); // [[2, 0], [0, 4]]
 * add(a, [[1, 1], [1, 1]]).toArray(); // [[2, 1], [1, 3]]
 * ```
 */
export function add(a: SparseMatrix, b: SparseMatrix | number): SparseMatrix;
export function add(a: number, b: SparseMatrix): SparseMatrix;
export function add(a: Operand, b: Operand): SparseMatrix | NDArray;
export function add(a: Operand, b: Operand): SparseMatrix | NDArray {
  return addLike(a, b, 'add');
}

/**
 * `a - b` with at least one sparse operand, as {@link add}.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0], [0, 2]]);
 * subtract(a, a).nnz; // 0
 * subtract([[5, 5], [5, 5]], a).toArray(); // [[4, 5], [5, 3]]
 * ```
 */
export function subtract(a: SparseMatrix, b: SparseMatrix | number): SparseMatrix;
export function subtract(a: number, b: SparseMatrix): SparseMatrix;
export function subtract(a: Operand, b: Operand): SparseMatrix | NDArray;
export function subtract(a: Operand, b: Operand): SparseMatrix | NDArray {
  return addLike(a, b, 'subtract');
}

/** sparse ⊙ dense (broadcast to the sparse shape): COO with the sparse operand's entries, as SciPy. */
function multiplyDense(s: SparseMatrix, d: NDArray, fn: string): SparseMatrix {
  if (d.ndim === 0) return scaleBy(s, d.item() as number);
  const [m, n] = s.shape;
  let bd: NDArray;
  try {
    bd = broadcastTo(d, [m, n]);
  } catch {
    throw new ShapeError(
      `${fn}: the dense operand of shape [${d.shape.join(', ')}] does not broadcast to the sparse shape [${m}, ${n}]`,
    );
  }
  const A = canonical(s, 'csr');
  const res = upcast(s.dtype, d.dtype);
  const cd = computeDType(res);
  const lanes = lanesOf(cd);
  const nnz = A.nnz;
  const av = values(A, cd);
  const dv = (bd.dtype === cd ? bd : astype(bd, cd)) as NDArray;
  const src = dv.data as Values;
  const [s0, s1] = dv.strides as [number, number];
  const off = dv.offset;
  const data = newArray(cd, nnz);
  const out = raw(data);
  const ip = rawIdx(A.indptr);
  const ix = rawIdx(A.indices);
  const row = newArray('int32', nnz) as NDArray<'int32'>;
  const r = rawIdx(row);
  for (let i = 0; i < m; i++) {
    for (let k = ip[i]!; k < ip[i + 1]!; k++) {
      r[k] = i;
      const p = off + i * s0 + ix[k]! * s1;
      if (lanes === 1) out[k] = av[k]! * src[p]!;
      else {
        const ar = av[2 * k]!;
        const ai = av[2 * k + 1]!;
        const br = src[2 * p]!;
        const bi = src[2 * p + 1]!;
        out[2 * k] = ar * br - ai * bi;
        out[2 * k + 1] = ar * bi + ai * br;
      }
    }
  }
  const coo = new CooMatrix(data, row, nd.copy(head(A.indices, nnz)) as NDArray<'int32'>, [m, n]);
  return res === cd ? coo : coo.astype(res, false);
}

/**
 * Elementwise (Hadamard) product with at least one sparse operand: sparse ⊙ sparse is sparse
 * (format of `a`), sparse ⊙ dense is a COO matrix with the sparse operand's entries (the dense
 * one broadcast as NumPy, as SciPy), sparse ⊙ scalar is {@link scale}.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, -2], [0, 3, 0]]);
 * multiply(a, a).toDense().toArray(); // [[1, 0, 4], [0, 9, 0]]
 * multiply(a, [1, 2, 3]).toDense().toArray(); // [[1, 0, -6], [0, 6, 0]]
 * ```
 */
export function multiply(a: Operand, b: Operand): SparseMatrix {
  const sa = isSparse(a);
  const sb = isSparse(b);
  if (sa && sb) return sparseBinop(a, b, 'multiply', 'multiply');
  if (!sa && !sb) throw argumentError('multiply', 'a', 'a sparse matrix (one operand at least)', a);
  const s = (sa ? a : b) as SparseMatrix;
  const other = sa ? b : a;
  if (typeof other === 'number' || isComplexScalar(other)) return scaleBy(s, other);
  return multiplyDense(s, toDenseOperand(other, 'multiply', sa ? 'b' : 'a'), 'multiply');
}

/**
 * `a * alpha` for a scalar `alpha`: a matrix of the same format and structure (SciPy's
 * `A * alpha`; an integer matrix times a non-integer becomes float64).
 *
 * @example
 * ```ts
 * scale(csrMatrix([[1, 0], [0, 2]]), 0.5).toDense().toArray(); // [[0.5, 0], [0, 1]]
 * ```
 */
export function scale<M extends SparseMatrix>(a: M, alpha: number | Complex): M;
export function scale(a: SparseMatrix, alpha: number | Complex): SparseMatrix {
  if (!isSparse(a)) throw argumentError('scale', 'a', 'a sparse matrix', a);
  if (typeof alpha !== 'number' && !isComplexScalar(alpha))
    throw argumentError('scale', 'alpha', 'a number or {re, im}', alpha);
  return scaleBy(a, alpha);
}

const ND_OP = { maximum: nd.maximum, minimum: nd.minimum } as const;

function maxMin(a: unknown, b: unknown, op: 'maximum' | 'minimum'): SparseMatrix | NDArray {
  const sa = isSparse(a);
  const sb = isSparse(b);
  if (sa && sb) return sparseBinop(a, b, op, op);
  if (!sa && !sb) throw argumentError(op, 'a', 'a sparse matrix (one operand at least)', a);
  const s = (sa ? a : b) as SparseMatrix;
  const other = sa ? b : a;
  if (lanesOf(s.dtype) === 2) throw new DTypeError(`${op}: not supported for complex dtype ${s.dtype}`);
  if (typeof other === 'number') {
    const f = REAL[op] as RealOp;
    if (Number.isNaN(other) || f(0, other) !== 0) {
      // implicit zeros become non-zero: the result is dense, returned as CSR (as SciPy)
      const dense = ND_OP[op](s.toDense(), other) as NDArray;
      return fromDense(s.format !== 'csc', dense, {}, op);
    }
    const c = canonical(s, s.format === 'csc' ? 'csc' : 'csr');
    const data = ND_OP[op](head(c.data, c.nnz), other) as NDArray;
    const out = buildCompressed(
      c.format,
      data,
      nd.copy(head(c.indices, c.nnz)) as NDArray<'int32'>,
      nd.copy(c.indptr) as NDArray<'int32'>,
      c.shape,
    );
    out.eliminateZeros();
    return out;
  }
  const d = toDenseOperand(other, op, sa ? 'b' : 'a');
  return ND_OP[op](s.toDense(), d) as NDArray;
}

/**
 * Elementwise maximum with at least one sparse operand (implicit entries are 0): sparse with
 * sparse or with a scalar gives a sparse matrix (dense-filled when the scalar is positive, as
 * SciPy); with a dense array, a dense NDArray. Not defined for complex values.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, -2], [0, 3, 0]]);
 * maximum(a, 0).toDense().toArray(); // [[1, 0, 0], [0, 3, 0]]
 * maximum(a, csrMatrix([[0, 5, 0], [0, 0, 0]])).toDense().toArray(); // [[1, 5, 0], [0, 3, 0]]
 * ```
 */
export function maximum(a: SparseMatrix, b: SparseMatrix | number): SparseMatrix;
export function maximum(a: number, b: SparseMatrix): SparseMatrix;
export function maximum(a: Operand, b: Operand): SparseMatrix | NDArray;
export function maximum(a: Operand, b: Operand): SparseMatrix | NDArray {
  return maxMin(a, b, 'maximum');
}

/**
 * Elementwise minimum with at least one sparse operand, as {@link maximum}.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 0, -2], [0, 3, 0]]);
 * minimum(a, 1).toDense().toArray(); // [[1, 0, -2], [0, 1, 0]]
 * ```
 */
export function minimum(a: SparseMatrix, b: SparseMatrix | number): SparseMatrix;
export function minimum(a: number, b: SparseMatrix): SparseMatrix;
export function minimum(a: Operand, b: Operand): SparseMatrix | NDArray;
export function minimum(a: Operand, b: Operand): SparseMatrix | NDArray {
  return maxMin(a, b, 'minimum');
}
