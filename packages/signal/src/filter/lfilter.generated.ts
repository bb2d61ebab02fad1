// @generated — do not edit: written by scripts/gen-filter-kernels.mjs.
/**
 * lfilter kernels unrolled per order (state in locals): y[i] = z0 + b0·x[i];
 * z_j = z_{j+1} + b_{j+1}·x[i] − a_{j+1}·y[i]. Same arithmetic, in the same order, as the generic loop.
 * @module
 */

/** A kernel: n samples of x into y, b and a normalized, z the state (read and written back). */
export type UnrolledKernel = (
  n: number,
  b: Float64Array,
  a: Float64Array,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
) => void;

function order1(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const a1 = a[1] as number;
  let z0 = z[0] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = xn * b1 - yn * a1;
    y[i] = yn;
  }
  z[0] = z0;
}

function order2(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = xn * b2 - yn * a2;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
}

function order3(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = xn * b3 - yn * a3;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
}

function order4(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const b4 = b[4] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  const a4 = a[4] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  let z3 = z[3] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = z3 + xn * b3 - yn * a3;
    z3 = xn * b4 - yn * a4;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
  z[3] = z3;
}

function order5(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const b4 = b[4] as number;
  const b5 = b[5] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  const a4 = a[4] as number;
  const a5 = a[5] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  let z3 = z[3] as number;
  let z4 = z[4] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = z3 + xn * b3 - yn * a3;
    z3 = z4 + xn * b4 - yn * a4;
    z4 = xn * b5 - yn * a5;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
  z[3] = z3;
  z[4] = z4;
}

function order6(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const b4 = b[4] as number;
  const b5 = b[5] as number;
  const b6 = b[6] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  const a4 = a[4] as number;
  const a5 = a[5] as number;
  const a6 = a[6] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  let z3 = z[3] as number;
  let z4 = z[4] as number;
  let z5 = z[5] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = z3 + xn * b3 - yn * a3;
    z3 = z4 + xn * b4 - yn * a4;
    z4 = z5 + xn * b5 - yn * a5;
    z5 = xn * b6 - yn * a6;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
  z[3] = z3;
  z[4] = z4;
  z[5] = z5;
}

function order7(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const b4 = b[4] as number;
  const b5 = b[5] as number;
  const b6 = b[6] as number;
  const b7 = b[7] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  const a4 = a[4] as number;
  const a5 = a[5] as number;
  const a6 = a[6] as number;
  const a7 = a[7] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  let z3 = z[3] as number;
  let z4 = z[4] as number;
  let z5 = z[5] as number;
  let z6 = z[6] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = z3 + xn * b3 - yn * a3;
    z3 = z4 + xn * b4 - yn * a4;
    z4 = z5 + xn * b5 - yn * a5;
    z5 = z6 + xn * b6 - yn * a6;
    z6 = xn * b7 - yn * a7;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
  z[3] = z3;
  z[4] = z4;
  z[5] = z5;
  z[6] = z6;
}

function order8(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  const b3 = b[3] as number;
  const b4 = b[4] as number;
  const b5 = b[5] as number;
  const b6 = b[6] as number;
  const b7 = b[7] as number;
  const b8 = b[8] as number;
  const a1 = a[1] as number;
  const a2 = a[2] as number;
  const a3 = a[3] as number;
  const a4 = a[4] as number;
  const a5 = a[5] as number;
  const a6 = a[6] as number;
  const a7 = a[7] as number;
  const a8 = a[8] as number;
  let z0 = z[0] as number;
  let z1 = z[1] as number;
  let z2 = z[2] as number;
  let z3 = z[3] as number;
  let z4 = z[4] as number;
  let z5 = z[5] as number;
  let z6 = z[6] as number;
  let z7 = z[7] as number;
  for (let i = 0; i < n; i++) {
    const xn = x[i] as number;
    const yn = z0 + b0 * xn;
    z0 = z1 + xn * b1 - yn * a1;
    z1 = z2 + xn * b2 - yn * a2;
    z2 = z3 + xn * b3 - yn * a3;
    z3 = z4 + xn * b4 - yn * a4;
    z4 = z5 + xn * b5 - yn * a5;
    z5 = z6 + xn * b6 - yn * a6;
    z6 = z7 + xn * b7 - yn * a7;
    z7 = xn * b8 - yn * a8;
    y[i] = yn;
  }
  z[0] = z0;
  z[1] = z1;
  z[2] = z2;
  z[3] = z3;
  z[4] = z4;
  z[5] = z5;
  z[6] = z6;
  z[7] = z7;
}

/** The unrolled kernel of each order (index = order), undefined above 8. */
export const UNROLLED: readonly (UnrolledKernel | undefined)[] = [undefined, order1, order2, order3, order4, order5, order6, order7, order8];
