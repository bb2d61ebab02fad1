/**
 * Text files of numbers, as NumPy reads and writes them: `loadtxt`, `genfromtxt` (missing values)
 * and `savetxt`. Inputs are the text itself (a string, bytes or an array of lines), never a path:
 * read the file with your platform's API first. `savetxt` returns the text.
 */
import type { DType } from '@stride/protocol';
import { type Check, is, rule, signature } from '../core/args.js';
import { type ArrayInput, asarray, emptyArray } from '../core/convert.js';
import { intRange, isBigInt, isComplex, isFloat } from '../core/dtype.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { applyFormat, type Format, type FormatValue, parseFormat } from './printf.js';
import { reshape } from '../manipulation/shape.js';

/** What the text readers take: the text, its bytes (UTF-8 unless `encoding`), or its lines. */
export type TextInput = string | Uint8Array | ArrayBuffer | readonly string[];

/** A function that turns one field's text into its value. */
export type Converter = (field: string) => number | bigint | boolean | string;

/** Options of {@link loadtxt} (NumPy's keyword arguments, camelCase). */
export interface LoadtxtOptions {
  /** Result dtype (default float64). */
  dtype?: DType;
  /** Comment marker(s): text from one to the end of its line is ignored (default `'#'`; null: none). */
  comments?: string | readonly string[] | null;
  /** Field separator: one character, or null (default) for runs of whitespace. */
  delimiter?: string | null;
  /** Per-column converters (`{0: fn}`), or one for every column. */
  converters?: Converter | Readonly<Record<number, Converter>> | null;
  /** Lines to skip at the start, comment lines included (default 0). */
  skiprows?: number;
  /** Columns to read (negative counts from the end). */
  usecols?: number | readonly number[] | null;
  /** Return the transpose, so `const [x, y] = loadtxt(t, {unpack: true})` splits the columns. */
  unpack?: boolean;
  /** Minimum number of dimensions of the result: 0 (default, squeezed), 1 or 2. */
  ndmin?: 0 | 1 | 2;
  /** Encoding of byte input (default `'utf-8'`). */
  encoding?: string | null;
  /** Read at most this many rows of data (comment and blank lines do not count). */
  maxRows?: number | null;
  /** Quote character: delimiters and comment markers inside quotes are text; a doubled quote is a quote. */
  quotechar?: string | null;
}

/** Options of {@link genfromtxt}. */
export interface GenfromtxtOptions {
  /** Result dtype (default float64). */
  dtype?: DType;
  /** Comment marker (default `'#'`; null: none). */
  comments?: string | null;
  /** Field separator: any string, or null (default) for runs of whitespace. */
  delimiter?: string | null;
  /** Lines to skip at the start (default 0). */
  skipHeader?: number;
  /** Rows of data to drop at the end (default 0). */
  skipFooter?: number;
  /** Per-column converters, or one for every column. */
  converters?: Converter | Readonly<Record<number, Converter>> | null;
  /**
   * Strings that mark a missing value (the empty field always does): a comma-separated string or a
   * value for every column, an array with one entry per column, or `{column: value(s)}`.
   */
  missingValues?: string | readonly string[] | Readonly<Record<number | string, string | readonly string[]>> | null;
  /**
   * What replaces missing and unconvertible fields: one number for every column, an array per
   * column, or `{column: value}` (default NaN for floats, -1 for integers, false for bool).
   */
  fillingValues?: number | readonly number[] | Readonly<Record<number | string, number>> | null;
  /** Columns to read. */
  usecols?: number | readonly number[] | null;
  /**
   * `true`: the first line (after `skipHeader`, optionally after a comment marker) holds the column
   * names; an array: the names. With names the result is a record of 1-D columns.
   */
  names?: boolean | readonly string[] | null;
  /** Return the transpose (see {@link LoadtxtOptions.unpack}). */
  unpack?: boolean;
  /** Also return a mask of the missing values: `{ data, mask }`. */
  usemask?: boolean;
  /** Unconvertible fields become the filling value (default true); false: a ValueError unless missing. */
  loose?: boolean;
  /** Rows with the wrong number of columns raise (default true) or are skipped (false). */
  invalidRaise?: boolean;
  /** Read at most this many rows. */
  maxRows?: number | null;
  /** Encoding of byte input. */
  encoding?: string | null;
  /** Minimum number of dimensions (0, 1 or 2). */
  ndmin?: 0 | 1 | 2;
  /** Strip spaces around fields (they never matter for numbers; here for NumPy compatibility). */
  autostrip?: boolean;
}

