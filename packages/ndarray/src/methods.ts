/**
 * NumPy's ndarray methods (`a.sum()`, `a.reshape(2, 3)`, `a.add(b)`) as sugar over the functions.
 *
 * `ndarray.ts` is a leaf: the class knows its layout, storage and printing, and imports no
 * function family. This module sits above the families and attaches the methods to
 * `NDArray.prototype` when it is evaluated; the package's main entry (`@stride/ndarray`) imports
 * it, so every array has its methods there. The lean entry (`@stride/ndarray/lean`) does not, so a
 * bundle that imports a few functions from it carries only those functions.
 *
 * A method forwards its arguments unchanged to the function of the same name (`a.sum(...args)` is
 * `sum(a, ...args)`), so arguments are validated once, in the function, and the method accepts
 * exactly what the function accepts after its first parameter.
 */
import type { DType } from '@stride/protocol';
import { type ArrayInput, astype, copy } from './core/convert.js';
import { diagonal, index, nonzero, set, take } from './indexing/index.js';
import {
  expandDims,
  flatten,
  flip,
  ravel,
  repeat,
  reshape,
  type ReshapeOptions,
  shapeArgs,
  squeeze,
  swapaxes,
  transpose,
} from './manipulation/index.js';
import { NDArray, type Scalar } from './ndarray.js';
import { dot, matmul, trace } from './products/index.js';
import {
  all,
  any,
  argmax,
  argmin,
  cumprod,
  cumsum,
  max,
  mean,
  min,
  prod,
  ptp,
  std,
  sum,
  variance,
} from './reduce/index.js';
import { argsort, sort } from './sorting/index.js';
import { add, clip, conj, divide, multiply, negative, power, round, subtract } from './ufunc/index.js';

/**
 * One overload of a function, bound to an array: the overload without its first parameter. (No
 * check that `NDArray` fits that parameter: comparing `NDArray` with it while `NDArray` is being
 * defined from these very types makes TypeScript's instantiation too deep for consumers.)
 */
type Bound<A, O> = A extends readonly [unknown, ...infer R]
  ? (...args: R) => O
  : A extends readonly [unknown?, ...infer R]
    ? (...args: R) => O
    : unknown;

/**
 * The method form of a function: each of its overloads (up to six) without the first parameter,
 * with the overload's own result type.
 */
type Method<F> = F extends {
  (...args: infer A1): infer O1;
  (...args: infer A2): infer O2;
  (...args: infer A3): infer O3;
  (...args: infer A4): infer O4;
  (...args: infer A5): infer O5;
  (...args: infer A6): infer O6;
}
  ? Bound<A1, O1> & Bound<A2, O2> & Bound<A3, O3> & Bound<A4, O4> & Bound<A5, O5> & Bound<A6, O6>
  : never;

/**
 * The methods `@stride/ndarray` attaches to every `NDArray`. Each takes what the function of the
 * same name takes after its array argument (`a.sum(0)` is `sum(a, 0)`, `a.var()` is
 * `variance(a)`).
 */
