/** Joining arrays: concatenate, stack, vstack, hstack, dstack, columnStack, append. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray, assign, emptyArray } from '../core/convert.js';
import { type Casting, canCast, promoteTypes } from '../core/dtype.js';
import { normalizeAxis } from '../core/iter.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { atleast, expandDims } from './axes.js';
import { ravel } from './shape.js';
import { parseAxisOrNone, parseConcatenate, parseStack, parseStackKw } from './args.js';

/** Options of {@link concatenate} and the stacking functions. */
export interface ConcatenateOptions {
  /** Axis to join along (default 0); `null` flattens every input first (concatenate only). */
  axis?: number | null;
  /** Result dtype (default: the promotion of the inputs' dtypes). */
  dtype?: DType;
  /** Casting rule for `dtype` (default `'same_kind'`). */
  casting?: Casting;
}

function toList(arrs: readonly ArrayInput[] | NDArray, op: string): NDArray[] {
  let list: NDArray[];
  if (arrs instanceof NDArray) {
    if (arrs.ndim === 0) throw new ValueError(`${op}: expected a sequence of arrays, got a 0-d array`);
    const n = arrs.shape[0] as number;
    list = [];
    for (let i = 0; i < n; i++) {
      list.push(arrs.view(arrs.shape.slice(1), arrs.strides.slice(1), arrs.offset + i * (arrs.strides[0] as number)));
    }
  } else list = arrs.map((a) => asarray(a));
  if (list.length === 0) throw new ValueError(`${op}: need at least one array to concatenate`);
  return list;
}

function resultDType(xs: readonly NDArray[], options: ConcatenateOptions, op: string): DType {
  let dt = (xs[0] as NDArray).dtype;
  for (const x of xs) dt = promoteTypes(dt, x.dtype);
  if (options.dtype === undefined) return dt;
  const casting = options.casting ?? 'same_kind';
  for (const x of xs) {
    if (!canCast(x.dtype, options.dtype, casting)) {
      throw new DTypeError(
        `${op}: cannot cast array data from ${x.dtype} to ${options.dtype} according to the rule '${casting}'`,
      );
    }
  }
  return options.dtype;
}

function join(xs: NDArray[], axisOpt: number | null | undefined, options: ConcatenateOptions, op: string): NDArray {
  let list = xs;
  let axis: number;
  if (axisOpt === null) {
    list = list.map((x) => ravel(x));
    axis = 0;
  } else {
    const first = list[0] as NDArray;
    const nd = first.ndim;
    if (nd === 0) throw new ValueError(`${op}: zero-dimensional arrays cannot be concatenated`);
    axis = normalizeAxis(axisOpt ?? 0, nd, op);
    list.forEach((x, i) => {
      if (x.ndim !== nd) {
        throw new ShapeError(
          `${op}: all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${x.ndim} dimension(s)`,
        );
      }
      for (let d = 0; d < nd; d++) {
        if (d !== axis && x.shape[d] !== first.shape[d]) {
          throw new ShapeError(
            `${op}: all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${x.shape[d]}`,
          );
        }
      }
    });
  }
  const dtype = resultDType(list, options, op);
  const shape = [...(list[0] as NDArray).shape];
  let total = 0;
  for (const x of list) total += x.shape[axis] as number;
  shape[axis] = total;
  const out = emptyArray(dtype, shape);
  const st = out.strides[axis] as number;
  let at = 0;
  for (const x of list) {
    const n = x.shape[axis] as number;
    if (n > 0 && x.size > 0) {
      const s = [...shape];
      s[axis] = n;
      assign(out.view(s, out.strides, at * st), x);
    }
    at += n;
  }
  return out;
}

/**
 * NumPy's `concatenate`: joins arrays along an existing axis (`axis: null` flattens them first),
 * promoting dtypes across the inputs.
 *
 * @param arrs - The arrays (or one array whose first axis enumerates them).
 * @param options - `axis` (default 0; `null` flattens), `dtype`, `casting`.
 * @returns A new array.
 * @throws {ShapeError} when ranks or non-axis lengths differ.
 * @throws {ValueError} for no inputs or 0-d inputs.
 *
 * @example
 * ```ts
 * concatenate([[1, 2], [3.5]]).toArray();                         // [1, 2, 3.5]
 * concatenate([[[1, 2]], [[3, 4]]], { axis: 1 }).toArray();      // [[1, 2, 3, 4]]
 * ```
 */
export function concatenate(
  arrs: readonly ArrayInput[] | NDArray,
  axis?: number | null,
  out?: NDArray | null,
  dtype?: DType | null,
  casting?: Casting,
  options?: ConcatenateOptions & { out?: NDArray | null },
): NDArray;
export function concatenate(
  arrs: readonly ArrayInput[] | NDArray,
  options?: ConcatenateOptions & { out?: NDArray | null },
): NDArray;
export function concatenate(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseConcatenate(rest, 'concatenate') as ConcatenateOptions & { out?: NDArray };
  return into(options.out, join(toList(arrs, 'concatenate'), options.axis, options, 'concatenate'), 'concatenate');
}

/**
 * NumPy's `stack`: joins same-shaped arrays along a new axis.
 *
 * @throws {ShapeError} when the shapes differ.
 *
 * @example
 * ```ts
 * stack([[1, 2], [3, 4]], { axis: 1 }).toArray(); // [[1, 3], [2, 4]]
 * ```
 */
