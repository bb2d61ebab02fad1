/** The contract between the generated kernels and the ufunc machinery. */
import type { DType, TypedArray } from '@stride/protocol';
import type { ArrayInput } from '../core/convert.js';
import type { HeapKernelRef } from '../core/heap-codes.js';
import type { NDArray } from '../ndarray.js';

/**
 * A unary loop: `fn(n, a, ia, sa, o, io, so)` maps n elements of `a` (element index `ia`, stride
 * `sa`) to `o`. Kernels never validate and never allocate beyond a rebased subarray.
 */
export interface Loop1 {
  readonly in: readonly [DType];
  readonly out: DType;
  /** The SIMD kernel of the heap (native/kernels.c) that serves this loop for heap arrays, if any. */
  readonly heap?: HeapKernelRef;
  fn(n: number, a: TypedArray, ia: number, sa: number, o: TypedArray, io: number, so: number): void;
}

/** A binary loop: `fn(n, a, ia, sa, b, ib, sb, o, io, so)`. */
export interface Loop2 {
  readonly in: readonly [DType, DType];
  readonly out: DType;
  /** The SIMD kernel of the heap (native/kernels.c) that serves this loop for heap arrays, if any. */
  readonly heap?: HeapKernelRef;
  fn(
    n: number,
    a: TypedArray,
    ia: number,
    sa: number,
    b: TypedArray,
    ib: number,
    sb: number,
    o: TypedArray,
    io: number,
    so: number,
  ): void;
}

/** A conversion kernel: `fn` converts n elements of `s` (index `is`, stride `ss`) into `d`. */
export interface Cast {
  fn(n: number, s: TypedArray, is: number, ss: number, d: TypedArray, id: number, sd: number): void;
}

/** Keyword arguments every ufunc accepts. */
export interface UfuncOptions {
  /**
   * Array to write the result into (in place); it must have the broadcast shape and a dtype the
   * result casts to under NumPy's `same_kind` rule. It may be one of the inputs.
   */
  out?: NDArray | null;
  /** Dtype of the computation/result (NumPy's `dtype=`): picks the loop whose output is this dtype. */
  dtype?: DType;
  /**
   * Boolean mask broadcast with the inputs: only where it is true is the result written; elsewhere
   * `out` keeps its values (a fresh output holds zeros there; NumPy leaves it uninitialised).
   */
  where?: ArrayInput;
}