/** Options of {@link savetxt}. */
export interface SavetxtOptions {
  /**
   * printf-style format (Python's `%` rules): one for every column (default `'%.18e'`), one per
   * column (array), or a whole row with one `%` per column (then `delimiter` is not used).
   */
  fmt?: string | readonly string[];
  /** Column separator (default `' '`). */
  delimiter?: string;
  /** Line separator (default `'\n'`). */
  newline?: string;
  /** Text written first, each line prefixed by `comments`. */
  header?: string;
  /** Text written last, each line prefixed by `comments`. */
  footer?: string;
  /** Prefix of header and footer lines (default `'# '`). */
  comments?: string;
}

const converters: Check<Converter | Record<number, Converter>> = rule(
  'a function or an object of functions keyed by column',
  (v) =>
    typeof v === 'function' ||
    (typeof v === 'object' && v !== null && Object.values(v).every((f) => typeof f === 'function')),
);
const usecols = is.nullable(is.or(is.int, is.arrayOf(is.int)));
const ndmin = rule<0 | 1 | 2>('0, 1 or 2', (v) => v === 0 || v === 1 || v === 2);
const strOrStrings = is.or(is.string, is.arrayOf(is.string));

const parseLoadtxt = signature<LoadtxtOptions>(
  'loadtxt',
  ['dtype', 'comments', 'delimiter', 'converters', 'skiprows', 'usecols', 'unpack', 'ndmin', 'encoding', 'maxRows'],
  {
    dtype: is.dtype,
    comments: is.nullable(strOrStrings),
    delimiter: is.nullable(is.string),
    converters: is.nullable(converters),
    skiprows: is.nonNegInt,
    usecols,
    unpack: is.boolean,
    ndmin,
    encoding: is.nullable(is.string),
    maxRows: is.nullable(is.nonNegInt),
    quotechar: is.nullable(is.string),
  },
);

const parseGenfromtxt = signature<GenfromtxtOptions>(
  'genfromtxt',
  [
    'dtype',
    'comments',
    'delimiter',
    'skipHeader',
    'skipFooter',
    'converters',
    'missingValues',
    'fillingValues',
    'usecols',
    'names',
  ],
  {
    dtype: is.dtype,
    comments: is.nullable(is.string),
    delimiter: is.nullable(is.string),
    skipHeader: is.nonNegInt,
    skipFooter: is.nonNegInt,
    converters: is.nullable(converters),
    missingValues: is.nullable(
      rule(
        'a string, an array of strings or an object of them keyed by column',
        (v) => typeof v === 'string' || typeof v === 'object',
      ),
    ),
    fillingValues: is.nullable(
      rule(
        'a number, an array of numbers or an object of them keyed by column',
        (v) => typeof v === 'number' || typeof v === 'object',
      ),
    ),
    usecols,
    names: is.nullable(is.or(is.boolean, is.arrayOf(is.string))),
    unpack: is.boolean,
    usemask: is.boolean,
    loose: is.boolean,
    invalidRaise: is.boolean,
    maxRows: is.nullable(is.nonNegInt),
    encoding: is.nullable(is.string),
    ndmin,
    autostrip: is.boolean,
  },
);

const parseSavetxt = signature<SavetxtOptions>(
  'savetxt',
  ['fmt', 'delimiter', 'newline', 'header', 'footer', 'comments'],
  {
    fmt: strOrStrings,
    delimiter: is.string,
    newline: is.string,
    header: is.string,
    footer: is.string,
    comments: is.string,
  },
);

// ---------------------------------------------------------------- reading

