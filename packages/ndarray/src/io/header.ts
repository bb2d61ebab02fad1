/** The `.npy` header: a strict parser for its Python-literal dict (no eval) and NumPy's exact writer. */
import { ValueError } from '../errors.js';

/**
 * A Python tuple, kept apart from a list because a `.npy` shape must be a tuple.
 *
 * @example
 * ```ts
 * (parsePyLiteral('(2, 3)') as PyTuple).items; // [2n, 3n]
 * ```
 */
export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}

/**
 * A Python dict literal, as its `[key, value]` pairs in source order (repeated keys are kept, so
 * the caller can refuse them).
 *
 * @example
 * ```ts
 * (parsePyLiteral("{'a': True}") as PyDict).entries; // [['a', true]]
 * ```
 */
export class PyDict {
  constructor(readonly entries: [PyValue, PyValue][]) {}
}

/**
 * A Python literal value: `str` -> string, `int` -> bigint (Python ints are unbounded), `float` ->
 * number, `True`/`False` -> boolean, `None` -> null, list -> array, tuple -> {@link PyTuple},
 * dict -> {@link PyDict}.
 *
 * @example
 * ```ts
 * const v: PyValue = parsePyLiteral("[1, 2.5, 'x', None]"); // [1n, 2.5, 'x', null]
 * ```
 */
export type PyValue = string | bigint | number | boolean | null | PyValue[] | PyTuple | PyDict;

// Structured descrs nest a few levels; anything deeper is not a header NumPy writes.
const MAX_DEPTH = 32;
const SNIPPET = 120;
// Sticky, so each token is matched in place rather than on a fresh slice of the header.
const NUMBER = /[+-]?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+L?)/y;

function snippet(text: string): string {
  const s = text.length > SNIPPET ? `${text.slice(0, SNIPPET)}...` : text;
  return JSON.stringify(s);
}

/**
 * Parses the Python literal subset NumPy writes into `.npy` headers: strings, ints (an old Python 2
 * `L` suffix is accepted), floats, `True`/`False`/`None`, tuples, lists and dicts, with optional
 * trailing commas. Anything else (names, calls, operators) is rejected, so nothing is evaluated.
 *
 * @param text - the header text (surrounding whitespace and the padding newline are allowed).
 * @param where - prefix for error messages, e.g. `npy.load`.
 * @returns the parsed value.
 * @throws {ValueError} naming the position and the header text when it is not such a literal.
 * @example
 * ```ts
 * parsePyLiteral("{'shape': (3,), 'fortran_order': False}");
 * // PyDict { entries: [['shape', PyTuple { items: [3n] }], ['fortran_order', false]] }
 * ```
 */
export function parsePyLiteral(text: string, where = 'parsePyLiteral'): PyValue {
  let pos = 0;

  const fail = (what: string): never => {
    throw new ValueError(`${where}: cannot parse header at position ${pos}: ${what} in ${snippet(text)}`);
  };

  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      // space, \t, \n, \v, \f, \r
      if (c === 32 || (c >= 9 && c <= 13)) pos++;
      else break;
    }
  };

  const parseString = (): string => {
    const quote = text[pos];
    pos++;
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text[pos] as string;
      if (c === quote) {
        pos++;
        return out;
      }
      if (c === '\n') fail('unterminated string (newline before the closing quote)');
      if (c !== '\\') {
        out += c;
        pos++;
        continue;
      }
      const e = text[pos + 1];
      pos += 2;
      switch (e) {
        case '\\':
        case "'":
        case '"':
          out += e;
          break;
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '0':
          out += '\0';
          break;
        case 'x':
        case 'u': {
          const n = e === 'x' ? 2 : 4;
          const hex = text.slice(pos, pos + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail(`bad \\${e} escape`);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += n;
          break;
        }
        case undefined:
          fail('unterminated string');
          break;
        default:
          // Python keeps the backslash of an unknown escape.
          out += `\\${e}`;
      }
    }
  };

  const parseNumber = (): bigint | number => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m === null) return fail('expected a number');
    const tok = m[0];
    pos += tok.length;
    if (/^[+-]?\d+L?$/.test(tok)) {
      const digits = tok.endsWith('L') ? tok.slice(0, -1) : tok;
      // Python 3 rejects leading zeros on non-zero ints ("0777").
      if (/^[+-]?0\d/.test(digits) && !/^[+-]?0+$/.test(digits)) fail(`bad integer ${tok}`);
      return BigInt(digits);
    }
    return Number(tok);
  };

  const parseSeq = (close: string, depth: number): { items: PyValue[]; trailingComma: boolean } => {
    const items: PyValue[] = [];
    let trailingComma = false;
    skipSpace();
    if (text[pos] === close) {
      pos++;
      return { items, trailingComma };
    }
    for (;;) {
      items.push(parseValue(depth + 1));
      skipSpace();
      const c = text[pos];
      if (c === close) {
        pos++;
        trailingComma = false;
        return { items, trailingComma };
      }
      if (c !== ',') fail(`expected ',' or '${close}'`);
      pos++;
      skipSpace();
      if (text[pos] === close) {
        pos++;
        return { items, trailingComma: true };
      }
    }
  };

  const parseDict = (depth: number): PyDict => {
    const entries: [PyValue, PyValue][] = [];
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return new PyDict(entries);
    }
    for (;;) {
      const key = parseValue(depth + 1);
      skipSpace();
      if (text[pos] !== ':') fail("expected ':'");
      pos++;
      const value = parseValue(depth + 1);
      entries.push([key, value]);
      skipSpace();
      const c = text[pos];
      if (c === '}') {
        pos++;
        return new PyDict(entries);
      }
      if (c !== ',') fail("expected ',' or '}'");
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return new PyDict(entries);
      }
    }
  };

  const parseValue = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
    skipSpace();
    const c = text[pos];
    if (c === undefined) return fail('unexpected end of header');
    if (c === "'" || c === '"') return parseString();
    if (c === '(') {
      pos++;
      const { items, trailingComma } = parseSeq(')', depth);
      // `(x)` is just x; `(x,)` and `()` are tuples.
      return items.length === 1 && !trailingComma ? (items[0] as PyValue) : new PyTuple(items);
    }
    if (c === '[') {
      pos++;
      return parseSeq(']', depth).items;
    }
    if (c === '{') {
      pos++;
      return parseDict(depth);
    }
    for (const [word, value] of [
      ['True', true],
      ['False', false],
      ['None', null],
    ] as const) {
      if (text.startsWith(word, pos) && !/[A-Za-z0-9_]/.test(text[pos + word.length] ?? '')) {
        pos += word.length;
        return value;
      }
    }
    return parseNumber();
  };

  const value = parseValue(0);
  skipSpace();
  if (pos !== text.length) fail('unexpected text after the literal');
  return value;
}

