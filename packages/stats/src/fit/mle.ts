/**
 * Maximum-likelihood fitting of a continuous distribution to data (SciPy's `rv_continuous.fit`,
 * with the result shaped like `scipy.stats.fit`'s): closed forms where the likelihood equations
 * have them, else Nelder–Mead on the negative log-likelihood over log-transformed positive
 * parameters, restarted from its own optimum until it stops improving.
 */
import { ArgumentError, type ArrayInput, asarray, is, type NDArray, signature, ValueError } from '@stride/ndarray';
import { kernels } from '@stride/special';
import * as continuous from '../distributions/continuous.js';

/** What `fit` needs of a distribution: its name, shape names and log density. */
export interface FittableDistribution {
  readonly name: string;
  readonly shapes: readonly string[];
  logpdf(x: ArrayInput, params?: Record<string, ArrayInput>): number | NDArray;
}

/**
 * Options of `fit`: starting values (`guess`) and parameters held fixed (`fixed`, SciPy's
 * `floc`, `fscale`, `f0`...).
 *
 * @example
 * ```ts
 * fit('gamma', [1.2, 0.8, 2.5, 1.9, 3.1, 0.6, 1.4], { fixed: { loc: 0 } }).params.a; // 3.65589436572274
 * ```
 */
export interface FitOptions {
  guess?: Record<string, number>;
  fixed?: Record<string, number>;
}
const parseFit = signature<FitOptions>('fit', [], { guess: is.any, fixed: is.any });

/**
 * The result of `fit`: the parameters, the negative log-likelihood at them, and whether the
 * optimizer converged.
 *
 * @example
 * ```ts
 * fit('norm', [1, 2, 3, 4]).params; // { loc: 2.5, scale: 1.118033988749895 }
 * ```
 */
export interface FitResult {
  params: Record<string, number>;
  nllf: number;
  success: boolean;
}

