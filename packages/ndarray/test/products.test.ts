import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type DType, DTYPES } from '@stride/protocol';
import { decode, type Enc } from '../../../test/fixtures.js';
import { NDArray, type NestedArray, type Scalar, array, full, ones, zeros } from '../src/index.js';
import {
  type MatmulBackend,
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
} from '../src/products/index.js';

// Fixtures come from scripts/gen_products_fixtures.py (NumPy 2.4). Integers and bool compare
// exactly; floats with the tolerances below, relative to the expected value plus an absolute part
// scaled by the largest expected magnitude (sums of products may cancel).
const TOL = {
  float64: { rtol: 1e-12, atol: 1e-12 },
  // NumPy's float32 products accumulate in float32 (BLAS sgemm); Stride accumulates in float64.
  float32: { rtol: 1e-5, atol: 1e-5 },
} as const;
// Elementwise products (no sums) round once, exactly as NumPy's: real results compare bit for bit.
const EXACT_FNS = new Set(['outer', 'kron', 'cross', 'matrixTranspose']);

/** An operand or result: the shared fixture encoding, the view steps to apply, and whether Stride returns a JS scalar. */
interface ArrayEnc extends Enc {
  dtype: DType;
  view?: (['T'] | ['flip', number] | ['step', number, number])[];
  scalar?: boolean;
}
interface Case {
  name: string;
  fn: string;
  args: ({ array: ArrayEnc } | { value: unknown })[];
  kwargs: Record<string, unknown>;
  expect: ArrayEnc | { error: string; match: string };
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/products.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

/** The operand an {@link ArrayEnc} describes: the decoded base with its view steps applied. */
function operand(e: ArrayEnc): NDArray {
  let a = decode(e);
  for (const step of e.view ?? []) {
    if (step[0] === 'T') a = a.T;
    else if (step[0] === 'flip') {
      const ax = step[1];
      const st = [...a.strides];
      const n = a.shape[ax] as number;
      const s = st[ax] as number;
      st[ax] = -s;
      a = a.view(a.shape, st, a.offset + (n - 1) * s);
    } else {
      const [, ax, k] = step;
      const sh = [...a.shape];
      const st = [...a.strides];
      sh[ax] = Math.ceil((sh[ax] as number) / k);
      st[ax] = (st[ax] as number) * k;
      a = a.view(sh, st, a.offset);
    }
  }
  return a;
}

function flat(x: NestedArray): Scalar[] {
  return Array.isArray(x) ? x.flatMap(flat) : [x];
}

/** Compares one element; returns a description of the mismatch or null. */
function mismatch(dtype: DType, got: Scalar, want: Scalar, scale: number, exact: boolean): string | null {
  if (dtype === 'bool' || dtype === 'int64' || dtype === 'uint64') return got === want ? null : `${got} != ${want}`;
  if (dtype === 'complex64' || dtype === 'complex128') {
    const c = got as { re: number; im: number };
    const { re, im } = want as { re: number; im: number };
    const t = dtype === 'complex64' ? TOL.float32 : TOL.float64;
    const bad = (g: number, w: number) =>
      !(Number.isNaN(w) ? Number.isNaN(g) : g === w || Math.abs(g - w) <= t.atol * scale + t.rtol * Math.abs(w));
    return bad(c.re, re) || bad(c.im, im) ? `${c.re}+${c.im}j != ${re}+${im}j` : null;
  }
  const g = got as number;
  const w = want as number;
  if (dtype !== 'float32' && dtype !== 'float64') return g === w ? null : `${g} != ${w}`;
  if (Number.isNaN(w)) return Number.isNaN(g) ? null : `${g} != NaN`;
  if (exact) return Object.is(g, w) ? null : `${g} != ${w} (exact)`;
  const t = TOL[dtype];
  return g === w || Math.abs(g - w) <= t.atol * scale + t.rtol * Math.abs(w) ? null : `${g} != ${w}`;
}

const FNS: Record<string, (...args: never[]) => unknown> = {
  matmul,
  dot,
  vdot,
  inner,
  outer,
  tensordot,
  einsum,
  kron,
  trace,
  cross,
  vecdot,
  matrixTranspose,
};

describe('products against NumPy fixtures', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const operands = c.args.filter((a) => 'array' in a).map((a) => operand((a as { array: ArrayEnc }).array));
    const before = operands.map((x) => x.toArray());
    const call = () => {
      let k = 0;
      const args = c.args.map((a) => ('array' in a ? operands[k++] : a.value));
      if (Object.keys(c.kwargs).length > 0) args.push(c.kwargs);
      return (FNS[c.fn] as (...args: unknown[]) => unknown)(...args);
    };
    const want = c.expect;
    if ('error' in want) {
      let err: unknown;
      try {
        call();
      } catch (e) {
        err = e;
      }
      expect(err, 'expected an error').toBeInstanceOf(Error);
      expect((err as Error).name).toBe(want.error);
      expect((err as Error).message).toContain(want.match);
    } else {
      const got = call();
      let values: Scalar[];
      if (want.scalar) {
        expect(got).not.toBeInstanceOf(NDArray);
        values = [got as Scalar];
        // A JS scalar carries its kind; check it matches the dtype.
        const kind = typeof got;
        if (want.dtype === 'bool') expect(kind).toBe('boolean');
        else if (want.dtype === 'int64' || want.dtype === 'uint64') expect(kind).toBe('bigint');
        else if (want.dtype.startsWith('complex')) expect(got).toHaveProperty('re');
        else expect(kind).toBe('number');
      } else {
        expect(got).toBeInstanceOf(NDArray);
        const r = got as NDArray;
        expect(r.dtype).toBe(want.dtype);
        expect([...r.shape]).toEqual(want.shape);
        values = flat(r.toArray());
      }
      const wanted = flat(decode(want).toArray());
      expect(values.length).toBe(wanted.length);
      let scale = 1;
      for (const v of wanted) {
        const m =
          typeof v === 'object' ? Math.max(Math.abs(v.re), Math.abs(v.im)) : typeof v === 'number' ? Math.abs(v) : 0;
        if (Number.isFinite(m) && m > scale) scale = m;
      }
      const exact = EXACT_FNS.has(c.fn);
      const bad: string[] = [];
      values.forEach((g, i) => {
        const m = mismatch(want.dtype, g, wanted[i] as Scalar, scale, exact);
        if (m !== null) bad.push(`[${i}] ${m}`);
      });
      expect(bad.slice(0, 5)).toEqual([]);
    }
    // Inputs are never written, whether the call succeeded or failed.
    expect(operands.map((x) => x.toArray())).toEqual(before);
  });
});

