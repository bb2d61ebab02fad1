/** Reversing and rotating: flip, fliplr, flipud, rot90 (views) and roll (a copy). */
import { type ArrayInput, asarray, assign, emptyArray } from '../core/convert.js';
import { normalizeAxes, normalizeAxis, stepIndex } from '../core/iter.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { permute } from './axes.js';
import { reshape } from './shape.js';
import { parseAxis, parseRoll, parseRot90, required } from './args.js';
import { noExtra } from '../core/args.js';

/** `x` reversed along the given (normalised) axes: a view with negated strides. */
function reversed(x: NDArray, axes: readonly number[]): NDArray {
  const strides = [...x.strides];
  let off = x.offset;
  const empty = x.size === 0;
  for (const ax of axes) {
    const n = x.shape[ax] as number;
    const s = x.strides[ax] as number;
    if (!empty) off += (n - 1) * s;
    strides[ax] = -s;
  }
  return x.view(x.shape, strides, off);
}

/**
 * NumPy's `flip`: a view reversed along `axis` (all axes when omitted).
 *
 * @example
 * ```ts
 * flip([[1, 2], [3, 4]]).toArray();    // [[4, 3], [2, 1]]
 * flip([[1, 2], [3, 4]], 1).toArray(); // [[2, 1], [4, 3]]
 * ```
 */
export function flip(
  a: ArrayInput,
  axis?: number | readonly number[] | null,
  options?: { axis?: number | readonly number[] | null },
): NDArray;
export function flip(a: ArrayInput, options?: { axis?: number | readonly number[] | null }): NDArray;
export function flip(a: ArrayInput, ...rest: unknown[]): NDArray {
  const { axis } = parseAxis(rest, 'flip');
  const x = asarray(a);
  return reversed(x, normalizeAxes(axis, x.ndim, 'flip'));
}

/**
 * NumPy's `fliplr`: reverses axis 1 (a view).
 *
 * @throws {ValueError} for fewer than 2 dimensions.
 *
 * @example
 * ```ts
 * fliplr([[1, 2], [3, 4]]).toArray(); // [[2, 1], [4, 3]]
 * ```
 */
export function fliplr(a: ArrayInput): NDArray;
export function fliplr(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'fliplr');
  const x = asarray(a);
  if (x.ndim < 2) throw new ValueError(`fliplr: input must be >= 2-d, got shape [${x.shape.join(', ')}]`);
  return reversed(x, [1]);
}

/**
 * NumPy's `flipud`: reverses axis 0 (a view).
 *
 * @throws {ValueError} for a 0-d input.
 *
 * @example
 * ```ts
 * flipud([1, 2, 3]).toArray(); // [3, 2, 1]
 * ```
 */
export function flipud(a: ArrayInput): NDArray;
export function flipud(a: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'flipud');
  const x = asarray(a);
  if (x.ndim < 1) throw new ValueError('flipud: input must be >= 1-d');
  return reversed(x, [0]);
}

/**
 * NumPy's `rot90`: rotates by 90 degrees `k` times in the plane of `axes`, from the first axis
 * towards the second (a view).
 *
 * @example
 * ```ts
 * rot90([[1, 2], [3, 4]]).toArray(); // [[2, 4], [1, 3]]
 * ```
 */
export function rot90(
  m: ArrayInput,
  k?: number,
  axes?: readonly [number, number],
  options?: { k?: number; axes?: readonly [number, number] },
): NDArray;
export function rot90(m: ArrayInput, options?: { k?: number; axes?: readonly [number, number] }): NDArray;
export function rot90(m: ArrayInput, ...rest: unknown[]): NDArray {
  const { k = 1, axes = [0, 1] } = parseRot90(rest, 'rot90');
  const x = asarray(m);
  if (axes.length !== 2) throw new ValueError('rot90: len(axes) must be 2');
  if (x.ndim < 2)
    throw new ValueError(`rot90: axes must be different and the array at least 2-D, got shape [${x.shape.join(', ')}]`);
  const a0 = normalizeAxis(axes[0], x.ndim, 'rot90');
  const a1 = normalizeAxis(axes[1], x.ndim, 'rot90');
  if (a0 === a1) throw new ValueError('rot90: axes must be different');
  const r = ((k % 4) + 4) % 4;
  if (r === 0) return x.view(x.shape, x.strides, x.offset);
  if (r === 2) return reversed(x, [a0, a1]);
  const perm = x.shape.map((_, i) => i);
  perm[a0] = a1;
  perm[a1] = a0;
  return r === 1 ? permute(reversed(x, [a1]), perm) : reversed(permute(x, perm), [a1]);
}

