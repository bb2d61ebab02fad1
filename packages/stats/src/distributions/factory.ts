/**
 * Builds the public distribution objects from per-element definitions: parameter validation
 * (`signature`), defaults, SciPy's answers for invalid parameters (NaN) and out-of-support
 * arguments, broadcasting, moments, frozen use and sampling by inversion.
 */
import {
  type ArrayInput,
  argumentError,
  asarray,
  broadcastShapes,
  empty,
  is,
  type NDArray,
  random,
  signature,
  ValueError,
} from '@stride/ndarray';
import { elementwise, type Kernel6, type Loop6 } from '../broadcast.js';
import type { Frozen, Params, RvsOptions } from './types.js';

/** A per-element function of the standardized variate and up to three shape parameters. */
export type Std = (x: number, a: number, b: number, c: number) => number;
/** A per-element function of the shape parameters alone. */
export type ShapeFn = (a: number, b: number, c: number) => number;

/** The Generator methods the samplers use (a number without a size, an NDArray with one). */
export interface Draws {
  random(size?: number[]): unknown;
  standardNormal(size?: number[]): unknown;
  standardExponential(size?: number[]): unknown;
}

/** What one distribution supplies, in standard form (loc 0, scale 1). */
export interface Definition {
  name: string;
  shapes: readonly string[];
  /** Are the shape parameters valid? (invalid ones give NaN, as in SciPy) */
  valid: (a: number, b: number, c: number) => boolean;
  /** Lower and upper end of the support. */
  lower: ShapeFn;
  upper: ShapeFn;
  /** Density or mass, and its logarithm (either may be derived from the other). */
  density?: Std;
  logDensity?: Std;
  cdf: Std;
  sf: Std;
  logcdf?: Std;
  logsf?: Std;
  /** Quantiles for q strictly inside (0, 1). Discrete definitions may omit them (exact search). */
  ppf?: Std;
  isf?: Std;
  /** A first guess of a discrete quantile, refined by the exact search. */
  guess?: Std;
  mean: ShapeFn;
  var: ShapeFn;
  entropy?: ShapeFn;
  median?: ShapeFn;
  /** Draws in standard form from the generator (a SciPy-identical stream), else inversion of ppf. */
  draw?: (g: Draws, shape: number[] | undefined) => unknown;
  /** One draw in standard form for numeric shape parameters (a SciPy-identical stream). */
  drawOne?: (g: Draws, a: number, b: number, c: number) => number;
}

const NUMERIC = is.arrayLike;

function logOf(f: Std, g: Std): Std {
  // log of a probability: from its complement where that is the small one
  return (x, a, b, c) => {
    const p = f(x, a, b, c);
    return p > 0.5 ? Math.log1p(-g(x, a, b, c)) : Math.log(p);
  };
}

/** Smallest integer k in [lo, hi] with f(k) >= q, f non-decreasing, searched from `start`. */
export function integerSearch(f: (k: number) => number, q: number, lo: number, hi: number, start: number): number {
  let k = Number.isFinite(start) ? Math.floor(start) : lo;
  if (k < lo) k = lo;
  if (k > hi) k = hi;
  let below: number; // f(below) < q, or below = lo - 1
  let above: number; // f(above) >= q
  if (f(k) >= q) {
    above = k;
    let step = 1;
    for (;;) {
      const m = above - step;
      if (m < lo) {
        below = lo - 1;
        break;
      }
      if (f(m) < q) {
        below = m;
        break;
      }
      above = m;
      step *= 2;
    }
  } else {
    below = k;
    let step = 1;
    for (;;) {
      const m = below + step;
      if (m >= hi) {
        above = hi;
        break;
      }
      if (f(m) >= q) {
        above = m;
        break;
      }
      below = m;
      step *= 2;
    }
  }
  while (above - below > 1) {
    const m = Math.floor(below + (above - below) / 2);
    if (f(m) >= q) above = m;
    else below = m;
  }
  return above;
}

