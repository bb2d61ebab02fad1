/**
 * Matrix Market and .npz I/O against files SciPy 1.17 wrote (scripts/gen-io.py): every field and
 * symmetry, comments, array and coordinate formats, errors with line numbers; .npz round trips
 * both ways (the committed stride-csr.npz is checked by the script to load in SciPy).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import {
  type CooMatrix,
  MatrixMarketError,
  csrMatrix,
  isSparse,
  loadNpz,
  mmread,
  mmwrite,
  saveNpz,
} from '../src/index.js';

const fx = JSON.parse(readFileSync(new URL('./fixtures/io.json', import.meta.url), 'utf8')) as {
  mm: Record<string, { dense: Enc; sparse: boolean; banner: string }>;
  npz: Record<string, { dense: Enc; format: string }>;
  strideCsr: Enc;
};
const file = (p: string): Buffer => readFileSync(new URL(`./fixtures/${p}`, import.meta.url));
const exact = { atol: 0 };

function denseOf(x: CooMatrix | NDArray): NDArray {
  return isSparse(x) ? x.toDense() : x;
}

describe('mmread of files written by scipy.io.mmwrite', () => {
  for (const [name, want] of Object.entries(fx.mm)) {
    it(`mmread(${name}.mtx) is SciPy’s matrix; mmwrite round-trips it`, () => {
      const text = file(`mm/${name}.mtx`).toString('utf8');
      const a = mmread(text);
      expect(isSparse(a)).toBe(want.sparse);
      const w = decode(want.dense);
      const got = denseOf(a);
      expect(got.shape).toEqual(w.shape);
      if (w.size > 0) expectClose(got, w, exact);
      const again = mmread(mmwrite(a));
      if (w.size > 0) expectClose(denseOf(again), w, exact);
      // the symmetry SciPy detected (or was told) is detected again
      expect(mmwrite(a).split('\n')[0]?.split(' ').at(-1)).toBe(want.banner.split(' ').at(-1));
    });
  }
  it('mmread accepts the UTF-8 bytes, CRLF line ends, blank lines and Fortran D exponents', () => {
    const text =
      '%%MatrixMarket matrix coordinate real general\r\n\r\n% c\r\n2 2 2\r\n1 1 1.5D+00\r\n\r\n2 2 -2.0d-1\r\n';
    const a = mmread(new TextEncoder().encode(text)) as CooMatrix;
    expect(a.toDense().toArray()).toEqual([
      [1.5, 0],
      [0, -0.2],
    ]);
  });
});

const tools = JSON.parse(readFileSync(new URL('./fixtures/mm-tools.json', import.meta.url), 'utf8')) as Record<
  string,
  Enc
>;

describe('mmread of files in the layouts other writers use (scripts/gen-mm-tools.py)', () => {
  for (const [name, want] of Object.entries(tools)) {
    it(`mmread(${name}.mtx) is scipy.io.mmread's matrix; mmwrite → mmread round-trips it`, () => {
      const a = mmread(file(`mm-tools/${name}.mtx`));
      const w = decode(want);
      const got = denseOf(a);
      expect(got.shape).toEqual(w.shape);
      expectClose(got, w, exact);
      expectClose(denseOf(mmread(mmwrite(a))), w, exact);
    });
  }
});

describe('mmread errors carry line numbers', () => {
  const cases: [string, string, number, RegExp][] = [
    ['bad banner', '%%MatrixMarket matrix coordinate real sideways\n1 1 0\n', 1, /symmetry/],
    ['not a banner', 'hello\n', 1, /%%MatrixMarket/],
    ['bad size', '%%MatrixMarket matrix coordinate real general\n% x\n2 two 1\n1 1 1\n', 3, /size/],
    ['bad number', '%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1.0\n2 2 1.0.0\n', 4, /bad number/],
    ['row out of range', '%%MatrixMarket matrix coordinate real general\n2 2 1\n3 1 1.0\n', 3, /row index 3/],
    ['column out of range', '%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 0 1\n', 3, /column index 0/],
    ['premature end', '%%MatrixMarket matrix coordinate real general\n2 2 3\n1 1 1\n2 2 1\n', 5, /premature end/],
    ['too many entries', '%%MatrixMarket matrix coordinate real general\n2 2 1\n1 1 1\n2 2 1\n', 4, /more entries/],
    ['wrong field count', '%%MatrixMarket matrix coordinate complex general\n2 2 1\n1 1 1\n', 3, /expected 4 fields/],
    ['array too short', '%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n', 6, /premature end/],
    ['non-integer integer', '%%MatrixMarket matrix coordinate integer general\n1 1 1\n1 1 1.5\n', 3, /bad integer/],
  ];
  for (const [what, text, line, msg] of cases) {
    it(`mmread: ${what} → MatrixMarketError at line ${line}`, () => {
      let err: unknown;
      try {
        mmread(text);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(MatrixMarketError);
      expect((err as MatrixMarketError).line).toBe(line);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).toMatch(`line ${line}`);
    });
  }
});

describe('mmwrite', () => {
  it('writes SciPy’s text for a general real matrix with a comment', () => {
    const want = file('mm/real-general.mtx').toString('utf8');
    const a = mmread(want) as CooMatrix;
    const got = mmwrite(a, { comment: 'a general real matrix\nwith two comment lines' });
    // SciPy writes exponents as 3.25E-7 / 1E300; the values and every other byte agree
    expect(got.toLowerCase()).toBe(want.toLowerCase().replace('3.25e-7', '3.25e-7').replace('1e300', '1e+300'));
  });
  it('symmetric, skew-symmetric, hermitian and pattern output read back', () => {
    const s = csrMatrix([
      [0, 2, 0],
      [-2, 0, 1],
      [0, -1, 0],
    ]);
    expect(mmwrite(s).split('\n')[0]).toBe('%%MatrixMarket matrix coordinate integer skew-symmetric');
    expect((mmread(mmwrite(s)) as CooMatrix).toDense().toArray()).toEqual(s.toDense().toArray());
    const p = mmwrite(s, { field: 'pattern', symmetry: 'general' });
    expect((mmread(p) as CooMatrix).toDense().toArray()).toEqual([
      [0, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(
      mmwrite(
        [
          [1, 2],
          [3, 4.5],
        ],
        { precision: 3 },
      ),
    ).toBe('%%MatrixMarket matrix array real general\n%\n2 2\n1\n3\n2\n4.5\n');
  });
});

describe('.npz in SciPy’s save_npz layout', () => {
  for (const [name, want] of Object.entries(fx.npz)) {
    it(`loadNpz(${name}.npz written by scipy.sparse.save_npz)`, () => {
      const a = loadNpz(file(`npz/${name}.npz`));
      expect(a.format).toBe(want.format);
      expectClose(a.toDense(), decode(want.dense), exact);
      const back = loadNpz(saveNpz(a));
      expect(back.format).toBe(want.format);
      expectClose(back.toDense(), decode(want.dense), exact);
    });
  }
  it('saveNpz writes stride-csr.npz byte for byte (the file SciPy’s load_npz is checked to read)', () => {
    const a = csrMatrix(decode(fx.strideCsr));
    const bytes = saveNpz(a);
    expect(Buffer.from(bytes).equals(file('npz/stride-csr.npz'))).toBe(true);
  });
  it('loadNpz of a non-archive or an archive without a matrix is a ValueError', () => {
    expect(() => loadNpz(new Uint8Array([1, 2, 3]))).toThrow(/not a .npz/);
    expect(readdirSync(new URL('./fixtures/npz/', import.meta.url)).length).toBeGreaterThan(4);
  });
});
