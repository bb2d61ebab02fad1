// Each gallery figure to PNG (dpi 50) compared by pixel difference with a committed reference
// (test/fixtures/png/*.png). resvg and the bundled font make the output the same on every machine,
// so the tolerance only absorbs anti-aliasing drift; a moved tick, a lost line or a changed colour fails.
// Regenerate the references after an intended change of the look:
//   UPDATE_PNG_REFERENCES=1 npx vitest run test/png-gallery.test.ts   (or: pnpm run png-references)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gallery } from './gallery.js';
import { decodePNG } from './png-decode.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'png');
const update = process.env.UPDATE_PNG_REFERENCES === '1';

/** Per-pixel difference: the largest channel difference of each pixel, summarized. */
function pixelDiff(a: Uint8Array, b: Uint8Array): { over: number; mean: number } {
  let over = 0;
  let sum = 0;
  const n = a.length / 4;
  for (let i = 0; i < a.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs((a[i + c] as number) - (b[i + c] as number)));
    sum += d;
    if (d > 48) over++;
  }
  return { over: over / n, mean: sum / n };
}

describe('gallery PNGs against committed references (dpi 50)', () => {
  for (const [name, build] of Object.entries(gallery)) {
    it(`${name} matches test/fixtures/png/${name}.png within tolerance`, async () => {
      const png = await build().toPNG({ dpi: 50 });
      const file = join(dir, `${name}.png`);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no reference ${file}; run with UPDATE_PNG_REFERENCES=1 to write it`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, png);
      }
      const got = decodePNG(png);
      const want = decodePNG(new Uint8Array(readFileSync(file)));
      expect([got.width, got.height]).toEqual([want.width, want.height]);
      const { over, mean } = pixelDiff(got.pixels, want.pixels);
      // at most 0.5% of pixels off by more than 48 levels, and a small mean difference
      expect(over).toBeLessThan(0.005);
      expect(mean).toBeLessThan(1.5);
    });
  }

  it('the tolerance catches a real change: the line figure with its x limits moved by 5% fails it', async () => {
    const fig = (gallery.line as () => import('../src/figure.js').Figure)();
    fig.gca().setXlim(0.5, 10.5);
    const got = decodePNG(await fig.toPNG({ dpi: 50 }));
    const want = decodePNG(new Uint8Array(readFileSync(join(dir, 'line.png'))));
    const { over } = pixelDiff(got.pixels, want.pixels);
    expect(over).toBeGreaterThan(0.005);
  });
});
