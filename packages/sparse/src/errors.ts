/**
 * The error classes sparse throws: ndarray's (so `instanceof` holds across packages) and the
 * Matrix Market parser's {@link MatrixMarketError}.
 */
import { ValueError } from '@stride/ndarray';

export { ArgumentError, DTypeError, IndexError, ShapeError, StrideError, ValueError } from '@stride/ndarray';

/**
 * A malformed Matrix Market file: a bad banner, a bad number, an index out of range or a
 * premature end. `line` is the 1-based line number the problem was found on.
 *
 * @example
 * ```ts
 * new MatrixMarketError('mmread: line 3: row index 3 is out of range', 3).line; // 3
 * ```
 */
export class MatrixMarketError extends ValueError {
  /** 1-based line number of the problem. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'MatrixMarketError';
    this.line = line;
  }
}
