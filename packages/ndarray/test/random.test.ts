// random: bit-for-bit against NumPy's np.random.default_rng (fixtures from scripts/gen_random_fixtures.py).
// Every comparison is exact (0 ulps): Object.is on doubles, === on integers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NDArray } from '../src/ndarray.js';
import { DTypeError, ValueError } from '../src/errors.js';
import { Generator, PCG64, SeedSequence, defaultRng } from '../src/random/index.js';
import type { IntegerDType } from '../src/random/index.js';
import { decode, type Enc } from '../../../test/fixtures.js';

interface IntCase {
  args: [string, string, number | number[], IntegerDType, boolean];
  out: Enc;
}
interface SeedCase {
  seedseq32: Enc;
  seedseq64: Enc;
  state: [string, string];
  raw: Enc;
  random: Enc;
  randomScalar: number[];
  random32: Enc;
  randomAfter32: Enc;
  integers: IntCase[];
  integersTail: Enc;
  integersScalar: [string, string, number, number, boolean, number, string];
  normal: Enc;
  normalScalar: number[];
  normal32: Enc;
  normalLoc: Enc;
  uniform: Enc;
  exponential: Enc;
  stdExponential: Enc;
  distTail: Enc;
  sha: {
    random: string;
    normal: string;
    normal32: string;
    normal32Tail: [number, number][];
    exponential: string;
    int32: string;
    tail: Enc;
  };
  choice: {
    replace: Enc;
    replaceScalar: number;
    p: Enc;
    noReplace: Enc;
    noReplaceNoShuffle: Enc;
    floyd: Enc;
    tailShuffle: string;
    pNoReplace: Enc;
    array: Enc;
    rows: Enc;
    tail: Enc;
  };
  permutation: { int: Enc; rows: Enc; shuffle: Enc; big: string; tail: Enc };
  spawn: Enc[];
  advance: Enc;
  jumped: Enc;
}
interface Fixtures {
  numpy: string;
  seeds: Record<string, string | number[]>;
  cases: Record<string, SeedCase>;
}

const FX: Fixtures = JSON.parse(readFileSync(new URL('./fixtures/random.json', import.meta.url), 'utf8'));
const SEEDS = Object.entries(FX.seeds).map(([name, v]) => [name, typeof v === 'string' ? BigInt(v) : v] as const);

/** The flat elements of an NDArray (C order; all our results are contiguous). */
function flat(a: NDArray): unknown[] {
  return Array.from(a.data as ArrayLike<unknown>);
}
function exact(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) {
      throw new Error(`element ${i}: got ${actual[i]}, NumPy has ${expected[i]}`);
    }
  }
}
/** The flat values of a fixture stream: doubles, or 64-bit integers as decimal strings. */
function nums(e: Enc): number[] {
  return Array.from(decode(e).data as Float64Array);
}
function strs(e: Enc): string[] {
  return Array.from(decode(e).data as ArrayLike<unknown>, String);
}
function floats(a: NDArray): number[] {
  return Array.from(a.data as Float64Array | Float32Array);
}
function bigs(a: NDArray): string[] {
  return flat(a).map((v) => String(v));
}
function sha(data: ArrayBufferView): string {
  return createHash('sha256')
    .update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    .digest('hex');
}

