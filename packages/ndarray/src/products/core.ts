/**
 * The one engine behind every product: stacked 2-D products of same-dtype operands into a fresh
 * C-contiguous result, asking the installed backend first and otherwise picking the JS kernel by
 * dtype (blocked float64 kernel for floats, complex parts, bool and integers it can sum exactly;
 * wrap-around integer kernels for the rest).
 */
import type { DType } from '@stride/protocol';
import { astype, emptyArray } from '../core/convert.js';
import { broadcastStrides, forEach1, stepIndex } from '../core/iter.js';
import type { NDArray } from '../ndarray.js';
import { getMatmulBackend } from './backend.js';
import { type NumArray, gemmReal } from './kernels/gemm.js';
import { type BigArray, gemmBigInt, gemmWrap32 } from './kernels/gemmExact.js';

/** Largest magnitude below which every integer and every partial sum is exact in float64. */
const EXACT = 2 ** 53;

type Mode = 'float64' | 'complex128' | 'viaFloat' | 'complexViaFloat' | 'wrap32' | 'bigint';

/**
 * `a @ b` over the batch shape `batch`: `a` is `[...aBatch, M, K]`, `b` is `[...bBatch, K, N]`, both
 * of one dtype, their batch shapes broadcasting to `batch` (checked by the caller). Returns a fresh
 * C-contiguous `[...batch, M, N]` array of that dtype.
 */
export function matmulCore(a: NDArray, b: NDArray, batch: readonly number[]): NDArray {
  const dtype = a.dtype;
  const m = a.shape[a.ndim - 2] as number;
  const k = a.shape[a.ndim - 1] as number;
  const n = b.shape[b.ndim - 1] as number;
  const out = emptyArray(dtype, [...batch, m, n]);
  if (out.size === 0 || k === 0) return out;

  const mode = pickMode(dtype, a, b, k);
  if (mode === 'viaFloat' && (dtype === 'int64' || dtype === 'uint64')) {
    // Exactness was proven from the magnitudes, so the float64 copies hold the same integers.
    a = astype(a, 'float64');
    b = astype(b, 'float64');
  }
  const aBatch = broadcastStrides(a.shape.slice(0, -2), a.strides.slice(0, -2), batch);
  const bBatch = broadcastStrides(b.shape.slice(0, -2), b.strides.slice(0, -2), batch);
  const rsa = a.strides[a.ndim - 2] as number;
  const csa = a.strides[a.ndim - 1] as number;
  const rsb = b.strides[b.ndim - 2] as number;
  const csb = b.strides[b.ndim - 1] as number;

  // When every item shares one B and A's items follow each other with its row stride, the whole
  // batch is one [batch * M, K] product.
  let items = 1;
  for (const d of batch) items *= d;
  if (items > 1 && bBatch.every((s) => s === 0)) {
    const rowStride = stackedRowStride(batch, aBatch, m, rsa);
    if (rowStride !== null) {
      return runItems(mode, dtype, a, b, out, 1, [], [], [], items * m, n, k, rowStride, csa, rsb, csb);
    }
  }
  return runItems(mode, dtype, a, b, out, items, batch, aBatch, bBatch, m, n, k, rsa, csa, rsb, csb);
}

/**
 * The row stride of A seen as `[batch * M, K]` when its batch axes step like extra rows, else null.
 */
function stackedRowStride(batch: readonly number[], aBatch: readonly number[], m: number, rsa: number): number | null {
  let stride = rsa;
  let extent = m;
  let first = m > 1 ? rsa : null;
  for (let ax = batch.length - 1; ax >= 0; ax--) {
    const d = batch[ax] as number;
    if (d === 1) continue;
    const s = aBatch[ax] as number;
    if (first === null) {
      first = s;
      stride = s;
    } else if (s !== stride * extent) return null;
    stride = s;
    extent = d;
  }
  return first ?? rsa;
}

function runItems(
  mode: Mode,
  dtype: DType,
  a: NDArray,
  b: NDArray,
  out: NDArray,
  items: number,
  batch: readonly number[],
  aBatch: readonly number[],
  bBatch: readonly number[],
  m: number,
  n: number,
  k: number,
  rsa: number,
  csa: number,
  rsb: number,
  csb: number,
): NDArray {
  const backend = dtype === 'float32' || dtype === 'float64' || isComplexDType(dtype) ? getMatmulBackend() : null;
  const scratch =
    mode === 'viaFloat' ? new Float64Array(m * n) : mode === 'complexViaFloat' ? new Float64Array(2 * m * n) : null;
  const wrap = mode === 'wrap32' ? (dtype === 'int32' ? null : new Int32Array(m * n)) : null;
  const idx = new Array<number>(batch.length).fill(0);
  const off = [a.offset, b.offset];
  const steps = [aBatch, bBatch];
  const mn = m * n;
  for (let item = 0; item < items; item++) {
    const offA = off[0] as number;
    const offB = off[1] as number;
    const offC = item * mn;
    let done = false;
    if (backend !== null) {
      done = backend(
        a.view([m, k], [rsa, csa], offA),
        b.view([k, n], [rsb, csb], offB),
        out.view([m, n], [n, 1], offC),
      );
    }
    if (!done) {
      runKernel(mode, dtype, a, b, out, m, n, k, offA, rsa, csa, offB, rsb, csb, offC, scratch, wrap);
    }
    stepIndex(idx, batch, steps, off);
  }
  return out;
}

