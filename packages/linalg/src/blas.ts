/** matmul / dot over BLAS ?gemm, and the hook that lets @stride/ndarray's matmul use it. */
import {
  type ArrayInput,
  asarray,
  astype,
  dot as ndDot,
  matmul as ndMatmul,
  NDArray,
  noExtra,
  type Scalar,
} from '@stride/ndarray';
import {
  type Work,
  addressOf,
  call,
  copies,
  inRuntime,
  isComplexWork,
  lanes,
  prefix,
  withFrame,
  workDType,
  writeMatrix,
} from './core.js';

const FLOAT_DTYPES = new Set(['float32', 'float64', 'complex64', 'complex128']);
const GEMM_MIN_WORK = 32 * 32 * 32;

/**
 * The matmul backend this package installs in @stride/ndarray (`setMatmulBackend`): computes
 * `out = a @ b` with BLAS ?gemm for 2-D float/complex operands of one dtype and declines (returns
 * false) for other dtypes and for products too small to repay the copies into the wasm heap.
 *
 * @example
 * ```ts
 * getMatmulBackend() === gemmInto; // true
 * ```
 */
export function gemmInto(a: NDArray, b: NDArray, out: NDArray): boolean {
  const t = out.dtype as Work;
  if (!FLOAT_DTYPES.has(t)) return false;
  const m = a.shape[0] as number;
  const k = a.shape[1] as number;
  const n = b.shape[1] as number;
  // Below this size the copies into the wasm heap cost more than the JS kernel saves.
  if (m * n * k < GEMM_MIN_WORK) return false;
  gemm(t, a, b, m, k, n, out);
  return true;
}

/**
 * How a 2-D operand (rows x cols, element strides sr, sc) reads as a column-major matrix in
 * place: row-major storage is the transpose ('N' for the transposed product below) with leading
 * dimension sr; column-major storage is the matrix itself ('T') with leading dimension sc.
 * Null when neither axis is unit-stride (or a stride is negative).
 */
function inPlace(rows: number, cols: number, sr: number, sc: number): { trans: 'N' | 'T'; ld: number } | null {
  if ((sc === 1 || cols <= 1) && (sr >= Math.max(1, cols) || rows <= 1)) {
    return { trans: 'N', ld: rows <= 1 ? Math.max(1, cols) : sr };
  }
  if ((sr === 1 || rows <= 1) && (sc >= Math.max(1, rows) || cols <= 1)) {
    return { trans: 'T', ld: cols <= 1 ? Math.max(1, rows) : sc };
  }
  return null;
}

/**
 * out = a @ b straight from the operands' storage when all three live in the runtime's memory
 * in the working dtype, each with one unit-stride axis and out C-contiguous: no copy at all.
 * Returns false when the layout does not allow it.
 */
function gemmInPlace(t: Work, a: NDArray, b: NDArray, m: number, k: number, n: number, out: NDArray): boolean {
  if (a.dtype !== t || b.dtype !== t || !inRuntime(a) || !inRuntime(b) || !inRuntime(out)) return false;
  if (out.strides[0] !== n && m > 1) return false;
  if (out.strides[1] !== 1 && n > 1) return false;
  // Row-major trick as below: C^T = B^T A^T in column-major terms.
  const pa = inPlace(m, k, a.strides[0] as number, a.strides[1] as number);
  const pb = inPlace(k, n, b.strides[0] as number, b.strides[1] as number);
  if (pa === null || pb === null) return false;
  withFrame((f) => {
    call(
      `${prefix(t)}gemm_`,
      f.char(pb.trans),
      f.char(pa.trans),
      f.int(n),
      f.int(m),
      f.int(k),
      f.scalar(t, 1),
      addressOf(b, b.offset),
      f.int(pb.ld),
      addressOf(a, a.offset),
      f.int(pa.ld),
      f.scalar(t, 0),
      addressOf(out, out.offset),
      f.int(Math.max(1, n)),
    );
  });
  return true;
}

/** out (C order, at out.offset) = a @ b for 2-D a (m x k) and b (k x n) of any strides. */
function gemm(t: Work, a: NDArray, b: NDArray, m: number, k: number, n: number, out: NDArray): void {
  if (gemmInPlace(t, a, b, m, k, n, out)) return;
  withFrame((f) => {
    // Row-major trick: C^T = B^T A^T, and C-order data of a matrix is its transpose in Fortran
    // order, so A and B go in as Fortran A^T, B^T and C comes out in C order with no transposes.
    const pa = f.array(t, m * k);
    const pb = f.array(t, k * n);
    const pc = f.array(t, m * n);
    const pN = f.char('N');
    const alpha = f.scalar(t, 1);
    const beta = f.scalar(t, 0);
    const aT = new NDArray(a.dtype, a.data, [k, m], [a.strides[1] as number, a.strides[0] as number], a.offset);
    const bT = new NDArray(b.dtype, b.data, [n, k], [b.strides[1] as number, b.strides[0] as number], b.offset);
    writeMatrix(t, pa, aT, a.offset, k, m, k);
    writeMatrix(t, pb, bT, b.offset, n, k, n);
    call(
      `${prefix(t)}gemm_`,
      pN,
      pN,
      f.int(n),
      f.int(m),
      f.int(k),
      alpha,
      pb,
      f.int(n),
      pa,
      f.int(k),
      beta,
      pc,
      f.int(n),
    );
    const l = isComplexWork(t) ? 2 : 1;
    copies.out++;
    (out.data as Float64Array).set(lanes(t, pc, m * n * l) as Float64Array, out.offset * l);
  });
}

/**
 * Matrix product with NumPy's matmul rules (stacked batches broadcast; 1-D operands promoted),
 * computed in linalg's dtype (integers in float64). Float and complex products run on OpenBLAS
 * ?gemm: this is @stride/ndarray's matmul with the BLAS backend this package installs.
 *
 * @throws {ShapeError} when the core dimensions do not match.
 * @example
 * ```ts
 * matmul([[1, 2], [3, 4]], [[5], [6]]).toArray(); // [[17], [39]]
 * ```
 */
export function matmul(a: ArrayInput, b: ArrayInput): NDArray;
export function matmul(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'matmul');
  const A = asarray(a);
  const B = asarray(b);
  return ndMatmul(A, B, { dtype: workDType('matmul', A.dtype, B.dtype) });
}

/**
 * NumPy's dot in linalg's dtype (integers in float64): 1-D·1-D inner product (a JS scalar),
 * 2-D·2-D matrix product (OpenBLAS ?gemm), N-D·M-D sums over the last axis of a and the
 * second-to-last of b.
 *
 * @example
 * ```ts
 * dot([1, 2, 3], [4, 5, 6]); // 32
 * ```
 */
export function dot(a: ArrayInput, b: ArrayInput): NDArray | Scalar;
export function dot(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray | Scalar {
  noExtra(rest, 'dot');
  const A = asarray(a);
  const B = asarray(b);
  const t = workDType('dot', A.dtype, B.dtype);
  return ndDot(A.dtype === t ? A : astype(A, t), B.dtype === t ? B : astype(B, t));
}
