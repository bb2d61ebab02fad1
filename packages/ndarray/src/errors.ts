/** The error classes of @stride/ndarray, recognisable across duplicate package copies. */
import { ERROR_MARKER } from '@stride/protocol';

/**
 * Base class of every error Stride's array packages throw. Carries the `Symbol.for('stride.error')`
 * marker so `isStrideError` recognises it even when two copies of the package are loaded.
 *
 * @example
 * ```ts
 * try { zeros([-1]); } catch (e) { e instanceof StrideError; } // true
 * ```
 */
export class StrideError extends Error {
  readonly [ERROR_MARKER] = true;
  constructor(message: string) {
    super(message);
    this.name = 'StrideError';
  }
}

/**
 * Shapes that do not match or broadcast: `add: operands could not be broadcast together with shapes [2, 3] [4]`.
 *
 * @example
 * ```ts
 * add(ones([2, 3]), ones([4])); // throws ShapeError
 * ```
 */
export class ShapeError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

/**
 * A dtype that is not supported by an operation, or a cast the casting rule forbids.
 *
 * @example
 * ```ts
 * bitwiseAnd(ones([2]), ones([2])); // throws DTypeError: bitwiseAnd not supported for float64
 * ```
 */
export class DTypeError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'DTypeError';
  }
}

/**
 * An index out of bounds or of the wrong kind: `index 5 is out of bounds for axis 0 with size 3`.
 *
 * @example
 * ```ts
 * arange(3).index(5); // throws IndexError
 * ```
 */
export class IndexError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

/**
 * An argument with a valid type but an invalid value (NumPy's ValueError).
 *
 * @example
 * ```ts
 * arange(0, 10, 0); // throws ValueError: arange: step must not be zero
 * ```
 */
export class ValueError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

/**
 * A value that does not fit the requested integer dtype (NumPy's `OverflowError`):
 * `array([300], { dtype: 'uint8' })` raises instead of wrapping to 44.
 *
 * @example
 * ```ts
 * array([300], { dtype: 'uint8' }); // throws OverflowError
 * ```
 */
export class OverflowError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'OverflowError';
  }
}

/**
 * An allocation that cannot be met (NumPy's `MemoryError`); the message names the shape, the
 * dtype and the number of bytes asked for.
 *
 * @example
 * ```ts
 * zeros([1e6, 1e6]); // throws MemoryError
 * ```
 */
export class MemoryError extends StrideError {
  constructor(message: string) {
    super(message);
    this.name = 'MemoryError';
  }
}