export function stack(
  arrs: readonly ArrayInput[] | NDArray,
  axis?: number,
  out?: NDArray | null,
  dtype?: DType | null,
  casting?: Casting,
  options?: Omit<ConcatenateOptions, 'axis'> & { axis?: number; out?: NDArray | null },
): NDArray;
export function stack(
  arrs: readonly ArrayInput[] | NDArray,
  options?: Omit<ConcatenateOptions, 'axis'> & { axis?: number; out?: NDArray | null },
): NDArray;
export function stack(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseStack(rest, 'stack') as ConcatenateOptions & { out?: NDArray };
  const xs = toList(arrs, 'stack');
  const first = xs[0] as NDArray;
  for (const x of xs) {
    if (x.ndim !== first.ndim || x.shape.some((d, i) => d !== first.shape[i])) {
      throw new ShapeError(
        `stack: all input arrays must have the same shape, got [${first.shape.join(', ')}] and [${x.shape.join(', ')}]`,
      );
    }
  }
  const axis = normalizeAxis(options.axis ?? 0, first.ndim + 1, 'stack');
  return into(
    options.out,
    join(
      xs.map((x) => expandDims(x, axis)),
      axis,
      options,
      'stack',
    ),
    'stack',
  );
}

/**
 * NumPy's `vstack`: stacks rows (1-D inputs become rows) along axis 0.
 *
 * @example
 * ```ts
 * vstack([[1, 2], [3, 4]]).toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export function vstack(arrs: readonly ArrayInput[] | NDArray, options?: Omit<ConcatenateOptions, 'axis'>): NDArray;
export function vstack(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseStackKw(rest, 'vstack') as Omit<ConcatenateOptions, 'axis'>;
  return join(
    toList(arrs, 'vstack').map((x) => atleast(x, 2)),
    0,
    options,
    'vstack',
  );
}

/**
 * NumPy's `hstack`: joins along axis 1 (axis 0 for 1-D inputs).
 *
 * @example
 * ```ts
 * hstack([[1, 2], [3]]).toArray();           // [1, 2, 3]
 * hstack([[[1], [2]], [[3], [4]]]).toArray(); // [[1, 3], [2, 4]]
 * ```
 */
export function hstack(arrs: readonly ArrayInput[] | NDArray, options?: Omit<ConcatenateOptions, 'axis'>): NDArray;
export function hstack(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseStackKw(rest, 'hstack') as Omit<ConcatenateOptions, 'axis'>;
  const xs = toList(arrs, 'hstack').map((x) => atleast(x, 1));
  return join(xs, (xs[0] as NDArray).ndim === 1 ? 0 : 1, options, 'hstack');
}

/**
 * NumPy's `dstack`: joins along the third axis (inputs made at least 3-D).
 *
 * @example
 * ```ts
 * dstack([[1, 2], [3, 4]]).shape; // [1, 2, 2]
 * ```
 */
export function dstack(arrs: readonly ArrayInput[] | NDArray, options?: Omit<ConcatenateOptions, 'axis'>): NDArray;
export function dstack(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseStackKw(rest, 'dstack') as Omit<ConcatenateOptions, 'axis'>;
  return join(
    toList(arrs, 'dstack').map((x) => atleast(x, 3)),
    2,
    options,
    'dstack',
  );
}

/**
 * NumPy's `column_stack`: 1-D inputs become columns, then everything joins along axis 1.
 *
 * @example
 * ```ts
 * columnStack([[1, 2], [3, 4]]).toArray(); // [[1, 3], [2, 4]]
 * ```
 */
export function columnStack(arrs: readonly ArrayInput[] | NDArray, options?: Omit<ConcatenateOptions, 'axis'>): NDArray;
export function columnStack(arrs: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseStackKw(rest, 'columnStack') as Omit<ConcatenateOptions, 'axis'>;
  const xs = toList(arrs, 'columnStack').map((x) => {
    if (x.ndim >= 2) return x;
    if (x.ndim === 0) return x.view([1, 1], [0, 0], x.offset);
    return x.view([x.shape[0] as number, 1], [x.strides[0] as number, 0], x.offset);
  });
  return join(xs, 1, options, 'columnStack');
}

/**
 * NumPy's `append`: `values` joined to the end of `arr` along `axis` (both flattened when `axis`
 * is omitted/null).
 *
 * @example
 * ```ts
 * append([1, 2], [[3], [4]]).toArray();                  // [1, 2, 3, 4]
 * append([[1, 2]], [[3, 4]], { axis: 0 }).toArray();     // [[1, 2], [3, 4]]
 * ```
 */
export function append(
  arr: ArrayInput,
  values: ArrayInput,
  axis?: number | null,
  options?: { axis?: number | null },
): NDArray;
export function append(arr: ArrayInput, values: ArrayInput, options?: { axis?: number | null }): NDArray;
export function append(arr: ArrayInput, values: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseAxisOrNone(rest, 'append');
  const axis = options.axis ?? null;
  return join([asarray(arr), asarray(values)], axis, {}, 'append');
}

/** NumPy's `out=` of the joins: the result written into `out` (same shape; cast like NumPy's same_kind). */
function into(out: NDArray | undefined, r: NDArray, fn: string): NDArray {
  if (out === undefined) return r;
  if (out.ndim !== r.ndim || out.shape.some((d, i) => d !== r.shape[i])) {
    throw new ShapeError(
      `${fn}: out has shape [${out.shape.join(', ')}], the result has shape [${r.shape.join(', ')}]`,
    );
  }
  assign(out, r);
  return out;
}
