import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AxisError,
  DTypeError,
  IndexError,
  type NDArray,
  ShapeError,
  ValueError,
  arange,
  array,
  astype,
  copy,
  zeros,
} from '../src/index.js';
import type { DType } from '../src/index.js';
import { decode, type Enc, expectClose } from '../../../test/fixtures.js';
import { index, set } from '../src/indexing/index.js';
import {
  append,
  arraySplit,
  ascontiguousarray,
  asfortranarray,
  atleast1d,
  atleast2d,
  atleast3d,
  broadcastArrays,
  broadcastTo,
  columnStack,
  concatenate,
  copyto,
  del,
  dsplit,
  dstack,
  expandDims,
  flatten,
  flip,
  fliplr,
  flipud,
  hsplit,
  hstack,
  insert,
  moveaxis,
  pad,
  ravel,
  repeat,
  reshape,
  reshapeStrides,
  resize,
  roll,
  rot90,
  shapeArgs,
  split,
  squeeze,
  stack,
  swapaxes,
  tile,
  transpose,
  vsplit,
  vstack,
} from '../src/manipulation/index.js';

// Fixtures come from scripts/gen_manipulation_fixtures.py (NumPy 2.4). Integer results compare
// exactly; float results (pad's mean/linear_ramp) within rtol 1e-12 (float32: 1e-6).
type Encoded = number | string | null;
interface InputSpec {
  shape?: number[];
  dtype?: DType;
  base?: Encoded[];
  perm?: number[];
  bcast?: number[];
  values?: unknown;
}
/** A result in the shared fixture encoding and whether NumPy returned a view of an input. */
interface Out extends Enc {
  view: boolean;
}
interface Case {
  fn: string;
  in: InputSpec[];
  args: Record<string, unknown>;
  out?: Out | Out[];
  error?: string;
  message?: string;
}

const cases = (
  JSON.parse(readFileSync(new URL('./fixtures/manipulation.json', import.meta.url), 'utf8')) as { cases: Case[] }
).cases;

function make(spec: InputSpec): NDArray {
  const dtype = spec.dtype ?? 'int32';
  if (spec.values !== undefined) return array(spec.values as number[], { dtype });
  const shape = spec.shape as number[];
  let a = reshape(astype(arange(shape.reduce((p, q) => p * q, 1)), dtype), shape);
  if (spec.base) a = index(a, ...spec.base);
  if (spec.perm) a = transpose(a, spec.perm);
  if (spec.bcast) a = broadcastTo(a, spec.bcast);
  return a;
}

