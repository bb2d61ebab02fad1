/**
 * @stride/protocol — the array protocol every Stride package and plug-in speaks.
 * @packageDocumentation
 */
export {
  DTYPES,
  DTYPE_NAMES,
  ERROR_MARKER,
  ProtocolError,
  dtypeOfTypedArray,
  isDType,
  isStrideError,
  isTypedArray,
} from './dtypes.js';
export type { DType, DTypeInfo, DTypeKind, TypedArray, TypedArrayConstructor } from './dtypes.js';
export {
  ARRAY_KEY,
  PROTOCOL_VERSION,
  cStrides,
  describe,
  elementExtent,
  fStrides,
  getDescriptor,
  isArrayLike,
  isCContiguous,
  isFContiguous,
  resolveData,
  shapeSize,
  validateDescriptor,
} from './descriptor.js';
export type { ArrayDescriptor, ArrayProtocol, MemoryDescriptor, TypedArrayDescriptor } from './descriptor.js';
