// Correctness gate: a system's result must match NumPy's within the case's tolerance before its
// time counts.
// @ts-check

/**
 * @param {ArrayLike<number>} v
 */
function norm2(v) {
  let s = 0;
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i] ?? 0));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  for (let i = 0; i < v.length; i++) {
    const t = (v[i] ?? 0) / scale;
    s += t * t;
  }
  return scale * Math.sqrt(s);
}

/**
 * ||got - ref|| / ||ref|| (absolute when ref is all zeros).
 * @param {Float64Array} ref
 * @param {Float64Array} got
 * @param {boolean} [conj] compare against the complex conjugate of got (interleaved)
 */
export function relError(ref, got, conj = false) {
  const d = new Float64Array(ref.length);
  for (let i = 0; i < ref.length; i++) {
    const g = conj && i % 2 === 1 ? -(got[i] ?? 0) : (got[i] ?? 0);
    d[i] = g - (ref[i] ?? 0);
  }
  const r = norm2(ref);
  return r > 0 ? norm2(d) / r : norm2(d);
}

/**
 * Complex interleaved spectrum with indices k -> (n - k) mod n.
 * @param {Float64Array} v
 */
function reversedSpectrum(v) {
  const n = v.length / 2;
  const out = new Float64Array(v.length);
  for (let k = 0; k < n; k++) {
    const j = (n - k) % n;
    out[2 * k] = v[2 * j] ?? 0;
    out[2 * k + 1] = v[2 * j + 1] ?? 0;
  }
  return out;
}

/**
 * @param {string} op
 * @param {Float64Array} ref
 * @param {Float64Array} got
 * @param {number} tol
 * @returns {{ ok: boolean, relErr: number | null, reason?: string }}
 */
export function check(op, ref, got, tol) {
  if (got.length !== ref.length) {
    return { ok: false, relErr: null, reason: `${got.length} values, expected ${ref.length}` };
  }
  for (let i = 0; i < got.length; i++) {
    if (Number.isNaN(got[i]) && !Number.isNaN(ref[i])) return { ok: false, relErr: null, reason: `NaN at index ${i}` };
  }
  const relErr = relError(ref, got);
  if (relErr <= tol) return { ok: true, relErr };
  if (op.startsWith('fft/')) {
    // the e^{+i} sign convention gives X[-k]: the conjugate for real input (rfft), the
    // frequency-reversed spectrum for complex input
    const other = Math.min(
      relError(ref, got, true),
      op === 'fft/fft' ? relError(ref, reversedSpectrum(got)) : Infinity,
    );
    const sign = "NumPy's spectrum with the opposite sign convention (e^{+i}, X[-k])";
    if (other <= tol) return { ok: false, relErr, reason: sign };
    if (other < 1e-3)
      return { ok: false, relErr, reason: `${sign}, and relative error ${other.toExponential(1)} even so` };
  }
  return { ok: false, relErr, reason: `relative error ${relErr.toExponential(1)} > ${tol.toExponential(0)}` };
}