describe.each(SEEDS)('seed %s', (name, seed) => {
  const fx = FX.cases[name] as SeedCase;

  it('SeedSequence(seed).generateState matches NumPy (uint32 and uint64)', () => {
    const ss = new SeedSequence(seed);
    expect(Array.from(ss.generateState(8))).toEqual(nums(fx.seedseq32));
    expect(Array.from(ss.generateState(4, 'uint64'), String)).toEqual(strs(fx.seedseq64));
  });

  it('PCG64(seed) has NumPy state and randomRaw stream', () => {
    const bg = new PCG64(seed);
    expect([String(bg.state.state.state), String(bg.state.state.inc)]).toEqual(fx.state);
    expect(bigs(bg.randomRaw(8))).toEqual(strs(fx.raw));
  });

  it('random(20), random() x3, random(9, float32) then random(2)', () => {
    const rng = defaultRng(seed);
    exact(floats(rng.random(20)), nums(fx.random));
    exact([rng.random(), rng.random(), rng.random()], fx.randomScalar);
    const r32 = rng.random(9, { dtype: 'float32' });
    expect(r32.dtype).toBe('float32');
    exact(floats(r32), nums(fx.random32));
    exact(floats(rng.random(2)), nums(fx.randomAfter32));
  });

  it('integers over every dtype and special range, one generator in sequence', () => {
    const rng = defaultRng(seed);
    for (const c of fx.integers) {
      const [low, high, size, dtype, endpoint] = c.args;
      const a = rng.integers(BigInt(low), BigInt(high), size, { dtype, endpoint });
      const label = `integers(${low}, ${high}, ${JSON.stringify(size)}, ${dtype}, endpoint=${endpoint})`;
      expect(a.dtype, label).toBe(dtype);
      const want = decode(c.out);
      expect(a.shape, label).toEqual(want.shape);
      expect(flat(a), label).toEqual(Array.from(want.data as ArrayLike<unknown>));
    }
    exact(floats(rng.random(2)), nums(fx.integersTail));
  });

  it('integers with size undefined returns JS scalars of the dtype', () => {
    const rng = defaultRng(seed);
    const got = [
      rng.integers(10),
      rng.integers(-7, 7),
      rng.integers(0, 1000, undefined, { dtype: 'int32' }),
      rng.integers(0, 1000, null, { dtype: 'int32' }),
      rng.integers(0, 2, undefined, { dtype: 'bool' }),
      rng.integers(0, 200, undefined, { dtype: 'uint8' }),
      rng.integers(0, 2 ** 50, undefined, { dtype: 'uint64' }),
    ];
    expect(typeof got[0]).toBe('bigint');
    expect(typeof got[2]).toBe('number');
    expect(typeof got[4]).toBe('boolean');
    expect(got.map((v) => (typeof v === 'bigint' ? String(v) : v))).toEqual(fx.integersScalar);
  });

  it('standardNormal (float64, float32), normal, uniform, exponential in sequence', () => {
    const rng = defaultRng(seed);
    exact(floats(rng.standardNormal(200)), nums(fx.normal));
    exact([rng.standardNormal(), rng.standardNormal(), rng.standardNormal()], fx.normalScalar);
    const n32 = rng.standardNormal(201, { dtype: 'float32' });
    expect(n32.dtype).toBe('float32');
    exact(floats(n32), nums(fx.normal32));
    exact(floats(rng.normal(3, 2.5, 50)), nums(fx.normalLoc));
    exact(floats(rng.uniform(-2, 5, 50)), nums(fx.uniform));
    exact(floats(rng.exponential(2, 100)), nums(fx.exponential));
    exact(floats(rng.standardExponential(20)), nums(fx.stdExponential));
    exact(floats(rng.random(2)), nums(fx.distTail));
  });

  it('10^6-draw streams hash to NumPy bytes (random, normal, normal f32, exponential, int32)', () => {
    const rng = defaultRng(seed);
    const n = 1_000_000;
    expect(sha(rng.random(n).data)).toBe(fx.sha.random);
    expect(sha(rng.standardNormal(n).data)).toBe(fx.sha.normal);
    // float32: NumPy's tail draws (|x| > 3.654) call the platform's log1pf, which glibc before
    // 2.41 does not round correctly; ours is correctly rounded. Everything outside the tail must
    // match exactly, tail positions too, and tail values within 1 ulp (0 ulp in all but ~1e-6 of draws).
    const n32 = rng.standardNormal(n, { dtype: 'float32' }).data as Float32Array;
    const tails = fx.sha.normal32Tail;
    let offByOneUlp = 0;
    for (const [i, v] of tails) {
      const ours = n32[i] as number;
      if (!Object.is(ours, v)) {
        expect(Math.abs(ours - v)).toBeLessThanOrEqual(2 ** (Math.floor(Math.log2(Math.abs(v))) - 23));
        offByOneUlp++;
      }
      n32[i] = 0;
    }
    expect(offByOneUlp).toBeLessThanOrEqual(3);
    let extraTails = 0;
    for (let i = 0; i < n; i++) if (Math.abs(n32[i] as number) >= 3.654152885361009) extraTails++;
    expect(extraTails).toBe(0);
    expect(sha(n32)).toBe(fx.sha.normal32);
    expect(sha(rng.standardExponential(n).data)).toBe(fx.sha.exponential);
    expect(sha(rng.integers(0, 1000, n, { dtype: 'int32' }).data)).toBe(fx.sha.int32);
    exact(floats(rng.random(2)), nums(fx.sha.tail));
  });

  it('choice: replace, p, without replacement (Floyd and tail shuffle), weighted, from arrays', () => {
    const rng = defaultRng(seed);
    const ch = fx.choice;
    expect(bigs(rng.choice(10, 20))).toEqual(strs(ch.replace));
    expect(rng.choice(10)).toBe(ch.replaceScalar);
    expect(bigs(rng.choice(5, 20, { p: [0.1, 0.2, 0.3, 0.15, 0.25] }))).toEqual(strs(ch.p));
    expect(bigs(rng.choice(10, 5, { replace: false }))).toEqual(strs(ch.noReplace));
    expect(bigs(rng.choice(10, 5, { replace: false, shuffle: false }))).toEqual(strs(ch.noReplaceNoShuffle));
    expect(bigs(rng.choice(20000, 100, { replace: false }))).toEqual(strs(ch.floyd));
    expect(sha(rng.choice(20000, 1000, { replace: false }).data)).toBe(ch.tailShuffle);
    expect(bigs(rng.choice(6, 4, { replace: false, p: [0.05, 0.3, 0.1, 0.25, 0.2, 0.1] }))).toEqual(
      strs(ch.pNoReplace),
    );
    const fromArray = rng.choice(new Float64Array([1.5, 2.5, 3.5, 4.5]), [2, 3]);
    expect(fromArray.shape).toEqual([2, 3]);
    exact(floats(fromArray), nums(ch.array));
    const grid = new NDArray(
      'float64',
      Float64Array.from({ length: 12 }, (_, i) => i),
      [4, 3],
    );
    const rows = rng.choice(grid, 2, { replace: false });
    expect(rows.shape).toEqual([2, 3]);
    exact(floats(rows), nums(ch.rows));
    exact(floats(rng.random(2)), nums(ch.tail));
  });

  it('permutation(int), permutation(2-d), shuffle(1-d) and a 10^5 permutation', () => {
    const rng = defaultRng(seed);
    const pm = fx.permutation;
    const p = rng.permutation(10);
    expect(p.dtype).toBe('int64');
    expect(bigs(p)).toEqual(strs(pm.int));
    const grid = new NDArray(
      'float64',
      Float64Array.from({ length: 15 }, (_, i) => i),
      [5, 3],
    );
    const rows = rng.permutation(grid);
    expect(rows.shape).toEqual([5, 3]);
    exact(floats(rows), nums(pm.rows));
    expect(Array.from(grid.data as Float64Array)).toEqual(Array.from({ length: 15 }, (_, i) => i)); // a copy
    const a = new NDArray(
      'int64',
      BigInt64Array.from({ length: 12 }, (_, i) => BigInt(i)),
      [12],
    );
    rng.shuffle(a);
    expect(bigs(a)).toEqual(strs(pm.shuffle));
    expect(sha(rng.permutation(100_000).data)).toBe(pm.big);
    exact(floats(rng.random(2)), nums(pm.tail));
  });

  it('spawn, advance and jumped match NumPy', () => {
    const kids = defaultRng(seed).spawn(2);
    for (const [i, k] of kids.entries()) exact(floats(k.random(3)), nums(fx.spawn[i] as Enc));
    expect(bigs(new PCG64(seed).advance(12345).randomRaw(2))).toEqual(strs(fx.advance));
    expect(bigs(new PCG64(seed).jumped(3).randomRaw(2))).toEqual(strs(fx.jumped));
  });
});

