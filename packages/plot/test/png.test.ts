// PNG output through resvg with the bundled font: size from the header, pixels not blank, dpi scaling.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subplots } from '../src/index.js';
import { decodePNG } from './png-decode.js';

describe('toPNG', () => {
  it('toPNG({dpi: 100}) of a 640 × 480 figure is 640 × 480 with drawn (non-white) pixels', async () => {
    const { fig, ax } = subplots();
    ax.plot([0, 1, 2], [0, 1, 0], { linewidth: 4 });
    ax.setTitle('PNG');
    const png = await fig.toPNG();
    expect(Array.from(png.subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    const { width, height, pixels } = decodePNG(png);
    expect([width, height]).toEqual([640, 480]);
    let blue = 0;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (Math.abs(r - 0x1f) < 8 && Math.abs(g - 0x77) < 8 && Math.abs(b - 0xb4) < 8) blue++;
      if (r < 60 && g < 60 && b < 60) dark++;
    }
    expect(blue).toBeGreaterThan(1000);
    // spines, ticks and the font's glyphs
    expect(dark).toBeGreaterThan(500);
  });

  it('toPNG({dpi: 200}) doubles the pixel size; savefig writes by extension', async () => {
    const { fig, ax } = subplots({ width: 200, height: 100 });
    ax.plot([1, 2]);
    const { width, height } = decodePNG(await fig.toPNG({ dpi: 200 }));
    expect([width, height]).toEqual([400, 200]);
    const dir = mkdtempSync(join(tmpdir(), 'stride-plot-'));
    await fig.savefig(join(dir, 'f.svg'));
    await fig.savefig(join(dir, 'f.png'));
    expect(readFileSync(join(dir, 'f.svg'), 'utf8')).toBe(fig.toSVG());
    expect(readFileSync(join(dir, 'f.png')).subarray(1, 4).toString()).toBe('PNG');
    await expect(fig.savefig(join(dir, 'f.gif'))).rejects.toThrow(/savefig: unsupported format "gif"/);
    await expect(fig.savefig(join(dir, 'f.pdf'))).rejects.toThrow(/format "pdf" is not supported .*write the SVG/);
  });
});
