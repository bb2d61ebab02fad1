import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NDArray, IndexError, ShapeError, ValueError, arange, array, zeros } from '../src/index.js';
import {
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
} from '../src/indexing/index.js';
import type { IndexItem } from '../src/indexing/index.js';
import { decode, type Enc } from '../../../test/fixtures.js';
import { ravel, reshape, transpose } from '../src/manipulation/index.js';

// Fixtures come from scripts/gen_indexing_fixtures.py (NumPy 2.4); integer values compare exactly.
type Encoded = number | string | null | boolean | { i: unknown[] } | { i0: number } | { b: unknown[] };
interface InputSpec {
  shape: number[];
  base?: Encoded[];
  perm?: number[];
}
interface GetCase {
  in: InputSpec;
  index: Encoded[];
  out?: Enc;
  view?: boolean | 'scalar';
  error?: string;
  message?: string;
}
interface SetCase {
  in: InputSpec;
  index: Encoded[];
  value: unknown;
  valueIsArray?: boolean;
  root?: Enc;
  error?: string;
  message?: string;
}
interface FuncCase {
  fn: string;
  args: Record<string, unknown>;
  out?: Enc | Enc[];
  error?: string;
  message?: string;
}

function load<T>(name: string): T[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return (JSON.parse(text) as { cases: T[] }).cases;
}

function decodeItem(item: Encoded): IndexItem {
  if (item === null || typeof item !== 'object') return item;
  if ('i0' in item) return array(item.i0, { dtype: 'int32' });
  if ('i' in item) return item.i as IndexItem;
  return array(item.b as boolean[], { dtype: 'bool' });
}

function rootOf(spec: InputSpec): NDArray {
  return reshape(arange(spec.shape.reduce((p, q) => p * q, 1)), spec.shape);
}

function derive(root: NDArray, spec: InputSpec): NDArray {
  let a = root;
  if (spec.base) a = index(a, ...spec.base.map(decodeItem));
  if (spec.perm) a = transpose(a, spec.perm);
  return a;
}

/** NumPy prints shapes as tuples `(2, 3)`; Stride as `[2, 3]`. */
function stride(msg: string): string {
  return msg
    .replace(/\((\d+(?:, ?\d+)*),?\)/g, (_, s: string) => `[${s.split(/, ?/).join(', ')}]`)
    .replace(/\(\)/g, '[]')
    .trim();
}

function flat(a: NDArray): unknown[] {
  return ravel(a).toArray() as unknown[];
}

const ERRORS: Record<string, new (m: string) => Error> = { IndexError, ValueError, ShapeError };

describe('index(a, ...items) against NumPy 2.4', () => {
  const cases = load<GetCase>('indexing.json');
  for (const c of cases) {
    const name = `index(${JSON.stringify(c.in)}, ${JSON.stringify(c.index)})`;
    it(name, () => {
      const root = rootOf(c.in);
      const a = derive(root, c.in);
      const items = c.index.map(decodeItem);
      if (c.error !== undefined) {
        const cls = ERRORS[c.error] as new (m: string) => Error;
        expect(() => index(a, ...items)).toThrow(cls);
        expect(() => index(a, ...items)).toThrow(stride(c.message as string));
        return;
      }
      const r = index(a, ...items);
      const want = decode(c.out as Enc);
      expect(r.shape).toEqual(want.shape);
      expect(flat(r)).toEqual(flat(want));
      // Same storage, not merely the same buffer: small arrays share slabs (see core/small.ts).
      const shares = r.data.buffer === root.data.buffer && r.data.byteOffset === root.data.byteOffset;
      // NumPy returns a scalar for a full integer index; Stride returns a 0-d array (a view unless
      // a 0-d index array took part, which makes NumPy copy).
      if (c.view === 'scalar') expect(r.ndim).toBe(0);
      else expect(shares).toBe(c.view);
    });
  }
});

describe('set(a, value, ...items) against NumPy 2.4', () => {
  const cases = load<SetCase>('indexing_set.json');
  for (const c of cases) {
    it(`set(${JSON.stringify(c.in)}, ${JSON.stringify(c.value).slice(0, 40)}, ${JSON.stringify(c.index)})`, () => {
      const root = rootOf(c.in);
      const before = flat(root);
      const a = derive(root, c.in);
      const value = c.valueIsArray ? array(c.value as number[], { dtype: 'int32' }) : (c.value as number);
      const items = c.index.map(decodeItem);
      if (c.error !== undefined) {
        expect(() => set(a, value, ...items)).toThrow(ERRORS[c.error] as new (m: string) => Error);
        expect(flat(root)).toEqual(before);
        return;
      }
      set(a, value, ...items);
      expect(flat(root)).toEqual(flat(decode(c.root as Enc)));
    });
  }
});

