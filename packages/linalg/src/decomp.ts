/** Decompositions: svd (?gesdd), eig (?geev), eigh (?syevd/?heevd), qr (?geqrf + ?orgqr/?ungqr), cholesky (?potrf), lu (?getrf). */
import { type ArrayInput, is, NDArray, noExtra, signature, ValueError } from '@stride/ndarray';
import {
  type Frame,
  type Work,
  addressOf,
  asMatrixStack,
  assertFinite,
  assertSquare,
  batchOffsets,
  call,
  checkInfo,
  heapResult,
  isComplexWork,
  lanes,
  newArray,
  prefix,
  queriedSize,
  readInt,
  readMatrix,
  realOf,
  withFrame,
  workDType,
  writeMatrix,
} from './core.js';

const parseCholesky = signature<{ lower?: boolean; upper?: boolean }>('cholesky', [], {
  lower: is.boolean,
  upper: is.boolean,
});

const parseQr = signature<{ mode?: 'reduced' | 'complete' | 'r' | 'raw' }>('qr', ['mode'], {
  mode: is.string,
} as never);

const parseEigvalsh = signature<{ uplo?: 'L' | 'U' }>('eigvalsh', ['uplo'], { uplo: is.choice('L', 'U') } as never);

const parseEigh = signature<{ uplo?: 'L' | 'U' }>('eigh', ['uplo'], { uplo: is.choice('L', 'U') } as never);

const parseSvd = signature<{ fullMatrices?: boolean; computeUv?: boolean }>('svd', ['fullMatrices', 'computeUv'], {
  fullMatrices: is.boolean,
  computeUv: is.boolean,
} as never);

function workspace(f: Frame, t: Work, query: number): { p: number; n: number } {
  const n = queriedSize(t, query);
  return { p: f.array(t, n), n };
}

/** Result of {@link svd}. */
export interface SVDResult {
  /** Left singular vectors, (..., M, M) or (..., M, K) — absent when `computeUv` is false. */
  u: NDArray;
  /** Singular values, descending, (..., K). */
  s: NDArray;
  /** Right singular vectors (conjugate-transposed), (..., N, N) or (..., K, N). */
  vh: NDArray;
}

/**
 * Singular value decomposition `a = u @ diag(s) @ vh` (LAPACK ?gesdd, divide and conquer).
 *
 * @param options.fullMatrices - u is M×M and vh N×N (default true); else M×K and K×N.
 * @param options.computeUv - when false, returns only `s` (as an NDArray).
 * @throws {LinAlgError} SVD did not converge, or NaN/Inf input.
 * @example
 * ```ts
 * const { u, s, vh } = svd([[3, 0], [0, 4]]);
 * s.toArray(); // [4, 3]
 * ```
 */
