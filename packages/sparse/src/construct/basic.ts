/** Matrices built from a size or from diagonals: `eye`, `identity`, `diags`. */
import {
  type ArrayInput,
  type DType,
  NDArray,
  ValueError,
  argumentError,
  asarray,
  astype,
  is,
  promoteTypes,
  signature,
  zeros,
} from '@stride/ndarray';
import { CooMatrix, type SparseFormat, type SparseMatrix } from '../formats/matrix.js';
import { checkValueDType, lanesOf, raw } from '../formats/util.js';

const formatChoice = is.choice('csr', 'csc', 'coo');

/** The `format` option of the constructors: 'csr', 'csc', 'coo' or null (another string is a ValueError). */
export const formatCheck = (v: unknown, fn: string, name: string): SparseFormat | null =>
  v === null ? null : formatChoice(v, fn, name);

/** A COO matrix over fresh arrays (entries given as plain arrays), converted to `format`. */
export function finish(coo: CooMatrix, format: SparseFormat | null | undefined, dflt: SparseFormat): SparseMatrix {
  return coo.asformat(format ?? dflt);
}

interface EyeOptions {
  n?: number | null;
  k?: number;
  dtype?: DType;
  format?: SparseFormat | null;
}
const parseEye = signature<EyeOptions>('eye', ['n', 'k', 'dtype', 'format'], {
  n: is.nullable(is.nonNegInt),
  k: is.int,
  dtype: is.dtype,
  format: formatCheck,
});

function diagonalCoo(m: number, n: number, k: number, dtype: DType, fn: string): CooMatrix {
  const d = checkValueDType(dtype, fn, 'dtype');
  const len = Math.max(0, k >= 0 ? Math.min(m, n - k) : Math.min(m + k, n));
  const row = new Int32Array(len);
  const col = new Int32Array(len);
  const lanes = lanesOf(d);
  const data = zeros([len], d);
  const dv = raw(data);
  for (let t = 0; t < len; t++) {
    row[t] = k >= 0 ? t : t - k;
    col[t] = k >= 0 ? t + k : t;
    dv[lanes * t] = 1;
  }
  return new CooMatrix(data, new NDArray('int32', row, [len]), new NDArray('int32', col, [len]), [m, n]);
}

/**
 * An `m` × `n` sparse matrix with ones on the `k`-th diagonal (SciPy's `eye`; CSR unless
 * `format` says otherwise, where SciPy defaults to DIA).
 *
 * @example
 * ```ts
 * eye(2, 3, 1).toDense().toArray(); // [[0, 1, 0], [0, 0, 1]]
 * eye(3, { format: 'csc' }).format; // 'csc'
 * ```
 */
export function eye(
  m: number,
  n?: number | null,
  k?: number,
  dtype?: DType,
  format?: SparseFormat | null,
  options?: EyeOptions,
): SparseMatrix;
export function eye(m: number, options?: EyeOptions): SparseMatrix;
export function eye(m: number, ...rest: unknown[]): SparseMatrix {
  if (!Number.isInteger(m) || (m as number) < 0) throw argumentError('eye', 'm', 'a non-negative integer', m);
  const { n, k = 0, dtype = 'float64', format } = parseEye(rest);
  return finish(diagonalCoo(m, n ?? m, k, dtype, 'eye'), format, 'csr');
}

interface IdentityOptions {
  dtype?: DType;
  format?: SparseFormat | null;
}
const parseIdentity = signature<IdentityOptions>('identity', ['dtype', 'format'], {
  dtype: is.dtype,
  format: formatCheck,
});

/**
 * The `n` × `n` sparse identity (SciPy's `identity`; CSR unless `format` says otherwise).
 *
 * @example
 * ```ts
 * identity(3).nnz; // 3
 * ```
 */
export function identity(
  n: number,
  dtype?: DType,
  format?: SparseFormat | null,
  options?: IdentityOptions,
): SparseMatrix;
export function identity(n: number, options?: IdentityOptions): SparseMatrix;
export function identity(n: number, ...rest: unknown[]): SparseMatrix {
  if (!Number.isInteger(n) || (n as number) < 0) throw argumentError('identity', 'n', 'a non-negative integer', n);
  const { dtype = 'float64', format } = parseIdentity(rest);
  return finish(diagonalCoo(n, n, 0, dtype, 'identity'), format, 'csr');
}

interface DiagsOptions {
  offsets?: number | number[];
  shape?: [number, number] | null;
  format?: SparseFormat | null;
  dtype?: DType | null;
}
const parseDiags = signature<DiagsOptions>('diags', ['offsets', 'shape', 'format', 'dtype'], {
  offsets: is.or(is.int, is.arrayOf(is.int)),
  shape: is.any,
  format: formatCheck,
  dtype: is.nullable(is.dtype),
});

