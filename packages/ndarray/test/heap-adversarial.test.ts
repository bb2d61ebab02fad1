// Adversarial checks of the ndarray heap: unusual layouts, aliasing, lifetimes. Every kernel
// result must equal the JavaScript loops' (run with the heap turned off) bit for bit.
import * as nd from '../src/index.js';
import { describe, expect, test } from 'vitest';
import {
  type NDArray,
  add,
  array,
  asarray,
  configureHeap,
  heapStats,
  keep,
  multiply,
  random,
  tidy,
  zeros,
} from '../src/index.js';

const OPS = {
  add,
  subtract: nd.subtract,
  multiply,
  divide: nd.divide,
  maximum: nd.maximum,
  minimum: nd.minimum,
} as const;

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

function expectSame(h: NDArray, j: NDArray, what = ''): void {
  expect(h.shape, what).toEqual(j.shape);
  expect(h.dtype, what).toBe(j.dtype);
  const x = bytes(h);
  const y = bytes(j);
  let first = -1;
  for (let i = 0; i < x.length && first < 0; i++) if (x[i] !== y[i]) first = i;
  expect(first, `${what}: first differing byte of ${x.length}`).toBe(-1);
}

function inHeap(a: NDArray): boolean {
  return a.data.buffer.byteLength >= heapStats().capacity;
}

const rng = random.defaultRng(7);

function values(shape: number[], dtype: 'float64' | 'float32' = 'float64'): NDArray {
  const x = rng.standardNormal(shape).astype(dtype);
  const d = x.data as Float64Array | Float32Array;
  const specials = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1e308, 1e-310, -3e38];
  for (let i = 0; i < d.length; i += 89) d[i] = specials[(i / 89) % specials.length] as number;
  return x;
}

/** A test whose temporaries are freed at its end (synchronous code gives the collector no chance). */
function heavy(name: string, fn: () => void): void {
  test(name, () => {
    tidy(() => {
      fn();
      return null;
    });
  });
}

