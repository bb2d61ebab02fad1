// The ndarray heap: large arrays live in a WebAssembly.Memory and run through the SIMD128
// kernels. Every kernel result must be bit-identical to the JavaScript loops (run with the heap
// turned off), and memory must come back on dispose, tidy and garbage collection.
import fc from 'fast-check';
import * as nd from '../src/index.js';
import { describe, expect, test } from 'vitest';
import {
  type NDArray,
  ValueError,
  add,
  arange,
  array,
  asarray,
  configureHeap,
  divide,
  heapStats,
  keep,
  abs,
  mean,
  multiply,
  negative,
  reciprocal,
  sqrt,
  square,
  ones,
  random,
  subtract,
  sum,
  tidy,
  zeros,
} from '../src/index.js';

const OPS = { add, subtract, multiply, divide, maximum: nd.maximum, minimum: nd.minimum } as const;

/** Runs `f` with the heap off: the JavaScript loops' answer. */
function js<T>(f: () => T): T {
  configureHeap({ enabled: false });
  try {
    return f();
  } finally {
    configureHeap({ enabled: true });
  }
}

function bytes(a: NDArray): Uint8Array {
  const d = a.copy().data;
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

/** Same shape, dtype and bytes (NaN payloads and signed zeros included). */
function expectSame(h: NDArray, j: NDArray): void {
  expect(h.shape).toEqual(j.shape);
  expect(h.dtype).toBe(j.dtype);
  const x = bytes(h);
  const y = bytes(j);
  let first = -1;
  for (let i = 0; i < x.length && first < 0; i++) if (x[i] !== y[i]) first = i;
  expect(first, `first differing byte of ${x.length}`).toBe(-1);
}

function same(h: NDArray, j: NDArray): boolean {
  const x = bytes(h);
  const y = bytes(j);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function heapResident(a: NDArray): boolean {
  const d = a.data;
  return !(d.buffer instanceof SharedArrayBuffer) && d.buffer.byteLength >= heapStats().capacity;
}

const rng = random.defaultRng(20261125);

/** Random values with NaN, ±Inf, ±0, huge and tiny ones sprinkled in. */
function values(shape: number[], dtype: 'float64' | 'float32' = 'float64'): NDArray {
  const x = rng.standardNormal(shape).astype(dtype);
  const d = x.data as Float64Array | Float32Array;
  const specials = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1e308, 1e-310, -3e38];
  for (let i = 0; i < d.length; i += 97) d[i] = specials[(i / 97) % specials.length] as number;
  return x;
}

/** Runs the collector and lets finalizers run; fails (not returns) without --expose-gc. */
async function settle(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function')
    throw new Error('this test needs node --expose-gc (the shared vitest config passes it)');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('heap storage', () => {
  test('large arrays live in the heap, small ones do not', () => {
    const big = zeros([100_000]);
    const small = zeros([100]);
    expect(heapResident(big)).toBe(true);
    expect(heapResident(small)).toBe(false);
    expect(Array.from(big.data.subarray(0, 5) as Float64Array)).toEqual([0, 0, 0, 0, 0]);
    big.dispose();
  });

  test('dispose returns the memory; using a disposed array or its views throws', () => {
    const before = heapStats().bytesInUse;
    const a = ones([300, 400]);
    const v = a.T.index('1:3');
    expect(heapStats().bytesInUse).toBeGreaterThan(before);
    a.dispose();
    a.dispose(); // twice is fine
    expect(heapStats().bytesInUse).toBe(before);
    expect(a.disposed).toBe(true);
    expect(() => a.sum()).toThrow(ValueError);
    expect(() => v.toArray()).toThrow(/disposed/);
    // a reused block is zero-filled again for zeros()
    const z = zeros([300, 400]);
    expect(sum(z)).toBe(0);
    z.dispose();
  });

  test('tidy frees temporaries, keeps what it returns, and nests', () => {
    const a = ones([200_000]);
    const before = heapStats().bytesInUse;
    const blocks = heapStats().blocks;
    let inner: NDArray | undefined;
    const r = tidy(() => {
      const t = multiply(a, 3);
      const u = tidy(() => {
        inner = add(t, 1);
        return { out: [add(inner, 1)] };
      });
      return u.out[0] as NDArray;
    });
    expect(r.get(7)).toBe(5);
    expect(() => inner?.get(0)).toThrow(/disposed/);
    expect(heapStats().blocks).toBe(blocks + 1); // only r is left
    r.dispose();
    expect(heapStats().bytesInUse).toBe(before);
    a.dispose();
  });

  test('tidy frees on throw and refuses async functions; keep exempts an array', () => {
    const before = heapStats().bytesInUse;
    expect(() =>
      tidy(() => {
        zeros([100_000]);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(heapStats().bytesInUse).toBe(before);
    expect(() => tidy(() => Promise.resolve(1) as unknown as number)).toThrow(/synchronous/);
    expect(() => tidy(42 as unknown as () => number)).toThrow(ValueError);
    let kept: NDArray | undefined;
    tidy(() => {
      kept = keep(ones([100_000]));
      return null;
    });
    expect(kept?.get(99_999)).toBe(1);
    kept?.dispose();
    expect(heapStats().bytesInUse).toBe(before);
  });

  test('a loop of tidy calls returns the heap to its baseline', () => {
    const a = values([50_000]);
    const b = values([50_000]);
    const before = heapStats().bytesInUse;
    for (let i = 0; i < 2000; i++) tidy(() => sum(add(multiply(a, b), a)));
    expect(heapStats().bytesInUse).toBe(before);
  });

  test('the garbage collector frees unreachable heap arrays', async () => {
    await settle();
    const before = heapStats().bytesInUse;
    (() => {
      for (let i = 0; i < 20; i++) ones([100_000]);
    })();
    expect(heapStats().bytesInUse).toBeGreaterThan(before);
    for (let i = 0; i < 10 && heapStats().bytesInUse > before; i++) await settle();
    expect(heapStats().bytesInUse).toBeLessThanOrEqual(before);
  });

  test('100 x a * 2 + 1 on 1e6 float64 written plainly (no tidy) keeps the heap bounded', async () => {
    await settle();
    const before = heapStats().bytesInUse;
    const fallbacks = heapStats().fallbacks;
    const a = ones([1_000_000]);
    let r = a;
    for (let i = 0; i < 100; i++) r = add(multiply(a, 2), 1);
    // One task: the heap grows by at most the task budget (64 MiB) plus the input; temporaries
    // past it are ordinary ArrayBuffers the collector reclaims during the loop, computed by the
    // kernels through heap scratch.
    expect(heapStats().bytesInUse - before).toBeLessThanOrEqual((64 << 20) + (8 << 20));
    expect(heapStats().fallbacks).toBe(fallbacks);
    expect([r.get(0), r.get(999_999)]).toEqual([3, 3]);
    a.dispose();
    for (let i = 0; i < 10 && heapStats().bytesInUse > before; i++) await settle();
    expect(heapStats().bytesInUse).toBeLessThanOrEqual(before);
  });

  test('typed arrays made over heap memory keep their block alive', () => {
    const a = arange(100_000, { dtype: 'float64' });
    const sub = new (a.data.constructor as Float64ArrayConstructor)(a.data.buffer, a.data.byteOffset + 80, 10);
    const view = asarray({
      [Symbol.for('stride.array')]: () => ({
        version: 1,
        dtype: 'float64',
        shape: [10],
        strides: [1],
        offset: 0,
        data: sub,
        readonly: false,
      }),
    } as never);
    expect(view.toArray()).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    a.dispose();
    expect(() => view.toArray()).toThrow(/disposed/);
  });
});

describe('kernels match the JavaScript loops bit for bit', () => {
  const shapes: [string, () => [NDArray, NDArray]][] = [
    ['contiguous', () => [values([300, 301]), values([300, 301])]],
    ['transposed right', () => [values([257, 300]), values([300, 257]).T]],
    ['transposed left', () => [values([300, 257]).T, values([257, 300])]],
    ['both transposed', () => [values([300, 257]).T, values([300, 257]).T]],
    ['row broadcast', () => [values([400, 300]), values([300])]],
    ['column broadcast', () => [values([400, 300]), values([400, 1])]],
    ['scalar array right', () => [values([100_003]), array(2.5)]],
    ['scalar array left', () => [array(-0.75), values([100_003])]],
    ['negative strides', () => [values([500, 300]).index('::-1', '::-2'), values([500, 150])]],
    ['strided slice', () => [values([200_000]).index('::2'), values([100_000])]],
    ['3-d, not coalescable', () => [values([40, 50, 60]).transpose(2, 0, 1), values([60, 40, 50])]],
    ['outside the heap', () => [asarray(values([100_001]).data.slice()), values([100_001])]],
  ];
  for (const [name, make] of shapes) {
    for (const [op, f] of Object.entries(OPS)) {
      test(`${op}: ${name}`, () => {
        const [a, b] = make();
        const h = f(a, b);
        const j = js(() => f(a, b));
        expectSame(h, j);
      });
    }
  }

  test('unary: negative, abs, sqrt, square, reciprocal in every 1-axis layout', () => {
    const fns = {
      negative,
      abs,
      sqrt,
      square,
      reciprocal,
      floor: nd.floor,
      ceil: nd.ceil,
      trunc: nd.trunc,
      rint: nd.rint,
      isnan: nd.isnan,
      isinf: nd.isinf,
      isfinite: nd.isfinite,
    } as const;
    for (const dtype of ['float64', 'float32'] as const) {
      const layouts: [string, () => NDArray][] = [
        ['contiguous', () => values([100_003], dtype)],
        ['reversed', () => values([100_003], dtype).index('::-1')],
        ['every third', () => values([300_000], dtype).index('::3')],
        ['outside the heap', () => asarray(values([100_003], dtype).data.slice())],
        ['2-d transposed (JavaScript path)', () => values([300, 200], dtype).T],
      ];
      for (const [name, make] of layouts) {
        for (const [fname, f] of Object.entries(fns)) {
          const x = make();
          const h = f(x);
          const j = js(() => f(x));
          expect(same(h, j), `${fname} ${dtype} ${name}`).toBe(true);
        }
      }
    }
  });

  test('rounding at halves, signed zeros and huge values', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const base = [
        0.5, 1.5, 2.5, -0.5, -1.5, -2.5, -0.4, 0.49999999999999994, 4503599627370495.5, -0, 0, 1e300, -1e-300,
      ];
      const x = multiply(nd.concatenate(Array.from({ length: 8000 }, () => array(base))), 1).astype(dtype);
      const halves = add(multiply(nd.arange(-60_000, 60_000, { dtype: 'float64' }), 0.5), 0).astype(dtype);
      for (const f of [nd.floor, nd.ceil, nd.trunc, nd.rint]) {
        expectSame(
          f(x),
          js(() => f(x)),
        );
        expectSame(
          f(halves),
          js(() => f(halves)),
        );
      }
    }
  });

  test('int32 add/subtract/multiply wrap like the JavaScript loops', () => {
    const big = array([2147483647, -2147483648, 65537, -1, 0, 123456789], { dtype: 'int32' });
    const a = nd.concatenate(Array.from({ length: 20_000 }, () => big));
    const b = nd.flip(a);
    for (const f of [add, subtract, multiply]) {
      for (const [x, y] of [
        [a, b],
        [a, 7],
        [-3, b],
        [a, array(2147483647, { dtype: 'int32' })],
      ] as const) {
        const h = f(x, y);
        expect(h.dtype).toBe('int32');
        expectSame(
          h,
          js(() => f(x, y)),
        );
      }
    }
  });

  test('complex128 add/subtract/multiply', () => {
    const re = values([60_001]);
    const im = values([60_001]);
    const z = add(re, multiply(im, { re: 0, im: 1 }));
    const w = nd.flip(z);
    for (const f of [add, subtract, multiply]) {
      for (const [x, y] of [
        [z, w],
        [z, { re: 1.5, im: -2 }],
        [{ re: -0.5, im: 3 }, w],
        [z, z],
      ] as const) {
        const h = f(x, y);
        expect(h.dtype).toBe('complex128');
        expectSame(
          h,
          js(() => f(x, y)),
        );
      }
    }
  });

  test('comparisons give the same bool arrays (NaN included)', () => {
    const cmps = [nd.equal, nd.notEqual, nd.less, nd.lessEqual, nd.greater, nd.greaterEqual];
    for (const dtype of ['float64', 'float32'] as const) {
      const a = values([100_003], dtype);
      const b = nd.flip(a).copy();
      (b.data as Float64Array)[5] = (a.data as Float64Array)[5] as number; // some equal pairs
      for (const f of cmps) {
        for (const [x, y] of [
          [a, b],
          [a, 0.25],
          [0.25, b],
          [a, a],
        ] as const) {
          const h = f(x, y);
          expect(h.dtype).toBe('bool');
          expectSame(
            h,
            js(() => f(x, y)),
          );
        }
      }
    }
  });

  test('astype between float64, float32 and int32', () => {
    const f = values([100_003]);
    const i = array(
      Array.from({ length: 100_003 }, (_, k) => (k * 2654435761) | 0),
      { dtype: 'int32' },
    );
    for (const [x, to] of [
      [f, 'float32'],
      [f.astype('float32'), 'float64'],
      [i, 'float64'],
      [i, 'float32'],
      [f.index('::-1'), 'float32'],
      [asarray(f.data.slice()), 'float32'],
    ] as const) {
      expectSame(
        x.astype(to),
        js(() => x.astype(to)),
      );
    }
  });

  test('max, min, argmax, argmin: NaN anywhere, signed-zero ties, every tail length', () => {
    const fns = [nd.max, nd.min, nd.argmax, nd.argmin] as const;
    for (const dtype of ['float64', 'float32'] as const) {
      for (const n of [4096, 4099, 65_537, 100_002]) {
        const clean = rng.standardNormal([n]).astype(dtype);
        const zeros = nd.zeros([n], { dtype });
        const z = zeros.data as Float64Array;
        for (let i = 0; i < n; i += 3) z[i] = -0;
        const cases: NDArray[] = [clean, zeros, nd.negative(zeros), nd.abs(clean)];
        for (const at of [0, 1, 7, n - 1, n >> 1]) {
          const withNaN = clean.copy();
          (withNaN.data as Float64Array)[at] = Number.NaN;
          cases.push(withNaN);
        }
        const ties = clean.copy();
        const t = ties.data as Float64Array;
        t[10] = 1e30;
        t[n - 3] = 1e30;
        t[20] = -1e30;
        t[n - 2] = -1e30;
        cases.push(ties);
        for (const x of cases) {
          for (const f of fns) {
            const h = f(x) as number;
            const j = js(() => f(x)) as number;
            expect(Object.is(h, j), `${f.name} ${dtype} n=${n}: ${h} vs ${j}`).toBe(true);
          }
        }
      }
      const m = values([300, 5000], dtype);
      const along = [
        (x: NDArray) => nd.max(x, { axis: 1 }),
        (x: NDArray) => nd.min(x, { axis: 1 }),
        (x: NDArray) => nd.argmax(x, { axis: 1 }),
        (x: NDArray) => nd.argmin(x, { axis: 1 }),
      ];
      for (const f of along) expectSame(f(m) as NDArray, js(() => f(m)) as NDArray);
    }
  });

  test('where with a bool mask, arrays and scalars', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const a = values([100_003], dtype);
      const b = values([100_003], dtype);
      const mask = nd.greater(values([100_003]), 0.1);
      for (const [x, y] of [
        [a, b],
        [a, 0],
        [-1.5, b],
        [2, 3],
        [a, array(7, { dtype: 'int32' })],
      ] as const) {
        const h = nd.where(mask, x, y);
        expectSame(
          h,
          js(() => nd.where(mask, x, y)),
        );
      }
    }
  });

  test('boolean mask indexing: every item size, none and all selected', () => {
    const base = values([70_001]);
    const arrays = [
      base,
      base.astype('float32'),
      nd.astype(multiply(base, 1000), 'int32'),
      nd.astype(multiply(base, 100), 'int8'),
      add(base, multiply(base, { re: 0, im: 1 })),
      nd.greater(base, 0),
      values([300, 400]),
    ];
    for (const x of arrays) {
      const rnd = values(x.shape as number[]);
      for (const mask of [
        nd.greater(rnd, 0.3),
        nd.greater(rnd, Number.POSITIVE_INFINITY),
        nd.lessEqual(rnd, Number.POSITIVE_INFINITY),
      ]) {
        const h = x.index(mask);
        expectSame(
          h,
          js(() => x.index(mask)),
        );
      }
    }
  });

  test('weak scalars on either side, float32', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const a = values([70_001], dtype);
      for (const f of Object.values(OPS)) {
        for (const [x, y] of [
          [a, 3.25],
          [1e-3, a],
          [a, a],
        ] as const) {
          const h = f(x, y);
          expect(h.dtype).toBe(dtype);
          expectSame(
            h,
            js(() => f(x, y)),
          );
        }
      }
    }
  });

  test('float32 2-d layouts', () => {
    const a = values([300, 200], 'float32');
    const b = values([200, 300], 'float32');
    for (const f of Object.values(OPS)) {
      expectSame(
        f(a, b.T),
        js(() => f(a, b.T)),
      );
      expectSame(
        f(a.index(':', '1:'), b.T.index(':', ':-1')),
        js(() => f(a.index(':', '1:'), b.T.index(':', ':-1'))),
      );
    }
  });

  test('out= in place and with overlap', () => {
    const a = values([100_000]);
    const b = values([100_000]);
    const expected = js(() => add(a, b));
    const o = a.copy();
    add(o, b, { out: o });
    expectSame(o, expected);
    // shifted overlap: the input is copied first, as the JavaScript path does
    const c = values([100_001]);
    const want = js(() => {
      const t = c.copy();
      add(t.index('1:'), t.index(':-1'), { out: t.index('1:') });
      return t;
    });
    const got = c.copy();
    add(got.index('1:'), got.index(':-1'), { out: got.index('1:') });
    expectSame(got, want);
  });

  test('property: random layouts and operations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom(...Object.keys(OPS)),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('float64' as const, 'float32' as const),
        (m, n, op, ta, tb, dtype) => {
          const f = OPS[op as keyof typeof OPS];
          const a = ta ? values([n, m], dtype).T : values([m, n], dtype);
          const b = tb ? values([n, m], dtype).T : values([m, n], dtype);
          const h = f(a, b);
          const ok = same(
            h,
            js(() => f(a, b)),
          );
          a.dispose();
          b.dispose();
          h.dispose();
          return ok;
        },
      ),
      { numRuns: 60 },
    );
  });

  test('sum and mean: every length around the kernel thresholds, both float types', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const x = values([300_007], dtype);
      for (const n of [4095, 4096, 4097, 8191, 65_536, 100_003, 300_007]) {
        const v = x.index(`:${n}`);
        expect(
          Object.is(
            sum(v),
            js(() => sum(v)),
          ),
        ).toBe(true);
      }
      const m = values([600, 700], dtype);
      for (const axis of [0, 1, undefined]) {
        const h = sum(m, { axis });
        const j = js(() => sum(m, { axis }));
        if (typeof h === 'number') expect(Object.is(h, j)).toBe(true);
        else expectSame(h as NDArray, j as NDArray);
      }
      expect(
        Object.is(
          mean(x),
          js(() => mean(x)),
        ),
      ).toBe(true);
    }
  });
});
