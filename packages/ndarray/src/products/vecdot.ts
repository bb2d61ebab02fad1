/** `vecdot` (NumPy 2): vector dot products along an axis, conjugating the first operand. */
import type { DType } from '@stride/protocol';
import { type ArrayInput, asarray } from '../core/convert.js';
import { canCast, promoteTypes } from '../core/dtype.js';
import { broadcastShapes, normalizeAxis } from '../core/iter.js';
import { DTypeError, ShapeError, ValueError } from '../errors.js';
import { type NDArray, checkDType } from '../ndarray.js';
import { matmulCore } from './core.js';
import { conjugate } from './elementwise.js';
import { castTo, permute } from './layout.js';
import { checkOut, reshapeC, writeOut } from './result.js';
import { is, signature } from '../core/args.js';

const parseVecdot = signature<VecdotOptions>('vecdot', [], {
  axis: is.int,
  out: is.orNone(is.protocolArray),
  dtype: is.orNone(is.dtype),
} as never);

const SIGNATURE = '(n),(n)->()';

/** Options of `vecdot`. */
export interface VecdotOptions {
  /** Axis holding the vectors in both operands (default -1). */
  axis?: number;
  /** Array to write the result into (cast with the 'same_kind' rule); it is returned. */
  out?: NDArray;
  /** dtype to compute in (inputs cast with the 'same_kind' rule); default: the promoted input dtype. */
  dtype?: DType;
}

/**
 * NumPy 2's `vecdot`: Σ conj(x1[..., i]) · x2[..., i] along `axis`, the other axes broadcasting. A
 * ufunc in NumPy, so it always returns an NDArray (0-d for two 1-D operands).
 *
 * @param x1 - first operand (conjugated when complex).
 * @param x2 - second operand.
 * @param options - `axis`, `out`, `dtype`.
 * @returns the dot products, shape: the broadcast of both shapes without the vector axis.
 * @throws {ValueError} for 0-d operands; {ShapeError} when the vector lengths differ or the rest does not broadcast.
 * @example
 * ```ts
 * vecdot([[1, 2], [3, 4]], [1, 1]).toArray(); // [3, 7]
 * vecdot([[1, 2], [3, 4]], [[1], [1]], { axis: 0 }).toArray(); // [4, 6]
 * ```
 */
export function vecdot(x1: ArrayInput, x2: ArrayInput, options?: VecdotOptions): NDArray;
export function vecdot(x1: ArrayInput, x2: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parseVecdot(rest, 'vecdot') as VecdotOptions;
  const a = asarray(x1);
  const b = asarray(x2);
  for (const [i, x] of [a, b].entries()) {
    if (x.ndim === 0) {
      throw new ValueError(
        `vecdot: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1)`,
      );
    }
  }
  const axis = options.axis ?? -1;
  const av = toEnd(a, normalizeAxis(axis, a.ndim, 'vecdot'));
  const bv = toEnd(b, normalizeAxis(axis, b.ndim, 'vecdot'));
  const na = av.shape[av.ndim - 1] as number;
  const nb = bv.shape[bv.ndim - 1] as number;
  if (na !== nb) {
    throw new ShapeError(
      `vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${nb} is different from ${na})`,
    );
  }
  const batch = broadcastShapes('vecdot', av.shape.slice(0, -1), bv.shape.slice(0, -1));
  let dtype = promoteTypes(a.dtype, b.dtype);
  if (options.dtype !== undefined) {
    dtype = checkDType(options.dtype, 'vecdot');
    for (const [i, x] of [a, b].entries()) {
      if (!canCast(x.dtype, dtype, 'same_kind')) {
        throw new DTypeError(
          `vecdot: cannot cast operand ${i} from ${x.dtype} to ${dtype} with casting rule 'same_kind'`,
        );
      }
    }
  }
  if (options.out !== undefined) checkOut('vecdot', options.out, batch, dtype, 'same_kind');
  const ac = conjugate(castTo(av, dtype));
  const bc = castTo(bv, dtype);
  // Rows (..., 1, n) times columns (..., n, 1).
  const rows = ac.view(
    [...ac.shape.slice(0, -1), 1, na],
    [...ac.strides.slice(0, -1), 0, ac.strides[ac.ndim - 1] as number],
    ac.offset,
  );
  const cols = bc.view([...bc.shape, 1], [...bc.strides, 0], bc.offset);
  const result = reshapeC(matmulCore(rows, cols, batch), batch);
  return options.out === undefined ? result : writeOut(options.out, result);
}

function toEnd(a: NDArray, axis: number): NDArray {
  const order: number[] = [];
  for (let i = 0; i < a.ndim; i++) if (i !== axis) order.push(i);
  order.push(axis);
  return permute(a, order);
}