describe('PCG64 semantics', () => {
  it('next32 serves the low then the high half of one 64-bit word', () => {
    const a = new PCG64(7);
    const b = new PCG64(7);
    const w = b.next64();
    expect(a.next32()).toBe(Number(w & 0xffffffffn));
    expect(a.next32()).toBe(Number(w >> 32n));
    expect(a.next64()).toBe(b.next64());
  });

  it('a 64-bit draw between two 32-bit draws keeps the buffered half', () => {
    const a = new PCG64(9);
    const b = new PCG64(9);
    const w0 = b.next64();
    const w1 = b.next64();
    expect(a.next32()).toBe(Number(w0 & 0xffffffffn));
    expect(a.next64()).toBe(w1);
    expect(a.next32()).toBe(Number(w0 >> 32n));
  });

  it('state round-trips, and advance(n) equals n steps and drops the buffered half', () => {
    const a = new PCG64(3);
    a.next32();
    expect(a.state.hasUint32).toBe(1);
    const saved = a.state;
    const x = a.next64();
    a.state = saved;
    expect(a.next64()).toBe(x);
    const b = new PCG64(3);
    const c = new PCG64(3);
    b.advance(5);
    for (let i = 0; i < 5; i++) c.next64();
    expect(b.next64()).toBe(c.next64());
    c.next32();
    c.advance(0);
    expect(c.state.hasUint32).toBe(0);
  });

  it('advance(-1) undoes one step', () => {
    const a = new PCG64(11);
    const before = a.state.state.state;
    a.next64();
    a.advance(-1);
    expect(a.state.state.state).toBe(before);
  });

  it('fillDouble equals repeated nextDouble', () => {
    const a = new PCG64(5);
    const b = new PCG64(5);
    const out = new Float64Array(50);
    a.fillDouble(out, 0, 50);
    exact(
      out,
      Array.from({ length: 50 }, () => b.nextDouble()),
    );
    expect(a.next64()).toBe(b.next64());
  });
});

