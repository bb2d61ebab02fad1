/**
 * Eigenvalues of small dense matrices, for `roots` and `poly` (ndarray does not depend on linalg).
 *
 * Real matrices: balancing (Parlett & Reinsch, radix 2), Householder reduction to upper Hessenberg
 * form and the Francis implicit double-shift QR iteration with deflation and exceptional shifts
 * (Golub & Van Loan, Matrix Computations, 4th ed., §7.4–7.5; Wilkinson & Reinsch, Handbook for
 * Automatic Computation II). Complex matrices: balancing, Hessenberg reduction and the
 * single-shift QR iteration with Wilkinson shifts in complex Givens rotations (GVL §7.5.3).
 * Only eigenvalues are computed, so each QR sweep updates just the active diagonal block.
 *
 * Matrices are row-major `n × n` Float64Arrays, overwritten in place.
 */
import { ValueError } from '../errors.js';

const EPS = 2 ** -52;

/** Eigenvalues as separate real and imaginary parts. */
export interface Eigenvalues {
  re: Float64Array;
  im: Float64Array;
}

/**
 * Diagonal similarity `D⁻¹ A D` with powers of two that brings each row and column norm close
 * together (exact in floating point). `ai` is the imaginary part for complex matrices.
 */
function balance(ar: Float64Array, ai: Float64Array | null, n: number): void {
  const abs = (k: number): number => (ai ? Math.hypot(ar[k] as number, ai[k] as number) : Math.abs(ar[k] as number));
  let converged = false;
  for (let sweep = 0; !converged && sweep < 100; sweep++) {
    converged = true;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += abs(j * n + i);
        r += abs(i * n + j);
      }
      if (c === 0 || r === 0) continue;
      const total = c + r;
      let f = 1;
      while (c < r / 2) {
        f *= 2;
        c *= 4;
      }
      while (c >= r * 2) {
        f /= 2;
        c /= 4;
      }
      if ((c + r) / f < 0.95 * total) {
        converged = false;
        const g = 1 / f;
        for (let j = 0; j < n; j++) {
          ar[i * n + j] = (ar[i * n + j] as number) * g;
          ar[j * n + i] = (ar[j * n + i] as number) * f;
          if (ai) {
            ai[i * n + j] = (ai[i * n + j] as number) * g;
            ai[j * n + i] = (ai[j * n + i] as number) * f;
          }
        }
      }
    }
  }
}

/** Householder reduction of a real matrix to upper Hessenberg form (similarity, in place). */
function hessenbergReal(a: Float64Array, n: number): void {
  const v = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    let scale = 0;
    for (let i = k + 1; i < n; i++) scale += Math.abs(a[i * n + k] as number);
    if (scale === 0) continue;
    let h = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = (a[i * n + k] as number) / scale;
      h += (v[i] as number) ** 2;
    }
    if (h === 0) continue;
    const alpha = (v[k + 1] as number) >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
    // v = x - alpha e1; H = I - v vᵀ / (vᵀv / 2)
    h -= (v[k + 1] as number) * alpha;
    v[k + 1] = (v[k + 1] as number) - alpha;
    // Left: rows k+1..n-1, columns k..n-1.
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k + 1; i < n; i++) s += (v[i] as number) * (a[i * n + j] as number);
      s /= h;
      for (let i = k + 1; i < n; i++) a[i * n + j] = (a[i * n + j] as number) - s * (v[i] as number);
    }
    // Right: all rows, columns k+1..n-1.
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = k + 1; j < n; j++) s += (a[i * n + j] as number) * (v[j] as number);
      s /= h;
      for (let j = k + 1; j < n; j++) a[i * n + j] = (a[i * n + j] as number) - s * (v[j] as number);
    }
    a[(k + 1) * n + k] = alpha * scale;
    for (let i = k + 2; i < n; i++) a[i * n + k] = 0;
  }
}

/** `|a|` with the sign of `b` (Fortran's SIGN). */
const withSign = (a: number, b: number): number => (b >= 0 ? Math.abs(a) : -Math.abs(a));

