// NumPy 2.4 fixtures (scripts/gen_numeric_fixtures.py) for cov, corrcoef, polyval, poly, roots,
// polyfit, ediff1d and the NaN-aware reductions on edge cases; plus applyAlongAxis and argument checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, decodeScalar, type Enc, type EncScalar, expectClose } from '../../../test/fixtures.js';
import {
  ArgumentError,
  NDArray,
  StrideError,
  ValueError,
  arange,
  array,
  nanargmax,
  nanargmin,
  nancumprod,
  nancumsum,
  nanmedian,
  nanpercentile,
  nanquantile,
  sum,
} from '../src/index.js';
import {
  Polynomial,
  applyAlongAxis,
  corrcoef,
  cov,
  ediff1d,
  poly,
  polyfit,
  polyval,
  roots,
} from '../src/numeric/index.js';

interface Case {
  name: string;
  fn: string;
  args: (Enc | EncScalar)[];
  opts: Record<string, unknown>;
  out?: unknown;
  error?: string;
  tol?: number;
}

const { cases } = JSON.parse(readFileSync(new URL('./fixtures/numeric.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** Tolerance of results computed by the same formulas in a different summation order. */
const ROUNDING = { rtol: 1e-12, atol: 1e-14 };
/** polyfit: a least-squares solve (QR + Jacobi SVD here, LAPACK gelsd in NumPy). */
const LSTSQ = { rtol: 1e-9, atol: 1e-11 };
/** float32 results. */
const SINGLE = { rtol: 2e-6, atol: 1e-7 };

const isEnc = (v: unknown): v is Enc => typeof v === 'object' && v !== null && 'dtype' in v && 'shape' in v;
const SPECIAL = new Set(['nan', 'inf', '-inf']);
const dec = (v: unknown): unknown =>
  isEnc(v)
    ? decode(v)
    : typeof v === 'object' || (typeof v === 'string' && SPECIAL.has(v))
      ? decodeScalar(v as EncScalar)
      : v;
const numbers = (a: NDArray): number[] => (a.toArray() as unknown[]).flat(8).map(Number);

const FNS: Record<string, (...a: never[]) => unknown> = {
  cov,
  corrcoef,
  polyval,
  poly,
  roots,
  polyfit,
  ediff1d,
  nanargmin,
  nanargmax,
  nanmedian,
  nancumsum,
  nancumprod,
  nanpercentile,
  nanquantile,
};

function call(c: Case): unknown {
  const args = c.args.map(dec);
  const opts = Object.fromEntries(Object.entries(c.opts).map(([k, v]) => [k, dec(v)]));
  const fn = FNS[c.fn] as (...a: unknown[]) => unknown;
  return Object.keys(opts).length > 0 ? fn(...args, opts) : fn(...args);
}

const asNum = (v: unknown): number | NDArray => (v instanceof NDArray ? v : Number(v));

/** Pairs each wanted root with the nearest unused computed root. */
function expectSameRoots(got: NDArray, want: NDArray, tol: number, what: string): void {
  expect(got.shape, `${what} shape`).toEqual(want.shape);
  const pts = (a: NDArray): [number, number][] =>
    (a.toArray() as (number | { re: number; im: number })[]).map((v) =>
      typeof v === 'number' ? [v, 0] : [v.re, v.im],
    );
  const g = pts(got);
  const used = new Set<number>();
  for (const [wr, wi] of pts(want)) {
    let best = -1;
    let d = Number.POSITIVE_INFINITY;
    g.forEach(([gr, gi], i) => {
      const e = Math.hypot(gr - wr, gi - wi);
      if (!used.has(i) && e < d) {
        d = e;
        best = i;
      }
    });
    used.add(best);
    const lim = tol * Math.max(1, Math.hypot(wr, wi));
    if (!(d <= lim)) expect.fail(`${what}: root ${wr}+${wi}j matched at distance ${d} > ${lim}`);
  }
}

describe('numeric fixtures (NumPy 2.4)', () => {
  for (const c of cases) {
    it(`${c.name}`, () => {
      if (c.error !== undefined) {
        let err: unknown;
        try {
          call(c);
        } catch (e) {
          err = e;
        }
        expect(err, `${c.name} throws (NumPy: ${c.error})`).toBeDefined();
        expect(err instanceof StrideError || err instanceof ArgumentError, `${String(err)} is typed`).toBe(true);
        if (c.error === 'ValueError') expect(err).toBeInstanceOf(ValueError);
        return;
      }
      const got = call(c);
      if (c.fn === 'roots') {
        const want = decode(c.out as Enc);
        expectSameRoots(got as NDArray, want, c.tol as number, c.name);
        if ((c.tol as number) <= 1e-9) expect((got as NDArray).dtype).toBe(want.dtype);
        return;
      }
      if (c.fn === 'polyfit' && Array.isArray(c.out)) {
        const out = c.out as unknown[];
        if (out.length === 5) {
          const r = got as { coef: NDArray; residuals: NDArray; rank: number; singularValues: NDArray; rcond: number };
          expectClose(r.coef, decode(out[0] as Enc), LSTSQ, 'coef');
          expectClose(r.residuals, decode(out[1] as Enc), { rtol: 1e-6, atol: 1e-12 }, 'residuals');
          expect(r.rank).toBe(Number(dec(out[2])));
          expectClose(r.singularValues, decode(out[3] as Enc), { rtol: 1e-12, atol: 1e-15 }, 'singular values');
          expect(r.rcond).toBe(Number(dec(out[4])));
        } else {
          const r = got as { coef: NDArray; cov: NDArray };
          expectClose(r.coef, decode(out[0] as Enc), LSTSQ, 'coef');
          expectClose(r.cov, decode(out[1] as Enc), { rtol: 1e-7, atol: 1e-12 }, 'cov');
        }
        return;
      }
      const want = dec(c.out);
      const tol = c.fn === 'polyfit' ? LSTSQ : c.fn === 'poly' ? { rtol: 1e-11, atol: 1e-12 } : ROUNDING;
      if (want instanceof NDArray) {
        expect(got).toBeInstanceOf(NDArray);
        const g = got as NDArray;
        expect(g.dtype, `${c.name} dtype`).toBe(want.dtype === 'int64' && g.dtype !== 'int64' ? g.dtype : want.dtype);
        if (want.dtype === 'int64' || want.dtype === 'uint64') {
          if (g.dtype === want.dtype) expect(g.toArray()).toEqual(want.toArray());
          else expect(numbers(g)).toEqual(numbers(want));
        } else expectClose(g, want, want.dtype === 'float32' || want.dtype === 'complex64' ? SINGLE : tol, c.name);
      } else if (typeof want === 'object' && want !== null && 're' in want) {
        // A complex scalar (NumPy returns np.complex128 where Stride gives a 0-d complex array).
        const g = (got instanceof NDArray ? got.item() : got) as { re: number; im: number };
        const w = want as { re: number; im: number };
        expectClose(array([g.re, g.im]), array([w.re, w.im]), tol, c.name);
      } else {
        expectClose(asNum(got), asNum(want), tol, c.name);
      }
    });
  }
});

describe('roots and poly', () => {
  it('roots(poly(r)) recovers well-separated roots', () => {
    const r = [-3.5, -1, 0.25, 2, 7];
    expectClose(array([...(roots(poly(r)).toArray() as number[])].sort((a, b) => a - b)), array(r), {
      rtol: 1e-12,
      atol: 1e-13,
    });
  });
  it('roots of a 0-d coefficient is empty', () => {
    expect(roots(3).shape).toEqual([0]);
  });
  it('roots rejects NaN coefficients with a ValueError', () => {
    expect(() => roots([1, Number.NaN, 2])).toThrow(ValueError);
  });
  it('poly of non-contiguous roots', () => {
    const r = arange(8).reshape(2, 4).T.index(':', 0); // [0, 1, 2, 3] with stride 4
    expectClose(poly(r), array([1, -6, 11, -6, 0]), { atol: 1e-13 });
  });
  it('polyval(p, scalar) returns a JS number', () => {
    expect(polyval([3, 0, 1], 5)).toBe(76);
    expect(polyval([1.5, 1], 2)).toBe(4);
  });
  it('polyval of a non-contiguous x', () => {
    const x = arange(6, { dtype: 'float64' }).reshape(2, 3).T;
    expectClose(
      polyval([1, 0, -1], x),
      array([
        [-1, 8],
        [0, 15],
        [3, 24],
      ]),
      { ulps: 0 },
    );
  });
});

describe('applyAlongAxis', () => {
  it('applyAlongAxis(sum, 1, a) reduces rows', () => {
    expect(
      numbers(
        applyAlongAxis((r) => sum(r), 1, [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toEqual([6, 15]);
  });
  it('applyAlongAxis(sum, 0, a) reduces columns', () => {
    expect(
      numbers(
        applyAlongAxis((r) => sum(r), 0, [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toEqual([5, 7, 9]);
  });
  it('a function returning an array puts its axes at axis (NumPy shape rule)', () => {
    const a = arange(24).reshape(2, 3, 4);
    const r = applyAlongAxis((v: NDArray) => array([v.get(0), v.get(1)]), 1, a);
    expect(r.shape).toEqual([2, 2, 4]);
    expect(r.get(1, 1, 3)).toBe(a.get(1, 1, 3));
    const outer = applyAlongAxis(
      (v: NDArray) =>
        array([
          [v.get(0), 0],
          [0, v.get(1)],
        ]),
      0,
      arange(6).reshape(2, 3),
    );
    expect(outer.shape).toEqual([2, 2, 3]);
  });
  it('passes extra arguments', () => {
    expect(
      applyAlongAxis(
        (v: NDArray, k: number) => Number(v.get(0)) * k,
        -1,
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ).toArray(),
    ).toEqual([10, 30]);
  });
  it('throws ValueError for results of changing shape and for empty iteration dimensions', () => {
    expect(() =>
      applyAlongAxis((v: NDArray) => (Number(v.get(0)) > 1 ? [1, 2] : [1]), 1, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(ValueError);
    expect(() => applyAlongAxis((v: NDArray) => sum(v), 1, arange(0).reshape(0, 3))).toThrow(ValueError);
  });
});

describe('argument checks', () => {
  it('cov(a, {rowvar: "no"}) throws a TypeError naming cov and rowvar', () => {
    expect(() => cov([[1, 2]], { rowvar: 'no' as never })).toThrow(/cov: rowvar must be a boolean/);
  });
  it('cov(a, null, false) takes rowvar positionally', () => {
    expectClose(
      cov(
        [
          [1, 2],
          [3, 5],
          [4, 4],
        ],
        null,
        false,
      ),
      cov([
        [1, 3, 4],
        [2, 5, 4],
      ]),
      { ulps: 0 },
    );
  });
  it('corrcoef rejects an unknown option', () => {
    expect(() => corrcoef([1, 2], { bias: true } as never)).toThrow(/unknown option "bias"/);
  });
  it('polyfit(x, y, 1.5) throws a TypeError naming deg', () => {
    expect(() => polyfit([1, 2], [1, 2], 1.5)).toThrow(/polyfit: deg must be an integer/);
  });
  it('polyfit positional rcond, full', () => {
    const r = polyfit([0, 1, 2], [1, 2, 4], 1, null, true);
    expect((r as { rank: number }).rank).toBe(2);
  });
  it('ediff1d(a, toEnd, toBegin) positionally', () => {
    expect(ediff1d([1, 3], [9], [0]).toArray()).toEqual([0, 2, 9]);
  });
  it('polyval rejects extra arguments', () => {
    expect(() => (polyval as (...a: unknown[]) => unknown)([1], 2, 3)).toThrow(TypeError);
  });
});

describe('Polynomial (numpy.polynomial.Polynomial basics)', () => {
  const fx = JSON.parse(readFileSync(new URL('./fixtures/polynomial.json', import.meta.url), 'utf8')) as {
    cases: {
      fit: Record<string, Enc | number | number[]>;
      cubic: Record<string, Enc>;
      mapped: Record<string, Enc | number[] | string>;
    }[];
  };
  const c = fx.cases[0] as (typeof fx.cases)[number];
  const e = (v: unknown): NDArray => decode(v as Enc);
  /** Least-squares coefficients (different factorisation from NumPy's). */
  const FIT = { rtol: 1e-9, atol: 1e-12 };
  /** Coefficient arithmetic done in the same order as NumPy. */
  const ARITH = { rtol: 1e-14, atol: 1e-14 };
  const fit = Polynomial.fit(e(c.fit.x), e(c.fit.y), 4);
  it('Polynomial.fit(x, y, 4) matches NumPy: domain, coef, convert()', () => {
    expect(fit.domain).toEqual(c.fit.domain);
    expectClose(fit.coef, e(c.fit.coef), FIT, 'coef');
    expectClose(fit.convert().coef, e(c.fit.convert), FIT, 'convert');
  });
  it('call, deriv(2), integ(1, [2], 1) and roots of the fit', () => {
    expectClose(fit.call([-1, 0.5, 4]), e(c.fit.call), FIT, 'call');
    expectClose(fit.deriv(2).coef, e(c.fit.deriv2), FIT, 'deriv');
    expectClose(fit.integ(1, [2], 1).coef, e(c.fit.integ), FIT, 'integ');
    const want = e(c.fit.roots);
    const got = fit.roots();
    expect(got.dtype).toBe(want.dtype);
    expectClose(got, want, { rtol: 1e-8, atol: 1e-10 }, 'roots');
  });
  it('arithmetic: pow, mul, sub, roots sorted', () => {
    const p = new Polynomial([-6, 11, -6, 1]);
    expectClose(p.pow(2).coef, e(c.cubic.pow2), ARITH);
    expectClose(p.mul(new Polynomial([1, -1])).coef, e(c.cubic.mul), ARITH);
    expectClose(p.sub(new Polynomial([0, 11])).coef, e(c.cubic.sub), ARITH);
    expectClose(p.roots(), e(c.cubic.roots), { rtol: 1e-13 });
    expect(p.toString()).toBe(c.mapped.str);
  });
  it('a mapped domain: call, deriv, integ, convert, roots', () => {
    const p = new Polynomial([1, 2, 3], { domain: [0, 4] });
    expectClose(p.call([0, 1, 4]), e(c.mapped.call), ARITH);
    expectClose(p.deriv().coef, e(c.mapped.deriv), ARITH);
    expectClose(p.integ().coef, e(c.mapped.integ), ARITH);
    expectClose(p.convert().coef, e(c.mapped.convert), ARITH);
    expectClose(p.roots(), e(c.mapped.roots), { rtol: 1e-13 });
    expect(p.call(4)).toBeCloseTo(6, 13);
  });
  it('different domains do not mix (ValueError)', () => {
    expect(() => new Polynomial([1]).add(new Polynomial([1], { domain: [0, 1] }))).toThrow(ValueError);
  });
});
