import { describe, expect, it } from 'vitest';
// The lean entry first: importing it must leave NDArray.prototype as the class defines it.
import * as lean from '../src/lean.js';

const SUGAR = ['sum', 'reshape', 'add', 'index', 'sort', 'var', 'astype'];

describe('methods: sugar attached by the main entry only', () => {
  it('importing @stride/ndarray/lean attaches no methods', () => {
    for (const name of SUGAR) expect(Object.hasOwn(lean.NDArray.prototype, name)).toBe(false);
    expect(lean.sum(lean.array([1, 2, 3], { dtype: 'float64' }))).toBe(6);
  });

  it('importing @stride/ndarray attaches them, non-enumerable like class methods', async () => {
    const nd = await import('../src/index.js');
    expect(nd.NDArray).toBe(lean.NDArray);
    for (const name of SUGAR) {
      const d = Object.getOwnPropertyDescriptor(nd.NDArray.prototype, name);
      expect(d?.enumerable).toBe(false);
      expect(typeof d?.value).toBe('function');
    }
    expect(Object.keys(nd.array([1]))).not.toContain('sum');
  });

  it('a method forwards its arguments unchanged: a.f(...args) is f(a, ...args)', async () => {
    const nd = await import('../src/index.js');
    const a = nd.arange(12).reshape(3, 4);
    expect((a.sum({ axis: 0 }) as InstanceType<typeof nd.NDArray>).toArray()).toEqual(
      (nd.sum(a, { axis: 0 }) as InstanceType<typeof nd.NDArray>).toArray(),
    );
    expect((a.sum({ axis: 1, keepdims: true }) as InstanceType<typeof nd.NDArray>).shape).toEqual([3, 1]);
    expect(a.var()).toBe(nd.variance(a));
    expect(a.add(1).toArray()).toEqual(nd.add(a, 1).toArray());
    expect(a.index('1:', '::2').toArray()).toEqual(nd.index(a, '1:', '::2').toArray());
    // Validation lives in the function: the method raises the function's error.
    let fnError: unknown;
    try {
      nd.sum(a, { axis: 5 });
    } catch (e) {
      fnError = e;
    }
    expect(() => a.sum({ axis: 5 })).toThrow((fnError as Error).message);
  });

  it('a.sort() sorts in place and returns the array; a read-only array refuses', async () => {
    const nd = await import('../src/index.js');
    const a = nd.array([3, 1, 2]);
    expect(a.sort()).toBe(a);
    expect(a.toArray()).toEqual([1, 2, 3]);
    const r = new nd.NDArray('float64', new Float64Array([2, 1]), [2], undefined, 0, { readonly: true });
    expect(() => r.sort()).toThrow(nd.ValueError);
  });
});
