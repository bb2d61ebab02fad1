// What loadLapack says when the wasm URL answers with something else: a 404, or a dev server's
// HTML fallback page with status 200 (Vite's dependency pre-bundling moves the loader away from
// the file). Runs in a file of its own: the first successful load would be kept for the realm.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WasmError, isStrideError, loadLapack, readWasmFile } from '../src/index.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing.wasm') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('loadLapack({ wasm: url }) when the URL has no wasm', () => {
  it('a 404 names the URL, the status and the way out', async () => {
    const failure = loadLapack({ wasm: `${base}/missing.wasm` });
    await expect(failure).rejects.toThrow(WasmError);
    await expect(failure).rejects.toThrow(/missing\.wasm gave HTTP 404: serve .* loadLapack\(\{ wasm \}\)/);
  });

  it('an HTML page served with 200 is reported as no WebAssembly, and a later call may retry', async () => {
    await expect(loadLapack({ wasm: `${base}/fallback.wasm` })).rejects.toThrow(
      /fallback\.wasm gave no WebAssembly \(text\/html\)/,
    );
  });
});

describe('readWasmFile', () => {
  it('reads a data: URL, refuses a page that is not WebAssembly and a file that is missing, naming each', async () => {
    expect((await readWasmFile(new URL('data:application/wasm;base64,AGFzbQEAAAA='))).length).toBe(8);
    await expect(readWasmFile(new URL(`${base}/page.wasm`))).rejects.toThrow(
      /reading .*page\.wasm gave no WebAssembly/,
    );
    await expect(readWasmFile(new URL('file:///no/such/file.wasm'))).rejects.toThrow(WasmError);
  });

  it('a string instead of a URL is a marked TypeError', async () => {
    const failure = readWasmFile('x.wasm' as unknown as URL);
    await expect(failure).rejects.toThrow(TypeError);
    await expect(failure).rejects.toThrow(/readWasmFile: url must be a URL, got string/);
    await failure.catch((e: unknown) => expect(isStrideError(e)).toBe(true));
  });
});
