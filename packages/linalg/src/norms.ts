/** norm, cond, matrixRank, pinv, matrixPower, expm. */
import {
  type ArrayInput,
  argumentError,
  asarray,
  copy,
  is,
  NDArray,
  noExtra,
  ShapeError,
  signature,
  ValueError,
} from '@stride/ndarray';
import { LinAlgError } from './errors.js';
import { type Work, asMatrixStack, assertSquare, epsOf, isComplexWork, newArray, realOf, workDType } from './core.js';
import { renamed } from './args.js';
import { svd } from './decomp.js';
import { inv, solve } from './solve.js';
import { matmul } from './blas.js';

const parsePinv = signature<{ rcond?: number; rtol?: number; hermitian?: boolean }>(
  'pinv',
  ['rcond', 'hermitian', 'rtol'],
  { rcond: is.orNone(is.number), hermitian: is.boolean, rtol: is.orNone(is.number) } as never,
);

const parseMatrixRank = signature<{ tol?: number; rtol?: number; hermitian?: boolean }>(
  'matrixRank',
  ['tol', 'hermitian', 'rtol'],
  { tol: is.orNone(is.number), hermitian: is.boolean, rtol: is.orNone(is.number) } as never,
);

const parseNorm = signature<{ ord?: Ord; axis?: number | [number, number] | null; keepdims?: boolean }>(
  'norm',
  ['ord', 'axis', 'keepdims'],
  { ord: is.any, axis: is.nullable(is.or(is.int, is.arrayOf(is.int))), keepdims: is.boolean } as never,
);

/** |x| of element k of any dtype as a number. */
function absAt(a: NDArray, k: number): number {
  const d = a.data;
  if (a.dtype === 'complex64' || a.dtype === 'complex128')
    return Math.hypot(d[2 * k] as number, d[2 * k + 1] as number);
  return Math.abs(Number(d[k]));
}

/** Storage offsets of every lane along `axes` (moved last), with the output shape of the others. */
function lanesAlong(
  a: NDArray,
  axes: number[],
): { outShape: number[]; starts: number[]; laneShape: number[]; laneStrides: number[] } {
  const others = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const outShape = others.map((i) => a.shape[i] as number);
  const oStrides = others.map((i) => a.strides[i] as number);
  const count = outShape.reduce((p, d) => p * d, 1);
  const starts: number[] = [];
  const idx = new Array<number>(others.length).fill(0);
  for (let c = 0; c < count; c++) {
    let k = a.offset;
    for (let i = 0; i < others.length; i++) k += (idx[i] as number) * (oStrides[i] as number);
    starts.push(k);
    for (let i = others.length - 1; i >= 0; i--) {
      const v = (idx[i] as number) + 1;
      if (v < (outShape[i] as number)) {
        idx[i] = v;
        break;
      }
      idx[i] = 0;
    }
  }
  return {
    outShape,
    starts,
    laneShape: axes.map((i) => a.shape[i] as number),
    laneStrides: axes.map((i) => a.strides[i] as number),
  };
}

function normAxis(ax: number, nd: number): number {
  if (!Number.isInteger(ax) || ax < -nd || ax >= nd)
    throw new ShapeError(`norm: axis ${ax} is out of bounds for array of dimension ${nd}`);
  return ax < 0 ? ax + nd : ax;
}

type Ord = number | 'fro' | 'nuc' | null | undefined;

function vectorNorm(vals: number[], ord: number): number {
  if (ord === Number.POSITIVE_INFINITY) return vals.reduce((m, v) => Math.max(m, v), vals.length ? 0 : Number.NaN);
  if (ord === Number.NEGATIVE_INFINITY) return vals.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
  if (ord === 0) return vals.filter((v) => v !== 0).length;
  if (ord === 1) return vals.reduce((s, v) => s + v, 0);
  if (ord === 2) return Math.sqrt(vals.reduce((s, v) => s + v * v, 0));
  return vals.reduce((s, v) => s + v ** ord, 0) ** (1 / ord);
}

