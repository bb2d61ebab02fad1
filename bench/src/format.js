// Number formatting shared by the terminal table and the Markdown report.
// @ts-check

/** @param {number} ms */
export function fmtTime(ms) {
  if (ms < 1e-3) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** @param {number} r  time / reference time */
export function fmtRatio(r) {
  if (r < 1) return `${r.toPrecision(2)}×`;
  if (r < 10) return `${r.toFixed(1)}×`;
  return `${Math.round(r)}×`;
}

/** @param {number} flops @param {number} ms */
export const fmtGflops = (flops, ms) => `${(flops / ms / 1e6).toPrecision(2)} GFLOP/s`;

/** @param {number} v */
export const fmtErr = (v) => v.toExponential(0);
