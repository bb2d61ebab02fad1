/**
 * Reductions: sum, prod, mean, var/std, min/max, arg-reductions, any/all, cumulative sums and
 * products, median/percentile/quantile, their nan variants, ptp, average and countNonzero.
 *
 * Return convention: reducing over all axes without `keepdims`/`out` gives a JS scalar (number,
 * bigint for int64/uint64, boolean, or `{ re, im }`); an `axis`, `keepdims: true` or `out` gives
 * an NDArray. The overloads encode this, so `sum(a)` is typed as a scalar and
 * `sum(a, { axis: 0 })` as an NDArray. Cumulative functions always return an NDArray.
 */
export type { ArrayResult, AxisOptions, ScalarResult } from './common.js';
export { sum, nansum } from './sum.js';
export type { SumOptions } from './sum.js';
export { prod, nanprod } from './prod.js';
export type { ProdOptions } from './prod.js';
export { mean, nanmean } from './mean.js';
export type { MeanOptions } from './mean.js';
export { variance, variance as var, std, nanvar, nanstd } from './var.js';
export type { VarOptions } from './var.js';
export { max, min, nanmax, nanmin, ptp } from './minmax.js';
export type { MinMaxOptions } from './minmax.js';
export { argmax, argmin, nanargmax, nanargmin } from './arg.js';
export type { ArgArray, ArgOptions, ArgScalar } from './arg.js';
export { any, all, countNonzero } from './logical.js';
export type { CountNonzeroOptions } from './logical.js';
export { cumsum, cumprod, nancumsum, nancumprod } from './cumulative.js';
export type { CumulativeOptions } from './cumulative.js';
export { median, nanmedian, percentile, quantile, nanpercentile, nanquantile } from './quantile.js';
export type { MedianOptions, QuantileArray, QuantileMethod, QuantileOptions, QuantileScalar } from './quantile.js';
export { average } from './average.js';
export type { AverageOptions, AverageResult } from './average.js';
