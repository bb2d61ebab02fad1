/** `cross`: cross products of 2- and 3-vectors along an axis, broadcasting the other axes. */
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { promoteTypes } from '../core/dtype.js';
import { broadcastShapes, normalizeAxis } from '../core/iter.js';
import { DTypeError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { binaryInto, multiply, negateInto } from './elementwise.js';
import { castTo, permute } from './layout.js';
import { is, signature } from '../core/args.js';

const parseCross = signature<CrossOptions>('cross', ['axisa', 'axisb', 'axisc', 'axis'], {
  axisa: is.int,
  axisb: is.int,
  axisc: is.int,
  axis: is.int,
} as never);

/** Options of `cross`. */
export interface CrossOptions {
  /** Axis of `a` holding the vectors (default -1). */
  axisa?: number;
  /** Axis of `b` holding the vectors (default -1). */
  axisb?: number;
  /** Axis of the result holding the vectors (default -1; unused when both inputs are 2-vectors). */
  axisc?: number;
  /** Sets `axisa`, `axisb` and `axisc` at once, overriding them. */
  axis?: number;
}

/**
 * NumPy's `cross`: the cross product of vectors of length 2 or 3 along `axisa` / `axisb`, the other
 * axes broadcasting. A 2-vector has z = 0; two 2-vectors give only the z component (no vector
 * axis), otherwise the result holds 3-vectors along `axisc`. Integers wrap like NumPy's; bool is
 * refused (NumPy raises for boolean subtraction). NumPy 2 deprecates 2-vectors; Stride accepts them
 * without a warning.
 *
 * @param a - first operand.
 * @param b - second operand.
 * @param options - `axisa`, `axisb`, `axisc`, or `axis` for all three.
 * @returns the cross products in the promoted dtype.
 * @throws {ValueError} when a vector axis has a length other than 2 or 3.
 * @throws {AxisError} for an axis out of range; {ShapeError} when the other axes do not broadcast.
 * @throws {DTypeError} for bool operands.
 * @example
 * ```ts
 * cross([1, 0, 0], [0, 1, 0]).toArray();       // [0, 0, 1]
 * cross([1, 2], [3, 4]).toArray();             // -2
 * cross([[1, 0, 0]], [[0], [1], [0]], { axisb: 0 }).toArray(); // [[0, 0, 1]]
 * ```
 */
export function cross(
  a: ArrayInput,
  b: ArrayInput,
  axisa?: number,
  axisb?: number,
  axisc?: number,
  axis?: number,
  options?: CrossOptions,
): NDArray;
export function cross(a: ArrayInput, b: ArrayInput, options?: CrossOptions): NDArray;
export function cross(a: ArrayInput, b: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseCross(rest, 'cross') as CrossOptions;
  const x = asarray(a);
  const y = asarray(b);
  const axisa = options.axis ?? options.axisa ?? -1;
  const axisb = options.axis ?? options.axisb ?? -1;
  const axisc = options.axis ?? options.axisc ?? -1;
  const xa = moveToEnd(x, normalizeAxis(axisa, x.ndim, 'cross: axisa'));
  const yb = moveToEnd(y, normalizeAxis(axisb, y.ndim, 'cross: axisb'));
  const da = xa.shape[xa.ndim - 1] as number;
  const db = yb.shape[yb.ndim - 1] as number;
  if ((da !== 2 && da !== 3) || (db !== 2 && db !== 3)) {
    throw new ValueError(
      `cross: incompatible dimensions for cross product (dimension must be 2 or 3), got vectors of length ${da} and ${db}`,
    );
  }
  const batch = broadcastShapes('cross', xa.shape.slice(0, -1), yb.shape.slice(0, -1));
  const dtype = promoteTypes(x.dtype, y.dtype);
  if (dtype === 'bool') {
    throw new DTypeError('cross: boolean subtract is not supported; cast the operands to an integer dtype');
  }
  const xc = castTo(xa, dtype);
  const yc = castTo(yb, dtype);
  const a0 = component(xc, 0);
  const a1 = component(xc, 1);
  const b0 = component(yc, 0);
  const b1 = component(yc, 1);

  if (da === 2 && db === 2) {
    const z = multiply(a0, b1, batch);
    binaryInto('sub', z, multiply(a1, b0, batch), z);
    return z;
  }
  const out = emptyArray(dtype, [...batch, 3]);
  const c0 = component(out, 0);
  const c1 = component(out, 1);
  const c2 = component(out, 2);
  // z of both: a0·b1 − a1·b0.
  binaryInto('mul', a0, b1, c2);
  binaryInto('sub', c2, multiply(a1, b0, batch), c2);
  if (da === 3 && db === 3) {
    const a2 = component(xc, 2);
    const b2 = component(yc, 2);
    binaryInto('mul', a1, b2, c0);
    binaryInto('sub', c0, multiply(a2, b1, batch), c0);
    binaryInto('mul', a2, b0, c1);
    binaryInto('sub', c1, multiply(a0, b2, batch), c1);
  } else if (da === 2) {
    // a = (a0, a1, 0): x = a1·b2, y = −(a0·b2).
    const b2 = component(yc, 2);
    binaryInto('mul', a1, b2, c0);
    binaryInto('mul', a0, b2, c1);
    negateInto(c1, c1);
  } else {
    // b = (b0, b1, 0): x = −(a2·b1), y = a2·b0.
    const a2 = component(xc, 2);
    binaryInto('mul', a2, b1, c0);
    negateInto(c0, c0);
    binaryInto('mul', a2, b0, c1);
  }
  const ax = normalizeAxis(axisc, out.ndim, 'cross: axisc');
  const order = Array.from({ length: out.ndim - 1 }, (_, i) => i);
  order.splice(ax, 0, out.ndim - 1);
  return permute(out, order);
}

/** A view with `axis` moved to the end. */
function moveToEnd(a: NDArray, axis: number): NDArray {
  const order: number[] = [];
  for (let i = 0; i < a.ndim; i++) if (i !== axis) order.push(i);
  order.push(axis);
  return permute(a, order);
}

/** The view of component `i` of the vectors along the last axis. */
function component(a: NDArray, i: number): NDArray {
  const nd = a.ndim - 1;
  return a.view(a.shape.slice(0, nd), a.strides.slice(0, nd), a.offset + i * (a.strides[nd] as number));
}
