/** Shape manipulation: reshape, transpose, joining, splitting, flipping, tiling, padding. */
export {
  ascontiguousarray,
  asfortranarray,
  flatten,
  ravel,
  reshape,
  reshapeStrides,
  resize,
  resolveShape,
  shapeArgs,
} from './shape.js';
export type { Order, RavelOrder, ReshapeOptions } from './shape.js';
export { atleast1d, atleast2d, atleast3d, expandDims, moveaxis, squeeze, swapaxes, transpose } from './axes.js';
export { broadcastArrays, broadcastTo } from './broadcast.js';
export { append, columnStack, concatenate, dstack, hstack, stack, vstack } from './join.js';
export type { ConcatenateOptions } from './join.js';
export { arraySplit, dsplit, hsplit, split, vsplit } from './split.js';
export type { SplitOptions } from './split.js';
export { flip, fliplr, flipud, roll, rot90 } from './flip.js';
export type { RollOptions } from './flip.js';
export { repeat, tile } from './tile.js';
export type { RepeatOptions } from './tile.js';
export { pad } from './pad.js';
export type { PadMode, PadOptions } from './pad.js';
export { copyto, del, del as delete, insert } from './edit.js';
export type { AxisPositions, CopytoOptions } from './edit.js';
