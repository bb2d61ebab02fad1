// loadLapack's `wasm` option: where the module comes from is chosen by the first call; a later
// call naming another source is refused (never silently ignored), the same source is accepted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WasmError, loadLapack } from '../src/index.js';

const wasmUrl = new URL('../dist-native/stride-lapack.wasm', import.meta.url);

describe('loadLapack({ wasm })', () => {
  it('loads from the bytes given in the first call', async () => {
    const bytes = readFileSync(fileURLToPath(wasmUrl));
    const lapack = await loadLapack({ wasm: bytes });
    expect(lapack.hasRoutine('dgesv')).toBe(true);
    // Same bytes again, or no option (as @stride/linalg calls it): the same module.
    expect(await loadLapack({ wasm: bytes })).toBe(lapack);
    expect(await loadLapack()).toBe(lapack);
  });

  it('refuses a later call that names another source', async () => {
    await expect(loadLapack({ wasm: wasmUrl })).rejects.toThrow(WasmError);
    await expect(loadLapack({ wasm: wasmUrl })).rejects.toThrow(/already loaded .* first call/);
  });
});