interface Built {
  pdf: Kernel6;
  logpdf: Kernel6;
  cdf: Kernel6;
  logcdf: Kernel6;
  sf: Kernel6;
  logsf: Kernel6;
  ppf: Kernel6;
  isf: Kernel6;
  mean: Kernel6;
  var: Kernel6;
  std: Kernel6;
  median: Kernel6;
  entropy: Kernel6;
  /** Whole-array forms for scalar parameters (the methods that have one). */
  loops: Partial<Record<'pdf' | 'logpdf' | 'cdf' | 'logcdf' | 'sf' | 'logsf' | 'ppf' | 'isf', Loop6>>;
}

/** Per-element kernels in the order (x, loc, scale, a, b, c) for continuous distributions. */
function continuousKernels(d: Definition): Built {
  const { valid, lower, upper } = d;
  const density: Std = d.density ?? ((x, a, b, c) => Math.exp(d.logDensity!(x, a, b, c)));
  const logDensity: Std = d.logDensity ?? ((x, a, b, c) => Math.log(d.density!(x, a, b, c)));
  const logcdf = d.logcdf ?? logOf(d.cdf, d.sf);
  const logsf = d.logsf ?? logOf(d.sf, d.cdf);
  const ppf = d.ppf!;
  const isf = d.isf!;
  const bad = (loc: number, scale: number, a: number, b: number, c: number): boolean =>
    !(scale > 0) || Number.isNaN(loc) || !valid(a, b, c);
  const inside =
    (f: Std, below: number, above: number, atLow: number, atHigh: number, open: boolean): Kernel6 =>
    (x, loc, scale, a, b, c) => {
      if (Number.isNaN(x) || bad(loc, scale, a, b, c)) return Number.NaN;
      const y = (x - loc) / scale;
      const lo = lower(a, b, c);
      const hi = upper(a, b, c);
      if (y < lo) return below;
      if (y > hi) return above;
      if (open && y === lo) return atLow;
      if (open && y === hi) return atHigh;
      return f(y, a, b, c);
    };
  const quantile =
    (f: Std, atZero: 'lo' | 'hi'): Kernel6 =>
    (q, loc, scale, a, b, c) => {
      if (Number.isNaN(q) || bad(loc, scale, a, b, c) || q < 0 || q > 1) return Number.NaN;
      const lo = lower(a, b, c) * scale + loc;
      const hi = upper(a, b, c) * scale + loc;
      if (q === 0) return atZero === 'lo' ? lo : hi;
      if (q === 1) return atZero === 'lo' ? hi : lo;
      return f(q, a, b, c) * scale + loc;
    };
  const stat =
    (f: (a: number, b: number, c: number, loc: number, scale: number) => number): Kernel6 =>
    (_x, loc, scale, a, b, c) =>
      bad(loc, scale, a, b, c) ? Number.NaN : f(a, b, c, loc, scale);
  // the same per-element answers as `inside`, `quantile` and the densities, with the parameter
  // checks and the support hoisted out of the loop
  const nanOnBad = (out: Float64Array, n: number, loc: number, scale: number, a: number, b: number, c: number) => {
    if (!bad(loc, scale, a, b, c)) return false;
    out.fill(Number.NaN, 0, n);
    return true;
  };
  const insideLoop =
    (f: Std, below: number, above: number, atLow: number, atHigh: number): Loop6 =>
    (xs, off, out, n, loc, scale, a, b, c) => {
      if (nanOnBad(out, n, loc, scale, a, b, c)) return;
      const lo = lower(a, b, c);
      const hi = upper(a, b, c);
      for (let i = 0; i < n; i++) {
        const x = xs[off + i]!;
        const y = (x - loc) / scale;
        out[i] =
          y > lo && y < hi
            ? f(y, a, b, c)
            : Number.isNaN(x)
              ? Number.NaN
              : y < lo
                ? below
                : y > hi
                  ? above
                  : y === lo
                    ? atLow
                    : y === hi
                      ? atHigh
                      : f(y, a, b, c);
      }
    };
  const densityLoop =
    (f: Std, outside: number, log: boolean): Loop6 =>
    (xs, off, out, n, loc, scale, a, b, c) => {
      if (nanOnBad(out, n, loc, scale, a, b, c)) return;
      const lo = lower(a, b, c);
      const hi = upper(a, b, c);
      const logScale = Math.log(scale);
      for (let i = 0; i < n; i++) {
        const x = xs[off + i]!;
        const y = (x - loc) / scale;
        out[i] = Number.isNaN(x)
          ? Number.NaN
          : y < lo || y > hi
            ? outside
            : log
              ? f(y, a, b, c) - logScale
              : f(y, a, b, c) / scale;
      }
    };
  const quantileLoop =
    (f: Std, atZero: 'lo' | 'hi'): Loop6 =>
    (qs, off, out, n, loc, scale, a, b, c) => {
      if (nanOnBad(out, n, loc, scale, a, b, c)) return;
      const lo = lower(a, b, c) * scale + loc;
      const hi = upper(a, b, c) * scale + loc;
      const q0 = atZero === 'lo' ? lo : hi;
      const q1 = atZero === 'lo' ? hi : lo;
      for (let i = 0; i < n; i++) {
        const q = qs[off + i]!;
        out[i] = q > 0 && q < 1 ? f(q, a, b, c) * scale + loc : q === 0 ? q0 : q === 1 ? q1 : Number.NaN;
      }
    };
  const median = d.median ?? ((a: number, b: number, c: number) => ppf(0.5, a, b, c));
  const entropy = d.entropy!;
  return {
    pdf: (x, loc, scale, a, b, c) => {
      if (Number.isNaN(x) || bad(loc, scale, a, b, c)) return Number.NaN;
      const y = (x - loc) / scale;
      if (y < lower(a, b, c) || y > upper(a, b, c)) return 0;
      return density(y, a, b, c) / scale;
    },
    logpdf: (x, loc, scale, a, b, c) => {
      if (Number.isNaN(x) || bad(loc, scale, a, b, c)) return Number.NaN;
      const y = (x - loc) / scale;
      if (y < lower(a, b, c) || y > upper(a, b, c)) return Number.NEGATIVE_INFINITY;
      return logDensity(y, a, b, c) - Math.log(scale);
    },
    cdf: inside(d.cdf, 0, 1, 0, 1, true),
    logcdf: inside(logcdf, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY, 0, true),
    sf: inside(d.sf, 1, 0, 1, 0, true),
    logsf: inside(logsf, 0, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY, true),
    ppf: quantile(ppf, 'lo'),
    isf: quantile(isf, 'hi'),
    mean: stat((a, b, c, loc, scale) => d.mean(a, b, c) * scale + loc),
    var: stat((a, b, c, _loc, scale) => d.var(a, b, c) * scale * scale),
    std: stat((a, b, c, _loc, scale) => Math.sqrt(d.var(a, b, c)) * scale),
    median: stat((a, b, c, loc, scale) => median(a, b, c) * scale + loc),
    entropy: stat((a, b, c, _loc, scale) => entropy(a, b, c) + Math.log(scale)),
    loops: {
      pdf: densityLoop(density, 0, false),
      logpdf: densityLoop(logDensity, Number.NEGATIVE_INFINITY, true),
      cdf: insideLoop(d.cdf, 0, 1, 0, 1),
      logcdf: insideLoop(logcdf, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY, 0),
      sf: insideLoop(d.sf, 1, 0, 1, 0),
      logsf: insideLoop(logsf, 0, Number.NEGATIVE_INFINITY, 0, Number.NEGATIVE_INFINITY),
      ppf: quantileLoop(ppf, 'lo'),
      isf: quantileLoop(isf, 'hi'),
    },
  };
}

