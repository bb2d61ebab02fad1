/**
 * Peak finding (SciPy's `find_peaks`, `peak_prominences`, `peak_widths`, `argrelextrema`,
 * `argrelmax`, `argrelmin`).
 * @module
 */
export { argrelextrema, argrelmax, argrelmin, findPeaks, peakProminences, peakWidths } from './findPeaks.js';
export type { Bound, Comparator, Condition, FindPeaksOptions, PeakProperties, ProminenceData } from './findPeaks.js';
