/** Results of the direct solvers as this package's matrices and arrays. */
import { NDArray } from '@stride/ndarray';
import { CscMatrix } from '../../formats/matrix.js';
import { transpose } from './kernels/pattern.js';

/** A CSC matrix over fresh typed arrays whose row indices are sorted and free of duplicates. */
export function cscFromRaw(
  m: number,
  n: number,
  indptr: Int32Array,
  indices: Int32Array,
  data: Float64Array,
): CscMatrix {
  return CscMatrix.build(
    new NDArray('float64', data, [data.length]),
    new NDArray('int32', indices, [indices.length]),
    new NDArray('int32', indptr, [n + 1]),
    [m, n],
    true,
    true,
  );
}

/** {@link cscFromRaw} for columns whose row indices are not sorted: sorted by a double transpose. */
export function cscSorted(
  m: number,
  n: number,
  indptr: Int32Array,
  indices: Int32Array,
  data: Float64Array,
): CscMatrix {
  const t = transpose(m, n, indptr, indices, data);
  const c = transpose(n, m, t.ptr, t.idx, t.val);
  return cscFromRaw(m, n, c.ptr, c.idx, c.val!);
}

/** A 1-D int32 array over a typed array. */
export function int32Array(a: Int32Array): NDArray<'int32'> {
  return new NDArray('int32', a, [a.length]);
}

/** Float64 columns (column-major, n per column) as an array of `shape` ([n] or [n, k]). */
export function fromColumns(cols: Float64Array, n: number, shape: readonly number[]): NDArray<'float64'> {
  if (shape.length === 1) return new NDArray('float64', cols.length === n ? cols : cols.slice(0, n), [n]);
  const k = shape[1]!;
  const out = new Float64Array(n * k);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) out[i * k + j] = cols[j * n + i]!;
  return new NDArray('float64', out, [n, k]);
}
