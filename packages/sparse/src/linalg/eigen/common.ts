/** What the eigensolvers share: sign normalisation, packing vectors into arrays, argument checks. */
import { type ArrayInput, asarray, DTypeError, type NDArray, ShapeError, ValueError } from '@stride/ndarray';
import { type OperatorDType, rawOf, wrapRaw } from '../operator.js';

/**
 * Normalises the sign (phase) of an eigenvector in place: the entry of largest modulus (the
 * first such when several tie to 1e-12 relative) becomes real and positive. Every Stride
 * eigensolver applies it, so results are reproducible and comparable across runs.
 */
export function normalizeSign(v: Float64Array, complex: boolean): void {
  const n = complex ? v.length / 2 : v.length;
  let best = -1;
  let bestMod = 0;
  for (let i = 0; i < n; i++) {
    const mod = complex ? Math.hypot(v[2 * i]!, v[2 * i + 1]!) : Math.abs(v[i]!);
    if (mod > bestMod * (1 + 1e-12)) {
      bestMod = mod;
      best = i;
    }
  }
  if (best < 0) return;
  if (!complex) {
    if (v[best]! < 0) for (let i = 0; i < n; i++) v[i] = -v[i]!;
    return;
  }
  // Multiply by conj(phase) of the pivot entry.
  const pr = v[2 * best]! / bestMod;
  const pi = -v[2 * best + 1]! / bestMod;
  for (let i = 0; i < n; i++) {
    const re = v[2 * i]!;
    const im = v[2 * i + 1]!;
    v[2 * i] = re * pr - im * pi;
    v[2 * i + 1] = re * pi + im * pr;
  }
  v[2 * best + 1] = 0;
}

/** Columns (raw vectors of n entries) as an n×k NDArray. */
export function columns(vecs: readonly Float64Array[], n: number, dtype: OperatorDType): NDArray {
  const L = dtype === 'complex128' ? 2 : 1;
  const k = vecs.length;
  const out = new Float64Array(n * k * L);
  for (let j = 0; j < k; j++) {
    const v = vecs[j]!;
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < L; l++) out[(i * k + j) * L + l] = v[i * L + l]!;
    }
  }
  return wrapRaw(out, dtype, [n, k]);
}

/** A starting vector argument as raw storage of n entries in `dtype`. */
export function startVector(
  fn: string,
  v0: ArrayInput | null | undefined,
  n: number,
  dtype: OperatorDType,
): Float64Array | null {
  if (v0 === undefined || v0 === null) return null;
  const a = asarray(v0);
  if (a.size !== n || a.ndim > 2) {
    throw new ShapeError(`${fn}: v0 has shape [${a.shape.join(', ')}], expected [${n}]`);
  }
  if (dtype === 'float64' && (a.dtype === 'complex128' || a.dtype === 'complex64')) {
    throw new DTypeError(`${fn}: v0 is complex but the problem is real`);
  }
  const raw = rawOf(a, dtype).slice();
  if (!raw.every(Number.isFinite)) throw new ValueError(`${fn}: v0 must be finite`);
  return raw;
}
