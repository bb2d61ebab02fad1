// Helpers shared by case definitions.
// @ts-check

/**
 * @param {Float64Array} data
 * @param {number[]} shape
 * @returns {import('../types.js').Input}
 */
export const f64 = (data, shape) => ({ data, shape, dtype: 'float64' });

/**
 * @param {Int32Array} data
 * @param {number[]} shape
 * @returns {import('../types.js').Input}
 */
export const i32 = (data, shape) => ({ data, shape, dtype: 'int32' });

/** @param {number} n */
export function fmtN(n) {
  if (n >= 1000 && Number.isInteger(Math.log10(n))) return `1e${Math.log10(n)}`;
  if (n >= 1024 && Number.isInteger(Math.log2(n))) return `2^${Math.log2(n)}`;
  return String(n);
}