/**
 * Vector or matrix norm, NumPy's `linalg.norm`: vector ords (inf, -inf, 0, 1, 2, any p) along one
 * axis, matrix ords ('fro', 'nuc', inf, -inf, 1, -1, 2, -2) over two axes.
 *
 * @returns a number when every axis is reduced (and not keepdims), else an NDArray.
 * @example
 * ```ts
 * norm([3, 4]);                           // 5
 * norm([[1, 2], [3, 4]], { ord: 'fro' }); // 5.477225575051661
 * norm([[1, 2], [3, 4]], { axis: 1 }).toArray(); // [2.23606797749979, 5]
 * ```
 */
export function norm(
  x: ArrayInput,
  ord?: Ord,
  axis?: number | [number, number] | null,
  keepdims?: boolean,
  options?: { ord?: Ord; axis?: number | [number, number] | null; keepdims?: boolean },
): number | NDArray;
export function norm(
  x: ArrayInput,
  options?: { ord?: Ord; axis?: number | [number, number] | null; keepdims?: boolean },
): number | NDArray;
export function norm(...args: unknown[]): number | NDArray {
  return renamed('norm', () => (normImpl as (...a: unknown[]) => number | NDArray)(...args));
}

function normImpl(x: ArrayInput, ...rest: unknown[]): number | NDArray {
  const options = parseNorm(rest, 'norm') as { ord?: Ord; axis?: number | [number, number] | null; keepdims?: boolean };
  const a = asarray(x);
  const ord = options.ord;
  const nd = a.ndim;
  let axes: number[];
  if (options.axis === undefined || options.axis === null) {
    if (ord === undefined || ord === null) axes = a.shape.map((_, i) => i);
    else if (nd === 1 || nd === 2) axes = nd === 1 ? [0] : [0, 1];
    else
      throw new ValueError(`norm: improper number of dimensions to norm (${nd}) for ord ${String(ord)} without axis`);
  } else axes = (typeof options.axis === 'number' ? [options.axis] : [...options.axis]).map((ax) => normAxis(ax, nd));
  if (axes.length === 2 && axes[0] === axes[1]) throw new ValueError('norm: duplicate axes given');
  const rt = realOf(workDType('norm', a.dtype));
  const matrix = axes.length === 2 && !(options.axis === undefined && (ord === undefined || ord === null));
  if (axes.length > 2 || (axes.length === 2 && !matrix && ord !== undefined && ord !== null)) {
    throw new ValueError('norm: improper number of dimensions to norm');
  }
  const { outShape, starts, laneShape, laneStrides } = lanesAlong(a, axes);
  const out = newArray(rt, outShape);
  const od = out.data as Float64Array;
  if (!matrix) {
    const o = ord === undefined || ord === null ? 2 : ord;
    if (typeof o === 'string') throw new ValueError(`norm: invalid norm order '${o}' for vectors`);
    starts.forEach((s0, c) => {
      const vals: number[] = [];
      const walk = (d: number, k: number): void => {
        if (d === laneShape.length) {
          vals.push(absAt(a, k));
          return;
        }
        for (let i = 0; i < (laneShape[d] as number); i++) walk(d + 1, k + i * (laneStrides[d] as number));
      };
      walk(0, s0);
      od[c] = vectorNorm(vals, o);
    });
  } else {
    const o = ord === undefined || ord === null ? 'fro' : ord;
    const [r, cN] = laneShape as [number, number];
    const [sr, sc] = laneStrides as [number, number];
    if (o === 2 || o === -2 || o === 'nuc') {
      const moved = moveLast(a, axes[0] as number, axes[1] as number);
      const s = svd(moved, { computeUv: false });
      const sd = s.data as Float64Array;
      const k = Math.min(r, cN);
      for (let c = 0; c < od.length; c++) {
        const lane = Array.from(sd.subarray(c * k, (c + 1) * k));
        od[c] = o === 2 ? Math.max(...lane) : o === -2 ? Math.min(...lane) : lane.reduce((p, v) => p + v, 0);
      }
    } else {
      starts.forEach((s0, c) => {
        if (o === 'fro') {
          let acc = 0;
          for (let i = 0; i < r; i++) for (let j = 0; j < cN; j++) acc += absAt(a, s0 + i * sr + j * sc) ** 2;
          od[c] = Math.sqrt(acc);
          return;
        }
        const byRow = o === Number.POSITIVE_INFINITY || o === Number.NEGATIVE_INFINITY;
        if (!byRow && o !== 1 && o !== -1) throw new ValueError(`norm: invalid norm order ${String(o)} for matrices`);
        const sums: number[] = [];
        const outer = byRow ? r : cN;
        const inner = byRow ? cN : r;
        for (let i = 0; i < outer; i++) {
          let acc = 0;
          for (let j = 0; j < inner; j++) acc += absAt(a, s0 + (byRow ? i * sr + j * sc : j * sr + i * sc));
          sums.push(acc);
        }
        od[c] = (o as number) > 0 ? Math.max(...sums) : Math.min(...sums);
      });
    }
  }
  if (options.keepdims) {
    const kd = a.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    return new NDArray(out.dtype, out.data, kd);
  }
  return outShape.length === 0 ? (od[0] as number) : out;
}

