/**
 * Minimum-order selection for IIR designs (SciPy's `buttord`, `cheb1ord`, `cheb2ord` and
 * `ellipord`): the lowest order meeting a passband loss and a stopband attenuation, and its
 * natural frequencies.
 * @module
 */
import { type ArrayInput, ValueError, asarray, is, signature } from '@stride/ndarray';
import { values } from '../filter/lines.js';
import { ellipk } from './elliptic.js';

/** Options of {@link buttord}, {@link cheb1ord}, {@link cheb2ord} and {@link ellipord}. */
export interface OrdOptions {
  /** Analog specification (frequencies in rad/s). */
  analog?: boolean;
  /** Sampling frequency of a digital specification (frequencies in its units). */
  fs?: number | null;
}

/** An order and the natural frequency (one, or two for band filters). */
export interface OrdResult {
  /** The lowest order that meets the specification. */
  N: number;
  /** Natural (−3 dB or passband-edge) frequency, in the units of the input. */
  Wn: number | number[];
}

const checks = { analog: is.boolean, fs: is.orNone(is.finite) };
const parseButtord = signature<OrdOptions>('buttord', ['analog', 'fs'], checks);
const parseCheb1ord = signature<OrdOptions>('cheb1ord', ['analog', 'fs'], checks);
const parseCheb2ord = signature<OrdOptions>('cheb2ord', ['analog', 'fs'], checks);
const parseEllipord = signature<OrdOptions>('ellipord', ['analog', 'fs'], checks);

/**
 * The minimum of f on [x1, x2] by Brent's method (golden-section steps with parabolic
 * interpolation), to an absolute tolerance of about xtol.
 */
function fminbound(f: (x: number) => number, x1: number, x2: number, xtol = 1e-5, maxfun = 500): number {
  const sqrtEps = Math.sqrt(2.220446049250313e-16);
  const g = 0.5 * (3 - Math.sqrt(5));
  let a = x1;
  let b = x2;
  let fulc = a + g * (b - a);
  let nfc = fulc;
  let xf = fulc;
  let rat = 0;
  let e = 0;
  let x = xf;
  let fx = f(x);
  let num = 1;
  let ffulc = fx;
  let fnfc = fx;
  let xm = 0.5 * (a + b);
  let tol1 = sqrtEps * Math.abs(xf) + xtol / 3;
  let tol2 = 2 * tol1;
  const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);
  while (Math.abs(xf - xm) > tol2 - 0.5 * (b - a)) {
    let golden = true;
    if (Math.abs(e) > tol1) {
      golden = false;
      let r = (xf - nfc) * (fx - ffulc);
      let q = (xf - fulc) * (fx - fnfc);
      let p = (xf - fulc) * q - (xf - nfc) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      r = e;
      e = rat;
      if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf)) {
        rat = p / q;
        x = xf + rat;
        if (x - a < tol2 || b - x < tol2) rat = tol1 * (sign(xm - xf) + (xm - xf === 0 ? 1 : 0));
      } else {
        golden = true;
      }
    }
    if (golden) {
      e = xf >= xm ? a - xf : b - xf;
      rat = g * e;
    }
    const si = sign(rat) + (rat === 0 ? 1 : 0);
    x = xf + si * Math.max(Math.abs(rat), tol1);
    const fu = f(x);
    num++;
    if (fu <= fx) {
      if (x >= xf) a = xf;
      else b = xf;
      fulc = nfc;
      ffulc = fnfc;
      nfc = xf;
      fnfc = fx;
      xf = x;
      fx = fu;
    } else {
      if (x < xf) a = x;
      else b = x;
      if (fu <= fnfc || nfc === xf) {
        fulc = nfc;
        ffulc = fnfc;
        nfc = x;
        fnfc = fu;
      } else if (fu <= ffulc || fulc === xf || fulc === nfc) {
        fulc = x;
        ffulc = fu;
      }
    }
    xm = 0.5 * (a + b);
    tol1 = sqrtEps * Math.abs(xf) + xtol / 3;
    tol2 = 2 * tol1;
    if (num >= maxfun) break;
  }
  return xf;
}

type Kind = 'butter' | 'cheby' | 'ellip';

