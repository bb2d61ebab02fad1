/** Argument helpers of @stride/linalg on top of the one convention of `@stride/ndarray`. */
const MARK = Symbol.for('stride.error');

/**
 * Runs `body` for the public function `fn`: an error raised by a function it calls inside
 * (`svd: ...` from `pinv`, `solve: ...` from `expm`) is reported under `fn`'s name, the one the
 * user called, with the inner function named after it.
 *
 * @example
 * ```ts
 * renamed('pinv', () => svd([[Number.NaN, 1], [1, 1]]));
 * // throws LinAlgError
 * ```
 */
export function renamed<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof Error && (e as unknown as Record<symbol, unknown>)[MARK] === true) {
      const m = /^([A-Za-z0-9_.]+): /.exec(e.message);
      if (m !== null && m[1] !== fn) e.message = `${fn}: ${e.message.slice(m[0].length)} (in ${m[1]})`;
    }
    throw e;
  }
}