/** The lines of a text input (any of \n, \r\n, \r ends a line). */
function linesOf(input: TextInput, encoding: string | null | undefined, fn: string): string[] {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    let dec: TextDecoder;
    try {
      dec = new TextDecoder(encoding ?? 'utf-8');
    } catch {
      throw new ValueError(`${fn}: unknown encoding ${JSON.stringify(encoding)}`);
    }
    text = dec.decode(input);
  } else if (Array.isArray(input) && input.every((l) => typeof l === 'string')) {
    return input.map((l: string) => l.replace(/\r?\n$|\r$/, ''));
  } else {
    throw new ValueError(`${fn}: fname must be the text (a string), its bytes (Uint8Array) or an array of lines`);
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The line up to its first comment marker. */
function uncomment(line: string, comments: readonly string[]): string {
  let cut = line.length;
  for (const c of comments) {
    const k = line.indexOf(c);
    if (k >= 0 && k < cut) cut = k;
  }
  return cut === line.length ? line : line.slice(0, cut);
}

const WS = /[ \t\v\f]+/;

/** Fields of one line (comments already removed unless quoting), or null for a blank line. */
function fieldsOf(
  line: string,
  delimiter: string | null,
  quote: string | null,
  comments: readonly string[],
): string[] | null {
  if (quote === null) {
    const l = uncomment(line, comments);
    if (delimiter === null) {
      const t = l.trim();
      return t === '' ? null : t.split(WS);
    }
    return l.trim() === '' ? null : l.split(delimiter);
  }
  // Quoted fields: scan characters; delimiters and comment markers inside quotes are text.
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  let any = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (inQuote) {
      if (ch === quote) {
        if (line[i + 1] === quote) {
          cur += quote;
          i++;
        } else inQuote = false;
      } else cur += ch;
      continue;
    }
    if (ch === quote) {
      inQuote = true;
      any = true;
      continue;
    }
    if (comments.some((c) => line.startsWith(c, i))) break;
    if (delimiter === null ? WS.test(ch) : line.startsWith(delimiter, i)) {
      if (delimiter === null) {
        if (cur !== '' || any) out.push(cur);
        while (i + 1 < line.length && WS.test(line[i + 1] as string)) i++;
      } else {
        out.push(cur);
        i += delimiter.length - 1;
      }
      cur = '';
      any = false;
      continue;
    }
    cur += ch;
    if (ch.trim() !== '') any = true;
  }
  if (delimiter === null) {
    if (cur.trim() !== '' || any) out.push(cur.trim());
    return out.length === 0 ? null : out;
  }
  out.push(cur);
  return out.length === 1 && (out[0] as string).trim() === '' && !any ? null : out;
}

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;
const INT_RE = /^[+-]?\d+$/;

/** A float field in Python's syntax (`1e3`, `.5`, `inf`, `-nan`; surrounding spaces allowed), else undefined. */
function parseFloatField(s: string): number | undefined {
  const t = s.trim();
  if (!FLOAT_RE.test(t)) return undefined;
  const l = t.toLowerCase().replace(/^\+/, '');
  if (l === 'nan' || l === '-nan') return Number.NaN;
  if (l === 'inf' || l === 'infinity') return Number.POSITIVE_INFINITY;
  if (l === '-inf' || l === '-infinity') return Number.NEGATIVE_INFINITY;
  return Number(t);
}

/** A complex field in Python's syntax (`1+2j`, `(1-2j)`, `3j`, `4`), else undefined. */
function parseComplexField(s: string): [number, number] | undefined {
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  if (!/[jJ]$/.test(t)) {
    const re = parseFloatField(t);
    return re === undefined ? undefined : [re, 0];
  }
  const body = t.slice(0, -1);
  let k = -1;
  for (let i = body.length - 1; i > 0; i--) {
    const ch = body[i];
    if ((ch === '+' || ch === '-') && !/[eE]/.test(body[i - 1] as string)) {
      k = i;
      break;
    }
  }
  const reS = k < 0 ? '0' : body.slice(0, k);
  let imS = k < 0 ? body : body.slice(k);
  if (imS === '' || imS === '+' || imS === '-') imS = `${imS}1`;
  const re = parseFloatField(reS);
  const im = parseFloatField(imS);
  return re === undefined || im === undefined ? undefined : [re, im];
}

