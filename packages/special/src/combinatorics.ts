/** Combinations and factorials over arrays, with SciPy's `exact` option (bigint results). */
import { type ArrayInput, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { type ArrayArg, applyKernel, ufunc2 } from './elementwise.js';
import * as k from './kernels/elementary.js';

/**
 * Options of {@link comb}.
 *
 * @example
 * ```ts
 * comb(5, 2, { exact: true }); // 10n
 * ```
 */
export interface CombOptions {
  /** Exact integer arithmetic: N and k must be non-negative integers (or bigints); the result is a bigint. */
  exact?: boolean;
  /** Combinations with repetition: comb(N + k - 1, k). */
  repetition?: boolean;
}

/**
 * Options of {@link factorial}.
 *
 * @example
 * ```ts
 * factorial(20, { exact: true }); // 2432902008176640000n
 * ```
 */
export interface FactorialOptions {
  /** Exact integer arithmetic: n must be an integer; the result is a bigint. */
  exact?: boolean;
}

const parseComb = signature<CombOptions>('comb', ['exact', 'repetition'], {
  exact: is.boolean,
  repetition: is.boolean,
});
const parseFactorial = signature<FactorialOptions>('factorial', ['exact'], { exact: is.boolean });

function exactInt(fn: string, name: string, v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw new ValueError(`${fn}: ${name} must be an integer (a number or bigint) when exact is true, got ${String(v)}`);
}

function combExact(n: bigint, kk: bigint): bigint {
  if (kk < 0n || n < 0n || kk > n) return 0n;
  const m = kk < n - kk ? kk : n - kk;
  let r = 1n;
  for (let i = 1n; i <= m; i++) r = (r * (n - m + i)) / i;
  return r;
}

const combFloat = /* @__PURE__ */ ufunc2('comb', k.comb, ['N', 'k']);
const combRep = /* @__PURE__ */ ufunc2(
  'comb',
  (n: number, kk: number) => (kk === 0 && n >= 0 ? 1 : k.comb(n + kk - 1, kk)),
  ['N', 'k'],
);

/**
 * The number of combinations of N things taken k at a time (SciPy's `comb`), broadcast: 0 where
 * k > N, N < 0 or k < 0; non-integer arguments use the gamma function. `exact: true` takes integer
 * scalars and gives a bigint.
 *
 * @param N - number of things
 * @param k - number of elements taken
 * @returns the count: a number (bigint with exact) for scalars, an NDArray for arrays
 * @throws {ValueError} for exact with non-integer or array arguments
 *
 * @example
 * ```ts
 * comb(10, 3); // 120
 * comb(10, 3, { repetition: true }); // 220
 * comb(60, 30, { exact: true }); // 118264581564861424n
 * ```
 */
export function comb(N: number, k: number, exact?: false | CombOptions, repetition?: boolean): number;
export function comb(N: number | bigint, k: number | bigint, exact: true, repetition?: boolean): bigint;
export function comb(N: number | bigint, k: number | bigint, options: CombOptions & { exact: true }): bigint;
export function comb(N: ArrayArg, k: ArrayInput, ...rest: unknown[]): NDArray;
export function comb(N: ArrayInput, k: ArrayInput, ...rest: unknown[]): number | bigint | NDArray;
export function comb(N: ArrayInput | bigint, k: ArrayInput | bigint, ...rest: unknown[]): number | bigint | NDArray {
  const { exact = false, repetition = false } = parseComb(rest);
  if (exact) {
    let n = exactInt('comb', 'N', N);
    const kk = exactInt('comb', 'k', k);
    if (repetition) {
      if (kk === 0n && n >= 0n) return 1n;
      n = n + kk - 1n;
    }
    return combExact(n, kk);
  }
  return (repetition ? combRep : combFloat)(N as ArrayInput, k as ArrayInput);
}

/**
 * n! = Gamma(n + 1), elementwise (SciPy's `factorial`): 0 for n < 0, inf above 170. `exact: true`
 * takes an integer scalar and gives a bigint.
 *
 * @param n - argument(s)
 * @returns n!
 * @throws {ValueError} for exact with a non-integer
 *
 * @example
 * ```ts
 * factorial(5); // 120
 * factorial([0, 3, -1]).toArray(); // [1, 6, 0]
 * factorial(25, { exact: true }); // 15511210043330985984000000n
 * ```
 */
export function factorial(n: number, exact?: false | FactorialOptions): number;
export function factorial(n: number | bigint, exact: true): bigint;
export function factorial(n: number | bigint, options: FactorialOptions & { exact: true }): bigint;
export function factorial(n: ArrayArg, ...rest: unknown[]): NDArray;
export function factorial(n: ArrayInput, ...rest: unknown[]): number | bigint | NDArray;
export function factorial(n: ArrayInput | bigint, ...rest: unknown[]): number | bigint | NDArray {
  const { exact = false } = parseFactorial(rest);
  if (exact) {
    const m = exactInt('factorial', 'n', n);
    if (m < 0n) return 0n;
    let r = 1n;
    for (let i = 2n; i <= m; i++) r *= i;
    return r;
  }
  return applyKernel('factorial', ['n'], k.factorial, [n]);
}
