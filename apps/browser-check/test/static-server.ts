// A minimal static file server for the built page: 127.0.0.1, an ephemeral port, GET/HEAD only,
// nothing served from outside its root, and the MIME types a browser insists on (application/wasm
// lets WebAssembly.compileStreaming work; text/javascript for module scripts).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface ServedRequest {
  readonly path: string;
  readonly status: number;
  readonly contentType: string | undefined;
}

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  /** Every request answered so far, in order. */
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

/** Serves the files under `root` until `close()` is called. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const requests: ServedRequest[] = [];

  const answer = (res: ServerResponse, path: string, status: number, contentType?: string): void => {
    requests.push({ path, status, contentType });
    res.statusCode = status;
    if (contentType !== undefined) res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let path = '/';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      answer(res, req.url ?? '', 400, 'text/plain; charset=utf-8');
      res.end('bad request\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(res, path, 405, 'text/plain; charset=utf-8');
      res.setHeader('Allow', 'GET, HEAD');
      res.end('method not allowed\n');
      return;
    }
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    const info = file === base || file.startsWith(base + sep) ? await stat(file).catch(() => null) : null;
    if (info === null || !info.isFile()) {
      answer(res, path, 404, 'text/plain; charset=utf-8');
      res.end('not found\n');
      return;
    }
    answer(res, path, 200, mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', info.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((e) => (e ? reject(e) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
