import { describe as group, expect, it } from 'vitest';
import {
  ARRAY_KEY,
  type ArrayDescriptor,
  DTYPES,
  DTYPE_NAMES,
  ProtocolError,
  cStrides,
  describe,
  dtypeOfTypedArray,
  elementExtent,
  fStrides,
  getDescriptor,
  isArrayLike,
  isCContiguous,
  isDType,
  isFContiguous,
  isStrideError,
  isTypedArray,
  resolveData,
  shapeSize,
  validateDescriptor,
} from '../src/index.js';

function desc(over: Partial<Record<keyof ArrayDescriptor, unknown>>): unknown {
  return {
    version: 1,
    dtype: 'float64',
    shape: [3],
    strides: [1],
    offset: 0,
    data: new Float64Array(3),
    readonly: false,
    ...over,
  };
}

group('dtype table', () => {
  it('lists all 13 dtypes with consistent item sizes', () => {
    expect(DTYPE_NAMES).toHaveLength(13);
    for (const name of DTYPE_NAMES) {
      const info = DTYPES[name];
      expect(info.name).toBe(name);
      expect(info.itemSize).toBe(info.ctor.BYTES_PER_ELEMENT * info.lanes);
      expect(isDType(name)).toBe(true);
    }
    expect(isDType('float16')).toBe(false);
    expect(isDType('toString')).toBe(false);
  });
  it('dtypeOfTypedArray maps each TypedArray to its default dtype', () => {
    expect(dtypeOfTypedArray(new BigUint64Array(1))).toBe('uint64');
    expect(dtypeOfTypedArray(new Int8Array(1))).toBe('int8');
    expect(() => dtypeOfTypedArray(new Uint8ClampedArray(1) as never)).toThrow(ProtocolError);
    expect(isTypedArray(new DataView(new ArrayBuffer(1)))).toBe(false);
  });
});

group('validateDescriptor', () => {
  it('accepts every dtype with its storage type', () => {
    for (const name of DTYPE_NAMES) {
      const info = DTYPES[name];
      const d = desc({ dtype: name, shape: [2, 2], strides: [2, 1], data: new info.ctor(4 * info.lanes) });
      expect(() => validateDescriptor(d)).not.toThrow();
    }
  });
  it('rejects an unknown version, dtype, or wrong storage type', () => {
    expect(() => validateDescriptor(desc({ version: 2 }))).toThrow(/version 2/);
    expect(() => validateDescriptor(desc({ dtype: 'float16' }))).toThrow(/dtype "float16"/);
    expect(() => validateDescriptor(desc({ data: new Float32Array(3) }))).toThrow(/Float64Array for dtype float64/);
    expect(() => validateDescriptor(null)).toThrow(ProtocolError);
  });
  it('rejects bad shape, strides and offset, naming the field', () => {
    expect(() => validateDescriptor(desc({ shape: [-1], strides: [1] }))).toThrow(/shape \[-1\]/);
    expect(() => validateDescriptor(desc({ shape: [1.5], strides: [1] }))).toThrow(/shape/);
    expect(() => validateDescriptor(desc({ strides: [1, 1] }))).toThrow(/strides \[1,1\] must be 1 integers/);
    expect(() => validateDescriptor(desc({ offset: -1 }))).toThrow(/offset -1/);
  });
  it('rejects a view that reads past the end', () => {
    expect(() => validateDescriptor(desc({ shape: [3], strides: [2], data: new Float64Array(4) }))).toThrow(
      /reads element 4 but data holds 4 elements/,
    );
    expect(() => validateDescriptor(desc({ offset: 1 }))).toThrow(/reads element 3/);
  });
  it('rejects a negative-stride view that reads before the start', () => {
    expect(() => validateDescriptor(desc({ strides: [-1], offset: 1 }))).toThrow(/reads element -1/);
    expect(() => validateDescriptor(desc({ strides: [-1], offset: 2 }))).not.toThrow();
  });
  it('accepts zero strides (broadcast) and counts complex elements, not floats', () => {
    expect(() => validateDescriptor(desc({ shape: [1000], strides: [0], data: new Float64Array(1) }))).not.toThrow();
    const c = desc({ dtype: 'complex128', shape: [3], strides: [1], data: new Float64Array(6) });
    expect(() => validateDescriptor(c)).not.toThrow();
    const c2 = desc({ dtype: 'complex128', shape: [4], strides: [1], data: new Float64Array(6) });
    expect(() => validateDescriptor(c2)).toThrow(/data holds 3 elements/);
    const odd = desc({ dtype: 'complex64', shape: [1], strides: [1], data: new Float32Array(3) });
    expect(() => validateDescriptor(odd)).toThrow(/whole complex64/);
  });
  it('accepts 0-d arrays and empty arrays (even with huge strides)', () => {
    expect(() => validateDescriptor(desc({ shape: [], strides: [], offset: 2 }))).not.toThrow();
    expect(() => validateDescriptor(desc({ shape: [], strides: [], offset: 3 }))).toThrow(/reads element 3/);
    expect(() =>
      validateDescriptor(desc({ shape: [0, 5], strides: [1e9, 1], data: new Float64Array(0) })),
    ).not.toThrow();
  });
});

