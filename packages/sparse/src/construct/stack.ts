/** Matrices assembled from blocks: `bmat`, `hstack`, `vstack`, `blockDiag`, `kron`. */
import {
  type ArrayInput,
  type DType,
  NDArray,
  ValueError,
  argumentError,
  astype,
  is,
  promoteTypes,
  signature,
  zeros,
} from '@stride/ndarray';
import { cooMatrix } from '../formats/construct.js';
import { CooMatrix, type SparseFormat, type SparseMatrix, isSparse } from '../formats/matrix.js';
import { checkValueDType, lanesOf, raw, rawIdx } from '../formats/util.js';
import { finish, formatCheck } from './basic.js';

/** A block: a sparse matrix, a dense 2-D array, or `null` for a block of zeros. */
export type Block = SparseMatrix | ArrayInput | null;

interface StackOptions {
  format?: SparseFormat | null;
  dtype?: DType | null;
}
const checks = { format: formatCheck, dtype: is.nullable(is.dtype) };
const parseBmat = signature<StackOptions>('bmat', ['format', 'dtype'], checks);
const parseHstack = signature<StackOptions>('hstack', ['format', 'dtype'], checks);
const parseVstack = signature<StackOptions>('vstack', ['format', 'dtype'], checks);
const parseBlockDiag = signature<StackOptions>('blockDiag', ['format', 'dtype'], checks);
const parseKron = signature<{ format?: SparseFormat | null }>('kron', ['format'], { format: formatCheck });

function asCoo(b: unknown, fn: string, where: string): CooMatrix {
  if (isSparse(b)) return b.tocoo();
  if (b === undefined || typeof b === 'string' || typeof b === 'function')
    throw argumentError(fn, where, 'a sparse matrix, a dense array or null', b);
  return cooMatrix(b as ArrayInput);
}

/** Places COO blocks at row/column offsets into one COO matrix of dtype `dtype`. */
function place(parts: { m: CooMatrix; r: number; c: number }[], shape: [number, number], dtype: DType): CooMatrix {
  const nnz = parts.reduce((s, p) => s + p.m.nnz, 0);
  const lanes = lanesOf(dtype);
  const data = zeros([nnz], dtype);
  const row = new Int32Array(nnz);
  const col = new Int32Array(nnz);
  const dv = raw(data);
  let w = 0;
  for (const { m, r, c } of parts) {
    const k = m.nnz;
    const src = raw(m.dtype === dtype ? m.data : astype(m.data, dtype));
    dv.set(src, lanes * w);
    const mr = rawIdx(m.row);
    const mc = rawIdx(m.col);
    for (let t = 0; t < k; t++) {
      row[w + t] = mr[t]! + r;
      col[w + t] = mc[t]! + c;
    }
    w += k;
  }
  return new CooMatrix(data, new NDArray('int32', row, [nnz]), new NDArray('int32', col, [nnz]), shape);
}

function resultDType(mats: CooMatrix[], dtype: DType | null | undefined, fn: string): DType {
  if (dtype !== undefined && dtype !== null) return checkValueDType(dtype, fn, 'dtype');
  return mats.length === 0 ? 'float64' : mats.map((m) => m.dtype).reduce((a, b) => promoteTypes(a, b));
}