/** The value of one field in `dtype`, or undefined when it does not parse (or is out of range). */
function parseField(s: string, dtype: DType): number | bigint | [number, number] | undefined {
  if (isComplex(dtype)) return parseComplexField(s);
  if (isFloat(dtype)) return parseFloatField(s);
  const t = s.trim();
  if (!INT_RE.test(t)) return undefined;
  const n = BigInt(t);
  if (dtype === 'bool') return n !== 0n ? 1 : 0;
  const { min, max } = intRange(dtype);
  if (n < min || n > max) return undefined;
  return isBigInt(dtype) ? n : Number(n);
}

/** A converter's result as a value of `dtype`. */
function convertedValue(v: unknown, dtype: DType): number | bigint | [number, number] | undefined {
  if (typeof v === 'string') return parseField(v, dtype);
  if (typeof v === 'boolean') v = v ? 1 : 0;
  if (typeof v === 'bigint') return isBigInt(dtype) ? v : isComplex(dtype) ? [Number(v), 0] : Number(v);
  if (typeof v !== 'number') return undefined;
  if (isComplex(dtype)) return [v, 0];
  if (isBigInt(dtype)) return Number.isInteger(v) ? BigInt(v) : undefined;
  if (dtype === 'bool') return v !== 0 ? 1 : 0;
  return v;
}

type Value = number | bigint | [number, number];

/** A (rows × cols) array of `dtype` from row-major values. */
function build(values: Value[], rows: number, cols: number, dtype: DType): NDArray {
  const out = emptyArray(dtype, [rows, cols]);
  const d = out.data;
  if (isComplex(dtype)) {
    for (let i = 0; i < values.length; i++) {
      const [re, im] = values[i] as [number, number];
      d[2 * i] = re;
      d[2 * i + 1] = im;
    }
  } else {
    for (let i = 0; i < values.length; i++) d[i] = values[i] as never;
  }
  return out;
}

/** NumPy's `_ensure_ndmin_ndarray`: squeeze extra axes, then grow to `ndmin` (2-D as a column). */
function ensureNdmin(a: NDArray, nd: 0 | 1 | 2): NDArray {
  let x = a;
  if (x.ndim > nd) {
    const shape = x.shape.filter((d) => d !== 1);
    x = reshape(x, shape);
  }
  if (x.ndim < nd) {
    if (nd === 1) x = reshape(x, [1]);
    else x = reshape(x, x.ndim === 0 ? [1, 1] : [x.size, 1]);
  }
  return x;
}

/** Column indices picked by `usecols` for a row of `n` fields. @throws {ValueError} when out of range. */
function pick(cols: readonly number[] | null, n: number, row: number, fn: string): number[] | null {
  if (cols === null) return null;
  return cols.map((c) => {
    const k = c < 0 ? c + n : c;
    if (k < 0 || k >= n) throw new ValueError(`${fn}: invalid column index ${c} at row ${row} with ${n} columns`);
    return k;
  });
}

function converterFor(
  conv: Converter | Readonly<Record<number, Converter>> | null | undefined,
  col: number,
  n: number,
): Converter | undefined {
  if (conv === null || conv === undefined) return undefined;
  if (typeof conv === 'function') return conv;
  return conv[col] ?? conv[col - n];
}

/**
 * Reads a table of numbers from text, as NumPy's `loadtxt`: whitespace-separated by default (or
 * one `delimiter` character, e.g. `','`), `#` comments, blank lines skipped, `skiprows`,
 * `usecols`, `maxRows`, `converters`, `quotechar`, `dtype`, `unpack` and `ndmin`. Every row must
 * have the same number of columns and every field must parse as the dtype (Python's number syntax:
 * `1e3`, `inf`, `nan`, `1+2j` for complex; integers exactly, out-of-range values are errors).
 *
 * @param fname - The text itself (a string), its bytes, or an array of lines — not a path.
 * @returns A 2-D array (rows × columns) squeezed like NumPy's (one row or column gives 1-D, one value 0-d).
 * @throws {ValueError} for a field that does not parse, rows of different lengths, a column out of range.
 *
 * @example
 * ```ts
 * loadtxt('1 2\n3 4\n').toArray();                         // [[1, 2], [3, 4]]
 * loadtxt('# x,y\n1,2\n3,4\n', { delimiter: ',', usecols: 1 }).toArray(); // [2, 4]
 * ```
 */