describe('layouts', () => {
  heavy('out= views with offsets and negative strides, partial overlap with inputs', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      for (const [name, f] of Object.entries(OPS)) {
        const base0 = values([200_010], dtype);
        const b = values([100_000], dtype);
        const run = () => {
          const base = base0.copy();
          // out overlaps a shifted, reversed view of itself
          f(base.index('0:200000:2'), b, { out: base.index('199999::-2') });
          f(base.index('5:100005'), base.index('10:100010'), { out: base.index('0:100000') });
          f(base.index('::-1').index(':100000'), 1.5, { out: base.index('3:100003') });
          return base;
        };
        expectSame(run(), js(run), `${name} ${dtype}`);
      }
    }
  });

  heavy('out= 2-d view aliasing a transposed input', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      for (const [name, f] of Object.entries(OPS)) {
        const a0 = values([300, 300], dtype);
        const c0 = values([301, 300], dtype);
        const run = () => {
          const a = a0.copy();
          f(a, a.T, { out: a });
          const c = c0.copy();
          f(c.index('1:'), c.index(':-1').T, { out: c.index(':-1') });
          return nd.concatenate([a.reshape(-1), c.reshape(-1)]);
        };
        expectSame(run(), js(run), `${name} ${dtype}`);
      }
    }
  });

  heavy('zero strides and broadcast inputs outside the heap into a heap out=', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      for (const [name, f] of Object.entries(OPS)) {
        const row = values([400], dtype); // small, ordinary buffer
        const col = values([300, 1], dtype);
        const big = values([300, 400], dtype);
        const cases: [NDArray, NDArray][] = [
          [row, big],
          [big, row],
          [col, big],
          [big, col],
          [row, col],
          [col, row],
          [nd.broadcastTo(values([1], dtype), [300, 400]), big],
          [big.index(':', '::-1'), row.index('::-1')],
          [array(3, { dtype }), big.index('::-1', '::-1')],
          [big.index('::-1', '::-1'), array(-2, { dtype })],
        ];
        for (const [i, [x, y]] of cases.entries()) {
          const o1 = zeros([300, 400], { dtype });
          const h = f(x, y, { out: o1 });
          const j = js(() => f(x, y));
          expectSame(h, j, `${name} ${dtype} case ${i}`);
          const o2 = zeros([400, 300], { dtype }).T;
          expectSame(f(x, y, { out: o2 }), j, `${name} ${dtype} case ${i} transposed out`);
        }
      }
    }
  });

  heavy('int32, complex128 and comparisons with out= views', () => {
    const i = nd.astype(multiply(values([100_000]), 1e9), 'int32');
    const j2 = nd.flip(i);
    for (const f of [add, nd.subtract, multiply]) {
      const run = () => {
        const o = i.copy();
        f(o.index(':99990'), j2.index('10:'), { out: o.index('10:') });
        f(o, 2147483647, { out: o });
        return o;
      };
      expectSame(run(), js(run), f.name);
    }
    const z = add(values([50_000]), multiply(values([50_000]), { re: 0, im: 1 }));
    for (const f of [add, nd.subtract, multiply]) {
      const run = () => {
        const o = z.copy();
        f(o.index(':49999'), o.index('1:'), { out: o.index('1:') });
        f(o, { re: Number.POSITIVE_INFINITY, im: -0 }, { out: o });
        return o;
      };
      expectSame(run(), js(run), f.name);
    }
    for (const f of [nd.less, nd.equal, nd.greaterEqual]) {
      const a = values([100_000]);
      const o = zeros([100_000], { dtype: 'bool' });
      const h = f(a, nd.flip(a), { out: o });
      expectSame(
        h,
        js(() => f(a, nd.flip(a))),
        f.name,
      );
      const o2 = zeros([200_000], { dtype: 'bool' });
      f(a, 0, { out: o2.index('::2') });
      expectSame(
        o2.index('::2'),
        js(() => f(a, 0)),
        `${f.name} strided out`,
      );
    }
  });

  heavy('mixed float32/float64, casting out=', () => {
    const a = values([100_000], 'float32');
    const b = values([100_000], 'float64');
    for (const [name, f] of Object.entries(OPS)) {
      expectSame(
        f(a, b),
        js(() => f(a, b)),
        `${name} f32+f64`,
      );
      const o = zeros([100_000], { dtype: 'float32' });
      expectSame(
        f(b, b, { out: o, casting: 'same_kind' } as never),
        js(() => f(b, b, { out: zeros([100_000], { dtype: 'float32' }), casting: 'same_kind' } as never)),
        `${name} f64 into f32 out`,
      );
      expectSame(
        f(a, 0.1),
        js(() => f(a, 0.1)),
        `${name} f32 weak`,
      );
      expectSame(
        f(a, array(0.1)),
        js(() => f(a, array(0.1))),
        `${name} f32 strong f64 scalar`,
      );
    }
  });

  heavy('empty and size-1 axes with a large product', () => {
    const a = zeros([0, 100_000]);
    const b = zeros([100_000, 0]);
    expect(add(a, 1).shape).toEqual([0, 100_000]);
    expect(add(b.T, a).shape).toEqual([0, 100_000]);
    const c = values([1, 100_000, 1]);
    const d = values([100_000, 1]);
    for (const [name, f] of Object.entries(OPS)) {
      expectSame(
        f(c, d.reshape(1, 100_000, 1)),
        js(() => f(c, d.reshape(1, 100_000, 1))),
        name,
      );
      expectSame(
        f(c.reshape(1, 1, 100_000), d.T),
        js(() => f(c.reshape(1, 1, 100_000), d.T)),
        `${name} 1-axes`,
      );
      expectSame(
        f(c.index(0), d.index('::-1')),
        js(() => f(c.index(0), d.index('::-1'))),
        `${name} reversed`,
      );
    }
  });
});