function bmatImpl(
  blocks: unknown,
  opts: StackOptions,
  fn: string,
  dflt: (fmts: SparseFormat[]) => SparseFormat,
): SparseMatrix {
  if (!Array.isArray(blocks) || blocks.length === 0 || !blocks.every((r) => Array.isArray(r))) {
    throw argumentError(fn, 'blocks', 'a non-empty 2-D list of blocks', blocks);
  }
  const grid = blocks as unknown[][];
  const nc = (grid[0] as unknown[]).length;
  grid.forEach((r, i) => {
    if (r.length !== nc)
      throw new ValueError(
        `${fn}: blocks must be a rectangular 2-D list, row ${i} has ${r.length} blocks, row 0 has ${nc}`,
      );
  });
  const heights = new Array<number>(grid.length).fill(-1);
  const widths = new Array<number>(nc).fill(-1);
  const mats: CooMatrix[] = [];
  const parts: { m: CooMatrix; i: number; j: number }[] = [];
  const fmts: SparseFormat[] = [];
  grid.forEach((r, i) => {
    r.forEach((b, j) => {
      if (b === null) return;
      if (isSparse(b)) fmts.push(b.format);
      const m = asCoo(b, fn, `blocks[${i}][${j}]`);
      const [h, w] = m.shape;
      if (heights[i] === -1) heights[i] = h;
      else if (heights[i] !== h) {
        throw new ValueError(
          `${fn}: blocks[${i}, :] has incompatible row dimensions: got blocks[${i}, ${j}].shape[0] == ${h}, expected ${heights[i]}`,
        );
      }
      if (widths[j] === -1) widths[j] = w;
      else if (widths[j] !== w) {
        throw new ValueError(
          `${fn}: blocks[:, ${j}] has incompatible column dimensions: got blocks[${i}, ${j}].shape[1] == ${w}, expected ${widths[j]}`,
        );
      }
      mats.push(m);
      parts.push({ m, i, j });
    });
  });
  heights.forEach((h, i) => {
    if (h === -1) throw new ValueError(`${fn}: blocks[${i}, :] is all null; its height cannot be inferred`);
  });
  widths.forEach((w, j) => {
    if (w === -1) throw new ValueError(`${fn}: blocks[:, ${j}] is all null; its width cannot be inferred`);
  });
  const rowOff = [0];
  for (const h of heights) rowOff.push((rowOff[rowOff.length - 1] as number) + h);
  const colOff = [0];
  for (const w of widths) colOff.push((colOff[colOff.length - 1] as number) + w);
  const dtype = resultDType(mats, opts.dtype, fn);
  const coo = place(
    parts.map(({ m, i, j }) => ({ m, r: rowOff[i] as number, c: colOff[j] as number })),
    [rowOff[grid.length] as number, colOff[nc] as number],
    dtype,
  );
  return finish(coo, opts.format, dflt(fmts));
}

const cooDefault = (): SparseFormat => 'coo';

/**
 * A sparse matrix from a 2-D grid of blocks (SciPy's `bmat`): sparse matrices, dense arrays or
 * `null` for zeros. Block heights must agree along each block row and widths along each block
 * column. COO unless `format` says otherwise.
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1, 2], [3, 4]]);
 * const b = csrMatrix([[5], [6]]);
 * bmat([[a, b], [null, csrMatrix([[7]])]]).toDense().toArray(); // [[1, 2, 5], [3, 4, 6], [0, 0, 7]]
 * ```
 */
export function bmat(
  blocks: Block[][],
  format?: SparseFormat | null,
  dtype?: DType | null,
  options?: StackOptions,
): SparseMatrix;
export function bmat(blocks: Block[][], options?: StackOptions): SparseMatrix;
export function bmat(blocks: Block[][], ...rest: unknown[]): SparseMatrix {
  return bmatImpl(blocks, parseBmat(rest), 'bmat', cooDefault);
}

function listOf(blocks: unknown, fn: string): unknown[] {
  if (!Array.isArray(blocks) || blocks.length === 0)
    throw argumentError(fn, 'blocks', 'a non-empty list of matrices', blocks);
  return blocks;
}

/**
 * Matrices side by side (SciPy's `hstack`): heights must agree. CSC when every block is CSC
 * (as SciPy), else COO, unless `format` says otherwise.
 *
 * @example
 * ```ts
 * hstack([csrMatrix([[1], [2]]), csrMatrix([[3, 4], [5, 6]])]).toDense().toArray(); // [[1, 3, 4], [2, 5, 6]]
 * ```
 */
export function hstack(
  blocks: Block[],
  format?: SparseFormat | null,
  dtype?: DType | null,
  options?: StackOptions,
): SparseMatrix;
export function hstack(blocks: Block[], options?: StackOptions): SparseMatrix;
export function hstack(blocks: Block[], ...rest: unknown[]): SparseMatrix {
  const list = listOf(blocks, 'hstack');
  return bmatImpl([list], parseHstack(rest), 'hstack', (f) =>
    f.length === list.length && f.every((x) => x === 'csc') ? 'csc' : 'coo',
  );
}

