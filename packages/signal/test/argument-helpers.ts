// Shared by the wrong-style argument sweeps.
import { ArgumentError } from '@stride/ndarray';
import { expect } from 'vitest';

/** Asserts that `f` throws an ArgumentError whose message names the function and the parameter. */
export function argError(f: () => unknown, name: string, param: string): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, `${name} should throw`).toBeInstanceOf(ArgumentError);
  expect((err as Error).message).toContain(`${name}:`);
  expect((err as Error).message).toContain(param);
}
