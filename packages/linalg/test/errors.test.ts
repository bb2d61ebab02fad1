import { NDArray, ShapeError, ValueError, array } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { LinAlgError, cholesky, det, eigh, heapBytesInUse, inv, lstsq, qr, slogdet, solve, svd } from '../src/index.js';

describe('linalg bad input', () => {
  it('solve(singular) throws LinAlgError naming the routine', () => {
    const err = (() => {
      try {
        solve(
          [
            [1, 2],
            [2, 4],
          ],
          [1, 2],
        );
      } catch (e) {
        return e as LinAlgError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(LinAlgError);
    expect(err?.message).toMatch(/Singular matrix/);
    expect(err?.routine).toBe('dgesv_');
  });
  it('inv(singular) and cholesky(not positive definite) throw LinAlgError', () => {
    expect(() =>
      inv([
        [0, 0],
        [0, 0],
      ]),
    ).toThrow(LinAlgError);
    expect(() =>
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(/not positive definite: the leading minor of order 2/);
  });
  it('non-square and mismatched shapes throw ShapeError naming both shapes', () => {
    expect(() => inv([[1, 2, 3]])).toThrow(ShapeError);
    expect(() => inv([[1, 2, 3]])).toThrow(/must be square, got shape \[1, 3\]/);
    expect(() =>
      solve(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 2, 3],
      ),
    ).toThrow(/b has shape \[3\], expected \[2\] or \[\.\.\., 2, k\] to match a of shape \[2, 2\]/);
    expect(() => det([1, 2])).toThrow(/at least two-dimensional/);
  });
  it('NaN/Inf input is refused like SciPy check_finite', () => {
    expect(() =>
      svd([
        [1, Number.NaN],
        [0, 1],
      ]),
    ).toThrow(/must not contain infs or NaNs/);
    expect(() =>
      eigh([
        [Number.POSITIVE_INFINITY, 0],
        [0, 1],
      ]),
    ).toThrow(LinAlgError);
  });
  it('bad options are ValueErrors', () => {
    expect(() => qr([[1]], { mode: 'bogus' as never })).toThrow(ValueError);
    expect(() => eigh([[1]], { uplo: 'X' as never })).toThrow(ValueError);
  });
  it('a failed call leaves inputs unchanged and the module usable', () => {
    const a = array(
      [
        [1, 2],
        [2, 4],
      ],
      { dtype: 'float64' },
    );
    const before = Array.from(a.data as Float64Array);
    expect(() => solve(a, [1, 2])).toThrow(LinAlgError);
    expect(Array.from(a.data as Float64Array)).toEqual(before);
    expect(
      (
        solve(
          [
            [2, 0],
            [0, 4],
          ],
          [2, 4],
        ) as NDArray
      ).toArray(),
    ).toEqual([1, 1]);
  });
  it('singular det is 0 and slogdet gives sign 0, -inf', () => {
    expect(
      det([
        [1, 2],
        [2, 4],
      ]),
    ).toBe(0);
    expect(
      slogdet([
        [1, 2],
        [2, 4],
      ]),
    ).toEqual({ sign: 0, logabsdet: Number.NEGATIVE_INFINITY });
  });
  it('lstsq with mismatched rows is a ShapeError', () => {
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, 4],
        ],
        [1, 2, 3],
      ),
    ).toThrow(ShapeError);
  });
});

describe('wasm heap', () => {
  it('10^4 calls (including failing ones) return the heap to its baseline', async () => {
    // Results live in the shared heap until collected: let the collector run before and after.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function')
      throw new Error('this test needs node --expose-gc (the shared vitest config passes it)');
    const settle = async (): Promise<void> => {
      for (let i = 0; i < 4; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const a = array(
      [
        [4, 1],
        [1, 3],
      ],
      { dtype: 'float64' },
    );
    solve(a, [1, 2]);
    svd(a);
    eigh(a);
    await settle();
    const base = heapBytesInUse();
    for (let i = 0; i < 10_000; i++) {
      solve(a, [1, 2]);
      if (i % 100 === 0) {
        try {
          inv([
            [1, 2],
            [2, 4],
          ]);
        } catch {
          // expected
        }
        svd(a);
        eigh(a);
      }
    }
    await settle();
    expect(heapBytesInUse()).toBe(base);
  });
});

describe('ndarray matmul backend', () => {
  it('ndarray.matmul uses OpenBLAS once linalg is loaded and agrees with the JS kernel', async () => {
    const nd = await import('@stride/ndarray');
    const a =
      nd.linspace(0, 1, 64 * 48).reshape?.(64, 48) ?? new NDArray('float64', nd.linspace(0, 1, 64 * 48).data, [64, 48]);
    const b = new NDArray('float64', nd.linspace(-1, 1, 48 * 40).data, [48, 40]);
    expect(nd.getMatmulBackend()).not.toBeNull();
    const viaBlas = nd.matmul(a, b);
    const prev = nd.setMatmulBackend(null);
    const viaJs = nd.matmul(a, b);
    nd.setMatmulBackend(prev);
    const x = viaBlas.data as Float64Array;
    const y = viaJs.data as Float64Array;
    for (let i = 0; i < x.length; i++) expect(Math.abs((x[i] as number) - (y[i] as number))).toBeLessThan(1e-12);
  });
});
