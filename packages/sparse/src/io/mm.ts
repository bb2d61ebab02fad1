/**
 * Matrix Market text files (NIST's exchange format): `mmread` and `mmwrite`, coordinate and
 * array formats; real, integer, complex and pattern fields; general, symmetric, skew-symmetric
 * and hermitian symmetry.
 */
import { type ArrayInput, NDArray, argumentError, asarray, is, signature } from '@stride/ndarray';
import { MatrixMarketError } from '../errors.js';
import { cooMatrix } from '../formats/construct.js';
import { CooMatrix, type SparseMatrix, isSparse } from '../formats/matrix.js';
import { lanesOf, raw, rawIdx } from '../formats/util.js';

/** The field of a Matrix Market file. */
export type MMField = 'real' | 'integer' | 'complex' | 'pattern';
/** The symmetry of a Matrix Market file. */
export type MMSymmetry = 'general' | 'symmetric' | 'skew-symmetric' | 'hermitian';

const FORMATS = ['coordinate', 'array'];
const FIELDS = ['real', 'double', 'integer', 'complex', 'pattern'];
const SYMMETRIES = ['general', 'symmetric', 'skew-symmetric', 'hermitian'];

function fail(msg: string, line: number): never {
  throw new MatrixMarketError(`mmread: line ${line}: ${msg}`, line);
}