function fixtureArray(v: unknown): unknown {
  if (v === 'a') return reshape(arange(24), [2, 3, 4]);
  if (v === 'm') return reshape(arange(12), [3, 4]);
  if (v === 'm1') return arange(12);
  if (v === 'x') return arange(10);
  if (v === 'x2')
    return array(
      Array.from({ length: 10 }, (_, i) => i * i),
      { dtype: 'int32' },
    );
  return v;
}

function checkOut(r: NDArray, out: Enc): void {
  const want = decode(out);
  expect(r.shape).toEqual(want.shape);
  // NumPy's index arrays are int64 (intp); Stride's default integer is int32.
  expect(r.dtype).toBe(out.dtype === 'int64' ? 'int32' : out.dtype);
  expect(flat(r)).toEqual(flat(want).map((v) => (typeof v === 'bigint' ? Number(v) : v)));
}

describe('take/put/where/nonzero/... against NumPy 2.4', () => {
  const cases = load<FuncCase>('indexing_funcs.json');
  const A = (c: FuncCase, k: string): never => fixtureArray(c.args[k]) as never;
  const run = (c: FuncCase): NDArray | NDArray[] => {
    const g = c.args;
    switch (c.fn) {
      case 'take':
        return take(A(c, 'a'), A(c, 'indices'), {
          axis: g.axis as number | undefined,
          mode: g.mode as 'raise' | undefined,
        });
      case 'put':
        return put(A(c, 'a'), A(c, 'ind'), A(c, 'v'), { mode: g.mode as 'raise' | undefined });
      case 'takeAlongAxis':
        return takeAlongAxis(A(c, 'a'), A(c, 'indices'), g.axis as number | null);
      case 'putAlongAxis':
        return putAlongAxis(A(c, 'a'), A(c, 'indices'), A(c, 'values'), g.axis as number | null);
      case 'where':
        return 'x' in g ? where(A(c, 'cond'), A(c, 'x'), A(c, 'y')) : where(A(c, 'cond'));
      case 'nonzero':
        return nonzero(A(c, 'a'));
      case 'argwhere':
        return argwhere(A(c, 'a'));
      case 'flatnonzero':
        return flatnonzero(A(c, 'a'));
      case 'compress':
        return compress(A(c, 'condition'), A(c, 'a'), { axis: g.axis as number | undefined });
      case 'extract':
        return extract(A(c, 'condition'), A(c, 'arr'));
      case 'choose':
        return choose(A(c, 'a'), (g.choices as unknown[]).map(fixtureArray) as never, {
          mode: g.mode as 'raise' | undefined,
        });
      case 'select':
        return select(
          (g.condlist as unknown[]).map(fixtureArray) as never,
          (g.choicelist as unknown[]).map(fixtureArray) as never,
          g.default === undefined ? {} : { default: g.default as number },
        );
      case 'diagonal':
        return diagonal(A(c, 'a'), g.offset as number, g.axis1 as number, g.axis2 as number);
      default:
        throw new Error(`no adapter for ${c.fn}`);
    }
  };
  for (const c of load<FuncCase>('indexing_funcs.json')) {
    it(`${c.fn}(${JSON.stringify(c.args).slice(0, 100)})`, () => {
      if (c.error !== undefined) {
        expect(() => run(c)).toThrow(ERRORS[c.error] as new (m: string) => Error);
        return;
      }
      const r = run(c);
      if (Array.isArray(c.out)) {
        const rs = r as NDArray[];
        expect(rs.length).toBe(c.out.length);
        rs.forEach((x, i) => {
          checkOut(x, (c.out as Enc[])[i] as Enc);
        });
      } else checkOut(r as NDArray, c.out as Enc);
    });
  }
  void cases;
});

describe('views and copies', () => {
  it('index(a, 1, "::2") is a view: writing through it changes a', () => {
    const a = reshape(arange(12), [3, 4]);
    const v = index(a, 1, '::2');
    set(v, [-1, -2], '...');
    expect(a.toArray()).toEqual([
      [0, 1, 2, 3],
      [-1, 5, -2, 7],
      [8, 9, 10, 11],
    ]);
    expect(v.base).toBe(a.base ?? a);
  });
  it('index(a, [0, 1]) is a copy: writing to it leaves a alone', () => {
    const a = reshape(arange(6), [2, 3]);
    const c = index(a, [0, 1]);
    set(c, 0, '...');
    expect(a.toArray()).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });
  it('a full integer index gives a 0-d view', () => {
    const a = reshape(arange(6), [2, 3]);
    const s = index(a, 1, -1);
    expect(s.ndim).toBe(0);
    expect(s.item()).toBe(5);
    set(s, 50);
    expect(a.get(1, 2)).toBe(50);
  });
  it('index of a read-only view stays read-only, and set refuses it', () => {
    const d = diagonal([
      [1, 2],
      [3, 4],
    ]);
    expect(d.readonly).toBe(true);
    expect(() => set(d, 0, 0)).toThrow(/read-only/);
  });
});

