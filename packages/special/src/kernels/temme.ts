/** The sum S(a, eta) = sum_k c_k(eta) / a^k of Temme's uniform expansion of the incomplete gamma function (DLMF 8.12.8). */
import { TEMME_GAMMA } from './coefficients.generated.js';
import { polyval } from './util.js';

/**
 * sum_{k<13} c_k(eta) a^-k, the series of Temme's expansion (valid for a >= 20, |eta| <= 0.5).
 *
 * @example
 * ```ts
 * temmeSeries(1e6, 0); // -0.333333335185181 (about -1/3)
 * ```
 */
export function temmeSeries(a: number, eta: number): number {
  const r = 1 / a;
  let s = 0;
  // fewer terms for large a: c_k / a^k falls below 1e-17 sooner
  const terms = a >= 1e4 ? 5 : a >= 200 ? 9 : TEMME_GAMMA.length;
  for (let k = terms - 1; k >= 0; k--) s = s * r + polyval(TEMME_GAMMA[k] as readonly number[], eta);
  return s;
}
