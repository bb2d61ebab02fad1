/** Indexing: `index`/`set` (NumPy's `a[...]`), take/put, where/nonzero and friends. */
export { index } from './get.js';
export { fitValue, set } from './set.js';
export type { IndexItem } from './items.js';
export type { IndexMode } from './kernels.js';
export { take, put } from './take.js';
export type { PutOptions, TakeOptions } from './take.js';
export { putAlongAxis, takeAlongAxis } from './along.js';
export { where } from './where.js';
export { argwhere, compress, extract, flatnonzero, nonzero } from './nonzero.js';
export type { CompressOptions } from './nonzero.js';
export { choose, select } from './choose.js';
export type { ChooseOptions, SelectOptions } from './choose.js';
export { diagonal } from './diagonal.js';
export { parseSlice, resolveSlice } from './slice.js';
export type { ResolvedSlice, SliceSpec } from './slice.js';
export { valueArray } from './value.js';
