/** `.npy` / `.npz` input and output, interchangeable with NumPy's `np.save`, `np.savez` and `np.load`. */
import { loadNpy, readNpyHeader, saveNpy } from './npy.js';
import { loadNpz, saveNpz } from './npz.js';

export { loadNpy, readNpyHeader, saveNpy } from './npy.js';
export type { NpyHeader, NpySaveOptions } from './npy.js';
export { loadNpz, saveNpz } from './npz.js';
export type { NpzSaveOptions } from './npz.js';

/**
 * NumPy's `.npy` format: `npy.load(bytes)`, `npy.save(a, { fortranOrder })`, and
 * `npy.readHeader(bytes)` to inspect a file without decoding it.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const a = arange(6).reshape(2, 3);
 * writeFileSync('a.npy', npy.save(a));   // np.load('a.npy') gives the same array
 * npy.load(npy.save(a)).toArray();       // [[0, 1, 2], [3, 4, 5]]
 * npy.readHeader(npy.save(a)).descr;     // '<i4'
 * ```
 */
export const npy: {
  readonly load: typeof loadNpy;
  readonly save: typeof saveNpy;
  readonly readHeader: typeof readNpyHeader;
} = Object.freeze({ load: loadNpy, save: saveNpy, readHeader: readNpyHeader });

/**
 * NumPy's `.npz` archives: `npz.load(bytes)` gives `{ name: NDArray }`, `npz.save(record,
 * { compress })` writes what `np.savez` / `np.savez_compressed` would.
 *
 * @example
 * ```ts
 * const bytes = npz.save({ x: arange(3), y: eye(2) }, { compress: true });
 * const { x, y } = npz.load(bytes);
 * y.toArray(); // [[1, 0], [0, 1]]
 * ```
 */
export const npz: {
  readonly load: typeof loadNpz;
  readonly save: typeof saveNpz;
} = Object.freeze({ load: loadNpz, save: saveNpz });