export interface NDArrayMethods {
  /**
   * NumPy's `a[...]`: integers, slice strings (`'1:'`, `'::-1'`), `'...'`, `null` (new axis),
   * integer arrays and boolean masks. Basic indexing returns a view; advanced indexing a copy.
   *
   * @example
   * ```ts
   * arange(6).reshape(2, 3).index(':', '::-1').toArray(); // [[2, 1, 0], [5, 4, 3]]
   * ```
   */
  index: Method<typeof index>;
  /**
   * NumPy's `a[...] = value`, with broadcasting and dtype conversion; returns this array.
   *
   * @example
   * ```ts
   * zeros([2, 2]).set(1, 0).toArray(); // [[1, 1], [0, 0]]
   * ```
   */
  set: Method<typeof set>;
  /**
   * A view (or copy when NumPy would copy) with a new shape, given as numbers or one array;
   * `-1` infers one axis.
   *
   * @example
   * ```ts
   * arange(6).reshape(2, -1).shape; // [2, 3]
   * ```
   */
  reshape(...shape: (number | readonly number[])[]): NDArray;
  /** `reshape` with options (`order: 'F'`, `copy`). */
  reshapeWith(shape: readonly number[], options: ReshapeOptions): NDArray;
  /** The elements as 1-D, a view when possible. */
  ravel: Method<typeof ravel>;
  /** The elements as a 1-D copy. */
  flatten: Method<typeof flatten>;
  /**
   * Permutes the axes (reverses them by default), given as numbers or one array; a view.
   *
   * @example
   * ```ts
   * zeros([2, 3, 4]).transpose(1, 0, 2).shape; // [3, 2, 4]
   * ```
   */
  transpose(...axes: (number | readonly number[])[]): NDArray;
  /** Interchanges two axes; a view. */
  swapaxes: Method<typeof swapaxes>;
  /** Removes length-1 axes; a view. */
  squeeze: Method<typeof squeeze>;
  /** Inserts a length-1 axis; a view. */
  expandDims: Method<typeof expandDims>;
  /** Reverses the order of elements along axes; a view. */
  flip: Method<typeof flip>;
  /** Repeats elements. */
  repeat: Method<typeof repeat>;
  /** Elements at indices along an axis. */
  take: Method<typeof take>;
  /** Indices of the non-zero elements, one array per axis. */
  nonzero: Method<typeof nonzero>;
  /** A diagonal view. */
  diagonal: Method<typeof diagonal>;
  /** Sum along a diagonal. */
  trace: Method<typeof trace>;
  /** A copy converted to another dtype. */
  astype: Method<typeof astype>;
  /** A C-contiguous copy. */
  copy: Method<typeof copy>;
  /**
   * Sets every element to one value, in place; returns this array.
   *
   * @example
   * ```ts
   * zeros([3]).fill(7).toArray(); // [7, 7, 7]
   * ```
   */
  fill(value: Scalar): NDArray;
  /** `this @ other`. */
  matmul: Method<typeof matmul>;
  /** NumPy's dot product. */
  dot: Method<typeof dot>;
  /**
   * `this + other` with broadcasting.
   *
   * @example
   * ```ts
   * array([1, 2]).add(10).toArray(); // [11, 12]
   * ```
   */
  add: Method<typeof add>;
  /** `this - other` with broadcasting. */
  subtract: Method<typeof subtract>;
  /** `this * other` with broadcasting. */
  multiply: Method<typeof multiply>;
  /** `this / other` (true division) with broadcasting. */
  divide: Method<typeof divide>;
  /** `this ** other` with broadcasting. */
  power: Method<typeof power>;
  /** `-this`. */
  negative: Method<typeof negative>;
  /** Limits values to `[min, max]`. */
  clip: Method<typeof clip>;
  /** Rounds half to even to `decimals` places. */
  round: Method<typeof round>;
  /** Complex conjugate. */
  conj: Method<typeof conj>;
  /**
   * Sum of elements (over all axes: a JS scalar; with `axis`/`keepdims`: an NDArray).
   *
   * @example
   * ```ts
   * array([[1, 2], [3, 4]], { dtype: 'float64' }).sum(); // 10
   * ```
   */
  sum: Method<typeof sum>;
  /** Product of elements. */
  prod: Method<typeof prod>;
  /** Arithmetic mean. */
  mean: Method<typeof mean>;
  /** Standard deviation (`ddof` option). */
  std: Method<typeof std>;
  /** Variance (`ddof` option): the function `variance`. */
  var: Method<typeof variance>;
  /** Minimum (NaN propagates). */
  min: Method<typeof min>;
  /** Maximum (NaN propagates). */
  max: Method<typeof max>;
  /** Peak to peak (max - min). */
  ptp: Method<typeof ptp>;
  /** Index of the minimum (flat, or along `axis`). */
  argmin: Method<typeof argmin>;
  /** Index of the maximum (flat, or along `axis`). */
  argmax: Method<typeof argmax>;
  /** Whether any element is truthy. */
  any: Method<typeof any>;
  /** Whether every element is truthy. */
  all: Method<typeof all>;
  /** Cumulative sum. */
  cumsum: Method<typeof cumsum>;
  /** Cumulative product. */
  cumprod: Method<typeof cumprod>;
  /**
   * Sorts in place along an axis (NumPy's `a.sort()`); returns this array. Use the function
   * `sort(a)` for a sorted copy.
   *
   * @example
   * ```ts
   * array([3, 1, 2]).sort().toArray(); // [1, 2, 3]
   * ```
   */
  sort: Method<typeof sort>;
  /** Indices that would sort the array. */
  argsort: Method<typeof argsort>;
}

declare module './ndarray.js' {
  // Declaration merging: the class gains the methods' types where this module is loaded.
  interface NDArray<D extends DType = DType> extends NDArrayMethods {}
}

/** A function seen as taking an array and anything after it (the overloads check the calls). */
type Forward = (a: NDArray, ...rest: unknown[]) => unknown;
const fwd = (f: unknown): Forward => f as Forward;