function mean(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

function median(v: Float64Array): number {
  const s = Float64Array.from(v).sort();
  const n = s.length;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}

/** Closed-form maximum-likelihood estimates (null where there is none for these fixed parameters). */
function closedForm(name: string, x: Float64Array, fixed: Record<string, number>): Record<string, number> | null {
  const has = (k: string): boolean => fixed[k] !== undefined;
  const n = x.length;
  if (name === 'norm') {
    const loc = has('loc') ? (fixed.loc as number) : mean(x);
    let ss = 0;
    for (const v of x) ss += (v - loc) ** 2;
    return { loc, scale: has('scale') ? (fixed.scale as number) : Math.sqrt(ss / n) };
  }
  if (name === 'expon') {
    const loc = has('loc') ? (fixed.loc as number) : Math.min(...x);
    return { loc, scale: has('scale') ? (fixed.scale as number) : mean(x) - loc };
  }
  if (name === 'uniform' && !has('scale')) {
    const loc = has('loc') ? (fixed.loc as number) : Math.min(...x);
    return { loc, scale: Math.max(...x) - loc };
  }
  if (name === 'laplace') {
    const loc = has('loc') ? (fixed.loc as number) : median(x);
    let s = 0;
    for (const v of x) s += Math.abs(v - loc);
    return { loc, scale: has('scale') ? (fixed.scale as number) : s / n };
  }
  if (name === 'lognorm' && has('loc') && !has('s')) {
    const l = x.map((v) => Math.log(v - (fixed.loc as number)));
    const scale = has('scale') ? (fixed.scale as number) : Math.exp(mean(l));
    const mu = Math.log(scale);
    let ss = 0;
    for (const v of l) ss += (v - mu) ** 2;
    return { s: Math.sqrt(ss / n), loc: fixed.loc as number, scale };
  }
  if (name === 'gamma' && has('loc') && !has('scale') && !has('a')) {
    // log a − ψ(a) = log(mean) − mean(log): Newton from Minka's starting point
    const y = x.map((v) => v - (fixed.loc as number));
    const m = mean(y);
    const s = Math.log(m) - mean(y.map(Math.log));
    let a = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
    for (let it = 0; it < 100; it++) {
      const f = Math.log(a) - kernels.digamma(a) - s;
      // ψ'(a) by the asymptotic series after shifting a up by 6
      let z = a;
      let tri = 0;
      while (z < 6) {
        tri += 1 / (z * z);
        z += 1;
      }
      const iz = 1 / z;
      tri += iz + iz * iz * (0.5 + iz * (1 / 6 - iz * iz * (1 / 30 - (iz * iz) / 42)));
      const step = f / (1 / a - tri);
      a -= step;
      if (Math.abs(step) <= 1e-15 * a) break;
    }
    return { a, loc: fixed.loc as number, scale: m / a };
  }
  return null;
}

/** Nelder–Mead minimization (adaptive coefficients for the dimension, Gao and Han 2012). */
function nelderMead(
  f: (p: Float64Array) => number,
  x0: Float64Array,
  maxIter: number,
): { x: Float64Array; fx: number; ok: boolean } {
  const n = x0.length;
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  const simplex: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(x0);
    p[i] = (p[i] as number) !== 0 ? (p[i] as number) * 1.05 : 0.00025;
    simplex.push(p);
  }
  let values = simplex.map(f);
  for (let it = 0; it < maxIter; it++) {
    const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
    const s = order.map((i) => simplex[i] as Float64Array);
    values = order.map((i) => values[i] as number);
    simplex.splice(0, simplex.length, ...s);
    const best = values[0] as number;
    const worst = values[n] as number;
    let spread = 0;
    for (let i = 1; i <= n; i++)
      for (let k = 0; k < n; k++)
        spread = Math.max(
          spread,
          Math.abs(((simplex[i] as Float64Array)[k] as number) - ((simplex[0] as Float64Array)[k] as number)),
        );
    if (spread <= 1e-12 && Math.abs(worst - best) <= 1e-13 * (1 + Math.abs(best)))
      return { x: simplex[0] as Float64Array, fx: best, ok: true };
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) c[k] = (c[k] as number) + ((simplex[i] as Float64Array)[k] as number) / n;
    const w = simplex[n] as Float64Array;
    const at = (t: number): Float64Array => c.map((ck, k) => ck + t * (ck - (w[k] as number)));
    const xr = at(alpha);
    const fr = f(xr);
    if (fr < best) {
      const xe = at(alpha * beta);
      const fe = f(xe);
      if (fe < fr) {
        simplex[n] = xe;
        values[n] = fe;
      } else {
        simplex[n] = xr;
        values[n] = fr;
      }
    } else if (fr < (values[n - 1] as number)) {
      simplex[n] = xr;
      values[n] = fr;
    } else {
      const outside = fr < worst;
      const xc = at(outside ? alpha * gamma : -gamma);
      const fc = f(xc);
      if (fc <= (outside ? fr : worst)) {
        simplex[n] = xc;
        values[n] = fc;
      } else {
        const x0b = simplex[0] as Float64Array;
        for (let i = 1; i <= n; i++) {
          simplex[i] = (simplex[i] as Float64Array).map(
            (v, k) => (x0b[k] as number) + delta * (v - (x0b[k] as number)),
          );
          values[i] = f(simplex[i] as Float64Array);
        }
      }
    }
  }
  let bi = 0;
  for (let i = 1; i <= n; i++) if ((values[i] as number) < (values[bi] as number)) bi = i;
  return { x: simplex[bi] as Float64Array, fx: values[bi] as number, ok: false };
}

/**
 * Fits `dist` (a distribution object or its name) to `data` by maximum likelihood (SciPy's `dist.fit(data)`, with SciPy's
 * closed forms for norm, expon, uniform, laplace, and lognorm and gamma with a fixed loc). Every
 * parameter not in `fixed` is estimated, loc and scale included; the result holds the parameters
 * by name and the negative log-likelihood.
 *
 * @example
 * ```ts
 * fit('expon', [0.5, 1.5, 2.5]).params; // { loc: 0.5, scale: 1 }
 * const w = fit('weibullMin', [1.2, 0.8, 2.5, 1.9, 3.1, 0.6, 1.4], { fixed: { loc: 0 } });
 * w.params.c; // 2.094647581420533 (SciPy stops at 2.09463, a less likely point)
 * w.nllf < 8.248794299643627; // true (SciPy's negative log-likelihood)
 * ```
 */