function moveLast(a: NDArray, r: number, c: number): NDArray {
  const others = a.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
  const perm = [...others, r, c];
  return new NDArray(
    a.dtype,
    a.data,
    perm.map((i) => a.shape[i] as number),
    perm.map((i) => a.strides[i] as number),
    a.offset,
  );
}

/**
 * Condition number: `||a|| * ||a^-1||` in the given norm; the default (2-norm) is the ratio of the
 * largest to the smallest singular value.
 *
 * @example
 * ```ts
 * cond([[1, 0], [0, 2]]); // 2
 * ```
 */
export function cond(x: ArrayInput, p?: Ord): number | NDArray;
export function cond(...args: unknown[]): number | NDArray {
  return renamed('cond', () => (condImpl as (...a: unknown[]) => number | NDArray)(...args));
}

function condImpl(x: ArrayInput, p?: Ord, ...rest: unknown[]): number | NDArray {
  noExtra(rest, 'cond');
  const a = asMatrixStack(x, 'cond', 'x');
  if (a.size === 0) throw new LinAlgError('cond: cond is not defined on empty arrays');
  if (p === undefined || p === null || p === 2 || p === -2) {
    const s = svd(a, { computeUv: false });
    const k = s.shape[s.ndim - 1] as number;
    const out = newArray(realOf(workDType('cond', a.dtype)), s.shape.slice(0, -1));
    const sd = s.data as Float64Array;
    const od = out.data as Float64Array;
    for (let c = 0; c < od.length; c++) {
      const lane = Array.from(sd.subarray(c * k, (c + 1) * k));
      const mx = Math.max(...lane);
      const mn = Math.min(...lane);
      od[c] = p === -2 ? mn / mx : mx / mn;
    }
    return out.ndim === 0 ? (od[0] as number) : out;
  }
  assertSquare(a, 'cond', 'x');
  let ainv: NDArray;
  try {
    ainv = inv(a);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  const n1 = norm(a, { ord: p, axis: [-2, -1] });
  const n2 = norm(ainv, { ord: p, axis: [-2, -1] });
  if (typeof n1 === 'number' && typeof n2 === 'number') return n1 * n2;
  const o = copy(n1 as NDArray);
  const od = o.data as Float64Array;
  const d2 = (n2 as NDArray).data as Float64Array;
  for (let i = 0; i < od.length; i++) od[i] = (od[i] as number) * (d2[i] as number);
  return o;
}

/**
 * Rank of a matrix: the number of singular values above `tol` (default `S.max() * max(M, N) * eps`).
 *
 * @example
 * ```ts
 * matrixRank([[1, 2], [2, 4]]); // 1
 * ```
 */
export function matrixRank(
  x: ArrayInput,
  tol?: number,
  hermitian?: boolean,
  rtol?: number,
  options?: { tol?: number; rtol?: number; hermitian?: boolean },
): number | NDArray;
export function matrixRank(
  x: ArrayInput,
  options?: { tol?: number; rtol?: number; hermitian?: boolean },
): number | NDArray;
export function matrixRank(...args: unknown[]): number | NDArray {
  return renamed('matrixRank', () => (matrixRankImpl as (...a: unknown[]) => number | NDArray)(...args));
}

function matrixRankImpl(x: ArrayInput, ...rest: unknown[]): number | NDArray {
  const options = parseMatrixRank(rest, 'matrixRank') as { tol?: number; rtol?: number; hermitian?: boolean };
  const a = asarray(x);
  if (a.ndim < 2) {
    let any = false;
    for (let i = 0; i < a.size; i++) if (absAt(copy(a), i) !== 0) any = true;
    return any ? 1 : 0;
  }
  const s = svd(a, { computeUv: false });
  const m = a.shape[a.ndim - 2] as number;
  const n = a.shape[a.ndim - 1] as number;
  const k = Math.min(m, n);
  const t = workDType('matrixRank', a.dtype);
  const out = newArray('int32', s.shape.slice(0, -1));
  const sd = s.data as Float64Array;
  const od = out.data as Int32Array;
  for (let c = 0; c < od.length; c++) {
    const lane = Array.from(sd.subarray(c * k, (c + 1) * k));
    const mx = lane.length ? Math.max(...lane) : 0;
    const tol = options.tol ?? mx * (options.rtol ?? Math.max(m, n) * epsOf(t));
    od[c] = lane.filter((v) => v > tol).length;
  }
  return out.ndim === 0 ? (od[0] as number) : out;
}

/**
 * Moore–Penrose pseudo-inverse via SVD; singular values below `rcond * max(s)` are treated as zero.
 *
 * @param options.rcond - relative cutoff (default `max(M, N) * eps`, NumPy 2's rtol default).
 * @example
 * ```ts
 * pinv([[1, 2], [2, 4]]).toArray(); // [[0.04, 0.08], [0.08, 0.16]]
 * ```
 */
export function pinv(
  x: ArrayInput,
  rcond?: number,
  hermitian?: boolean,
  rtol?: number,
  options?: { rcond?: number; rtol?: number; hermitian?: boolean },
): NDArray;
export function pinv(x: ArrayInput, options?: { rcond?: number; rtol?: number; hermitian?: boolean }): NDArray;
export function pinv(...args: unknown[]): NDArray {
  return renamed('pinv', () => (pinvImpl as (...a: unknown[]) => NDArray)(...args));
}

function pinvImpl(x: ArrayInput, ...rest: unknown[]): NDArray {
  const options = parsePinv(rest, 'pinv') as { rcond?: number; rtol?: number; hermitian?: boolean };
  const a = asMatrixStack(x, 'pinv');
  const t = workDType('pinv', a.dtype);
  const m = a.shape[a.ndim - 2] as number;
  const n = a.shape[a.ndim - 1] as number;
  const k = Math.min(m, n);
  const batch = a.shape.slice(0, -2);
  const out = newArray(t, [...batch, n, m]);
  if (out.size === 0) return out;
  const { u, s, vh } = svd(a, { fullMatrices: false });
  const rc = options.rcond ?? options.rtol ?? Math.max(m, n) * epsOf(t);
  const cplx = isComplexWork(t);
  const l = cplx ? 2 : 1;
  const ud = u.data as Float64Array;
  const vd = vh.data as Float64Array;
  const sd = s.data as Float64Array;
  const od = out.data as Float64Array;
  const count = batch.reduce((p, d) => p * d, 1);
  for (let b = 0; b < count; b++) {
    const sl = sd.subarray(b * k, (b + 1) * k);
    const cutoff = rc * Math.max(0, ...sl);
    const sinv = Array.from(sl, (v) => (v > cutoff ? 1 / v : 0));
    // out[i, j] = sum_p conj(vh[p, i]) * sinv[p] * conj(u[j, p])
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let re = 0;
        let im = 0;
        for (let p = 0; p < k; p++) {
          const w = sinv[p] as number;
          if (w === 0) continue;
          const vi = (b * k * n + p * n + i) * l;
          const ui = (b * m * k + j * k + p) * l;
          const vr = vd[vi] as number;
          const urr = ud[ui] as number;
          if (!cplx) re += vr * w * urr;
          else {
            const vim = -(vd[vi + 1] as number);
            const uim = -(ud[ui + 1] as number);
            re += w * (vr * urr - vim * uim);
            im += w * (vr * uim + vim * urr);
          }
        }
        const o = (b * n * m + i * m + j) * l;
        od[o] = re;
        if (cplx) od[o + 1] = im;
      }
    }
  }
  return out;
}