/** The implementations: each forwards its arguments unchanged (one call site per function). */
const METHODS: Record<keyof NDArrayMethods, (this: NDArray, ...args: never[]) => unknown> = {
  index(...args: unknown[]) {
    return fwd(index)(this, ...args);
  },
  set(...args: unknown[]) {
    return fwd(set)(this, ...args);
  },
  reshape(...shape: (number | readonly number[])[]) {
    return reshape(this, shapeArgs(shape));
  },
  reshapeWith(shape: readonly number[], options: ReshapeOptions) {
    return reshape(this, shape, options);
  },
  ravel(...args: unknown[]) {
    return fwd(ravel)(this, ...args);
  },
  flatten(...args: unknown[]) {
    return fwd(flatten)(this, ...args);
  },
  transpose(...axes: (number | readonly number[])[]) {
    return transpose(this, axes.length ? shapeArgs(axes, 'transpose') : undefined);
  },
  swapaxes(...args: unknown[]) {
    return fwd(swapaxes)(this, ...args);
  },
  squeeze(...args: unknown[]) {
    return fwd(squeeze)(this, ...args);
  },
  expandDims(...args: unknown[]) {
    return fwd(expandDims)(this, ...args);
  },
  flip(...args: unknown[]) {
    return fwd(flip)(this, ...args);
  },
  repeat(...args: unknown[]) {
    return fwd(repeat)(this, ...args);
  },
  take(...args: unknown[]) {
    return fwd(take)(this, ...args);
  },
  nonzero(...args: unknown[]) {
    return fwd(nonzero)(this, ...args);
  },
  diagonal(...args: unknown[]) {
    return fwd(diagonal)(this, ...args);
  },
  trace(...args: unknown[]) {
    return fwd(trace)(this, ...args);
  },
  astype(...args: unknown[]) {
    return fwd(astype)(this, ...args);
  },
  copy(...args: unknown[]) {
    return fwd(copy)(this, ...args);
  },
  fill(value: Scalar) {
    return set(this, value as ArrayInput);
  },
  matmul(...args: unknown[]) {
    return fwd(matmul)(this, ...args);
  },
  dot(...args: unknown[]) {
    return fwd(dot)(this, ...args);
  },
  add(...args: unknown[]) {
    return fwd(add)(this, ...args);
  },
  subtract(...args: unknown[]) {
    return fwd(subtract)(this, ...args);
  },
  multiply(...args: unknown[]) {
    return fwd(multiply)(this, ...args);
  },
  divide(...args: unknown[]) {
    return fwd(divide)(this, ...args);
  },
  power(...args: unknown[]) {
    return fwd(power)(this, ...args);
  },
  negative(...args: unknown[]) {
    return fwd(negative)(this, ...args);
  },
  clip(...args: unknown[]) {
    return fwd(clip)(this, ...args);
  },
  round(...args: unknown[]) {
    return fwd(round)(this, ...args);
  },
  conj(...args: unknown[]) {
    return fwd(conj)(this, ...args);
  },
  sum(...args: unknown[]) {
    return fwd(sum)(this, ...args);
  },
  prod(...args: unknown[]) {
    return fwd(prod)(this, ...args);
  },
  mean(...args: unknown[]) {
    return fwd(mean)(this, ...args);
  },
  std(...args: unknown[]) {
    return fwd(std)(this, ...args);
  },
  var(...args: unknown[]) {
    return fwd(variance)(this, ...args);
  },
  min(...args: unknown[]) {
    return fwd(min)(this, ...args);
  },
  max(...args: unknown[]) {
    return fwd(max)(this, ...args);
  },
  ptp(...args: unknown[]) {
    return fwd(ptp)(this, ...args);
  },
  argmin(...args: unknown[]) {
    return fwd(argmin)(this, ...args);
  },
  argmax(...args: unknown[]) {
    return fwd(argmax)(this, ...args);
  },
  any(...args: unknown[]) {
    return fwd(any)(this, ...args);
  },
  all(...args: unknown[]) {
    return fwd(all)(this, ...args);
  },
  cumsum(...args: unknown[]) {
    return fwd(cumsum)(this, ...args);
  },
  cumprod(...args: unknown[]) {
    return fwd(cumprod)(this, ...args);
  },
  sort(...args: unknown[]) {
    this.assertWritable('sort');
    return set(this, fwd(sort)(this, ...args) as NDArray);
  },
  argsort(...args: unknown[]) {
    return fwd(argsort)(this, ...args);
  },
};

// Attached like class methods: non-enumerable, writable, configurable.
for (const name of Object.keys(METHODS) as (keyof NDArrayMethods)[]) {
  Object.defineProperty(NDArray.prototype, name, {
    value: METHODS[name],
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
