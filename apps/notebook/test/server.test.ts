// The server's HTTP side: token, Host and Origin checks, paths kept inside the folder, .ipynb
// round trip (validated by nbformat) and the static HTML export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NotebookServer, startServer } from '../src/server/server.js';
import { appDir, enginePath } from './helpers.js';

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, timeout: 10_000 }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const JUPYTER_NOTEBOOK = {
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Written by Jupyter\n', 'Math: $e^{i\\pi} = -1$'] },
    {
      cell_type: 'code',
      execution_count: 1,
      metadata: {},
      outputs: [{ name: 'stdout', output_type: 'stream', text: ['hi\n'] }],
      source: ['console.log("hi")'],
    },
  ],
  metadata: { kernelspec: { name: 'stride', display_name: 'Stride (TypeScript)', language: 'typescript' } },
  nbformat: 4,
  nbformat_minor: 4,
};

describe('notebook server (HTTP)', () => {
  let dir: string;
  let server: NotebookServer;
  let auth: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stride-server-'));
    writeFileSync(join(dir, 'old.ipynb'), JSON.stringify(JUPYTER_NOTEBOOK));
    writeFileSync(join(tmpdir(), 'outside-secret.ipynb'), '{}');
    symlinkSync(join(tmpdir(), 'outside-secret.ipynb'), join(dir, 'link.ipynb'));
    server = await startServer({ root: dir, enginePath, uiDir: join(appDir, 'dist', 'ui') });
    auth = { host: `127.0.0.1:${server.port}`, authorization: `token ${server.token}` };
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 with a token in the URL; the page sets it as a cookie', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await get(server.port, `/?token=${server.token}`, { host: `127.0.0.1:${server.port}` });
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/stride_token=.*HttpOnly; SameSite=Strict/);
    const withCookie = await get(server.port, '/api/files', {
      host: `localhost:${server.port}`,
      cookie: `stride_token=${server.token}`,
    });
    expect(withCookie.status).toBe(200);
  });

  it('refuses a missing token, a foreign Host (DNS rebinding) and a cross-site Origin', async () => {
    expect((await get(server.port, '/api/files', { host: `127.0.0.1:${server.port}` })).status).toBe(403);
    expect((await get(server.port, '/api/files', { ...auth, host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await get(server.port, '/api/files', { ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(server.port, '/api/files', { ...auth, origin: `http://127.0.0.1:${server.port}` })).status).toBe(
      200,
    );
  });

  it('refuses paths outside the notebooks folder (.., absolute, symlinks out)', async () => {
    for (const p of ['../x.ipynb', '/etc/passwd.ipynb', 'link.ipynb', 'a/../../x.ipynb']) {
      const r = await get(server.port, `/api/notebook?path=${encodeURIComponent(p)}`, auth);
      expect(r.status, p).toBe(403);
    }
    expect((await get(server.port, '/api/notebook?path=x.txt', auth)).status).toBe(400);
    expect((await get(server.port, '/assets/../../package.json', auth)).status).toBe(404);
  });

  it('lists, opens a Jupyter-written notebook, saves nbformat 4.5 that nbformat validates', async () => {
    const files = JSON.parse((await get(server.port, '/api/files', auth)).text) as { files: string[] };
    expect(files.files).toContain('old.ipynb');
    const nb = JSON.parse((await get(server.port, '/api/notebook?path=old.ipynb', auth)).text) as {
      nbformat_minor: number;
      cells: { id: string; source: string | string[] }[];
    };
    expect(nb.nbformat_minor).toBe(5);
    expect(nb.cells.every((c) => /^[\w-]+$/.test(c.id))).toBe(true);
    const saved = await get(
      server.port,
      '/api/notebook?path=sub/new.ipynb',
      { ...auth, 'content-type': 'application/json' },
      'PUT',
      JSON.stringify(nb),
    );
    expect(saved.status).toBe(200);
    const written = join(dir, 'sub', 'new.ipynb');
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))',
      written,
    ]);
    const back = JSON.parse(readFileSync(written, 'utf8')) as typeof JUPYTER_NOTEBOOK;
    expect(back.cells[0]?.source).toEqual(JUPYTER_NOTEBOOK.cells[0]?.source);
  });

  it('exports a notebook to a static HTML page with its outputs', async () => {
    const r = await get(server.port, '/api/export?path=old.ipynb', auth);
    expect(r.status).toBe(200);
    expect(r.text).toContain('<h1>Written by Jupyter</h1>');
    expect(r.text).toContain('<pre class="out-stream stdout">hi\n</pre>');
    // Math as MathML (KaTeX), drawn by the browser with no stylesheet: the page stays one file.
    expect(r.text).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(r.text).toContain('<annotation encoding="application/x-tex">e^{i\\pi} = -1</annotation>');
  });
});