/** A deterministic pseudo-random float64 array in [-1, 1). */
function seeded(shape: number[], seed: number, dtype: DType = 'float64'): NDArray {
  let s = seed >>> 0;
  const n = shape.reduce((p, d) => p * d, 1);
  const lanes = DTYPES[dtype].lanes;
  const data = new DTYPES[dtype].ctor(n * lanes) as Float64Array;
  for (let i = 0; i < n * lanes; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = s / 2 ** 31 - 1;
  }
  return new NDArray(dtype, data, shape);
}

/** Reference product by the definition, in float64 (complex as pairs). */
function naive(a: NDArray, b: NDArray): { re: Float64Array; im: Float64Array } {
  const [m, k] = a.shape as [number, number];
  const n = b.shape[1] as number;
  const re = new Float64Array(m * n);
  const im = new Float64Array(m * n);
  const cplx = a.dtype.startsWith('complex');
  const [ad, bd] = [a.data as Float64Array, b.data as Float64Array];
  const [ra, ca] = a.strides as [number, number];
  const [rb, cb] = b.strides as [number, number];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sr = 0;
      let si = 0;
      for (let p = 0; p < k; p++) {
        const x = a.offset + i * ra + p * ca;
        const y = b.offset + p * rb + j * cb;
        if (cplx) {
          const [xr, xi, yr, yi] = [
            ad[2 * x] as number,
            ad[2 * x + 1] as number,
            bd[2 * y] as number,
            bd[2 * y + 1] as number,
          ];
          sr += xr * yr - xi * yi;
          si += xr * yi + xi * yr;
        } else sr += (ad[x] as number) * (bd[y] as number);
      }
      re[i * n + j] = sr;
      im[i * n + j] = si;
    }
  }
  return { re, im };
}

