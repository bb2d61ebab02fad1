// Writes src/filter/lfilter.generated.ts: the direct form II transposed recursion unrolled for
// each order 1..8, its state held in locals (a loop over a state array is several times slower).
//
//     node packages/signal/scripts/gen-filter-kernels.mjs
import { writeFileSync } from 'node:fs';

const MAX = 8;
const out = [
  '// @generated — do not edit: written by scripts/gen-filter-kernels.mjs.',
  '/**',
  ' * lfilter kernels unrolled per order (state in locals): y[i] = z0 + b0·x[i];',
  ' * z_j = z_{j+1} + b_{j+1}·x[i] − a_{j+1}·y[i]. Same arithmetic, in the same order, as the generic loop.',
  ' * @module',
  ' */',
  '',
  '/** A kernel: n samples of x into y, b and a normalized, z the state (read and written back). */',
  'export type UnrolledKernel = (',
  '  n: number,',
  '  b: Float64Array,',
  '  a: Float64Array,',
  '  x: Float64Array,',
  '  y: Float64Array,',
  '  z: Float64Array,',
  ') => void;',
  '',
];
for (let k = 1; k <= MAX; k++) {
  const L = [];
  L.push(
    `function order${k}(n: number, b: Float64Array, a: Float64Array, x: Float64Array, y: Float64Array, z: Float64Array): void {`,
  );
  for (let j = 0; j <= k; j++) L.push(`  const b${j} = b[${j}] as number;`);
  for (let j = 1; j <= k; j++) L.push(`  const a${j} = a[${j}] as number;`);
  for (let j = 0; j < k; j++) L.push(`  let z${j} = z[${j}] as number;`);
  L.push('  for (let i = 0; i < n; i++) {');
  L.push('    const xn = x[i] as number;');
  L.push('    const yn = z0 + b0 * xn;');
  for (let j = 0; j < k - 1; j++) L.push(`    z${j} = z${j + 1} + xn * b${j + 1} - yn * a${j + 1};`);
  L.push(`    z${k - 1} = xn * b${k} - yn * a${k};`);
  L.push('    y[i] = yn;');
  L.push('  }');
  for (let j = 0; j < k; j++) L.push(`  z[${j}] = z${j};`);
  L.push('}');
  L.push('');
  out.push(...L);
}
out.push(`/** The unrolled kernel of each order (index = order), undefined above ${MAX}. */`);
out.push(
  `export const UNROLLED: readonly (UnrolledKernel | undefined)[] = [undefined, ${Array.from({ length: MAX }, (_, i) => `order${i + 1}`).join(', ')}];`,
);
out.push('');
writeFileSync(new URL('../src/filter/lfilter.generated.ts', import.meta.url), out.join('\n'));
