/** Argument checks shared by the formats. */
import { type DType, argumentError, resolveDType } from '@stride/ndarray';
import { checkValueDType, type SparseDType } from './util.js';

/** A dtype argument (a name or NumPy alias) that sparse values may have. */
export function parseAstype(dtype: unknown, fn: string): SparseDType {
  const d = resolveDType(dtype);
  if (d === undefined) throw argumentError(fn, 'dtype', 'a dtype name such as "float64", "int32" or "f8"', dtype);
  return checkValueDType(d as DType, fn, 'dtype');
}
