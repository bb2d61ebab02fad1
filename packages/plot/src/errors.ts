/** The errors @stride/plot throws: ndarray's classes, so one `catch` serves every Stride package. */
import { ValueError } from '@stride/ndarray';

export { ArgumentError, ShapeError, ValueError } from '@stride/ndarray';

/** `fn: unknown <what> "x" (valid: a, b, c)` as a ValueError: every string option is checked against its list. */
export function unknownName(fn: string, what: string, got: unknown, valid: readonly string[]): ValueError {
  const shown = valid.length > 40 ? `${valid.slice(0, 40).join(', ')}, … (${valid.length} in all)` : valid.join(', ');
  return new ValueError(`${fn}: unknown ${what} ${JSON.stringify(got)} (valid: ${shown})`);
}