/**
 * A sparse matrix from diagonals (SciPy's `diags`): `diagonals` is one array (for one offset) or
 * a list of arrays, `offsets` the diagonal of each (0 main, k > 0 above, k < 0 below). A
 * diagonal of length 1 is broadcast along its diagonal; otherwise its length must fit the shape.
 * The shape defaults to square with side `len(diagonals[0]) + |offsets[0]|`. Zeros are not
 * stored. CSR unless `format` says otherwise.
 *
 * @example
 * ```ts
 * diags([[1, 2, 3], [4, 5]], [0, 1]).toDense().toArray(); // [[1, 4, 0], [0, 2, 5], [0, 0, 3]]
 * diags([[-1], [2], [-1]], [-1, 0, 1], { shape: [3, 3] }).toDense().toArray(); // [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
 * ```
 */
export function diags(
  diagonals: ArrayInput | ArrayInput[],
  offsets?: number | number[],
  shape?: [number, number] | null,
  format?: SparseFormat | null,
  dtype?: DType | null,
  options?: DiagsOptions,
): SparseMatrix;
export function diags(
  diagonals: ArrayInput | ArrayInput[],
  offsets: number | number[],
  options?: DiagsOptions,
): SparseMatrix;
export function diags(diagonals: ArrayInput | ArrayInput[], options?: DiagsOptions): SparseMatrix;
export function diags(diagonals: ArrayInput | ArrayInput[], ...rest: unknown[]): SparseMatrix {
  const fn = 'diags';
  const { offsets = 0, shape, format, dtype } = parseDiags(rest);
  const offs = typeof offsets === 'number' ? [offsets] : offsets;
  if (diagonals === undefined || diagonals === null || typeof diagonals === 'string') {
    throw argumentError(fn, 'diagonals', 'an array or a list of arrays', diagonals);
  }
  // SciPy: a scalar offset takes `diagonals` as one diagonal (unless it is a list of arrays); a list
  // of offsets takes each element of `diagonals` as a diagonal (a scalar one is broadcast)
  const nested =
    Array.isArray(diagonals) && diagonals.length > 0 && typeof diagonals[0] === 'object' && diagonals[0] !== null;
  const list: NDArray[] =
    Array.isArray(diagonals) && (typeof offsets !== 'number' || nested)
      ? diagonals.map((d) => asarray(d as ArrayInput))
      : [asarray(diagonals as ArrayInput)];
  if (typeof offsets === 'number' && list.length > 1) {
    throw new ValueError(`${fn}: ${list.length} diagonals given but only one offset`);
  }
  if (list.length !== offs.length) {
    throw new ValueError(`${fn}: different number of diagonals (${list.length}) and offsets (${offs.length})`);
  }
  for (const d of list)
    if (d.ndim > 1) throw new ValueError(`${fn}: each diagonal must be 1-D, got shape [${d.shape.join(', ')}]`);
  const seen = new Set<number>();
  offs.forEach((o, i) => {
    if (seen.has(o)) throw new ValueError(`${fn}: offset ${o} (index ${i}) is repeated`);
    seen.add(o);
  });
  let m: number;
  let n: number;
  if (shape === undefined || shape === null) {
    m = n = (list[0] as NDArray).size + Math.abs(offs[0] as number);
  } else {
    if (!Array.isArray(shape) || shape.length !== 2 || !shape.every((v) => Number.isInteger(v) && v >= 0)) {
      throw argumentError(fn, 'shape', 'an array [rows, cols] of non-negative integers', shape);
    }
    [m, n] = shape as [number, number];
  }
  // SciPy: the result type of the diagonals unless dtype is given
  const res = checkValueDType(dtype ?? list.map((d) => d.dtype).reduce((a, b) => promoteTypes(a, b)), fn, 'dtype');
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  const lanes = lanesOf(res);
  list.forEach((d, i) => {
    const k = offs[i] as number;
    const len = Math.max(0, k >= 0 ? Math.min(m, n - k) : Math.min(m + k, n));
    if (d.size !== 1 && d.size !== len) {
      throw new ValueError(
        `${fn}: diagonal length (index ${i}: ${d.size} at offset ${k}) does not agree with matrix size (${m}, ${n})`,
      );
    }
    const dv = raw(astype(d.ndim === 0 ? d.reshape([1]) : d, res));
    for (let t = 0; t < len; t++) {
      const s = d.size === 1 ? 0 : t;
      const re = dv[lanes * s] as number;
      const im = lanes === 2 ? (dv[lanes * s + 1] as number) : 0;
      if (re === 0 && im === 0) continue;
      rows.push(k >= 0 ? t : t - k);
      cols.push(k >= 0 ? t + k : t);
      vals.push(re);
      if (lanes === 2) vals.push(im);
    }
  });
  const nnz = rows.length;
  const data = zeros([nnz], res);
  raw(data).set(vals);
  const coo = new CooMatrix(
    data,
    new NDArray('int32', Int32Array.from(rows), [nnz]),
    new NDArray('int32', Int32Array.from(cols), [nnz]),
    [m, n],
  );
  return finish(coo, format, 'csr');
}