group('layout helpers', () => {
  it('cStrides and fStrides', () => {
    expect(cStrides([2, 3, 4])).toEqual([12, 4, 1]);
    expect(fStrides([2, 3, 4])).toEqual([1, 2, 6]);
    expect(cStrides([])).toEqual([]);
    expect(shapeSize([])).toBe(1);
    expect(shapeSize([3, 0])).toBe(0);
  });
  it('contiguity like NumPy, with free strides on length-1 axes', () => {
    expect(isCContiguous([2, 3], [3, 1])).toBe(true);
    expect(isCContiguous([2, 3], [1, 2])).toBe(false);
    expect(isFContiguous([2, 3], [1, 2])).toBe(true);
    expect(isCContiguous([1, 3], [99, 1])).toBe(true);
    expect(isCContiguous([3], [-1])).toBe(false);
    expect(isCContiguous([0, 3], [7, 7])).toBe(true);
    expect(isCContiguous([], [])).toBe(true);
    expect(isFContiguous([], [])).toBe(true);
  });
  it('elementExtent of negative strides', () => {
    expect(elementExtent([2, 3], [-3, 1], 3)).toEqual({ lo: 0, hi: 5 });
    expect(elementExtent([0], [1], 0)).toBeNull();
  });
});

group('producers and consumers', () => {
  it('describe() builds a valid C-order descriptor', () => {
    const d = describe(new Float64Array(6), [2, 3]);
    expect(d.strides).toEqual([3, 1]);
    expect(d.dtype).toBe('float64');
    expect(describe(new Uint8Array(2), [2], { dtype: 'bool' }).dtype).toBe('bool');
    expect(() => describe(new Float64Array(5), [2, 3])).toThrow(ProtocolError);
  });
  it('getDescriptor validates what a producer returns', () => {
    const good = { [ARRAY_KEY]: () => describe(new Int32Array([1, 2]), [2]) };
    expect(isArrayLike(good)).toBe(true);
    expect(getDescriptor(good).dtype).toBe('int32');
    const bad = { [ARRAY_KEY]: () => desc({ shape: [9] }) };
    expect(() => getDescriptor(bad)).toThrow(/reads element 8/);
    expect(isArrayLike(new Float64Array(2))).toBe(false);
    expect(() => getDescriptor(42)).toThrow(/does not implement/);
  });
  it('re-derives a view after a WebAssembly.Memory grows (old buffer detached)', () => {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 4 });
    const d: ArrayDescriptor = {
      version: 1,
      dtype: 'float64',
      shape: [4],
      strides: [1],
      offset: 0,
      memory,
      byteOffset: 64,
      length: 4,
      readonly: false,
    };
    validateDescriptor(d);
    const before = resolveData(d) as Float64Array;
    before.set([1, 2, 3, 4]);
    memory.grow(1);
    expect(before.length).toBe(0); // detached
    const after = resolveData(d) as Float64Array;
    expect(Array.from(after)).toEqual([1, 2, 3, 4]);
    expect(after.buffer).toBe(memory.buffer);
  });
  it('rejects a memory region outside the memory or misaligned', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const base = { version: 1, dtype: 'float64', shape: [1], strides: [1], offset: 0, memory, readonly: false };
    expect(() => validateDescriptor({ ...base, byteOffset: 65536, length: 1 })).toThrow(
      /outside the memory of 65536 bytes/,
    );
    expect(() => validateDescriptor({ ...base, byteOffset: 4, length: 1 })).toThrow(/multiple of 8/);
    expect(() => validateDescriptor({ ...base, memory: undefined, byteOffset: 0, length: 1 })).toThrow(/either data/);
  });
  it('errors carry the cross-copy marker', () => {
    expect(isStrideError(new ProtocolError('x'))).toBe(true);
    expect(isStrideError(new Error('x'))).toBe(false);
  });
});