function expectClose(got: NDArray, want: { re: Float64Array; im: Float64Array }, tol: { rtol: number; atol: number }) {
  const vals = flat(got.toArray());
  let worst = 0;
  vals.forEach((v, i) => {
    const pairs: [number, number][] =
      typeof v === 'number'
        ? [[v, want.re[i] as number]]
        : [
            [(v as { re: number }).re, want.re[i] as number],
            [(v as { im: number }).im, want.im[i] as number],
          ];
    for (const [g, w] of pairs) {
      const err = Math.abs(g - w) / (tol.atol + tol.rtol * Math.abs(w));
      if (err > worst) worst = err;
    }
  });
  expect(worst).toBeLessThanOrEqual(1);
}

describe('matmul kernel', () => {
  it('matmul of (130, 520) @ (520, 1030) float64 crosses every block edge', () => {
    // MC = 64, KC = 256, NC = 1024, MR = NR = 4: none of the sizes is a multiple.
    const a = seeded([130, 520], 1);
    const b = seeded([520, 1030], 2);
    expectClose(matmul(a, b), naive(a, b), { rtol: 1e-12, atol: 1e-12 });
  });
  it('matmul of transposed and reversed float64 operands packs any strides', () => {
    const a = seeded([300, 70], 3).T; // (70, 300), column-major
    const b0 = seeded([300, 45], 4);
    const b = b0.view(b0.shape, [-(b0.strides[0] as number), -1], b0.offset + 299 * 45 + 44); // both axes reversed
    expectClose(matmul(a, b), naive(a, b), { rtol: 1e-12, atol: 1e-12 });
  });
  it('matmul of (67, 300) @ (300, 33) float32 and complex128', () => {
    const a = seeded([67, 300], 5, 'float32');
    const b = seeded([300, 33], 6, 'float32');
    const r = matmul(a, b);
    expect(r.dtype).toBe('float32');
    expectClose(r, naive(a, b), { rtol: 1e-5, atol: 1e-5 });
    const c = seeded([67, 300], 7, 'complex128');
    const d = seeded([300, 33], 8, 'complex128');
    expectClose(matmul(c, d), naive(c, d), { rtol: 1e-12, atol: 1e-12 });
  });
  it('matmul of int32 operands whose sums exceed 2^53 wraps like NumPy', () => {
    const a = array([[2 ** 30, 2 ** 30, -(2 ** 30)]], { dtype: 'int32' });
    const b = array([[2 ** 30 - 1], [2 ** 29 + 7], [5]], { dtype: 'int32' });
    // Exact sum mod 2^32, as a signed 32-bit value.
    const exact = 2n ** 30n * (2n ** 30n - 1n) + 2n ** 30n * (2n ** 29n + 7n) - 2n ** 30n * 5n;
    expect(matmul(a, b).toArray()).toEqual([[Number(BigInt.asIntN(32, exact))]]);
  });
  it('matmul of uint64 operands above 2^63 wraps to 64 bits', () => {
    const a = array([[2n ** 63n + 5n, 3n]], { dtype: 'uint64' });
    const b = array([[2n], [2n ** 62n]], { dtype: 'uint64' });
    expect(matmul(a, b).toArray()).toEqual([[BigInt.asUintN(64, (2n ** 63n + 5n) * 2n + 3n * 2n ** 62n)]]);
  });
});