export function svd(a: ArrayInput, options: { fullMatrices?: boolean; computeUv: false }): NDArray;
export function svd(a: ArrayInput, options?: { fullMatrices?: boolean; computeUv?: true }): SVDResult;
export function svd(a: ArrayInput, fullMatrices: boolean | undefined, computeUv: false): NDArray;
export function svd(
  a: ArrayInput,
  fullMatrices?: boolean,
  computeUv?: true,
  options?: { hermitian?: false },
): SVDResult;
export function svd(
  a: ArrayInput,
  fullMatrices?: boolean,
  computeUv?: boolean,
  options?: { fullMatrices?: boolean; computeUv?: boolean },
): SVDResult | NDArray;
export function svd(a: ArrayInput, ...rest: unknown[]): SVDResult | NDArray {
  const options = parseSvd(rest, 'svd') as { fullMatrices?: boolean; computeUv?: boolean };
  const A = asMatrixStack(a, 'svd');
  const full = options.fullMatrices ?? true;
  const uv = options.computeUv ?? true;
  const t = workDType('svd', A.dtype);
  assertFinite(A, 'svd');
  const m = A.shape[A.ndim - 2] as number;
  const n = A.shape[A.ndim - 1] as number;
  const k = Math.min(m, n);
  const batch = A.shape.slice(0, -2);
  const rt = realOf(t);
  const ucols = full ? m : k;
  const vrows = full ? n : k;
  const count = batch.reduce((p, d) => p * d, 1);
  // s, u and vh come back in place: LAPACK writes them into their own storage in the runtime's
  // heap, in C order (see below).
  const direct = count > 0 && k > 0;
  const s = direct ? heapResult(rt, [...batch, k]) : newArray(rt, [...batch, k]);
  const u = direct && uv ? heapResult(t, [...batch, m, ucols]) : newArray(t, [...batch, m, ucols]);
  const vh = direct && uv ? heapResult(t, [...batch, vrows, n]) : newArray(t, [...batch, vrows, n]);
  if (count === 0) return uv ? { u, s, vh } : s;
  if (k === 0) {
    // Empty matrix: u and vh are identities of their sizes, like NumPy.
    if (uv) {
      for (let b = 0; b < count; b++) {
        setIdentity(u, b * m * ucols, m, ucols);
        setIdentity(vh, b * vrows * n, vrows, n);
      }
      return { u, s, vh };
    }
    return s;
  }
  const jobz = !uv ? 'N' : full ? 'A' : 'S';
  const offs = batchOffsets(A, batch, 2);
  const cplx = isComplexWork(t);
  const routine = `${prefix(t)}gesdd_`;
  // LAPACK factors the transpose: C-ordered a is a^T in column-major order, and the SVD of
  // a^T = U' S V'^T (U' n x n, V'^T m x m) gives a = V' S U'^T, so u is V' = (V'^T)^T and vh is
  // U'^T (for complex input too: the conjugations cancel). A column-major matrix is its
  // transpose in C order, so LAPACK's V'^T and U' are exactly u and vh in C order: they are
  // written straight into the results' storage.
  const At = new NDArray(
    A.dtype,
    A.data,
    [...batch, n, m],
    [...A.strides.slice(0, -2), A.strides[A.ndim - 1] as number, A.strides[A.ndim - 2] as number],
    A.offset,
  );
  withFrame((f) => {
    const pa = f.array(t, m * n);
    const ldu = n; // U' (n x vrows): vh's storage
    const ldvt = ucols; // V'^T (ucols x m): u's storage
    // Workspace-query targets; each matrix of the stack then goes straight to its results.
    let ps = f.array(rt as Work, k);
    let pu = f.array(t, uv ? ldu * vrows : 1);
    let pvt = f.array(t, uv ? ldvt * m : 1);
    const piw = f.bytes(4 * 8 * k);
    const pj = f.char(jobz);
    const pm = f.int(n);
    const pn = f.int(m);
    const plda = f.int(n);
    const pldu = f.int(ldu);
    const pldvt = f.int(Math.max(1, ldvt));
    const info = f.int(0);
    const mx = Math.max(m, n);
    const prw = cplx
      ? f.array(rt as Work, jobz === 'N' ? 7 * k : Math.max(5 * k * k + 5 * k, 2 * mx * k + 2 * k * k + k))
      : 0;
    const q = f.array(t, 1);
    const lq = f.int(-1);
    // The workspace query reads no matrix: a is copied in once per matrix, below.
    if (cplx) call(routine, pj, pm, pn, pa, plda, ps, pu, pldu, pvt, pldvt, q, lq, prw, piw, info, 1);
    else call(routine, pj, pm, pn, pa, plda, ps, pu, pldu, pvt, pldvt, q, lq, piw, info, 1);
    checkInfo(routine, info);
    const w = workspace(f, t, q);
    const pl = f.int(w.n);
    offs.forEach((off, b) => {
      ps = addressOf(s, b * k);
      if (uv) {
        pu = addressOf(vh, b * vrows * n);
        pvt = addressOf(u, b * m * ucols);
      }
      writeMatrix(t, pa, At, off, n, m, n);
      if (cplx) call(routine, pj, pm, pn, pa, plda, ps, pu, pldu, pvt, pldvt, w.p, pl, prw, piw, info, 1);
      else call(routine, pj, pm, pn, pa, plda, ps, pu, pldu, pvt, pldvt, w.p, pl, piw, info, 1);
      checkInfo(routine, info);
    });
  });
  return uv ? { u, s, vh } : s;
}

