/** lobpcg: Knyazev's locally optimal block preconditioned conjugate gradient eigensolver. */
import { type ArrayInput, asarray, is, type NDArray, ShapeError, signature, ValueError } from '@stride/ndarray';
import { dot, orthogonalize } from '../iterative/vec.js';
import {
  aslinearoperator,
  fromKernels,
  type Kernel,
  type LinearOperator,
  type OperatorInput,
  rawOf,
  wrapRaw,
} from '../operator.js';
import { columns, normalizeSign } from './common.js';
import type { EigenResult } from './eigsh.js';
import { smallEigh } from './dense.js';

/** Keyword arguments of {@link lobpcg} (SciPy's names, camelCase). */
export interface LobpcgOptions {
  /** Symmetric positive definite B of A x = λ B x (default the identity). */
  B?: OperatorInput | null;
  /** Symmetric positive definite preconditioner M ≈ A⁻¹ (default none). */
  M?: OperatorInput | null;
  /** N×c constraints: the iterates stay B-orthogonal to Y's columns. */
  Y?: ArrayInput | null;
  /** Residual-norm tolerance (default √ε·N). */
  tol?: number | null;
  /** Iteration cap (default 20). */
  maxiter?: number | null;
  /** Largest (default) or smallest eigenvalues. */
  largest?: boolean;
}

const parseLobpcg = signature<LobpcgOptions>('lobpcg', ['B', 'M', 'Y', 'tol', 'maxiter', 'largest'], {
  B: is.any,
  M: is.any,
  Y: is.nullable(is.arrayLike),
  tol: is.orNone(is.number),
  maxiter: is.orNone(is.positiveInt),
  largest: is.boolean,
} as never);

/** Columns of an N×c array as raw vectors. */
function columnsOf(fn: string, name: string, a: ArrayInput, n: number): Float64Array[] {
  const x = asarray(a);
  const X = x.ndim === 1 ? x.reshape([x.shape[0]!, 1]) : x;
  if (X.ndim !== 2 || X.shape[0] !== n) {
    throw new ShapeError(`${fn}: ${name} has shape [${x.shape.join(', ')}], expected [${n}, k]`);
  }
  const c = X.shape[1]!;
  const raw = rawOf(X, 'float64');
  return Array.from({ length: c }, (_, j) => Float64Array.from({ length: n }, (_, i) => raw[i * c + j]!));
}

/**
 * The k = X.shape[1] largest (or smallest) eigenpairs of a real symmetric or complex Hermitian A
 * (complex: solved on its real symmetric form with the block [X, iX]; eigenvectors complex, each
 * with its largest entry real positive), optionally of the
 * generalised problem A x = λ B x, by LOBPCG (SciPy's `scipy.sparse.linalg.lobpcg`): a
 * Rayleigh–Ritz step on [X, W = M R, P] per iteration, the basis B-orthonormalised by repeated
 * Gram–Schmidt (columns that lose their independence are dropped), converged columns kept but
 * no longer expanded (soft locking).
 *
 * As in SciPy, reaching `maxiter` is not an error: the current approximations are returned.
 * Eigenvalues come largest first for `largest`, else smallest first; eigenvectors B-orthonormal
 * with their largest-|entry| positive.
 *
 * @param X - N×k initial block (its column count is the number of eigenpairs).
 * @returns `{ w, v }`.
 * @throws {ShapeError} when X, Y, B or M do not match A.
 * @example
 * ```ts
 * const A = [[4, 1, 0, 0], [1, 3, 0, 0], [0, 0, 2, 0], [0, 0, 0, 1]];
 * lobpcg(A, [[1], [0], [0], [0]], { tol: 1e-10 }).w.toArray(); // [4.61803398874989]
 * ```
 */