describe('matmul', () => {
  it('matmul(0-d, 1-D) throws ValueError naming the operand', () => {
    expect(() => matmul(2, [1, 2])).toThrow(
      'matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)',
    );
  });
  it('matmul of (2, 3) @ (2, 3) throws ShapeError with the core sizes and both shapes', () => {
    expect(() => matmul(ones([2, 3]), ones([2, 3]))).toThrow(
      'matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3); shapes [2, 3] and [2, 3]',
    );
  });
  it('matmul(a, b, {out}) casts into out, also when out is an input', () => {
    const a = array([
      [1, 2],
      [3, 4],
    ]);
    const out = zeros([2, 2]);
    expect(matmul(a, a, { out })).toBe(out);
    expect(out.toArray()).toEqual([
      [7, 10],
      [15, 22],
    ]);
    const sq = array([
      [1.5, 2],
      [3, 4],
    ]);
    matmul(sq, sq, { out: sq });
    expect(sq.toArray()).toEqual([
      [8.25, 11],
      [16.5, 22],
    ]);
  });
  it('matmul(float, float, {out: int32}) refuses the same_kind cast', () => {
    expect(() => matmul(ones([1, 1]), ones([1, 1]), { out: zeros([1, 1], { dtype: 'int32' }) })).toThrow(
      "matmul: cannot cast ufunc 'matmul' output from float64 to int32 with casting rule 'same_kind'",
    );
  });
  it('matmul(a, b, {out}) with a wrong core size throws', () => {
    expect(() => matmul(ones([2, 2]), ones([2, 2]), { out: zeros([3, 2]) })).toThrow(
      'matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)',
    );
    expect(() => matmul(ones([2, 2]), ones([2, 2]), { out: zeros([2]) })).toThrow(
      'matmul: Output operand 0 does not have enough dimensions (has 1',
    );
  });
  it('matmul(a, b, {out}) broadcasts the batch to out like NumPy', () => {
    const out = zeros([3, 1, 1]);
    matmul([[2]], [[3]], { out });
    expect(out.toArray()).toEqual([[[6]], [[6]], [[6]]]);
  });
  it('matmul of two 1-D arrays returns a 0-d NDArray', () => {
    const r = matmul([1, 2], [3, 4]);
    expect(r).toBeInstanceOf(NDArray);
    expect(r.ndim).toBe(0);
    expect(r.item()).toBe(11);
  });
});