describe('masks, where, compress', () => {
  heavy('bool masks with bytes other than 0 and 1, heap-resident', () => {
    const n = 100_003;
    const m = zeros([n], { dtype: 'bool' });
    expect(inHeap(m)).toBe(true);
    const md = m.data as Uint8Array;
    for (let i = 0; i < n; i++) md[i] = (i * 37) % 5 === 0 ? 0 : ((i * 131) & 255) | 2;
    const x = values([n]);
    expectSame(
      x.index(m),
      js(() => x.index(m)),
      'compress',
    );
    expectSame(
      nd.where(m, x, -1),
      js(() => nd.where(m, x, -1)),
      'where',
    );
    expect(nd.countNonzero(m)).toBe(js(() => nd.countNonzero(m)));
  });

  heavy('where: broadcast and non-contiguous conditions, scalar arrays of other dtypes', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const x = values([300, 400], dtype);
      const y = values([300, 400], dtype);
      const c = nd.greater(values([300, 400]), 0);
      const cases: [NDArray | number, NDArray | number, NDArray | number][] = [
        [c.index(0), x, y],
        [c.T.copy().T, x, y],
        [c, x, array(true)],
        [c, array(2147483647, { dtype: 'int32' }), y],
        [c, array(4294967295, { dtype: 'uint32' }), 0.1],
        [c, 1e300, y],
        [c, x.index(0), y],
        [c, x, nd.broadcastTo(array(3, { dtype }), [300, 400])],
        [c.reshape(1, 300, 400), x, y],
      ];
      for (const [i, [cc, xx, yy]] of cases.entries()) {
        expectSame(
          nd.where(cc, xx, yy),
          js(() => nd.where(cc, xx, yy)),
          `${dtype} case ${i}`,
        );
      }
    }
  });

  heavy('compress: views with offsets, item sizes 1, 2, 4, 8, 16', () => {
    const n = 70_001;
    const base = values([n + 10]);
    const m = nd.greater(values([n + 10]), 0.2);
    const arrays = [
      base,
      base.astype('float32'),
      nd.astype(multiply(base, 1000), 'int16'),
      nd.astype(multiply(base, 100), 'uint8'),
      nd.astype(multiply(base, 1e6), 'int64'),
      add(base, multiply(base, { re: 0, im: 1 })),
      nd.astype(add(base, multiply(base, { re: 0, im: 1 })), 'complex64'),
    ];
    for (const a of arrays) {
      const x = a.index('7:-3');
      const mask = m.index('3:-7');
      expectSame(
        x.index(mask),
        js(() => x.index(mask)),
        a.dtype,
      );
      const none = zeros([n], { dtype: 'bool' });
      const r = x.index(none);
      expect(r.shape).toEqual([0]);
      const last = zeros([n], { dtype: 'bool' });
      (last.data as Uint8Array)[n - 1] = 1;
      expectSame(
        x.index(last),
        js(() => x.index(last)),
        `${a.dtype} last only`,
      );
    }
  });
});

