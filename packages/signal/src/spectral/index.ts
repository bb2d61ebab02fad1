/**
 * Spectral analysis (SciPy 1.17's `periodogram`, `welch`, `csd`, `coherence`, `spectrogram`,
 * `stft`, `istft`, `check_COLA`, `check_NOLA`).
 * @module
 */
export { coherence, csd, periodogram, welch } from './welch.js';
export type { CoherenceOptions, PeriodogramOptions, WelchOptions } from './welch.js';
export { checkCola, checkNola, istft, spectrogram, stft } from './stft.js';
export type { IstftOptions, SpectrogramOptions, StftOptions } from './stft.js';
export type { Detrend, SpectralWindow } from './core.js';
export { lombscargle } from './lombscargle.js';
export type { LombscargleOptions } from './lombscargle.js';
