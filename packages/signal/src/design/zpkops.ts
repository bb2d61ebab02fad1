/**
 * Frequency transformations of zeros/poles/gain (lowpass to lowpass/highpass/bandpass/bandstop)
 * and the bilinear transform, on complex lists; the public wrappers live in transforms.ts.
 * @module
 */
import { ValueError } from '@stride/ndarray';
import { type C, add, c, div, mul, neg, prod, scale, sqrt, sub } from './cplx.js';
import type { Zpk } from './prototypes.js';

/** Relative degree len(p) − len(z), or the error SciPy gives for an improper system. */
function degree(fn: string, z: C[], p: C[]): number {
  const d = p.length - z.length;
  if (d < 0)
    throw new ValueError(
      `${fn}: improper transfer function, must have at least as many poles as zeros, got ${z.length} zeros and ${p.length} poles`,
    );
  return d;
}

export function lp2lpZpkC({ z, p, k }: Zpk, wo: number): Zpk {
  const d = degree('lp2lpZpk', z, p);
  return { z: z.map((x) => scale(x, wo)), p: p.map((x) => scale(x, wo)), k: k * wo ** d };
}

export function lp2hpZpkC({ z, p, k }: Zpk, wo: number): Zpk {
  const d = degree('lp2hpZpk', z, p);
  const w = c(wo);
  const zh = [...z.map((x) => div(w, x)), ...Array.from({ length: d }, () => c(0))];
  const ph = p.map((x) => div(w, x));
  return { z: zh, p: ph, k: k * div(prod(z.map(neg)), prod(p.map(neg))).re };
}

/** x ± sqrt(x² − wo²) for each x, all + first then all −. */
function splitBand(v: C[], wo: number): C[] {
  const r = v.map((x) => sqrt(sub(mul(x, x), c(wo * wo))));
  return [...v.map((x, i) => add(x, r[i] as C)), ...v.map((x, i) => sub(x, r[i] as C))];
}

export function lp2bpZpkC({ z, p, k }: Zpk, wo: number, bw: number): Zpk {
  const d = degree('lp2bpZpk', z, p);
  const zb = [
    ...splitBand(
      z.map((x) => scale(x, bw / 2)),
      wo,
    ),
    ...Array.from({ length: d }, () => c(0)),
  ];
  const pb = splitBand(
    p.map((x) => scale(x, bw / 2)),
    wo,
  );
  return { z: zb, p: pb, k: k * bw ** d };
}

export function lp2bsZpkC({ z, p, k }: Zpk, wo: number, bw: number): Zpk {
  const d = degree('lp2bsZpk', z, p);
  const h = c(bw / 2);
  const zb = [
    ...splitBand(
      z.map((x) => div(h, x)),
      wo,
    ),
    ...Array.from({ length: d }, () => c(0, wo)),
    ...Array.from({ length: d }, () => c(0, -wo)),
  ];
  const pb = splitBand(
    p.map((x) => div(h, x)),
    wo,
  );
  return { z: zb, p: pb, k: k * div(prod(z.map(neg)), prod(p.map(neg))).re };
}

export function bilinearZpkC({ z, p, k }: Zpk, fs: number): Zpk {
  const d = degree('bilinearZpk', z, p);
  const fs2 = c(2 * fs);
  const zz = [...z.map((x) => div(add(fs2, x), sub(fs2, x))), ...Array.from({ length: d }, () => c(-1))];
  const pz = p.map((x) => div(add(fs2, x), sub(fs2, x)));
  return { z: zz, p: pz, k: k * div(prod(z.map((x) => sub(fs2, x))), prod(p.map((x) => sub(fs2, x)))).re };
}