/**
 * Python's `repr` of a parsed literal, for error messages that show what the header said.
 *
 * @example
 * ```ts
 * pyRepr(new PyTuple([3n])); // '(3,)'
 * ```
 */
export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return pyStr(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v instanceof PyTuple) return pyTuple(v.items.map(pyRepr));
  return `{${v.entries.map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
}

function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function pyTuple(items: string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/**
 * Bytes of the magic string `\x93NUMPY` that opens every `.npy` file.
 *
 * @example
 * ```ts
 * const bytes = saveNpy(zeros([2]));
 * NPY_MAGIC.every((b, i) => bytes[i] === b); // true (a .npy file starts with it)
 * ```
 */
export const NPY_MAGIC: readonly number[] = Object.freeze([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);

// NumPy aligns the data to 64 bytes and leaves room for the growth axis to reach 21 digits.
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;

/**
 * The complete `.npy` preamble (magic, version, header length, header dict, padding, newline)
 * byte for byte as NumPy's `np.save` writes it: keys sorted, spare spaces for the growth axis,
 * padded so the data starts on a 64-byte boundary; version 1.0, or 2.0 when the header does not
 * fit a 16-bit length.
 *
 * @param descr - the dtype descr, e.g. `'<f8'` (ASCII).
 * @param fortranOrder - whether the data follows in Fortran order.
 * @param shape - the array's shape.
 * @returns the preamble; its length is a multiple of 64.
 * @example
 * ```ts
 * const h = formatNpyHeader('<f8', false, [3]);
 * h.length; // 128
 * new TextDecoder().decode(h.subarray(10, 67)); // "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"
 * ```
 */
export function formatNpyHeader(descr: string, fortranOrder: boolean, shape: readonly number[]): Uint8Array {
  let dict = `{'descr': ${pyStr(descr)}, 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${pyTuple(
    shape.map(String),
  )}, }`;
  if (shape.length > 0) {
    const growth = String(shape[fortranOrder ? shape.length - 1 : 0]);
    dict += ' '.repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - growth.length));
  }
  for (let i = 0; i < dict.length; i++) {
    if (dict.charCodeAt(i) > 0x7e) throw new ValueError(`npy.save: descr ${JSON.stringify(descr)} is not ASCII`);
  }
  // +1 for the closing newline; padding may be a full 64 bytes when the rest is already aligned.
  const text = dict.length + 1;
  let version = 1;
  let lenBytes = 2;
  let pad = ARRAY_ALIGN - ((NPY_MAGIC.length + 2 + lenBytes + text) % ARRAY_ALIGN);
  if (text + pad > 0xffff) {
    version = 2;
    lenBytes = 4;
    pad = ARRAY_ALIGN - ((NPY_MAGIC.length + 2 + lenBytes + text) % ARRAY_ALIGN);
  }
  const headerLen = text + pad;
  const out = new Uint8Array(NPY_MAGIC.length + 2 + lenBytes + headerLen);
  out.set(NPY_MAGIC, 0);
  out[6] = version;
  out[7] = 0;
  const dv = new DataView(out.buffer);
  if (lenBytes === 2) dv.setUint16(8, headerLen, true);
  else dv.setUint32(8, headerLen, true);
  let p = 8 + lenBytes;
  for (let i = 0; i < dict.length; i++) out[p++] = dict.charCodeAt(i);
  out.fill(0x20, p, p + pad);
  out[out.length - 1] = 0x0a;
  return out;
}