/** Per-element kernels in the order (k, loc, unused, a, b, c) for discrete distributions. */
function discreteKernels(d: Definition): Built {
  const { valid, lower, upper } = d;
  const logpmf: Std = d.logDensity ?? ((x, a, b, c) => Math.log(d.density!(x, a, b, c)));
  const pmf: Std = d.density ?? ((x, a, b, c) => Math.exp(logpmf(x, a, b, c)));
  const logcdf = d.logcdf ?? logOf(d.cdf, d.sf);
  const logsf = d.logsf ?? logOf(d.sf, d.cdf);
  const bad = (loc: number, a: number, b: number, c: number): boolean =>
    Number.isNaN(loc) || !Number.isFinite(loc) || !valid(a, b, c);
  const mass =
    (f: Std, zero: number): Kernel6 =>
    (x, loc, _s, a, b, c) => {
      if (Number.isNaN(x) || bad(loc, a, b, c)) return Number.NaN;
      const k = x - loc;
      if (!Number.isFinite(k) || k !== Math.floor(k) || k < lower(a, b, c) || k > upper(a, b, c)) return zero;
      return f(k, a, b, c);
    };
  const cumulative =
    (f: Std, below: number, above: number): Kernel6 =>
    (x, loc, _s, a, b, c) => {
      if (Number.isNaN(x) || bad(loc, a, b, c)) return Number.NaN;
      const k = Math.floor(x - loc);
      if (k < lower(a, b, c)) return below;
      if (k >= upper(a, b, c)) return above;
      return f(k, a, b, c);
    };
  const cdfK = (k: number, a: number, b: number, c: number): number => (k >= upper(a, b, c) ? 1 : d.cdf(k, a, b, c));
  const sfK = (k: number, a: number, b: number, c: number): number => (k >= upper(a, b, c) ? 0 : d.sf(k, a, b, c));
  const ppfStd: Std = (q, a, b, c) =>
    integerSearch((k) => cdfK(k, a, b, c), q, lower(a, b, c), upper(a, b, c), d.guess!(q, a, b, c));
  const isfStd: Std = (q, a, b, c) =>
    integerSearch((k) => -sfK(k, a, b, c), -q, lower(a, b, c), upper(a, b, c), d.guess!(1 - q, a, b, c));
  const quantile =
    (f: Std, isIsf: boolean): Kernel6 =>
    (q, loc, _s, a, b, c) => {
      if (Number.isNaN(q) || bad(loc, a, b, c) || q < 0 || q > 1) return Number.NaN;
      const lo = lower(a, b, c) - 1 + loc;
      const hi = upper(a, b, c) + loc;
      if (q === 0) return isIsf ? hi : lo;
      if (q === 1) return isIsf ? lo : hi;
      return f(q, a, b, c) + loc;
    };
  const stat =
    (f: (a: number, b: number, c: number, loc: number) => number): Kernel6 =>
    (_x, loc, _s, a, b, c) =>
      bad(loc, a, b, c) ? Number.NaN : f(a, b, c, loc);
  const entropy =
    d.entropy ??
    ((a: number, b: number, c: number): number => {
      // -sum p log p over the support, from the lower end to where the tail is negligible
      const lo = Math.max(lower(a, b, c), Math.floor(isfStd(1 - 1e-17, a, b, c)) - 1);
      const hi = Math.min(upper(a, b, c), ppfStd(1 - 1e-17, a, b, c) + 1);
      let h = 0;
      for (let k = lo; k <= hi; k++) {
        const lp = logpmf(k, a, b, c);
        if (lp > Number.NEGATIVE_INFINITY) h -= Math.exp(lp) * lp;
      }
      return h;
    });
  return {
    pdf: mass(pmf, 0),
    logpdf: mass(logpmf, Number.NEGATIVE_INFINITY),
    cdf: cumulative(d.cdf, 0, 1),
    logcdf: cumulative(logcdf, Number.NEGATIVE_INFINITY, 0),
    sf: cumulative(d.sf, 1, 0),
    logsf: cumulative(logsf, 0, Number.NEGATIVE_INFINITY),
    ppf: quantile(ppfStd, false),
    isf: quantile(isfStd, true),
    mean: stat((a, b, c, loc) => d.mean(a, b, c) + loc),
    var: stat((a, b, c) => d.var(a, b, c)),
    std: stat((a, b, c) => Math.sqrt(d.var(a, b, c))),
    median: stat((a, b, c, loc) => ppfStd(0.5, a, b, c) + loc),
    entropy: stat((a, b, c) => entropy(a, b, c)),
    loops: {},
  };
}