/**
 * Raises a square matrix to an integer power by repeated squaring; negative powers invert first.
 *
 * @example
 * ```ts
 * matrixPower([[1, 1], [1, 0]], 5).toArray(); // [[8, 5], [5, 3]]
 * ```
 */
export function matrixPower(x: ArrayInput, n: number): NDArray;
export function matrixPower(...args: unknown[]): NDArray {
  return renamed('matrixPower', () => (matrixPowerImpl as (...a: unknown[]) => NDArray)(...args));
}

function matrixPowerImpl(x: ArrayInput, n: number, ...rest: unknown[]): NDArray {
  noExtra(rest, 'matrixPower');
  if (typeof n !== 'number') throw argumentError('matrixPower', 'n', 'an integer', n);
  if (!Number.isSafeInteger(n)) {
    throw new ValueError(`matrixPower: exponent must be an integer of magnitude at most 2^53 - 1, got ${n}`);
  }
  const a0 = asMatrixStack(x, 'matrixPower');
  const size = assertSquare(a0, 'matrixPower');
  const t = workDType('matrixPower', a0.dtype);
  if (n === 0) {
    const out = newArray(t, a0.shape);
    const l = isComplexWork(t) ? 2 : 1;
    const d = out.data as Float64Array;
    const count = out.size / Math.max(1, size * size);
    for (let b = 0; b < count; b++) for (let i = 0; i < size; i++) d[(b * size * size + i * size + i) * l] = 1;
    return out;
  }
  let base = n < 0 ? inv(a0) : asarray(a0);
  let e = Math.abs(n);
  let result: NDArray | null = null;
  while (e > 0) {
    // Arithmetic, not bit operators: exponents beyond 2^31 stay exact (up to 2^53).
    if (e % 2 === 1) result = result === null ? copy(base) : matmul(result, base);
    e = Math.floor(e / 2);
    if (e > 0) base = matmul(base, base);
  }
  return result as NDArray;
}