describe('set: conversion, broadcasting and failures', () => {
  it('set(int32, 2.7) truncates like NumPy', () => {
    const a = zeros([3], { dtype: 'int32' });
    set(a, 2.7, 0);
    set(a, [-3.9, 1.2], '1:');
    expect(a.toArray()).toEqual([2, -3, 1]);
  });
  it('set(uint8, 300) is refused like NumPy 2 (JS integer out of bounds); arrays wrap', () => {
    const a = zeros([2], { dtype: 'uint8' });
    expect(() => set(a, 300, 0)).toThrow(ValueError);
    expect(() => set(a, NaN, 0)).toThrow(/NaN/);
    expect(a.toArray()).toEqual([0, 0]);
    set(a, array([300, -1], { dtype: 'int32' }), ':');
    expect(a.toArray()).toEqual([44, 255]);
  });
  it('fancy assignment with repeated indices: the last one wins', () => {
    const a = zeros([3], { dtype: 'int32' });
    set(a, [1, 2, 3, 4], [0, 0, 2, 0]);
    expect(a.toArray()).toEqual([4, 0, 3]);
  });
  it('a failed fancy assignment leaves the array unchanged', () => {
    const a = arange(5);
    expect(() => set(a, 9, [0, 1, 7])).toThrow(IndexError);
    expect(() => set(a, [1, 2, 3], [0, 1])).toThrow(ShapeError);
    expect(a.toArray()).toEqual([0, 1, 2, 3, 4]);
  });
  it('set with a value that overlaps the destination copies it first', () => {
    const a = arange(6);
    set(a, index(a, '::-1'), ':');
    expect(a.toArray()).toEqual([5, 4, 3, 2, 1, 0]);
    const b = arange(6);
    set(b, index(b, ':3'), [3, 4, 5]);
    expect(b.toArray()).toEqual([0, 1, 2, 0, 1, 2]);
  });
  it('set on complex arrays (two slots per element)', () => {
    const z = zeros([3], { dtype: 'complex128' });
    set(z, { re: 1, im: -1 }, [2, 0]);
    expect(z.toArray()).toEqual([
      { re: 1, im: -1 },
      { re: 0, im: 0 },
      { re: 1, im: -1 },
    ]);
    expect(index(z, array([true, false, true])).toArray()).toEqual([
      { re: 1, im: -1 },
      { re: 1, im: -1 },
    ]);
  });
  it('int64 arrays index and assign through fancy indices', () => {
    const a = array([1n, 2n, 3n]);
    expect(index(a, [2, 0]).toArray()).toEqual([3n, 1n]);
    set(a, 7, array([1n]));
    expect(a.toArray()).toEqual([1n, 7n, 3n]);
  });
});

describe('corner cases', () => {
  it('0-d arrays: (), "...", null and a 0-d mask', () => {
    const z = array(5);
    expect(index(z).ndim).toBe(0);
    expect(index(z, '...').data).toBe(z.data);
    expect(index(z, null).shape).toEqual([1]);
    expect(index(z, true).toArray()).toEqual([5]);
    expect(index(z, false).shape).toEqual([0]);
    expect(() => index(z, 0)).toThrow('too many indices for array: array is 0-dimensional, but 1 were indexed');
  });
  it('put writes through a transposed view in C order of the view', () => {
    const a = reshape(arange(6), [2, 3]);
    const t = transpose(a);
    put(t, [1, -1], [100, 200]);
    // t is [[0, 3], [1, 4], [2, 5]]: flat 1 is t[0, 1] = a[1, 0]; flat -1 is t[2, 1] = a[1, 2].
    expect(a.toArray()).toEqual([
      [0, 1, 2],
      [100, 4, 200],
    ]);
  });
  it('take with int64 indices and a strided source', () => {
    const a = index(arange(10), '::-2');
    expect(take(a, array([0n, -1n, 2n])).toArray()).toEqual([9, 1, 5]);
  });
  it('where with complex and weak scalars', () => {
    const r = where(
      [true, false],
      array([
        { re: 1, im: 2 },
        { re: 3, im: 4 },
      ]),
      0,
    );
    expect(r.dtype).toBe('complex128');
    expect(r.toArray()).toEqual([
      { re: 1, im: 2 },
      { re: 0, im: 0 },
    ]);
    expect(where([true, false], zeros([2], { dtype: 'float32' }), 1.5).dtype).toBe('float32');
  });
  it('set(b, false, b): a mask that is the array itself is read before writing', () => {
    const b = array([true, false, true, true]);
    set(b, false, b);
    expect(b.toArray()).toEqual([false, false, false, false]);
    const a = arange(5);
    set(a, index(a, '1:4'), [0, 1, 2]);
    expect(a.toArray()).toEqual([1, 2, 3, 3, 4]);
  });
});