type Fn = (xs: NDArray[], g: Record<string, unknown>) => NDArray | NDArray[];
const n = (v: unknown): never => v as never;
const ADAPTERS: Record<string, Fn> = {
  reshape: ([a], g) => reshape(n(a), n(g.shape), n({ order: g.order, copy: g.copy })),
  ravel: ([a], g) => ravel(n(a), n(g.order)),
  flatten: ([a], g) => flatten(n(a), n(g.order)),
  transpose: ([a], g) => transpose(n(a), n(g.axes)),
  swapaxes: ([a], g) => swapaxes(n(a), n(g.axis1), n(g.axis2)),
  moveaxis: ([a], g) => moveaxis(n(a), n(g.source), n(g.destination)),
  expandDims: ([a], g) => expandDims(n(a), n(g.axis)),
  squeeze: ([a], g) => squeeze(n(a), n(g.axis)),
  atleast1d: ([a]) => atleast1d(n(a)),
  atleast2d: ([a]) => atleast2d(n(a)),
  atleast3d: ([a]) => atleast3d(n(a)),
  broadcastTo: ([a], g) => broadcastTo(n(a), n(g.shape)),
  broadcastArrays: (xs) => broadcastArrays(...xs),
  concatenate: (xs, g) => concatenate(xs, n(g)),
  stack: (xs, g) => stack(xs, n(g)),
  vstack: (xs) => vstack(xs),
  hstack: (xs) => hstack(xs),
  dstack: (xs) => dstack(xs),
  columnStack: (xs) => columnStack(xs),
  append: ([a, b], g) => append(n(a), n(b), n(g)),
  split: ([a], g) => split(n(a), n(g.indicesOrSections), { axis: n(g.axis) }),
  arraySplit: ([a], g) => arraySplit(n(a), n(g.indicesOrSections), { axis: n(g.axis) }),
  hsplit: ([a], g) => hsplit(n(a), n(g.indicesOrSections)),
  vsplit: ([a], g) => vsplit(n(a), n(g.indicesOrSections)),
  dsplit: ([a], g) => dsplit(n(a), n(g.indicesOrSections)),
  flip: ([a], g) => flip(n(a), n(g.axis)),
  fliplr: ([a]) => fliplr(n(a)),
  flipud: ([a]) => flipud(n(a)),
  rot90: ([a], g) => rot90(n(a), n(g.k), n(g.axes)),
  roll: ([a], g) => roll(n(a), n(g.shift), { axis: n(g.axis) }),
  tile: ([a], g) => tile(n(a), n(g.reps)),
  repeat: ([a], g) => repeat(n(a), n(g.repeats), { axis: n(g.axis) }),
  pad: ([a], g) =>
    pad(n(a), n(g.padWidth), {
      mode: n(g.mode),
      ...(g.constantValues !== undefined ? { constantValues: n(g.constantValues) } : {}),
      ...(g.endValues !== undefined ? { endValues: n(g.endValues) } : {}),
      ...(g.statLength !== undefined ? { statLength: n(g.statLength) } : {}),
    }),
  resize: ([a], g) => resize(n(a), n(g.shape)),
  insert: ([a], g) => insert(n(a), n(g.obj), n(g.values), { axis: n(g.axis) }),
  delete: ([a], g) => {
    const obj = g.obj as { b?: boolean[] } | number;
    return del(n(a), typeof obj === 'object' && obj !== null && 'b' in obj ? array(obj.b as boolean[]) : n(obj), {
      axis: n(g.axis),
    });
  },
  copyto: ([d, s], g) => {
    const dst = copy(n(d));
    copyto(dst, n(s), g.where === undefined ? {} : { where: n(g.where) });
    return dst;
  },
  ascontiguousarray: ([a]) => ascontiguousarray(n(a)),
  asfortranarray: ([a]) => asfortranarray(n(a)),
};

const ERRORS: Record<string, new (m: string) => Error> = { IndexError, ValueError, ShapeError, AxisError, DTypeError };

function check(r: NDArray, out: Out, inputs: NDArray[], fn: string): void {
  expect(r.shape).toEqual(out.shape);
  expect(r.dtype).toBe(out.dtype);
  const want = decode(out);
  const float = r.dtype === 'float64' || r.dtype === 'float32';
  if (float && fn === 'pad') {
    const rtol = r.dtype === 'float32' ? 1e-6 : 1e-12;
    expectClose(r, want, { rtol, atol: rtol }, fn);
  } else expect(ravel(r).toArray()).toEqual(ravel(want).toArray());
  // Same storage, not merely the same buffer: small arrays share slabs (see core/small.ts).
  const shares = inputs.some((x) => x.data.buffer === r.data.buffer && x.data.byteOffset === r.data.byteOffset);
  // NumPy cannot tell an empty view from a copy (np.shares_memory is false); skip those.
  if (out.shape.every((d) => d > 0)) expect({ fn, shares }).toEqual({ fn, shares: out.view });
}

describe('manipulation against NumPy 2.4', () => {
  for (const c of cases) {
    it(`${c.fn}(${JSON.stringify(c.in).slice(0, 80)}, ${JSON.stringify(c.args).slice(0, 80)})`, () => {
      const adapter = ADAPTERS[c.fn];
      if (adapter === undefined) throw new Error(`no adapter for ${c.fn}`);
      const inputs = c.in.map(make);
      const before = inputs.map((x) => x.toArray());
      if (c.error !== undefined) {
        expect(() => adapter(inputs, c.args)).toThrow(ERRORS[c.error] as new (m: string) => Error);
        expect(inputs.map((x) => x.toArray())).toEqual(before);
        return;
      }
      const r = adapter(inputs, c.args);
      if (Array.isArray(c.out)) {
        const rs = Array.isArray(r) ? r : [r];
        expect(rs.length).toBe(c.out.length);
        rs.forEach((x, i) => {
          check(x, (c.out as Out[])[i] as Out, inputs, c.fn);
        });
      } else check(r as NDArray, c.out as Out, inputs, c.fn);
      if (c.fn !== 'copyto') expect(inputs.map((x) => x.toArray())).toEqual(before);
    });
  }
});

