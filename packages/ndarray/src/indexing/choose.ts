/** `choose` and `select`: building an array from several candidate arrays. */
import { type ArrayInput, asarray, assign, astype, emptyArray } from '../core/convert.js';
import { isBigInt } from '../core/dtype.js';
import { broadcastShapes, broadcastStrides, forEach2, forEach3 } from '../core/iter.js';
import { DTypeError, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import type { IndexMode } from './kernels.js';
import { checkMode, indexArray } from './take.js';
import { chooseWhereFalse, mixedDType } from './where.js';
import { is, signature } from '../core/args.js';

const parseSelect = signature<SelectOptions>('select', ['default'], { default: is.arrayLike } as never);

const parseChoose = signature<ChooseOptions>('choose', [], { mode: is.string } as never);

/** Options of {@link choose}. */
export interface ChooseOptions {
  /** Out-of-range entries of `a`: `'raise'` (default), `'wrap'` or `'clip'`. */
  mode?: IndexMode;
}

/**
 * NumPy's `choose`: `out[i] = choices[a[i]][i]`, with `a` and every choice broadcast together.
 * In `'raise'` mode entries must lie in `[0, n)` (negative entries are not wrapped, as in NumPy).
 *
 * @param a - Integer selector array.
 * @param choices - The candidate arrays (or an array whose first axis enumerates them).
 * @param options - `mode` (`'raise'` | `'wrap'` | `'clip'`).
 * @returns A new array of the promoted dtype of the choices.
 * @throws {ValueError} for an entry out of range in `'raise'` mode.
 *
 * @example
 * ```ts
 * choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]]).toArray(); // [1, 20, 3]
 * ```
 */
export function choose(a: ArrayInput, choices: readonly ArrayInput[] | NDArray, options?: ChooseOptions): NDArray;
export function choose(a: ArrayInput, choices: readonly ArrayInput[] | NDArray, ...rest: unknown[]): NDArray {
  const options = parseChoose(rest, 'choose') as ChooseOptions;
  const mode = checkMode(options.mode, 'choose');
  const sel = indexArray(a, 'choose');
  const list: ArrayInput[] = choices instanceof NDArray ? splitFirst(choices) : [...choices];
  const n = list.length;
  if (n === 0) throw new ValueError('choose: choices must not be empty');
  const dtype = mixedDType(list);
  const arrs = list.map((c) => {
    const x = asarray(c);
    return x.dtype === dtype ? x : astype(x, dtype);
  });
  const shape = broadcastShapes('choose', sel.shape, ...arrs.map((x) => x.shape));
  // Normalise the selector once (checking every entry before any work), then copy per choice.
  const k = emptyArray('int32', shape);
  const kd = k.data as Int32Array;
  const sd = sel.data;
  const big = isBigInt(sel.dtype);
  forEach2(shape, broadcastStrides(sel.shape, sel.strides, shape), sel.offset, k.strides, 0, (len, i, si, j, sj) => {
    for (let t = 0; t < len; t++, i += si, j += sj) {
      let v = big ? Number(sd[i] as bigint) : (sd[i] as number);
      if (mode === 'raise') {
        if (v < 0 || v >= n)
          throw new ValueError(`choose: invalid entry ${v} in choice array (expected 0 <= entry < ${n})`);
      } else if (mode === 'wrap') {
        v %= n;
        if (v < 0) v += n;
      } else v = v < 0 ? 0 : v >= n ? n - 1 : v;
      kd[j] = v;
    }
  });
  const out = emptyArray(dtype, shape);
  const od = out.data as Float64Array;
  const lanes = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  arrs.forEach((c, idx) => {
    const cd = c.data as Float64Array;
    forEach3(
      shape,
      k.strides,
      0,
      broadcastStrides(c.shape, c.strides, shape),
      c.offset,
      out.strides,
      0,
      (len, i, si, j, sj, o, so) => {
        for (let t = 0; t < len; t++, i += si, j += sj, o += so) {
          if (kd[i] !== idx) continue;
          if (lanes === 1) od[o] = cd[j] as number;
          else {
            od[2 * o] = cd[2 * j] as number;
            od[2 * o + 1] = cd[2 * j + 1] as number;
          }
        }
      },
    );
  });
  return out;
}

function splitFirst(a: NDArray): NDArray[] {
  if (a.ndim === 0)
    throw new ValueError('choose: choices must be a sequence of arrays or an array of at least 1 dimension');
  const n = a.shape[0] as number;
  const out: NDArray[] = [];
  for (let i = 0; i < n; i++)
    out.push(a.view(a.shape.slice(1), a.strides.slice(1), a.offset + i * (a.strides[0] as number)));
  return out;
}

/** Options of {@link select}. */
export interface SelectOptions {
  /** The value where no condition holds (default 0). */
  default?: ArrayInput;
}

/**
 * NumPy's `select`: for each position, the value of the first choice whose condition is true,
 * else `default`. Conditions must be boolean arrays; everything broadcasts together.
 *
 * @throws {ValueError} when the lists differ in length or are empty.
 * @throws {DTypeError} when a condition is not boolean.
 *
 * @example
 * ```ts
 * const x = arange(6);
 * const small = [true, true, true, false, false, false];
 * const big = [false, false, false, false, true, true];
 * select([small, big], [x, 10], { default: -1 }).toArray(); // [0, 1, 2, -1, 10, 10]
 * ```
 */
export function select(
  condlist: readonly ArrayInput[],
  choicelist: readonly ArrayInput[],
  defaultValue?: ArrayInput,
  options?: SelectOptions,
): NDArray;
export function select(
  condlist: readonly ArrayInput[],
  choicelist: readonly ArrayInput[],
  options?: SelectOptions,
): NDArray;
export function select(
  condlist: readonly ArrayInput[],
  choicelist: readonly ArrayInput[],
  ...rest: unknown[]
): NDArray {
  const options = parseSelect(rest, 'select') as SelectOptions;
  if (condlist.length !== choicelist.length) {
    throw new ValueError('select: list of cases must be same length as list of conditions');
  }
  if (condlist.length === 0) throw new ValueError('select: select with an empty condition list is not possible');
  const dflt = options.default ?? 0;
  const dtype = mixedDType([...choicelist, dflt]);
  const conds = condlist.map((c, i) => {
    const x = asarray(c);
    if (x.dtype !== 'bool')
      throw new DTypeError(`select: invalid entry ${i} in condlist: should be a boolean array, got ${x.dtype}`);
    return x;
  });
  const choices = choicelist.map((c) => {
    const x = asarray(c);
    return x.dtype === dtype ? x : astype(x, dtype);
  });
  const d = asarray(dflt);
  const shape = broadcastShapes('select', d.shape, ...conds.map((x) => x.shape), ...choices.map((x) => x.shape));
  const out = emptyArray(dtype, shape);
  assign(out, d);
  // Walk backwards so the first true condition is the one that sticks.
  for (let i = conds.length - 1; i >= 0; i--) chooseWhereFalse(out, conds[i] as NDArray, choices[i] as NDArray, true);
  return out;
}