describe('reductions', () => {
  heavy('argmax/argmin: all NaN, signed zeros, strided views', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const n = 100_001;
      const nan = nd.full([n], Number.NaN, { dtype });
      const z = zeros([n], { dtype });
      const zd = z.data as Float64Array;
      for (let i = 0; i < n; i += 2) zd[i] = -0;
      const negz = nd.negative(z);
      const v = values([n], dtype);
      const fns = [nd.argmax, nd.argmin, nd.max, nd.min, nd.nanmax, nd.nanmin] as const;
      for (const x of [nan, z, negz, v, v.index('::-1'), v.index('1:'), z.index('1:')]) {
        for (const f of fns) {
          let h: unknown;
          let j: unknown;
          try {
            h = f(x);
          } catch (e) {
            h = String(e);
          }
          try {
            j = js(() => f(x));
          } catch (e) {
            j = String(e);
          }
          expect(Object.is(h, j) || h === j, `${f.name} ${dtype}: ${h} vs ${j}`).toBe(true);
        }
      }
    }
  });

  heavy('sum/mean/max with axis tuples, keepdims and out', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const x = values([64, 30, 70], dtype);
      const xt = x.transpose(2, 0, 1);
      for (const a of [x, xt, x.index('::-1')]) {
        for (const axis of [0, 1, 2, [0, 1], [0, 2], [1, 2], [0, 1, 2]] as const) {
          for (const f of [nd.sum, nd.mean, nd.max, nd.min, nd.nansum, nd.prod]) {
            // Inf + -Inf: the sign of the NaN depends on operand order in V8's JIT too, so
            // NaNs compare equal here
            const h = nd.nanToNum(f(a, { axis: axis as never, keepdims: true }) as NDArray, { nan: 12345 });
            const j = nd.nanToNum(js(() => f(a, { axis: axis as never, keepdims: true })) as NDArray, { nan: 12345 });
            expectSame(h, j, `${f.name} axis ${axis}`);
          }
        }
      }
      const o = zeros([30, 70], { dtype });
      expectSame(
        nd.sum(x, { axis: 0, out: o }),
        js(() => nd.sum(x, { axis: 0 })),
        'sum out',
      );
      const o2 = zeros([2, 30, 70], { dtype }).index(1);
      expectSame(
        nd.sum(x, { axis: 0, out: o2 }),
        js(() => nd.sum(x, { axis: 0 })),
        'sum out view',
      );
    }
  });
});

describe('lifetimes', () => {
  test('dispose of a view leaves the base alone; disposing the base frees both', () => {
    const a = zeros([100_000]);
    const v = a.index('10:20');
    v.dispose();
    expect(a.disposed).toBe(false);
    expect(a.get(0)).toBe(0);
    a.dispose();
    expect(v.disposed).toBe(true);
    expect(() => v.get(0)).toThrow(/disposed/);
  });

  test('tidy(async fn) throws a ValueError and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const a = nd.ones([100_000]);
      expect(() =>
        tidy((async () => {
          const b = add(a, 1);
          await new Promise((r) => setTimeout(r, 1));
          return b.get(0); // b was freed when tidy refused the function: this throws
        }) as unknown as () => number),
      ).toThrow(/synchronous/);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('tidy returning nested structures keeps views and arrays inside them', () => {
    const before = heapStats().bytesInUse;
    const r = tidy(() => {
      const a = zeros([100_000]);
      const b = add(a, 1);
      const c = add(b, 1);
      return { list: [b.index('::2')], map: new Map([['c', c]]), deep: { deeper: [[a.T]] } };
    });
    expect(r.list[0]?.get(0)).toBe(1);
    expect(r.map.get('c')?.get(5)).toBe(2);
    expect(r.deep.deeper[0]?.[0]?.get(0)).toBe(0);
    // Views do not free storage: their bases (the owners) do.
    r.list[0]?.dispose();
    expect(heapStats().bytesInUse).toBeGreaterThan(before);
    r.list[0]?.base?.dispose();
    r.map.get('c')?.dispose();
    r.deep.deeper[0]?.[0]?.base?.dispose();
    expect(heapStats().bytesInUse).toBe(before);
  });

  test('nested tidy with keep and returns', () => {
    const before = heapStats().bytesInUse;
    let kept: NDArray | undefined;
    const out = tidy(() => {
      const inner = tidy(() => {
        kept = keep(zeros([100_000]));
        const t = add(kept, 2);
        return [t, zeros([100_000])];
      });
      expect(inner[0]?.get(0)).toBe(2);
      return inner[0];
    });
    expect(out?.get(0)).toBe(2);
    expect(kept?.get(0)).toBe(0);
    out?.dispose();
    kept?.dispose();
    expect(heapStats().bytesInUse).toBe(before);
  });

  test('asarray over a plug-in descriptor into heap memory', () => {
    const a = nd.arange(100_000, { dtype: 'float64' });
    const sub = (a.data as Float64Array).subarray(1000, 60_000);
    const v = asarray({
      [Symbol.for('stride.array')]: () => ({
        version: 1,
        dtype: 'float64',
        shape: [59_000],
        strides: [1],
        offset: 0,
        data: sub,
        readonly: false,
      }),
    } as never);
    expect(inHeap(v)).toBe(true);
    expectSame(
      add(v, a.index('1000:60000')),
      js(() => add(v, a.index('1000:60000'))),
      'add',
    );
    const r = tidy(() => add(v, 1));
    expect(r.get(0)).toBe(1001);
    r.dispose();
    a.dispose();
    expect(v.disposed).toBe(true);
  });
});

/** The collector, exposed by --expose-gc (vitest.shared.ts passes it): a test that needs it fails without it. */
function requireGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function')
    throw new Error('this test needs node --expose-gc (the shared vitest config passes it)');
  return gc;
}