export function loadtxt(
  fname: TextInput,
  dtype?: DType,
  comments?: string | readonly string[] | null,
  delimiter?: string | null,
  converters?: Converter | Readonly<Record<number, Converter>> | null,
  skiprows?: number,
  usecols?: number | readonly number[] | null,
  unpack?: boolean,
  ndmin?: 0 | 1 | 2,
  encoding?: string | null,
  maxRows?: number | null,
  options?: LoadtxtOptions,
): NDArray;
export function loadtxt(fname: TextInput, options?: LoadtxtOptions): NDArray;
export function loadtxt(fname: TextInput, ...rest: unknown[]): NDArray {
  const o = parseLoadtxt(rest);
  const fn = 'loadtxt';
  const dtype = o.dtype ?? 'float64';
  const delimiter = o.delimiter ?? null;
  if (delimiter !== null && (delimiter.length !== 1 || delimiter === '\n' || delimiter === '\r')) {
    throw new ValueError(
      `loadtxt: delimiter must be a single character other than a newline or null, got ${JSON.stringify(delimiter)}`,
    );
  }
  const quote = o.quotechar ?? null;
  if (quote !== null && quote.length !== 1)
    throw new ValueError(`loadtxt: quotechar must be a single character, got ${JSON.stringify(quote)}`);
  const comments =
    o.comments === null ? [] : typeof o.comments === 'string' ? [o.comments] : [...(o.comments ?? ['#'])];
  if (comments.some((c) => c === '')) throw new ValueError('loadtxt: comments must not be empty strings');
  const cols =
    o.usecols === null || o.usecols === undefined ? null : typeof o.usecols === 'number' ? [o.usecols] : [...o.usecols];
  const lines = linesOf(fname, o.encoding, fn);
  const values: Value[] = [];
  let rows = 0;
  let ncols = -1;
  for (let i = o.skiprows ?? 0; i < lines.length; i++) {
    if (o.maxRows !== undefined && o.maxRows !== null && rows >= o.maxRows) break;
    const fields = fieldsOf(lines[i] as string, delimiter, quote, comments);
    if (fields === null) continue;
    const idx = pick(cols, fields.length, i + 1, fn);
    const n = idx === null ? fields.length : idx.length;
    if (ncols < 0) ncols = n;
    else if (n !== ncols) {
      throw new ValueError(
        `loadtxt: the number of columns changed from ${ncols} to ${n} at row ${i + 1}; use usecols to select a subset and avoid this error`,
      );
    }
    for (let j = 0; j < n; j++) {
      const col = idx === null ? j : (idx[j] as number);
      const s = fields[col] as string;
      const conv = converterFor(o.converters, col, fields.length);
      const v = conv ? convertedValue(conv(s), dtype) : parseField(s, dtype);
      if (v === undefined) {
        throw new ValueError(
          `loadtxt: could not convert string ${JSON.stringify(s)} to ${dtype} at row ${i + 1}, column ${col + 1}`,
        );
      }
      values.push(v);
    }
    rows++;
  }
  let arr: NDArray;
  if (rows === 0) arr = emptyArray(dtype, cols === null ? [0] : [0, cols.length]);
  else arr = build(values, rows, ncols, dtype);
  arr = ensureNdmin(arr, o.ndmin ?? 0);
  return o.unpack ? arr.T : arr;
}

/** The result of {@link genfromtxt} with `usemask`. */
export interface MaskedResult {
  data: NDArray;
  /** True where the field was missing. */
  mask: NDArray;
}

