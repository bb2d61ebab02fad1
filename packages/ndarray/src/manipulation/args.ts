/**
 * The signatures of the shape-manipulation functions: NumPy's positional parameters
 * (`concatenate(arrays, axis)`, `roll(a, shift, axis)`, `flip(a, axis)`) and the options object,
 * validated by the one argument helper.
 */
import type { DType } from '@stride/protocol';
import { ArgumentError, type Check, is, rule, signature } from '../core/args.js';
import { NDArray } from '../ndarray.js';

/** Throws when a required parameter is missing (given neither positionally nor as an option). */
export function required<T>(v: T | undefined, fn: string, name: string): T {
  if (v === undefined) throw new ArgumentError(`${fn}: missing required argument ${name}`);
  return v;
}

const axis = is.axis as Check;
const axisOrNone = is.orNone(is.axisInt) as Check;
const intOrInts = is.or(is.int, is.arrayOf(is.int)) as Check;
const optDType = is.orNone(is.dtype) as Check;
const casting = is.choice('no', 'equiv', 'safe', 'same_kind', 'unsafe') as Check;
const out = is.orNone(rule<NDArray>('an NDArray', (v) => v instanceof NDArray)) as Check;
const order = is.choice('C', 'F', 'A', 'K') as Check;
const shape = rule<number | readonly number[]>(
  'an integer or an array of integers',
  (v) => (typeof v === 'number' && Number.isInteger(v)) || (Array.isArray(v) && v.every((d) => Number.isInteger(d))),
) as Check;

/** transpose(a, axes). */
export const parseTranspose = signature<{ axes?: readonly number[] | null }>('transpose', ['axes'], {
  axes: is.orNone(is.arrayOf(is.int)) as Check,
});
/** swapaxes(a, axis1, axis2). */
export const parseSwapaxes = signature<{ axis1?: number; axis2?: number }>('swapaxes', ['axis1', 'axis2'], {
  axis1: is.axisInt,
  axis2: is.axisInt,
});
/** moveaxis(a, source, destination). */
export const parseMoveaxis = signature<{
  source?: number | readonly number[];
  destination?: number | readonly number[];
}>('moveaxis', ['source', 'destination'], { source: intOrInts, destination: intOrInts });
/** expandDims(a, axis) (required), squeeze(a, axis), flip(a, axis). */
export const parseAxis = signature<{ axis?: number | readonly number[] | null }>('flip', ['axis'], { axis });
/** rot90(m, k, axes). */
export const parseRot90 = signature<{ k?: number; axes?: readonly [number, number] }>('rot90', ['k', 'axes'], {
  k: is.int,
  axes: rule<readonly [number, number]>(
    'an array of two integers',
    (v) => Array.isArray(v) && v.length === 2 && v.every((d) => Number.isInteger(d)),
  ) as Check,
});
/** roll(a, shift, axis). */
export const parseRoll = signature<{ shift?: number | readonly number[]; axis?: number | readonly number[] | null }>(
  'roll',
  ['shift', 'axis'],
  { shift: intOrInts, axis },
);
/** concatenate(arrays, axis, out, dtype, casting). */
export const parseConcatenate = signature<{ axis?: number | null; out?: NDArray; dtype?: DType; casting?: string }>(
  'concatenate',
  ['axis', 'out', 'dtype', 'casting'],
  { axis: is.nullable(is.axisInt) as Check, out, dtype: optDType, casting },
);
/** stack(arrays, axis, out, dtype, casting). */
export const parseStack = signature<{ axis?: number; out?: NDArray; dtype?: DType; casting?: string }>(
  'stack',
  ['axis', 'out', 'dtype', 'casting'],
  { axis: is.axisInt, out, dtype: optDType, casting },
);
/** vstack/hstack/dstack/columnStack(tup, dtype, casting) — keyword-only in NumPy. */
export const parseStackKw = signature<{ dtype?: DType; casting?: string }>('vstack', [], {
  dtype: optDType,
  casting,
});
/** append(arr, values, axis), del(arr, obj, axis), insert(arr, obj, values, axis). */
export const parseAxisOrNone = signature<{ axis?: number | null }>('append', ['axis'], { axis: axisOrNone });
/** copyto(dst, src, casting, where). */
export const parseCopyto = signature<{ casting?: string; where?: unknown }>('copyto', ['casting', 'where'], {
  casting,
  where: is.arrayLike,
});
/** reshape(a, shape, order, copy). */
export const parseReshape = signature<{ order?: 'C' | 'F' | 'A'; copy?: boolean | null }>('reshape', ['order'], {
  order: is.choice('C', 'F', 'A') as Check,
  copy: is.orNone(is.boolean) as Check,
});
/** ravel(a, order), flatten(a, order). */
export const parseOrder = signature<{ order?: 'C' | 'F' | 'A' | 'K' }>('ravel', ['order'], { order });
/** ascontiguousarray(a, dtype), asfortranarray(a, dtype). */
export const parseDType = signature<{ dtype?: DType }>('ascontiguousarray', ['dtype'], { dtype: optDType });
/** arraySplit/split(a, indicesOrSections, axis). */
export const parseSplit = signature<{ axis?: number }>('split', ['axis'], { axis: is.axisInt });
/** repeat(a, repeats, axis). */
export const parseRepeat = signature<{ axis?: number | null }>('repeat', ['axis'], { axis: axisOrNone });
/** A shape-like argument (broadcastTo, resize, tile reps, reshape's shape). */
export function checkShapeArg(v: unknown, fn: string, name: string): number | readonly number[] {
  return shape(v, fn, name) as number | readonly number[];
}
/** indices_or_sections of split: an integer or an array of integers. */
export function checkSections(v: unknown, fn: string): number | readonly number[] {
  return intOrInts(v, fn, 'indicesOrSections') as number | readonly number[];
}
