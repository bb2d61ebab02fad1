/** `random(m, n, {density, seed, format, dtype})`: a sparse matrix with uniformly random entries at random positions. */
import {
  type DType,
  NDArray,
  ValueError,
  argumentError,
  astype,
  is,
  random as ndRandom,
  rule,
  signature,
} from '@stride/ndarray';
import { CooMatrix, type SparseFormat, type SparseMatrix } from '../formats/matrix.js';
import { checkValueDType, lanesOf, raw } from '../formats/util.js';
import { finish, formatCheck } from './basic.js';

/** Options of {@link random}. */
export interface RandomOptions {
  /** Fraction of entries stored, in [0, 1] (default 0.01). */
  density?: number;
  /** Storage format (default 'coo', as SciPy). */
  format?: SparseFormat | null;
  /** dtype of the values: floats, complex (uniform real and imaginary parts) or integers (uniform over the dtype's range). */
  dtype?: DType;
  /** A seed or a Generator of `@stride/ndarray`'s `random` (NumPy's streams). */
  seed?: ndRandom.RngSeed | null;
}

const parseRandom = signature<RandomOptions>('random', ['density', 'format', 'dtype', 'seed'], {
  density: is.number,
  format: formatCheck,
  dtype: is.dtype,
  seed: rule<ndRandom.RngSeed | null>(
    'a seed (integer or array of integers) or a Generator',
    (v) => v === null || typeof v === 'number' || typeof v === 'bigint' || Array.isArray(v) || typeof v === 'object',
  ),
});

const INT_RANGE: Record<string, [number, number]> = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
};

/**
 * An `m` × `n` sparse matrix with `round(density * m * n)` entries at distinct random positions,
 * values uniform in [0, 1) (SciPy's `sparse.random` recipe: positions drawn without replacement
 * by the Generator's `choice`, unravelled in column-major order, then the values). Seeded with
 * `@stride/ndarray`'s NumPy-compatible Generator. COO unless `format` says otherwise.
 *
 * @example
 * ```ts
 * const a = random(100, 50, { density: 0.1, seed: 42, format: 'csr' });
 * a.nnz; // 500
 * a.shape; // [100, 50]
 * ```
 */
export function random(
  m: number,
  n: number,
  density?: number,
  format?: SparseFormat | null,
  dtype?: DType,
  seed?: ndRandom.RngSeed | null,
  options?: RandomOptions,
): SparseMatrix;
export function random(m: number, n: number, options?: RandomOptions): SparseMatrix;
export function random(m: number, n: number, ...rest: unknown[]): SparseMatrix {
  const fn = 'random';
  if (!Number.isInteger(m) || m < 0) throw argumentError(fn, 'm', 'a non-negative integer', m);
  if (!Number.isInteger(n) || n < 0) throw argumentError(fn, 'n', 'a non-negative integer', n);
  const { density = 0.01, format, dtype = 'float64', seed } = parseRandom(rest);
  if (!(density >= 0 && density <= 1))
    throw new ValueError(`${fn}: density expected to be 0 <= density <= 1, got ${density}`);
  const d = checkValueDType(dtype, fn, 'dtype');
  const total = m * n;
  if (total > 2 ** 53) throw new ValueError(`${fn}: m * n = ${total} is too large`);
  const size = roundHalfEven(density * total);
  const rng = ndRandom.defaultRng(seed ?? undefined);
  const flat =
    size === 0
      ? new Float64Array(0)
      : (astype(rng.choice(total, size, { replace: false }) as NDArray, 'float64').data as Float64Array);
  const row = new Int32Array(size);
  const col = new Int32Array(size);
  for (let k = 0; k < size; k++) {
    const r = flat[k]!;
    col[k] = Math.floor(r / m);
    row[k] = r - col[k]! * m;
  }
  let data: NDArray;
  const range = INT_RANGE[d];
  if (range !== undefined) {
    data = rng.integers(range[0], range[1], size, { dtype: d as 'int32' }) as NDArray;
  } else if (lanesOf(d) === 2) {
    const re = rng.uniform(0, 1, size) as NDArray;
    const im = rng.uniform(0, 1, size) as NDArray;
    data = new NDArray('complex128', new Float64Array(2 * size), [size]);
    const dv = raw(data);
    const rv = raw(re);
    const iv = raw(im);
    for (let k = 0; k < size; k++) {
      dv[2 * k] = rv[k]!;
      dv[2 * k + 1] = iv[k]!;
    }
    if (d !== 'complex128') data = astype(data, d);
  } else {
    data = astype(rng.uniform(0, 1, size) as NDArray, d);
  }
  const coo = new CooMatrix(data, new NDArray('int32', row, [size]), new NDArray('int32', col, [size]), [m, n]);
  return finish(coo, format, 'coo');
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
