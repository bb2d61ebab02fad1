/** `digitize`: the bin index of each value for monotonic bin edges. */
import type { NDArray } from '../ndarray.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { DEFAULT_INT, isComplex } from '../core/dtype.js';
import { DTypeError, ValueError } from '../errors.js';
import { flatValues } from '../sorting/compare.js';
import { fmtShape } from '../sorting/options.js';
import { searchsorted } from '../sorting/searchsorted.js';
import { is, signature } from '../core/args.js';

const parseDigitize = signature<DigitizeOptions>('digitize', ['right'], { right: is.boolean } as never);

/** Options of {@link digitize}. */
export interface DigitizeOptions {
  /** Whether bins include their right edge (`bins[i-1] < x <= bins[i]`) instead of the left. */
  right?: boolean;
}

/** 1 for non-decreasing edges, -1 for non-increasing, 0 otherwise (all-equal counts as increasing). */
function monotonicity(e: Float64Array): number {
  const n = e.length;
  if (n === 0) return 1;
  let last = e[0] as number;
  let i = 1;
  while (i < n && e[i] === last) i++;
  if (i === n) return 1;
  let next = e[i] as number;
  if (last < next) {
    for (i++; i < n; i++) {
      last = next;
      next = e[i] as number;
      if (last > next) return 0;
    }
    return 1;
  }
  for (i++; i < n; i++) {
    last = next;
    next = e[i] as number;
    if (last < next) return 0;
  }
  return -1;
}

/**
 * The index of the bin each value of `x` falls in: `i` such that `bins[i-1] <= x < bins[i]` for
 * increasing bins (`bins[i-1] > x >= bins[i]` for decreasing), with `right` moving the equality to
 * the other edge. Values below the first edge give 0, above the last `bins.length`.
 *
 * @param x - Values (any shape, not complex).
 * @param bins - 1-D monotonic edges.
 * @param options - `right`.
 * @returns int32 indices shaped like `x`.
 * @throws {ValueError} when `bins` is not 1-D or not monotonic; {DTypeError} for complex `x`.
 *
 * @example
 * ```ts
 * digitize([0.2, 6.4, 3.0, 1.6], [0, 1, 2.5, 4, 10]).toArray(); // [1, 4, 3, 2]
 * ```
 */
export function digitize(x: ArrayInput, bins: ArrayInput, right?: boolean, options?: DigitizeOptions): NDArray;
export function digitize(x: ArrayInput, bins: ArrayInput, options?: DigitizeOptions): NDArray;
export function digitize(x: ArrayInput, bins: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseDigitize(rest, 'digitize') as DigitizeOptions;
  const xv = asarray(x);
  const b = asarray(bins);
  if (isComplex(xv.dtype)) throw new DTypeError('digitize: x may not be complex');
  if (b.ndim !== 1) throw new ValueError(`digitize: bins must be 1-D, got shape ${fmtShape(b.shape)}`);
  if (isComplex(b.dtype)) throw new DTypeError('digitize: bins may not be complex');
  const f = flatValues(b);
  const e = f.kind === 'big' ? Float64Array.from(f.v, Number) : (f as { v: Float64Array }).v;
  const mono = monotonicity(e);
  if (mono === 0) throw new ValueError('digitize: bins must be monotonically increasing or decreasing');
  const side = options.right === true ? 'left' : 'right';
  if (mono === 1) return searchsorted(b, xv, { side });
  const n = b.size;
  const rev = b.view([n], [-(b.strides[0] as number)], b.offset + (n - 1) * (b.strides[0] as number));
  const idx = searchsorted(rev, xv, { side });
  const out = emptyArray(DEFAULT_INT, idx.shape);
  const od = out.data as Int32Array;
  const id = idx.data as Int32Array;
  for (let i = 0; i < od.length; i++) od[i] = n - (id[i] as number);
  return out;
}
