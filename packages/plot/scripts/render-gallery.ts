// Renders the gallery (test/gallery.ts) to PNG at 80 dpi and writes docs/plot-gallery.md with each
// figure's code, our PNG and matplotlib's (from scripts/gallery_matplotlib.py) side by side:
//   node scripts/run-ts.mjs scripts/render-gallery.ts
//   python3 scripts/gallery_matplotlib.py
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gallery } from '../test/gallery.js';

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, '..', '..', '..', 'docs');
const out = join(docs, 'plot-gallery');
mkdirSync(out, { recursive: true });

// Each entry's code, cut from the gallery's source text
const source = readFileSync(join(here, '..', 'test', 'gallery.ts'), 'utf8');
const codeOf = (name: string): string => {
  const start = source.indexOf(`  ${name}: () => {`);
  const end = source.indexOf('\n  },', start);
  return source
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((l) => l.slice(4))
    .filter((l) => !l.startsWith('return fig'))
    .join('\n');
};

const sections: string[] = [];
for (const [name, build] of Object.entries(gallery)) {
  const t0 = performance.now();
  const fig = build();
  const png = await fig.toPNG({ dpi: 80 });
  writeFileSync(join(out, `${name}.stride.png`), png);
  console.log(`${name}: ${png.length} bytes, ${(performance.now() - t0).toFixed(0)} ms`);
  sections.push(
    `## ${name}\n\n\`\`\`ts\n${codeOf(name)}\n\`\`\`\n\n| @stride/plot | matplotlib 3.6 |\n| --- | --- |\n| ![${name} by @stride/plot](plot-gallery/${name}.stride.png) | ![${name} by matplotlib](plot-gallery/${name}.matplotlib.png) |\n`,
  );
}

writeFileSync(
  join(docs, 'plot-gallery.md'),
  `# @stride/plot gallery, beside matplotlib

Each figure of \`packages/plot/test/gallery.ts\` (whose SVG is also the package's snapshot test), rendered
by @stride/plot's \`toPNG\` (resvg with the bundled DejaVu Sans) and, from the same data and sizes, by
matplotlib (\`packages/plot/scripts/gallery_matplotlib.py\`). Seeded data comes from
\`random.defaultRng(seed)\`, which reproduces NumPy's \`default_rng(seed)\` streams, so both sides plot the
same numbers. Both at 80 dpi. Regenerate with:

\`\`\`sh
cd packages/plot
node scripts/run-ts.mjs scripts/render-gallery.ts   # ours + this page
python3 scripts/gallery_matplotlib.py                               # matplotlib's (python3-matplotlib)
\`\`\`

Linear ticks follow matplotlib's MaxNLocator (steps 1, 2, 2.5, 5, 10 × 10ⁿ), so both sides should
carry the same ticks. Known differences: the ×10ⁿ offset is written as a power; kerning is not
applied when measuring text; scatters of over 20 000 discs are painted as one raster.

${sections.join('\n')}`,
);