type Any = Record<string, unknown>;

/**
 * Assembles the public object of a distribution from its definition.
 *
 * @example
 * ```ts
 * norm.name; // 'norm'
 * ```
 */
export function build(d: Definition, kind: 'continuous' | 'discrete'): unknown {
  const k = kind === 'continuous' ? continuousKernels(d) : discreteKernels(d);
  const paramNames = kind === 'continuous' ? [...d.shapes, 'loc', 'scale'] : [...d.shapes, 'loc'];
  const checks: Record<string, typeof NUMERIC> = {};
  for (const p of paramNames) checks[p] = NUMERIC;
  const parsers = new Map<string, (rest: readonly unknown[]) => Any>();
  const parserFor = (method: string): ((rest: readonly unknown[]) => Any) => {
    let p = parsers.get(method);
    if (p === undefined) {
      const fn = `${d.name}.${method}`;
      const sig = signature<Any>(fn, [], checks);
      p = (rest) => sig(rest);
      parsers.set(method, p);
    }
    return p;
  };
  const seedChecks = { ...checks, seed: is.any };
  /** The parameters in kernel order (loc, scale, a, b, c), defaults filled, required shapes checked. */
  const values = (fn: string, o: Any): unknown[] => {
    const v: unknown[] = [o.loc ?? 0, kind === 'continuous' ? (o.scale ?? 1) : 0];
    for (const s of d.shapes) {
      if (o[s] === undefined)
        throw argumentError(fn, s, 'a number or an array (a required shape parameter)', undefined);
      v.push(o[s]);
    }
    while (v.length < 5) v.push(0);
    return v;
  };
  const names = ['x', 'loc', 'scale', ...d.shapes];
  const method = (name: Exclude<keyof Built, 'loops'>, argName: string) => {
    const kernel = k[name];
    const loop = k.loops[name as keyof Built['loops']];
    const methodName =
      kind === 'discrete' && name === 'pdf' ? 'pmf' : kind === 'discrete' && name === 'logpdf' ? 'logpmf' : name;
    const fn = `${d.name}.${methodName}`;
    const parse = parserFor(methodName);
    const nm = [argName, ...names.slice(1)];
    return (x: unknown, ...rest: unknown[]): number | NDArray => {
      if (x === undefined) throw argumentError(fn, argName, 'an array, a TypedArray, a nested array or a number', x);
      return elementwise(fn, nm, [x, ...values(fn, parse(rest))], kernel, loop);
    };
  };
  const moment = (name: Exclude<keyof Built, 'loops'>) => {
    const kernel = k[name];
    const fn = `${d.name}.${name}`;
    const parse = parserFor(name);
    return (...rest: unknown[]): number | NDArray => elementwise(fn, names, [0, ...values(fn, parse(rest))], kernel);
  };
  const ppf = method('ppf', 'q');
  const interval = (confidence: unknown, ...rest: unknown[]): [number | NDArray, number | NDArray] => {
    const fn = `${d.name}.interval`;
    if (typeof confidence === 'number' && !(confidence >= 0 && confidence <= 1) && !Number.isNaN(confidence))
      throw new ValueError(`${fn}: confidence must be in [0, 1], got ${confidence}`);
    const lo = elementwise(fn, ['confidence'], [confidence], (c) => (1 - c) / 2);
    const hi = elementwise(fn, ['confidence'], [confidence], (c) => (1 + c) / 2);
    return [ppf(lo, ...rest), ppf(hi, ...rest)];
  };
  const rvsParse = signature<Any>(`${d.name}.rvs`, [], seedChecks);
  const rvs = (size?: unknown, options?: unknown): number | NDArray => {
    const fn = `${d.name}.rvs`;
    let shape: number[] | undefined;
    if (size !== undefined && size !== null) {
      is.shape(size, fn, 'size');
      shape = typeof size === 'number' ? [size] : [...(size as number[])];
      for (const s of shape)
        if (s < 0) throw new ValueError(`${fn}: size must be non-negative, got ${JSON.stringify(size)}`);
    }
    const o = rvsParse(options === undefined ? [] : [options]);
    const { seed, ...params } = o as Any & RvsOptions;
    const g = random.defaultRng(seed) as unknown as Draws;
    const v = values(fn, params);
    if (shape === undefined && v.some((p) => typeof p !== 'number')) {
      // no size: one draw per element of the broadcast parameters
      shape = [...broadcastShapes(fn, ...v.map((p) => asarray(p as ArrayInput).shape))];
    }
    const drawOne = d.drawOne;
    if (drawOne !== undefined && v.every((p) => typeof p === 'number')) {
      // draws one at a time in C order, as NumPy's sampler does for scalar parameters
      const [, , a, b, c] = v as number[];
      const one = (): number => (d.valid(a!, b!, c!) ? drawOne(g, a!, b!, c!) : Number.NaN);
      const z = shape === undefined ? one() : empty(shape);
      if (typeof z !== 'number') {
        const out = z.data as Float64Array;
        for (let i = 0; i < z.size; i++) out[i] = one();
      }
      return elementwise(fn, ['draw', 'loc', 'scale'], [z, v[0], v[1]], (u, loc, scale) =>
        kind === 'discrete' ? u + loc : scale > 0 ? u * scale + loc : Number.NaN,
      );
    }
    if (d.draw !== undefined) {
      // a stream identical to SciPy's: standard draws, then scale and shift
      const z = d.draw(g, shape);
      return elementwise(fn, ['draw', 'loc', 'scale', ...d.shapes], [z, ...v], (u, loc, scale, a, b, c) =>
        scale > 0 && d.valid(a, b, c) ? u * scale + loc : Number.NaN,
      );
    }
    const u = g.random(shape);
    return elementwise(fn, ['draw', 'loc', 'scale', ...d.shapes], [u, ...v], (p, loc, scale, a, b, c) =>
      p === 0 ? k.ppf(Number.MIN_VALUE, loc, scale, a, b, c) : k.ppf(p, loc, scale, a, b, c),
    );
  };
  const dist = (params?: unknown): Frozen => {
    const fn = d.name;
    const o = signature<Any>(fn, [], checks)(params === undefined ? [] : [params]);
    values(fn, o); // required parameters present
    const m = (f: (x: unknown, p: Any) => number | NDArray) => (x: unknown) => f(x, o);
    const frozen: Any = {
      cdf: m(obj.cdf),
      logcdf: m(obj.logcdf),
      sf: m(obj.sf),
      logsf: m(obj.logsf),
      ppf: m(obj.ppf),
      isf: m(obj.isf),
      mean: () => obj.mean(o),
      var: () => obj.var(o),
      std: () => obj.std(o),
      median: () => obj.median(o),
      entropy: () => obj.entropy(o),
      interval: (c: unknown) => interval(c, o),
      rvs: (size?: unknown, r?: Any) => rvs(size, { ...o, ...(r ?? {}) }),
    };
    if (kind === 'continuous') {
      frozen.pdf = m(obj.pdf!);
      frozen.logpdf = m(obj.logpdf!);
    } else {
      frozen.pmf = m(obj.pmf!);
      frozen.logpmf = m(obj.logpmf!);
    }
    return frozen as unknown as Frozen;
  };
  type M = (x: unknown, p?: Any) => number | NDArray;
  type MethodName = 'cdf' | 'logcdf' | 'sf' | 'logsf' | 'ppf' | 'isf';
  type StatName = 'mean' | 'var' | 'std' | 'median' | 'entropy';
  const obj = dist as unknown as Record<MethodName, M> &
    Record<StatName, (p?: Any) => number | NDArray> & { pdf?: M; logpdf?: M; pmf?: M; logpmf?: M };
  Object.defineProperty(dist, 'name', { value: d.name });
  const target = dist as unknown as Any;
  target.shapes = d.shapes;
  if (kind === 'continuous') {
    target.pdf = method('pdf', 'x');
    target.logpdf = method('logpdf', 'x');
  } else {
    target.pmf = method('pdf', 'k');
    target.logpmf = method('logpdf', 'k');
  }
  const xName = kind === 'continuous' ? 'x' : 'k';
  target.cdf = method('cdf', xName);
  target.logcdf = method('logcdf', xName);
  target.sf = method('sf', xName);
  target.logsf = method('logsf', xName);
  target.ppf = ppf;
  target.isf = method('isf', 'q');
  for (const s of ['mean', 'var', 'std', 'median', 'entropy'] as const) target[s] = moment(s);
  target.interval = interval;
  target.rvs = rvs;
  return dist;
}

/** Re-exported for definitions. */
export type { ArrayInput, Params };
