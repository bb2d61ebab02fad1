/**
 * What the loop generators share: the one dtype table (NumPy's type codes, the TypedArray each
 * dtype lives in, its class and width) and the emitter helpers that write a generated module
 * (header, indentation, imports of only the names a file uses, writing and checking a set of
 * files). `gen-ufuncs.ts` and `gen-reduce.ts` import everything dtype-shaped from here.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** How a dtype's values behave in JS: 0/1 bytes, small integers, bigints, floats, complex pairs. */
export type Cls = 'bool' | 'int' | 'big' | 'float' | 'complex';

/** One dtype as the generators see it. */
export interface DTypeInfo {
  /** Stride's dtype name (`'float64'`). */
  name: string;
  /** NumPy's one-letter type code (`'d'`), used in loop signatures like `dd->d`. */
  code: string;
  /** Short suffix of ufunc kernel names (`'f8'`). */
  short: string;
  /** Suffix of the reduction kernels, one per storage type (`'F64'`; complex: its float storage's). */
  key: string;
  /** The TypedArray class that stores it (complex: the interleaved float array). */
  arr: string;
  cls: Cls;
  signed: boolean;
  bits: number;
  /** Whether arithmetic in this dtype rounds to float32 (float32, complex64). */
  f32: boolean;
}

/** Every dtype, in NumPy's type order. */
export const DTYPE_TABLE: readonly DTypeInfo[] = [
  {
    name: 'bool',
    code: '?',
    short: 'b1',
    key: 'U8',
    arr: 'Uint8Array',
    cls: 'bool',
    signed: false,
    bits: 1,
    f32: false,
  },
  { name: 'int8', code: 'b', short: 'i1', key: 'I8', arr: 'Int8Array', cls: 'int', signed: true, bits: 8, f32: false },
  {
    name: 'uint8',
    code: 'B',
    short: 'u1',
    key: 'U8',
    arr: 'Uint8Array',
    cls: 'int',
    signed: false,
    bits: 8,
    f32: false,
  },
  {
    name: 'int16',
    code: 'h',
    short: 'i2',
    key: 'I16',
    arr: 'Int16Array',
    cls: 'int',
    signed: true,
    bits: 16,
    f32: false,
  },
  {
    name: 'uint16',
    code: 'H',
    short: 'u2',
    key: 'U16',
    arr: 'Uint16Array',
    cls: 'int',
    signed: false,
    bits: 16,
    f32: false,
  },
  {
    name: 'int32',
    code: 'i',
    short: 'i4',
    key: 'I32',
    arr: 'Int32Array',
    cls: 'int',
    signed: true,
    bits: 32,
    f32: false,
  },
  {
    name: 'uint32',
    code: 'I',
    short: 'u4',
    key: 'U32',
    arr: 'Uint32Array',
    cls: 'int',
    signed: false,
    bits: 32,
    f32: false,
  },
  {
    name: 'int64',
    code: 'q',
    short: 'i8',
    key: 'I64',
    arr: 'BigInt64Array',
    cls: 'big',
    signed: true,
    bits: 64,
    f32: false,
  },
  {
    name: 'uint64',
    code: 'Q',
    short: 'u8',
    key: 'U64',
    arr: 'BigUint64Array',
    cls: 'big',
    signed: false,
    bits: 64,
    f32: false,
  },
  {
    name: 'float32',
    code: 'f',
    short: 'f4',
    key: 'F32',
    arr: 'Float32Array',
    cls: 'float',
    signed: true,
    bits: 32,
    f32: true,
  },
  {
    name: 'float64',
    code: 'd',
    short: 'f8',
    key: 'F64',
    arr: 'Float64Array',
    cls: 'float',
    signed: true,
    bits: 64,
    f32: false,
  },
  {
    name: 'complex64',
    code: 'F',
    short: 'c8',
    key: 'C64',
    arr: 'Float32Array',
    cls: 'complex',
    signed: true,
    bits: 64,
    f32: true,
  },
  {
    name: 'complex128',
    code: 'D',
    short: 'c16',
    key: 'C128',
    arr: 'Float64Array',
    cls: 'complex',
    signed: true,
    bits: 128,
    f32: false,
  },
];

const BY_CODE = new Map(DTYPE_TABLE.map((d) => [d.code, d]));
const BY_NAME = new Map(DTYPE_TABLE.map((d) => [d.name, d]));

/** The dtype of a NumPy type code. */
export function byCode(code: string): DTypeInfo {
  const d = BY_CODE.get(code);
  if (d === undefined) throw new Error(`unknown dtype code ${code}`);
  return d;
}

/** The dtype of a Stride dtype name. */
export function byName(name: string): DTypeInfo {
  const d = BY_NAME.get(name);
  if (d === undefined) throw new Error(`unknown dtype ${name}`);
  return d;
}

/** The JS type of one element's value (`number`, or `bigint` for int64/uint64). */
export const valType = (d: DTypeInfo): string => (d.cls === 'big' ? 'bigint' : 'number');

/** Indents lines by `by` levels of two spaces. */
export const indent = (lines: readonly string[], by = 1): string[] => lines.map((l) => `${'  '.repeat(by)}${l}`);

/** The first line of every generated file: what wrote it and that it is not to be edited. */
export function generatedHeader(script: string, doc: string): string {
  return `// @generated — do not edit. Written by scripts/${script}; regenerate after changing it.\n/** ${doc} */\n`;
}

/**
 * An import of those `names` exported by module `from` that `body` uses (as whole identifiers),
 * or nothing when it uses none.
 */
export function importUsed(names: readonly string[], from: string, body: string, typeOnly = false): string {
  const used = names.filter((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(body));
  if (used.length === 0) return '';
  return `import ${typeOnly ? 'type ' : ''}{ ${[...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ')} } from '${from}';\n`;
}

/** A set of generated files: path (relative to the package) -> text. */
export type Generated = ReadonlyMap<string, string>;

/** Files under `dir` (relative to the package root `root`) whose names end in `.generated.ts`. */
export function generatedIn(root: URL, dir: string): string[] {
  return readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.generated.ts'))
    .map((f) => `${dir}${f}`);
}

/** Writes every file of a generated set under the package root. */
export function writeGenerated(root: URL, files: Generated): void {
  for (const [path, text] of files) {
    writeFileSync(new URL(path, root), text);
    console.log(`wrote ${path}`);
  }
}

/**
 * The differences between a generated set and the files on disk: paths whose text differs, and
 * generated files on disk in `dirs` that the generator no longer writes.
 */
export function staleGenerated(root: URL, files: Generated, dirs: readonly string[]): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    let disk: string | undefined;
    try {
      disk = readFileSync(new URL(path, root), 'utf8');
    } catch {
      disk = undefined;
    }
    if (disk !== text) stale.push(path);
  }
  for (const dir of dirs)
    for (const path of generatedIn(root, dir)) if (!files.has(path)) stale.push(`${path} (no longer generated)`);
  return stale;
}

/** The package root, seen from a script in `scripts/`. */
export const PACKAGE_ROOT = new URL('../', import.meta.url);
