/**
 * The native (WebAssembly) kernels against SciPy 1.17 (scripts/gen-native.py) and against the
 * TypeScript loops they replace (the same order of operations: the same bits). The matrix is
 * large enough that its arrays live in the runtime's heap, where the native products run.
 */
import { readFileSync } from 'node:fs';
import { asarray, type NDArray } from '@stride/ndarray';
import { runtimeBuffer } from '@stride/wasm';
import { describe, expect, it } from 'vitest';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { type CsrMatrix, cscMatrix, csrMatrix, linalg } from '../src/index.js';
import { csrMatvec, cscMatvec, spgemmCount, spgemmFill } from '../src/kernels/compressed.js';
import { inHeap, nativeAvailable, nativeAxpy, nativeDot, workVector } from '../src/kernels/native.js';

interface Fixture {
  n: number;
  per: number;
  step: number;
  ax: Enc;
  axAbs: number;
  atx: Enc;
  atxAbs: number;
  cRowSums: Enc;
  cNnz: number;
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/native.json', import.meta.url), 'utf8')) as Fixture;
const { n, per, step } = fx;

/** The generator's matrix: row i holds columns (7i + 1009k) mod n, values sin(i + k/2). */
function arrays(): { data: Float64Array; indices: Int32Array; indptr: Int32Array } {
  const indptr = new Int32Array(n + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < n; i++) {
    const cnt = i === 3 ? 0 : i === 5 ? 3 * per : per;
    for (let k = 0; k < cnt; k++) {
      idx.push((i * 7 + k * 1009) % n);
      val.push(Math.sin(i + 0.5 * k));
    }
    indptr[i + 1] = idx.length;
  }
  return { data: Float64Array.from(val), indices: Int32Array.from(idx), indptr };
}

const x = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.37));
const every = (v: NDArray | Float64Array): NDArray => {
  const a = v instanceof Float64Array ? v : (v.toArray() as number[]);
  return asarray(Array.from({ length: Math.ceil(n / step) }, (_, i) => a[i * step] as number));
};
/** The first index where a contiguous 1-D array and `b` differ (bit for bit, NaN equal to NaN), or -1. */
function firstDifference(a: NDArray, b: Float64Array | Int32Array): number {
  if (a.size !== b.length) return a.size;
  const d = a.data as Float64Array | Int32Array;
  for (let i = 0; i < b.length; i++) if (!Object.is(d[a.offset + i], b[i])) return i;
  return -1;
}
const absSum = (v: ArrayLike<number>): number => Array.from(v).reduce((s, t) => s + Math.abs(t), 0);

describe('native sparse kernels', () => {
  const src = arrays();
  const a = csrMatrix(src, { shape: [n, n] }) as CsrMatrix;

  it('csrMatrix of large float64 arrays given outside the heap moves them into it (once)', () => {
    expect(nativeAvailable()).toBe(true);
    expect(a.data.data.buffer).toBe(runtimeBuffer());
    expect(a.indices.data.buffer).toBe(runtimeBuffer());
    expect(a.indptr.data.buffer).toBe(runtimeBuffer());
    // arrays already in the heap are wrapped without a copy
    const b = csrMatrix({ data: a.data, indices: a.indices, indptr: a.indptr }, { shape: [n, n] });
    expect(b.data.data).toBe(a.data.data);
    expect(b.indices.data).toBe(a.indices.data);
  });

  it("A.dot(x) (native) is SciPy's A @ x and the TypeScript loop's, bit for bit", () => {
    const y = a.dot(x) as NDArray;
    expectClose(every(y), decode(fx.ax), { rtol: 1e-12, atol: 1e-12 });
    expectClose(absSum(y.toArray() as number[]), fx.axAbs, { rtol: 1e-12 });
    const ref = new Float64Array(n);
    csrMatvec(n, src.indptr, src.indices, src.data, x, ref);
    expect(firstDifference(y, ref)).toBe(-1);
  });

  it("A.tocsc().dot(x) and the CSC of Aᵀ (native scatter) are SciPy's products", () => {
    const c = a.tocsc();
    expect(inHeap(c.data.data as Float64Array)).toBe(true);
    const y = c.dot(x) as NDArray;
    expectClose(every(y), decode(fx.ax), { rtol: 1e-12, atol: 1e-12 });
    const at = cscMatrix({ data: a.data, indices: a.indices, indptr: a.indptr }, { shape: [n, n] });
    const yt = at.dot(x) as NDArray;
    expectClose(every(yt), decode(fx.atx), { rtol: 1e-12, atol: 1e-12 });
    const ref = new Float64Array(n);
    cscMatvec(n, src.indptr, src.indices, src.data, x, ref);
    expect(firstDifference(yt, ref)).toBe(-1);
  });

  it("aslinearoperator(A).matvec / rmatvec (native) are SciPy's A @ x and A.T @ x", () => {
    const op = linalg.aslinearoperator(a);
    const y = op.matvec(x);
    const yt = op.rmatvec(x);
    expectClose(every(y), decode(fx.ax), { rtol: 1e-12, atol: 1e-12 });
    expectClose(every(yt), decode(fx.atx), { rtol: 1e-12, atol: 1e-12 });
    expectClose(absSum(yt.toArray() as number[]), fx.atxAbs, { rtol: 1e-12 });
  });

  it("A.dot(A) (native SpGEMM) has SciPy's nnz and row sums, and the TypeScript arrays", () => {
    const c = a.dot(a) as CsrMatrix;
    expect(c.nnz).toBe(fx.cNnz);
    expect(c.data.data.buffer).toBe(runtimeBuffer());
    expectClose(every(c.sum(1) as NDArray), decode(fx.cRowSums), { rtol: 1e-12, atol: 1e-12 });
    const cp = new Int32Array(n + 1);
    const bound = spgemmCount(n, n, src.indptr, src.indices, src.indptr, src.indices, cp);
    const cj = new Int32Array(bound);
    const cx = new Float64Array(bound);
    const nnz = spgemmFill(n, n, src.indptr, src.indices, src.data, src.indptr, src.indices, src.data, cp, cj, cx);
    expect(nnz).toBe(fx.cNnz);
    expect(firstDifference(c.indptr, cp)).toBe(-1);
    expect(firstDifference(c.indices, cj.subarray(0, nnz))).toBe(-1);
    expect(firstDifference(c.data, cx.subarray(0, nnz))).toBe(-1);
    c.dispose();
    expect(c.data.disposed).toBe(true);
  });
});

describe('native vector kernels', () => {
  it('dot and axpy on heap work vectors give the TypeScript loops’ bits', () => {
    const n = 5001;
    const x = workVector(n);
    const y = workVector(n);
    expect(inHeap(x) && inHeap(y)).toBe(true);
    for (let i = 0; i < n; i++) {
      x[i] = Math.sin(i * 1.3) * 1e3;
      y[i] = Math.cos(i * 0.7) / 3;
    }
    let s0 = 0;
    let s1 = 0;
    for (let i = 0; i + 1 < n; i += 2) {
      s0 += x[i]! * y[i]!;
      s1 += x[i + 1]! * y[i + 1]!;
    }
    s0 += x[n - 1]! * y[n - 1]!;
    expect(nativeDot(n, x, y)).toBe(s0 + s1);
    const want = Float64Array.from(y, (v, i) => v + -0.37 * x[i]!);
    expect(nativeAxpy(n, -0.37, x, y)).toBe(true);
    expect(firstDifference(asarray(y), want)).toBe(-1);
    // outside the heap they decline
    expect(nativeDot(n, new Float64Array(n), y)).toBe(null);
  });
});