/**
 * The (fractional) order an elliptic filter needs for a selectivity ratio `nat` and gains GS, GP:
 * K(1/nat²)·K′(1/arg²) / (K′(1/nat²)·K(1/arg²)) with arg = √((GS−1)/(GP−1)).
 */
function ellipOrder(nat: number, GS: number, GP: number): number {
  const arg1 = Math.sqrt((GS - 1) / (GP - 1));
  const m0 = 1 / (nat * nat);
  const m1 = 1 / (arg1 * arg1);
  return (ellipk(m0) * ellipk(1 - m1)) / (ellipk(1 - m0) * ellipk(m1));
}

/** The order a band-stop needs when passband edge `ind` moves to wp (SciPy's band_stop_obj). */
function bandStopOrder(
  wp: number,
  ind: number,
  passb: number[],
  stopb: number[],
  gpass: number,
  gstop: number,
  kind: Kind,
): number {
  const pc = passb.slice();
  pc[ind] = wp;
  const nat = Math.min(
    ...stopb.map((s) =>
      Math.abs((s * ((pc[0] as number) - (pc[1] as number))) / (s * s - (pc[0] as number) * (pc[1] as number))),
    ),
  );
  const GS = 10 ** (0.1 * Math.abs(gstop));
  const GP = 10 ** (0.1 * Math.abs(gpass));
  if (kind === 'ellip') return ellipOrder(nat, GS, GP);
  return kind === 'butter'
    ? Math.log10((GS - 1) / (GP - 1)) / (2 * Math.log10(nat))
    : Math.acosh(Math.sqrt((GS - 1) / (GP - 1))) / Math.acosh(nat);
}

interface Spec {
  /** 10^(gpass/10) and 10^(gstop/10). */
  GP: number;
  GS: number;
  passb: number[];
  stopb: number[];
  type: 1 | 2 | 3 | 4;
  nat: number;
}

/** Validation, pre-warping and the natural-frequency ratio shared by the order functions. */
function spec(
  fn: string,
  wpIn: ArrayInput,
  wsIn: ArrayInput,
  gpass: unknown,
  gstop: unknown,
  o: OrdOptions,
  kind: Kind,
): Spec {
  is.finite(gpass, fn, 'gpass');
  is.finite(gstop, fn, 'gstop');
  if ((gpass as number) <= 0) throw new ValueError(`${fn}: gpass should be larger than 0.0, got ${gpass}`);
  if ((gstop as number) <= 0) throw new ValueError(`${fn}: gstop should be larger than 0.0, got ${gstop}`);
  if ((gpass as number) > (gstop as number))
    throw new ValueError(`${fn}: gpass should be smaller than gstop, got ${gpass} > ${gstop}`);
  let wp = Array.from(values(asarray(wpIn), false));
  let ws = Array.from(values(asarray(wsIn), false));
  if (wp.length < 1 || wp.length > 2 || wp.length !== ws.length) {
    throw new ValueError(
      `${fn}: wp and ws must have one or two elements each, and the same shape, got ${wp.length} and ${ws.length}`,
    );
  }
  const analog = o.analog ?? false;
  const fs = o.fs ?? null;
  if (fs !== null) {
    if (analog) throw new ValueError(`${fn}: fs cannot be specified for an analog filter`);
    wp = wp.map((v) => (2 * v) / fs);
    ws = ws.map((v) => (2 * v) / fs);
  }
  if (!analog && [...wp, ...ws].some((v) => !(v > 0 && v < 1))) {
    throw new ValueError(
      `${fn}: digital band edges must be in (0, fs/2), got wp = [${wp.join(', ')}], ws = [${ws.join(', ')}] (Nyquist = 1)`,
    );
  }
  let type = (2 * (wp.length - 1) + 1) as 1 | 2 | 3 | 4;
  if ((wp[0] as number) >= (ws[0] as number)) type = (type + 1) as 2 | 4;
  const warp = (v: number) => (analog ? v : Math.tan((Math.PI * v) / 2));
  const passb = wp.map(warp);
  const stopb = ws.map(warp);
  let nats: number[];
  if (type === 1) nats = [(stopb[0] as number) / (passb[0] as number)];
  else if (type === 2) nats = [(passb[0] as number) / (stopb[0] as number)];
  else if (type === 3) {
    passb[0] = fminbound(
      (w) => bandStopOrder(w, 0, passb, stopb, gpass as number, gstop as number, kind),
      passb[0] as number,
      (stopb[0] as number) - 1e-12,
    );
    passb[1] = fminbound(
      (w) => bandStopOrder(w, 1, passb, stopb, gpass as number, gstop as number, kind),
      (stopb[1] as number) + 1e-12,
      passb[1] as number,
    );
    nats = stopb.map(
      (s) =>
        (s * ((passb[0] as number) - (passb[1] as number))) / (s * s - (passb[0] as number) * (passb[1] as number)),
    );
  } else {
    nats = stopb.map(
      (s) =>
        (s * s - (passb[0] as number) * (passb[1] as number)) / (s * ((passb[0] as number) - (passb[1] as number))),
    );
  }
  return {
    GP: 10 ** (0.1 * Math.abs(gpass as number)),
    GS: 10 ** (0.1 * Math.abs(gstop as number)),
    passb,
    stopb,
    type,
    nat: Math.min(...nats.map(Math.abs)),
  };
}

