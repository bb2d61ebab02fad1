// NumPy 2.4 fixtures (scripts/gen_numeric_fixtures.py -> fixtures/text_io.json): loadtxt and
// genfromtxt read NumPy's inputs to the same arrays; savetxt writes NumPy's exact text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { ArgumentError, type NDArray, StrideError, ValueError, arange, array } from '../src/index.js';
import { genfromtxt, loadtxt, savetxt } from '../src/io/text.js';

interface Case {
  name: string;
  fn: 'loadtxt' | 'genfromtxt' | 'savetxt';
  text?: string;
  array?: Enc;
  opts: Record<string, unknown>;
  out?: Enc | Record<string, Enc>;
  error?: string;
}

const { cases } = JSON.parse(readFileSync(new URL('./fixtures/text_io.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** Parsed values must be the double nearest the decimal text: bit-exact. */
const EXACT = { ulps: 0 };

const isEnc = (v: unknown): v is Enc => typeof v === 'object' && v !== null && 'dtype' in v && 'shape' in v;

function expectSame(got: NDArray, want: NDArray, what: string): void {
  expect(got.dtype, `${what} dtype`).toBe(want.dtype === 'int64' && got.dtype === 'int32' ? 'int32' : want.dtype);
  expect(got.shape, `${what} shape`).toEqual(want.shape);
  if (want.dtype === 'int64' || want.dtype === 'uint64' || want.dtype === 'bool')
    expect(got.toArray()).toEqual(want.toArray());
  else expectClose(got, want, EXACT, what);
}

function run(c: Case): unknown {
  if (c.fn === 'savetxt') return savetxt(decode(c.array as Enc), c.opts);
  if (c.fn === 'loadtxt') return loadtxt(c.text as string, c.opts);
  return genfromtxt(c.text as string, c.opts);
}

describe('text I/O fixtures (NumPy 2.4)', () => {
  for (const c of cases) {
    it(c.name, () => {
      if (c.error !== undefined) {
        let err: unknown;
        try {
          run(c);
        } catch (e) {
          err = e;
        }
        expect(err, `${c.name} throws (NumPy: ${c.error})`).toBeDefined();
        expect(err instanceof StrideError || err instanceof ArgumentError, String(err)).toBe(true);
        if (c.error === 'ValueError') expect(err).toBeInstanceOf(ValueError);
        return;
      }
      const got = run(c);
      if (c.fn === 'savetxt') {
        expect(got).toBe(c.text);
        return;
      }
      if (isEnc(c.out)) {
        expectSame(got as NDArray, decode(c.out), c.name);
        return;
      }
      const out = c.out as Record<string, Enc>;
      if ('data' in out && 'mask' in out && !('dtype' in out)) {
        const g = got as { data: NDArray; mask: NDArray };
        expectSame(g.data, decode(out.data as Enc), `${c.name} data`);
        expectSame(g.mask, decode(out.mask as Enc), `${c.name} mask`);
        return;
      }
      // names: a record of columns (NumPy: a structured array; fields compared as 1-D columns).
      const g = got as Record<string, NDArray>;
      expect(Object.keys(g)).toEqual(Object.keys(out));
      for (const [k, v] of Object.entries(out)) {
        const want = decode(v);
        expectSame((g[k] as NDArray).reshape(-1), want.reshape(-1), `${c.name} ${k}`);
      }
    });
  }
});

describe('round trips', () => {
  it('savetxt then loadtxt is bit-exact with the default %.18e', () => {
    const a = array([
      [Math.PI, -Math.E, 1e-310],
      [5e-324, 1.7976931348623157e308, -0],
    ]);
    expectClose(loadtxt(savetxt(a)), a, EXACT);
  });
  it('savetxt of a non-contiguous view', () => {
    const a = arange(6, { dtype: 'float64' }).reshape(2, 3).T;
    expect(savetxt(a, { fmt: '%g', delimiter: ',' })).toBe('0,3\n1,4\n2,5\n');
  });
  it('loadtxt of bytes and of an array of lines', () => {
    const bytes = new TextEncoder().encode('1 2\n3 4\n');
    expect(loadtxt(bytes).toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(loadtxt(['1 2\n', '3 4']).toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it('unpack destructures the columns', () => {
    const [x, y] = loadtxt('1 2\n3 4\n5 6\n', { unpack: true }) as unknown as NDArray[];
    expect((x as NDArray).toArray()).toEqual([1, 3, 5]);
    expect((y as NDArray).toArray()).toEqual([2, 4, 6]);
  });
  it('converters per column', () => {
    const a = loadtxt('1,a\n2,b\n', { delimiter: ',', converters: { 1: (s: string) => s.charCodeAt(0) - 96 } });
    expect(a.toArray()).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
  it('complex savetxt reads back with loadtxt', () => {
    const z = array([
      { re: 1.5, im: -2 },
      { re: -0.25, im: 1e-3 },
    ]);
    expectClose(loadtxt(savetxt(z), { dtype: 'complex128' }), z, EXACT);
  });
});

describe('argument checks', () => {
  it('loadtxt(text, "float64", "#", ",") takes NumPy positional parameters', () => {
    expect(loadtxt('1,2\n', 'float64', '#', ',').toArray()).toEqual([1, 2]);
  });
  it('loadtxt rejects an unknown option naming it', () => {
    expect(() => loadtxt('1', { skipRows: 1 } as never)).toThrow(/loadtxt: unknown option "skipRows"/);
  });
  it('loadtxt rejects a multi-character delimiter (ValueError)', () => {
    expect(() => loadtxt('1, 2', { delimiter: ', ' })).toThrow(ValueError);
  });
  it('loadtxt rejects a number as text', () => {
    expect(() => loadtxt(5 as never)).toThrow(ValueError);
  });
  it('savetxt(a, {fmt: 5}) throws a TypeError naming fmt', () => {
    expect(() => savetxt([1], { fmt: 5 as never })).toThrow(/savetxt: fmt must be/);
  });
  it('savetxt of a 0-d array is a ValueError (NumPy: expected 1D or 2D)', () => {
    expect(() => savetxt(array(5))).toThrow(ValueError);
  });
  it('genfromtxt rejects skipFooter with maxRows', () => {
    expect(() => genfromtxt('1\n2\n', { skipFooter: 1, maxRows: 1 })).toThrow(ValueError);
  });
});
