/**
 * printf-style formatting with Python's `%` semantics, for `savetxt`: `%[flags][width][.precision]`
 * with conversions d i u x X o e E f F g G s r and `%%`. Floats are rounded from their exact
 * binary value, ties to even, so `%.1f` of 0.25 is `0.2` and `%.18e` prints exactly what NumPy does.
 */
import { ValueError } from '../errors.js';

/** A value to format, with whether it came from a float (or complex) array and a bool array. */
export interface FormatValue {
  v: number | bigint;
  float: boolean;
  bool?: boolean;
}

interface Spec {
  flags: string;
  width: number;
  precision: number | undefined;
  conv: string;
}

/** A parsed format string: literal runs and conversion specs, alternating. */
export interface Format {
  literals: string[];
  specs: Spec[];
}

const SPEC_RE = /%([-+ #0]*)(\d*)(?:\.(\d*))?([diuxXoeEfFgGsr%])/g;

/** Parses a `%` format string. @throws {ValueError} for an incomplete or unsupported specifier. */
export function parseFormat(fmt: string, fn: string): Format {
  const literals: string[] = [];
  const specs: Spec[] = [];
  let last = 0;
  let lit = '';
  for (const m of fmt.matchAll(SPEC_RE)) {
    const at = m.index as number;
    const between = fmt.slice(last, at);
    if (between.includes('%')) throw new ValueError(`${fn}: unsupported format specifier in ${JSON.stringify(fmt)}`);
    lit += between;
    last = at + m[0].length;
    if (m[4] === '%') {
      lit += '%';
      continue;
    }
    literals.push(lit);
    lit = '';
    specs.push({
      flags: m[1] ?? '',
      width: m[2] ? Number(m[2]) : 0,
      precision: m[3] === undefined ? undefined : Number(m[3] || 0),
      conv: m[4] as string,
    });
  }
  const tail = fmt.slice(last);
  if (tail.includes('%')) throw new ValueError(`${fn}: unsupported format specifier in ${JSON.stringify(fmt)}`);
  literals.push(lit + tail);
  return { literals, specs };
}

/** Applies a parsed format to exactly `specs.length` values. */
export function applyFormat(f: Format, values: readonly FormatValue[], fn: string): string {
  let out = f.literals[0] as string;
  for (let i = 0; i < f.specs.length; i++)
    out += formatOne(f.specs[i] as Spec, values[i] as FormatValue, fn) + (f.literals[i + 1] as string);
  return out;
}

function pad(body: string, sign: string, spec: Spec, zeroOk: boolean): string {
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const fill = spec.width - len;
  if (spec.flags.includes('-')) return sign + body + ' '.repeat(fill);
  if (zeroOk && spec.flags.includes('0')) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + body;
}

function signOf(negative: boolean, flags: string): string {
  if (negative) return '-';
  if (flags.includes('+')) return '+';
  return flags.includes(' ') ? ' ' : '';
}

function formatOne(spec: Spec, x: FormatValue, fn: string): string {
  const c = spec.conv;
  if (c === 's' || c === 'r')
    return pad(x.bool ? (x.v ? 'True' : 'False') : x.float ? pyRepr(Number(x.v)) : String(x.v), '', spec, false);
  if (c === 'd' || c === 'i' || c === 'u' || c === 'x' || c === 'X' || c === 'o') {
    let n: bigint;
    if (typeof x.v === 'bigint') n = x.v;
    else {
      if (!Number.isFinite(x.v))
        throw new ValueError(`${fn}: cannot convert float ${pyRepr(x.v)} to integer for %${c}`);
      n = BigInt(Math.trunc(x.v));
    }
    const neg = n < 0n;
    const mag = neg ? -n : n;
    let body =
      c === 'x'
        ? mag.toString(16)
        : c === 'X'
          ? mag.toString(16).toUpperCase()
          : c === 'o'
            ? mag.toString(8)
            : mag.toString();
    if (spec.precision !== undefined && body.length < spec.precision)
      body = '0'.repeat(spec.precision - body.length) + body;
    if (spec.flags.includes('#') && (c === 'x' || c === 'X' || c === 'o'))
      body = (c === 'o' ? '0o' : c === 'x' ? '0x' : '0X') + body;
    return pad(body, signOf(neg, spec.flags), spec, true);
  }
  const v = Number(x.v);
  const upper = c === 'E' || c === 'F' || c === 'G';
  if (!Number.isFinite(v)) {
    const body = Number.isNaN(v) ? 'nan' : 'inf';
    return pad(upper ? body.toUpperCase() : body, signOf(v < 0, spec.flags), spec, false);
  }
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  const p = spec.precision ?? 6;
  const alt = spec.flags.includes('#');
  let body: string;
  if (c === 'f' || c === 'F') body = fixed(a, p);
  else if (c === 'e' || c === 'E') body = expo(a, p);
  else body = general(a, p === 0 ? 1 : p, alt);
  if (alt && !body.includes('.') && (c === 'f' || c === 'F' || c === 'e' || c === 'E')) {
    body = body.replace(/^(\d+)/, '$1.');
  }
  return pad(upper ? body.toUpperCase() : body, signOf(neg, spec.flags), spec, true);
}

/** Python's `repr(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pyRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, ex] = v.toExponential().split('e') as [string, string];
  const e = Number(ex);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (e >= -4 && e < 16) {
    if (e >= 0) {
      const int = digits.slice(0, e + 1).padEnd(e + 1, '0');
      const frac = digits.slice(e + 1);
      s = `${int}.${frac || '0'}`;
    } else {
      s = `0.${'0'.repeat(-e - 1)}${digits}`;
    }
  } else {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    s = `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return neg ? `-${s}` : s;
}

/** The exact decimal value of a finite non-negative double: `digits / 10^scale`. */
function exactDecimal(a: number): { digits: string; scale: number } {
  if (a === 0) return { digits: '0', scale: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) return { digits: (m << BigInt(e)).toString(), scale: 0 };
  return { digits: (m * 5n ** BigInt(-e)).toString(), scale: -e };
}

/** Rounds a digit string to `keep` leading digits, ties to even; returns the digits and whether it carried into a new leading digit. */
function roundHalfEven(d: string, keep: number): { digits: string; carry: boolean } {
  if (keep >= d.length) return { digits: d.padEnd(keep, '0'), carry: false };
  const kept = d.slice(0, keep);
  const next = d.charCodeAt(keep) - 48;
  const restNonZero = /[1-9]/.test(d.slice(keep + 1));
  const lastOdd = keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (restNonZero || lastOdd));
  if (!up) return { digits: kept, carry: false };
  const arr = kept.split('');
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === '9') arr[i--] = '0';
  if (i < 0) return { digits: `1${arr.join('')}`, carry: true };
  arr[i] = String.fromCharCode((arr[i] as string).charCodeAt(0) + 1);
  return { digits: arr.join(''), carry: false };
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // index of the high word

/** Binary exponent of the lowest set bit of a finite non-zero double (a = odd · 2^k). */
function lowBit(a: number): number {
  F64[0] = a;
  const hi = U32[HI] as number;
  let lo = U32[1 - HI] as number;
  const bexp = (hi >>> 20) & 0x7ff;
  let e = bexp === 0 ? -1074 : bexp - 1075;
  let mhi = hi & 0xfffff;
  if (bexp !== 0) mhi |= 0x100000;
  if (lo === 0) {
    lo = mhi;
    e += 32;
  }
  // Trailing zeros of lo (non-zero): count via the isolated lowest bit.
  return e + (31 - Math.clz32(lo & -lo));
}

/** `%.pf` of a non-negative finite double. */
function fixed(a: number, p: number): string {
  const tie = a !== 0 && lowBit(a) === -(p + 1);
  if (a < 1e21 && p <= 100 && !tie) return a.toFixed(p);
  const { digits, scale } = exactDecimal(a);
  let d = digits;
  if (d.length <= scale) d = '0'.repeat(scale - d.length + 1) + d;
  const intLen = d.length - scale;
  let r = scale <= p ? d + '0'.repeat(p - scale) : roundHalfEven(d, intLen + p).digits;
  if (r.length < intLen + p) r = r.padStart(intLen + p, '0');
  const ip = r.slice(0, r.length - p).replace(/^0+(?=\d)/, '') || '0';
  return p > 0 ? `${ip}.${r.slice(r.length - p)}` : ip;
}

/** `%.pe` of a non-negative finite double. */
function expo(a: number, p: number): string {
  let mant: string;
  let e: number;
  if (a === 0) {
    mant = p > 0 ? `0.${'0'.repeat(p)}` : '0';
    e = 0;
  } else {
    const k = lowBit(a);
    // Significant digits of the exact value: a tie at p+1 digits is possible only near p+2 of them.
    const est = k < 0 ? Math.floor(Math.log10(a)) - k + 1 : Math.floor(Math.log10(a)) + 1;
    const risky = k < 0 ? Math.abs(est - (p + 2)) <= 1 : est > p + 1;
    if (!risky && p <= 100) {
      const r = a.toExponential(p);
      const at = r.indexOf('e');
      mant = r.slice(0, at);
      e = Number(r.slice(at + 1));
    } else {
      const { digits, scale } = exactDecimal(a);
      const d = digits.replace(/^0+/, '');
      e = d.length - 1 - scale;
      const r = roundHalfEven(d, p + 1);
      if (r.carry) e++;
      const ds = r.digits.slice(0, p + 1);
      mant = p > 0 ? `${ds[0]}.${ds.slice(1)}` : (ds[0] as string);
    }
  }
  return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** `%.pg` of a non-negative finite double (Python's rules; `alt` keeps trailing zeros). */
function general(a: number, p: number, alt: boolean): string {
  const e = a === 0 ? 0 : Number((expo(a, p - 1).split('e') as [string, string])[1]);
  let s = e >= -4 && e < p ? fixed(a, p - 1 - e) : expo(a, p - 1);
  if (!alt) {
    const [m, ex] = s.split('e') as [string, string | undefined];
    let mm = m;
    if (mm.includes('.')) mm = mm.replace(/0+$/, '').replace(/\.$/, '');
    s = ex === undefined ? mm : `${mm}e${ex}`;
  }
  return s;
}