/**
 * Eigenvalues of a real upper Hessenberg matrix by the Francis double-shift QR iteration.
 * @throws {ValueError} when an eigenvalue does not converge in 30·n sweeps.
 */
function hqr(a: Float64Array, n: number, fn: string): Eigenvalues {
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  const A = (i: number, j: number): number => a[i * n + j] as number;
  let norm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) norm += Math.abs(A(i, j));
  let hi = n - 1;
  let shiftSum = 0; // accumulated exceptional shifts
  let its = 0;
  let total = 0;
  while (hi >= 0) {
    // Deflation: the lowest l with a negligible subdiagonal a[l][l-1] above row hi.
    let l = hi;
    for (; l >= 1; l--) {
      let s = Math.abs(A(l - 1, l - 1)) + Math.abs(A(l, l));
      if (s === 0) s = norm;
      if (Math.abs(A(l, l - 1)) <= EPS * s) {
        a[l * n + l - 1] = 0;
        break;
      }
    }
    let x = A(hi, hi);
    if (l === hi) {
      wr[hi] = x + shiftSum;
      wi[hi] = 0;
      hi--;
      its = 0;
      continue;
    }
    let y = A(hi - 1, hi - 1);
    let w = A(hi, hi - 1) * A(hi - 1, hi);
    if (l === hi - 1) {
      // A 2×2 block: its two eigenvalues, real or a conjugate pair.
      const p = 0.5 * (y - x);
      const q = p * p + w;
      const z = Math.sqrt(Math.abs(q));
      x += shiftSum;
      if (q >= 0) {
        const zz = p + withSign(z, p);
        wr[hi - 1] = x + zz;
        wr[hi] = zz !== 0 ? x - w / zz : x + zz;
        wi[hi - 1] = 0;
        wi[hi] = 0;
      } else {
        wr[hi - 1] = x + p;
        wr[hi] = x + p;
        wi[hi - 1] = z;
        wi[hi] = -z;
      }
      hi -= 2;
      its = 0;
      continue;
    }
    if (total >= 30 * n) throw new ValueError(`${fn}: the eigenvalue iteration did not converge`);
    if (its > 0 && its % 10 === 0) {
      // Exceptional shift (every 10 sweeps without deflation).
      shiftSum += x;
      for (let i = 0; i <= hi; i++) a[i * n + i] = A(i, i) - x;
      const s = Math.abs(A(hi, hi - 1)) + Math.abs(A(hi - 1, hi - 2));
      x = 0.75 * s;
      y = x;
      w = -0.4375 * s * s;
    }
    its++;
    total++;
    // First column of (H - s1 I)(H - s2 I), looking for two small consecutive subdiagonals.
    let m = hi - 2;
    let p = 0;
    let q = 0;
    let r = 0;
    for (; m >= l; m--) {
      const z = A(m, m);
      const rr = x - z;
      const ss = y - z;
      p = (rr * ss - w) / A(m + 1, m) + A(m, m + 1);
      q = A(m + 1, m + 1) - z - rr - ss;
      r = A(m + 2, m + 1);
      const s = Math.abs(p) + Math.abs(q) + Math.abs(r);
      p /= s;
      q /= s;
      r /= s;
      if (m === l) break;
      const u = Math.abs(A(m, m - 1)) * (Math.abs(q) + Math.abs(r));
      const v = Math.abs(p) * (Math.abs(A(m - 1, m - 1)) + Math.abs(z) + Math.abs(A(m + 1, m + 1)));
      if (u <= EPS * v) break;
    }
    for (let i = m + 2; i <= hi; i++) {
      a[i * n + i - 2] = 0;
      if (i !== m + 2) a[i * n + i - 3] = 0;
    }
    // Chase the bulge with 3×3 Householder reflectors from row m down to row hi.
    for (let k = m; k <= hi - 1; k++) {
      let scale = 1;
      if (k !== m) {
        p = A(k, k - 1);
        q = A(k + 1, k - 1);
        r = k !== hi - 1 ? A(k + 2, k - 1) : 0;
        scale = Math.abs(p) + Math.abs(q) + Math.abs(r);
        if (scale === 0) continue;
        p /= scale;
        q /= scale;
        r /= scale;
      }
      const s = withSign(Math.sqrt(p * p + q * q + r * r), p);
      if (s === 0) continue;
      if (k === m) {
        if (l !== m) a[k * n + k - 1] = -A(k, k - 1);
      } else {
        a[k * n + k - 1] = -s * scale;
      }
      p += s;
      const hx = p / s;
      const hy = q / s;
      const hz = r / s;
      q /= p;
      r /= p;
      for (let j = k; j <= hi; j++) {
        let t = A(k, j) + q * A(k + 1, j);
        if (k !== hi - 1) {
          t += r * A(k + 2, j);
          a[(k + 2) * n + j] = A(k + 2, j) - t * hz;
        }
        a[(k + 1) * n + j] = A(k + 1, j) - t * hy;
        a[k * n + j] = A(k, j) - t * hx;
      }
      const last = Math.min(hi, k + 3);
      for (let i = l; i <= last; i++) {
        let t = hx * A(i, k) + hy * A(i, k + 1);
        if (k !== hi - 1) {
          t += hz * A(i, k + 2);
          a[i * n + k + 2] = A(i, k + 2) - t * r;
        }
        a[i * n + k + 1] = A(i, k + 1) - t * q;
        a[i * n + k] = A(i, k) - t;
      }
    }
  }
  return { re: wr, im: wi };
}