function setIdentity(a: NDArray, base: number, r: number, c: number): void {
  const l = a.dtype === 'complex64' || a.dtype === 'complex128' ? 2 : 1;
  const d = a.data as Float64Array;
  for (let i = 0; i < Math.min(r, c); i++) d[(base + i * c + i) * l] = 1;
}

/**
 * Singular values only, descending (scipy.linalg.svdvals).
 *
 * @example
 * ```ts
 * svdvals([[3, 0], [0, 4]]).toArray(); // [4, 3]
 * ```
 */
export function svdvals(a: ArrayInput): NDArray;
export function svdvals(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'svdvals');
  return svd(a, { computeUv: false });
}

/** Result of {@link eig}. */
export interface EigResult {
  /** Eigenvalues (complex unless all are real for real input). */
  w: NDArray;
  /** Right eigenvectors as columns, normalised to unit length. */
  v: NDArray;
}

function eigImpl(op: string, a: ArrayInput, vectors: boolean): EigResult | NDArray {
  const A = asMatrixStack(a, op);
  const n = assertSquare(A, op);
  const t = workDType(op, A.dtype);
  assertFinite(A, op);
  const cplx = isComplexWork(t);
  const ct: Work = t === 'float32' || t === 'complex64' ? 'complex64' : 'complex128';
  const rt = realOf(t) as Work;
  const batch = A.shape.slice(0, -2);
  const count = batch.reduce((p, d) => p * d, 1);
  const w = newArray(ct, [...batch, n]);
  const v = newArray(ct, [...batch, n, n]);
  if (count === 0 || n === 0)
    return vectors ? { w: maybeReal(w, t, true), v: maybeReal(v, t, true) } : maybeReal(w, t, true);
  const offs = batchOffsets(A, batch, 2);
  const routine = `${prefix(t)}geev_`;
  let allReal = true;
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const pjl = f.char('N');
    const pjr = f.char(vectors ? 'V' : 'N');
    const pn = f.int(n);
    const one = f.int(1);
    const info = f.int(0);
    const pvr = f.array(t, vectors ? n * n : 1);
    const pldvr = vectors ? pn : one;
    const q = f.array(t, 1);
    const lq = f.int(-1);
    writeMatrix(t, pa, A, offs[0] as number, n, n, n);
    if (cplx) {
      const pw = f.array(t, n);
      const prw = f.array(rt, 2 * n);
      call(routine, pjl, pjr, pn, pa, pn, pw, 0, one, pvr, pldvr, q, lq, prw, info, 1, 1);
      checkInfo(routine, info);
      const ws = workspace(f, t, q);
      const pl = f.int(ws.n);
      offs.forEach((off, b) => {
        writeMatrix(t, pa, A, off, n, n, n);
        call(routine, pjl, pjr, pn, pa, pn, pw, 0, one, pvr, pldvr, ws.p, pl, prw, info, 1, 1);
        checkInfo(routine, info);
        (w.data as Float64Array).set(lanes(t, pw, 2 * n), 2 * b * n);
        if (vectors) readMatrix(t, pvr, n, n, n, v, b * n * n);
      });
      allReal = false;
      return;
    }
    const pwr = f.array(t, n);
    const pwi = f.array(t, n);
    call(routine, pjl, pjr, pn, pa, pn, pwr, pwi, 0, one, pvr, pldvr, q, lq, info, 1, 1);
    checkInfo(routine, info);
    const ws = workspace(f, t, q);
    const pl = f.int(ws.n);
    offs.forEach((off, b) => {
      writeMatrix(t, pa, A, off, n, n, n);
      call(routine, pjl, pjr, pn, pa, pn, pwr, pwi, 0, one, pvr, pldvr, ws.p, pl, info, 1, 1);
      checkInfo(routine, info);
      const wr = lanes(t, pwr, n);
      const wi = lanes(t, pwi, n);
      const wd = w.data as Float64Array;
      for (let i = 0; i < n; i++) {
        wd[2 * (b * n + i)] = wr[i] as number;
        wd[2 * (b * n + i) + 1] = wi[i] as number;
        if ((wi[i] as number) !== 0) allReal = false;
      }
      if (vectors) {
        // Real ?geev packs a complex pair (w, conj w) into columns j (real part) and j+1 (imag part).
        const vr = lanes(t, pvr, n * n);
        const vd = v.data as Float64Array;
        const base = b * n * n;
        for (let j = 0; j < n; j++) {
          if ((wi[j] as number) !== 0 && j + 1 < n) {
            for (let i = 0; i < n; i++) {
              const re = vr[i + j * n] as number;
              const im = vr[i + (j + 1) * n] as number;
              vd[2 * (base + i * n + j)] = re;
              vd[2 * (base + i * n + j) + 1] = im;
              vd[2 * (base + i * n + j + 1)] = re;
              vd[2 * (base + i * n + j + 1) + 1] = -im;
            }
            j++;
          } else {
            for (let i = 0; i < n; i++) vd[2 * (base + i * n + j)] = vr[i + j * n] as number;
          }
        }
      }
    });
  });
  if (!vectors) return maybeReal(w, t, allReal);
  return { w: maybeReal(w, t, allReal), v: maybeReal(v, t, allReal) };
}

