/**
 * Dense least squares for `polyfit`: Householder QR (Golub & Van Loan §5.2) reduces `A` (m × n)
 * to `R` (n × n) and `Qᵀb`; a one-sided Jacobi SVD of `R` (Hestenes; Demmel & Veselić) gives
 * the singular values of `A` and the minimum-norm solution truncated at `rcond · s_max`, the
 * definition NumPy's `lstsq` (LAPACK gelsd) uses. Residuals are `‖(Qᵀb)[n:]‖²` per column when
 * `A` has full column rank and `m > n`, as in NumPy.
 */

const EPS = 2 ** -52;

/** The least-squares solution and what NumPy's `lstsq` reports with it. */
export interface LeastSquares {
  /** Solution, row-major n × k. */
  x: Float64Array;
  /** Sum of squared residuals per column (empty unless rank = n < m). */
  residuals: Float64Array;
  /** Number of singular values above `rcond · s_max`. */
  rank: number;
  /** Singular values of `A`, descending (min(m, n) of them). */
  s: Float64Array;
  /** `V diag(1/s²) Vᵀ` = (AᵀA)⁻¹ from all n singular values (Infinity where one is 0). */
  gramInverse: () => Float64Array;
}

/** Singular value decomposition of a square matrix by one-sided Jacobi rotations: `R = U S Vᵀ`. */
function jacobiSvd(r: Float64Array, n: number): { u: Float64Array; s: Float64Array; v: Float64Array } {
  const w = Float64Array.from(r);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let k = 0; k < n; k++) {
          const wi = w[k * n + i] as number;
          const wj = w[k * n + j] as number;
          alpha += wi * wi;
          beta += wj * wj;
          gamma += wi * wj;
        }
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let k = 0; k < n; k++) {
          const wi = w[k * n + i] as number;
          const wj = w[k * n + j] as number;
          w[k * n + i] = c * wi - s * wj;
          w[k * n + j] = s * wi + c * wj;
          const vi = v[k * n + i] as number;
          const vj = v[k * n + j] as number;
          v[k * n + i] = c * vi - s * vj;
          v[k * n + j] = s * vi + c * vj;
        }
      }
    }
    if (!rotated) break;
  }
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let t = 0;
    for (let k = 0; k < n; k++) t += (w[k * n + j] as number) ** 2;
    s[j] = Math.sqrt(t);
  }
  // Columns by descending singular value.
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => (s[b] as number) - (s[a] as number));
  const u = new Float64Array(n * n);
  const vs = new Float64Array(n * n);
  const ss = new Float64Array(n);
  order.forEach((j, c) => {
    const sj = s[j] as number;
    ss[c] = sj;
    for (let k = 0; k < n; k++) {
      u[k * n + c] = sj === 0 ? 0 : (w[k * n + j] as number) / sj;
      vs[k * n + c] = v[k * n + j] as number;
    }
  });
  return { u, s: ss, v: vs };
}

/**
 * Solves `min ‖A x - b‖₂` (minimum norm when rank-deficient) for row-major `a` (m × n) and
 * `b` (m × k); neither is modified.
 */
export function leastSquares(
  a: Float64Array,
  m: number,
  n: number,
  b: Float64Array,
  k: number,
  rcond: number,
): LeastSquares {
  const p = Math.max(m, n);
  // Zero rows pad an underdetermined system to square: same solutions, extra zero singular values.
  const A = new Float64Array(p * n);
  A.set(a.subarray(0, m * n));
  const B = new Float64Array(p * k);
  B.set(b.subarray(0, m * k));
  const v = new Float64Array(p);
  for (let j = 0; j < n; j++) {
    let norm = 0;
    for (let i = j; i < p; i++) norm = Math.hypot(norm, A[i * n + j] as number);
    if (norm === 0) continue;
    const x0 = A[j * n + j] as number;
    const alpha = x0 >= 0 ? -norm : norm;
    for (let i = j; i < p; i++) v[i] = A[i * n + j] as number;
    v[j] = x0 - alpha;
    const half = norm * norm - alpha * x0; // vᵀv / 2
    for (let c = j; c < n; c++) {
      let s = 0;
      for (let i = j; i < p; i++) s += (v[i] as number) * (A[i * n + c] as number);
      s /= half;
      for (let i = j; i < p; i++) A[i * n + c] = (A[i * n + c] as number) - s * (v[i] as number);
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let i = j; i < p; i++) s += (v[i] as number) * (B[i * k + c] as number);
      s /= half;
      for (let i = j; i < p; i++) B[i * k + c] = (B[i * k + c] as number) - s * (v[i] as number);
    }
  }
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i * n + j] = A[i * n + j] as number;
  const svd = jacobiSvd(R, n);
  const q = Math.min(m, n);
  const smax = n > 0 ? (svd.s[0] as number) : 0;
  let rank = 0;
  // LAPACK's rule: values at or below rcond · s_max count as zero; a NaN rcond cuts nothing (as NumPy).
  const cut = Number.isNaN(rcond * smax) ? 0 : rcond * smax;
  for (let i = 0; i < q; i++) if ((svd.s[i] as number) > cut) rank++;
  // x = V S⁺ Uᵀ (Qᵀb)[:n]
  const x = new Float64Array(n * k);
  for (let c = 0; c < k; c++) {
    for (let t = 0; t < rank; t++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (svd.u[i * n + t] as number) * (B[i * k + c] as number);
      dot /= svd.s[t] as number;
      for (let i = 0; i < n; i++) x[i * k + c] = (x[i * k + c] as number) + (svd.v[i * n + t] as number) * dot;
    }
  }
  let residuals = new Float64Array(0);
  if (rank === n && m > n) {
    residuals = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let i = n; i < m; i++) s += (B[i * k + c] as number) ** 2;
      residuals[c] = s;
    }
  }
  const gramInverse = (): Float64Array => {
    const g = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < n; t++) {
          s += ((svd.v[i * n + t] as number) * (svd.v[j * n + t] as number)) / (svd.s[t] as number) ** 2;
        }
        g[i * n + j] = s;
      }
    }
    return g;
  };
  return { x, residuals, rank, s: svd.s.slice(0, q), gramInverse };
}
