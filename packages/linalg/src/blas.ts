/** matmul / dot over BLAS ?gemm, and the hook that lets @stride/ndarray's matmul use it. */
import { type ArrayInput, NDArray, ShapeError, asarray, copy } from '@stride/ndarray';
import {
  type Work,
  batchOffsets,
  batchShapeOf,
  call,
  fmt,
  isComplexWork,
  newArray,
  prefix,
  lanes,
  withFrame,
  workDType,
  writeMatrix,
} from './core.js';

const FLOAT_DTYPES = new Set(['float32', 'float64', 'complex64', 'complex128']);
const GEMM_MIN_WORK = 32 * 32 * 32;

/**
 * Computes `out = a @ b` for 2-D operands into a fresh C-order `out` with BLAS ?gemm. Exposed for
 * @stride/ndarray's matmul backend hook; callers guarantee shapes (M,K)@(K,N) -> (M,N).
 */
export function gemmInto(a: NDArray, b: NDArray, out: NDArray): boolean {
  const t = out.dtype as Work;
  if (!FLOAT_DTYPES.has(t)) return false;
  const m = a.shape[0] as number;
  const k = a.shape[1] as number;
  const n = b.shape[1] as number;
  // Below this size the copies into the wasm heap cost more than the JS kernel saves.
  if (m * n * k < GEMM_MIN_WORK) return false;
  if (m === 0 || n === 0) return true;
  if (k === 0) {
    (out.data as Float64Array).fill(0);
    return true;
  }
  gemmBatch(t, a, [a.offset], b, [b.offset], m, k, n, out, out.offset);
  return true;
}

function gemmBatch(
  t: Work,
  A: NDArray,
  offA: number[],
  B: NDArray,
  offB: number[],
  m: number,
  k: number,
  n: number,
  out: NDArray,
  outBase = 0,
): void {
  const cplx = isComplexWork(t);
  withFrame((f) => {
    // Row-major trick: C^T = B^T A^T, so C-order data of A and B can be used as Fortran-order A^T, B^T.
    const pa = f.array(t, m * k);
    const pb = f.array(t, k * n);
    const pc = f.array(t, m * n);
    const pN = f.char('N');
    const pm = f.int(m);
    const pn = f.int(n);
    const pk = f.int(k);
    const alpha = f.scalar(t, 1);
    const beta = f.scalar(t, 0);
    const routine = `${prefix(t)}gemm_`;
    const At = (o: number) =>
      new NDArray(A.dtype, A.data, [k, m], [A.strides[A.ndim - 1] as number, A.strides[A.ndim - 2] as number], o);
    const Bt = (o: number) =>
      new NDArray(B.dtype, B.data, [n, k], [B.strides[B.ndim - 1] as number, B.strides[B.ndim - 2] as number], o);
    offA.forEach((oa, i) => {
      // Fortran (k x m) of A^T == C-order A.
      writeMatrix(t, pa, At(oa), oa, k, m, k);
      writeMatrix(t, pb, Bt(offB[i] as number), offB[i] as number, n, k, n);
      call(routine, pN, pN, pn, pm, pk, alpha, pb, pn, pa, pk, beta, pc, pn, 1, 1);
      // pc holds C^T in Fortran order (n x m), which is C in C order: copy it straight out.
      const l = cplx ? 2 : 1;
      (out.data as Float64Array).set(lanes(t, pc, m * n * l) as Float64Array, (outBase + i * m * n) * l);
    });
  });
}

/**
 * Matrix product with NumPy's matmul rules (stacked batches broadcast; 1-D operands promoted),
 * computed by OpenBLAS ?gemm in WebAssembly for float and complex dtypes.
 *
 * @throws {ShapeError} when the core dimensions do not match.
 * @example
 * ```ts
 * matmul([[1, 2], [3, 4]], [[5], [6]]).toArray(); // [[17], [39]]
 * ```
 */
