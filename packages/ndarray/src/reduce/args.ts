/**
 * The signatures of the reductions: NumPy's positional parameters (`sum(a, axis, dtype, out,
 * keepdims, initial)`) and the options object, validated by the one argument helper.
 */
import type { DType } from '@stride/protocol';
import { type Check, is, rule, signature } from '../core/args.js';
import { NDArray, type Scalar } from '../ndarray.js';
import type { ArgOptions } from './arg.js';
import type { AverageOptions } from './average.js';
import type { AxisOptions } from './common.js';
import type { CumulativeOptions } from './cumulative.js';
import type { CountNonzeroOptions } from './logical.js';
import type { MeanOptions } from './mean.js';
import type { MinMaxOptions } from './minmax.js';
import type { QuantileOptions } from './quantile.js';
import type { SumOptions } from './sum.js';
import type { VarOptions } from './var.js';

/** A dtype (or NumPy alias), with `null` meaning the default (NumPy's `dtype=None`). */
export const optDType: Check<DType | undefined> = is.orNone(is.dtype);

/** An `out` array (an NDArray), with `null` meaning none (NumPy's `out=None`). */
export const optOut: Check<NDArray | undefined> = is.orNone(rule<NDArray>('an NDArray', (v) => v instanceof NDArray));

/** A JS scalar: number, bigint, boolean or `{re, im}`. */
export const scalar: Check<Scalar> = rule<Scalar>(
  'a number, bigint, boolean or {re, im}',
  (v) =>
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean' ||
    (typeof v === 'object' && v !== null && typeof (v as { re?: unknown }).re === 'number'),
);

/** `where=` is accepted by name so that its error says it is not supported (not "unknown option"). */
type Where = { where?: unknown };

const axis = is.axis as Check;
const axisInt = is.nullable(is.axisInt) as Check;

/** sum, nansum, prod, nanprod: `(a, axis, dtype, out, keepdims, initial)`. */
export const parseSum = signature<SumOptions & Where>('sum', ['axis', 'dtype', 'out', 'keepdims', 'initial'], {
  axis,
  dtype: optDType,
  out: optOut,
  keepdims: is.boolean,
  initial: scalar,
  where: is.any,
});

/** mean, nanmean: `(a, axis, dtype, out, keepdims)`. */
export const parseMean = signature<MeanOptions & Where>('mean', ['axis', 'dtype', 'out', 'keepdims'], {
  axis,
  dtype: optDType,
  out: optOut,
  keepdims: is.boolean,
  where: is.any,
});

/** var, std and nan variants: `(a, axis, dtype, out, ddof, keepdims)`. */
export const parseVar = signature<VarOptions & Where>('var', ['axis', 'dtype', 'out', 'ddof', 'keepdims'], {
  axis,
  dtype: optDType,
  out: optOut,
  ddof: is.finite,
  keepdims: is.boolean,
  where: is.any,
});

/** max, min, nanmax, nanmin: `(a, axis, out, keepdims, initial)`. */
export const parseMinMax = signature<MinMaxOptions & Where>('max', ['axis', 'out', 'keepdims', 'initial'], {
  axis,
  out: optOut,
  keepdims: is.boolean,
  initial: scalar,
  where: is.any,
});

/** ptp, any, all, median, nanmedian: `(a, axis, out, keepdims)`. */
export const parseAxisOut = signature<AxisOptions & Where>('any', ['axis', 'out', 'keepdims'], {
  axis,
  out: optOut,
  keepdims: is.boolean,
  where: is.any,
});

/** median, nanmedian: `(a, axis, out, overwriteInput, keepdims)`. */
export const parseMedian = signature<AxisOptions & { overwriteInput?: boolean }>(
  'median',
  ['axis', 'out', 'overwriteInput', 'keepdims'],
  { axis, out: optOut, overwriteInput: is.boolean, keepdims: is.boolean },
);

/** quantile, percentile and nan variants: `(a, q, axis, out, overwriteInput, method, keepdims)`. */
export const parseQuantile = signature<QuantileOptions & { overwriteInput?: boolean }>(
  'quantile',
  ['axis', 'out', 'overwriteInput', 'method', 'keepdims'],
  { axis, out: optOut, overwriteInput: is.boolean, method: is.string as Check, keepdims: is.boolean },
);

/** argmax, argmin and nan variants: `(a, axis, out, keepdims)`. */
export const parseArg = signature<ArgOptions>('argmax', ['axis', 'out', 'keepdims'], {
  axis: axisInt,
  out: optOut,
  keepdims: is.boolean,
});

/** cumsum, cumprod and nan variants: `(a, axis, dtype, out)`. */
export const parseCumulative = signature<CumulativeOptions>('cumsum', ['axis', 'dtype', 'out'], {
  axis: axisInt,
  dtype: optDType,
  out: optOut,
});

/** countNonzero: `(a, axis, keepdims)`. */
export const parseCountNonzero = signature<CountNonzeroOptions>('countNonzero', ['axis', 'keepdims'], {
  axis,
  keepdims: is.boolean,
});

/** average: `(a, axis, weights, returned, keepdims)`. */
export const parseAverage = signature<AverageOptions>('average', ['axis', 'weights', 'returned', 'keepdims'], {
  axis,
  weights: is.orNone(is.arrayLike),
  returned: is.boolean,
  keepdims: is.boolean,
});

/**
 * The integer rule of full reductions: a sum or product of ordinary integers (bool, int8..int32,
 * uint8..uint32) is accumulated exactly in int64 like NumPy and returned as a JS number, exact
 * while |total| ≤ 2^53 − 1 (beyond, it is rounded to the nearest double). int64/uint64 inputs, or
 * `dtype: 'int64'`/`'uint64'`, keep the exact bigint. Array results (axis, keepdims, out) keep
 * NumPy's int64 dtype.
 */
export function ordinaryTotal(v: NDArray | Scalar, input: DType, dtype: DType | null | undefined): NDArray | Scalar {
  return typeof v === 'bigint' && (dtype === undefined || dtype === null) && input !== 'int64' && input !== 'uint64'
    ? Number(v)
    : v;
}