/** NumPy returns real eigen-results for real input when every eigenvalue is real. */
function maybeReal(x: NDArray, t: Work, allReal: boolean): NDArray {
  if (isComplexWork(t) || !allReal) return x;
  const rt = realOf(t);
  const out = newArray(rt, x.shape);
  const s = x.data as Float64Array;
  const d = out.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = s[2 * i] as number;
  return out;
}

/**
 * Eigenvalues and right eigenvectors of a general square matrix (LAPACK ?geev). Values and
 * vectors are complex unless every eigenvalue of a real input is real (NumPy's rule).
 *
 * @throws {LinAlgError} Eigenvalues did not converge, or NaN/Inf input.
 * @example
 * ```ts
 * eig([[2, 0], [0, 3]]).w.toArray(); // [2, 3]
 * eig([[0, -1], [1, 0]]).w.toArray(); // [{ re: 0, im: 1 }, { re: 0, im: -1 }]
 * ```
 */
export function eig(a: ArrayInput): EigResult;
export function eig(a: ArrayInput, ...rest: unknown[]): EigResult {
  noExtra(rest, 'eig');
  return eigImpl('eig', a, true) as EigResult;
}

/**
 * Eigenvalues of a general square matrix (LAPACK ?geev without vectors).
 *
 * @example
 * ```ts
 * eigvals([[1, 2], [2, 1]]).toArray(); // [3, -1]
 * ```
 */
export function eigvals(a: ArrayInput): NDArray;
export function eigvals(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'eigvals');
  return eigImpl('eigvals', a, false) as NDArray;
}

