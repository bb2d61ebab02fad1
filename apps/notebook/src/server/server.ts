// The notebook server: serves the front end, lists/opens/saves .ipynb files under one folder, and
// runs one kernel per open notebook behind a WebSocket.
//
// Safety: binds 127.0.0.1 by default; every request needs the session token (given once in the
// URL, then kept in a same-site cookie) unless the server was started with `token: null` on a
// loopback address; the Host header must name this server and any Origin must be this server's
// (no DNS rebinding, no cross-site requests or sockets); paths must stay inside the folder.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer } from 'ws';
import { analyzeCell } from '../kernel/compile.js';
import type { FigureAction } from '../kernel/figures.js';
import { Kernel } from '../kernel/supervisor.js';
import { TypeService } from '../kernel/types.js';
import { type Output, appendStream, emptyNotebook, parseNotebook, serializeNotebook } from '../notebook/ipynb.js';

export interface ServerOptions {
  /** The notebooks folder. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** undefined: a random token; null: none (loopback hosts only); a string: that token. */
  token?: string | null;
  /** Where the built front end is (defaults to dist/ui beside the server bundle). */
  uiDir?: string;
  /** Engine script for kernels (tests). */
  enginePath?: string;
}

export interface NotebookServer {
  /** The URL to open (with the token). */
  url: string;
  port: number;
  token: string | null;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A browser session's messages over the kernel socket. */
type ClientMessage =
  | { type: 'execute'; cellId: string; code: string }
  | { type: 'interrupt' }
  | { type: 'restart' }
  | { type: 'complete'; reqId: number; code: string; cursor: number; cells?: string[]; cell?: number }
  | { type: 'hover'; reqId: number; cursor: number; cells: string[]; cell: number }
  | { type: 'analyze'; reqId: number; cells: { id: string; code: string }[] }
  | { type: 'figure'; reqId: number; figure: string; action: string; x?: unknown; y?: unknown; deltaY?: unknown };

/** A figure gesture from the socket, checked field by field (null when malformed). */
function figureAction(m: { action: string; x?: unknown; y?: unknown; deltaY?: unknown }): FigureAction | null {
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (m.action === 'dragEnd' || m.action === 'reset') return { action: m.action };
  if (!finite(m.x) || !finite(m.y)) return null;
  if (m.action === 'wheel') return finite(m.deltaY) ? { action: 'wheel', x: m.x, y: m.y, deltaY: m.deltaY } : null;
  if (m.action === 'dragStart' || m.action === 'dragMove' || m.action === 'readout')
    return { action: m.action, x: m.x, y: m.y };
  return null;
}

interface Session {
  kernel: Kernel;
  types: TypeService;
  sockets: Set<WebSocket>;
}

function defaultUiDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'ui'), join(here, '..', 'ui'), join(here, '..', '..', 'dist', 'ui')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return join(here, 'ui');
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<NotebookServer> {
  const root = realpathSync(resolve(options.root));
  const host = options.host ?? '127.0.0.1';
  if (options.token === null && !LOOPBACK.has(host)) {
    throw new Error(`startServer: a server on ${host} needs a token (only loopback addresses may go without)`);
  }
  const token = options.token === undefined ? randomBytes(18).toString('base64url') : options.token;
  const uiDir = options.uiDir ?? defaultUiDir();
  const sessions = new Map<string, Session>();
  let port = 0;

  const allowedHosts = (): Set<string> =>
    new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);

  const tokenOk = (req: IncomingMessage, url: URL): boolean => {
    if (token === null) return true;
    const given =
      url.searchParams.get('token') ??
      /(?:^|;\s*)stride_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ??
      /^token\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ??
      '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /** Host and Origin checks (DNS rebinding, cross-site), then the token. */
  const check = (req: IncomingMessage, url: URL): void => {
    if (!allowedHosts().has(req.headers.host ?? '')) throw new HttpError(403, 'unexpected Host header');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^https?:\/\//, ''))) {
      throw new HttpError(403, 'cross-origin request refused');
    }
    if (!tokenOk(req, url)) throw new HttpError(403, 'missing or wrong token');
  };

  /** A notebook path inside the root (no `..`, no symlink out), ending in .ipynb. */
  const notebookPath = (p: string | null, mustExist = true): string => {
    if (!p) throw new HttpError(400, 'path is required');
    const full = resolve(root, p);
    if (!(full + sep).startsWith(root + sep) || full === root)
      throw new HttpError(403, 'path outside the notebooks folder');
    if (extname(full) !== '.ipynb') throw new HttpError(400, 'not an .ipynb path');
    if (mustExist) {
      if (!existsSync(full)) throw new HttpError(404, `no notebook ${p}`);
      const real = realpathSync(full);
      if (!(real + sep).startsWith(root + sep)) throw new HttpError(403, 'path outside the notebooks folder');
    }
    return full;
  };

  const listNotebooks = async (dir: string, depth: number, out: string[]): Promise<string[]> => {
    if (depth > 4) return out;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await listNotebooks(full, depth + 1, out);
      else if (entry.isFile() && entry.name.endsWith('.ipynb')) out.push(relative(root, full));
    }
    return out.sort();
  };

  const body = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 64 * 1024 * 1024) throw new HttpError(413, 'notebook too large');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  };

  const send = (res: ServerResponse, status: number, type: string, data: string | Buffer): void => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    res.end(data);
  };
  const json = (res: ServerResponse, data: unknown, status = 200): void =>
    send(res, status, 'application/json', JSON.stringify(data));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    check(req, url);
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
      const headers: Record<string, string> = {};
      if (token !== null && url.searchParams.get('token') === token) {
        headers['set-cookie'] = `stride_token=${token}; HttpOnly; SameSite=Strict; Path=/`;
      }
      res.writeHead(200, { 'content-type': MIME['.html'] as string, 'cache-control': 'no-store', ...headers });
      res.end(await readFile(join(uiDir, 'index.html')));
      return;
    }
    if (req.method === 'GET' && path.startsWith('/assets/')) {
      const file = resolve(uiDir, `.${path.slice('/assets'.length)}`);
      if (!(file + sep).startsWith(uiDir + sep) || !existsSync(file) || !(await stat(file)).isFile()) {
        throw new HttpError(404, 'not found');
      }
      send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', await readFile(file));
      return;
    }
    if (path === '/api/files' && req.method === 'GET') {
      json(res, { root: root.split(sep).pop(), files: await listNotebooks(root, 0, []) });
      return;
    }
    if (path === '/api/notebook') {
      if (req.method === 'GET') {
        const file = notebookPath(url.searchParams.get('path'));
        json(res, parseNotebook(await readFile(file, 'utf8')));
        return;
      }
      if (req.method === 'PUT') {
        const file = notebookPath(url.searchParams.get('path'), false);
        const nb = parseNotebook(await body(req));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, serializeNotebook(nb));
        json(res, { saved: relative(root, file) });
        return;
      }
      if (req.method === 'POST') {
        const file = notebookPath(url.searchParams.get('path'), false);
        if (existsSync(file)) throw new HttpError(409, 'a notebook with that name exists');
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, serializeNotebook(emptyNotebook()));
        json(res, { created: relative(root, file) });
        return;
      }
    }
    if (path === '/api/export' && req.method === 'GET') {
      const file = notebookPath(url.searchParams.get('path'));
      const nb = parseNotebook(await readFile(file, 'utf8'));
      const { exportHtml } = await import('./export.js');
      send(res, 200, MIME['.html'] as string, await exportHtml(nb, relative(root, file)));
      return;
    }
    throw new HttpError(404, 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) json(res, { error: e instanceof Error ? e.message : String(e) }, status);
      else res.end();
    });
  });

  // ---- kernels over WebSocket -------------------------------------------------------------------
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      check(req, url);
      if (url.pathname !== '/api/kernel') throw new HttpError(404, 'not found');
      const file = notebookPath(url.searchParams.get('path'));
      wss.handleUpgrade(req, socket, head, (ws) => attach(ws, file));
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 400;
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\n\r\n`);
    }
  });

  function session(file: string): Session {
    let s = sessions.get(file);
    if (s === undefined) {
      const kernel = new Kernel({
        cwd: dirname(file),
        liveFigures: true,
        ...(options.enginePath ? { enginePath: options.enginePath } : {}),
      });
      s = { kernel, types: new TypeService(dirname(file)), sockets: new Set() };
      const current = s;
      const broadcast = (m: object): void => {
        const text = JSON.stringify(m);
        for (const ws of current.sockets) if (ws.readyState === WebSocket.OPEN) ws.send(text);
      };
      kernel.on('busy', () => broadcast({ type: 'status', state: 'busy' }));
      kernel.on('idle', () => broadcast({ type: 'status', state: 'idle' }));
      kernel.on('restarted', () => broadcast({ type: 'status', state: 'restarted' }));
      kernel.on('exit', () => broadcast({ type: 'status', state: 'dead' }));
      sessions.set(file, s);
      // Warm the type service (TypeScript's lib files) while the person reads the notebook.
      setTimeout(() => void current.types.complete([''], 0, 0).catch(() => undefined), 500).unref();
      void kernel.start().then(() => broadcast({ type: 'status', state: 'idle' }));
    }
    return s;
  }

  function attach(ws: WebSocket, file: string): void {
    const s = session(file);
    s.sockets.add(ws);
    const broadcast = (m: object): void => {
      const text = JSON.stringify(m);
      for (const other of s.sockets) if (other.readyState === WebSocket.OPEN) other.send(text);
    };
    ws.send(JSON.stringify({ type: 'status', state: s.kernel.busy ? 'busy' : 'idle' }));
    ws.on('close', () => s.sockets.delete(ws));
    ws.on('message', (raw) => {
      let m: ClientMessage;
      try {
        m = JSON.parse(String(raw)) as ClientMessage;
      } catch {
        return;
      }
      if (m.type === 'execute') {
        const { cellId } = m;
        const output = (o: Output): void => broadcast({ type: 'output', cellId, output: o });
        const started = performance.now();
        broadcast({ type: 'queued', cellId });
        const streams: Output[] = [];
        void s.kernel
          .execute(m.code, {
            onStream: (name, text) => {
              appendStream(streams, name, text);
              output({ output_type: 'stream', name, text });
            },
            onDisplay: (data) => output({ output_type: 'display_data', data, metadata: {} }),
            onResult: (data) => output({ output_type: 'execute_result', execution_count: null, data, metadata: {} }),
            onError: (e) => output({ output_type: 'error', ...e }),
          })
          .then((r) =>
            broadcast({
              type: 'done',
              cellId,
              status: r.status,
              executionCount: r.executionCount,
              defines: r.defines,
              uses: r.uses,
              ms: performance.now() - started,
            }),
          );
      } else if (m.type === 'interrupt') {
        void s.kernel.interrupt().then((how) => broadcast({ type: 'interrupted', how }));
      } else if (m.type === 'restart') {
        void s.kernel.restart();
      } else if (m.type === 'complete') {
        const { reqId } = m;
        const { cells, cell } = m;
        const typed =
          cells !== undefined && cell !== undefined
            ? s.types.complete(cells, cell, m.cursor).catch(() => [])
            : Promise.resolve([]);
        void Promise.all([s.kernel.complete(m.code, m.cursor), typed]).then(([live, types]) =>
          ws.send(JSON.stringify({ type: 'completions', reqId, ...live, types })),
        );
      } else if (m.type === 'figure') {
        const { reqId } = m;
        const action = figureAction(m);
        const view =
          action === null || typeof m.figure !== 'string'
            ? Promise.resolve({ known: false, svg: null, readout: null })
            : s.kernel.figure(m.figure, action);
        void view.then((v) => ws.send(JSON.stringify({ type: 'figure', reqId, ...v })));
      } else if (m.type === 'hover') {
        const { reqId } = m;
        void s.types
          .hover(m.cells, m.cell, m.cursor)
          .catch(() => null)
          .then((text) => ws.send(JSON.stringify({ type: 'hover', reqId, text })));
      } else if (m.type === 'analyze') {
        const { reqId } = m;
        void Promise.all(
          m.cells.map((c) =>
            analyzeCell(c.code).then(
              (a) => ({ id: c.id, ...a }),
              () => ({ id: c.id, defines: [], uses: [] }),
            ),
          ),
        ).then((cells) => ws.send(JSON.stringify({ type: 'analysis', reqId, cells })));
      }
    });
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}/${token === null ? '' : `?token=${token}`}`;

  return {
    url,
    port,
    token,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await Promise.all([...sessions.values()].map((s) => s.kernel.shutdown()));
      sessions.clear();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