/**
 * Eigenvalues of a real square matrix (row-major, overwritten).
 * @throws {ValueError} when the iteration does not converge.
 */
export function eigvalsReal(a: Float64Array, n: number, fn: string): Eigenvalues {
  if (n === 0) return { re: new Float64Array(0), im: new Float64Array(0) };
  for (let i = 0; i < n * n; i++) {
    if (!Number.isFinite(a[i] as number)) throw new ValueError(`${fn}: array must not contain infs or NaNs`);
  }
  balance(a, null, n);
  hessenbergReal(a, n);
  return hqr(a, n, fn);
}

/** Householder reduction of a complex matrix to upper Hessenberg form (similarity, in place). */
function hessenbergComplex(ar: Float64Array, ai: Float64Array, n: number): void {
  const vr = new Float64Array(n);
  const vi = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    let h = 0;
    for (let i = k + 1; i < n; i++) {
      vr[i] = ar[i * n + k] as number;
      vi[i] = ai[i * n + k] as number;
      h += (vr[i] as number) ** 2 + (vi[i] as number) ** 2;
    }
    if (h === 0) continue;
    const norm = Math.sqrt(h);
    // alpha = -e^{i arg x1} ||x||; v = x - alpha e1.
    const x1r = vr[k + 1] as number;
    const x1i = vi[k + 1] as number;
    const m1 = Math.hypot(x1r, x1i);
    const pr = m1 === 0 ? 1 : x1r / m1;
    const pi = m1 === 0 ? 0 : x1i / m1;
    const alr = -pr * norm;
    const ali = -pi * norm;
    vr[k + 1] = x1r - alr;
    vi[k + 1] = x1i - ali;
    let vv = 0;
    for (let i = k + 1; i < n; i++) vv += (vr[i] as number) ** 2 + (vi[i] as number) ** 2;
    const beta = 2 / vv;
    // Left: A := A - beta v (vᴴ A).
    for (let j = k; j < n; j++) {
      let sr = 0;
      let si = 0;
      for (let i = k + 1; i < n; i++) {
        const a_r = ar[i * n + j] as number;
        const a_i = ai[i * n + j] as number;
        const v_r = vr[i] as number;
        const v_i = vi[i] as number;
        sr += v_r * a_r + v_i * a_i;
        si += v_r * a_i - v_i * a_r;
      }
      sr *= beta;
      si *= beta;
      for (let i = k + 1; i < n; i++) {
        const v_r = vr[i] as number;
        const v_i = vi[i] as number;
        ar[i * n + j] = (ar[i * n + j] as number) - (v_r * sr - v_i * si);
        ai[i * n + j] = (ai[i * n + j] as number) - (v_r * si + v_i * sr);
      }
    }
    // Right: A := A - beta (A v) vᴴ.
    for (let i = 0; i < n; i++) {
      let sr = 0;
      let si = 0;
      for (let j = k + 1; j < n; j++) {
        const a_r = ar[i * n + j] as number;
        const a_i = ai[i * n + j] as number;
        const v_r = vr[j] as number;
        const v_i = vi[j] as number;
        sr += a_r * v_r - a_i * v_i;
        si += a_r * v_i + a_i * v_r;
      }
      sr *= beta;
      si *= beta;
      for (let j = k + 1; j < n; j++) {
        const v_r = vr[j] as number;
        const v_i = -(vi[j] as number);
        ar[i * n + j] = (ar[i * n + j] as number) - (sr * v_r - si * v_i);
        ai[i * n + j] = (ai[i * n + j] as number) - (sr * v_i + si * v_r);
      }
    }
    ar[(k + 1) * n + k] = alr;
    ai[(k + 1) * n + k] = ali;
    for (let i = k + 2; i < n; i++) {
      ar[i * n + k] = 0;
      ai[i * n + k] = 0;
    }
  }
}