export function lobpcg(
  A: OperatorInput,
  X: ArrayInput,
  B?: OperatorInput | null,
  M?: OperatorInput | null,
  Y?: ArrayInput | null,
  tol?: number | null,
  maxiter?: number | null,
  largest?: boolean,
  options?: LobpcgOptions,
): EigenResult;
export function lobpcg(A: OperatorInput, X: ArrayInput, options?: LobpcgOptions): EigenResult;
export function lobpcg(A: OperatorInput, X: ArrayInput, ...rest: unknown[]): EigenResult {
  const o = parseLobpcg(rest);
  const op = aslinearoperator(A);
  const n = op.shape[0];
  if (op.shape[1] !== n) throw new ShapeError(`lobpcg: A must be square, got shape [${op.shape.join(', ')}]`);
  const isC = (v: unknown): boolean =>
    v !== undefined && v !== null && aslinearoperator(v as OperatorInput).dtype === 'complex128';
  const xC = asarray(X).dtype;
  if (op.dtype === 'complex128' || isC(o.B) || isC(o.M) || xC === 'complex128' || xC === 'complex64') {
    return complexLobpcg(op, X, o, n);
  }
  const sq = (name: string, M: OperatorInput | null | undefined): Kernel | null => {
    if (M === undefined || M === null) return null;
    const m = aslinearoperator(M);
    if (m.shape[0] !== n || m.shape[1] !== n)
      throw new ShapeError(`lobpcg: ${name} has shape [${m.shape.join(', ')}], expected [${n}, ${n}]`);
    return m.kernel;
  };
  const Bk = sq('B', o.B as OperatorInput | null | undefined);
  const Mk = sq('M', o.M as OperatorInput | null | undefined);
  const Ak = op.kernel;
  const largest = o.largest ?? true;
  const maxiter = o.maxiter ?? 20;
  const tol = o.tol ?? Math.sqrt(Number.EPSILON) * n;
  let Xc = columnsOf('lobpcg', 'X', X, n);
  const k = Xc.length;
  if (k === 0) throw new ValueError('lobpcg: X must have at least one column');
  // Constraints: a B-orthonormal basis of span(Y).
  const Yc: Float64Array[] = [];
  const BYc: Float64Array[] = [];
  const coef = new Float64Array(n + 8);
  if (o.Y !== undefined && o.Y !== null) {
    for (const y of columnsOf('lobpcg', 'Y', o.Y, n)) addColumn(y, Bk, Yc, BYc, coef, n);
  }
  if (Yc.length + k > n)
    throw new ValueError(`lobpcg: X (${k} columns) and Y (${Yc.length}) exceed the dimension N=${n}`);
  const applyB = (x: Float64Array): Float64Array => {
    if (Bk === null) return x.slice();
    const z = new Float64Array(n);
    Bk(x, z);
    return z;
  };
  let P: Float64Array[] = [];
  let theta: Float64Array = new Float64Array(k);
  let active = Array.from({ length: k }, () => true);
  for (let it = 0; it <= maxiter; it++) {
    // Basis S = [X, W, P], B-orthonormal and B-orthogonal to Y.
    const S: Float64Array[] = [...Yc];
    const BS: Float64Array[] = [...BYc];
    const base = S.length;
    for (const x of Xc) addColumn(x, Bk, S, BS, coef, n);
    const kx = S.length - base;
    if (it > 0) {
      const W: Float64Array[] = [];
      Xc.forEach((x, j) => {
        if (!active[j]) return;
        const ax = new Float64Array(n);
        Ak(x, ax);
        const bx = applyB(x);
        const r = new Float64Array(n);
        for (let i = 0; i < n; i++) r[i] = ax[i]! - theta[j]! * bx[i]!;
        if (Mk === null) W.push(r);
        else {
          const z = new Float64Array(n);
          Mk(r, z);
          W.push(z);
        }
      });
      for (const w of W) addColumn(w, Bk, S, BS, coef, n);
      for (const p of P) addColumn(p, Bk, S, BS, coef, n);
    }
    const basis = S.slice(base);
    const q = basis.length;
    const AS = basis.map((s) => {
      const t = new Float64Array(n);
      Ak(s, t);
      return t;
    });
    const G = new Float64Array(q * q);
    for (let i = 0; i < q; i++) {
      for (let j = i; j < q; j++) {
        const g = dot(n, basis[i]!, AS[j]!);
        G[i * q + j] = g;
        G[j * q + i] = g;
      }
    }
    const { w: ev, y: C } = smallEigh(G, q);
    const pick = Array.from({ length: k }, (_, r) => (largest ? q - 1 - r : r));
    const nextX = pick.map((c) => combineCols(basis, q, n, (j) => C[j * q + c]!));
    const nextAX = pick.map((c) => combineCols(AS, q, n, (j) => C[j * q + c]!));
    // P: the part of the new X outside the old X (the conjugate directions).
    P = pick.map((c) => combineCols(basis, q, n, (j) => (j < kx ? 0 : C[j * q + c]!)));
    theta = Float64Array.from(pick, (c) => ev[c]!);
    Xc = nextX;
    // Residual norms decide which columns keep expanding.
    active = Xc.map((x, j) => {
      const bx = applyB(x);
      let s = 0;
      for (let i = 0; i < n; i++) {
        const r = nextAX[j]![i]! - theta[j]! * bx[i]!;
        s += r * r;
      }
      return Math.sqrt(s) > tol;
    });
    if (!active.some((a) => a)) break;
  }
  for (const x of Xc) normalizeSign(x, false);
  return { w: wrapRaw(theta, 'float64', [k]), v: columns(Xc, n, 'float64') };
}