/** Per-column lists from a NumPy-style spec: one value for all, an array per column, or `{column: value}`. */
function perColumn<T>(
  spec: T | readonly T[] | Readonly<Record<string, T>> | null | undefined,
  ncols: number,
  names: readonly string[] | null,
  colIds: readonly number[],
  fill: (v: T) => T[],
): (T[] | undefined)[] {
  const out: (T[] | undefined)[] = new Array(ncols).fill(undefined);
  if (spec === null || spec === undefined) return out;
  if (Array.isArray(spec)) {
    for (let j = 0; j < ncols && j < spec.length; j++) out[j] = fill(spec[j] as T);
  } else if (typeof spec === 'object') {
    for (const [key, val] of Object.entries(spec as Record<string, T>)) {
      let col = names?.indexOf(key) ?? -1;
      if (col < 0 && /^-?\d+$/.test(key)) {
        const k = Number(key);
        col = colIds.indexOf(k);
        if (col < 0) col = k < ncols && k >= 0 ? k : -1;
      }
      if (col >= 0 && col < ncols) out[col] = [...(out[col] ?? []), ...fill(val)];
    }
  } else {
    for (let j = 0; j < ncols; j++) out[j] = fill(spec as T);
  }
  return out;
}

function cleanName(s: string): string {
  return s
    .trim()
    .replace(/ /g, '_')
    .replace(/[~!@#$%^&*()\-=+\\|\]}[{';: /?.>,<"]/g, '');
}

/**
 * Reads a table of numbers with missing values, as NumPy's `genfromtxt`: empty fields and the
 * `missingValues` strings that do not parse become `fillingValues` (NaN for floats, -1 for
 * integers); with `loose` (default) any unparsable field does too. Also `skipHeader`,
 * `skipFooter`, `usecols`, `names` (a header line → a record of columns), `usemask`
 * (`{ data, mask }`), `invalidRaise: false` to skip rows of the wrong length.
 *
 * @param fname - The text itself (a string), its bytes, or an array of lines — not a path.
 * @returns An array squeezed like NumPy's; a record of 1-D columns with `names`; `{ data, mask }` with `usemask`.
 * @throws {ValueError} for rows of the wrong length (unless `invalidRaise: false`) or an unparsable
 *   field with `loose: false`.
 *
 * @example
 * ```ts
 * genfromtxt('1,,3\n4,5,6\n', { delimiter: ',' }).toArray(); // [[1, NaN, 3], [4, 5, 6]]
 * genfromtxt('a b\n1 2\n3 4\n', { names: true }).b.toArray(); // [2, 4]
 * ```
 */
export function genfromtxt(
  fname: TextInput,
  options: GenfromtxtOptions & { names: true | readonly string[] },
): Record<string, NDArray>;
export function genfromtxt(fname: TextInput, options: GenfromtxtOptions & { usemask: true }): MaskedResult;
export function genfromtxt(fname: TextInput, options?: GenfromtxtOptions): NDArray;
export function genfromtxt(fname: TextInput, ...rest: unknown[]): NDArray | MaskedResult | Record<string, NDArray>;
export function genfromtxt(fname: TextInput, ...rest: unknown[]): NDArray | MaskedResult | Record<string, NDArray> {
  const o = parseGenfromtxt(rest);
  const fn = 'genfromtxt';
  const dtype = o.dtype ?? 'float64';
  if (o.skipFooter && o.maxRows !== undefined && o.maxRows !== null) {
    throw new ValueError("genfromtxt: the options 'skipFooter' and 'maxRows' can not be given together");
  }
  if (o.delimiter === '') throw new ValueError('genfromtxt: delimiter must not be empty');
  const delimiter = o.delimiter ?? null;
  const comments = o.comments === null ? [] : [o.comments ?? '#'];
  if (comments.some((c) => c === '')) throw new ValueError('genfromtxt: comments must not be empty');
  const lines = linesOf(fname, o.encoding, fn);
  let i = o.skipHeader ?? 0;
  // The first line with fields (names: true also takes a line that starts with a comment marker).
  let first: string[] | null = null;
  for (; i < lines.length && first === null; i++) {
    let line = lines[i] as string;
    if (o.names === true && comments.length > 0 && line.includes(comments[0] as string)) {
      line = line
        .split(comments[0] as string)
        .slice(1)
        .join('');
    }
    first = fieldsOf(line, delimiter, null, comments);
  }
  let names: string[] | null = null;
  const all: string[][] = [];
  if (first !== null) {
    if (o.names === true) names = first.map(cleanName);
    else all.push(first);
  }
  if (Array.isArray(o.names)) names = [...(o.names as string[])];
  for (; i < lines.length; i++) {
    const f = fieldsOf(lines[i] as string, delimiter, null, comments);
    if (f !== null) all.push(f);
  }
  const nfields = all.length > 0 ? (all[0] as string[]).length : (names?.length ?? 0);
  const cols =
    o.usecols === null || o.usecols === undefined ? null : typeof o.usecols === 'number' ? [o.usecols] : [...o.usecols];
  const colIds =
    cols === null ? Array.from({ length: nfields }, (_, j) => j) : cols.map((c) => (c < 0 ? c + nfields : c));
  const ncols = colIds.length;
  let usedNames: string[] | null = null;
  if (names !== null) usedNames = cols === null ? names.slice(0, ncols) : colIds.map((c) => names?.[c] ?? `f${c}`);
  // Rows of the wrong length.
  const bad: number[] = [];
  let data = all.filter((r, k) => {
    if (r.length === nfields) return true;
    bad.push(k);
    return false;
  });
  if (bad.length > 0 && o.invalidRaise !== false) {
    const first = all[bad[0] as number] as string[];
    throw new ValueError(
      `genfromtxt: some errors were detected: row ${(bad[0] as number) + 1} of data has ${first.length} columns instead of ${nfields}`,
    );
  }
  if (o.skipFooter) data = data.slice(0, Math.max(0, data.length - o.skipFooter));
  if (o.maxRows !== undefined && o.maxRows !== null) data = data.slice(0, o.maxRows);
  const missing = perColumn<string>(o.missingValues as never, ncols, usedNames, colIds, (v) =>
    typeof v === 'string' ? v.split(',') : [String(v)],
  );
  const filling = perColumn<number>(o.fillingValues as never, ncols, usedNames, colIds, (v) => [v]);
  const defaultFill = isFloat(dtype) || isComplex(dtype) ? Number.NaN : dtype === 'bool' ? 0 : -1;
  const values: Value[] = [];
  const mask = new Uint8Array(data.length * ncols);
  data.forEach((r, row) => {
    for (let j = 0; j < ncols; j++) {
      const col = colIds[j] as number;
      if (col < 0 || col >= r.length)
        throw new ValueError(`${fn}: invalid column index ${cols?.[j]} with ${r.length} columns`);
      const s = r[col] as string;
      const t = s.trim();
      const isMissing = t === '' || (missing[j]?.includes(t) ?? false);
      if (isMissing) mask[row * ncols + j] = 1;
      const conv = converterFor(o.converters, col, nfields);
      let v: Value | undefined = t === '' ? undefined : conv ? convertedValue(conv(s), dtype) : parseField(s, dtype);
      if (v === undefined) {
        if (!isMissing && o.loose === false) {
          throw new ValueError(
            `${fn}: could not convert string ${JSON.stringify(s)} to ${dtype} at row ${row + 1}, column ${col + 1}`,
          );
        }
        const f = filling[j]?.[0] ?? defaultFill;
        v = convertedValue(f, dtype) ?? (isBigInt(dtype) ? -1n : -1);
      }
      values.push(v);
    }
  });
  const table = build(values, data.length, ncols, dtype);
  if (usedNames !== null) {
    const out: Record<string, NDArray> = {};
    usedNames.forEach((name, j) => {
      out[name] = table.view([data.length], [table.strides[0] as number], table.offset + j);
    });
    return out;
  }
  const shape = (a: NDArray): NDArray => {
    const x = ensureNdmin(data.length === 0 ? reshape(a, [0]) : a, o.ndmin ?? 0);
    return o.unpack ? x.T : x;
  };
  if (o.usemask) {
    const m = emptyArray('bool', [data.length, ncols]);
    (m.data as Uint8Array).set(mask);
    return { data: shape(table), mask: shape(m) };
  }
  return shape(table);
}

// ---------------------------------------------------------------- writing

/**
 * Writes a 1-D or 2-D array as text, as NumPy's `savetxt`: one row per line, `fmt` per column
 * (default `'%.18e'`, exactly NumPy's digits), `delimiter`, `newline`, `header` and `footer`
 * prefixed by `comments`. Complex values print as ` (re+imj)`. The text reads back with
 * {@link loadtxt} and with NumPy's `np.loadtxt`.
 *
 * @param X - 1-D (one value per line) or 2-D array.
 * @returns The text.
 * @throws {ValueError} for other dimensions, a `fmt` whose count of `%` does not fit the columns,
 *   or `%d` of NaN or infinity.
 *
 * @example
 * ```ts
 * savetxt([[1, 2], [3, 4]], { fmt: '%d', delimiter: ',' }); // '1,2\n3,4\n'
 * savetxt([0.5, 1.25], '%.2f');                             // '0.50\n1.25\n'
 * ```
 */
export function savetxt(
  X: ArrayInput,
  fmt?: string | readonly string[],
  delimiter?: string,
  newline?: string,
  header?: string,
  footer?: string,
  comments?: string,
  options?: SavetxtOptions,
): string;
export function savetxt(X: ArrayInput, options?: SavetxtOptions): string;
export function savetxt(X: ArrayInput, ...rest: unknown[]): string {
  const o = parseSavetxt(rest);
  const fn = 'savetxt';
  const a = asarray(X);
  if (a.ndim === 0 || a.ndim > 2) throw new ValueError(`savetxt: expected a 1-D or 2-D array, got a ${a.ndim}-D array`);
  const x = a.ndim === 1 ? reshape(a, [a.size, 1]) : a;
  const nrows = x.shape[0] as number;
  const ncol = x.shape[1] as number;
  const delimiter = o.delimiter ?? ' ';
  const newline = o.newline ?? '\n';
  const comments = o.comments ?? '# ';
  const cplx = isComplex(x.dtype);
  const fmt = o.fmt ?? '%.18e';
  let rowFormat: string;
  if (typeof fmt !== 'string') {
    if (fmt.length !== ncol) throw new ValueError(`savetxt: fmt has ${fmt.length} formats for ${ncol} columns`);
    rowFormat = (cplx ? fmt.map((f) => ` (${f}+${f}j)`) : [...fmt]).join(delimiter);
  } else {
    const count = (fmt.match(/%/g) ?? []).length;
    if (count === 1) rowFormat = new Array(ncol).fill(cplx ? ` (${fmt}+${fmt}j)` : fmt).join(delimiter);
    else if (cplx && count !== 2 * ncol)
      throw new ValueError(`savetxt: invalid fmt ${JSON.stringify(fmt)} for ${ncol} complex columns`);
    else if (!cplx && count !== ncol)
      throw new ValueError(`savetxt: fmt has wrong number of % formats: ${JSON.stringify(fmt)}`);
    else rowFormat = fmt;
  }
  const parsed: Format = parseFormat(rowFormat, fn);
  if (parsed.specs.length !== ncol * (cplx ? 2 : 1)) {
    throw new ValueError(`savetxt: fmt has wrong number of % formats: ${JSON.stringify(rowFormat)}`);
  }
  const floaty = isFloat(x.dtype) || cplx;
  const bool = x.dtype === 'bool';
  const d = x.data;
  const [s0, s1] = x.strides as [number, number];
  const parts: string[] = [];
  if (o.header) parts.push(comments + o.header.replaceAll('\n', `\n${comments}`) + newline);
  // One value object per slot, reused for every row (no allocation per number).
  const row: FormatValue[] = Array.from({ length: parsed.specs.length }, () => ({ v: 0, float: floaty || bool, bool }));
  for (let i = 0; i < nrows; i++) {
    for (let j = 0; j < ncol; j++) {
      const k = x.offset + i * s0 + j * s1;
      if (cplx) {
        (row[2 * j] as FormatValue).v = d[2 * k] as number;
        (row[2 * j + 1] as FormatValue).v = d[2 * k + 1] as number;
      } else {
        (row[j] as FormatValue).v = d[k] as number | bigint;
      }
    }
    const line = applyFormat(parsed, row, fn);
    parts.push((cplx ? line.replaceAll('+-', '-') : line) + newline);
  }
  if (o.footer) parts.push(comments + o.footer.replaceAll('\n', `\n${comments}`) + newline);
  return parts.join('');
}
