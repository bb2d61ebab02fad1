/** `laplacian`: the graph Laplacian L = D − A (or its symmetric normalisation) of an adjacency matrix. */
import { type NDArray, NDArray as NDArrayClass, is, signature } from '@stride/ndarray';
import { type SparseMatrix, CsrMatrix, isSparse } from '../formats/matrix.js';
import { type GraphInput, toGraph } from './graph.js';

/** Options of {@link laplacian}. */
export interface LaplacianOptions {
  /** Normalise: L = I − D^(−1/2) A D^(−1/2) (default false). */
  normed?: boolean;
  /** Also return the degrees (`diag`, or their square roots when normed). */
  returnDiag?: boolean;
  /** Use out-degrees (row sums) instead of in-degrees (column sums, SciPy's default). */
  useOutDegree?: boolean;
}

const parse = signature<LaplacianOptions>('laplacian', ['normed', 'returnDiag', 'useOutDegree'], {
  normed: is.boolean,
  returnDiag: is.boolean,
  useOutDegree: is.boolean,
});

/**
 * The Laplacian of a graph given by its adjacency matrix (SciPy's `csgraph.laplacian`): L = D − A,
 * D the diagonal of in-degrees (column sums; `useOutDegree` for row sums); the diagonal of A is
 * ignored. `normed` gives I − D^(−1/2) A D^(−1/2), with 0 on the diagonal of isolated nodes. A
 * sparse input gives a CSR matrix, a dense input a dense NDArray; `returnDiag` gives
 * `{ laplacian, diag }` (diag: the degrees, or when normed their square roots, 1 for isolated nodes).
 *
 * @example
 * ```ts
 * const a = csrMatrix([[0, 1, 1], [1, 0, 0], [1, 0, 0]]);
 * laplacian(a).toDense().toArray(); // [[2, -1, -1], [-1, 1, 0], [-1, 0, 1]]
 * laplacian([[0, 4], [4, 0]], { normed: true }).toArray(); // [[1, -1], [-1, 1]]
 * ```
 */
export function laplacian(
  csgraph: SparseMatrix,
  normed?: boolean,
  options?: LaplacianOptions & { returnDiag?: false },
): SparseMatrix;
export function laplacian(csgraph: SparseMatrix, options?: LaplacianOptions & { returnDiag?: false }): SparseMatrix;
export function laplacian(
  csgraph: GraphInput,
  normed?: boolean,
  options?: LaplacianOptions & { returnDiag?: false },
): NDArray;
export function laplacian(csgraph: GraphInput, options?: LaplacianOptions & { returnDiag?: false }): NDArray;
export function laplacian(
  csgraph: GraphInput,
  options: LaplacianOptions & { returnDiag: true },
): { laplacian: SparseMatrix | NDArray; diag: NDArray };
export function laplacian(
  csgraph: GraphInput,
  ...rest: unknown[]
): SparseMatrix | NDArray | { laplacian: SparseMatrix | NDArray; diag: NDArray };
export function laplacian(
  csgraph: GraphInput,
  ...rest: unknown[]
): SparseMatrix | NDArray | { laplacian: SparseMatrix | NDArray; diag: NDArray } {
  const { normed = false, returnDiag = false, useOutDegree = false } = parse(rest);
  const g = toGraph(csgraph, 'laplacian');
  const { n, ptr, adj, w } = g;
  const deg = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const j = adj[k]!;
      if (j !== i) deg[useOutDegree ? i : j]! += w[k]!;
    }
  }
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) scale[i] = normed ? (deg[i] === 0 ? 1 : Math.sqrt(deg[i]!)) : 1;
  // L in CSR: each row gets its off-diagonal entries and one diagonal entry, in column order
  const lp = new Int32Array(n + 1);
  const lj: number[] = [];
  const lx: number[] = [];
  for (let i = 0; i < n; i++) {
    let placed = false;
    const diag = normed ? (deg[i] === 0 ? 0 : 1) : deg[i]!;
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const j = adj[k]!;
      if (j === i) continue;
      if (!placed && j > i) {
        lj.push(i);
        lx.push(diag);
        placed = true;
      }
      lj.push(j);
      lx.push(-w[k]! / (scale[i]! * scale[j]!));
    }
    if (!placed) {
      lj.push(i);
      lx.push(diag);
    }
    lp[i + 1] = lj.length;
  }
  const nnz = lj.length;
  const L = CsrMatrix.build(
    new NDArrayClass('float64', Float64Array.from(lx), [nnz]),
    new NDArrayClass('int32', Int32Array.from(lj), [nnz]),
    new NDArrayClass('int32', lp, [n + 1]),
    [n, n],
    true,
    true,
  );
  const out = isSparse(csgraph) ? L : L.toDense();
  if (!returnDiag) return out;
  const d = normed ? scale : deg;
  return { laplacian: out, diag: new NDArrayClass('float64', d, [n]) };
}
