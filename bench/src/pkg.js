// Installed versions of npm packages, as resolved from the bench package.
// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @param {string} name
 * @returns {string | null} the version, or null when not installed
 */
export function pkgVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    // packages whose "exports" hide package.json: walk up from the entry point
    try {
      let dir = dirname(require.resolve(name));
      for (let i = 0; i < 6; i++) {
        const p = join(dir, 'package.json');
        if (existsSync(p)) {
          const j = JSON.parse(readFileSync(p, 'utf8'));
          if (j.name === name) return j.version;
        }
        dir = dirname(dir);
      }
    } catch {}
    return null;
  }
}