/** Appends w to the B-orthonormal set (S, BS) unless it is (numerically) in their span. */
function addColumn(
  w0: Float64Array,
  Bk: Kernel | null,
  S: Float64Array[],
  BS: Float64Array[],
  coef: Float64Array,
  n: number,
): void {
  const w = w0.slice();
  let z: Float64Array | null = null;
  if (Bk !== null) {
    z = new Float64Array(n);
    Bk(w, z);
  }
  const before = z === null ? Math.sqrt(dot(n, w, w)) : Math.sqrt(Math.max(dot(n, w, z), 0));
  if (!(before > 0)) return;
  let after = orthogonalize(n, false, S, Bk === null ? null : BS, S.length, w, z, null, coef);
  if (after < 1e-10 * before) return;
  // One more pass: a column that lost most of its norm needs it to be orthogonal to working precision.
  after = orthogonalize(n, false, S, Bk === null ? null : BS, S.length, w, z, null, coef);
  if (!(after > 0)) return;
  for (let i = 0; i < n; i++) w[i]! /= after;
  if (z !== null) for (let i = 0; i < n; i++) z[i]! /= after;
  S.push(w);
  BS.push(z ?? w);
}

function combineCols(V: Float64Array[], q: number, n: number, c: (j: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let j = 0; j < q; j++) {
    const cj = c(j);
    if (cj === 0) continue;
    const v = V[j]!;
    for (let i = 0; i < n; i++) out[i]! += cj * v[i]!;
  }
  return out;
}

/** The real form (interleaved, order 2n) of an operator: its complex kernel on raw storage. */
function realForm(M: OperatorInput, n: number): LinearOperator {
  const c = aslinearoperator(M).promote('complex128');
  return fromKernels([2 * n, 2 * n], 'float64', c.kernel, c.adjointKernel);
}

/** N×c complex columns as the 2N×2c real-form block [x̃_j, (i x_j)~] (a basis closed under i). */
function realFormBlock(a: ArrayInput, n: number, name: string): NDArray {
  const x = asarray(a);
  const X = x.ndim === 1 ? x.reshape([x.shape[0]!, 1]) : x;
  if (X.ndim !== 2 || X.shape[0] !== n) {
    throw new ShapeError(`lobpcg: ${name} has shape [${x.shape.join(', ')}], expected [${n}, k]`);
  }
  const c = X.shape[1]!;
  const raw = rawOf(X, 'complex128');
  const out = new Float64Array(2 * n * 2 * c);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < c; j++) {
      const re = raw[2 * (i * c + j)]!;
      const im = raw[2 * (i * c + j) + 1]!;
      // row 2i (real part) and 2i + 1 (imaginary part) of columns 2j (x) and 2j + 1 (i·x)
      out[2 * i * 2 * c + 2 * j] = re;
      out[(2 * i + 1) * 2 * c + 2 * j] = im;
      out[2 * i * 2 * c + 2 * j + 1] = -im;
      out[(2 * i + 1) * 2 * c + 2 * j + 1] = re;
    }
  }
  return wrapRaw(out, 'float64', [2 * n, 2 * c]);
}

/**
 * LOBPCG for a complex Hermitian problem, run on its real form: each eigenvalue of A is a double
 * eigenvalue of the real symmetric form, whose eigenvectors are the real forms of v and i·v. The
 * block [X, iX] spans both, the pairs come out together, and any real eigenvector of the pair is
 * a complex eigenvector of A (a unit complex multiple of v).
 */
function complexLobpcg(op: LinearOperator, X: ArrayInput, o: LobpcgOptions, n: number): EigenResult {
  const k = asarray(X).ndim === 1 ? 1 : (asarray(X).shape[1] as number);
  const r = lobpcg(realForm(op, n), realFormBlock(X, n, 'X'), {
    B: o.B === undefined || o.B === null ? null : realForm(o.B, n),
    M: o.M === undefined || o.M === null ? null : realForm(o.M, n),
    Y: o.Y === undefined || o.Y === null ? null : realFormBlock(o.Y, n, 'Y'),
    tol: o.tol ?? Math.sqrt(Number.EPSILON) * n,
    maxiter: o.maxiter ?? 20,
    largest: o.largest ?? true,
  });
  const w2 = rawOf(r.w, 'float64');
  const v2 = rawOf(r.v, 'float64');
  const cols = 2 * k;
  const w = new Float64Array(k);
  const vecs: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    w[j] = w2[2 * j]!;
    const v = new Float64Array(2 * n);
    for (let i = 0; i < 2 * n; i++) v[i] = v2[i * cols + 2 * j]!;
    normalizeSign(v, true);
    vecs.push(v);
  }
  return { w: wrapRaw(w, 'float64', [k]), v: columns(vecs, n, 'complex128') };
}