/** Complex square root (principal branch) as [re, im]. */
function csqrt(re: number, im: number): [number, number] {
  const m = Math.hypot(re, im);
  if (m === 0) return [0, 0];
  const r = Math.sqrt((m + Math.abs(re)) / 2);
  if (re >= 0) return [r, im / (2 * r)];
  return [Math.abs(im) / (2 * r), im >= 0 ? r : -r];
}

/**
 * Eigenvalues of a complex upper Hessenberg matrix by single-shift QR with Wilkinson shifts.
 * @throws {ValueError} when an eigenvalue does not converge in 30·n sweeps.
 */
function hqrComplex(hr: Float64Array, hi_: Float64Array, n: number, fn: string): Eigenvalues {
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  const cs = new Float64Array(n);
  const snr = new Float64Array(n);
  const sni = new Float64Array(n);
  const mod = (k: number): number => Math.abs(hr[k] as number) + Math.abs(hi_[k] as number);
  let norm = 0;
  for (let k = 0; k < n * n; k++) norm += mod(k);
  let hi = n - 1;
  let its = 0;
  let total = 0;
  while (hi >= 0) {
    let l = hi;
    for (; l >= 1; l--) {
      let s = mod((l - 1) * n + l - 1) + mod(l * n + l);
      if (s === 0) s = norm;
      if (mod(l * n + l - 1) <= EPS * s) {
        hr[l * n + l - 1] = 0;
        hi_[l * n + l - 1] = 0;
        break;
      }
    }
    if (l === hi) {
      wr[hi] = hr[hi * n + hi] as number;
      wi[hi] = hi_[hi * n + hi] as number;
      hi--;
      its = 0;
      continue;
    }
    if (total >= 30 * n) throw new ValueError(`${fn}: the eigenvalue iteration did not converge`);
    its++;
    total++;
    // Wilkinson shift: the eigenvalue of the trailing 2×2 block nearer its last diagonal entry.
    const a = (hi - 1) * n + hi - 1;
    const d = hi * n + hi;
    let mur: number;
    let mui: number;
    if (its % 10 === 0) {
      // Exceptional shift.
      mur = (hr[d] as number) + Math.abs(hr[hi * n + hi - 1] as number);
      mui = hi_[d] as number;
    } else {
      const tr = ((hr[a] as number) - (hr[d] as number)) / 2;
      const ti = ((hi_[a] as number) - (hi_[d] as number)) / 2;
      // disc = t² + b c
      const br = hr[(hi - 1) * n + hi] as number;
      const bi = hi_[(hi - 1) * n + hi] as number;
      const cr = hr[hi * n + hi - 1] as number;
      const ci = hi_[hi * n + hi - 1] as number;
      const [sr, si] = csqrt(tr * tr - ti * ti + br * cr - bi * ci, 2 * tr * ti + br * ci + bi * cr);
      // mu = d + t ∓ sqrt: choose the sign that makes |t ± sqrt| largest, then mu = d - bc/(t ± sqrt).
      const sign = tr * sr + ti * si >= 0 ? 1 : -1;
      const denr = tr + sign * sr;
      const deni = ti + sign * si;
      const den2 = denr * denr + deni * deni;
      mur = hr[d] as number;
      mui = hi_[d] as number;
      if (den2 !== 0) {
        const bcr = br * cr - bi * ci;
        const bci = br * ci + bi * cr;
        mur -= (bcr * denr + bci * deni) / den2;
        mui -= (bci * denr - bcr * deni) / den2;
      }
    }
    for (let k = l; k <= hi; k++) {
      hr[k * n + k] = (hr[k * n + k] as number) - mur;
      hi_[k * n + k] = (hi_[k * n + k] as number) - mui;
    }
    // H - mu I = Q R (Givens on rows), then R Q (on columns) restores Hessenberg form.
    for (let k = l; k < hi; k++) {
      const xr = hr[k * n + k] as number;
      const xi = hi_[k * n + k] as number;
      const yr = hr[(k + 1) * n + k] as number;
      const yi = hi_[(k + 1) * n + k] as number;
      const ax = Math.hypot(xr, xi);
      const r = Math.hypot(ax, Math.hypot(yr, yi));
      let c: number;
      let sr: number;
      let si: number;
      if (r === 0) {
        c = 1;
        sr = 0;
        si = 0;
      } else if (ax === 0) {
        c = 0;
        sr = 1;
        si = 0;
      } else {
        c = ax / r;
        // s = (x/|x|) conj(y) / r
        const ur = xr / ax;
        const ui = xi / ax;
        sr = (ur * yr + ui * yi) / r;
        si = (ui * yr - ur * yi) / r;
      }
      cs[k] = c;
      snr[k] = sr;
      sni[k] = si;
      for (let j = k; j <= hi; j++) {
        const pr = hr[k * n + j] as number;
        const pi = hi_[k * n + j] as number;
        const qr = hr[(k + 1) * n + j] as number;
        const qi = hi_[(k + 1) * n + j] as number;
        hr[k * n + j] = c * pr + (sr * qr - si * qi);
        hi_[k * n + j] = c * pi + (sr * qi + si * qr);
        // -conj(s) p + c q
        hr[(k + 1) * n + j] = -(sr * pr + si * pi) + c * qr;
        hi_[(k + 1) * n + j] = -(sr * pi - si * pr) + c * qi;
      }
    }
    for (let k = l; k < hi; k++) {
      const c = cs[k] as number;
      const sr = snr[k] as number;
      const si = sni[k] as number;
      const last = Math.min(k + 2, hi);
      for (let i = l; i <= last; i++) {
        const ur = hr[i * n + k] as number;
        const ui = hi_[i * n + k] as number;
        const vr = hr[i * n + k + 1] as number;
        const vi = hi_[i * n + k + 1] as number;
        // [u v] Gᴴ = [u c + v conj(s), -u s + v c]
        hr[i * n + k] = ur * c + (vr * sr + vi * si);
        hi_[i * n + k] = ui * c + (vi * sr - vr * si);
        hr[i * n + k + 1] = -(ur * sr - ui * si) + vr * c;
        hi_[i * n + k + 1] = -(ur * si + ui * sr) + vi * c;
      }
    }
    for (let k = l; k <= hi; k++) {
      hr[k * n + k] = (hr[k * n + k] as number) + mur;
      hi_[k * n + k] = (hi_[k * n + k] as number) + mui;
    }
  }
  return { re: wr, im: wi };
}

/**
 * Eigenvalues of a complex square matrix given as real and imaginary parts (row-major, overwritten).
 * @throws {ValueError} for non-finite entries or when the iteration does not converge.
 */
export function eigvalsComplex(ar: Float64Array, ai: Float64Array, n: number, fn: string): Eigenvalues {
  if (n === 0) return { re: new Float64Array(0), im: new Float64Array(0) };
  for (let i = 0; i < n * n; i++) {
    if (!Number.isFinite(ar[i] as number) || !Number.isFinite(ai[i] as number)) {
      throw new ValueError(`${fn}: array must not contain infs or NaNs`);
    }
  }
  balance(ar, ai, n);
  hessenbergComplex(ar, ai, n);
  return hqrComplex(ar, ai, n, fn);
}
