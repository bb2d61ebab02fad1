// Apache Arrow interop: zero-copy where the layout allows, copies (with NaN for nulls) where not,
// tables as records or 2-D arrays, and round trips through Arrow IPC bytes.
import {
  Bool,
  Field,
  FixedSizeList,
  Float16,
  Float64,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../test/fixtures.js';
import { DTypeError, type NDArray, ShapeError, ValueError, arange, array, sum } from '../src/index.js';
import { heapBuffer } from '../src/core/heap.js';
import { arrowArray, fromArrow, toArrow } from '../src/interop/arrow.js';

/** Values that pass through unchanged: bit-exact. */
const EXACT = { ulps: 0 };

describe('fromArrow', () => {
  it('fromArrow(Float64 vector) shares the Arrow buffer, read-only', () => {
    const v = makeVector(new Float64Array([1, 2, 3]));
    const a = fromArrow(v);
    expect(a.dtype).toBe('float64');
    expect(a.toArray()).toEqual([1, 2, 3]);
    expect(a.data.buffer).toBe(v.data[0]?.values.buffer);
    expect(a.readonly).toBe(true);
    expect(() => a.set(5, 0)).toThrow();
  });
  it('{copy: true} gives a writable copy', () => {
    const v = makeVector(new Float64Array([1, 2, 3]));
    const a = fromArrow(v, { copy: true });
    expect(a.readonly).toBe(false);
    expect(a.data.buffer).not.toBe(v.data[0]?.values.buffer);
  });
  it('a sliced vector reads from its offset', () => {
    const v = makeVector(new Int32Array([0, 1, 2, 3, 4, 5])).slice(2, 5);
    expect(fromArrow(v).toArray()).toEqual([2, 3, 4]);
  });
  it('every integer width, int64 as bigint', () => {
    const cases: [ArrayBufferView & ArrayLike<number | bigint>, string][] = [
      [new Int8Array([-1, 2]), 'int8'],
      [new Uint8Array([255, 2]), 'uint8'],
      [new Int16Array([-300, 2]), 'int16'],
      [new Uint16Array([65535, 2]), 'uint16'],
      [new Uint32Array([4294967295, 2]), 'uint32'],
      [new BigInt64Array([-(2n ** 63n), 2n]), 'int64'],
      [new BigUint64Array([2n ** 64n - 1n, 2n]), 'uint64'],
      [new Float32Array([0.1, 2]), 'float32'],
    ];
    for (const [data, dtype] of cases) {
      const a = fromArrow(makeVector(data as never));
      expect(a.dtype).toBe(dtype);
      expect(a.toArray()).toEqual(Array.from(data as ArrayLike<unknown>));
    }
  });
  it('nulls in a float column become NaN (a copy)', () => {
    const v = vectorFromArray([1.5, null, 3], new Float64());
    const a = fromArrow(v);
    expectClose(a, array([1.5, Number.NaN, 3]), EXACT);
  });
  it('nulls in an int column are a ValueError unless {nulls: "float"}', () => {
    const v = vectorFromArray([1, null, 3], new Int32());
    expect(() => fromArrow(v)).toThrow(ValueError);
    const a = fromArrow(v, { nulls: 'float' });
    expect(a.dtype).toBe('float64');
    expectClose(a, array([1, Number.NaN, 3]), EXACT);
  });
  it('{nulls: "raise"} rejects nulls in float columns too', () => {
    expect(() => fromArrow(vectorFromArray([1.5, null], new Float64()), { nulls: 'raise' })).toThrow(ValueError);
  });
  it('a bool vector unpacks its bits, from a sliced offset too', () => {
    const v = vectorFromArray([true, false, true, true, false, false, true, false, true], new Bool());
    expect(fromArrow(v).toArray()).toEqual([true, false, true, true, false, false, true, false, true]);
    expect(fromArrow(v.slice(5)).toArray()).toEqual([false, true, false, true]);
  });
  it('Float16 widens to float32', () => {
    const a = fromArrow(vectorFromArray([1.5, -2, 65504, 2 ** -24], new Float16()));
    expect(a.dtype).toBe('float32');
    expect(a.toArray()).toEqual([1.5, -2, 65504, 2 ** -24]);
  });
  it('several chunks are joined', () => {
    const v = makeVector(new Float64Array([1, 2])).concat(makeVector(new Float64Array([3])));
    expect(v.data.length).toBe(2);
    expect(fromArrow(v).toArray()).toEqual([1, 2, 3]);
  });
  it('an empty vector', () => {
    const a = fromArrow(makeVector(new Float64Array(0)));
    expect(a.shape).toEqual([0]);
  });
  it('FixedSizeList<3> becomes a zero-copy (rows, 3) array', () => {
    const values = new Float64Array([1, 2, 3, 4, 5, 6]);
    const child = makeData({ type: new Float64(), length: 6, nullCount: 0, data: values });
    const v = makeVector(
      makeData({ type: new FixedSizeList(3, new Field('item', new Float64(), false)), length: 2, nullCount: 0, child }),
    );
    const a = fromArrow(v);
    expect(a.shape).toEqual([2, 3]);
    expect(a.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(a.data.buffer).toBe(values.buffer);
  });
  it('a table becomes a record of columns, or a 2-D array', () => {
    const t = tableFromArrays({ x: new Float64Array([1, 2]), y: new Int32Array([3, 4]) });
    const r = fromArrow(t);
    expect(Object.keys(r)).toEqual(['x', 'y']);
    expect(r.y?.dtype).toBe('int32');
    const m = fromArrow(t, { as: 'array' });
    expect(m.dtype).toBe('float64');
    expect(m.toArray()).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
  it('strings have no dtype: DTypeError naming the type', () => {
    const s = makeVector(
      makeData({
        type: new Utf8(),
        length: 0,
        nullCount: 0,
        valueOffsets: new Int32Array([0]),
        data: new Uint8Array(0),
      }),
    );
    expect(() => fromArrow(s)).toThrow(DTypeError);
  });
  it('arrowArray(v) is read in place by any Stride function', () => {
    expect(sum(arrowArray(makeVector(new Float64Array([1, 2, 3.5]))))).toBe(6.5);
  });
});

describe('toArrow', () => {
  it('a contiguous 1-D array shares its storage', () => {
    const a = array([1.5, 2.5, 3.5]);
    const v = toArrow(a);
    expect(Array.from(v.toArray() as Float64Array)).toEqual([1.5, 2.5, 3.5]);
    expect(v.data[0]?.values.buffer).toBe(a.data.buffer);
  });
  it('a strided view is copied with its values', () => {
    const a = arange(10, { dtype: 'float64' }).index('1::3');
    expect(Array.from(toArrow(a).toArray() as Float64Array)).toEqual([1, 4, 7]);
  });
  it('an array in the ndarray heap is copied (its memory is reused after the array is gone)', () => {
    const big = arange(300000, { dtype: 'float64' });
    const v = toArrow(big);
    expect(v.data[0]?.values.buffer === heapBuffer()).toBe(false);
    expect(v.get(299999)).toBe(299999);
  });
  it('int64 round trip is exact', () => {
    const a = array([2n ** 62n + 1n, -5n], { dtype: 'int64' });
    expect(fromArrow(toArrow(a)).toArray()).toEqual([2n ** 62n + 1n, -5n]);
    expect(toArrow(a).type).toBeInstanceOf(Int64);
  });
  it('bool is bit-packed and reads back', () => {
    const a = array([true, false, true, true, false, false, false, false, true]);
    expect(fromArrow(toArrow(a)).toArray()).toEqual(a.toArray());
  });
  it('a 2-D array becomes a FixedSizeList vector of rows and back', () => {
    const a = arange(6, { dtype: 'float32' }).reshape(2, 3);
    const v = toArrow(a);
    expect(v.length).toBe(2);
    const b = fromArrow(v);
    expect(b.shape).toEqual([2, 3]);
    expectClose(b, a, EXACT);
    const t = fromArrow(toArrow(a.T));
    expectClose(t, a.T, EXACT);
  });
  it('a 2-D array with names becomes a Table of columns', () => {
    const t = toArrow(
      array([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
      { names: ['a', 'b'] },
    );
    expect(t).toBeInstanceOf(Table);
    expect(t.numRows).toBe(3);
    expect(fromArrow(t).b?.toArray()).toEqual([2, 4, 6]);
  });
  it('a record of columns survives Arrow IPC bytes', () => {
    const t = toArrow({ x: array([0.1, 0.2, 0.3]), n: array([1, 2, 3], { dtype: 'int16' }) });
    const back = fromArrow(tableFromIPC(tableToIPC(t)));
    expectClose(back.x as NDArray, array([0.1, 0.2, 0.3]), EXACT);
    expect(back.n?.dtype).toBe('int16');
  });
  it('complex, 3-D and ragged records are typed errors', () => {
    expect(() => toArrow(array([{ re: 1, im: 2 }]))).toThrow(DTypeError);
    expect(() => toArrow(arange(8).reshape(2, 2, 2))).toThrow(ShapeError);
    expect(() => toArrow({ a: [1, 2], b: [1] })).toThrow(ShapeError);
  });
});

describe('argument checks', () => {
  it('fromArrow(5) throws a TypeError naming input', () => {
    expect(() => fromArrow(5 as never)).toThrow(/fromArrow: input must be an Arrow Vector/);
  });
  it('fromArrow rejects an unknown option', () => {
    expect(() => fromArrow(makeVector(new Float64Array(1)), { null: 'nan' } as never)).toThrow(/unknown option "null"/);
  });
  it('toArrow(a, {names: "a"}) throws a TypeError naming names', () => {
    expect(() => toArrow(array([[1]]), { names: 'a' as never })).toThrow(/toArrow: names must be/);
  });
});