describe('scalar results', () => {
  it('dot of two 1-D arrays is a JS scalar of the dtype kind', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(dot(array([1n, 2n]), array([3n, 4n]))).toBe(11n);
    expect(dot([true, false], [true, true])).toBe(true);
    expect(dot([{ re: 1, im: 1 }], [{ re: 0, im: 1 }])).toEqual({ re: -1, im: 1 });
    expect(dot([], [])).toBe(0);
  });
  it('vdot, inner and trace of 2-D give JS scalars', () => {
    expect(vdot([{ re: 0, im: 1 }], [{ re: 0, im: 1 }])).toEqual({ re: 1, im: 0 });
    expect(inner([1, 2], [3, 4])).toBe(11);
    expect(
      trace([
        [1.5, 2],
        [3, 4],
      ]),
    ).toBe(5.5);
    // Integer traces accumulate in int64 like NumPy's (and Stride's sum).
    expect(
      trace([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(5n);
  });
  it('dot(a, b, {out}) returns out, also for a 0-d result', () => {
    const out = zeros([], { dtype: 'int32' });
    expect(dot([1, 2], [3, 4], { out })).toBe(out);
    expect(out.item()).toBe(11);
  });
  it('dot(a, b, {out}) demands the exact dtype, shape and a C-contiguous out', () => {
    expect(() => dot(ones([2, 2]), ones([2, 2]), { out: zeros([2, 2], { dtype: 'float32' }) })).toThrow(
      'dot: output array is not acceptable',
    );
    expect(() => dot(ones([2, 2]), ones([2, 2]), { out: zeros([2, 3]).T })).toThrow(
      'dot: output array is not acceptable',
    );
    expect(() => dot(ones([2, 2]), ones([2, 2]), { out: zeros([2, 3]) })).toThrow(
      'dot: output array has wrong dimensions',
    );
  });
  it('einsum and tensordot give 0-d arrays for full contractions', () => {
    expect(einsum('i,i', [1, 2], [3, 4]).ndim).toBe(0);
    expect(tensordot([1, 2], [3, 4], 1).item()).toBe(11);
  });
});

describe('einsum', () => {
  it("einsum('ii->i', a) is a writable view, like NumPy's", () => {
    const a = array([
      [1, 2],
      [3, 4],
    ]);
    const d = einsum('ii->i', a);
    d.data[d.offset] = 100;
    expect(a.get(0, 0)).toBe(100);
  });
  it('einsum takes a trailing options object but not a complex scalar as options', () => {
    const r = einsum('ij->i', [[1, 2]], { dtype: 'float64' });
    expect(r.dtype).toBe('float64');
    expect(r.toArray()).toEqual([3]);
    expect(einsum(',', { re: 1, im: 2 }, 2).item()).toEqual({ re: 2, im: 4 });
    expect(einsum('ij->j', [[1, 2]], { optimize: 'greedy' }).toArray()).toEqual([1, 2]);
  });
  it('einsum(..., {out}) writes and returns out', () => {
    const out = zeros([2]);
    expect(
      einsum(
        'ij->i',
        [
          [1, 2],
          [3, 4],
        ],
        { out },
      ),
    ).toBe(out);
    expect(out.toArray()).toEqual([3, 7]);
  });
  it("einsum('ij,jk,kl', ...) matches chained matmul", () => {
    const a = seeded([3, 5], 11);
    const b = seeded([5, 4], 12);
    const c = seeded([4, 2], 13);
    const want = matmul(matmul(a, b), c);
    const got = einsum('ij,jk,kl', a, b, c);
    expectClose(got, { re: new Float64Array(flat(want.toArray()) as number[]), im: new Float64Array(6) }, TOL.float64);
  });
});

describe('outer, vecdot, matrixTranspose', () => {
  it('outer(a, b, {out}) writes into out', () => {
    const out = zeros([2, 2]);
    expect(outer([1, 2], [3, 4], { out })).toBe(out);
    expect(out.toArray()).toEqual([
      [3, 4],
      [6, 8],
    ]);
  });
  it('vecdot(a, b, {out}) writes into out', () => {
    const out = zeros([2]);
    vecdot(
      [
        [1, 2],
        [3, 4],
      ],
      [1, 1],
      { out },
    );
    expect(out.toArray()).toEqual([3, 7]);
  });
  it('matrixTranspose shares storage', () => {
    const a = ones([2, 3]);
    const t = matrixTranspose(a);
    expect(t.shape).toEqual([3, 2]);
    expect(t.data).toBe(a.data);
  });
  it('kron and cross keep dtypes', () => {
    expect(kron(array([1], { dtype: 'int8' }), array([2], { dtype: 'int8' })).dtype).toBe('int8');
    expect(cross(array([1, 0, 0], { dtype: 'float32' }), [0, 1, 0]).dtype).toBe('float64');
  });
});

describe('matmul backend hook', () => {
  afterEach(() => {
    setMatmulBackend(null);
  });

  function recorder(answer: boolean) {
    const calls: { a: number[]; b: number[]; out: number[]; dtypes: string[]; contiguous: boolean }[] = [];
    const impl: MatmulBackend = (a, b, out) => {
      calls.push({
        a: [...a.shape],
        b: [...b.shape],
        out: [...out.shape],
        dtypes: [a.dtype, b.dtype, out.dtype],
        contiguous: out.flags.cContiguous,
      });
      if (answer) {
        // Compute by the definition so a wrong layout would show.
        const [m, k] = a.shape as [number, number];
        const n = b.shape[1] as number;
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let p = 0; p < k; p++) s += (a.get(i, p) as number) * (b.get(p, j) as number);
            out.data[out.offset + i * n + j] = s + 1000; // marks backend results
          }
        }
      }
      return answer;
    };
    return { calls, impl };
  }

  it('setMatmulBackend returns the previous backend and getMatmulBackend the current', () => {
    const { impl } = recorder(false);
    expect(getMatmulBackend()).toBe(null);
    expect(setMatmulBackend(impl)).toBe(null);
    expect(getMatmulBackend()).toBe(impl);
    expect(setMatmulBackend(null)).toBe(impl);
  });

  it('a backend that declines is called per product and the JS kernel runs', () => {
    const { calls, impl } = recorder(false);
    setMatmulBackend(impl);
    const r = matmul(ones([3, 2, 4]), ones([3, 4, 5]));
    expect(r.toArray()).toEqual(full([3, 2, 5], 4).toArray());
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual({
      a: [2, 4],
      b: [4, 5],
      out: [2, 5],
      dtypes: ['float64', 'float64', 'float64'],
      contiguous: true,
    });
  });

  it('a backend that accepts computes the result', () => {
    const { calls, impl } = recorder(true);
    setMatmulBackend(impl);
    expect(
      matmul(
        [
          [1.5, 2],
          [3, 4],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ).toArray(),
    ).toEqual([
      [1001.5, 1002],
      [1003, 1004],
    ]);
    expect(calls).toHaveLength(1);
  });

  it('a stack against one matrix reaches the backend as one merged product', () => {
    const { calls, impl } = recorder(true);
    setMatmulBackend(impl);
    const r = matmul(ones([3, 2, 4]), ones([4, 5]));
    expect(r.shape).toEqual([3, 2, 5]);
    expect(r.get(2, 1, 4)).toBe(1004);
    expect(calls.map((c) => [c.a, c.b])).toEqual([
      [
        [6, 4],
        [4, 5],
      ],
    ]);
  });

  it('dot, tensordot, einsum and mixed float dtypes go through the backend with cast operands', () => {
    const { calls, impl } = recorder(false);
    setMatmulBackend(impl);
    dot(ones([2, 3]), ones([3, 2]));
    tensordot(ones([2, 3, 4]), ones([3, 4, 5]), 2);
    einsum('ij,jk->ik', ones([2, 3]), ones([3, 4]));
    matmul(ones([2, 2], { dtype: 'float32' }), ones([2, 2], { dtype: 'float64' }));
    expect(calls.map((c) => c.a)).toEqual([
      [2, 3],
      [2, 12],
      [2, 3],
      [2, 2],
    ]);
    expect(calls[3]?.dtypes).toEqual(['float64', 'float64', 'float64']);
  });

  it('integer, bool and empty products never reach the backend', () => {
    const { calls, impl } = recorder(true);
    setMatmulBackend(impl);
    expect(matmul(array([[1, 2]]), array([[3], [4]])).toArray()).toEqual([[11]]);
    matmul(array([[true]]), array([[true]]));
    matmul(zeros([2, 0]), zeros([0, 3]));
    expect(calls).toHaveLength(0);
  });
});

