/** Histograms and binning: histogram, histogramBinEdges, bincount, digitize. */
export { histogram, histogramBinEdges } from './histogram.js';
export type { Bins, HistogramOptions } from './histogram.js';
export type { BinEstimator } from './binwidth.js';
export { bincount } from './bincount.js';
export type { BincountOptions } from './bincount.js';
export { digitize } from './digitize.js';
export type { DigitizeOptions } from './digitize.js';
