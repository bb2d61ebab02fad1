/** Maps `.npy` dtype descrs (`'<f8'`, `'|b1'`, `'>c16'`) to Stride dtypes and back. */
import type { DType } from '@stride/protocol';
import { DTypeError } from '../errors.js';

/**
 * Whether this machine stores numbers little-endian (every mainstream JS engine does).
 *
 * @example
 * ```ts
 * HOST_LITTLE_ENDIAN; // true on x86-64 and ARM
 * ```
 */
export const HOST_LITTLE_ENDIAN: boolean = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A descr resolved to a Stride dtype and the byte order of the stored data.
 *
 * @example
 * ```ts
 * const { dtype, littleEndian }: ParsedDescr = parseDescr('<c8'); // 'complex64', true
 * ```
 */
export interface ParsedDescr {
  dtype: DType;
  /** Whether the stored bytes are little-endian (for single-byte types: the host's order). */
  littleEndian: boolean;
}

// kind letter + item size -> dtype, for the dtypes Stride has.
const BY_CODE: Readonly<Record<string, DType>> = {
  b1: 'bool',
  i1: 'int8',
  u1: 'uint8',
  i2: 'int16',
  u2: 'uint16',
  i4: 'int32',
  u4: 'uint32',
  i8: 'int64',
  u8: 'uint64',
  f4: 'float32',
  f8: 'float64',
  c8: 'complex64',
  c16: 'complex128',
};

// Why a known-but-unsupported descr is refused, so the message can say what it is.
function whatIs(kind: string, size: string): string | undefined {
  if (kind === 'f' && size === '2') return 'float16';
  if (kind === 'f' && (size === '10' || size === '12' || size === '16')) return 'longdouble';
  if (kind === 'c' && (size === '20' || size === '24' || size === '32')) return 'clongdouble';
  if (kind === 'U') return 'unicode string';
  if (kind === 'S' || kind === 'a') return 'byte string';
  if (kind === 'O') return 'Python object';
  if (kind === 'V') return 'void/structured';
  if (kind === 'M') return 'datetime64';
  if (kind === 'm') return 'timedelta64';
  return undefined;
}

/**
 * Resolves a `.npy` descr string to a Stride dtype and byte order. Accepts the byte-order marks
 * `<` (little), `>` (big), `|` (not applicable) and `=` (native).
 *
 * @param descr - the header's `descr` value, e.g. `'<f8'`.
 * @param where - prefix for error messages.
 * @returns the dtype and whether the data is little-endian.
 * @throws {DTypeError} naming the descr when Stride has no such dtype (float16, longdouble,
 *   strings, objects, datetimes, ...).
 * @example
 * ```ts
 * parseDescr('>i4'); // { dtype: 'int32', littleEndian: false }
 * parseDescr('<f2'); // throws DTypeError: npy.load: unsupported dtype descr '<f2' (float16)
 * ```
 */
export function parseDescr(descr: string, where = 'npy.load'): ParsedDescr {
  const m = /^([<>|=]?)([A-Za-z])(\d*)(.*)$/s.exec(descr);
  if (m !== null) {
    const [, order = '', kind = '', size = '', rest = ''] = m;
    const dtype = rest === '' ? BY_CODE[kind + size] : undefined;
    if (dtype !== undefined) {
      // '|', '=' and no mark all mean native, as in NumPy.
      const littleEndian = order === '<' ? true : order === '>' ? false : HOST_LITTLE_ENDIAN;
      return { dtype, littleEndian };
    }
    const what = whatIs(kind, size);
    if (what !== undefined) {
      throw new DTypeError(`${where}: unsupported dtype descr ${pyQuote(descr)} (${what})`);
    }
  }
  throw new DTypeError(`${where}: unsupported dtype descr ${pyQuote(descr)}`);
}

/**
 * The descr NumPy writes for a dtype on this machine: `|` for one-byte types, the native byte
 * order otherwise.
 *
 * @example
 * ```ts
 * descrOf('complex128'); // '<c16'
 * descrOf('bool');       // '|b1'
 * ```
 */
export function descrOf(dtype: DType): string {
  for (const [code, d] of Object.entries(BY_CODE)) {
    if (d !== dtype) continue;
    if (code.endsWith('1')) return `|${code}`;
    return `${HOST_LITTLE_ENDIAN ? '<' : '>'}${code}`;
  }
  throw new DTypeError(`npy.save: no .npy descr for dtype ${JSON.stringify(dtype)}`);
}

function pyQuote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
