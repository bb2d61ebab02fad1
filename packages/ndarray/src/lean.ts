/**
 * @stride/ndarray/lean — every function and type of `@stride/ndarray`, without the NDArray
 * methods (`a.sum()`, `a.reshape()`): importing it changes no global state, so a bundler keeps
 * only the functions a program uses. Call the functions (`sum(a)`, `reshape(a, [2, 3])`); the
 * main entry `@stride/ndarray` is this plus the methods.
 * @packageDocumentation
 */
export { NDArray, readScalar } from './ndarray.js';
export type { Complex, NestedArray, Scalar } from './ndarray.js';
export { DTypeError, IndexError, MemoryError, OverflowError, ShapeError, StrideError, ValueError } from './errors.js';
export {
  ArgumentError,
  argumentError,
  describeValue,
  is,
  isPlainObject,
  noExtra,
  resolveDType,
  rule,
  signature,
} from './core/args.js';
export type {
  ArgsParser,
  ArrayOf,
  Check,
  NestedBooleans,
  NestedNumbers,
  NestedReals,
  NumberInput,
  NumberTypedArray,
  NumericDType,
  OrdinaryDType,
  RealInput,
} from './core/args.js';
export { AxisError, broadcastShapes } from './core/iter.js';
export { canCast, promoteTypes, resultType } from './core/dtype.js';
export type { Casting, WeakKind } from './core/dtype.js';
export { array, asarray, astype, copy } from './core/convert.js';
export { configureHeap, heapReady, heapStats } from './core/heap.js';
export type { HeapOptions, HeapStats } from './core/heap.js';
export { keep, tidy } from './core/heapops.js';
export type { ArrayInput, DTypeOptions, NestedInput } from './core/convert.js';
export {
  arange,
  diag,
  empty,
  emptyLike,
  eye,
  fromFunction,
  full,
  fullLike,
  geomspace,
  identity,
  linspace,
  logspace,
  meshgrid,
  ones,
  onesLike,
  tri,
  tril,
  triu,
  zeros,
  zerosLike,
} from './creation.js';
export type { CreationOptions, CreationOrder, LinspaceOptions, ShapeInput } from './creation.js';
export {
  cross,
  dot,
  einsum,
  getMatmulBackend,
  inner,
  kron,
  matmul,
  matrixTranspose,
  outer,
  setMatmulBackend,
  tensordot,
  trace,
  vdot,
  vecdot,
} from './products/index.js';
export type { MatmulBackend } from './products/index.js';
export * from './ufunc/index.js';
export {
  argwhere,
  choose,
  compress,
  diagonal,
  extract,
  flatnonzero,
  index,
  nonzero,
  put,
  putAlongAxis,
  select,
  set,
  take,
  takeAlongAxis,
  where,
} from './indexing/index.js';
export type {
  ChooseOptions,
  CompressOptions,
  IndexItem,
  IndexMode,
  PutOptions,
  SelectOptions,
  TakeOptions,
} from './indexing/index.js';
export {
  append,
  arraySplit,
  ascontiguousarray,
  asfortranarray,
  atleast1d,
  atleast2d,
  atleast3d,
  broadcastArrays,
  broadcastTo,
  columnStack,
  concatenate,
  copyto,
  del,
  delete,
  dsplit,
  dstack,
  expandDims,
  flatten,
  flip,
  fliplr,
  flipud,
  hsplit,
  hstack,
  insert,
  moveaxis,
  pad,
  ravel,
  repeat,
  reshape,
  resize,
  roll,
  rot90,
  split,
  squeeze,
  stack,
  swapaxes,
  tile,
  transpose,
  vsplit,
  vstack,
} from './manipulation/index.js';
export type {
  AxisPositions,
  ConcatenateOptions,
  CopytoOptions,
  Order,
  PadMode,
  PadOptions,
  RavelOrder,
  RepeatOptions,
  ReshapeOptions,
  RollOptions,
  SplitOptions,
} from './manipulation/index.js';
export {
  all,
  any,
  argmax,
  argmin,
  average,
  countNonzero,
  cumprod,
  cumsum,
  max,
  mean,
  median,
  min,
  nanargmax,
  nanargmin,
  nancumprod,
  nancumsum,
  nanmax,
  nanmean,
  nanmedian,
  nanmin,
  nanpercentile,
  nanprod,
  nanquantile,
  nanstd,
  nansum,
  nanvar,
  percentile,
  prod,
  ptp,
  quantile,
  std,
  sum,
  var,
  variance,
} from './reduce/index.js';
export type {
  ArgOptions,
  AverageOptions,
  AverageResult,
  AxisOptions,
  CountNonzeroOptions,
  CumulativeOptions,
  MeanOptions,
  MedianOptions,
  MinMaxOptions,
  ProdOptions,
  QuantileMethod,
  QuantileOptions,
  SumOptions,
  VarOptions,
} from './reduce/index.js';
export * from './sorting/index.js';
export * from './statistics/index.js';
export * from './series/index.js';
export * as random from './random/index.js';
export * from './numeric/index.js';
export { genfromtxt, loadtxt, savetxt } from './io/text.js';
export type {
  Converter,
  GenfromtxtOptions,
  LoadtxtOptions,
  MaskedResult,
  SavetxtOptions,
  TextInput,
} from './io/text.js';
export { npy, npz, loadNpy, saveNpy, readNpyHeader, loadNpz, saveNpz } from './io/index.js';
export type { NpyHeader, NpySaveOptions, NpzSaveOptions } from './io/index.js';
export { arrayRepr, arrayStr, getPrintOptions, setPrintOptions } from './print/format.js';
export type { PrintOptions } from './print/format.js';
export type { DType, TypedArray } from '@stride/protocol';
