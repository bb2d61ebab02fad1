// SVG snapshots of the gallery (test/fixtures/gallery/*.svg): numbers rounded, data seeded, so a change in
// any output shows as a diff; the files double as examples of each plot kind.
import { describe, expect, it } from 'vitest';
import { gallery } from './gallery.js';

describe('gallery snapshots', () => {
  for (const [name, build] of Object.entries(gallery)) {
    it(`${name} renders to the committed SVG`, async () => {
      const svg = build().toSVG();
      expect(svg).toMatch(/^<svg xmlns/);
      await expect(svg).toMatchFileSnapshot(`./fixtures/gallery/${name}.svg`);
    });
  }
});