export function matmul(a: ArrayInput, b: ArrayInput): NDArray {
  const A0 = asarray(a);
  const B0 = asarray(b);
  if (A0.ndim === 0 || B0.ndim === 0)
    throw new ShapeError('matmul: Input operand does not have enough dimensions (0-d arrays are not allowed)');
  const A = A0.ndim === 1 ? A0.view([1, A0.shape[0] as number], [0, A0.strides[0] as number], A0.offset) : A0;
  const B = B0.ndim === 1 ? B0.view([B0.shape[0] as number, 1], [B0.strides[0] as number, 0], B0.offset) : B0;
  const m = A.shape[A.ndim - 2] as number;
  const k = A.shape[A.ndim - 1] as number;
  const k2 = B.shape[B.ndim - 2] as number;
  const n = B.shape[B.ndim - 1] as number;
  if (k !== k2) {
    throw new ShapeError(
      `matmul: shapes ${fmt(A0.shape)} and ${fmt(B0.shape)} are not aligned: ${k} (dim ${A0.ndim - 1}) != ${k2} (dim ${Math.max(0, B0.ndim - 2)})`,
    );
  }
  const t = workDType('matmul', A.dtype, B.dtype);
  const batch = batchShapeOf('matmul', [A, 2], [B, 2]);
  const shape = [...batch, ...(A0.ndim === 1 ? [] : [m]), ...(B0.ndim === 1 ? [] : [n])];
  const out = newArray(t, shape);
  if (out.size === 0) return out;
  if (k === 0) return out;
  gemmBatch(t, A, batchOffsets(A, batch, 2), B, batchOffsets(B, batch, 2), m, k, n, out);
  return out;
}

/**
 * NumPy's dot for the BLAS dtypes: 1-D·1-D inner product (a JS scalar), 2-D·2-D matrix product,
 * N-D·1-D and N-D·M-D (sum over the last axis of a and the second-to-last of b).
 *
 * @example
 * ```ts
 * dot([1, 2, 3], [4, 5, 6]); // 32
 * ```
 */
export function dot(a: ArrayInput, b: ArrayInput): NDArray | number | { re: number; im: number } {
  const A = asarray(a);
  const B = asarray(b);
  if (A.ndim <= 2 && B.ndim <= 2 && A.ndim > 0 && B.ndim > 0) {
    const r = matmul(A, B);
    if (A.ndim === 1 && B.ndim === 1) {
      const d = r.data as Float64Array;
      return isComplexWork(r.dtype as Work) ? { re: d[0] as number, im: d[1] as number } : (d[0] as number);
    }
    return r;
  }
  if (A.ndim === 0 || B.ndim === 0) throw new ShapeError('dot: use multiply for 0-d operands');
  // N-D: move b's contraction axis (second-to-last) to the front and contract as a 2-D product.
  const kA = A.shape[A.ndim - 1] as number;
  const kb = B.ndim === 1 ? 0 : B.ndim - 2;
  if ((B.shape[kb] as number) !== kA) {
    throw new ShapeError(
      `dot: shapes ${fmt(A.shape)} and ${fmt(B.shape)} not aligned: ${kA} (dim ${A.ndim - 1}) != ${B.shape[kb]} (dim ${kb})`,
    );
  }
  const aRows = A.size / Math.max(1, kA);
  const A2 = asarray(reshapeC(A, [aRows, kA]));
  const otherB = B.shape.filter((_, i) => i !== kb);
  const permB = [kb, ...B.shape.map((_, i) => i).filter((i) => i !== kb)];
  const Bp = new NDArray(
    B.dtype,
    B.data,
    permB.map((i) => B.shape[i] as number),
    permB.map((i) => B.strides[i] as number),
    B.offset,
  );
  const bCols = otherB.reduce((p, d) => p * d, 1);
  const B2 = reshapeC(Bp, [kA, bCols]);
  const r = matmul(A2, B2);
  return new NDArray(r.dtype, r.data, [...A.shape.slice(0, -1), ...otherB]);
}

/** A C-order copy of `a` reshaped (a view when already C-contiguous). */
function reshapeC(a: NDArray, shape: number[]): NDArray {
  if (a.flags.cContiguous) return new NDArray(a.dtype, a.data, shape, undefined, a.offset);
  const c = copy(a);
  return new NDArray(c.dtype, c.data, shape);
}