describe('views write through', () => {
  it('reshape of a contiguous array is a view', () => {
    const a = arange(6);
    const b = reshape(a, [2, 3]);
    set(b, 99, 1, 1);
    expect(a.get(4)).toBe(99);
  });
  it('flip returns a view with negative strides', () => {
    const a = arange(4);
    const f = flip(a);
    expect(f.strides).toEqual([-1]);
    set(f, -1, 0);
    expect(a.toArray()).toEqual([0, 1, 2, -1]);
  });
  it('transpose/swapaxes/moveaxis/expandDims/squeeze/split share storage', () => {
    const a = reshape(arange(24), [2, 3, 4]);
    for (const v of [
      transpose(a),
      swapaxes(a, 0, 1),
      moveaxis(a, 0, -1),
      expandDims(a, 1),
      squeeze(expandDims(a, 0)),
      ...split(a, 2, { axis: 2 }),
    ]) {
      expect(v.data).toBe(a.data);
    }
  });
  it('broadcastTo is read-only', () => {
    const b = broadcastTo([1, 2, 3], [2, 3]);
    expect(b.readonly).toBe(true);
    expect(b.strides).toEqual([0, 1]);
    expect(() => set(b, 0, 0)).toThrow(/read-only/);
  });
  it('flatten always copies; ravel of a transposed array copies', () => {
    const a = reshape(arange(6), [2, 3]);
    expect(flatten(a).data).not.toBe(a.data);
    expect(ravel(a).data).toBe(a.data);
    expect(ravel(transpose(a)).data).not.toBe(a.data);
    expect(ravel(transpose(a), 'F').data).toBe(a.data);
  });
});

describe('errors name the shapes', () => {
  it('reshape: cannot reshape array of size 6 into shape [4, 2]', () => {
    expect(() => reshape(arange(6), [4, 2])).toThrow(
      new ShapeError('reshape: cannot reshape array of size 6 into shape [4, 2]'),
    );
  });
  it('concatenate names the mismatching dimension', () => {
    expect(() => concatenate([zeros([2, 3]), zeros([2, 2])])).toThrow(
      'concatenate: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2',
    );
  });
  it('squeeze of a non-unit axis', () => {
    expect(() => squeeze(zeros([2, 1]), 0)).toThrow(ValueError);
  });
});

describe('method helpers and dtypes', () => {
  it('shapeArgs accepts (2, 3) and ([2, 3])', () => {
    expect(shapeArgs([2, 3])).toEqual([2, 3]);
    expect(shapeArgs([[2, 3]])).toEqual([2, 3]);
    expect(shapeArgs([])).toEqual([]);
    expect(() => shapeArgs([2, [3]])).toThrow(ValueError);
  });
  it('complex and int64 arrays move through repeat/tile/pad/concatenate', () => {
    const z = array([
      { re: 1, im: 2 },
      { re: 3, im: 4 },
    ]);
    expect(repeat(z, 2).toArray()).toEqual([
      { re: 1, im: 2 },
      { re: 1, im: 2 },
      { re: 3, im: 4 },
      { re: 3, im: 4 },
    ]);
    expect(tile(z, 2).size).toBe(4);
    expect(pad(z, 1, { mode: 'wrap' }).toArray()).toEqual([
      { re: 3, im: 4 },
      { re: 1, im: 2 },
      { re: 3, im: 4 },
      { re: 1, im: 2 },
    ]);
    expect(concatenate([z, [5]]).toArray()).toEqual([
      { re: 1, im: 2 },
      { re: 3, im: 4 },
      { re: 5, im: 0 },
    ]);
    const b = array([1n, 2n]);
    expect(roll(b, 1).toArray()).toEqual([2n, 1n]);
    expect(resize(b, [3]).toArray()).toEqual([1n, 2n, 1n]);
  });
});