/** Options of {@link roll}. */
export interface RollOptions {
  /** Axis or axes to roll along; omitted/null rolls the flattened array. */
  axis?: number | readonly number[] | null;
}

/**
 * NumPy's `roll`: elements shifted cyclically by `shift` along `axis` (the flattened array when
 * omitted). Several shifts/axes broadcast against each other; shifts on a repeated axis add up.
 *
 * @example
 * ```ts
 * roll([1, 2, 3, 4], 1).toArray();                        // [4, 1, 2, 3]
 * roll([[1, 2], [3, 4]], -1, { axis: 1 }).toArray();      // [[2, 1], [4, 3]]
 * ```
 */
export function roll(
  a: ArrayInput,
  shift: number | readonly number[],
  axis?: number | readonly number[] | null,
  options?: RollOptions,
): NDArray;
export function roll(a: ArrayInput, shift: number | readonly number[], options?: RollOptions): NDArray;
export function roll(a: ArrayInput, options: RollOptions & { shift: number | readonly number[] }): NDArray;
export function roll(a: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseRoll(rest, 'roll');
  const shift = required(options.shift, 'roll', 'shift');
  const x = asarray(a);
  if (options.axis === undefined || options.axis === null) {
    // Like NumPy, several shifts on the flattened array (all on axis 0) add up.
    const s = typeof shift === 'number' ? shift : shift.reduce((p, q) => p + q, 0);
    return reshape(roll(reshape(x, [-1]), s, { axis: 0 }), x.shape);
  }
  const shifts = typeof shift === 'number' ? [shift] : [...shift];
  const axes = typeof options.axis === 'number' ? [options.axis] : [...options.axis];
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== 1 && shifts.length !== n) || (axes.length !== 1 && axes.length !== n)) {
    throw new ValueError(
      `roll: shift (${shifts.length} values) and axis (${axes.length} values) must broadcast together`,
    );
  }
  const total = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < n; i++) {
    const ax = normalizeAxis((axes.length === 1 ? axes[0] : axes[i]) as number, x.ndim, 'roll');
    total[ax] = (total[ax] as number) + ((shifts.length === 1 ? shifts[0] : shifts[i]) as number);
  }
  const out = emptyArray(x.dtype, x.shape);
  if (x.size === 0) return out;
  // Each rolled axis splits into two blocks; copy every combination of blocks once.
  const blocks: { src: number; dst: number; len: number }[][] = x.shape.map((len, ax) => {
    const s = (((total[ax] as number) % len) + len) % len || 0;
    if (s === 0) return [{ src: 0, dst: 0, len }];
    return [
      { src: 0, dst: s, len: len - s },
      { src: len - s, dst: 0, len: s },
    ];
  });
  const pick = new Array<number>(x.ndim).fill(0);
  const counts = blocks.map((b) => b.length);
  for (;;) {
    const shape: number[] = [];
    let so = x.offset;
    let doff = 0;
    for (let ax = 0; ax < x.ndim; ax++) {
      const b = (blocks[ax] as { src: number; dst: number; len: number }[])[pick[ax] as number] as {
        src: number;
        dst: number;
        len: number;
      };
      shape.push(b.len);
      so += b.src * (x.strides[ax] as number);
      doff += b.dst * (out.strides[ax] as number);
    }
    assign(out.view(shape, out.strides, doff), x.view(shape, x.strides, so));
    if (!stepIndex(pick, counts, [], [])) break;
  }
  return out;
}
