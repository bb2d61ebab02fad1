/** NumPy's array printing: `repr` layout (`array([[1., 2.],\n       [3., 4.]])`) and `str` layout. */
import type { DType } from '@stride/protocol';
import type { NDArray } from '../ndarray.js';
import { DEFAULT_FLOAT, DEFAULT_INT, isBigInt, isComplex } from '../core/dtype.js';

/** Print options, as NumPy's `set_printoptions`. */
export interface PrintOptions {
  /** Maximum significant fractional digits of floats (default 8). */
  precision: number;
  /** Arrays with more elements than this are summarised with `...` (default 1000). */
  threshold: number;
  /** Elements shown at each edge of a summarised axis (default 3). */
  edgeitems: number;
  /** Characters per line before wrapping (default 75). */
  linewidth: number;
}

const options: PrintOptions = { precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75 };

/**
 * Changes the global print options (like `np.set_printoptions`); returns the previous ones.
 *
 * @example
 * ```ts
 * const old = setPrintOptions({ precision: 3 });
 * array([Math.PI]).toString(); // 'array([3.142])'
 * setPrintOptions(old);
 * ```
 */
export function setPrintOptions(next: Partial<PrintOptions>): PrintOptions {
  const prev = { ...options };
  Object.assign(options, next);
  return prev;
}

/**
 * The current print options.
 *
 * @example
 * ```ts
 * getPrintOptions().linewidth; // 75
 * ```
 */
export function getPrintOptions(): PrintOptions {
  return { ...options };
}

type Formatter = (k: number) => string;

/** Shortest decimal digits that read back as the same float32. */
function shortest32(x: number, exp: boolean): string {
  for (let p = 1; p <= 9; p++) {
    const s = exp ? x.toExponential(p - 1) : x.toPrecision(p);
    if (Math.fround(Number(s)) === x) return s;
  }
  return exp ? x.toExponential(8) : x.toPrecision(9);
}

/** Positional digits of x: shortest round-trip, at most `precision` fractional digits. */
function positional(x: number, single: boolean, precision: number): [string, string] {
  let s = single ? shortest32(x, false) : String(x);
  if (/e/i.test(s)) s = expandExponent(s);
  let [ip, fp = ''] = s.split('.') as [string, string?];
  if (fp.length > precision) {
    s = x.toFixed(precision).replace(/0+$/, '');
    [ip, fp = ''] = s.split('.') as [string, string?];
  }
  if (Object.is(x, -0)) ip = '-0';
  return [ip, fp];
}

