// Renders the gallery (test/gallery.ts) to PNG for docs/plot-gallery.md:
//   npx vite-node --config vitest.config.ts scripts/render-gallery.ts [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gallery } from '../test/gallery.js';

const out = process.argv[2] ?? join(import.meta.dirname ?? '.', '..', '..', '..', 'docs', 'plot-gallery');
mkdirSync(out, { recursive: true });
for (const [name, build] of Object.entries(gallery)) {
  const png = await build().toPNG({ dpi: 100 });
  writeFileSync(join(out, `${name}.stride.png`), png);
  console.log(`${name}: ${png.length} bytes`);
}
