// Round trips of the inverses over a grid of parameters and probabilities down to 1e-200: the
// forward function at the inverse's answer gives back p (to the accuracy the answer's last ulp allows).
import { kernels } from '@stride/special';
import { describe, expect, it } from 'vitest';

const PARAMS = [0.05, 0.5, 2, 20, 300];
const PS = [1e-200, 1e-30, 1e-6, 0.05, 0.5, 0.95, 1 - 1e-6];

describe('inverse round trips', () => {
  it('betainc(a, b, betaincinv(a, b, p)) is p (rtol 1e-9) and betaincc gives 1 - p in the upper tail', () => {
    for (const a of PARAMS) {
      for (const b of PARAMS) {
        for (const p of PS) {
          const x = kernels.betaincinv(a, b, p);
          expect(x >= 0 && x <= 1, `betaincinv(${a}, ${b}, ${p}) = ${x}`).toBe(true);
          if (x === 0 || x === 1) continue; // below the smallest subnormal or above 1 - 2^-53
          const back = p < 0.5 ? kernels.betainc(a, b, x) : kernels.betaincc(a, b, x);
          const want = p < 0.5 ? p : 1 - p;
          // one ulp of x moves I by x I'(x) eps relative: allow that sensitivity
          const sens = Math.abs(
            (Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - kernels.betaln(a, b)) * x) / want,
          );
          const tol = 1e-9 + 8e-16 * sens;
          expect(Math.abs(back - want) / want, `betaincinv(${a}, ${b}, ${p}) = ${x}`).toBeLessThanOrEqual(tol);
        }
      }
    }
  });

  it('gammainc(a, gammaincinv(a, p)) is p (rtol 1e-9) over a from 0.05 to 300', () => {
    for (const a of PARAMS) {
      for (const p of PS) {
        const x = kernels.gammaincinv(a, p);
        if (x === 0) continue;
        const back = p < 0.5 ? kernels.gammainc(a, x) : kernels.gammaincc(a, x);
        const want = p < 0.5 ? p : 1 - p;
        const sens = Math.abs(kernels.gammaPrefactor(a, x) / want);
        expect(Math.abs(back - want) / want, `gammaincinv(${a}, ${p}) = ${x}`).toBeLessThanOrEqual(1e-9 + 8e-16 * sens);
      }
    }
  });
});
