// The bench's setup step: makes Debian's python3-numpy/python3-scipy available for the second
// NumPy column. Runs before a full `pnpm bench`, never in tests or quick mode.
// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const PY = '/usr/bin/python3';
const PACKAGES = ['python3-numpy', 'python3-scipy'];

const hasDebianStack = () => spawnSync(PY, ['-s', '-I', '-c', 'import numpy, scipy'], { stdio: 'ignore' }).status === 0;

/**
 * @param {(s: string) => void} [log]
 * @returns {string} what happened, one line
 */
export function ensureDebianNumpy(log = console.log) {
  if (!existsSync(PY)) return `no ${PY}: Debian NumPy column will be n/a`;
  if (hasDebianStack()) return 'Debian python3-numpy and python3-scipy present';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return `Debian NumPy/SciPy missing; run: sudo apt-get install ${PACKAGES.join(' ')}`;
  }
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0)
    return 'no apt-get: Debian NumPy column will be n/a';
  log(`setup: apt-get install ${PACKAGES.join(' ')} ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], {
      env,
      stdio: 'ignore',
      timeout: 600_000,
    }).status === 0;
  // the package lists may be missing or stale on a fresh machine: update once, then retry
  if (!install()) {
    spawnSync('apt-get', ['update'], { env, stdio: 'ignore', timeout: 600_000 });
    install();
  }
  return hasDebianStack()
    ? `installed ${PACKAGES.join(' ')}`
    : 'apt-get install failed: Debian NumPy column will be partial or n/a';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(ensureDebianNumpy());