function eighImpl(op: string, a: ArrayInput, uplo: 'L' | 'U', vectors: boolean): EigResult | NDArray {
  if (uplo !== 'L' && uplo !== 'U') throw new ValueError(`${op}: uplo must be 'L' or 'U', got ${String(uplo)}`);
  const A = asMatrixStack(a, op);
  const n = assertSquare(A, op);
  const t = workDType(op, A.dtype);
  assertFinite(A, op);
  const cplx = isComplexWork(t);
  const rt = realOf(t) as Work;
  const batch = A.shape.slice(0, -2);
  const count = batch.reduce((p, d) => p * d, 1);
  const w = newArray(rt, [...batch, n]);
  const v = newArray(t, [...batch, n, n]);
  if (count === 0 || n === 0) return vectors ? { w, v } : w;
  const offs = batchOffsets(A, batch, 2);
  const routine = `${prefix(t)}${cplx ? 'heevd_' : 'syevd_'}`;
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const pw = f.array(rt, n);
    const pj = f.char(vectors ? 'V' : 'N');
    const pu = f.char(uplo);
    const pn = f.int(n);
    const info = f.int(0);
    const q = f.array(t, 1);
    const qr = f.array(rt, 1);
    const qi = f.int(0);
    const m1 = f.int(-1);
    writeMatrix(t, pa, A, offs[0] as number, n, n, n);
    if (cplx) call(routine, pj, pu, pn, pa, pn, pw, q, m1, qr, m1, qi, m1, info, 1, 1);
    else call(routine, pj, pu, pn, pa, pn, pw, q, m1, qi, m1, info, 1, 1);
    checkInfo(routine, info);
    const ws = workspace(f, t, q);
    const lw = f.int(ws.n);
    const liw = Math.max(1, readInt(qi));
    const piw = f.bytes(4 * liw);
    const pliw = f.int(liw);
    let prw = 0;
    let plrw = 0;
    if (cplx) {
      const lrw = queriedSize(rt, qr);
      prw = f.array(rt, lrw);
      plrw = f.int(lrw);
    }
    offs.forEach((off, b) => {
      writeMatrix(t, pa, A, off, n, n, n);
      if (cplx) call(routine, pj, pu, pn, pa, pn, pw, ws.p, lw, prw, plrw, piw, pliw, info, 1, 1);
      else call(routine, pj, pu, pn, pa, pn, pw, ws.p, lw, piw, pliw, info, 1, 1);
      checkInfo(routine, info);
      (w.data as Float64Array).set(lanes(rt, pw, n), b * n);
      if (vectors) readMatrix(t, pa, n, n, n, v, b * n * n);
    });
  });
  return vectors ? { w, v } : w;
}

/**
 * Eigenvalues (ascending) and orthonormal eigenvectors of a symmetric / Hermitian matrix
 * (LAPACK ?syevd / ?heevd). Only the `uplo` triangle is read.
 *
 * @param options.uplo - 'L' (default) or 'U'.
 * @example
 * ```ts
 * eigh([[2, 1], [1, 2]]).w.toArray(); // [1, 3]
 * ```
 */
export function eigh(a: ArrayInput, uplo?: 'L' | 'U', options?: { uplo?: 'L' | 'U' }): EigResult;
export function eigh(a: ArrayInput, options?: { uplo?: 'L' | 'U' }): EigResult;
export function eigh(a: ArrayInput, ...rest: unknown[]): EigResult {
  const options = parseEigh(rest, 'eigh') as { uplo?: 'L' | 'U' };
  return eighImpl('eigh', a, options.uplo ?? 'L', true) as EigResult;
}

/**
 * Eigenvalues (ascending) of a symmetric / Hermitian matrix.
 *
 * @example
 * ```ts
 * eigvalsh([[2, 1], [1, 2]]).toArray(); // [1, 3]
 * ```
 */
export function eigvalsh(a: ArrayInput, uplo?: 'L' | 'U', options?: { uplo?: 'L' | 'U' }): NDArray;
export function eigvalsh(a: ArrayInput, options?: { uplo?: 'L' | 'U' }): NDArray;
export function eigvalsh(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseEigvalsh(rest, 'eigvalsh') as { uplo?: 'L' | 'U' };
  return eighImpl('eigvalsh', a, options.uplo ?? 'L', false) as NDArray;
}

/** Result of {@link qr}. */
export interface QRResult {
  /** Orthonormal factor (absent for mode 'r'). */
  q?: NDArray;
  /** Upper-triangular factor. */
  r: NDArray;
}

