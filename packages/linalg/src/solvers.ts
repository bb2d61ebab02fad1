/** Triangular and factored solves: solveTriangular (?trtrs), cholSolve (?potrs), luSolve (?getrs), lstsq (?gelsd). */
import { type ArrayInput, asarray, is, type NDArray, ShapeError, signature, ValueError } from '@stride/ndarray';
import {
  type Work,
  asMatrixStack,
  assertFinite,
  assertSquare,
  batchOffsets,
  batchShapeOf,
  call,
  checkInfo,
  epsOf,
  fmt,
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

const parseLstsq = signature<{ rcond?: number | null }>('lstsq', ['rcond'], { rcond: is.orNone(is.number) } as never);

const parseLuSolve = signature<{ trans?: 0 | 1 | 2 }>('luSolve', ['trans'], { trans: is.any } as never);

const parseCholSolve = signature<{ lower?: boolean }>('cholSolve', [], { lower: is.boolean } as never);

const parseSolveTriangular = signature<{
  lower?: boolean;
  trans?: 0 | 1 | 2 | 'N' | 'T' | 'C';
  unitDiagonal?: boolean;
}>('solveTriangular', ['trans', 'lower', 'unitDiagonal'], {
  trans: is.any,
  lower: is.boolean,
  unitDiagonal: is.boolean,
} as never);

/** Normalises b to a stack of (n, k) matrices; remembers whether it was a vector. */
function rhs(
  op: string,
  b: ArrayInput,
  n: number,
  aShape: readonly number[],
): { B: NDArray; vector: boolean; k: number; shape: readonly number[] } {
  const B0 = asarray(b);
  const vector = B0.ndim === 1;
  const B = vector ? B0.view([B0.shape[0] as number, 1], [B0.strides[0] as number, 0], B0.offset) : B0;
  if (B.ndim < 2 || (B.shape[B.ndim - 2] as number) !== n) {
    throw new ShapeError(
      `${op}: b has shape ${fmt(B0.shape)}, expected [${n}] or [..., ${n}, k] to match a of shape ${fmt(aShape)}`,
    );
  }
  return { B, vector, k: B.shape[B.ndim - 1] as number, shape: B0.shape };
}

type Solver = (t: Work, pa: number, pn: number, pb: number, pk: number, info: number) => void;

function factoredSolve(
  op: string,
  a: NDArray,
  b: ArrayInput,
  routine: (t: Work) => string,
  extraDTypes: NDArray[],
  solve: Solver,
): NDArray {
  const n = assertSquare(a, op);
  const { B, vector, k } = rhs(op, b, n, a.shape);
  const t = workDType(op, a.dtype, B.dtype, ...extraDTypes.map((x) => x.dtype));
  assertFinite(a, op);
  assertFinite(B, op);
  const batch = vector ? a.shape.slice(0, -2) : batchShapeOf(op, [a, 2], [B, 2]);
  const out = newArray(t, vector ? [...batch, n] : [...batch, n, k]);
  if (out.size === 0 || n === 0) return out;
  const offA = batchOffsets(a, batch, 2);
  const offB = batchOffsets(B, batch, 2);
  withFrame((f) => {
    const pa = f.array(t, n * n);
    const pb = f.array(t, n * k);
    const pn = f.int(n);
    const pk = f.int(k);
    const info = f.int(0);
    offA.forEach((oa, i) => {
      writeMatrix(t, pa, a, oa, n, n, n);
      writeMatrix(t, pb, B, offB[i] as number, n, k, n);
      solve(t, pa, pn, pb, pk, info);
      checkInfo(routine(t), info);
      readMatrix(t, pb, n, k, n, out, i * n * k);
    });
  });
  return out;
}

/**
 * Solves `a x = b` for triangular `a` (LAPACK ?trtrs), SciPy's solve_triangular.
 *
 * @param options.lower - use the lower triangle (default false, like SciPy).
 * @param options.trans - 0/'N' (a x = b), 1/'T' (a^T x = b), 2/'C' (a^H x = b).
 * @param options.unitDiagonal - assume ones on the diagonal.
 * @throws {LinAlgError} Singular matrix (a zero on the diagonal).
 * @example
 * ```ts
 * solveTriangular([[2, 0], [1, 1]], [2, 3], { lower: true }).toArray(); // [1, 2]
 * ```
 */
export function solveTriangular(
  a: ArrayInput,
  b: ArrayInput,
  trans?: 0 | 1 | 2 | 'N' | 'T' | 'C',
  lower?: boolean,
  unitDiagonal?: boolean,
  options?: { lower?: boolean; trans?: 0 | 1 | 2 | 'N' | 'T' | 'C'; unitDiagonal?: boolean },
): NDArray;
export function solveTriangular(
  a: ArrayInput,
  b: ArrayInput,
  options?: { lower?: boolean; trans?: 0 | 1 | 2 | 'N' | 'T' | 'C'; unitDiagonal?: boolean },
): NDArray;
export function solveTriangular(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseSolveTriangular(rest, 'solveTriangular') as {
    lower?: boolean;
    trans?: 0 | 1 | 2 | 'N' | 'T' | 'C';
    unitDiagonal?: boolean;
  };
  const A = asMatrixStack(a, 'solveTriangular');
  const tr = options.trans ?? 0;
  const trans = tr === 0 || tr === 'N' ? 'N' : tr === 1 || tr === 'T' ? 'T' : tr === 2 || tr === 'C' ? 'C' : null;
  if (trans === null)
    throw new ValueError(`solveTriangular: trans must be 0, 1, 2, 'N', 'T' or 'C', got ${String(tr)}`);
  const uplo = options.lower ? 'L' : 'U';
  const diag = options.unitDiagonal ? 'U' : 'N';
  return withFrame((f) => {
    const pu = f.char(uplo);
    const ptr = f.char(trans);
    const pd = f.char(diag);
    return factoredSolve(
      'solveTriangular',
      A,
      b,
      (t) => `${prefix(t)}trtrs_`,
      [],
      (t, pa, pn, pb, pk, info) => call(`${prefix(t)}trtrs_`, pu, ptr, pd, pn, pk, pa, pn, pb, pn, info, 1, 1, 1),
    );
  });
}

/**
 * Solves `a x = b` given the Cholesky factor `c` of `a` (LAPACK ?potrs), SciPy's cho_solve.
 * Accepts `(c, b, { lower })` or SciPy's `([c, lower], b)`.
 *
 * @param options.lower - whether `c` is the lower factor (default true, matching `cholesky`).
 * @example
 * ```ts
 * const c = cholesky([[4, 2], [2, 3]]);
 * cholSolve(c, [2, 1]).toArray(); // [0.5, 0]
 * ```
 */
export function cholSolve(c: ArrayInput | [ArrayInput, boolean], b: ArrayInput, options?: { lower?: boolean }): NDArray;
export function cholSolve(c: ArrayInput | [ArrayInput, boolean], b: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseCholSolve(rest, 'cholSolve') as { lower?: boolean };
  let lower = options.lower ?? true;
  let factor: ArrayInput = c as ArrayInput;
  if (Array.isArray(c) && c.length === 2 && typeof c[1] === 'boolean') {
    factor = c[0] as ArrayInput;
    lower = c[1];
  }
  const C = asMatrixStack(factor, 'cholSolve', 'c');
  return withFrame((f) => {
    const pu = f.char(lower ? 'L' : 'U');
    return factoredSolve(
      'cholSolve',
      C,
      b,
      (t) => `${prefix(t)}potrs_`,
      [],
      (t, pa, pn, pb, pk, info) => call(`${prefix(t)}potrs_`, pu, pn, pk, pa, pn, pb, pn, info, 1),
    );
  });
}

/**
 * Solves `a x = b` from {@link luFactor}'s output (LAPACK ?getrs), SciPy's lu_solve.
 *
 * @param factors - `{ lu, piv }` (or `[lu, piv]`), piv 0-based.
 * @param options.trans - 0 (a x = b), 1 (a^T x = b), 2 (a^H x = b).
 * @example
 * ```ts
 * luSolve(luFactor([[3, 1], [1, 2]]), [9, 8]).toArray(); // [2, 3]
 * ```
 */
export function luSolve(
  factors: { lu: ArrayInput; piv: ArrayInput } | [ArrayInput, ArrayInput],
  b: ArrayInput,
  trans?: 0 | 1 | 2,
  options?: { trans?: 0 | 1 | 2 },
): NDArray;
export function luSolve(
  factors: { lu: ArrayInput; piv: ArrayInput } | [ArrayInput, ArrayInput],
  b: ArrayInput,
  options?: { trans?: 0 | 1 | 2 },
): NDArray;
export function luSolve(
  factors: { lu: ArrayInput; piv: ArrayInput } | [ArrayInput, ArrayInput],
  b: ArrayInput,
  ...rest: unknown[]
): NDArray {
  const options = parseLuSolve(rest, 'luSolve') as { trans?: 0 | 1 | 2 };
  const [luIn, pivIn] = Array.isArray(factors) ? factors : [factors.lu, factors.piv];
  const LU = asMatrixStack(luIn, 'luSolve', 'lu');
  const piv = asarray(pivIn);
  const n = assertSquare(LU, 'luSolve', 'lu');
  if (piv.shape[piv.ndim - 1] !== n) {
    throw new ShapeError(
      `luSolve: piv has shape ${fmt(piv.shape)}, expected [${n}] to match lu of shape ${fmt(LU.shape)}`,
    );
  }
  const trans = options.trans ?? 0;
  if (trans !== 0 && trans !== 1 && trans !== 2)
    throw new ValueError(`luSolve: trans must be 0, 1 or 2, got ${String(trans)}`);
  const pivOffs = batchOffsets(piv, LU.shape.slice(0, -2), 1);
  let batchIndex = 0;
  return withFrame((f) => {
    const ptr = f.char('NTC'[trans] as string);
    const ipiv = f.bytes(4 * Math.max(1, n));
    return factoredSolve(
      'luSolve',
      LU,
      b,
      (t) => `${prefix(t)}getrs_`,
      [],
      (t, pa, pn, pb, pk, info) => {
        const base = pivOffs[batchIndex % Math.max(1, pivOffs.length)] as number;
        batchIndex++;
        const iv = new Int32Array(lanes(t, pa, 1).buffer, ipiv, n);
        for (let i = 0; i < n; i++) {
          const v = Number(piv.data[base + i * (piv.strides[piv.ndim - 1] as number)]);
          if (!Number.isInteger(v) || v < 0 || v >= n)
            throw new ValueError(`luSolve: piv[${i}] = ${v} is not a row index in [0, ${n})`);
          iv[i] = v + 1;
        }
        call(`${prefix(t)}getrs_`, ptr, pn, pk, pa, pn, ipiv, pb, pn, info, 1);
      },
    );
  });
}

/** Result of {@link lstsq}. */
export interface LstsqResult {
  /** Least-squares solution, (N,) or (N, K). */
  x: NDArray;
  /** Sums of squared residuals per column; empty unless rank = N < M. */
  residuals: NDArray;
  /** Effective rank of a. */
  rank: number;
  /** Singular values of a, descending. */
  s: NDArray;
}

/**
 * Least-squares solution of `a x ≈ b` (LAPACK ?gelsd, SVD-based, handles rank deficiency).
 *
 * @param options.rcond - relative cutoff for small singular values (default `eps * max(M, N)`, NumPy 2).
 * @example
 * ```ts
 * const { x, rank } = lstsq([[1, 0], [1, 1], [1, 2]], [1, 2, 3.1]);
 * rank; // 2
 * ```
 */
export function lstsq(
  a: ArrayInput,
  b: ArrayInput,
  rcond?: number | null,
  options?: { rcond?: number | null },
): LstsqResult;
export function lstsq(a: ArrayInput, b: ArrayInput, options?: { rcond?: number | null }): LstsqResult;
export function lstsq(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): LstsqResult {
  const options = parseLstsq(rest, 'lstsq') as { rcond?: number | null };
  const A = asarray(a);
  if (A.ndim !== 2) throw new ShapeError(`lstsq: a must be 2-dimensional, got shape ${fmt(A.shape)}`);
  const m = A.shape[0] as number;
  const n = A.shape[1] as number;
  const B0 = asarray(b);
  const vector = B0.ndim === 1;
  if ((B0.ndim !== 1 && B0.ndim !== 2) || (B0.shape[0] as number) !== m) {
    throw new ShapeError(
      `lstsq: b has shape ${fmt(B0.shape)}, expected [${m}] or [${m}, k] to match a of shape ${fmt(A.shape)}`,
    );
  }
  const B = vector ? B0.view([m, 1], [B0.strides[0] as number, 0], B0.offset) : B0;
  const k = B.shape[1] as number;
  const t = workDType('lstsq', A.dtype, B.dtype);
  assertFinite(A, 'lstsq');
  assertFinite(B, 'lstsq');
  const rt = realOf(t) as Work;
  const cplx = isComplexWork(t);
  const l = cplx ? 2 : 1;
  const mn = Math.min(m, n);
  const rcond = options.rcond ?? epsOf(t) * Math.max(m, n);
  const x = newArray(t, vector ? [n] : [n, k]);
  const s = newArray(rt, [mn]);
  let rank = 0;
  let residuals = newArray(rt, [0]);
  if (m === 0 || n === 0 || k === 0) {
    if (n === 0 && m > 0 && k > 0) {
      residuals = newArray(rt, [k]);
      const rd = residuals.data as Float64Array;
      const bd = B.data as Float64Array;
      for (let j = 0; j < k; j++) {
        let acc = 0;
        for (let i = 0; i < m; i++) {
          const idx = B.offset + i * (B.strides[0] as number) + j * (B.strides[1] as number);
          for (let c = 0; c < (B.dtype.startsWith('complex') ? 2 : 1); c++) {
            const v = Number(bd[(B.dtype.startsWith('complex') ? 2 : 1) * idx + c]);
            acc += v * v;
          }
        }
        rd[j] = acc;
      }
    }
    return { x, residuals, rank, s };
  }
  const ldb = Math.max(m, n);
  withFrame((f) => {
    const pa = f.array(t, m * n);
    const pb = f.array(t, ldb * k);
    const ps = f.array(rt, mn);
    const prc = f.scalar(rt, rcond);
    const prank = f.int(0);
    const pm = f.int(m);
    const pn = f.int(n);
    const pk = f.int(k);
    const pldb = f.int(ldb);
    const info = f.int(0);
    const q = f.array(t, 1);
    const qr = f.array(rt, 1);
    const qi = f.int(0);
    const m1 = f.int(-1);
    writeMatrix(t, pa, A, A.offset, m, n, m);
    lanes(t, pb, ldb * k * l).fill(0);
    writeMatrix(t, pb, B, B.offset, m, k, ldb);
    const routine = `${prefix(t)}gelsd_`;
    if (cplx) call(routine, pm, pn, pk, pa, pm, pb, pldb, ps, prc, prank, q, m1, qr, qi, info);
    else call(routine, pm, pn, pk, pa, pm, pb, pldb, ps, prc, prank, q, m1, qi, info);
    checkInfo(routine, info);
    const lw = queriedSize(t, q);
    const pw = f.array(t, lw);
    const plw = f.int(lw);
    const liw = Math.max(1, readInt(qi));
    const piw = f.bytes(4 * liw);
    if (cplx) {
      const lrw = queriedSize(rt, qr);
      const prw = f.array(rt, lrw);
      call(routine, pm, pn, pk, pa, pm, pb, pldb, ps, prc, prank, pw, plw, prw, piw, info);
    } else call(routine, pm, pn, pk, pa, pm, pb, pldb, ps, prc, prank, pw, plw, piw, info);
    checkInfo(routine, info);
    rank = readInt(prank);
    (s.data as Float64Array).set(lanes(rt, ps, mn));
    readMatrix(t, pb, n, k, ldb, x, 0);
    if (rank === n && m > n) {
      residuals = newArray(rt, [k]);
      const bb = lanes(t, pb, ldb * k * l);
      const rd = residuals.data as Float64Array;
      for (let j = 0; j < k; j++) {
        let acc = 0;
        for (let i = n; i < m; i++) for (let c = 0; c < l; c++) acc += (bb[(i + j * ldb) * l + c] as number) ** 2;
        rd[j] = acc;
      }
    }
  });
  return { x, residuals, rank, s };
}
