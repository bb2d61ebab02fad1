// Error classes of @stride/wasm, recognisable across duplicate package copies by a shared marker.

import { ERROR_MARKER as STRIDE_ERROR, isStrideError } from '@stride/protocol';

export { isStrideError };

/**
 * Base class of every error thrown by `@stride/wasm`. Packages built on it (such as
 * `@stride/linalg`) derive their own errors from it or from `Error` with the same marker.
 *
 * @example
 * ```ts
 * try { buffer.f64(); } catch (e) { isStrideError(e); } // true for a disposed buffer
 * ```
 */
export class WasmError extends Error {
  /** Marker shared by every Stride error class: `Symbol.for('stride.error')`. */
  readonly [STRIDE_ERROR] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WasmError';
  }
}

/** The wasm heap could not supply the memory asked for (growth failed or the 4 GiB limit). */
export class WasmMemoryError extends WasmError {
  constructor(message: string) {
    super(message);
    this.name = 'WasmMemoryError';
  }
}

/** A buffer was used after `dispose()`. */
export class DisposedError extends WasmError {
  constructor(message: string) {
    super(message);
    this.name = 'DisposedError';
  }
}

/**
 * A LAPACK or BLAS routine rejected an argument (its `xerbla` was called). `routine` is the
 * routine's name as LAPACK spells it (`'DGESV'`), `argument` the 1-based index of the argument.
 * This always means the caller passed something inconsistent: wrappers validate first, so
 * seeing this error is a bug in the wrapper, not a property of the data.
 */
export class LapackArgumentError extends WasmError {
  readonly routine: string;
  readonly argument: number;

  constructor(routine: string, argument: number) {
    super(`${routine}: argument ${argument} had an illegal value`);
    this.name = 'LapackArgumentError';
    this.routine = routine;
    this.argument = argument;
  }
}