/**
 * QR decomposition `a = q @ r` (LAPACK ?geqrf then ?orgqr / ?ungqr).
 *
 * @param options.mode - 'reduced' (default: q M×K, r K×N), 'complete' (q M×M, r M×N), 'r' (r only),
 *   'raw' (`{ h, tau }`: LAPACK's packed reflectors, transposed like NumPy).
 * @example
 * ```ts
 * const { q, r } = qr([[1, 2], [3, 4]]);
 * r.shape; // [2, 2]
 * ```
 */
export function qr(
  a: ArrayInput,
  mode?: 'reduced' | 'complete' | 'r' | 'raw',
  options?: { mode?: 'reduced' | 'complete' | 'r' | 'raw' },
): QRResult & { h?: NDArray; tau?: NDArray };
export function qr(
  a: ArrayInput,
  options?: { mode?: 'reduced' | 'complete' | 'r' | 'raw' },
): QRResult & { h?: NDArray; tau?: NDArray };
export function qr(a: ArrayInput, ...rest: unknown[]): QRResult & { h?: NDArray; tau?: NDArray } {
  const options = parseQr(rest, 'qr') as { mode?: 'reduced' | 'complete' | 'r' | 'raw' };
  const mode = options.mode ?? 'reduced';
  if (!['reduced', 'complete', 'r', 'raw'].includes(mode)) {
    throw new ValueError(`qr: unrecognized mode '${mode}'; expected 'reduced', 'complete', 'r' or 'raw'`);
  }
  const A = asMatrixStack(a, 'qr');
  const t = workDType('qr', A.dtype);
  assertFinite(A, 'qr');
  const cplx = isComplexWork(t);
  const l = cplx ? 2 : 1;
  const m = A.shape[A.ndim - 2] as number;
  const n = A.shape[A.ndim - 1] as number;
  const k = Math.min(m, n);
  const batch = A.shape.slice(0, -2);
  const count = batch.reduce((p, d) => p * d, 1);
  const qcols = mode === 'complete' ? m : k;
  const rrows = mode === 'complete' ? m : k;
  const q = newArray(t, [...batch, m, qcols]);
  const r = newArray(t, [...batch, rrows, n]);
  const h = newArray(t, [...batch, n, m]);
  const tau = newArray(t, [...batch, k]);
  const result = (): QRResult & { h?: NDArray; tau?: NDArray } =>
    mode === 'r' ? { r } : mode === 'raw' ? { h, tau, r } : { q, r };
  if (count === 0) return result();
  if (k === 0) {
    for (let b = 0; b < count; b++) setIdentity(q, b * m * qcols, m, qcols);
    return result();
  }
  const offs = batchOffsets(A, batch, 2);
  const pre = prefix(t);
  withFrame((f) => {
    const ldq = m;
    const cols = Math.max(n, qcols);
    const pa = f.array(t, ldq * cols);
    const ptau = f.array(t, k);
    const pm = f.int(m);
    const pn = f.int(n);
    const pk = f.int(k);
    const pq = f.int(qcols);
    const info = f.int(0);
    const q1 = f.array(t, 1);
    const q2 = f.array(t, 1);
    const m1 = f.int(-1);
    writeMatrix(t, pa, A, offs[0] as number, m, n, m);
    call(`${pre}geqrf_`, pm, pn, pa, pm, ptau, q1, m1, info);
    checkInfo(`${pre}geqrf_`, info);
    const orgqr = `${pre}${cplx ? 'ungqr_' : 'orgqr_'}`;
    call(orgqr, pm, pq, pk, pa, pm, ptau, q2, m1, info);
    checkInfo(orgqr, info);
    const ws = f.array(t, Math.max(queriedSize(t, q1), queriedSize(t, q2)));
    const lw = f.int(Math.max(queriedSize(t, q1), queriedSize(t, q2)));
    offs.forEach((off, b) => {
      writeMatrix(t, pa, A, off, m, n, m);
      call(`${pre}geqrf_`, pm, pn, pa, pm, ptau, ws, lw, info);
      checkInfo(`${pre}geqrf_`, info);
      // r: upper triangle of the factored matrix.
      const fa = lanes(t, pa, ldq * cols * l);
      const rd = r.data as Float64Array;
      const rb = b * rrows * n;
      for (let i = 0; i < rrows; i++) {
        for (let j = i; j < n; j++) {
          if (i >= m) continue;
          for (let c = 0; c < l; c++) rd[(rb + i * n + j) * l + c] = fa[(i + j * m) * l + c] as number;
        }
      }
      if (mode === 'raw') {
        readMatrix(t, pa, m, n, m, transposeTarget(h, b, n, m), 0);
        (tau.data as Float64Array).set(lanes(t, ptau, k * l), b * k * l);
        return;
      }
      if (mode === 'r') return;
      call(orgqr, pm, pq, pk, pa, pm, ptau, ws, lw, info);
      checkInfo(orgqr, info);
      readMatrix(t, pa, m, qcols, m, q, b * m * qcols);
    });
  });
  return result();
}

