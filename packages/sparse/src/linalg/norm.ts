/** norm: matrix and vector norms of a sparse matrix without densifying it. */
import { is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { isSparse, type SparseMatrix } from '../formats/matrix.js';
import { svds } from './eigen/svds.js';
import { rawOf, wrapRaw } from './operator.js';

/** An order of {@link norm}: `'fro'`, ±1, ±2, ±Infinity, or (with an axis) any number p. */
export type NormOrder = 'fro' | number | null;

const parseNorm = signature<{ ord?: NormOrder; axis?: number | null }>('norm', ['ord', 'axis'], {
  ord: is.nullable(is.or(is.choice('fro'), is.number)),
  axis: is.nullable(is.int),
} as never);

/** |entries| of a CSR matrix as a Float64Array (complex: modulus). */
function moduli(data: NDArray): Float64Array {
  if (data.dtype === 'complex128' || data.dtype === 'complex64') {
    const c = rawOf(data, 'complex128');
    return Float64Array.from({ length: c.length / 2 }, (_, i) => Math.hypot(c[2 * i]!, c[2 * i + 1]!));
  }
  return Float64Array.from(rawOf(data, 'float64'), Math.abs);
}

/** Sums of |entries| (or p-th powers) along rows (axis 1) or columns (axis 0). */
function lineReduce(
  A: SparseMatrix,
  axis: 0 | 1,
  f: (a: number) => number,
  init: number,
  combine: (s: number, v: number) => number,
): Float64Array {
  const csr = A.tocsr();
  const [m, n] = A.shape;
  const abs = moduli(csr.data);
  const ind = rawOf(csr.indices, 'float64');
  const ptr = rawOf(csr.indptr, 'float64');
  const out = new Float64Array(axis === 1 ? m : n).fill(init);
  const count = new Float64Array(out.length);
  for (let i = 0; i < m; i++) {
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const j = axis === 1 ? i : ind[k]!;
      out[j] = combine(out[j]!, f(abs[k]!));
      count[j]!++;
    }
  }
  // Lines with implicit zeros also see the value 0 (it matters for min and max).
  const full = axis === 1 ? n : m;
  for (let j = 0; j < out.length; j++) if (count[j]! < full) out[j] = combine(out[j]!, f(0));
  return out;
}

/**
 * A norm of a sparse matrix (SciPy's `scipy.sparse.linalg.norm`): with no axis a matrix norm —
 * `'fro'` (default) Frobenius, `Infinity`/`-Infinity` the largest/smallest absolute row sum,
 * `1`/`-1` the largest/smallest absolute column sum, `2` the largest singular value (by
 * {@link svds}) — and with `axis` 0 or 1 vector norms of the columns or rows (`ord` any p,
 * `Infinity`, `-Infinity`, `0` the count of nonzeros; default 2).
 *
 * @throws {ValueError} for an order SciPy does not define for sparse matrices (e.g. −2, 'nuc').
 * @example
 * ```ts
 * const A = csrMatrix([[1, -2], [0, 3]]);
 * norm(A); // 3.74165738677394
 * norm(A, 1); // 5
 * norm(A, Infinity, 1).toArray(); // [2, 3]
 * ```
 */
export function norm(x: SparseMatrix, ord?: NormOrder, axis?: null, options?: { ord?: NormOrder; axis?: null }): number;
export function norm(
  x: SparseMatrix,
  ord: NormOrder | undefined,
  axis: number,
  options?: { ord?: NormOrder; axis?: number },
): NDArray;
export function norm(x: SparseMatrix, options: { ord?: NormOrder; axis: number }): NDArray;
export function norm(x: SparseMatrix, options?: { ord?: NormOrder; axis?: null }): number;
export function norm(x: SparseMatrix, ...rest: unknown[]): number | NDArray;
export function norm(x: SparseMatrix, ...rest: unknown[]): number | NDArray {
  if (!isSparse(x)) throw new ValueError('norm: x must be a sparse matrix (use linalg.norm for dense arrays)');
  const { ord = null, axis = null } = parseNorm(rest);
  if (axis !== null) {
    if (axis < -2 || axis > 1) throw new ValueError(`norm: axis ${axis} is out of bounds for a 2-D matrix`);
    const ax = (axis < 0 ? axis + 2 : axis) === 0 ? 0 : 1;
    const p = ord === null || ord === 'fro' ? 2 : ord;
    let v: Float64Array;
    if (p === Number.POSITIVE_INFINITY)
      v = lineReduce(
        x,
        ax,
        (a) => a,
        0,
        (s, t) => Math.max(s, t),
      );
    else if (p === Number.NEGATIVE_INFINITY)
      v = lineReduce(
        x,
        ax,
        (a) => a,
        Number.POSITIVE_INFINITY,
        (s, t) => Math.min(s, t),
      );
    else if (p === 0)
      v = lineReduce(
        x,
        ax,
        (a) => (a !== 0 ? 1 : 0),
        0,
        (s, t) => s + t,
      );
    else {
      v = lineReduce(
        x,
        ax,
        (a) => a ** p,
        0,
        (s, t) => s + t,
      );
      for (let i = 0; i < v.length; i++) v[i] = v[i]! ** (1 / p);
    }
    return wrapRaw(v, 'float64', [v.length]);
  }
  if (ord === null || ord === 'fro') {
    const abs = moduli(x.tocsr().data);
    let scale = 0;
    for (const a of abs) scale = Math.max(scale, a);
    if (scale === 0 || !Number.isFinite(scale)) return scale;
    let s = 0;
    for (const a of abs) s += (a / scale) ** 2;
    return scale * Math.sqrt(s);
  }
  const reduceAll = (vals: Float64Array, f: (a: number, b: number) => number, init: number): number =>
    vals.reduce((acc, v) => f(acc, v), init);
  const sum = (s: number, t: number): number => s + t;
  if (ord === Number.POSITIVE_INFINITY)
    return reduceAll(
      lineReduce(x, 1, (a) => a, 0, sum),
      Math.max,
      0,
    );
  if (ord === Number.NEGATIVE_INFINITY)
    return reduceAll(
      lineReduce(x, 1, (a) => a, 0, sum),
      Math.min,
      Number.POSITIVE_INFINITY,
    );
  if (ord === 1)
    return reduceAll(
      lineReduce(x, 0, (a) => a, 0, sum),
      Math.max,
      0,
    );
  if (ord === -1)
    return reduceAll(
      lineReduce(x, 0, (a) => a, 0, sum),
      Math.min,
      Number.POSITIVE_INFINITY,
    );
  if (ord === 2) {
    const [m, n] = x.shape;
    if (Math.min(m, n) <= 1) return norm(x);
    return Number(svds(x, { k: 1, returnSingularVectors: false }).get(0));
  }
  throw new ValueError(
    `norm: invalid norm order ${String(ord)} for a sparse matrix ('fro', 1, -1, 2, Infinity, -Infinity)`,
  );
}
