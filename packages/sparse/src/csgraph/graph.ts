/** The graph a csgraph function reads: a square sparse matrix (stored entries are edges) or a dense one (non-zero finite entries are edges). */
import { type ArrayInput, type NDArray, ValueError, argumentError, asarray, astype } from '@stride/ndarray';
import { canonical } from '../formats/elementwise.js';
import { type CompressedMatrix, CsrMatrix, type SparseMatrix, isSparse } from '../formats/matrix.js';
import { head, lanesOf, raw, rawIdx } from '../formats/util.js';

/** A graph in CSR form: `n` nodes, edge k from its row to `adj[k]` with weight `w[k]`. */
export interface Graph {
  n: number;
  ptr: Int32Array;
  adj: Int32Array;
  w: Float64Array;
}

/** Either input of the csgraph functions. */
export type GraphInput = SparseMatrix | ArrayInput;

function fromCompressed(c: CompressedMatrix): Graph {
  const v = head(c.data, c.nnz);
  if (lanesOf(v.dtype) === 2) throw new ValueError('csgraph: complex weights are not supported');
  const w = raw(v.dtype === 'float64' ? v : astype(v, 'float64')) as Float64Array;
  return { n: c.shape[0], ptr: rawIdx(c.indptr), adj: rawIdx(head(c.indices, c.nnz)), w };
}

/** Reads a square graph (sparse: canonical CSR of its stored entries; dense: its non-zero finite entries). */
export function toGraph(x: unknown, fn: string): Graph {
  let csr: CompressedMatrix;
  if (isSparse(x)) csr = canonical(x, 'csr');
  else {
    if (x === undefined || x === null || typeof x === 'string' || typeof x === 'number') {
      throw argumentError(fn, 'csgraph', 'a square sparse matrix or 2-D array', x);
    }
    let d: NDArray;
    try {
      d = astype(asarray(x as ArrayInput), 'float64');
    } catch (e) {
      if (e instanceof TypeError) throw argumentError(fn, 'csgraph', 'a square sparse matrix or 2-D array', x);
      throw e;
    }
    if (d.ndim !== 2) throw new ValueError(`${fn}: csgraph must be 2-D, got shape [${d.shape.join(', ')}]`);
    const m = d.toArray() as number[][];
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    m.forEach((r, i) => {
      r.forEach((v, j) => {
        if (v !== 0 && Number.isFinite(v)) {
          rows.push(i);
          cols.push(j);
          vals.push(v);
        }
      });
    });
    const ptr = new Int32Array((d.shape[0] as number) + 1);
    for (const i of rows) ptr[i + 1]!++;
    for (let i = 0; i < (d.shape[0] as number); i++) ptr[i + 1]! += ptr[i]!;
    csr = CsrMatrix.build(
      asarray(Float64Array.from(vals)),
      asarray(Int32Array.from(cols)) as NDArray<'int32'>,
      asarray(ptr) as NDArray<'int32'>,
      [d.shape[0] as number, d.shape[1] as number],
      true,
      true,
    );
  }
  if (csr.shape[0] !== csr.shape[1])
    throw new ValueError(`${fn}: csgraph must be square, got shape [${csr.shape.join(', ')}]`);
  return fromCompressed(csr);
}

/** The graph with every edge reversed (CSR of the transpose). */
export function reverse(g: Graph): Graph {
  const { n, ptr, adj, w } = g;
  const nnz = ptr[n]!;
  const rp = new Int32Array(n + 1);
  for (let k = 0; k < nnz; k++) rp[adj[k]! + 1]!++;
  for (let i = 0; i < n; i++) rp[i + 1]! += rp[i]!;
  const next = rp.slice(0, n);
  const ra = new Int32Array(nnz);
  const rw = new Float64Array(nnz);
  for (let i = 0; i < n; i++) {
    for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
      const p = next[adj[k]!]!++;
      ra[p] = i;
      rw[p] = w[k]!;
    }
  }
  return { n, ptr: rp, adj: ra, w: rw };
}
