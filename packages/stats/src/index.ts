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
export { describe, iqr, kurtosis, mode, moment, sem, skew, zscore } from './descriptive.js';
export type {
  DescribeOptions,
  DescribeResult,
  IqrOptions,
  KurtosisOptions,
  ModeOptions,
  MomentOptions,
  SemOptions,
  SkewOptions,
  ZscoreOptions,
} from './descriptive.js';
export { linregress, pearsonr, ttest1samp, ttestInd, ttestRel } from './hypothesis.js';
export type {
  Alternative,
  LinregressResult,
  PearsonResult,
  TtestIndOptions,
  TtestOptions,
  TtestResult,
} from './hypothesis.js';
export type { NanPolicy } from './rows.js';
export {
  chi2Contingency,
  chisquare,
  expectedFreq,
  fisherExact,
  binomtest,
  powerDivergence,
} from './tests/contingency.js';
export type {
  BinomTestResult,
  BinomtestOptions,
  Chi2ContingencyOptions,
  Chi2ContingencyResult,
  ChisquareOptions,
  FisherExactOptions,
  Lambda,
  PowerDivergenceOptions,
  ProportionCiOptions,
} from './tests/contingency.js';
export { kendalltau, pointbiserialr, spearmanr } from './tests/correlation.js';
export type { KendalltauOptions, SpearmanrOptions } from './tests/correlation.js';
export { friedmanchisquare, kruskal, mannwhitneyu, wilcoxon } from './tests/nonparametric.js';
export type {
  KSampleOptions,
  MannwhitneyuOptions,
  TestResult,
  WilcoxonOptions,
  WilcoxonResult,
} from './tests/nonparametric.js';
export { bartlett, fOneway, levene } from './tests/variance.js';
export type { FOnewayOptions, LeveneOptions } from './tests/variance.js';
export { kolmogorov, ks1samp, ks2samp, kstest, kstwoSf, smirnov } from './tests/ks.js';
export type { KstestOptions, KstestResult } from './tests/ks.js';
export { anderson, shapiro } from './tests/normality.js';
export type { AndersonDist, AndersonOptions, AndersonResult, ShapiroOptions } from './tests/normality.js';
export { gaussianKde } from './kde/gaussian.js';
export type { BwMethod, GaussianKde, GaussianKdeOptions } from './kde/gaussian.js';
export { bootstrap } from './resampling/bootstrap.js';
export type { BootstrapOptions, BootstrapResult } from './resampling/bootstrap.js';
export { fit } from './fit/mle.js';
export type { FitOptions, FitResult, FittableDistribution } from './fit/mle.js';