// Padé coefficients b_0..b_13 of the [13/13] approximant, and the 1-norm thresholds θ_m
// (Higham 2005, "The scaling and squaring method for the matrix exponential revisited").
const B13 = [
  64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
  670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
];
const PADE: Record<number, number[]> = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
};
const THETA: [number, number][] = [
  [3, 1.495585217958292e-2],
  [5, 2.53939833006323e-1],
  [7, 9.504178996162932e-1],
  [9, 2.097847961257068],
];
const THETA13 = 5.371920351148152;

/** c0*X0 + c1*X1 + ... over same-shaped arrays (real coefficients: works for complex data too). */
function lincomb(terms: [number, NDArray][]): NDArray {
  const first = (terms[0] as [number, NDArray])[1];
  const out = newArray(first.dtype as Work, first.shape);
  const od = out.data as Float64Array;
  for (const [c, x] of terms) {
    const xd = x.data as Float64Array;
    for (let i = 0; i < od.length; i++) od[i] = (od[i] as number) + c * (xd[i] as number);
  }
  return out;
}

function identityLike(a: NDArray): NDArray {
  const n = a.shape[0] as number;
  const out = newArray(a.dtype as Work, [n, n]);
  const l = isComplexWork(a.dtype as Work) ? 2 : 1;
  const d = out.data as Float64Array;
  for (let i = 0; i < n; i++) d[(i * n + i) * l] = 1;
  return out;
}

function oneNorm(a: NDArray): number {
  return norm(a, { ord: 1 }) as number;
}

