/**
 * The public types of the distribution objects.
 */
import type { ArrayInput, NDArray, random } from '@stride/ndarray';
import type { ArrayArg } from '@stride/special';

/**
 * A distribution's parameters as an options object: numbers or arrays (broadcast against the variate).
 *
 * @example
 * ```ts
 * const p: Params<'loc' | 'scale'> = { loc: 1, scale: [1, 2] };
 * ```
 */
export type Params<K extends string> = { [P in K]?: ArrayInput };

/**
 * Parameters that are all plain numbers (the result of a method is then a number for a number).
 *
 * @example
 * ```ts
 * const p: ScalarParams<'df'> = { df: 3 };
 * ```
 */
export type ScalarParams<K extends string> = { [P in K]?: number };

/**
 * A method evaluated at `x` (a variate, a probability or a quantile): a number for numbers, an
 * NDArray of the broadcast shape for arrays.
 *
 * @example
 * ```ts
 * const f: Method<'loc' | 'scale'> = laplace.cdf;
 * f(0); // 0.5
 * ```
 */
export interface Method<K extends string> {
  (x: number, params?: ScalarParams<K>): number;
  (x: ArrayArg, params?: Params<K>): NDArray;
  (x: ArrayInput, params?: Params<K>): number | NDArray;
}

/**
 * A summary of the distribution (mean, variance, ...): a number for numeric parameters.
 *
 * @example
 * ```ts
 * const f: Moment<'loc' | 'scale'> = laplace.var;
 * f({ scale: 2 }); // 8
 * ```
 */
export interface Moment<K extends string> {
  (params?: ScalarParams<K>): number;
  (params: Params<K>): number | NDArray;
}

/**
 * Where `rvs` draws from: a seed for `defaultRng`, or a Generator (which advances).
 *
 * @example
 * ```ts
 * const o: RvsOptions = { seed: 42 };
 * ```
 */
export interface RvsOptions {
  seed?: random.RngSeed;
}

/** The size argument of `rvs`: a length or a shape. */
export type RvsSize = number | readonly number[];

/**
 * The methods every distribution object has; `P` is `pdf` for continuous and `pmf` for discrete ones.
 *
 * @example
 * ```ts
 * const d: DistributionMethods<'loc' | 'scale'> = laplace;
 * d.sf(3); // 0.024893534183931972
 * ```
 */
export interface DistributionMethods<K extends string> {
  /** The distribution's name, as SciPy spells it (camelCase). */
  readonly name: string;
  /** The shape parameters in SciPy's order. */
  readonly shapes: readonly string[];
  cdf: Method<K>;
  logcdf: Method<K>;
  sf: Method<K>;
  logsf: Method<K>;
  ppf: Method<K>;
  isf: Method<K>;
  mean: Moment<K>;
  var: Moment<K>;
  std: Moment<K>;
  median: Moment<K>;
  entropy: Moment<K>;
  /** The interval holding `confidence` of the mass: `[ppf((1 - c)/2), ppf((1 + c)/2)]`. */
  interval(confidence: number, params?: ScalarParams<K>): [number, number];
  interval(confidence: ArrayInput, params?: Params<K>): [number | NDArray, number | NDArray];
  /** Random variates; a number when `size` is omitted and the parameters are numbers. */
  rvs(size?: undefined | null, options?: ScalarParams<K> & RvsOptions): number;
  rvs(size: RvsSize, options?: Params<K> & RvsOptions): NDArray;
  rvs(size?: RvsSize | null, options?: Params<K> & RvsOptions): number | NDArray;
}

/** A frozen method: the parameters are fixed. */
export interface FrozenMethod {
  (x: number): number;
  (x: ArrayArg): NDArray;
  (x: ArrayInput): number | NDArray;
}

/**
 * A distribution with its parameters fixed (`norm({ loc: 1, scale: 2 })`).
 *
 * @example
 * ```ts
 * const d: Frozen = laplace({ loc: 1, scale: 2 });
 * d.cdf(1); // 0.5
 * ```
 */
export interface Frozen {
  cdf: FrozenMethod;
  logcdf: FrozenMethod;
  sf: FrozenMethod;
  logsf: FrozenMethod;
  ppf: FrozenMethod;
  isf: FrozenMethod;
  /** The density (continuous) or the mass function (discrete). */
  pdf?: FrozenMethod;
  logpdf?: FrozenMethod;
  pmf?: FrozenMethod;
  logpmf?: FrozenMethod;
  mean(): number | NDArray;
  var(): number | NDArray;
  std(): number | NDArray;
  median(): number | NDArray;
  entropy(): number | NDArray;
  interval(confidence: ArrayInput): [number | NDArray, number | NDArray];
  rvs(size?: RvsSize | null, options?: RvsOptions): number | NDArray;
}

/**
 * A continuous distribution: callable to freeze, and every method with parameters in options.
 *
 * @example
 * ```ts
 * const d: ContinuousDistribution<'df' | 'loc' | 'scale'> = t;
 * d.ppf(0.975, { df: 3 }); // 3.18244630528371
 * ```
 */
export interface ContinuousDistribution<K extends string> extends DistributionMethods<K> {
  (params?: Params<K>): Frozen;
  pdf: Method<K>;
  logpdf: Method<K>;
}

/**
 * A discrete distribution: callable to freeze, and every method with parameters in options.
 *
 * @example
 * ```ts
 * const d: DiscreteDistribution<'n' | 'p' | 'loc'> = binom;
 * d.pmf(2, { n: 4, p: 0.5 }); // 0.375
 * ```
 */
export interface DiscreteDistribution<K extends string> extends DistributionMethods<K> {
  (params?: Params<K>): Frozen;
  pmf: Method<K>;
  logpmf: Method<K>;
}
