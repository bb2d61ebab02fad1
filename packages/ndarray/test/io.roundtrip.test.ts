// Stride-written files for NumPy to check: test/fixtures/io/ours/ holds npy.save / npz.save output for
// the NumPy fixtures; `python3 scripts/gen_io_fixtures.py --check` has NumPy load each one and compare
// it with the reference file of the same name. This test keeps ours/ in step with the code; after a
// deliberate format change, rewrite it with `UPDATE_IO_FIXTURES=1 npx vitest run test/io.roundtrip.test.ts`
// and re-run the Python check.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npy, npz } from '../src/io/index.js';
import { NDArray } from '../src/ndarray.js';

const FIXTURES = new URL('./fixtures/io/', import.meta.url);
const OURS = new URL('./fixtures/io/ours/', import.meta.url);
const UPDATE = process.env.UPDATE_IO_FIXTURES === '1';
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

interface Manifest {
  npy: Record<string, unknown>;
  views: Record<string, { base: string; shape: number[]; strides: number[]; offset: number }>;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as Manifest;

/** Each file Stride writes for the Python check, by name (the reference file has the same name). */
function cases(): [name: string, bytes: Uint8Array, exact: boolean][] {
  const out: [string, Uint8Array, boolean][] = [];
  for (const name of Object.keys(manifest.npy)) {
    if (name in manifest.views) continue;
    out.push([name, npy.save(npy.load(fixture(name))), true]);
  }
  for (const [name, v] of Object.entries(manifest.views)) {
    const base = npy.load(fixture(v.base));
    out.push([name, npy.save(new NDArray(base.dtype, base.data, v.shape, v.strides, v.offset)), true]);
  }
  out.push(['npz_stored.npz', npz.save(npz.load(fixture('npz_stored.npz'))), true]);
  out.push(['npz_positional.npz', npz.save(npz.load(fixture('npz_positional.npz'))), true]);
  // DEFLATE output may change with the fflate version, so compressed archives are compared by content.
  out.push(['npz_deflated.npz', npz.save(npz.load(fixture('npz_deflated.npz')), { compress: true }), false]);
  return out;
}

describe('fixtures/io/ours matches what npy.save / npz.save write now', () => {
  const all = cases();
  if (UPDATE) {
    mkdirSync(OURS, { recursive: true });
    for (const [name, bytes] of all) writeFileSync(new URL(name, OURS), bytes);
  }
  for (const [name, bytes, exact] of all) {
    it(`ours/${name} is current`, () => {
      const path = new URL(name, OURS);
      expect(
        existsSync(path),
        `missing ours/${name}: run UPDATE_IO_FIXTURES=1 npx vitest run test/io.roundtrip.test.ts`,
      ).toBe(true);
      const committed = new Uint8Array(readFileSync(path));
      if (exact) {
        expect(committed).toEqual(bytes);
      } else {
        const a = npz.load(committed);
        const b = npz.load(bytes);
        expect(Object.keys(a)).toEqual(Object.keys(b));
        for (const k of Object.keys(a)) expect(npy.save(a[k] as NDArray)).toEqual(npy.save(b[k] as NDArray));
      }
    });
  }
});
