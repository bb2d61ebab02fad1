/** solve, inv, det, slogdet: LU-based routines (?gesv, ?getrf). */
import { type ArrayInput, asarray, NDArray, noExtra, ShapeError } from '@stride/ndarray';
import {
  type Frame,
  type Work,
  addressOf,
  asMatrixStack,
  assertFinite,
  assertSquare,
  batchOffsets,
  batchShapeOf,
  call,
  fmt,
  heapResult,
  isComplexWork,
  lanes,
  newArray,
  prefix,
  readInt,
  readMatrix,
  realOf,
  withFrame,
  workDType,
  writeMatrix,
} from './core.js';
import { LinAlgError, lapackError } from './errors.js';

/**
 * Solves `a @ x = b` for x (LAPACK ?gesv, LU with partial pivoting). `a` is (..., M, M); `b` is
 * (M,) or (..., M, K) with batch axes broadcast like NumPy 2.
 *
 * @param a - square coefficient matrix or stack of them.
 * @param b - right-hand side(s).
 * @returns x with b's shape (batch axes broadcast).
 * @throws {LinAlgError} when a is singular or holds NaN/Inf. {ShapeError} when shapes do not match.
 * @example
 * ```ts
 * solve([[3, 1], [1, 2]], [9, 8]).toArray(); // [2, 3]
 * ```
 */
export function solve(a: ArrayInput, b: ArrayInput): NDArray;
export function solve(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'solve');
  const A = asMatrixStack(a, 'solve');
  const n = assertSquare(A, 'solve');
  const B0 = asarray(b);
  const vector = B0.ndim === 1;
  const B = vector ? B0.view([B0.shape[0] as number, 1], [B0.strides[0] as number, 0], B0.offset) : B0;
  if (B.ndim < 2 || (B.shape[B.ndim - 2] as number) !== n) {
    throw new ShapeError(
      `solve: b has shape ${fmt(B0.shape)}, expected [${n}] or [..., ${n}, k] to match a of shape ${fmt(A.shape)}`,
    );
  }
  const k = B.shape[B.ndim - 1] as number;
  const t = workDType('solve', A.dtype, B.dtype);
  assertFinite(A, 'solve');
  assertFinite(B, 'solve');
  const batch = vector ? A.shape.slice(0, -2) : batchShapeOf('solve', [A, 2], [B, 2]);
  const outShape = vector ? [...batch, n] : [...batch, n, k];
  // With one right-hand side x comes back in place: LAPACK overwrites its working copy of b,
  // which is x's own storage in the runtime's heap. With several, LAPACK's column-major x is
  // transposed into x's C order (one copy out).
  const inPlace = k === 1;
  const out = inPlace ? heapResult(t, outShape) : newArray(t, outShape);
  if (out.size === 0 || n === 0) return out;
  const offA = batchOffsets(A, batch, 2);
  const offB = batchOffsets(B, batch, 2);
  const scratch: number[] = [];
  const px = (f: Frame, i: number): number => {
    if (inPlace) return addressOf(out, i * n);
    if (scratch.length === 0) scratch.push(f.array(t, n * k));
    return scratch[0] as number;
  };
  const finish = (pb: number, i: number): void => {
    if (!inPlace) readMatrix(t, pb, n, k, n, out, i * n * k);
  };
  // A C-ordered real matrix is already A^T in column-major order: factor that copy as is and
  // solve with trans = 'T' (?getrf + ?getrs), which skips the transposing copy into the heap.
  const sRow = A.strides[A.ndim - 2] as number;
  const sCol = A.strides[A.ndim - 1] as number;
  if (A.dtype === t && !isComplexWork(t) && sCol === 1 && sRow === n) {
    const At = new NDArray(
      A.dtype,
      A.data,
      [...A.shape.slice(0, -2), n, n],
      [...A.strides.slice(0, -2), 1, n],
      A.offset,
    );
    withFrame((f) => {
      const pa = f.array(t, n * n);
      const ipiv = f.bytes(4 * n);
      const pn = f.int(n);
      const pk = f.int(k);
      const pT = f.char('T');
      const info = f.int(0);
      const getrf = `${prefix(t)}getrf_`;
      const getrs = `${prefix(t)}getrs_`;
      offA.forEach((oa, i) => {
        const pb = px(f, i);
        writeMatrix(t, pa, At, oa, n, n, n);
        writeMatrix(t, pb, B, offB[i] as number, n, k, n);
        call(getrf, pn, pn, pa, pn, ipiv, info);
        const r = readInt(info);
        if (r > 0) throw new LinAlgError('Singular matrix', getrf, r);
        if (r < 0) throw lapackError(getrf, r);
        call(getrs, pT, pn, pk, pa, pn, ipiv, pb, pn, info, 1);
        if (readInt(info) !== 0) throw lapackError(getrs, readInt(info));
        finish(pb, i);
      });
    });
    return out;
  }
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const ipiv = f.bytes(4 * n);
    const pn = f.int(n);
    const pk = f.int(k);
    const info = f.int(0);
    const routine = `${prefix(t)}gesv_`;
    offA.forEach((oa, i) => {
      const pb = px(f, i);
      writeMatrix(t, pa, A, oa, n, n, n);
      writeMatrix(t, pb, B, offB[i] as number, n, k, n);
      call(routine, pn, pk, pa, pn, ipiv, pb, pn, info);
      const r = readInt(info);
      if (r > 0) throw new LinAlgError('Singular matrix', routine, r);
      if (r < 0) throw lapackError(routine, r);
      finish(pb, i);
    });
  });
  return out;
}