/** A view helper so ?geqrf's m×n packed output lands transposed (n×m) in `h` like NumPy's raw mode. */
function transposeTarget(h: NDArray, b: number, n: number, m: number): NDArray {
  return new NDArray(h.dtype, h.data, [m, n], [1, m], b * n * m);
}

/**
 * Cholesky factor of a Hermitian positive-definite matrix (LAPACK ?potrf): `a = L @ L^H`.
 * Returns the lower factor by default like NumPy (`{ lower: false }` gives the upper, SciPy's default).
 *
 * @throws {LinAlgError} Matrix is not positive definite.
 * @example
 * ```ts
 * cholesky([[4, 2], [2, 3]]).toArray(); // [[2, 0], [1, 1.4142135623730951]]
 * ```
 */
export function cholesky(a: ArrayInput, options?: { lower?: boolean; upper?: boolean }): NDArray;
export function cholesky(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseCholesky(rest, 'cholesky') as { lower?: boolean; upper?: boolean };
  if (options.lower !== undefined && options.upper !== undefined && options.lower === options.upper) {
    throw new ValueError(`cholesky: lower=${options.lower} and upper=${options.upper} contradict each other`);
  }
  const lower = options.upper !== undefined ? !options.upper : (options.lower ?? true);
  const A = asMatrixStack(a, 'cholesky');
  const n = assertSquare(A, 'cholesky');
  const t = workDType('cholesky', A.dtype);
  assertFinite(A, 'cholesky');
  const l = isComplexWork(t) ? 2 : 1;
  const batch = A.shape.slice(0, -2);
  const out = newArray(t, A.shape);
  if (out.size === 0) return out;
  const offs = batchOffsets(A, batch, 2);
  const routine = `${prefix(t)}potrf_`;
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const pu = f.char(lower ? 'L' : 'U');
    const pn = f.int(n);
    const info = f.int(0);
    offs.forEach((off, b) => {
      writeMatrix(t, pa, A, off, n, n, n);
      call(routine, pu, pn, pa, pn, info, 1);
      checkInfo(routine, info);
      readMatrix(t, pa, n, n, n, out, b * n * n);
      const d = out.data as Float64Array;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (lower ? j > i : j < i) for (let c = 0; c < l; c++) d[(b * n * n + i * n + j) * l + c] = 0;
        }
      }
    });
  });
  return out;
}

/** Result of {@link lu}. */
export interface LUResult {
  /** Permutation matrix (M×M). */
  p: NDArray;
  /** Unit lower-trapezoidal factor (M×K). */
  l: NDArray;
  /** Upper-trapezoidal factor (K×N). */
  u: NDArray;
}