describe('Generator API', () => {
  it('size undefined gives a number, size 0 an empty array, a tuple a shaped array', () => {
    const rng = defaultRng(1);
    expect(typeof rng.random()).toBe('number');
    expect(typeof rng.standardNormal()).toBe('number');
    expect(typeof rng.normal()).toBe('number');
    expect(typeof rng.uniform()).toBe('number');
    expect(typeof rng.exponential()).toBe('number');
    for (const a of [
      rng.random(0),
      rng.standardNormal(0),
      rng.integers(0, 5, 0),
      rng.normal(0, 1, 0),
      rng.choice(5, 0),
    ]) {
      expect(a.shape).toEqual([0]);
      expect(a.size).toBe(0);
    }
    expect(rng.random([2, 0, 3]).shape).toEqual([2, 0, 3]);
    expect(rng.random([]).shape).toEqual([]);
    expect(rng.random([]).ndim).toBe(0);
    expect(rng.integers(0, 5, [2, 3, 4]).shape).toEqual([2, 3, 4]);
  });

  it('size 0 consumes no draws', () => {
    const a = defaultRng(4);
    const b = defaultRng(4);
    a.random(0);
    a.standardNormal(0);
    a.integers(0, 10, 0);
    expect(a.random()).toBe(b.random());
  });

  it('integers(5, 6) (a single value) consumes no draws', () => {
    const a = defaultRng(4);
    const b = defaultRng(4);
    expect(flat(a.integers(5, 6, 3))).toEqual([5n, 5n, 5n]);
    expect(a.random()).toBe(b.random());
  });

  it('defaultRng accepts a Generator, a bit generator, a SeedSequence and a bigint', () => {
    const g = defaultRng(8);
    expect(defaultRng(g)).toBe(g);
    const bg = new PCG64(8);
    expect(defaultRng(bg).bitGenerator).toBe(bg);
    expect(defaultRng(new SeedSequence(8)).random()).toBe(defaultRng(8).random());
    expect(defaultRng(8n).random()).toBe(defaultRng(8).random());
    expect(defaultRng(new PCG64(8))).toBeInstanceOf(Generator);
  });

  it('defaultRng() with no seed draws fresh entropy', () => {
    expect(defaultRng().random()).not.toBe(defaultRng().random());
  });

  it('shuffle moves whole rows of a 2-d array and handles strided views and JS arrays', () => {
    const data = Float64Array.from({ length: 12 }, (_, i) => i);
    const a = new NDArray('float64', data, [4, 3]);
    defaultRng(2).shuffle(a);
    const rows = Array.from({ length: 4 }, (_, i) => Array.from(data.slice(3 * i, 3 * i + 3)));
    for (const r of rows) expect(r).toEqual([r[0] as number, (r[0] as number) + 1, (r[0] as number) + 2]);
    // Same draws as shuffling 0..3.
    const idx = [0, 1, 2, 3];
    defaultRng(2).shuffle(idx);
    expect(rows.map((r) => (r[0] as number) / 3)).toEqual(idx);
    // A transposed (non-contiguous) view: rows of the view are columns of the storage.
    const base = Float64Array.from({ length: 6 }, (_, i) => i);
    const t = new NDArray('float64', base, [3, 2], [1, 3]);
    defaultRng(5).shuffle(t);
    const order = [0, 1, 2];
    defaultRng(5).shuffle(order);
    expect(Array.from(base)).toEqual([
      order[0],
      order[1],
      order[2],
      (order[0] as number) + 3,
      (order[1] as number) + 3,
      (order[2] as number) + 3,
    ]);
  });

  it('shuffle of a complex array swaps both parts', () => {
    const data = new Float64Array([0, 10, 1, 11, 2, 12]);
    const a = new NDArray('complex128', data, [3]);
    defaultRng(0).shuffle(a);
    for (let i = 0; i < 3; i++) expect(data[2 * i + 1]).toBe((data[2 * i] as number) + 10);
  });

  it('choice from a JS array returns elements; scalar choice from an array returns one element', () => {
    const rng = defaultRng(3);
    const v = rng.choice([10, 20, 30]);
    expect([10, 20, 30]).toContain(v);
  });
});