function runKernel(
  mode: Mode,
  dtype: DType,
  a: NDArray,
  b: NDArray,
  out: NDArray,
  m: number,
  n: number,
  k: number,
  oa: number,
  rsa: number,
  csa: number,
  ob: number,
  rsb: number,
  csb: number,
  oc: number,
  scratch: Float64Array | null,
  wrap: Int32Array | null,
): void {
  const ad = a.data;
  const bd = b.data;
  const cd = out.data;
  switch (mode) {
    case 'float64':
      gemmReal(m, n, k, ad as NumArray, oa, rsa, csa, bd as NumArray, ob, rsb, csb, cd as Float64Array, oc, n, 1);
      return;
    case 'complex128':
      complexGemm(m, n, k, ad as NumArray, oa, rsa, csa, bd as NumArray, ob, rsb, csb, cd as Float64Array, 2 * oc);
      return;
    case 'complexViaFloat': {
      const s = scratch as Float64Array;
      s.fill(0);
      complexGemm(m, n, k, ad as NumArray, oa, rsa, csa, bd as NumArray, ob, rsb, csb, s, 0);
      (cd as Float32Array).set(s, 2 * oc);
      return;
    }
    case 'viaFloat': {
      const s = scratch as Float64Array;
      s.fill(0);
      gemmReal(m, n, k, ad as NumArray, oa, rsa, csa, bd as NumArray, ob, rsb, csb, s, 0, n, 1);
      storeFromFloat(dtype, s, cd, oc);
      return;
    }
    case 'wrap32': {
      const c = wrap ?? (cd as Int32Array);
      const o = wrap === null ? oc : 0;
      if (wrap !== null) wrap.fill(0);
      gemmWrap32(m, n, k, ad as NumArray, oa, rsa, csa, bd as NumArray, ob, rsb, csb, c, o, n, 1);
      if (wrap !== null) (cd as NumArray).set(wrap, oc);
      return;
    }
    case 'bigint':
      gemmBigInt(m, n, k, ad as BigArray, oa, rsa, csa, bd as BigArray, ob, rsb, csb, cd as BigArray, oc, n, 1);
      return;
  }
}

/** Complex C += A·B as four real products over the interleaved parts (offsets in elements, C's in slots). */
function complexGemm(
  m: number,
  n: number,
  k: number,
  a: NumArray,
  oa: number,
  rsa: number,
  csa: number,
  b: NumArray,
  ob: number,
  rsb: number,
  csb: number,
  c: Float64Array,
  oc: number,
): void {
  const ar = 2 * oa;
  const br = 2 * ob;
  const [ra, ca, rb, cb] = [2 * rsa, 2 * csa, 2 * rsb, 2 * csb];
  gemmReal(m, n, k, a, ar, ra, ca, b, br, rb, cb, c, oc, 2 * n, 2);
  gemmReal(m, n, k, a, ar + 1, ra, ca, b, br + 1, rb, cb, c, oc, 2 * n, 2, true);
  gemmReal(m, n, k, a, ar, ra, ca, b, br + 1, rb, cb, c, oc + 1, 2 * n, 2);
  gemmReal(m, n, k, a, ar + 1, ra, ca, b, br, rb, cb, c, oc + 1, 2 * n, 2);
}

/** Writes exact float64 results into the output dtype (integers wrap like NumPy's, bool is "any"). */
function storeFromFloat(dtype: DType, s: Float64Array, d: NDArray['data'], o: number): void {
  if (dtype === 'bool') {
    for (let i = 0; i < s.length; i++) d[o + i] = s[i] !== 0 ? 1 : 0;
  } else if (dtype === 'int64' || dtype === 'uint64') {
    for (let i = 0; i < s.length; i++) d[o + i] = BigInt(s[i] as number);
  } else {
    (d as NumArray).set(s, o);
  }
}

function isComplexDType(dtype: DType): boolean {
  return dtype === 'complex64' || dtype === 'complex128';
}

/** Chooses the kernel: float64 sums are exact for integers when max|A|·max|B|·K stays below 2^53. */
function pickMode(dtype: DType, a: NDArray, b: NDArray, k: number): Mode {
  switch (dtype) {
    case 'float64':
      return 'float64';
    case 'complex128':
      return 'complex128';
    case 'complex64':
      return 'complexViaFloat';
    case 'float32':
    case 'bool':
      return 'viaFloat';
    default:
      if (maxAbs(a) * maxAbs(b) * k <= EXACT) return 'viaFloat';
      return dtype === 'int64' || dtype === 'uint64' ? 'bigint' : 'wrap32';
  }
}

/** Largest magnitude of an integer array, as a number (rounded up for huge 64-bit values is fine). */
export function maxAbs(x: NDArray): number {
  const d = x.data;
  if (x.dtype === 'int64' || x.dtype === 'uint64') {
    let mx = 0n;
    forEach1(x.shape, x.strides, x.offset, (cnt, i, s) => {
      for (let t = 0; t < cnt; t++, i += s) {
        const v = d[i] as bigint;
        const av = v < 0n ? -v : v;
        if (av > mx) mx = av;
      }
    });
    return Number(mx);
  }
  let mx = 0;
  forEach1(x.shape, x.strides, x.offset, (cnt, i, s) => {
    for (let t = 0; t < cnt; t++, i += s) {
      const av = Math.abs(d[i] as number);
      if (av > mx) mx = av;
    }
  });
  return mx;
}