describe('errors', () => {
  it('index(arange(3), 5) names the index, the axis and the size', () => {
    expect(() => index(arange(3), 5)).toThrow(new IndexError('index 5 is out of bounds for axis 0 with size 3'));
  });
  it('too many indices', () => {
    expect(() => index(zeros([2, 2]), 0, 0, 0)).toThrow(
      'too many indices for array: array is 2-dimensional, but 3 were indexed',
    );
  });
  it('non-integer items', () => {
    expect(() => index(arange(3), 1.5)).toThrow(IndexError);
    expect(() => index(arange(3), 'a:b')).toThrow(IndexError);
    expect(() => index(arange(3), [0.5])).toThrow(/integer \(or boolean\)/);
    expect(() => index(arange(3), '::0')).toThrow(ValueError);
  });
  it('take from an empty axis', () => {
    expect(() => take(zeros([0]), [0])).toThrow(IndexError);
    expect(take(zeros([0]), []).shape).toEqual([0]);
  });
});

/** Python's slice of range(n), written as a loop (the reference for the property test). */
function sliceIndices(n: number, start: number | null, stop: number | null, step: number): number[] {
  const out: number[] = [];
  const norm = (v: number | null, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    const x = v < 0 ? v + n : v;
    return Math.min(Math.max(x, lo), hi);
  };
  if (step > 0) {
    for (let i = norm(start, 0, 0, n); i < norm(stop, n, 0, n); i += step) out.push(i);
  } else {
    for (let i = norm(start, n - 1, -1, n - 1); i > norm(stop, -1, -1, n - 1); i += step) out.push(i);
  }
  return out;
}

describe('properties', () => {
  const sliceArb = fc.record({
    start: fc.option(fc.integer({ min: -7, max: 7 })),
    stop: fc.option(fc.integer({ min: -7, max: 7 })),
    step: fc.integer({ min: -3, max: 3 }).filter((s) => s !== 0),
  });
  it('index(a, ...random slices) equals a reference gather and is a view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(sliceArb, { maxLength: 4 }),
        (shape, slices) => {
          const a = reshape(arange(shape.reduce((p, q) => p * q, 1)), shape);
          const use = slices.slice(0, shape.length);
          const items = use.map((s) => `${s.start ?? ''}:${s.stop ?? ''}:${s.step}`);
          const r = index(a, ...items);
          const picks = shape.map((n, d) => {
            const s = use[d];
            return s === undefined ? sliceIndices(n, null, null, 1) : sliceIndices(n, s.start, s.stop, s.step);
          });
          expect(r.shape).toEqual(picks.map((p) => p.length));
          const expected: number[] = [];
          const rec = (d: number, idx: number[]): void => {
            if (d === shape.length) {
              expected.push(a.get(...idx) as number);
              return;
            }
            for (const i of picks[d] as number[]) rec(d + 1, [...idx, i]);
          };
          rec(0, []);
          expect(flat(r)).toEqual(expected);
          expect(r.data).toBe(a.data);
        },
      ),
    );
  });
  it('set(a, v, ...slices) then index(a, ...slices) reads v back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.array(sliceArb, { maxLength: 3 }),
        (shape, slices) => {
          const a = zeros(shape, { dtype: 'int32' });
          const items = slices.slice(0, shape.length).map((s) => `${s.start ?? ''}:${s.stop ?? ''}:${s.step}`);
          const region = index(a, ...items);
          const v = reshape(arange(region.size), region.shape);
          set(a, v, ...items);
          expect(index(a, ...items).toArray()).toEqual(v.toArray());
          // Everything outside the region is untouched: the sum of a equals the sum of v.
          const total = (flat(a) as number[]).reduce((p, q) => p + q, 0);
          expect(total).toBe((flat(v) as number[]).reduce((p, q) => p + q, 0));
        },
      ),
    );
  });
  it('index with integer arrays equals take along each axis in turn', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (r, c, raw) => {
          const a = reshape(arange(r * c), [r, c]);
          const rows = raw.map((v) => v % r);
          const cols = raw.map((v) => -1 - (v % c));
          const got = index(a, rows, cols);
          expect(flat(got)).toEqual(rows.map((i, k) => i * c + (c + (cols[k] as number))));
        },
      ),
    );
  });
});