export function fit(dist: FittableDistribution | string, data: ArrayInput, options?: FitOptions): FitResult {
  const { guess = {}, fixed = {} } = parseFit(options === undefined ? [] : [options]);
  if (typeof dist === 'string') {
    const table = continuous as unknown as Record<string, FittableDistribution | undefined>;
    const found = Object.hasOwn(table, dist) ? table[dist] : undefined;
    if (found === undefined || typeof found.logpdf !== 'function')
      throw new ValueError(`fit: dist must name a continuous distribution (such as 'norm'), got "${dist}"`);
    dist = found;
  }
  if (typeof dist !== 'function' && (typeof dist !== 'object' || dist === null))
    throw new ArgumentError(
      `fit: dist must be a continuous distribution such as norm, got ${dist === null ? 'null' : typeof dist}`,
    );
  if (typeof dist.logpdf !== 'function' || !Array.isArray(dist.shapes))
    throw new ArgumentError(
      `fit: dist must be a continuous distribution such as norm, got ${dist === null ? 'null' : typeof dist}`,
    );
  is.arrayLike(data, 'fit', 'data');
  const names = [...dist.shapes, 'loc', 'scale'];
  for (const k of [...Object.keys(fixed), ...Object.keys(guess)])
    if (!names.includes(k))
      throw new ValueError(`fit: ${dist.name} has no parameter ${k} (it has ${names.join(', ')})`);
  const x = Float64Array.from((asarray(data).toArray() as unknown[]).flat(Number.POSITIVE_INFINITY as 1) as number[]);
  if (x.length === 0) throw new ValueError('fit: data is empty');
  if (x.some((v) => !Number.isFinite(v))) throw new ValueError('fit: data must be finite');
  const nllf = (p: Record<string, number>): number => {
    const r = dist.logpdf(x, p) as NDArray;
    let s = 0;
    for (const v of r.data as Float64Array) s -= v;
    return Number.isNaN(s) ? Number.POSITIVE_INFINITY : s;
  };
  const closed = closedForm(dist.name, x, fixed);
  if (closed !== null) return { params: { ...closed, ...fixed }, nllf: nllf({ ...closed, ...fixed }), success: true };
  const free = names.filter((k) => fixed[k] === undefined);
  const positive = (k: string): boolean => k !== 'loc';
  // starting values: shapes 1, loc and scale from the data's spread (below the data for a bounded support)
  const m = mean(x);
  let sd = 0;
  for (const v of x) sd += (v - m) ** 2;
  sd = Math.sqrt(sd / x.length) || 1;
  const start: Record<string, number> = {};
  for (const s of dist.shapes) start[s] = 1;
  start.loc = m;
  start.scale = sd;
  const atLoc = fixed.loc ?? guess.loc;
  const lowerBounded =
    Number.isFinite(nllf({ ...start, ...fixed, loc: Math.min(...x) - sd, scale: sd })) &&
    !Number.isFinite(nllf({ ...start, ...fixed, loc: Math.max(...x) + sd, scale: sd }));
  if (lowerBounded) start.loc = Math.min(...x) - 0.1 * sd;
  if (atLoc !== undefined) start.loc = atLoc;
  Object.assign(start, guess);
  const toParams = (p: Float64Array): Record<string, number> => {
    const out: Record<string, number> = { ...fixed };
    free.forEach((k, i) => {
      out[k] = positive(k) ? Math.exp(p[i] as number) : (p[i] as number);
    });
    return out;
  };
  const objective = (p: Float64Array): number => nllf(toParams(p));
  let p0: Float64Array<ArrayBufferLike> = Float64Array.from(free, (k) =>
    positive(k) ? Math.log(start[k] as number) : (start[k] as number),
  );
  let best: { x: Float64Array<ArrayBufferLike>; fx: number; ok: boolean } = { x: p0, fx: objective(p0), ok: false };
  for (let round = 0; round < 20; round++) {
    const r = nelderMead(objective, best.x, 4000 * free.length);
    const improved = r.fx < best.fx - 1e-12 * Math.abs(best.fx);
    best = r.fx <= best.fx ? r : best;
    if (!improved && round > 0) break;
    p0 = best.x;
  }
  const params = toParams(best.x);
  return { params, nllf: nllf(params), success: Number.isFinite(best.fx) && best.ok };
}
