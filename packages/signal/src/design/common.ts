/**
 * The public shapes of filter designs (`{b, a}`, `{z, p, k}`, sos arrays) and the conversions
 * between them and the complex lists the design code works on.
 * @module
 */
import { type ArrayInput, NDArray, ValueError, asarray } from '@stride/ndarray';
import { values } from '../filter/lines.js';
import { type C, c } from './cplx.js';
import type { Zpk } from './prototypes.js';
import type { Tf } from './sosops.js';

/** Transfer-function coefficients, highest power first. */
export interface BA {
  /** Numerator. */
  b: NDArray;
  /** Denominator. */
  a: NDArray;
}

/** Zeros, poles and system gain. */
export interface ZPK {
  /** Zeros (float64 when all are real, else complex128). */
  z: NDArray;
  /** Poles (float64 when all are real, else complex128). */
  p: NDArray;
  /** Gain. */
  k: number;
}

/** The complex values of a 1-D (or scalar) input. */
export function complexList(fn: string, name: string, v: ArrayInput): C[] {
  const a = asarray(v);
  if (a.ndim > 1) throw new ValueError(`${fn}: ${name} must be 1-D, got shape [${a.shape.join(', ')}]`);
  const d = values(a, true);
  const out: C[] = [];
  for (let i = 0; i < d.length; i += 2) out.push(c(d[i] as number, d[i + 1] as number));
  return out;
}

/** The real values of a 1-D (or scalar) input. */
export function realList(fn: string, name: string, v: ArrayInput): number[] {
  const a = asarray(v);
  if (a.ndim > 1) throw new ValueError(`${fn}: ${name} must be 1-D, got shape [${a.shape.join(', ')}]`);
  if (a.dtype === 'complex128' || a.dtype === 'complex64') throw new ValueError(`${fn}: ${name} must be real`);
  return Array.from(values(a, false));
}

/** A complex list as float64 (all imaginary parts zero) or complex128. */
export function complexArray(v: C[]): NDArray {
  if (v.every((x) => x.im === 0))
    return new NDArray(
      'float64',
      Float64Array.from(v, (x) => x.re),
      [v.length],
    );
  const d = new Float64Array(2 * v.length);
  v.forEach((x, i) => {
    d[2 * i] = x.re;
    d[2 * i + 1] = x.im;
  });
  return new NDArray('complex128', d, [v.length]);
}

export function zpkOut(z: Zpk): ZPK {
  return { z: complexArray(z.z), p: complexArray(z.p), k: z.k };
}

export function tfArray(t: Tf): NDArray {
  if (t.im === null) return new NDArray('float64', Float64Array.from(t.re), [t.re.length]);
  const im = t.im;
  return complexArray(t.re.map((r, i) => c(r, im[i] as number)));
}

export function sosArray(rows: number[][]): NDArray {
  return new NDArray('float64', Float64Array.from(rows.flat()), [rows.length, 6]);
}

/** Rows of an (n, 6) input. */
export function sosRows(fn: string, s: ArrayInput): number[][] {
  const a = asarray(s);
  if (a.ndim !== 2 || a.shape[1] !== 6) {
    throw new ValueError(`${fn}: sos array must be shape (n_sections, 6), got [${a.shape.join(', ')}]`);
  }
  const v = values(a, false);
  const rows: number[][] = [];
  for (let i = 0; i < (a.shape[0] as number); i++) rows.push(Array.from(v.subarray(6 * i, 6 * i + 6)));
  return rows;
}
