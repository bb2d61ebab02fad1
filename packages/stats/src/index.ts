/**
 * @stride/stats — SciPy's statistical distributions for TypeScript: every method elementwise over
 * any array with ufunc broadcasting (a number in gives a number out), parameters in an options
 * object, tails computed directly.
 * @packageDocumentation
 */
export { ArgumentError, DTypeError, ShapeError, ValueError } from '@stride/ndarray';
export {
  beta,
  cauchy,
  chi2,
  expon,
  f,
  gamma,
  laplace,
  logistic,
  lognorm,
  norm,
  pareto,
  t,
  uniform,
  weibullMin,
} from './distributions/continuous.js';
export { bernoulli, binom, geom, hypergeom, nbinom, poisson } from './distributions/discrete.js';
export type {
  ContinuousDistribution,
  DiscreteDistribution,
  DistributionMethods,
  Frozen,
  FrozenMethod,
  Method,
  Moment,
  Params,
  RvsOptions,
  RvsSize,
  ScalarParams,
} from './distributions/types.js';
