// Adds up the vitest JSON reports of every workspace package into one closing line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'apps'];
const files = [];
for (const root of roots) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) files.push(join(root, name, 'test-results.json'));
}
files.push(join('bench', 'test-results.json'), join('docs', 'test-results.json'));

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const f of files) {
  if (!existsSync(f)) continue;
  const r = JSON.parse(readFileSync(f, 'utf8'));
  const p = r.numPassedTests ?? 0;
  const x = r.numFailedTests ?? 0;
  const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  passed += p;
  failed += x;
  skipped += s;
  rows.push(
    `  ${f.replace(/[\\/]test-results\.json$/, '').padEnd(24)} ${String(p).padStart(5)} passed ${String(x).padStart(3)} failed`,
  );
}
console.log('\nTest summary by package:');
console.log(rows.join('\n'));
if (rows.length === 0) {
  console.log('no test reports found');
  process.exitCode = 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exitCode = 1;
