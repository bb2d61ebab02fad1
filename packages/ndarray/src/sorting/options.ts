/** Option checks shared by the sorting family (one place for the "unknown kind" messages). */
import { ValueError } from '../errors.js';

/** NumPy's sort algorithms. Every kind sorts stably here (a superset of NumPy's guarantees). */
export type SortKind = 'quicksort' | 'mergesort' | 'heapsort' | 'stable';

const KINDS: readonly string[] = ['quicksort', 'mergesort', 'heapsort', 'stable'];

/** Validates a `kind` option. */
export function checkKind(kind: unknown, op: string): void {
  if (kind === undefined || kind === null) return;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) {
    throw new ValueError(`${op}: unknown kind ${JSON.stringify(kind)}, expected one of ${KINDS.join(', ')}`);
  }
}

/** Validates a string option against its allowed values. */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], name: string, op: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValueError(
      `${op}: ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

/** Formats a shape for messages: `[2, 3]`. */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