describe('garbage collection', () => {
  const settle = async () => {
    const gc = requireGc();
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const plugin = (data: Float64Array, n: number) =>
    asarray({
      [Symbol.for('stride.array')]: () => ({
        version: 1,
        dtype: 'float64',
        shape: [n],
        strides: [1],
        offset: 0,
        data,
        readonly: false,
      }),
    } as never);

  test('a plug-in view into heap memory outlives its base array', async () => {
    await settle();
    let view: NDArray | undefined;
    (() => {
      const a = nd.full([200_000], 7, { dtype: 'float64' });
      view = plugin((a.data as Float64Array).subarray(50_000, 150_000), 100_000);
    })();
    await settle();
    const others = Array.from({ length: 8 }, () => nd.full([200_000], 9, { dtype: 'float64' }));
    expect(view?.disposed).toBe(false);
    expect(nd.max(view as NDArray)).toBe(7);
    expect(nd.min(view as NDArray)).toBe(7);
    for (const o of others) o.dispose();
  });

  test('views made over heap memory do not pin it once they are gone', async () => {
    await settle();
    const before = heapStats().bytesInUse;
    (() => {
      for (let i = 0; i < 10; i++) {
        const a = nd.full([200_000], i, { dtype: 'float64' });
        const v = plugin((a.data as Float64Array).subarray(10, 100_010), 100_000);
        add(v, a.index(':100000'));
        nd.where(nd.greater(v, 0), v, a.index('::2'));
      }
    })();
    for (let i = 0; i < 10 && heapStats().bytesInUse > before; i++) await settle();
    expect(heapStats().bytesInUse).toBeLessThanOrEqual(before);
  });
});

describe('disposed arrays', () => {
  test('the protocol descriptor of a disposed array is refused, not a window on reused memory', () => {
    const a = nd.full([100_000], 1, { dtype: 'float64' });
    expect(inHeap(a)).toBe(true);
    a.dispose();
    const b = nd.full([100_000], 5, { dtype: 'float64' }); // takes a's block
    const key = Symbol.for('stride.array');
    expect(() => (a as unknown as Record<symbol, () => unknown>)[key]?.()).toThrow(/disposed/);
    expect(() => nd.broadcastTo(a, [2, 100_000])).toThrow(/disposed/);
    b.dispose();
  });
});

describe('typed arrays taken from heap storage', () => {
  // A typed array cut from a heap array's storage (subarray) counts as a reference to its block
  // (storage typed arrays are a subclass whose species constructor registers the view), so the
  // block is not reused while the subarray is reachable.
  test('a bare subarray of heap storage keeps its block alive (no use after free)', async () => {
    const gc = requireGc();
    let sub: Float64Array | undefined;
    (() => {
      sub = (nd.full([200_000], 7, { dtype: 'float64' }).data as Float64Array).subarray(0, 1000);
    })();
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    const others = Array.from({ length: 4 }, () => nd.full([200_000], 9, { dtype: 'float64' }));
    expect(sub?.[0]).toBe(7);
    for (const o of others) o.dispose();
  });
});