function expandExponent(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const e = Number(m[4]);
  const point = 1 + e;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Scientific digits: [mantissa integer part, mantissa fraction, exponent string]. */
function scientific(x: number, single: boolean, precision: number): [string, string, string] {
  let s = single ? shortest32(x, true) : x.toExponential();
  let [mant, ex] = s.split('e') as [string, string];
  let [ip, fp = ''] = mant.split('.') as [string, string?];
  if (fp.length > precision) {
    s = x.toExponential(precision);
    [mant, ex] = s.split('e') as [string, string];
    [ip, fp = ''] = mant.split('.') as [string, string?];
    fp = fp.replace(/0+$/, '');
  }
  return [ip, fp, ex];
}

interface FloatFormat {
  format(x: number): string;
  width: number;
}

/** NumPy's FloatingFormat for a set of values (maxprec mode, unique digits). */
function floatFormat(values: number[], single: boolean, sign: '-' | '+' = '-'): FloatFormat {
  const precision = options.precision;
  const finite = values.filter((v) => Number.isFinite(v));
  const abs = finite.map(Math.abs).filter((v) => v !== 0);
  let maxV = 0;
  let minV = Number.POSITIVE_INFINITY;
  for (const v of abs) {
    if (v > maxV) maxV = v;
    if (v < minV) minV = v;
  }
  const exp = abs.length > 0 && (maxV >= 1e8 || minV < 1e-4 || maxV / minV > 1e3);
  const hasNonFinite = finite.length !== values.length;
  const signStr = (x: number): string => (sign === '+' && !(x < 0 || Object.is(x, -0)) ? '+' : '');
  if (exp) {
    const parts = finite.map((x) => scientific(x, single, precision));
    let padL = 0;
    let padR = 0;
    let expW = 0;
    finite.forEach((x, i) => {
      const [ip, fp, ex] = parts[i] as [string, string, string];
      padL = Math.max(padL, signStr(x).length + ip.length);
      padR = Math.max(padR, fp.length);
      expW = Math.max(expW, ex.replace(/^[+-]/, '').length);
    });
    expW = Math.max(expW, 2);
    if (hasNonFinite) padL = adjustForNonFinite(values, sign, padL, padR + 2 + expW);
    const width = padL + 1 + padR + 2 + expW;
    return {
      width,
      format(x: number): string {
        if (!Number.isFinite(x)) return nonFinite(x, sign).padStart(width);
        const [ip, fp, ex] = scientific(x, single, precision);
        const es = ex.startsWith('-') ? '-' : '+';
        const ed = ex.replace(/^[+-]/, '').padStart(expW, '0');
        return `${(signStr(x) + ip).padStart(padL)}.${fp.padEnd(padR, '0')}e${es}${ed}`.padStart(width);
      },
    };
  }
  let padL = 0;
  let padR = 0;
  for (const x of finite) {
    const [ip, fp] = positional(x, single, precision);
    padL = Math.max(padL, signStr(x).length + ip.length);
    padR = Math.max(padR, fp.length);
  }
  if (hasNonFinite) padL = adjustForNonFinite(values, sign, padL, padR);
  const width = padL + 1 + padR;
  return {
    width,
    format(x: number): string {
      if (!Number.isFinite(x)) return nonFinite(x, sign).padStart(width);
      const [ip, fp] = positional(x, single, precision);
      return `${(signStr(x) + ip).padStart(padL)}.${fp.padEnd(padR)}`;
    },
  };
}

function nonFinite(x: number, sign: '-' | '+'): string {
  if (Number.isNaN(x)) return sign === '+' ? '+nan' : 'nan';
  return x > 0 ? (sign === '+' ? '+inf' : 'inf') : '-inf';
}

/** Widens the integer-part padding so 'nan' / '-inf' fit in the column, as NumPy does. */
function adjustForNonFinite(values: number[], sign: '-' | '+', padL: number, padR: number): number {
  const negInf = sign !== '-' || values.some((v) => v === Number.NEGATIVE_INFINITY) ? 1 : 0;
  const offset = padR + 1;
  return Math.max(padL, 3 - offset, 3 + negInf - offset);
}

/** Storage indices of the elements that will be printed (edges only when summarising). */
function shownIndices(a: NDArray, summarise: boolean): number[] {
  const out: number[] = [];
  const rec = (ax: number, k: number): void => {
    if (ax === a.ndim) {
      out.push(k);
      return;
    }
    const n = a.shape[ax] as number;
    const s = a.strides[ax] as number;
    const e = options.edgeitems;
    if (summarise && n > 2 * e) {
      for (let i = 0; i < e; i++) rec(ax + 1, k + i * s);
      for (let i = n - e; i < n; i++) rec(ax + 1, k + i * s);
    } else for (let i = 0; i < n; i++) rec(ax + 1, k + i * s);
  };
  rec(0, a.offset);
  return out;
}

function makeFormatter(a: NDArray, summarise: boolean): Formatter {
  const data = a.data;
  const shown = shownIndices(a, summarise);
  const dtype = a.dtype;
  if (dtype === 'bool') return (k) => (data[k] ? ' True' : 'False');
  if (isComplex(dtype)) {
    const single = dtype === 'complex64';
    const re = shown.map((k) => data[2 * k] as number);
    const im = shown.map((k) => data[2 * k + 1] as number);
    const fr = floatFormat(re, single);
    const fi = floatFormat(im, single, '+');
    return (k) => {
      const r = fr.format(data[2 * k] as number);
      const i = fi.format(data[2 * k + 1] as number);
      const trimmed = i.trimEnd();
      return `${r}${trimmed}j${' '.repeat(i.length - trimmed.length)}`;
    };
  }
  if (dtype === 'float32' || dtype === 'float64') {
    const f = floatFormat(
      shown.map((k) => data[k] as number),
      dtype === 'float32',
    );
    return (k) => f.format(data[k] as number);
  }
  let width = 0;
  for (const k of shown) width = Math.max(width, String(data[k]).length);
  return (k) => String(data[k]).padStart(width);
}

function formatArray(
  a: NDArray,
  fmt: Formatter,
  summarise: boolean,
  separator: string,
  linewidth: number,
  nextLinePrefix: string,
): string {
  const e = options.edgeitems;
  const sepTrim = separator.trimEnd();
  const extend = (s: string, line: string, word: string, width: number, indent: string): [string, string] => {
    let wrap = line.length + word.length > width;
    if (line.length <= indent.length) wrap = false;
    if (wrap) {
      s += `${line.trimEnd()}\n`;
      line = indent;
    }
    return [s, line + word];
  };
  const rec = (ax: number, k: number, indent: string, width: number): string => {
    if (ax === a.ndim) return fmt(k);
    const nextIndent = `${indent} `;
    const nextWidth = width - 1;
    const n = a.shape[ax] as number;
    const st = a.strides[ax] as number;
    const summary = summarise && 2 * e < n;
    const lead = summary ? e : 0;
    const trail = summary ? e : n;
    let s = '';
    if (a.ndim - ax === 1) {
      const elemWidth = width - Math.max(sepTrim.length, 1);
      let line = indent;
      for (let i = 0; i < lead; i++) {
        [s, line] = extend(s, line, rec(ax + 1, k + i * st, nextIndent, nextWidth), elemWidth, indent);
        line += separator;
      }
      if (summary) {
        [s, line] = extend(s, line, '...', elemWidth, indent);
        line += separator;
      }
      for (let i = trail; i > 1; i--) {
        [s, line] = extend(s, line, rec(ax + 1, k + (n - i) * st, nextIndent, nextWidth), elemWidth, indent);
        line += separator;
      }
      [s, line] = extend(s, line, rec(ax + 1, k + (n - 1) * st, nextIndent, nextWidth), elemWidth, indent);
      s += line;
    } else {
      const lineSep = sepTrim + '\n'.repeat(a.ndim - ax - 1);
      for (let i = 0; i < lead; i++) s += indent + rec(ax + 1, k + i * st, nextIndent, nextWidth) + lineSep;
      if (summary) s += `${indent}...${lineSep}`;
      for (let i = trail; i > 1; i--) s += indent + rec(ax + 1, k + (n - i) * st, nextIndent, nextWidth) + lineSep;
      s += indent + rec(ax + 1, k + (n - 1) * st, nextIndent, nextWidth);
    }
    return `[${s.slice(indent.length)}]`;
  };
  return rec(0, a.offset, nextLinePrefix, linewidth);
}

function showsDType(dtype: DType): boolean {
  return !(dtype === DEFAULT_FLOAT || dtype === DEFAULT_INT || dtype === 'bool' || dtype === 'complex128');
}

/**
 * NumPy's `repr(a)`: `array([1., 2.])`, with `dtype=` for non-default dtypes and `shape=` for
 * empty or summarised arrays.
 *
 * @example
 * ```ts
 * arrayRepr(array([[1, 2], [3, 4]], { dtype: 'float64' })); // 'array([[1., 2.],\n       [3., 4.]])'
 * ```
 */
export function arrayRepr(a: NDArray): string {
  const prefix = 'array(';
  const summarise = a.size > options.threshold;
  const extras: string[] = [];
  let body: string;
  if (a.size === 0 && !(a.ndim === 1 && a.shape[0] === 0)) {
    body = '[]';
    extras.push(`shape=(${a.shape.join(', ')}${a.ndim === 1 ? ',' : ''})`);
  } else if (a.size === 0) body = '[]';
  else if (a.ndim === 0) body = makeFormatter(a, false)(a.offset).trim();
  else {
    const fmt = makeFormatter(a, summarise);
    body = formatArray(a, fmt, summarise, ', ', options.linewidth - 1, ' '.repeat(prefix.length + 1));
    if (summarise) extras.push(`shape=(${a.shape.join(', ')}${a.ndim === 1 ? ',' : ''})`);
  }
  if (showsDType(a.dtype) || a.size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const lastLine = (prefix + body).split('\n').pop() as string;
  const extra = extras.join(', ');
  const sep = lastLine.length + extra.length + 3 > options.linewidth ? `,\n${' '.repeat(prefix.length)}` : ', ';
  return `${prefix}${body}${sep}${extra})`;
}

/**
 * NumPy's `str(a)`: `[1. 2. 3.]`, elements separated by spaces, no `array(...)` wrapper.
 *
 * @example
 * ```ts
 * arrayStr(array([1.5, 2])); // '[1.5 2. ]'
 * ```
 */
export function arrayStr(a: NDArray): string {
  if (a.ndim === 0) return scalarStr(a);
  if (a.size === 0) return '[]';
  const summarise = a.size > options.threshold;
  return formatArray(a, makeFormatter(a, summarise), summarise, ' ', options.linewidth, ' ');
}

/** Whether a dtype prints its values as bigints (used by callers that format scalars). */
export function printsAsBigInt(dtype: DType): boolean {
  return isBigInt(dtype);
}

function pyFloat(x: number, single: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  let s = single ? shortest32(x, Math.abs(x) >= 1e16 || (x !== 0 && Math.abs(x) < 1e-4)) : String(x);
  if (/e/.test(s)) {
    const [m, e] = s.split('e') as [string, string];
    const exp = Number(e);
    if (Math.abs(x) < 1e16 && Math.abs(x) >= 1e-4) s = expandExponent(s);
    else return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (!/[.e]/.test(s) && Math.abs(x) >= 1e16) {
    const e = s.replace('-', '').length - 1;
    const digits = s.replace('-', '').replace(/0+$/, '');
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : (digits[0] as string);
    return `${x < 0 ? '-' : ''}${m}e+${String(e).padStart(2, '0')}`;
  }
  return /[.]/.test(s) ? s : `${s}.0`;
}

/** Python's `str()` of a NumPy scalar, used for 0-d arrays. */
function scalarStr(a: NDArray): string {
  const d = a.data;
  const k = a.offset;
  switch (a.dtype) {
    case 'bool':
      return d[k] ? 'True' : 'False';
    case 'float32':
    case 'float64':
      return pyFloat(d[k] as number, a.dtype === 'float32');
    case 'complex64':
    case 'complex128': {
      const single = a.dtype === 'complex64';
      const re = d[2 * k] as number;
      const im = d[2 * k + 1] as number;
      const ims = pyFloat(im, single).replace(/\.0$/, '');
      if (re === 0 && !Object.is(re, -0)) return `${ims}j`;
      const res = pyFloat(re, single).replace(/\.0$/, '');
      return `(${res}${im >= 0 || Number.isNaN(im) ? '+' : ''}${ims}j)`;
    }
    default:
      return String(d[k]);
  }
}
