/**
 * SciPy's `get_window`: a window by name, by name and parameters, or a Kaiser β.
 * @module
 */
import { ArgumentError, type NDArray, ValueError, describeValue, is, signature } from '@stride/ndarray';
import {
  barthann,
  bartlett,
  blackman,
  blackmanharris,
  bohman,
  boxcar,
  cosine,
  flattop,
  generalCosine,
  generalHamming,
  hamming,
  hann,
  lanczos,
  nuttall,
  parzen,
  triang,
} from './cosine.js';
import { exponential, gaussian, generalGaussian, kaiser, kaiserBesselDerived, taylor, tukey } from './params.js';
import { chebwin, dpss } from './special.js';

/** A window parameter given in a `get` tuple. */
export type WindowParam = number | boolean | null | readonly number[];

/**
 * What `get` accepts: a name (`'hann'`), a name with its parameters (`['kaiser', 8.6]`,
 * `['tukey', 0.25]`, `['gaussian', 7]`, `['general_cosine', [0.5, 0.5]]`), or a number (a Kaiser β).
 * A name ending in `_symmetric` or `_periodic` overrides `fftbins`.
 */
export type WindowSpec = string | number | readonly [string, ...WindowParam[]];

type AnyWindow = (M: number, ...args: unknown[]) => NDArray;
/** name → (function, whether parameters are required (true), forbidden (false) or optional, how many at most). */
const TABLE: Record<string, [AnyWindow, boolean | 'optional', number]> = {};
function add(names: string[], f: unknown, params: boolean | 'optional', max: number): void {
  for (const n of names) TABLE[n] = [f as AnyWindow, params, max];
}
add(['barthann', 'brthan', 'bth'], barthann, false, 0);
add(['bartlett', 'bart', 'brt'], bartlett, false, 0);
add(['blackman', 'black', 'blk'], blackman, false, 0);
add(['blackmanharris', 'blackharr', 'bkh'], blackmanharris, false, 0);
add(['bohman', 'bman', 'bmn'], bohman, false, 0);
add(['boxcar', 'box', 'ones', 'rect', 'rectangular'], boxcar, false, 0);
add(['chebwin', 'cheb'], chebwin, true, 1);
add(['cosine', 'halfcosine'], cosine, false, 0);
add(['dpss'], dpss, true, 1);
add(['exponential', 'poisson'], exponential, 'optional', 2);
add(['flattop', 'flat', 'flt'], flattop, false, 0);
add(['gaussian', 'gauss', 'gss'], gaussian, true, 1);
add(['general cosine', 'general_cosine'], generalCosine, true, 1);
add(['general gaussian', 'general_gaussian', 'general gauss', 'general_gauss', 'ggs'], generalGaussian, true, 2);
add(['general hamming', 'general_hamming'], generalHamming, true, 1);
add(['hamming', 'hamm', 'ham'], hamming, false, 0);
add(['hann', 'han'], hann, false, 0);
add(['kaiser', 'ksr'], kaiser, true, 1);
add(['kaiser bessel derived', 'kaiser_bessel_derived', 'kbd'], kaiserBesselDerived, true, 1);
add(['lanczos', 'sinc'], lanczos, false, 0);
add(['nuttall', 'nutl', 'nut'], nuttall, false, 0);
add(['parzen', 'parz', 'par'], parzen, false, 0);
add(['taylor', 'taylorwin'], taylor, 'optional', 3);
add(['triangle', 'triang', 'tri'], triang, false, 0);
add(['tukey', 'tuk'], tukey, 'optional', 1);

/** The window names `get` knows (SciPy's names and aliases). */
export const windowNames: readonly string[] = Object.freeze(Object.keys(TABLE));

/** Options of {@link get}. */
export interface GetWindowOptions {
  /** `true` (default): the periodic window for spectral analysis (DFT-even); `false`: symmetric. */
  fftbins?: boolean;
}

const parseGet = signature<GetWindowOptions>('get', ['fftbins'], { fftbins: is.boolean });

/**
 * A window of `Nx` points by name (SciPy's `signal.get_window`): periodic by default, for
 * spectral analysis; `fftbins: false` for the symmetric window of filter design.
 *
 * @param window - a name (`'hann'`, `'hamming'`, ...), a tuple of a name and its parameters
 * (`['kaiser', 8.6]`, `['tukey', 0.25]`, `['gaussian', 7]`, `['dpss', 3]`), or a number (a Kaiser β).
 * @param Nx - number of points (a positive integer).
 * @param fftbins - periodic (`true`, default) or symmetric (`false`).
 * @throws {ValueError} for an unknown name, a missing or superfluous parameter, or Nx < 1.
 * @example
 * ```ts
 * get('hann', 4).toArray(); // [0, 0.5, 1, 0.5]
 * get('hann', 5, false).toArray(); // [0, 0.5, 1, 0.5, 0]
 * get(['tukey', 1], 4, { fftbins: false }).toArray(); // [0, 0.75, 0.75, 0]
 * get(0, 3).toArray(); // [1, 1, 1]
 * ```
 */
export function get(window: WindowSpec, Nx: number, fftbins?: boolean, options?: GetWindowOptions): NDArray;
export function get(window: WindowSpec, Nx: number, options?: GetWindowOptions): NDArray;
export function get(window: WindowSpec, Nx: number, ...rest: unknown[]): NDArray {
  const { fftbins = true } = parseGet(rest);
  if (typeof Nx !== 'number' || !Number.isInteger(Nx)) {
    throw new ArgumentError(`get: Nx must be a positive integer, got ${describeValue(Nx)}`);
  }
  if (Nx < 1) throw new ValueError(`get: Nx must be a positive integer, got ${Nx}`);
  let sym = !fftbins;
  if (typeof window === 'number') {
    if (Number.isNaN(window)) throw new ValueError('get: a Kaiser β must be a number, got NaN');
    return kaiser(Nx, window, sym);
  }
  let name: unknown;
  let args: unknown[];
  if (typeof window === 'string') {
    name = window;
    args = [];
  } else if (Array.isArray(window)) {
    [name, ...args] = window as unknown[];
  } else {
    throw new ArgumentError(`get: window must be a string, a tuple or a number, got ${describeValue(window)}`);
  }
  if (typeof name !== 'string') {
    throw new ArgumentError(`get: the first entry of window must be a window name, got ${describeValue(name)}`);
  }
  let base = name;
  if (base.endsWith('_symmetric')) {
    sym = true;
    base = base.slice(0, -10);
  } else if (base.endsWith('_periodic')) {
    sym = false;
    base = base.slice(0, -9);
  }
  const entry = Object.hasOwn(TABLE, base) ? TABLE[base] : undefined;
  if (entry === undefined) throw new ValueError(`get: unknown window name ${JSON.stringify(base)}`);
  const [f, params, max] = entry;
  if (args.length > 0 && params === false) {
    throw new ValueError(`get: window ${JSON.stringify(base)} takes no parameters, got ${args.length}`);
  }
  if (args.length === 0 && params === true) {
    throw new ValueError(
      `get: window ${JSON.stringify(base)} needs parameters; pass a tuple like [${JSON.stringify(base)}, value]`,
    );
  }
  if (args.length > max) {
    throw new ValueError(`get: window ${JSON.stringify(base)} takes at most ${max} parameter(s), got ${args.length}`);
  }
  return f(Nx, ...args, { sym });
}
