/** Assignment of one entry, SciPy's `A[i, j] = v`, for the compressed and coordinate formats. */
import { type Complex, DTypeError, IndexError, argumentError } from '@stride/ndarray';
import { isComplexScalar } from './products.js';
import { lanesOf } from './util.js';

/** A row or column index: an integer, negative counting from the end (SciPy's rule). */
export function entryIndex(i: unknown, size: number, fn: string, name: string): number {
  if (typeof i !== 'number' || !Number.isInteger(i)) throw argumentError(fn, name, 'an integer', i);
  const k = i < 0 ? i + size : i;
  if (k < 0 || k >= size) throw new IndexError(`${fn}: index (${i}) out of range for ${name} of size ${size}`);
  return k;
}

/** The storage lanes of a value for a matrix of `dtype` ([re] or [re, im]); a complex value for a real matrix is a DTypeError. */
export function entryValue(v: unknown, dtype: string, fn: string): [number, number] {
  let re: number;
  let im = 0;
  if (typeof v === 'number') re = v;
  else if (typeof v === 'boolean') re = v ? 1 : 0;
  else if (isComplexScalar(v)) {
    re = (v as Complex).re;
    im = (v as Complex).im;
  } else throw argumentError(fn, 'v', 'a number, a boolean or a complex {re, im}', v);
  if (im !== 0 && lanesOf(dtype as never) === 1) {
    throw new DTypeError(
      `${fn}: cannot store the complex value ${re}${im < 0 ? '-' : '+'}${Math.abs(im)}j in a ${dtype} matrix`,
    );
  }
  if (dtype === 'bool') re = re !== 0 || im !== 0 ? 1 : 0;
  return [re, im];
}

/** Writes value lanes at position p of raw storage. */
export function writeEntry(
  data: ArrayLike<number> & { [k: number]: number },
  p: number,
  lanes: number,
  v: [number, number],
): void {
  if (lanes === 1) data[p] = v[0];
  else {
    data[2 * p] = v[0];
    data[2 * p + 1] = v[1];
  }
}

/**
 * Where the entry (major, minor) of compressed arrays is stored: its position, −1 when it is not
 * stored, −2 when it is stored more than once.
 */
export function findEntry(indptr: Int32Array, indices: Int32Array, major: number, minor: number): number {
  let found = -1;
  for (let p = indptr[major]!; p < indptr[major + 1]!; p++) {
    if (indices[p] !== minor) continue;
    if (found >= 0) return -2;
    found = p;
  }
  return found;
}

/** Position at which a new entry `minor` goes into slice `major` (its sorted place, or the slice's end). */
export function insertionPoint(
  indptr: Int32Array,
  indices: Int32Array,
  major: number,
  minor: number,
  sorted: boolean,
): number {
  const end = indptr[major + 1]!;
  if (!sorted) return end;
  let p = indptr[major]!;
  while (p < end && indices[p]! < minor) p++;
  return p;
}

/** Raw copies of compressed arrays with one slot opened at `pos` of slice `major`. */
export function openSlot(
  indptr: Int32Array,
  indices: Int32Array,
  data: ArrayLike<number>,
  lanes: number,
  major: number,
  pos: number,
  out: { indptr: Int32Array; indices: Int32Array; data: { set(a: ArrayLike<number>, at?: number): void } },
): void {
  const nnz = indptr[indptr.length - 1]!;
  out.indptr.set(indptr);
  for (let r = major + 1; r < indptr.length; r++) out.indptr[r]!++;
  out.indices.set(indices.subarray(0, pos));
  out.indices.set(indices.subarray(pos, nnz), pos + 1);
  const d = data as Float64Array;
  out.data.set(d.subarray(0, pos * lanes));
  out.data.set(d.subarray(pos * lanes, nnz * lanes), (pos + 1) * lanes);
}
