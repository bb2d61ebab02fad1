import { readFileSync } from 'node:fs';
import { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import * as la from '../src/index.js';
import { type Enc, close, decode, fromPairs, isCplx, naiveMatmul, values } from './helpers.js';

interface Case {
  fn: string;
  args: (Enc | number | string | boolean)[];
  kwargs: Record<string, unknown>;
  out: Record<string, Enc | number> | null;
  check: string;
  rtol: number;
  note: string;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/linalg.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

const ordOf = (v: unknown): unknown => (v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

function run(c: Case): unknown {
  const args = c.args.map((a) => (typeof a === 'object' ? decode(a) : a));
  const kw = { ...c.kwargs };
  if ('ord' in kw) kw.ord = ordOf(kw.ord);
  if ('p' in kw) return (la.cond as (...x: unknown[]) => unknown)(args[0], ordOf(kw.p));
  const fn = (la as unknown as Record<string, (...x: unknown[]) => unknown>)[c.fn];
  if (!fn) throw new Error(`no function ${c.fn}`);
  if (c.fn === 'matrixPower') return fn(args[0], args[1]);
  if (c.fn === 'luSolve') return la.luSolve(la.luFactor(args[0] as NDArray), args[1] as NDArray);
  return Object.keys(kw).length ? fn(...args, kw) : fn(...args);
}

function asNd(x: unknown): NDArray | number {
  if (x instanceof NDArray || typeof x === 'number') return x;
  if (x && typeof x === 'object' && 're' in x) {
    const z = x as { re: number; im: number };
    return new NDArray('complex128', new Float64Array([z.re, z.im]), []);
  }
  throw new Error(`unexpected result ${String(x)}`);
}

function checkCase(c: Case): void {
  const res = run(c);
  const a = typeof c.args[0] === 'object' ? decode(c.args[0] as Enc) : null;
  const rtol = c.rtol;
  switch (c.check) {
    case 'values':
    case 'values-w':
    case 'luSolve': {
      for (const [key, want] of Object.entries(c.out ?? {})) {
        const whole = res instanceof NDArray || typeof res !== 'object' || (res !== null && 're' in res);
        const got = key === 'x' && whole ? res : (res as Record<string, unknown>)[key];
        if (typeof want === 'number') {
          const g = typeof got === 'number' ? got : Number((got as NDArray).item());
          expect(Math.abs(g - want), `${key}: ${g} vs ${want}`).toBeLessThanOrEqual(
            Math.max(1e-9, rtol) * Math.max(1, Math.abs(want)),
          );
        } else close(asNd(got), decode(want), rtol, `${c.fn}.${key}`);
      }
      return;
    }
    case 'svd': {
      const r = res as { u: NDArray; s: NDArray; vh: NDArray };
      if (c.out?.s) close(r.s, decode(c.out.s as Enc), rtol, 'svd.s');
      const k = r.s.shape[r.s.ndim - 1] as number;
      // u[..., :, :k] * s @ vh[..., :k, :] == a
      const uv = values(r.u);
      const sv = values(r.s);
      const m = r.u.shape[r.u.ndim - 2] as number;
      const uc = r.u.shape[r.u.ndim - 1] as number;
      const scaled: [number, number][] = [];
      const batch = sv.length / k;
      for (let b = 0; b < batch; b++)
        for (let i = 0; i < m; i++)
          for (let j = 0; j < k; j++) {
            const [x, y] = uv[b * m * uc + i * uc + j] as [number, number];
            const s = (sv[b * k + j] as [number, number])[0];
            scaled.push([x * s, y * s]);
          }
      const vhk = fromPairs(
        [batch, k, r.vh.shape[r.vh.ndim - 1] as number],
        values(r.vh).filter(
          (_, idx) =>
            Math.floor(idx / (r.vh.shape[r.vh.ndim - 1] as number)) % (r.vh.shape[r.vh.ndim - 2] as number) < k,
        ),
        isCplx(r.vh),
      );
      const us = fromPairs([batch, m, k], scaled, isCplx(r.u));
      const rec = naiveMatmul(us, vhk);
      close(
        fromPairs([...(a as NDArray).shape], rec.v, isCplx(r.u)),
        a as NDArray,
        Math.max(rtol, 1e-9) * 10,
        'svd reconstruction',
      );
      return;
    }
    case 'eigh':
    case 'eig': {
      const r = res as { w: NDArray; v: NDArray };
      if (c.out?.w) {
        const w = values(r.w).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        const want = values(decode(c.out.w as Enc)).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        close(fromPairs([w.length], w, true), fromPairs([want.length], want, true), rtol * 10, `${c.fn}.w`);
      }
      // a @ v == v * w (column j scaled by w[j])
      const av = naiveMatmul(a as NDArray, r.v);
      const n = r.v.shape[r.v.ndim - 1] as number;
      const vv = values(r.v);
      const wv = values(r.w);
      const vw = vv.map(([x, y], idx) => {
        const j = idx % n;
        const b = Math.floor(idx / (n * n));
        const [p, q] = wv[b * n + j] as [number, number];
        return [x * p - y * q, x * q + y * p] as [number, number];
      });
      close(
        fromPairs(av.shape, av.v, true),
        fromPairs(av.shape, vw, true),
        Math.max(rtol, 1e-9) * 100,
        `${c.fn} A v = v w`,
      );
      return;
    }
    case 'solve-residual': {
      const x = res as NDArray;
      const b = decode(c.args[1] as Enc);
      const xs = x.ndim === (a as NDArray).ndim - 1 ? new NDArray(x.dtype, x.data, [...x.shape, 1]) : x;
      const bs = b.ndim === 1 ? new NDArray(b.dtype, b.data, [b.shape[0] as number, 1]) : b;
      const ax = naiveMatmul(a as NDArray, xs);
      const bb = values(bs);
      const reps = ax.v.length / bb.length;
      const want: [number, number][] = [];
      for (let r = 0; r < reps; r++) want.push(...bb);
      close(fromPairs(ax.shape, ax.v, false), fromPairs(ax.shape, want, false), 1e-9, 'a @ x = b');
      return;
    }
    case 'cholesky-reconstruct': {
      const L = res as NDArray;
      const n = L.shape[L.ndim - 1] as number;
      const Lt = new NDArray(L.dtype, L.data, L.shape, [...L.strides.slice(0, -2), 1, n], L.offset);
      const rec = naiveMatmul(L, Lt);
      close(fromPairs(rec.shape, rec.v, false), a as NDArray, 1e-9, 'L L^T');
      return;
    }
    case 'qr-reconstruct': {
      const r = res as { q: NDArray; r: NDArray };
      const rec = naiveMatmul(r.q, r.r);
      close(fromPairs(rec.shape, rec.v, false), a as NDArray, 1e-9, 'q r');
      return;
    }
    case 'matmul-1d':
    case 'matmul-batch': {
      const b = decode(c.args[1] as Enc);
      const A =
        (a as NDArray).ndim === 1
          ? new NDArray('float64', (a as NDArray).data, [1, (a as NDArray).shape[0] as number])
          : (a as NDArray);
      const ref = naiveMatmul(A, b);
      const got = res as NDArray;
      expect(got.size).toBe(ref.v.length);
      close(fromPairs([got.size], values(got), false), fromPairs([got.size], ref.v, false), 1e-12, 'matmul');
      if (c.check === 'matmul-1d') expect(got.shape).toEqual([b.shape[1]]);
      else expect(got.shape).toEqual([2, 4, 2, 2]);
      return;
    }
    case 'norm-axes': {
      const got = res as NDArray;
      expect(got.shape).toEqual([3]);
      return;
    }
    case 'expm-small': {
      const got = res as NDArray;
      const A = a as NDArray;
      const A2 = naiveMatmul(A, A);
      const av = values(A);
      const n = A.shape[0] as number;
      const want = av.map(
        ([x], i) => [(i % (n + 1) === 0 ? 1 : 0) + x + (A2.v[i] as [number, number])[0] / 2, 0] as [number, number],
      );
      close(got, fromPairs([n, n], want, false), 1e-8, 'expm ~ I + A + A^2/2');
      return;
    }
    default:
      throw new Error(`unknown check ${c.check}`);
  }
}

describe('linalg against NumPy/SciPy fixtures', () => {
  fixtures.cases.forEach((c, i) => {
    const label = `${c.fn}(${c.args.map((x) => (typeof x === 'object' ? `${x.dtype}${JSON.stringify(x.shape)}` : String(x))).join(', ')}${Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ''}) #${i}`;
    it(label, () => checkCase(c));
  });
});