/**
 * The inverse of a square matrix (or each matrix of a stack), via ?gesv with the identity.
 *
 * @throws {LinAlgError} Singular matrix.
 * @example
 * ```ts
 * inv([[2, 0], [0, 4]]).toArray(); // [[0.5, 0], [0, 0.25]]
 * ```
 */
export function inv(a: ArrayInput): NDArray;
export function inv(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'inv');
  const A = asMatrixStack(a, 'inv');
  const n = assertSquare(A, 'inv');
  const t = workDType('inv', A.dtype);
  assertFinite(A, 'inv');
  const batch = A.shape.slice(0, -2);
  const out = newArray(t, A.shape);
  if (out.size === 0) return out;
  const offA = batchOffsets(A, batch, 2);
  const l = isComplexWork(t) ? 2 : 1;
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const pb = f.array(t, n * n);
    const ipiv = f.bytes(4 * n);
    const pn = f.int(n);
    const info = f.int(0);
    const routine = `${prefix(t)}gesv_`;
    offA.forEach((oa, i) => {
      writeMatrix(t, pa, A, oa, n, n, n);
      const id = lanes(t, pb, n * n * l);
      id.fill(0);
      for (let d = 0; d < n; d++) id[(d * n + d) * l] = 1;
      call(routine, pn, pn, pa, pn, ipiv, pb, pn, info);
      const r = readInt(info);
      if (r > 0) throw new LinAlgError('Singular matrix', routine, r);
      if (r < 0) throw lapackError(routine, r);
      readMatrix(t, pb, n, n, n, out, i * n * n);
    });
  });
  return out;
}

interface LogDet {
  signRe: number;
  signIm: number;
  logabs: number;
}