describe('TSDoc examples', () => {
  it('hold as written', () => {
    expect(Array.from(new SeedSequence(0).generateState(4))).toEqual([2968811710, 3677149159, 745650761, 2884920346]);
    expect(Array.from(new SeedSequence(0).generateState(2, 'uint64'))).toEqual([
      15793235383387715774n,
      12390638538380655177n,
    ]);
    const bg = new PCG64(0);
    expect(bg.next64()).toBe(11749869230777074271n);
    expect(bg.nextDouble()).toBe(0.2697867137638703);
    const s = new PCG64(0);
    s.step();
    expect([s.hi, s.lo]).toEqual([2735729615, 3653403231]);
    const h = new PCG64(0);
    expect([h.next32(), h.next32()]).toEqual([3653403231, 2735729615]);
    expect(new PCG64(0).nextFloat()).toBe(0.8506242036819458);
    expect(new PCG64(0).state.state.inc).toBe(87136372517582989555478159403783844777n);
    expect(flat(new PCG64(0).randomRaw(2))).toEqual([11749869230777074271n, 4976686463289251617n]);
    const rng = defaultRng(42);
    expect(floats(rng.random(3))).toEqual([0.7739560485559633, 0.4388784397520523, 0.8585979199113825]);
    expect(rng.integers(0, 10)).toBe(0n);
    expect(flat(defaultRng(42).integers(0, 100, 5))).toEqual([8n, 77n, 65n, 43n, 43n]);
    expect(flat(defaultRng(42).integers(0, 100, 5, { dtype: 'int32' }))).toEqual([8, 77, 65, 43, 43]);
    expect(defaultRng(0).random()).toBe(0.6369616873214543);
    expect(defaultRng(0).standardNormal()).toBe(0.1257302210933933);
    expect(defaultRng(0).uniform(-1, 1)).toBe(0.2739233746429086);
    expect(flat(defaultRng(0).choice(5, 3))).toEqual([4n, 3n, 2n]);
    expect(defaultRng(0).choice(2, undefined, { p: [0.1, 0.9] })).toBe(1);
    expect(flat(defaultRng(1).permutation(10))).toEqual([8n, 4n, 7n, 0n, 1n, 2n, 5n, 9n, 6n, 3n]);
    expect(floats(defaultRng(12345).standardNormal(2))).toEqual([-1.4238250364546312, 1.2637284581291104]);
  });
});