/** A view of `a` with the listed axes reversed (negative strides). */
function reversed(a: NDArray, axes: number[]): NDArray {
  const st = [...a.strides];
  let off = a.offset;
  for (const ax of axes) {
    off += ((a.shape[ax] as number) - 1) * (st[ax] as number);
    st[ax] = -(st[ax] as number);
  }
  return a.view(a.shape, st, off);
}

describe('layouts', () => {
  // Each case: shapes of a and b, and how to lay them out; checked item by item against 2-D matmul
  // of copies, which the fixtures pin to NumPy.
  const layouts: [number[], number[], string][] = [
    [[3, 2, 4], [4, 5], 'contiguous stack @ matrix (one merged product)'],
    [[5, 1, 4], [4, 3], 'stack of rows @ matrix'],
    [[3, 2, 4], [4, 5], 'reversed batch axis @ matrix'],
    [[2, 3, 2, 4], [3, 4, 5], 'broadcast batch'],
    [[3, 2, 4], [1, 4, 5], 'size-1 batch of b'],
    [[1, 2, 4], [3, 4, 5], 'size-1 batch of a'],
    [[4, 2, 3], [4, 3, 2], 'transposed items'],
  ];
  it.each(layouts)('matmul of %j @ %j: %s', (sa, sb, how) => {
    let a = seeded(sa, 21);
    let b = seeded(sb, 22);
    if (how.startsWith('reversed')) a = reversed(a, [0]);
    if (how.startsWith('transposed')) {
      a = seeded([sa[0] as number, sa[2] as number, sa[1] as number], 23);
      a = a.view([sa[0] as number, sa[1] as number, sa[2] as number], [a.strides[0] as number, 1, sa[1] as number], 0);
      b = reversed(b, [1, 2]);
    }
    const r = matmul(a, b);
    const batch = r.shape.slice(0, -2);
    const items = batch.reduce((p, d) => p * d, 1);
    for (let t = 0; t < items; t++) {
      const idx: number[] = [];
      let rest = t;
      for (let ax = batch.length - 1; ax >= 0; ax--) {
        idx.unshift(rest % (batch[ax] as number));
        rest = Math.floor(rest / (batch[ax] as number));
      }
      const pick = (x: NDArray) => {
        const nb = x.ndim - 2;
        let off = x.offset;
        for (let i = 0; i < nb; i++) {
          const d = x.shape[i] as number;
          const j = idx[batch.length - nb + i] as number;
          off += (d === 1 ? 0 : j) * (x.strides[i] as number);
        }
        return x.view(x.shape.slice(nb), x.strides.slice(nb), off);
      };
      const want = naive(pick(a), pick(b));
      expectClose(pick(r), want, TOL.float64);
    }
  });
});