function expm2d(A: NDArray): NDArray {
  const n = A.shape[0] as number;
  if (n === 0) return A;
  const I = identityLike(A);
  const nrm = oneNorm(A);
  const A2 = matmul(A, A);
  for (const [m, theta] of THETA) {
    if (nrm <= theta) {
      const b = PADE[m] as number[];
      const powers = [I, A2];
      for (let p = 4; p <= m - 1; p += 2) powers.push(matmul(powers[powers.length - 1] as NDArray, A2));
      const U = matmul(A, lincomb(powers.map((P, i) => [b[2 * i + 1] as number, P])));
      const V = lincomb(powers.map((P, i) => [b[2 * i] as number, P]));
      return solve(
        lincomb([
          [-1, U],
          [1, V],
        ]),
        lincomb([
          [1, U],
          [1, V],
        ]),
      );
    }
  }
  const s = Math.max(0, Math.ceil(Math.log2(nrm / THETA13)));
  const As = lincomb([[2 ** -s, A]]);
  const B2 = lincomb([[4 ** -s, A2]]);
  const B4 = matmul(B2, B2);
  const B6 = matmul(B4, B2);
  const b = B13;
  const U = matmul(
    As,
    lincomb([
      [
        1,
        matmul(
          B6,
          lincomb([
            [b[13] as number, B6],
            [b[11] as number, B4],
            [b[9] as number, B2],
          ]),
        ),
      ],
      [b[7] as number, B6],
      [b[5] as number, B4],
      [b[3] as number, B2],
      [b[1] as number, I],
    ]),
  );
  const V = lincomb([
    [
      1,
      matmul(
        B6,
        lincomb([
          [b[12] as number, B6],
          [b[10] as number, B4],
          [b[8] as number, B2],
        ]),
      ),
    ],
    [b[6] as number, B6],
    [b[4] as number, B4],
    [b[2] as number, B2],
    [b[0] as number, I],
  ]);
  let R = solve(
    lincomb([
      [-1, U],
      [1, V],
    ]),
    lincomb([
      [1, U],
      [1, V],
    ]),
  );
  for (let i = 0; i < s; i++) R = matmul(R, R);
  return R;
}

/**
 * Matrix exponential by Padé approximation with scaling and squaring (Higham 2005), SciPy's expm.
 * Works on the last two axes of a stack.
 *
 * @example
 * ```ts
 * expm([[0, 0], [0, 0]]).toArray(); // [[1, 0], [0, 1]]
 * expm([[1, 0], [0, 2]]).toArray(); // [[2.718281828459045, 0], [0, 7.38905609893065]]
 * ```
 */
export function expm(x: ArrayInput): NDArray;
export function expm(...args: unknown[]): NDArray {
  return renamed('expm', () => (expmImpl as (...a: unknown[]) => NDArray)(...args));
}

function expmImpl(x: ArrayInput, ...rest: unknown[]): NDArray {
  noExtra(rest, 'expm');
  const a = asMatrixStack(x, 'expm');
  const n = assertSquare(a, 'expm');
  const t = workDType('expm', a.dtype);
  const batch = a.shape.slice(0, -2);
  const out = newArray(t, a.shape);
  const count = batch.reduce((p, d) => p * d, 1);
  if (count === 0 || n === 0) return out;
  const src = newArray(t, a.shape);
  // Convert to the working dtype once (ints -> float64).
  const conv = lincombFrom(a, t);
  (src.data as Float64Array).set(conv.data as Float64Array);
  const l = isComplexWork(t) ? 2 : 1;
  for (let b = 0; b < count; b++) {
    const sub = new NDArray(t, (src.data as Float64Array).slice(b * n * n * l, (b + 1) * n * n * l), [n, n]);
    const r = expm2d(sub);
    (out.data as Float64Array).set(r.data as Float64Array, b * n * n * l);
  }
  return out;
}

function lincombFrom(a: NDArray, t: Work): NDArray {
  if (a.dtype === t && a.flags.cContiguous && a.offset === 0) return a;
  const c = copy(a);
  if (c.dtype === t) return c;
  const out = newArray(t, a.shape);
  const od = out.data as Float64Array;
  const l = isComplexWork(t) ? 2 : 1;
  for (let i = 0; i < c.size; i++) od[i * l] = Number(c.data[i]);
  return out;
}
