/**
 * `@stride/signal/fft` — NumPy's `numpy.fft` (and SciPy's `next_fast_len`): transforms of any
 * length in O(n log n), real transforms at half cost, N-d transforms over any axes, every norm.
 * @packageDocumentation
 */
export {
  fft,
  fft2,
  fftn,
  hfft,
  ifft,
  ifft2,
  ifftn,
  ihfft,
  irfft,
  irfft2,
  irfftn,
  rfft,
  rfft2,
  rfftn,
} from './transforms.js';
export { fftfreq, fftshift, ifftshift, nextFastLen, rfftfreq } from './helpers.js';
export type { FFTNOptions, FFTNorm, FFTOptions } from './core.js';
export type { Transform1D, TransformN } from './transforms.js';
export { dct, dctn, dst, dstn, idct, idctn, idst, idstn } from './r2r/transforms.js';
export type { R2RNOptions, R2ROptions, R2RTransform, R2RTransformN, R2RType } from './r2r/transforms.js';