/** einsum by the definition: loops over every label, multiplies, sums into the output. */
function einsumReference(spec: string, ops: NDArray[]): { shape: number[]; values: number[] } {
  const [lhs, rhs] = spec.split('->') as [string, string];
  const terms = lhs.split(',');
  const size = new Map<string, number>();
  terms.forEach((t, i) => {
    [...t].forEach((ch, ax) => {
      size.set(ch, (ops[i] as NDArray).shape[ax] as number);
    });
  });
  const labels = [...size.keys()];
  const outShape = [...rhs].map((ch) => size.get(ch) as number);
  const values = new Array<number>(outShape.reduce((p, d) => p * d, 1)).fill(0);
  const at = new Map<string, number>();
  const rec = (li: number): void => {
    if (li === labels.length) {
      let prod = 1;
      terms.forEach((t, i) => {
        prod *= (ops[i] as NDArray).get(...[...t].map((ch) => at.get(ch) as number)) as number;
      });
      let flatIdx = 0;
      for (const ch of rhs) flatIdx = flatIdx * (size.get(ch) as number) + (at.get(ch) as number);
      values[flatIdx] = (values[flatIdx] as number) + prod;
      return;
    }
    const l = labels[li] as string;
    for (let v = 0; v < (size.get(l) as number); v++) {
      at.set(l, v);
      rec(li + 1);
    }
  };
  rec(0);
  return { shape: outShape, values };
}

describe('einsum against its definition', () => {
  const specs: [string, number[][]][] = [
    [
      'ij,jk->ik',
      [
        [3, 4],
        [4, 2],
      ],
    ],
    [
      'ij,kj->ki',
      [
        [3, 4],
        [2, 4],
      ],
    ],
    [
      'bij,bjk->bki',
      [
        [2, 3, 4],
        [2, 4, 3],
      ],
    ],
    [
      'ijk,jl->lik',
      [
        [2, 3, 4],
        [3, 2],
      ],
    ],
    [
      'iij,jk->ik',
      [
        [3, 3, 2],
        [2, 4],
      ],
    ],
    [
      'abc,cd,db->a',
      [
        [2, 3, 4],
        [4, 5],
        [5, 3],
      ],
    ],
    [
      'ij,ij,ij->i',
      [
        [3, 2],
        [3, 2],
        [3, 2],
      ],
    ],
    ['i,j,k->kji', [[2], [3], [4]]],
    [
      'ijkl,lk->ij',
      [
        [2, 2, 3, 4],
        [4, 3],
      ],
    ],
    [
      'ab,bc,cd,de->ae',
      [
        [2, 3],
        [3, 4],
        [4, 3],
        [3, 2],
      ],
    ],
    [
      'ii,ij->j',
      [
        [3, 3],
        [3, 2],
      ],
    ],
  ];
  it.each(specs)('einsum(%s) of shapes %j', (spec, shapes) => {
    const ops = shapes.map((s, i) => seeded(s, 31 + i));
    const want = einsumReference(spec, ops);
    const got = einsum(spec, ...ops);
    expect([...got.shape]).toEqual(want.shape);
    expectClose(got, { re: new Float64Array(want.values), im: new Float64Array(want.values.length) }, TOL.float64);
  });
});