function getrf(
  op: string,
  a: ArrayInput,
): { t: Work; m: number; n: number; batch: number[]; lu: NDArray; piv: NDArray } {
  const A = asMatrixStack(a, op);
  const t = workDType(op, A.dtype);
  assertFinite(A, op);
  const m = A.shape[A.ndim - 2] as number;
  const n = A.shape[A.ndim - 1] as number;
  const k = Math.min(m, n);
  const batch = A.shape.slice(0, -2);
  const lu = newArray(t, A.shape);
  const piv = newArray('int32', [...batch, k]);
  if (lu.size === 0) return { t, m, n, batch, lu, piv };
  const offs = batchOffsets(A, batch, 2);
  const routine = `${prefix(t)}getrf_`;
  withFrame((f) => {
    const pa = f.array(t, m * n);
    const ipiv = f.bytes(4 * k);
    const pm = f.int(m);
    const pn = f.int(n);
    const info = f.int(0);
    offs.forEach((off, b) => {
      writeMatrix(t, pa, A, off, m, n, m);
      call(routine, pm, pn, pa, pm, ipiv, info);
      const r = readInt(info);
      if (r < 0) checkInfo(routine, info);
      // r > 0: exactly singular U; the factorisation is still complete (SciPy warns, not raises).
      readMatrix(t, pa, m, n, m, lu, b * m * n);
      const pv = new Int32Array(lanes(t, pa, 1).buffer, ipiv, k);
      const pd = piv.data as Int32Array;
      for (let i = 0; i < k; i++) pd[b * k + i] = (pv[i] as number) - 1;
    });
  });
  return { t, m, n, batch, lu, piv };
}

/**
 * LU decomposition with partial pivoting, SciPy's convention `a = p @ l @ u` (LAPACK ?getrf).
 *
 * @example
 * ```ts
 * const { p, l, u } = lu([[1, 2], [3, 4]]);
 * p.toArray(); // [[0, 1], [1, 0]]
 * ```
 */
export function lu(a: ArrayInput): LUResult;
export function lu(a: ArrayInput, ...rest: unknown[]): LUResult {
  noExtra(rest, 'lu');
  const { t, m, n, batch, lu: f, piv } = getrf('lu', a);
  const k = Math.min(m, n);
  const cl = isComplexWork(t) ? 2 : 1;
  const count = batch.reduce((p, d) => p * d, 1);
  const P = newArray(realOf(t), [...batch, m, m]);
  const L = newArray(t, [...batch, m, k]);
  const U = newArray(t, [...batch, k, n]);
  const fd = f.data as Float64Array;
  const pd = P.data as Float64Array;
  const ld = L.data as Float64Array;
  const ud = U.data as Float64Array;
  const pv = piv.data as Int32Array;
  for (let b = 0; b < count; b++) {
    const perm = Array.from({ length: m }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = pv[b * k + i] as number;
      [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
    }
    // Row i of p @ (l @ u) is row perm^{-1}... SciPy's p has p[perm[i], i] = 1.
    for (let i = 0; i < m; i++) pd[b * m * m + (perm[i] as number) * m + i] = 1;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const src = (b * m * n + i * n + j) * cl;
        if (j < i && j < k) for (let c = 0; c < cl; c++) ld[(b * m * k + i * k + j) * cl + c] = fd[src + c] as number;
        else if (i < k) for (let c = 0; c < cl; c++) ud[(b * k * n + i * n + j) * cl + c] = fd[src + c] as number;
      }
      if (i < k) ld[(b * m * k + i * k + i) * cl] = 1;
    }
  }
  return { p: P, l: L, u: U };
}

/**
 * LU factorisation in LAPACK's packed form for {@link luSolve} (scipy.linalg.lu_factor); `piv` is
 * 0-based: row i was interchanged with row piv[i].
 *
 * @example
 * ```ts
 * const { lu: f, piv } = luFactor([[1, 2], [3, 4]]);
 * piv.toArray(); // [1, 1]
 * ```
 */
export function luFactor(a: ArrayInput): { lu: NDArray; piv: NDArray };
export function luFactor(a: ArrayInput, ...rest: unknown[]): { lu: NDArray; piv: NDArray } {
  noExtra(rest, 'luFactor');
  const { lu: f, piv } = getrf('luFactor', a);
  return { lu: f, piv };
}