function parseValue(tok: string, line: number, integer: boolean): number {
  const t = tok.toLowerCase();
  let v: number;
  if (t === 'nan' || t === '+nan' || t === '-nan') v = Number.NaN;
  else if (t === 'inf' || t === '+inf' || t === 'infinity' || t === '+infinity') v = Number.POSITIVE_INFINITY;
  else if (t === '-inf' || t === '-infinity') v = Number.NEGATIVE_INFINITY;
  else if (/^[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?$/.test(tok)) v = Number(tok.replace(/[dD]/, 'e'));
  else fail(`bad number ${JSON.stringify(tok)}`, line);
  if (integer && !Number.isInteger(v)) fail(`bad integer ${JSON.stringify(tok)}`, line);
  return v;
}

function parseIndex(tok: string | undefined, line: number, n: number, what: string): number {
  if (tok === undefined) fail(`missing ${what} index`, line);
  if (!/^[+]?\d+$/.test(tok)) fail(`bad ${what} index ${JSON.stringify(tok)}`, line);
  const v = Number(tok);
  if (v < 1 || v > n) fail(`${what} index ${v} is out of range 1..${n}`, line);
  return v - 1;
}

/**
 * Reads a Matrix Market file (its text): a coordinate file gives a {@link CooMatrix} (symmetric,
 * skew-symmetric and hermitian files expanded to both triangles, as SciPy's `mmread`), an array
 * file a dense 2-D NDArray. Real and pattern fields give float64 (pattern entries are 1), integer
 * int32 (float64 when a value does not fit), complex complex128. Comment and blank lines are
 * skipped. A malformed file (bad banner, bad size line, bad number, index out of range, too few
 * or too many entries) is a {@link MatrixMarketError} carrying the 1-based line number.
 *
 * @example
 * ```ts
 * const text = '%%MatrixMarket matrix coordinate real symmetric\n% a comment\n3 3 3\n1 1 2.5\n2 1 -1\n3 3 4\n';
 * const a = mmread(text) as CooMatrix;
 * a.toDense().toArray(); // [[2.5, -1, 0], [-1, 0, 0], [0, 0, 4]]
 * mmread('%%MatrixMarket matrix coordinate real general\n2 2 1\n3 1 1.0\n'); // throws MatrixMarketError
 * ```
 */
export function mmread(text: string | Uint8Array): CooMatrix | NDArray {
  if (typeof text !== 'string') {
    if ((text as unknown) instanceof Uint8Array) return mmread(new TextDecoder().decode(text));
    throw argumentError('mmread', 'text', 'the text of a Matrix Market file (a string or its UTF-8 bytes)', text);
  }
  const lines = text.split(/\r?\n/);
  const banner = (lines[0] ?? '').trim().split(/\s+/);
  if ((banner[0] ?? '').toLowerCase() !== '%%matrixmarket')
    fail('not a Matrix Market file: the first line must start with %%MatrixMarket', 1);
  if (banner.length !== 5)
    fail(
      `bad banner: expected "%%MatrixMarket matrix <format> <field> <symmetry>", got ${JSON.stringify(lines[0])}`,
      1,
    );
  const [, object, format, field0, symmetry] = banner.map((s) => s.toLowerCase()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (object !== 'matrix') fail(`bad banner: only "matrix" objects are supported, got ${JSON.stringify(object)}`, 1);
  if (!FORMATS.includes(format))
    fail(`bad banner: format must be coordinate or array, got ${JSON.stringify(format)}`, 1);
  if (!FIELDS.includes(field0))
    fail(`bad banner: field must be one of ${FIELDS.join(', ')}, got ${JSON.stringify(field0)}`, 1);
  if (!SYMMETRIES.includes(symmetry))
    fail(`bad banner: symmetry must be one of ${SYMMETRIES.join(', ')}, got ${JSON.stringify(symmetry)}`, 1);
  const field = field0 === 'double' ? 'real' : field0;
  if (format === 'array' && field === 'pattern') fail('bad banner: the array format cannot have the pattern field', 1);
  if (symmetry === 'hermitian' && field !== 'complex')
    fail('bad banner: hermitian symmetry needs the complex field', 1);
  let ln = 1;
  const next = (): { toks: string[]; line: number } | null => {
    while (ln < lines.length) {
      const s = (lines[ln] as string).trim();
      ln++;
      if (s === '' || s.startsWith('%')) continue;
      return { toks: s.split(/\s+/), line: ln };
    }
    return null;
  };
  const sizeLine = next();
  if (sizeLine === null) fail('premature end of file: no size line', lines.length);
  const coord = format === 'coordinate';
  const want = coord ? 3 : 2;
  if (sizeLine.toks.length !== want)
    fail(`bad size line: expected ${coord ? 'rows, columns, entries' : 'rows, columns'}`, sizeLine.line);
  const sizes = sizeLine.toks.map((t) => {
    if (!/^\d+$/.test(t)) fail(`bad size ${JSON.stringify(t)}`, sizeLine.line);
    return Number(t);
  });
  const [m, n] = sizes as [number, number];
  if (!coord && symmetry !== 'general' && m !== n)
    fail(`a ${symmetry} matrix must be square, got ${m} x ${n}`, sizeLine.line);
  const complex = field === 'complex';
  const integer = field === 'integer';
  const nv = field === 'pattern' ? 0 : complex ? 2 : 1;
  const lanes = complex ? 2 : 1;
  const skew = symmetry === 'skew-symmetric';
  const herm = symmetry === 'hermitian';
  const mirror = symmetry !== 'general';
  if (coord) {
    const count = sizes[2] as number;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    for (let e = 0; e < count; e++) {
      const l = next();
      if (l === null) fail(`premature end of file: expected ${count} entries, got ${e}`, lines.length);
      if (l.toks.length !== 2 + nv)
        fail(
          `expected ${2 + nv} fields (row, column${nv === 0 ? '' : nv === 1 ? ', value' : ', real, imaginary'}), got ${l.toks.length}`,
          l.line,
        );
      const i = parseIndex(l.toks[0], l.line, m, 'row');
      const j = parseIndex(l.toks[1], l.line, n, 'column');
      const re = nv === 0 ? 1 : parseValue(l.toks[2] as string, l.line, integer);
      const im = complex ? parseValue(l.toks[3] as string, l.line, false) : 0;
      rows.push(i);
      cols.push(j);
      vals.push(re);
      if (complex) vals.push(im);
      if (mirror && i !== j) {
        rows.push(j);
        cols.push(i);
        vals.push(skew ? -re : re);
        if (complex) vals.push(skew ? -im : herm ? -im : im);
      }
    }
    if (next() !== null) fail(`more entries than the ${count} the size line declares`, ln);
    const nnz = rows.length;
    const dtype = complex
      ? 'complex128'
      : integer && vals.every((v) => Math.abs(v) <= 0x7fffffff)
        ? 'int32'
        : 'float64';
    const data = new NDArray(dtype, dtype === 'int32' ? Int32Array.from(vals) : Float64Array.from(vals), [nnz]);
    return new CooMatrix(
      data,
      new NDArray('int32', Int32Array.from(rows), [nnz]),
      new NDArray('int32', Int32Array.from(cols), [nnz]),
      [m, n],
    );
  }
  // array: column-major; a symmetric kind lists the lower triangle (skew: below the diagonal)
  const dense = new Float64Array(m * n * lanes);
  let seen = 0;
  for (let j = 0; j < n; j++) {
    for (let i = mirror ? (skew ? j + 1 : j) : 0; i < m; i++) {
      const l = next();
      if (l === null) fail(`premature end of file: expected more values (got ${seen})`, lines.length);
      if (l.toks.length !== nv)
        fail(`expected ${nv} field${nv > 1 ? 's' : ''} per value, got ${l.toks.length}`, l.line);
      seen++;
      const re = parseValue(l.toks[0] as string, l.line, integer);
      const im = complex ? parseValue(l.toks[1] as string, l.line, false) : 0;
      dense[lanes * (i * n + j)] = re;
      if (complex) dense[lanes * (i * n + j) + 1] = im;
      if (mirror && i !== j) {
        dense[lanes * (j * n + i)] = skew ? -re : re;
        if (complex) dense[lanes * (j * n + i) + 1] = skew || herm ? -im : im;
      }
    }
  }
  if (next() !== null) fail('more values than the size line declares', ln);
  if (complex) return new NDArray('complex128', dense, [m, n]);
  if (integer && dense.every((v) => Math.abs(v) <= 0x7fffffff))
    return new NDArray('int32', Int32Array.from(dense), [m, n]);
  return new NDArray('float64', dense, [m, n]);
}

/** Options of {@link mmwrite}. */
export interface MMWriteOptions {
  /** Field to write (default from the dtype: complex, real, or integer for integer and boolean data). */
  field?: MMField;
  /** Symmetry to write (default: detected for square matrices, as SciPy: symmetric, skew-symmetric, hermitian, else general). */
  symmetry?: MMSymmetry;
  /** Comment lines written after the banner (each prefixed with %). */
  comment?: string;
  /** Significant digits of real values (default: the shortest text that reads back exactly). */
  precision?: number;
}

const parseWrite = signature<MMWriteOptions>('mmwrite', ['comment', 'field', 'precision', 'symmetry'], {
  comment: is.string,
  field: is.choice('real', 'integer', 'complex', 'pattern'),
  precision: is.positiveInt,
  symmetry: is.choice('general', 'symmetric', 'skew-symmetric', 'hermitian'),
});

interface Triplets {
  m: number;
  n: number;
  row: Int32Array;
  col: Int32Array;
  val: ArrayLike<number>;
  lanes: number;
}

function detect(t: Triplets): MMSymmetry {
  if (t.m !== t.n) return 'general';
  const key = (i: number, j: number): number => i * t.n + j;
  const map = new Map<number, [number, number]>();
  for (let k = 0; k < t.row.length; k++) {
    const re = t.val[t.lanes * k] as number;
    const im = t.lanes === 2 ? (t.val[2 * k + 1] as number) : 0;
    const key0 = key(t.row[k] as number, t.col[k] as number);
    const prev = map.get(key0);
    map.set(key0, prev ? [prev[0] + re, prev[1] + im] : [re, im]);
  }
  const kinds: MMSymmetry[] =
    t.lanes === 2 ? ['symmetric', 'skew-symmetric', 'hermitian'] : ['symmetric', 'skew-symmetric'];
  for (const kind of kinds) {
    let ok = true;
    for (const [k0, [re, im]] of map) {
      const i = Math.floor(k0 / t.n);
      const j = k0 - i * t.n;
      const [tr, ti] = map.get(key(j, i)) ?? [0, 0];
      const [wr, wi] = kind === 'symmetric' ? [re, im] : kind === 'skew-symmetric' ? [-re, -im] : [re, -im];
      if (tr !== wr || ti !== wi) {
        ok = false;
        break;
      }
    }
    if (ok) return kind;
  }
  return 'general';
}

/**
 * Writes a matrix as Matrix Market text: a sparse matrix in the coordinate format (duplicates
 * summed, entries in row order), a dense 2-D array in the array format (column-major). For a
 * symmetric kind only the lower triangle is written (skew-symmetric: below the diagonal), as
 * SciPy's `mmwrite`, which reads back with {@link mmread} or SciPy/Matlab/Julia readers.
 *
 * @param a - a sparse matrix or a dense 2-D array
 * @param comment - comment text (each line prefixed with %)
 * @param field - `real`, `integer`, `complex` or `pattern`
 * @param precision - significant digits of real values
 * @param symmetry - `general`, `symmetric`, `skew-symmetric` or `hermitian`
 *
 * @example
 * ```ts
 * const a = csrMatrix([[1.5, 0], [2, -3]]);
 * mmwrite(a, { comment: 'hello' }); // '%%MatrixMarket matrix coordinate real general\n%hello\n2 2 3\n1 1 1.5\n2 1 2\n2 2 -3\n'
 * mmwrite(csrMatrix([[2, 1], [1, 2]])); // '%%MatrixMarket matrix coordinate integer symmetric\n%\n2 2 3\n1 1 2\n2 1 1\n2 2 2\n'
 * ```
 */
export function mmwrite(
  a: SparseMatrix | ArrayInput,
  comment?: string,
  field?: MMField,
  precision?: number,
  symmetry?: MMSymmetry,
  options?: MMWriteOptions,
): string;
export function mmwrite(a: SparseMatrix | ArrayInput, options?: MMWriteOptions): string;
export function mmwrite(a: SparseMatrix | ArrayInput, ...rest: unknown[]): string {
  const opts = parseWrite(rest);
  const sparse = isSparse(a);
  if (!sparse && (a === undefined || a === null || typeof a === 'string')) {
    throw argumentError('mmwrite', 'a', 'a sparse matrix or a dense 2-D array', a);
  }
  let coo: CooMatrix;
  if (sparse) {
    coo = (a as SparseMatrix).tocoo(true);
    coo.sumDuplicates();
  } else {
    const d = asarray(a as ArrayInput);
    if (d.ndim !== 2) throw argumentError('mmwrite', 'a', 'a sparse matrix or a dense 2-D array', a);
    const [m, n] = d.shape as [number, number];
    // triplets of every element (row order), for the symmetry check and the writer
    coo = cooMatrix({ data: d.reshape([-1]), row: rowIdx(m, n), col: colIdx(m, n) }, { shape: [m, n] });
  }
  const dtype: string = coo.dtype;
  const t: Triplets = {
    m: coo.shape[0],
    n: coo.shape[1],
    row: rawIdx(coo.row),
    col: rawIdx(coo.col),
    val: raw(coo.dtype === 'bool' ? coo.astype('int32').data : coo.data),
    lanes: lanesOf(coo.dtype),
  };
  const complex = t.lanes === 2;
  const field = opts.field ?? (complex ? 'complex' : dtype.startsWith('float') ? 'real' : 'integer');
  if (complex && field !== 'complex' && field !== 'pattern') {
    throw new MatrixMarketError(`mmwrite: complex data cannot be written with the ${field} field`, 0);
  }
  if (!sparse && field === 'pattern')
    throw new MatrixMarketError('mmwrite: the array format cannot have the pattern field', 0);
  const symmetry = opts.symmetry ?? detect(t);
  if (symmetry === 'hermitian' && field !== 'complex')
    throw new MatrixMarketError('mmwrite: hermitian symmetry needs the complex field', 0);
  const fmt = (v: number): string => {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    if (field === 'integer') return String(Math.round(v));
    return opts.precision !== undefined ? String(Number(v.toPrecision(opts.precision))) : String(v);
  };
  const keep = (i: number, j: number): boolean =>
    symmetry === 'general' || (symmetry === 'skew-symmetric' ? i > j : i >= j);
  const out: string[] = [`%%MatrixMarket matrix ${sparse ? 'coordinate' : 'array'} ${field} ${symmetry}`];
  const comments = opts.comment === undefined || opts.comment === '' ? [''] : opts.comment.split('\n');
  for (const c of comments) out.push(`%${c}`);
  const value = (k: number): string =>
    complex ? `${fmt(t.val[2 * k] as number)} ${fmt(t.val[2 * k + 1] as number)}` : fmt(t.val[k] as number);
  if (sparse) {
    const lines: string[] = [];
    for (let k = 0; k < t.row.length; k++) {
      const i = t.row[k] as number;
      const j = t.col[k] as number;
      if (!keep(i, j)) continue;
      lines.push(field === 'pattern' ? `${i + 1} ${j + 1}` : `${i + 1} ${j + 1} ${value(k)}`);
    }
    out.push(`${t.m} ${t.n} ${lines.length}`, ...lines);
  } else {
    out.push(`${t.m} ${t.n}`);
    for (let j = 0; j < t.n; j++) for (let i = 0; i < t.m; i++) if (keep(i, j)) out.push(value(i * t.n + j));
  }
  return `${out.join('\n')}\n`;
}

function rowIdx(m: number, n: number): Int32Array {
  const r = new Int32Array(m * n);
  for (let i = 0; i < m; i++) r.fill(i, i * n, (i + 1) * n);
  return r;
}

function colIdx(m: number, n: number): Int32Array {
  const c = new Int32Array(m * n);
  for (let k = 0; k < m * n; k++) c[k] = k % n;
  return c;
}
