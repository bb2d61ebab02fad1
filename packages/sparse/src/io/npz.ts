/**
 * `saveNpz`/`loadNpz`: sparse matrices in the `.npz` layout of SciPy's `scipy.sparse.save_npz`
 * (members `data`, `indices`, `indptr` or `row`, `col`, plus `format` and `shape`).
 */
import { NDArray, ValueError, argumentError, astype, is, loadNpy, saveNpy, signature } from '@stride/ndarray';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { cooMatrix, cscMatrix, csrMatrix } from '../formats/construct.js';
import { type SparseMatrix, isSparse } from '../formats/matrix.js';
import { head } from '../formats/util.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

/** A 0-d `|S<n>` .npy holding ASCII text (NumPy's bytes scalar, as SciPy stores `format`). */
function bytesScalarNpy(text: string): Uint8Array {
  let header = `{'descr': '|S${text.length}', 'fortran_order': False, 'shape': (), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64);
  header += '\n';
  const out = new Uint8Array(10 + header.length + text.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = header.length & 0xff;
  out[9] = header.length >> 8;
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  for (let i = 0; i < text.length; i++) out[10 + header.length + i] = text.charCodeAt(i);
  return out;
}

/** The text of a 0-d `|S<n>` or `<U<n>` .npy (SciPy's `format` member). */
function readBytesScalar(b: Uint8Array): string {
  for (let i = 0; i < 6; i++) if (b[i] !== MAGIC[i]) throw new ValueError('loadNpz: format.npy is not a .npy file');
  const v1 = b[6] === 1;
  const hlen = v1
    ? (b[8] as number) | ((b[9] as number) << 8)
    : new DataView(b.buffer, b.byteOffset + 8, 4).getUint32(0, true);
  const start = v1 ? 10 : 12;
  const header = new TextDecoder().decode(b.subarray(start, start + hlen));
  const m = /'descr':\s*'([|<>=])([SU])(\d+)'/.exec(header);
  if (m === null) throw new ValueError(`loadNpz: format.npy must hold a string, got header ${header.trim()}`);
  const n = Number(m[3]);
  const body = b.subarray(start + hlen);
  if (m[2] === 'S') return new TextDecoder().decode(body.subarray(0, n)).replace(/\0+$/, '');
  const dv = new DataView(body.buffer, body.byteOffset, 4 * n);
  let s = '';
  for (let i = 0; i < n; i++) {
    const c = dv.getUint32(4 * i, m[1] !== '>');
    if (c !== 0) s += String.fromCodePoint(c);
  }
  return s;
}

/** Options of {@link saveNpz}. */
export interface SaveNpzOptions {
  /** DEFLATE the members (default true, as SciPy's `save_npz`). */
  compressed?: boolean;
}
const parseSave = signature<SaveNpzOptions>('saveNpz', ['compressed'], { compressed: is.boolean });

/**
 * The bytes of a `.npz` file holding a sparse matrix in SciPy's `save_npz` layout: CSR and CSC
 * store `indices`, `indptr`, `format`, `shape`, `data`; other formats are stored as COO (`row`,
 * `col`, `format`, `shape`, `data`). `scipy.sparse.load_npz` reads it back as a `csr_matrix`,
 * `csc_matrix` or `coo_matrix`.
 *
 * @example
 * ```ts
 * const bytes = saveNpz(csrMatrix([[1, 0], [0, 2]]));
 * loadNpz(bytes).toDense().toArray(); // [[1, 0], [0, 2]]
 * ```
 */
export function saveNpz(m: SparseMatrix, compressed?: boolean, options?: SaveNpzOptions): Uint8Array;
export function saveNpz(m: SparseMatrix, options?: SaveNpzOptions): Uint8Array;
export function saveNpz(m: SparseMatrix, ...rest: unknown[]): Uint8Array {
  if (!isSparse(m)) throw argumentError('saveNpz', 'm', 'a sparse matrix', m);
  const { compressed = true } = parseSave(rest);
  const shape = new NDArray('int64', BigInt64Array.from(m.shape.map(BigInt)), [2]);
  const files: Zippable = {};
  if (m.format === 'csr' || m.format === 'csc') {
    const c = m.format === 'csr' ? m.tocsr() : m.tocsc();
    files['indices.npy'] = saveNpy(head(c.indices, c.nnz));
    files['indptr.npy'] = saveNpy(c.indptr);
    files['format.npy'] = bytesScalarNpy(c.format);
    files['shape.npy'] = saveNpy(shape);
    files['data.npy'] = saveNpy(head(c.data, c.nnz));
  } else {
    const c = m.tocoo();
    files['row.npy'] = saveNpy(c.row);
    files['col.npy'] = saveNpy(c.col);
    files['format.npy'] = bytesScalarNpy('coo');
    files['shape.npy'] = saveNpy(shape);
    files['data.npy'] = saveNpy(c.data);
  }
  const level = compressed ? 6 : 0;
  const opts = { level: level as 0 | 6, mtime: new Date(1980, 0, 1, 0, 0, 0) };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v as Uint8Array, opts]])));
}

/**
 * Reads a sparse matrix from `.npz` bytes in SciPy's `save_npz` layout (written by SciPy or by
 * {@link saveNpz}): CSR, CSC or COO (`row`/`col` or SciPy's newer `coords`). int64 index arrays
 * are converted to int32. Every array is checked as by {@link csrMatrix}.
 *
 * @example
 * ```ts
 * const a = loadNpz(saveNpz(cooMatrix({ data: [5], row: [1], col: [0] }, { shape: [2, 2] })));
 * a.format; // 'coo'
 * a.toDense().toArray(); // [[0, 0], [5, 0]]
 * ```
 */
export function loadNpz(bytes: Uint8Array | ArrayBuffer): SparseMatrix {
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
    throw argumentError('loadNpz', 'bytes', 'a Uint8Array or an ArrayBuffer', bytes);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch (e) {
    throw new ValueError(`loadNpz: not a .npz (ZIP) archive: ${(e as Error).message}`);
  }
  const get = (name: string): NDArray => {
    const b = files[`${name}.npy`];
    if (b === undefined)
      throw new ValueError(`loadNpz: the archive has no ${name} array (members: ${Object.keys(files).join(', ')})`);
    return loadNpy(b);
  };
  const fmtBytes = files['format.npy'];
  if (fmtBytes === undefined)
    throw new ValueError('loadNpz: the archive does not contain a sparse matrix (no format member)');
  const format = readBytesScalar(fmtBytes);
  const shapeArr = get('shape');
  const shape = (shapeArr.toArray() as (number | bigint)[]).map(Number) as [number, number];
  if (format === 'csr' || format === 'csc') {
    const build = format === 'csr' ? csrMatrix : cscMatrix;
    return build({ data: get('data'), indices: get('indices'), indptr: get('indptr') }, { shape });
  }
  if (format === 'coo') {
    if (files['coords.npy'] !== undefined) {
      const coords = astype(get('coords'), 'int32');
      const n = coords.shape[1] as number;
      const flat = coords.data as Int32Array;
      return cooMatrix({ data: get('data'), row: flat.slice(0, n), col: flat.slice(n, 2 * n) }, { shape });
    }
    return cooMatrix({ data: get('data'), row: get('row'), col: get('col') }, { shape });
  }
  throw new ValueError(`loadNpz: sparse format ${JSON.stringify(format)} is not supported (csr, csc and coo are)`);
}
