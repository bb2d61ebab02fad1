/**
 * Ziggurat samplers of NumPy's Generator: the float64 and float32 standard normal and the float64
 * standard exponential, draw for draw as `random_standard_normal`, `random_standard_normal_f` and
 * `random_standard_exponential`.
 */
import type { BitGenerator } from './bitGenerator.js';
import * as T from './zigguratTables.generated.js';

// Module-local aliases: the samplers read these in their hot loop, and a local binding is a
// cheaper load than an imported one under some module loaders (vite-node/vitest).
const KI_DOUBLE = T.KI_DOUBLE;
const WI_DOUBLE = T.WI_DOUBLE;
const FI_DOUBLE = T.FI_DOUBLE;
const KI_FLOAT = T.KI_FLOAT;
const WI_FLOAT = T.WI_FLOAT;
const FI_FLOAT = T.FI_FLOAT;
const KE_DOUBLE = T.KE_DOUBLE;
const WE_DOUBLE = T.WE_DOUBLE;
const FE_DOUBLE = T.FE_DOUBLE;

/** Right edge of the normal ziggurat's base layer (where the tail starts). */
const NOR_R = 3.654152885361009; // 3.6541528853610087963519472518 rounded to double
const NOR_INV_R = 0.2736612373297583; // 1 / NOR_R as NumPy spells it: 0.27366123732975827203338247596
const NOR_R_F = Math.fround(NOR_R);
const NOR_INV_R_F = Math.fround(NOR_INV_R);
/** Right edge of the exponential ziggurat's base layer. */
const EXP_R = 7.69711747013105; // 7.6971174701310497140446280481 rounded to double
const TWO23 = 8388608;

/**
 * A float64 standard normal draw. Each try takes one 64-bit word: 8 bits pick the layer, 1 the
 * sign, 52 the magnitude; 99% of draws return from the first comparison.
 */
export function standardNormal(bg: BitGenerator): number {
  for (;;) {
    bg.step();
    const hi = bg.hi;
    const lo = bg.lo;
    const idx = lo & 0xff;
    // Bits 9..60 of the word: the 52-bit magnitude.
    const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
    // Sign from bit 8 as a factor of +-1: a branch on a random bit mispredicts half the time.
    const x = rabs * (WI_DOUBLE[idx] as number) * (1 - ((lo >>> 7) & 2));
    if (rabs < (KI_DOUBLE[idx] as number)) return x;
    if (idx === 0) {
      // The tail beyond R, by Marsaglia's exponential rejection; 1 - U avoids log(0).
      for (;;) {
        const xx = -NOR_INV_R * Math.log1p(-bg.nextDouble());
        const yy = -Math.log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return lo & 0x20000 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    const f1 = FI_DOUBLE[idx] as number;
    if (((FI_DOUBLE[idx - 1] as number) - f1) * bg.nextDouble() + f1 < Math.exp(-0.5 * x * x)) return x;
  }
}

/**
 * A float32 standard normal draw from 32-bit words: 8 bits layer, 1 sign, 23 magnitude, with
 * float32 arithmetic where NumPy's C code uses float.
 */
export function standardNormalF(bg: BitGenerator): number {
  const fr = Math.fround;
  for (;;) {
    const r = bg.next32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    const x = fr(rabs * (WI_FLOAT[idx] as number)) * (1 - ((r >>> 7) & 2));
    if (rabs < (KI_FLOAT[idx] as number)) return x;
    if (idx === 0) {
      for (;;) {
        const xx = fr(-NOR_INV_R_F * fr(Math.log1p(-bg.nextFloat())));
        const yy = fr(-Math.log1p(-bg.nextFloat()));
        if (fr(yy + yy) > fr(xx * xx)) return (rabs >>> 8) & 1 ? -fr(NOR_R_F + xx) : fr(NOR_R_F + xx);
      }
    }
    const f1 = FI_FLOAT[idx] as number;
    if (fr(fr(fr((FI_FLOAT[idx - 1] as number) - f1) * bg.nextFloat()) + f1) < Math.exp(-0.5 * x * x)) return x;
  }
}

/**
 * A float64 standard exponential draw: 8 bits of the word pick the layer, its top 53 bits the
 * position; the tail beyond R is R plus a fresh exponential (memorylessness).
 */
export function standardExponential(bg: BitGenerator): number {
  for (;;) {
    bg.step();
    const hi = bg.hi;
    const lo = bg.lo;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11); // the word >> 11
    const x = ri * (WE_DOUBLE[idx] as number);
    if (ri < (KE_DOUBLE[idx] as number)) return x;
    if (idx === 0) return EXP_R - Math.log1p(-bg.nextDouble());
    const f1 = FE_DOUBLE[idx] as number;
    if (((FE_DOUBLE[idx - 1] as number) - f1) * bg.nextDouble() + f1 < Math.exp(-x)) return x;
  }
}