function post(wn: number[], o: OrdOptions): number | number[] {
  const analog = o.analog ?? false;
  let w = analog ? wn : wn.map((v) => (Math.atan(v) * 2) / Math.PI);
  if (o.fs !== undefined && o.fs !== null) {
    const fs = o.fs;
    w = w.map((v) => (v * fs) / 2);
  }
  return w.length === 1 ? (w[0] as number) : w;
}

/**
 * The lowest Butterworth order losing at most `gpass` dB in the passband and at least `gstop` dB
 * in the stopband, and its −3 dB frequency (SciPy's `scipy.signal.buttord`).
 *
 * @param wp - passband edge(s). @param ws - stopband edge(s) (lowpass: ws > wp; bandpass: ws outside wp).
 * @param gpass - maximum passband loss (dB). @param gstop - minimum stopband attenuation (dB).
 * @param analog - analog specification. @param fs - sampling frequency.
 * @returns `{ N, Wn }` for {@link butter}.
 * @throws {ValueError} for non-positive or crossed gains, or band edges outside (0, fs/2).
 * @example
 * ```ts
 * buttord(0.2, 0.3, 3, 40).N; // 11
 * ```
 */
export function buttord(
  wp: ArrayInput,
  ws: ArrayInput,
  gpass: number,
  gstop: number,
  analog?: boolean,
  fs?: number | null,
  options?: OrdOptions,
): OrdResult;
export function buttord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, options?: OrdOptions): OrdResult;
export function buttord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, ...rest: unknown[]): OrdResult {
  const o = parseButtord(rest);
  const s = spec('buttord', wp, ws, gpass, gstop, o, 'butter');
  const { GS, GP } = s;
  const N = Math.ceil(Math.log10((GS - 1) / (GP - 1)) / (2 * Math.log10(s.nat)));
  const W0 = N === 0 ? 1 : (GP - 1) ** (-1 / (2 * N));
  const [p0, p1] = s.passb as [number, number];
  let WN: number[];
  if (s.type === 1) WN = [W0 * p0];
  else if (s.type === 2) WN = [p0 / W0];
  else if (s.type === 3) {
    const discr = Math.sqrt((p1 - p0) ** 2 + 4 * W0 ** 2 * p0 * p1);
    WN = [Math.abs((p1 - p0 + discr) / (2 * W0)), Math.abs((p1 - p0 - discr) / (2 * W0))].sort((x, y) => x - y);
  } else {
    WN = [-W0, W0]
      .map((w) => Math.abs((-w * (p1 - p0)) / 2 + Math.sqrt(((w * w) / 4) * (p1 - p0) ** 2 + p0 * p1)))
      .sort((x, y) => x - y);
  }
  return { N, Wn: post(WN, o) };
}

/**
 * The lowest Chebyshev type I order meeting a passband loss and a stopband attenuation, and its
 * passband edge(s) (SciPy's `scipy.signal.cheb1ord`).
 *
 * @param wp - passband edge(s). @param ws - stopband edge(s).
 * @param gpass - maximum passband loss (dB). @param gstop - minimum stopband attenuation (dB).
 * @param analog - analog specification. @param fs - sampling frequency.
 * @returns `{ N, Wn }` for {@link cheby1} (with rp = gpass).
 * @throws {ValueError} as {@link buttord}.
 * @example
 * ```ts
 * cheb1ord(0.2, 0.3, 3, 40).N; // 6
 * ```
 */