/**
 * Matrices stacked vertically (SciPy's `vstack`): widths must agree. CSR when every block is
 * CSR (as SciPy), else COO, unless `format` says otherwise.
 *
 * @example
 * ```ts
 * vstack([csrMatrix([[1, 2]]), csrMatrix([[3, 4]])]).toDense().toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export function vstack(
  blocks: Block[],
  format?: SparseFormat | null,
  dtype?: DType | null,
  options?: StackOptions,
): SparseMatrix;
export function vstack(blocks: Block[], options?: StackOptions): SparseMatrix;
export function vstack(blocks: Block[], ...rest: unknown[]): SparseMatrix {
  const list = listOf(blocks, 'vstack');
  return bmatImpl(
    list.map((b) => [b]),
    parseVstack(rest),
    'vstack',
    (f) => (f.length === list.length && f.every((x) => x === 'csr') ? 'csr' : 'coo'),
  );
}

/**
 * The block-diagonal matrix of the given matrices (SciPy's `block_diag`). COO unless `format`
 * says otherwise.
 *
 * @example
 * ```ts
 * blockDiag([[[1, 2]], [[3], [4]]]).toDense().toArray(); // [[1, 2, 0], [0, 0, 3], [0, 0, 4]]
 * ```
 */
export function blockDiag(
  mats: Block[],
  format?: SparseFormat | null,
  dtype?: DType | null,
  options?: StackOptions,
): SparseMatrix;
export function blockDiag(mats: Block[], options?: StackOptions): SparseMatrix;
export function blockDiag(mats: Block[], ...rest: unknown[]): SparseMatrix {
  const list = listOf(mats, 'blockDiag');
  const opts = parseBlockDiag(rest);
  const coos = list.map((b, i) => asCoo(b, 'blockDiag', `mats[${i}]`));
  let r = 0;
  let c = 0;
  const parts = coos.map((m) => {
    const p = { m, r, c };
    r += m.shape[0];
    c += m.shape[1];
    return p;
  });
  return finish(place(parts, [r, c], resultDType(coos, opts.dtype, 'blockDiag')), opts.format, 'coo');
}

/**
 * The Kronecker product of two matrices, sparse or dense (SciPy's `kron`): block (i, j) is
 * `a[i, j] * b`. COO unless `format` says otherwise.
 *
 * @example
 * ```ts
 * kron(csrMatrix([[1, 0], [0, 2]]), [[1, 1]]).toDense().toArray(); // [[1, 1, 0, 0], [0, 0, 2, 2]]
 * ```
 */
export function kron(
  a: SparseMatrix | ArrayInput,
  b: SparseMatrix | ArrayInput,
  format?: SparseFormat | null,
  options?: { format?: SparseFormat | null },
): SparseMatrix;
export function kron(
  a: SparseMatrix | ArrayInput,
  b: SparseMatrix | ArrayInput,
  options?: { format?: SparseFormat | null },
): SparseMatrix;
export function kron(a: SparseMatrix | ArrayInput, b: SparseMatrix | ArrayInput, ...rest: unknown[]): SparseMatrix {
  const { format } = parseKron(rest);
  const A = asCoo(a, 'kron', 'a');
  const B = asCoo(b, 'kron', 'b');
  const dtype = promoteTypes(A.dtype, B.dtype);
  const cd = lanesOf(dtype) === 2 ? 'complex128' : 'float64';
  const lanes = lanesOf(cd);
  const [ma, na] = A.shape;
  const [mb, nb] = B.shape;
  const ka = A.nnz;
  const kb = B.nnz;
  const nnz = ka * kb;
  const data = zeros([nnz], cd);
  const dv = raw(data);
  const row = new Int32Array(nnz);
  const col = new Int32Array(nnz);
  const av = raw(astype(A.data, cd));
  const bv = raw(astype(B.data, cd));
  const ar = rawIdx(A.row);
  const ac = rawIdx(A.col);
  const br = rawIdx(B.row);
  const bc = rawIdx(B.col);
  let w = 0;
  for (let s = 0; s < ka; s++) {
    for (let t = 0; t < kb; t++) {
      row[w] = ar[s]! * mb + br[t]!;
      col[w] = ac[s]! * nb + bc[t]!;
      if (lanes === 1) dv[w] = av[s]! * bv[t]!;
      else {
        dv[2 * w] = av[2 * s]! * bv[2 * t]! - av[2 * s + 1]! * bv[2 * t + 1]!;
        dv[2 * w + 1] = av[2 * s]! * bv[2 * t + 1]! + av[2 * s + 1]! * bv[2 * t]!;
      }
      w++;
    }
  }
  const coo = new CooMatrix(
    cd === dtype ? data : astype(data, dtype),
    new NDArray('int32', row, [nnz]),
    new NDArray('int32', col, [nnz]),
    [ma * mb, na * nb],
  );
  return finish(coo, format, 'coo');
}