describe('bad arguments', () => {
  const rng = defaultRng(0);
  it('integers: high <= low, out of dtype bounds, non-integer bounds, bad dtype', () => {
    expect(() => rng.integers(5, 5)).toThrow(ValueError);
    expect(() => rng.integers(5, 5)).toThrow(/low >= high/);
    expect(() => rng.integers(0)).toThrow(/high <= 0/);
    expect(() => rng.integers(5, 4, undefined, { endpoint: true })).toThrow(/low > high/);
    expect(() => rng.integers(-1, 5, undefined, { dtype: 'uint8' })).toThrow(/low is out of bounds for uint8/);
    expect(() => rng.integers(0, 300, undefined, { dtype: 'uint8' })).toThrow(/high is out of bounds for uint8/);
    expect(() => rng.integers(0, 2n ** 64n, 2, { dtype: 'int64' })).toThrow(/high is out of bounds for int64/);
    expect(() => rng.integers(0.5, 3)).toThrow(ValueError);
    expect(() => rng.integers(0, 3, 2, { dtype: 'float64' as never })).toThrow(DTypeError);
  });

  it('negative scale, bad uniform range, bad dtype', () => {
    expect(() => rng.normal(0, -1)).toThrow(/scale < 0/);
    expect(() => rng.normal(0, -0)).toThrow(ValueError);
    expect(() => rng.exponential(-2)).toThrow(/scale < 0/);
    expect(() => rng.uniform(2, 1)).toThrow(/high - low < 0/);
    expect(() => rng.uniform(0, Number.POSITIVE_INFINITY)).toThrow(/exceeds valid bounds/);
    expect(() => rng.random(3, { dtype: 'int32' as never })).toThrow(DTypeError);
    expect(() => rng.random(-1)).toThrow(ValueError);
    expect(() => rng.random([2, 1.5])).toThrow(ValueError);
  });

  it('choice: p not summing to 1, negative, NaN, wrong length; too large a sample; empty population', () => {
    expect(() => rng.choice(3, 2, { p: [0.5, 0.6, 0.1] })).toThrow(/sum to 1/);
    expect(() => rng.choice(3, 2, { p: [0.5, 0.6, -0.1] })).toThrow(/non-negative/);
    expect(() => rng.choice(3, 2, { p: [0.5, Number.NaN, 0.5] })).toThrow(/NaN/);
    expect(() => rng.choice(5, 2, { p: [0.5, 0.5] })).toThrow(/same size/);
    expect(() => rng.choice(3, 5, { replace: false })).toThrow(/larger sample/);
    expect(() => rng.choice(3, 2, { replace: false, p: [1, 0, 0] })).toThrow(/non-zero/);
    expect(() => rng.choice(0, 1)).toThrow(/positive integer/);
    expect(() => rng.choice([], 1)).toThrow(/empty/);
  });

  it('seeds: negative, fractional, unsafe', () => {
    expect(() => defaultRng(-1)).toThrow(ValueError);
    expect(() => defaultRng(-1n)).toThrow(/non-negative/);
    expect(() => defaultRng(1.5)).toThrow(ValueError);
    expect(() => defaultRng([1, -2])).toThrow(ValueError);
    expect(() => defaultRng(2 ** 60)).toThrow(/safe integer/);
    expect(() => new SeedSequence(1, { poolSize: 2 })).toThrow(ValueError);
  });

  it('shuffle/permutation of a 0-d array', () => {
    const z = new NDArray('float64', new Float64Array([1]), []);
    expect(() => rng.shuffle(z)).toThrow(ValueError);
    expect(() => rng.permutation(z)).toThrow(ValueError);
  });
});