export function cheb1ord(
  wp: ArrayInput,
  ws: ArrayInput,
  gpass: number,
  gstop: number,
  analog?: boolean,
  fs?: number | null,
  options?: OrdOptions,
): OrdResult;
export function cheb1ord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, options?: OrdOptions): OrdResult;
export function cheb1ord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, ...rest: unknown[]): OrdResult {
  const o = parseCheb1ord(rest);
  const s = spec('cheb1ord', wp, ws, gpass, gstop, o, 'cheby');
  const { GS, GP } = s;
  const N = Math.ceil(Math.acosh(Math.sqrt((GS - 1) / (GP - 1))) / Math.acosh(s.nat));
  return { N, Wn: post(s.passb, o) };
}

/**
 * The lowest Chebyshev type II order meeting a passband loss and a stopband attenuation, and the
 * frequencies where its response first reaches −gstop dB (SciPy's `scipy.signal.cheb2ord`).
 *
 * @param wp - passband edge(s). @param ws - stopband edge(s).
 * @param gpass - maximum passband loss (dB). @param gstop - minimum stopband attenuation (dB).
 * @param analog - analog specification. @param fs - sampling frequency.
 * @returns `{ N, Wn }` for {@link cheby2} (with rs = gstop).
 * @throws {ValueError} as {@link buttord}.
 * @example
 * ```ts
 * cheb2ord(0.2, 0.3, 3, 40).N; // 6
 * ```
 */
export function cheb2ord(
  wp: ArrayInput,
  ws: ArrayInput,
  gpass: number,
  gstop: number,
  analog?: boolean,
  fs?: number | null,
  options?: OrdOptions,
): OrdResult;
export function cheb2ord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, options?: OrdOptions): OrdResult;
export function cheb2ord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, ...rest: unknown[]): OrdResult {
  const o = parseCheb2ord(rest);
  const s = spec('cheb2ord', wp, ws, gpass, gstop, o, 'cheby');
  const { GS, GP } = s;
  const arg = Math.acosh(Math.sqrt((GS - 1) / (GP - 1)));
  const N = Math.ceil(arg / Math.acosh(s.nat));
  // the prototype's −gstop dB frequency, mapped back through the band transformation
  const f = 1 / Math.cosh(arg / N);
  const [p0, p1] = s.passb as [number, number];
  let nat: number[];
  if (s.type === 1) nat = [p0 / f];
  else if (s.type === 2) nat = [p0 * f];
  else {
    const c = s.type === 3 ? f : 1 / f;
    const n0 = (c / 2) * (p0 - p1) + Math.sqrt((c * c * (p1 - p0) ** 2) / 4 + p1 * p0);
    nat = [n0, (p0 * p1) / n0];
  }
  return { N, Wn: post(nat, o) };
}

/**
 * The lowest elliptic (Cauer) order meeting a passband loss and a stopband attenuation, and its
 * passband edge(s) (SciPy's `scipy.signal.ellipord`).
 *
 * @param wp - passband edge(s). @param ws - stopband edge(s).
 * @param gpass - maximum passband loss (dB). @param gstop - minimum stopband attenuation (dB).
 * @param analog - analog specification. @param fs - sampling frequency.
 * @returns `{ N, Wn }` for {@link ellip} (with rp = gpass, rs = gstop).
 * @throws {ValueError} as {@link buttord}.
 * @example
 * ```ts
 * ellipord(0.2, 0.3, 3, 40).N; // 4
 * ```
 */
export function ellipord(
  wp: ArrayInput,
  ws: ArrayInput,
  gpass: number,
  gstop: number,
  analog?: boolean,
  fs?: number | null,
  options?: OrdOptions,
): OrdResult;
export function ellipord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, options?: OrdOptions): OrdResult;
export function ellipord(wp: ArrayInput, ws: ArrayInput, gpass: number, gstop: number, ...rest: unknown[]): OrdResult {
  const o = parseEllipord(rest);
  const s = spec('ellipord', wp, ws, gpass, gstop, o, 'ellip');
  const N = Math.ceil(ellipOrder(s.nat, s.GS, s.GP));
  return { N, Wn: post(s.passb, o) };
}
