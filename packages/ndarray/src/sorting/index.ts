/** Sorting, searching, partitioning and set operations. */
export { sort, argsort } from './sort.js';
export type { SortOptions } from './sort.js';
export type { SortKind } from './options.js';
export { partition, argpartition } from './partition.js';
export type { PartitionOptions } from './partition.js';
export { searchsorted } from './searchsorted.js';
export type { SearchsortedOptions } from './searchsorted.js';
export { lexsort } from './lexsort.js';
export type { LexsortOptions } from './lexsort.js';
export { unique, uniqueAll, uniqueCounts, uniqueInverse, uniqueValues } from './unique.js';
export type { UniqueOptions, UniqueResult } from './unique.js';
export { intersect1d, isin, setdiff1d, setxor1d, union1d } from './setops.js';
export type { Intersect1dOptions, IsinOptions, SetOptions } from './setops.js';
