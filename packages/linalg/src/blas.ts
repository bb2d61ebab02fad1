/** matmul / dot over BLAS ?gemm, and the hook that lets @stride/ndarray's matmul use it. */
import {
  type ArrayInput,
  NDArray,
  type Scalar,
  asarray,
  astype,
  dot as ndDot,
  matmul as ndMatmul,
} from '@stride/ndarray';
import { type Work, call, isComplexWork, lanes, prefix, withFrame, workDType, writeMatrix } from './core.js';

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

/** out (C order, at out.offset) = a @ b for 2-D a (m x k) and b (k x n) of any strides. */
function gemm(t: Work, a: NDArray, b: NDArray, m: number, k: number, n: number, out: NDArray): void {
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
export function matmul(a: ArrayInput, b: ArrayInput): NDArray {
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
export function dot(a: ArrayInput, b: ArrayInput): NDArray | Scalar {
  const A = asarray(a);
  const B = asarray(b);
  const t = workDType('dot', A.dtype, B.dtype);
  return ndDot(A.dtype === t ? A : astype(A, t), B.dtype === t ? B : astype(B, t));
}