describe('properties', () => {
  const shapeArb = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 });
  it('transpose(transpose(a, p), inverse(p)) is a', () => {
    fc.assert(
      fc.property(
        shapeArb.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(
              s.map((_, i) => i),
              { minLength: s.length, maxLength: s.length },
            ),
          ),
        ),
        ([shape, perm]) => {
          const a = reshape(arange(shape.reduce((p, q) => p * q, 1)), shape);
          const inv = new Array<number>(perm.length);
          perm.forEach((p, i) => {
            inv[p] = i;
          });
          const t = transpose(a, perm);
          expect(t.shape).toEqual(perm.map((p) => shape[p]));
          const back = transpose(t, inv);
          expect(back.shape).toEqual(a.shape);
          expect(back.strides).toEqual(a.strides);
          expect(back.toArray()).toEqual(a.toArray());
          expect(back.data).toBe(a.data);
        },
      ),
    );
  });

  /**
   * The no-copy contract, checked by brute force: a reshape can be a view exactly when the
   * storage offsets of the elements (in C order) are an affine function of the new multi-index.
   */
  function viewPossible(a: NDArray, newShape: number[]): boolean {
    const offs: number[] = [];
    const rec = (d: number, off: number): void => {
      if (d === a.ndim) {
        offs.push(off);
        return;
      }
      for (let i = 0; i < (a.shape[d] as number); i++) rec(d + 1, off + i * (a.strides[d] as number));
    };
    rec(0, a.offset);
    if (offs.length === 0) return true;
    const cs = newShape.map((_, i) => newShape.slice(i + 1).reduce((p, q) => p * q, 1));
    const strides = newShape.map((d, i) => (d > 1 ? (offs[cs[i] as number] as number) - (offs[0] as number) : 0));
    return offs.every((o, k) => {
      let rem = k;
      let expect = offs[0] as number;
      newShape.forEach((_, i) => {
        const q = Math.floor(rem / (cs[i] as number));
        rem -= q * (cs[i] as number);
        expect += q * (strides[i] as number);
      });
      return o === expect;
    });
  }

  const stepArb = fc.constantFrom(':', '::2', '::-1', '1:', ':1', '1::2', '::-2');
  it('reshape of a strided array copies exactly when no view exists (and the values are right)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(stepArb, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }),
        (shape, steps, doTranspose, cuts) => {
          let a = reshape(
            arange(shape.reduce((p, q) => p * 2 * q, 1)),
            shape.map((d) => 2 * d),
          );
          a = index(a, ...steps.slice(0, shape.length));
          if (doTranspose) a = transpose(a);
          if (a.size === 0) return;
          // A random factorisation of the size, with a length-1 axis now and then.
          const target: number[] = [];
          let rem = a.size;
          for (const c of cuts) {
            if (rem === 1) break;
            const divs: number[] = [];
            for (let d = 2; d <= rem; d++) if (rem % d === 0) divs.push(d);
            const d = divs[c % divs.length] as number;
            target.push(d);
            rem /= d;
            if (c % 3 === 0) target.push(1);
          }
          if (rem > 1) target.push(rem);
          const r = reshape(a, target);
          expect(r.data === a.data).toBe(viewPossible(a, target));
          expect(ravel(r).toArray()).toEqual(flatten(a).toArray());
          // The stride algorithm alone (without the contiguous shortcut) reaches the same verdict.
          expect(reshapeStrides(a.shape, a.strides, target) !== null).toBe(viewPossible(a, target));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('concatenate then split gives the pieces back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (lens, cols) => {
          let start = 0;
          const parts = lens.map((l) => {
            const p = reshape(arange(start, start + l * cols), [l, cols]);
            start += l * cols;
            return p;
          });
          const joined = concatenate(parts);
          const points: number[] = [];
          let at = 0;
          for (const l of lens.slice(0, -1)) {
            at += l;
            points.push(at);
          }
          const back = split(joined, points);
          back.forEach((b, i) => {
            expect(b.toArray()).toEqual((parts[i] as NDArray).toArray());
          });
        },
      ),
    );
  });

  it('flip twice is the identity view; roll by n is the identity', () => {
    fc.assert(
      fc.property(shapeArb, fc.integer({ min: -10, max: 10 }), (shape, k) => {
        const a = reshape(arange(shape.reduce((p, q) => p * q, 1)), shape);
        expect(flip(flip(a)).toArray()).toEqual(a.toArray());
        if (a.ndim > 0) {
          const len = a.shape[0] as number;
          expect(roll(a, k * len, { axis: 0 }).toArray()).toEqual(a.toArray());
        }
      }),
    );
  });
});
