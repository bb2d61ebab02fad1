// PNG output through resvg with the bundled font: size from the header, pixels not blank, dpi scaling.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { subplots } from '../src/index.js';

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes) to its pixels. */
export function decodePNG(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = dv.getUint32(16);
  const height = dv.getUint32(20);
  const idat: Uint8Array[] = [];
  for (let o = 8; o < png.length; ) {
    const len = dv.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    if (type === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of idat) {
    joined.set(c, k);
    k += c.length;
  }
  const raw = unzlibSync(joined);
  const bpp = 4;
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)] as number;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (out[y * stride + i - bpp] as number) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + i] as number) : 0;
      const c = y > 0 && i >= bpp ? (out[(y - 1) * stride + i - bpp] as number) : 0;
      let pred = 0;
      if (f === 1) pred = a;
      else if (f === 2) pred = b;
      else if (f === 3) pred = (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + i] = ((src[i] as number) + pred) & 0xff;
    }
  }
  return { width, height, pixels: out };
}

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
  });
});