function luLogDets(op: string, a: ArrayInput): { t: Work; batch: number[]; dets: LogDet[] } {
  const A = asMatrixStack(a, op);
  const n = assertSquare(A, op);
  const t = workDType(op, A.dtype);
  assertFinite(A, op);
  const batch = A.shape.slice(0, -2);
  const offA = batchOffsets(A, batch, 2);
  const cplx = isComplexWork(t);
  const l = cplx ? 2 : 1;
  const dets: LogDet[] = [];
  if (n === 0) return { t, batch, dets: offA.map(() => ({ signRe: 1, signIm: 0, logabs: 0 })) };
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const ipiv = f.bytes(4 * n);
    const pn = f.int(n);
    const info = f.int(0);
    const routine = `${prefix(t)}getrf_`;
    for (const oa of offA) {
      writeMatrix(t, pa, A, oa, n, n, n);
      call(routine, pn, pn, pa, pn, ipiv, info);
      const r = readInt(info);
      if (r < 0) throw lapackError(routine, r);
      if (r > 0) {
        dets.push({ signRe: 0, signIm: 0, logabs: Number.NEGATIVE_INFINITY });
        continue;
      }
      const lu = lanes(t, pa, n * n * l);
      const piv = new Int32Array(lanes(t, pa, 1).buffer, ipiv, n);
      let sRe = 1;
      let sIm = 0;
      let logabs = 0;
      for (let d = 0; d < n; d++) {
        if ((piv[d] as number) !== d + 1) sRe = -sRe;
      }
      if (sRe < 0) sIm = -0;
      for (let d = 0; d < n; d++) {
        const re = lu[(d * n + d) * l] as number;
        const im = cplx ? (lu[(d * n + d) * l + 1] as number) : 0;
        const abs = Math.hypot(re, im);
        logabs += Math.log(abs);
        const ur = re / abs;
        const ui = im / abs;
        const nr = sRe * ur - sIm * ui;
        sIm = sRe * ui + sIm * ur;
        sRe = nr;
      }
      dets.push({ signRe: sRe, signIm: sIm, logabs });
    }
  });
  return { t, batch, dets };
}

/**
 * The determinant (via LU, ?getrf). A singular matrix gives 0.
 *
 * @returns a number for one matrix (`{re, im}` for complex), an NDArray for a stack.
 * @example
 * ```ts
 * det([[1, 2], [3, 4]]); // -2 (NumPy: -2.0000000000000004, from a log 1 ulp apart)
 * ```
 */
export function det(a: ArrayInput): number | { re: number; im: number } | NDArray;
export function det(a: ArrayInput, ...rest: unknown[]): number | { re: number; im: number } | NDArray {
  noExtra(rest, 'det');
  const { t, batch, dets } = luLogDets('det', a);
  const cplx = isComplexWork(t);
  const out = newArray(t, batch);
  const d = out.data as Float64Array;
  dets.forEach((x, i) => {
    const mag = Math.exp(x.logabs);
    if (cplx) {
      d[2 * i] = x.signRe * mag;
      d[2 * i + 1] = x.signIm * mag;
    } else d[i] = x.signRe * mag;
  });
  if (batch.length === 0) {
    return cplx ? { re: d[0] as number, im: d[1] as number } : (d[0] as number);
  }
  return out;
}

/**
 * Sign and natural log of the absolute determinant, robust to overflow (`det = sign * exp(logabsdet)`).
 *
 * @returns `{ sign, logabsdet }`: numbers for one matrix, NDArrays for a stack.
 * @example
 * ```ts
 * slogdet([[1, 2], [3, 4]]); // { sign: -1, logabsdet: 0.6931471805599453 }
 * ```
 */
export function slogdet(a: ArrayInput): {
  sign: number | { re: number; im: number } | NDArray;
  logabsdet: number | NDArray;
};
export function slogdet(
  a: ArrayInput,
  ...rest: unknown[]
): {
  sign: number | { re: number; im: number } | NDArray;
  logabsdet: number | NDArray;
} {
  noExtra(rest, 'slogdet');
  const { t, batch, dets } = luLogDets('slogdet', a);
  const cplx = isComplexWork(t);
  const sign = newArray(t, batch);
  const logabs = newArray(realOf(t), batch);
  const s = sign.data as Float64Array;
  const la = logabs.data as Float64Array;
  dets.forEach((x, i) => {
    if (cplx) {
      s[2 * i] = x.signRe;
      s[2 * i + 1] = x.signIm;
    } else s[i] = x.signRe;
    la[i] = x.logabs;
  });
  if (batch.length === 0) {
    return {
      sign: cplx ? { re: s[0] as number, im: s[1] as number } : (s[0] as number),
      logabsdet: la[0] as number,
    };
  }
  return { sign, logabsdet: logabs };
}

export { NDArray };
