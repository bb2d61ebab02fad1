/**
 * Small dense eigenproblems of the Krylov methods (the projected matrices, order ≲ 100), solved
 * in TypeScript by cyclic Jacobi: no round trip through the LAPACK heap per restart, and Jacobi's
 * high relative accuracy. Larger ones go to LAPACK's ?syevd through @stride/linalg.
 */
import { eigh } from '@stride/linalg';
import { rawOf, wrapRaw } from '../operator.js';

/** Above this order the projected problem goes to LAPACK. */
const JACOBI_LIMIT = 120;

/** Eigen-decomposition of a small symmetric matrix (row-major m×m): ascending w, eigenvectors as columns of y. */
export function smallEigh(t: Float64Array, m: number): { w: Float64Array; y: Float64Array } {
  if (m > JACOBI_LIMIT) {
    const r = eigh(wrapRaw(t.slice(0, m * m), 'float64', [m, m]));
    return { w: rawOf(r.w, 'float64').slice(), y: rawOf(r.v, 'float64').slice() };
  }
  const a = t.slice(0, m * m);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  const eps = Number.EPSILON;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (apq === 0) continue;
        const app = a[p * m + p]!;
        const aqq = a[q * m + q]!;
        // Negligible next to both diagonal entries: set to zero (the relative-accuracy test).
        if (Math.abs(apq) <= eps * 0.5 * Math.sqrt(Math.abs(app * aqq)) || Math.abs(apq) < 1e-300) {
          a[p * m + q] = 0;
          a[q * m + p] = 0;
          continue;
        }
        rotated = true;
        const theta = (aqq - app) / (2 * apq);
        const tt = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(tt * tt + 1);
        const s = tt * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        a[p * m + p] = app - tt * apq;
        a[q * m + q] = aqq + tt * apq;
        a[p * m + q] = 0;
        a[q * m + p] = 0;
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p]!;
          const vkq = v[k * m + q]!;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
    if (!rotated) break;
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => a[i * m + i]! - a[j * m + j]!);
  const w = Float64Array.from(order, (i) => a[i * m + i]!);
  const y = new Float64Array(m * m);
  for (let r = 0; r < m; r++) for (let c = 0; c < m; c++) y[r * m + c] = v[r * m + order[c]!]!;
  return { w, y };
}
