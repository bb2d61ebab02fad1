import { describe, expect, it } from 'vitest';
import { ArgumentError, is, resolveDType, signature } from '../src/core/args.js';

const parse = signature<{ axis?: number | number[] | null; dtype?: string; keepdims?: boolean; fill?: unknown }>(
  'sum',
  ['axis', 'dtype', 'fill'],
  { axis: is.axis, dtype: is.dtype, keepdims: is.boolean, fill: is.arrayLike },
);

describe('signature', () => {
  it('sum(a, 0) reads the axis positionally', () => expect(parse([0])).toEqual({ axis: 0 }));
  it('sum(a, {axis: 1, keepdims: true}) reads the options object', () =>
    expect(parse([{ axis: 1, keepdims: true }])).toEqual({ axis: 1, keepdims: true }));
  it('mixes positional and options', () =>
    expect(parse([0, 'f8', { keepdims: true }])).toEqual({ axis: 0, dtype: 'float64', keepdims: true }));
  it('a complex scalar in a value slot is a value, not options', () =>
    expect(parse([0, 'float64', { re: 1, im: 2 }])).toEqual({ axis: 0, dtype: 'float64', fill: { re: 1, im: 2 } }));
  it('undefined positionals are skipped', () => expect(parse([undefined, undefined])).toEqual({}));
  it('rejects a wrong type naming function, parameter and value', () => {
    expect(() => parse(['0'])).toThrow(ArgumentError);
    expect(() => parse(['0'])).toThrow('sum: axis must be an integer, an array of integers or null, got "0" (string)');
    expect(() => parse(['0'])).toThrow(TypeError);
  });
  it('rejects unknown options', () => expect(() => parse([{ axes: 0 }])).toThrow(/unknown option "axes"/));
  it('rejects a parameter given twice', () => expect(() => parse([0, { axis: 1 }])).toThrow(/given both/));
  it('rejects too many positionals', () => expect(() => parse([0, 'f8', 1, 2])).toThrow(/at most 3 positional/));
  it('carries the stride.error marker', () => {
    try {
      parse(['x']);
    } catch (e) {
      expect((e as Record<symbol, unknown>)[Symbol.for('stride.error')]).toBe(true);
    }
  });
});

describe('resolveDType', () => {
  it.each([
    ['f8', 'float64'],
    ['float', 'float64'],
    ['int', 'int32'],
    ['i4', 'int32'],
    ['<f4', 'float32'],
    ['complex', 'complex128'],
    ['bool_', 'bool'],
    ['uint8', 'uint8'],
  ])('resolveDType(%s) is %s', (a, b) => expect(resolveDType(a)).toBe(b));
  it('unknown and big-endian names are undefined', () => {
    expect(resolveDType('>f8')).toBeUndefined();
    expect(resolveDType('float128')).toBeUndefined();
  });
});
