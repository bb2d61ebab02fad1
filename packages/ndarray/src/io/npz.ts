/** Reading and writing NumPy's `.npz` archives: a ZIP of `.npy` members, one per named array. */
import { type Zippable, zipSync } from 'fflate';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { NPY_MAGIC } from './header.js';
import { asBytes, decodeNpy, saveNpy } from './npy.js';
import { readZipEntries, readZipEntry } from './zip.js';
import { is, signature } from '../core/args.js';

const parseSaveNpz = signature<NpzSaveOptions>('saveNpz', [], { compress: is.boolean } as never);

/**
 * Options of {@link saveNpz}.
 *
 * @example
 * ```ts
 * const a = arange(3);
 * const b = eye(2);
 * npz.save({ a, b }, { compress: true }); // like np.savez_compressed
 * ```
 */
export interface NpzSaveOptions {
  /** DEFLATE the members, like `np.savez_compressed` (default `false`, like `np.savez`). */
  compress?: boolean;
}

// A fixed timestamp (the ZIP epoch, local time) keeps archives reproducible byte for byte.
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);
const ZIP32_LIMIT = 0xffffffff;

function isNpy(bytes: Uint8Array): boolean {
  if (bytes.length < NPY_MAGIC.length) return false;
  for (let i = 0; i < NPY_MAGIC.length; i++) if (bytes[i] !== NPY_MAGIC[i]) return false;
  return true;
}

/**
 * Loads every array of an `.npz` archive written by `np.savez`, `np.savez_compressed` or
 * {@link saveNpz}. Keys are the member names with the `.npy` suffix stripped, as in NumPy
 * (`np.savez(f, x, y)` gives `arr_0`, `arr_1`). Each array is a fresh copy, as from {@link loadNpy}.
 *
 * @param bytes - the archive's bytes.
 * @returns the arrays by name, in archive order.
 * @throws {ValueError} when the input is not a ZIP archive, names repeat, a member's declared
 *   size or CRC does not match its data, or a member is not a `.npy` file (the message names it).
 * @throws {DTypeError} when a member holds a dtype Stride does not have.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * // Python: np.savez_compressed('data.npz', x=np.arange(3), y=np.eye(2))
 * const { x, y } = loadNpz(readFileSync('data.npz'));
 * x.toArray(); // [0n, 1n, 2n]  (int64)
 * y.shape;     // [2, 2]
 * ```
 */
export function loadNpz(bytes: Uint8Array | ArrayBuffer): Record<string, NDArray> {
  const where = 'npz.load';
  const u8 = asBytes(bytes, where);
  const out: Record<string, NDArray> = {};
  const keys = new Set<string>();
  for (const entry of readZipEntries(u8, where)) {
    if (entry.name.endsWith('/') && entry.size === 0) continue; // a directory record
    const key = entry.name.endsWith('.npy') ? entry.name.slice(0, -4) : entry.name;
    if (keys.has(key)) throw new ValueError(`${where}: two members map to the key ${JSON.stringify(key)}`);
    keys.add(key);
    const data = readZipEntry(u8, entry, where);
    if (!isNpy(data)) {
      throw new ValueError(`${where}: member ${JSON.stringify(entry.name)} is not a .npy file (no \\x93NUMPY magic)`);
    }
    const a = decodeNpy(data, `${where}: member ${JSON.stringify(entry.name)}`);
    // defineProperty, so a key such as "__proto__" is stored as data rather than changing the prototype.
    Object.defineProperty(out, key, { value: a, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Encodes named arrays as an `.npz` archive that `np.load` reads: each array becomes a member
 * `<name>.npy` written by {@link saveNpy}. Stored by default like `np.savez`; with
 * `{ compress: true }` DEFLATE-compressed like `np.savez_compressed`. Member timestamps are fixed
 * at 1980-01-01 so the same arrays always give the same bytes.
 *
 * @param record - the arrays by name.
 * @param options - `compress` to DEFLATE the members.
 * @returns the archive's bytes.
 * @throws {ValueError} when a value is not an NDArray or a member would need ZIP64 (over 4 GiB).
 * @example
 * ```ts
 * const bytes = saveNpz({ a: arange(4), b: eye(2) }, { compress: true });
 * Object.keys(loadNpz(bytes)); // ['a', 'b']
 * // In Python: np.load('ab.npz')['b'] -> array([[1., 0.], [0., 1.]])
 * ```
 */
export function saveNpz(record: Record<string, NDArray>, options?: NpzSaveOptions): Uint8Array;
export function saveNpz(record: Record<string, NDArray>, ...rest: unknown[]): Uint8Array {
  const options = parseSaveNpz(rest, 'saveNpz') as NpzSaveOptions;
  const where = 'npz.save';
  if (record === null || typeof record !== 'object' || record instanceof NDArray) {
    throw new ValueError(`${where}: expected an object mapping names to arrays`);
  }
  const level = options.compress === true ? 6 : 0;
  const files: Zippable = {};
  for (const [key, a] of Object.entries(record)) {
    if (!(a instanceof NDArray)) throw new ValueError(`${where}: ${JSON.stringify(key)} is not an NDArray`);
    const npy = saveNpy(a);
    if (npy.length > ZIP32_LIMIT) {
      throw new ValueError(
        `${where}: ${JSON.stringify(key)} needs ${npy.length} bytes, more than a zip without ZIP64 holds`,
      );
    }
    Object.defineProperty(files, `${key}.npy`, {
      value: [npy, { level, mtime: ZIP_EPOCH }],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return zipSync(files);
}
